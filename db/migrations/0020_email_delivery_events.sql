CREATE TYPE "public"."email_suppression_reason" AS ENUM('hard-bounce', 'complaint', 'soft-bounces');--> statement-breakpoint
CREATE TABLE "email_delivery_events" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"address" text NOT NULL,
	"provider_message_id" text NOT NULL,
	"outbox_id" uuid,
	"bounce_type" text,
	"detail" text DEFAULT '' NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "email_suppressions" (
	"address" text PRIMARY KEY NOT NULL,
	"reason" "email_suppression_reason" NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	"suppressed_at" timestamp with time zone NOT NULL,
	"until" timestamp with time zone,
	"lifted_at" timestamp with time zone,
	CONSTRAINT "email_suppressions_lowercase" CHECK ("email_suppressions"."address" = lower("email_suppressions"."address"))
);
--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "delivery_status" text;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "delivery_updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "email_delivery_events" ADD CONSTRAINT "email_delivery_events_outbox_id_email_outbox_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."email_outbox"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "email_delivery_events_address_idx" ON "email_delivery_events" USING btree ("address","occurred_at");--> statement-breakpoint
CREATE INDEX "email_delivery_events_outbox_idx" ON "email_delivery_events" USING btree ("outbox_id");--> statement-breakpoint
CREATE INDEX "email_outbox_provider_message_idx" ON "email_outbox" USING btree ("provider_message_id");