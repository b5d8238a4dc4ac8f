CREATE TABLE "testimonials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"quote" text NOT NULL,
	"name" text NOT NULL,
	"detail" text,
	"photo_key" text,
	"photo_alt" text,
	"places" text[] DEFAULT '{}'::text[] NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "testimonials_quote_present" CHECK (length(trim("testimonials"."quote")) BETWEEN 1 AND 600),
	CONSTRAINT "testimonials_name_present" CHECK (length(trim("testimonials"."name")) BETWEEN 1 AND 80),
	CONSTRAINT "testimonials_photo_described" CHECK ("testimonials"."photo_key" IS NULL OR length(trim("testimonials"."photo_alt")) > 0),
	CONSTRAINT "testimonials_places_known" CHECK ("testimonials"."places" <@ ARRAY['home','course','consultation']::text[])
);
--> statement-breakpoint
ALTER TABLE "coach_profile" ADD COLUMN "portrait_key" text;--> statement-breakpoint
ALTER TABLE "coach_profile" ADD COLUMN "portrait_alt" text;--> statement-breakpoint
ALTER TABLE "routine_steps" ADD COLUMN "media_key" text;--> statement-breakpoint
ALTER TABLE "routine_steps" ADD COLUMN "media_alt" text;--> statement-breakpoint
ALTER TABLE "routines" ADD COLUMN "image_alt" text;--> statement-breakpoint
CREATE INDEX "testimonials_position_idx" ON "testimonials" USING btree ("position","created_at");--> statement-breakpoint
ALTER TABLE "coach_profile" ADD CONSTRAINT "coach_profile_portrait_described" CHECK ("coach_profile"."portrait_key" IS NULL OR length(trim("coach_profile"."portrait_alt")) > 0);--> statement-breakpoint
ALTER TABLE "routine_steps" ADD CONSTRAINT "routine_steps_media_described" CHECK ("routine_steps"."media_key" IS NULL OR length(trim("routine_steps"."media_alt")) > 0);