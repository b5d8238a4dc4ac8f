CREATE TABLE "welcome_deliveries" (
	"subscriber_id" uuid NOT NULL,
	"follow_up_id" uuid NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "welcome_deliveries_subscriber_id_follow_up_id_pk" PRIMARY KEY("subscriber_id","follow_up_id")
);
--> statement-breakpoint
CREATE TABLE "welcome_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"delay_days" integer NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "welcome_follow_ups_delay" CHECK ("welcome_follow_ups"."delay_days" BETWEEN 0 AND 90)
);
--> statement-breakpoint
ALTER TABLE "welcome_deliveries" ADD CONSTRAINT "welcome_deliveries_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "welcome_deliveries" ADD CONSTRAINT "welcome_deliveries_follow_up_id_welcome_follow_ups_id_fk" FOREIGN KEY ("follow_up_id") REFERENCES "public"."welcome_follow_ups"("id") ON DELETE cascade ON UPDATE no action;