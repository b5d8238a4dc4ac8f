CREATE TABLE "erased_addresses" (
	"address_hash" text PRIMARY KEY NOT NULL,
	"erased_by" text NOT NULL,
	"erased_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "people_email_lowercase" CHECK ("people"."email" = lower("people"."email"))
);
--> statement-breakpoint
CREATE TABLE "person_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_notes_body_length" CHECK (char_length("person_notes"."body") BETWEEN 1 AND 5000)
);
--> statement-breakpoint
CREATE TABLE "privacy_salt" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"salt" text NOT NULL,
	CONSTRAINT "privacy_salt_single_row" CHECK ("privacy_salt"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "person_notes" ADD CONSTRAINT "person_notes_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "people_email_unique" ON "people" USING btree ("email");--> statement-breakpoint
CREATE INDEX "people_first_seen_idx" ON "people" USING btree ("first_seen_at");--> statement-breakpoint
CREATE INDEX "person_notes_person_idx" ON "person_notes" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "email_outbox_to_address_idx" ON "email_outbox" USING btree ("to_address","created_at");--> statement-breakpoint
CREATE INDEX "orders_email_idx" ON "orders" USING btree ("email");--> statement-breakpoint
CREATE INDEX "orders_user_idx" ON "orders" USING btree ("user_id");--> statement-breakpoint
-- Every table that learns an address registers its person here, whoever writes it. Erased
-- placeholders (…@erased.invalid, see lib/privacy) are nobody and are skipped.
-- A reader imported with their original sign-up date was first seen then, not on import day.
CREATE FUNCTION "register_person"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	seen timestamptz := now();
BEGIN
	IF NEW.email IS NULL OR NEW.email LIKE '%@erased.invalid' THEN
		RETURN NEW;
	END IF;
	IF TG_TABLE_NAME = 'subscribers' THEN
		seen := least(NEW.signed_up_at, now());
	END IF;
	INSERT INTO "people" ("email", "first_seen_at") VALUES (lower(NEW.email), seen)
	ON CONFLICT ("email") DO UPDATE SET "first_seen_at" = excluded."first_seen_at"
	WHERE "people"."first_seen_at" > excluded."first_seen_at";
	RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER "users_register_person" AFTER INSERT OR UPDATE OF "email" ON "users" FOR EACH ROW EXECUTE FUNCTION "register_person"();--> statement-breakpoint
CREATE TRIGGER "subscribers_register_person" AFTER INSERT OR UPDATE OF "email" ON "subscribers" FOR EACH ROW EXECUTE FUNCTION "register_person"();--> statement-breakpoint
CREATE TRIGGER "bookings_register_person" AFTER INSERT OR UPDATE OF "email" ON "bookings" FOR EACH ROW EXECUTE FUNCTION "register_person"();--> statement-breakpoint
CREATE TRIGGER "orders_register_person" AFTER INSERT OR UPDATE OF "email" ON "orders" FOR EACH ROW EXECUTE FUNCTION "register_person"();--> statement-breakpoint
INSERT INTO "people" ("email", "first_seen_at")
SELECT lower("email"), min("seen") FROM (
	SELECT "email", "created_at" AS "seen" FROM "users"
	UNION ALL SELECT "email", "signed_up_at" FROM "subscribers"
	UNION ALL SELECT "email", "created_at" FROM "bookings"
	UNION ALL SELECT "email", "created_at" FROM "orders" WHERE "email" IS NOT NULL
) AS "known"
WHERE "email" NOT LIKE '%@erased.invalid'
GROUP BY lower("email")
ON CONFLICT ("email") DO NOTHING;
