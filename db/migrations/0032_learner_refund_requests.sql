ALTER TABLE "orders" ADD COLUMN "learner_refund_asked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "learner_refund_reason" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "learner_refund_declined_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_learner_refund_reason_length" CHECK ("orders"."learner_refund_reason" IS NULL OR length("orders"."learner_refund_reason") <= 1000);