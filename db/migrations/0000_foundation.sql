CREATE TYPE "public"."publication_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TYPE "public"."routine_difficulty" AS ENUM('gentle', 'steady', 'deeper');--> statement-breakpoint
CREATE TYPE "public"."step_side" AS ENUM('both', 'left', 'right');--> statement-breakpoint
CREATE TABLE "coach_profile" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"headline" text NOT NULL,
	"short_bio" text NOT NULL,
	"long_bio" text NOT NULL,
	"timezone" text NOT NULL,
	"contact_email" text NOT NULL,
	"meeting_link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coach_profile_single_row" CHECK ("coach_profile"."id" = 1),
	CONSTRAINT "coach_profile_name_present" CHECK (length(trim("coach_profile"."name")) > 0),
	CONSTRAINT "coach_profile_email_shape" CHECK ("coach_profile"."contact_email" ~ '^[^@\s]+@[^@\s]+$')
);
--> statement-breakpoint
CREATE TABLE "routine_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"routine_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"instruction" text NOT NULL,
	"duration_seconds" integer,
	"repetitions" integer,
	"side" "step_side" DEFAULT 'both' NOT NULL,
	CONSTRAINT "routine_steps_position_unique" UNIQUE("routine_id","position"),
	CONSTRAINT "routine_steps_position_positive" CHECK ("routine_steps"."position" >= 0),
	CONSTRAINT "routine_steps_instruction_present" CHECK (length(trim("routine_steps"."instruction")) > 0),
	CONSTRAINT "routine_steps_seconds_or_reps" CHECK (("routine_steps"."duration_seconds" IS NULL) <> ("routine_steps"."repetitions" IS NULL)),
	CONSTRAINT "routine_steps_seconds_range" CHECK ("routine_steps"."duration_seconds" IS NULL OR "routine_steps"."duration_seconds" BETWEEN 1 AND 3600),
	CONSTRAINT "routine_steps_reps_range" CHECK ("routine_steps"."repetitions" IS NULL OR "routine_steps"."repetitions" BETWEEN 1 AND 500)
);
--> statement-breakpoint
CREATE TABLE "routines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body_areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"equipment" text[] DEFAULT '{}'::text[] NOT NULL,
	"difficulty" "routine_difficulty" DEFAULT 'gentle' NOT NULL,
	"why_it_works" text DEFAULT '' NOT NULL,
	"cautions" text DEFAULT '' NOT NULL,
	"status" "publication_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "routines_slug_unique" UNIQUE("slug"),
	CONSTRAINT "routines_slug_shape" CHECK ("routines"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "routines_title_present" CHECK (length(trim("routines"."title")) > 0),
	CONSTRAINT "routines_body_areas_known" CHECK (body_areas <@ ARRAY['feet', 'calves', 'hamstrings', 'hips', 'lower-back', 'upper-back', 'shoulders', 'neck', 'jaw', 'chest-breath']::text[]),
	CONSTRAINT "routines_equipment_known" CHECK (equipment <@ ARRAY['tennis-balls', 'wall', 'chair', 'towel', 'mat', 'cushion']::text[]),
	CONSTRAINT "routines_published_has_date" CHECK ("routines"."status" <> 'published' OR "routines"."published_at" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "course_modules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "course_modules_position_unique" UNIQUE("course_id","position"),
	CONSTRAINT "course_modules_id_course_unique" UNIQUE("id","course_id")
);
--> statement-breakpoint
CREATE TABLE "courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"subtitle" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"price_amount" integer NOT NULL,
	"currency" text NOT NULL,
	"status" "publication_status" DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "courses_slug_unique" UNIQUE("slug"),
	CONSTRAINT "courses_slug_shape" CHECK ("courses"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "courses_price_positive" CHECK ("courses"."price_amount" > 0),
	CONSTRAINT "courses_currency_shape" CHECK ("courses"."currency" ~ '^[a-z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "lessons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"module_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"video_url" text,
	"duration_seconds" integer NOT NULL,
	"is_preview" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lessons_slug_unique" UNIQUE("course_id","slug"),
	CONSTRAINT "lessons_position_unique" UNIQUE("module_id","position"),
	CONSTRAINT "lessons_slug_shape" CHECK ("lessons"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "lessons_duration_positive" CHECK ("lessons"."duration_seconds" > 0),
	CONSTRAINT "lessons_video_https" CHECK ("lessons"."video_url" IS NULL OR "lessons"."video_url" ~ '^https://')
);
--> statement-breakpoint
ALTER TABLE "routine_steps" ADD CONSTRAINT "routine_steps_routine_id_routines_id_fk" FOREIGN KEY ("routine_id") REFERENCES "public"."routines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_modules" ADD CONSTRAINT "course_modules_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lessons" ADD CONSTRAINT "lessons_module_fk" FOREIGN KEY ("module_id","course_id") REFERENCES "public"."course_modules"("id","course_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "routines_status_published_at_idx" ON "routines" USING btree ("status","published_at");