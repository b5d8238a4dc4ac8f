CREATE TYPE "public"."order_plan" AS ENUM('full', 'instalments');--> statement-breakpoint
ALTER TYPE "public"."order_status" ADD VALUE 'unpaid';--> statement-breakpoint
CREATE TABLE "instalment_payments" (
	"invoice_id" text PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"amount" integer NOT NULL,
	"invoice_url" text,
	"paid_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invoice_payment_intents" (
	"payment_intent_id" text PRIMARY KEY NOT NULL,
	"invoice_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reflections" (
	"user_id" uuid NOT NULL,
	"lesson_id" uuid NOT NULL,
	"prompt_id" text NOT NULL,
	"prompt" text NOT NULL,
	"answer" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reflections_user_id_lesson_id_prompt_id_pk" PRIMARY KEY("user_id","lesson_id","prompt_id"),
	CONSTRAINT "reflections_answer_length" CHECK (length("reflections"."answer") <= 10000)
);
--> statement-breakpoint
ALTER TABLE "coach_profile" ADD COLUMN "collect_tax" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "coach_profile" ADD COLUMN "prices_include_tax" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "coach_profile" ADD COLUMN "issue_invoices" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "courses" ADD COLUMN "instalment_count" integer;--> statement-breakpoint
ALTER TABLE "courses" ADD COLUMN "instalment_amount" integer;--> statement-breakpoint
ALTER TABLE "lessons" ADD COLUMN "reflection_prompts" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "lessons" ADD COLUMN "reflection_required" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "plan" "order_plan" DEFAULT 'full' NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "instalment_count" integer;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "subscription_id" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "subscription_end_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "subscription_ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "open_invoice_id" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "open_invoice_url" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "open_invoice_amount" integer;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "instalment_charge" integer;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "amount_tax" integer;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "billing_country" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "tax_ids" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "invoice_id" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "invoice_url" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "invoice_pdf_url" text;--> statement-breakpoint
ALTER TABLE "instalment_payments" ADD CONSTRAINT "instalment_payments_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflections" ADD CONSTRAINT "reflections_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflections" ADD CONSTRAINT "reflections_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "instalment_payments_order_idx" ON "instalment_payments" USING btree ("order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_subscription_unique" ON "orders" USING btree ("subscription_id");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_invoice_unique" ON "orders" USING btree ("invoice_id");--> statement-breakpoint
ALTER TABLE "courses" ADD CONSTRAINT "courses_instalments_complete" CHECK (("courses"."instalment_count" IS NULL) = ("courses"."instalment_amount" IS NULL));--> statement-breakpoint
ALTER TABLE "courses" ADD CONSTRAINT "courses_instalments_range" CHECK ("courses"."instalment_count" IS NULL OR ("courses"."instalment_count" BETWEEN 2 AND 12 AND "courses"."instalment_amount" > 0));--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_plan_shape" CHECK (("orders"."plan" = 'full') = ("orders"."instalment_count" IS NULL));