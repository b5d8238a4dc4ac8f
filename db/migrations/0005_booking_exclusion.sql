-- Hand-written: Drizzle has no syntax for exclusion constraints.
-- No two confirmed consultations may overlap in time. Cancelled ones are ignored, so cancelling
-- frees the slot. A half-open range [start, end) lets one call end exactly when the next begins.
ALTER TABLE "bookings"
  ADD CONSTRAINT "bookings_no_overlap"
  EXCLUDE USING gist (tstzrange("starts_at", "ends_at", '[)') WITH &&)
  WHERE ("status" <> 'cancelled');
--> statement-breakpoint
-- The single settings row always exists, so the booking page works on a fresh database.
INSERT INTO "booking_settings" ("id") VALUES (1) ON CONFLICT DO NOTHING;
