CREATE TYPE "public"."broadcast_status" AS ENUM('draft', 'scheduled', 'sending', 'sent');--> statement-breakpoint
CREATE TABLE "broadcasts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text,
	"subject" text NOT NULL,
	"preheader" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"routine_slugs" text[] DEFAULT '{}'::text[] NOT NULL,
	"audience_source" text,
	"status" "broadcast_status" DEFAULT 'draft' NOT NULL,
	"scheduled_for" timestamp with time zone,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"recipient_count" integer,
	"lease_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "broadcasts_slug_shape" CHECK ("broadcasts"."slug" IS NULL OR "broadcasts"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "broadcasts_scheduled_has_time" CHECK ("broadcasts"."status" <> 'scheduled' OR "broadcasts"."scheduled_for" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "newsletter_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"welcome_subject" text NOT NULL,
	"welcome_body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "newsletter_settings_single_row" CHECK ("newsletter_settings"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "broadcast_id" uuid;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "batch_no" integer;--> statement-breakpoint
CREATE UNIQUE INDEX "broadcasts_slug_unique" ON "broadcasts" USING btree ("slug");--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_broadcast_id_broadcasts_id_fk" FOREIGN KEY ("broadcast_id") REFERENCES "public"."broadcasts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "email_outbox_broadcast_recipient_unique" ON "email_outbox" USING btree ("broadcast_id","to_address");--> statement-breakpoint
CREATE INDEX "email_outbox_broadcast_batch_idx" ON "email_outbox" USING btree ("broadcast_id","batch_no");--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_broadcast_batch" CHECK (("email_outbox"."broadcast_id" IS NULL) = ("email_outbox"."batch_no" IS NULL));