CREATE TYPE "public"."session_proof" AS ENUM('link', 'checkout');--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "proof" "session_proof" DEFAULT 'link' NOT NULL;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "shared_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "refund_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "refund_sent_at" timestamp with time zone;--> statement-breakpoint
-- Sessions opened before this migration by the paying browser carry no mark yet: any session of an
-- account whose address was never proven by a link can only have come from a checkout.
UPDATE "sessions" SET "proof" = 'checkout' FROM "users" WHERE "users"."id" = "sessions"."user_id" AND "users"."email_verified" IS NULL;--> statement-breakpoint
-- Certificates issued before names became correctable may already be out in the world.
UPDATE "certificates" SET "shared_at" = "issued_at" WHERE "shared_at" IS NULL;
