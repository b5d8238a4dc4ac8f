CREATE TABLE "routine_check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"routine_id" uuid NOT NULL,
	"before" smallint,
	"after" smallint,
	"completed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "routine_check_ins_before_range" CHECK ("routine_check_ins"."before" IS NULL OR "routine_check_ins"."before" BETWEEN 0 AND 10),
	CONSTRAINT "routine_check_ins_after_range" CHECK ("routine_check_ins"."after" IS NULL OR "routine_check_ins"."after" BETWEEN 0 AND 10),
	CONSTRAINT "routine_check_ins_has_a_value" CHECK ("routine_check_ins"."before" IS NOT NULL OR "routine_check_ins"."after" IS NOT NULL)
);
--> statement-breakpoint
ALTER TABLE "routine_check_ins" ADD CONSTRAINT "routine_check_ins_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routine_check_ins" ADD CONSTRAINT "routine_check_ins_routine_id_routines_id_fk" FOREIGN KEY ("routine_id") REFERENCES "public"."routines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "routine_check_ins_once_idx" ON "routine_check_ins" USING btree ("user_id","routine_id","completed_at");