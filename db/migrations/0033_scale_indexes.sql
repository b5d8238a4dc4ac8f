-- "Contains" searches use trigram indexes. pg_trgm ships with PostgreSQL and is a trusted
-- extension (PostgreSQL 13+), so the database owner may create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
DROP INDEX "email_outbox_created_idx";--> statement-breakpoint
CREATE INDEX "users_name_trgm_idx" ON "users" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "bookings_name_trgm_idx" ON "bookings" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "subscribers_signed_up_idx" ON "subscribers" USING btree ("signed_up_at","id");--> statement-breakpoint
CREATE INDEX "subscribers_confirmed_idx" ON "subscribers" USING btree ("confirmed_at");--> statement-breakpoint
CREATE INDEX "subscribers_left_idx" ON "subscribers" USING btree (greatest("confirmed_at", "unsubscribed_at")) WHERE "subscribers"."unsubscribed_at" IS NOT NULL AND "subscribers"."confirmed_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "subscribers_email_trgm_idx" ON "subscribers" USING gin ("email" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "subscribers_first_name_trgm_idx" ON "subscribers" USING gin ("first_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "orders_created_idx" ON "orders" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "people_email_trgm_idx" ON "people" USING gin ("email" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "email_outbox_created_idx" ON "email_outbox" USING btree ("created_at","id");