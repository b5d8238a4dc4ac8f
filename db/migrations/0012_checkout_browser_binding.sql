ALTER TABLE "orders" ADD COLUMN "browser_binding_hash" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "browser_binding_used_at" timestamp with time zone;