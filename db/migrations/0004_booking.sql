CREATE TYPE "public"."booking_status" AS ENUM('confirmed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."intake_question_kind" AS ENUM('short_text', 'long_text', 'single_choice');--> statement-breakpoint
CREATE TYPE "public"."availability_override_kind" AS ENUM('unavailable', 'extra');--> statement-breakpoint
CREATE TABLE "availability_overrides" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"date" date NOT NULL,
	"kind" "availability_override_kind" NOT NULL,
	"start_minute" integer,
	"end_minute" integer,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "availability_overrides_range" CHECK (("availability_overrides"."start_minute" IS NULL AND "availability_overrides"."end_minute" IS NULL AND "availability_overrides"."kind" = 'unavailable') OR ("availability_overrides"."start_minute" >= 0 AND "availability_overrides"."end_minute" <= 1440 AND "availability_overrides"."start_minute" < "availability_overrides"."end_minute"))
);
--> statement-breakpoint
CREATE TABLE "availability_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"weekday" integer NOT NULL,
	"start_minute" integer NOT NULL,
	"end_minute" integer NOT NULL,
	CONSTRAINT "availability_rules_weekday" CHECK ("availability_rules"."weekday" BETWEEN 0 AND 6),
	CONSTRAINT "availability_rules_range" CHECK ("availability_rules"."start_minute" >= 0 AND "availability_rules"."end_minute" <= 1440 AND "availability_rules"."start_minute" < "availability_rules"."end_minute")
);
--> statement-breakpoint
CREATE TABLE "booking_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"slot_minutes" integer DEFAULT 30 NOT NULL,
	"buffer_before_minutes" integer DEFAULT 0 NOT NULL,
	"buffer_after_minutes" integer DEFAULT 0 NOT NULL,
	"min_notice_minutes" integer DEFAULT 720 NOT NULL,
	"horizon_days" integer DEFAULT 30 NOT NULL,
	"daily_cap" integer,
	"cancel_cutoff_minutes" integer DEFAULT 720 NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_settings_single_row" CHECK ("booking_settings"."id" = 1),
	CONSTRAINT "booking_settings_slot_range" CHECK ("booking_settings"."slot_minutes" BETWEEN 10 AND 240),
	CONSTRAINT "booking_settings_buffers" CHECK ("booking_settings"."buffer_before_minutes" BETWEEN 0 AND 240 AND "booking_settings"."buffer_after_minutes" BETWEEN 0 AND 240),
	CONSTRAINT "booking_settings_notice" CHECK ("booking_settings"."min_notice_minutes" >= 0 AND "booking_settings"."cancel_cutoff_minutes" >= 0),
	CONSTRAINT "booking_settings_horizon" CHECK ("booking_settings"."horizon_days" BETWEEN 1 AND 365),
	CONSTRAINT "booking_settings_cap" CHECK ("booking_settings"."daily_cap" IS NULL OR "booking_settings"."daily_cap" > 0)
);
--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" "booking_status" DEFAULT 'confirmed' NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"timezone" text NOT NULL,
	"answers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"manage_token_hash" text NOT NULL,
	"idempotency_key" text,
	"sequence" integer DEFAULT 0 NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	"cancelled_by" text,
	"no_show" boolean DEFAULT false NOT NULL,
	"private_notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookings_time_order" CHECK ("bookings"."starts_at" < "bookings"."ends_at"),
	CONSTRAINT "bookings_email_lowercase" CHECK ("bookings"."email" = lower("bookings"."email")),
	CONSTRAINT "bookings_cancel_consistent" CHECK (("bookings"."status" = 'cancelled') = ("bookings"."cancelled_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "intake_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"kind" "intake_question_kind" NOT NULL,
	"options" text[] DEFAULT '{}'::text[] NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	CONSTRAINT "intake_questions_label" CHECK (length(trim("intake_questions"."label")) > 0),
	CONSTRAINT "intake_questions_choices" CHECK ("intake_questions"."kind" <> 'single_choice' OR cardinality("intake_questions"."options") >= 2)
);
--> statement-breakpoint
CREATE INDEX "availability_overrides_date_idx" ON "availability_overrides" USING btree ("date");--> statement-breakpoint
CREATE UNIQUE INDEX "bookings_manage_token_idx" ON "bookings" USING btree ("manage_token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "bookings_idempotency_key_idx" ON "bookings" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "bookings_starts_at_idx" ON "bookings" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "bookings_email_idx" ON "bookings" USING btree ("email","starts_at");