CREATE TABLE "module_open_notices" (
	"enrollment_id" uuid NOT NULL,
	"module_id" uuid NOT NULL,
	"notified_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "module_open_notices_enrollment_id_module_id_pk" PRIMARY KEY("enrollment_id","module_id")
);
--> statement-breakpoint
ALTER TABLE "course_modules" ADD COLUMN "opens_after_days" integer;--> statement-breakpoint
ALTER TABLE "course_modules" ADD COLUMN "opens_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "module_open_notices" ADD CONSTRAINT "module_open_notices_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_open_notices" ADD CONSTRAINT "module_open_notices_module_id_course_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."course_modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_modules" ADD CONSTRAINT "course_modules_drip_one_way" CHECK ("course_modules"."opens_after_days" IS NULL OR "course_modules"."opens_at" IS NULL);--> statement-breakpoint
ALTER TABLE "course_modules" ADD CONSTRAINT "course_modules_drip_days_range" CHECK ("course_modules"."opens_after_days" IS NULL OR "course_modules"."opens_after_days" BETWEEN 1 AND 365);