ALTER TYPE "public"."email_status" ADD VALUE 'skipped';--> statement-breakpoint
ALTER TYPE "public"."broadcast_status" ADD VALUE 'failed';--> statement-breakpoint
ALTER TABLE "broadcasts" ADD COLUMN "html" text;--> statement-breakpoint
ALTER TABLE "broadcasts" ADD COLUMN "text" text;--> statement-breakpoint
ALTER TABLE "broadcasts" ADD COLUMN "attempts_without_progress" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "broadcasts" ADD COLUMN "last_error" text;