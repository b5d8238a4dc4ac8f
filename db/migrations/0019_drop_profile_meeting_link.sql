-- The profile's "Meeting link" was never used: where calls happen lives in booking_settings. A link
-- the coach typed there moves to the booking settings when those have none, so nothing is lost.
UPDATE "booking_settings" SET "location" = "coach_profile"."meeting_link"
FROM "coach_profile"
WHERE "booking_settings"."location_kind" = 'link' AND "booking_settings"."location" = ''
  AND coalesce(trim("coach_profile"."meeting_link"), '') <> '';--> statement-breakpoint
ALTER TABLE "coach_profile" DROP COLUMN "meeting_link";
