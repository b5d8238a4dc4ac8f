ALTER TABLE "bookings" ADD COLUMN "words_locale" text;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "hour_cycle" text;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_hour_cycle_known" CHECK ("bookings"."hour_cycle" IS NULL OR "bookings"."hour_cycle" IN ('h12', 'h23'));--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_words_locale_english" CHECK ("bookings"."words_locale" IS NULL OR "bookings"."words_locale" ~ '^en(-[A-Z]{2})?$');