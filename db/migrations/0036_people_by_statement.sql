-- People are registered once per statement, not once per row: a 100,000-reader import is one
-- insert into people (and one tally upsert below), not 100,000. Same rules as register_person
-- (migration 0022): erased placeholders are nobody; a reader imported with their original sign-up
-- date was first seen then. Addresses are taken in order so two writers never wait in a circle.
CREATE FUNCTION "register_people"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	-- plpgsql plans each branch for the table the trigger is on, so signed_up_at is read only there.
	IF TG_TABLE_NAME = 'subscribers' THEN
		INSERT INTO "people" ("email", "first_seen_at")
		SELECT lower("email"), min(least("signed_up_at", now())) FROM new_rows
		WHERE "email" IS NOT NULL AND "email" NOT LIKE '%@erased.invalid'
		GROUP BY 1 ORDER BY 1
		ON CONFLICT ("email") DO UPDATE SET "first_seen_at" = excluded."first_seen_at"
		WHERE "people"."first_seen_at" > excluded."first_seen_at";
	ELSE
		INSERT INTO "people" ("email", "first_seen_at")
		SELECT lower("email"), now() FROM new_rows
		WHERE "email" IS NOT NULL AND "email" NOT LIKE '%@erased.invalid'
		GROUP BY 1 ORDER BY 1
		ON CONFLICT ("email") DO UPDATE SET "first_seen_at" = excluded."first_seen_at"
		WHERE "people"."first_seen_at" > excluded."first_seen_at";
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
-- An address changed in place (rare) still registers row by row: a statement trigger with a
-- transition table cannot be limited to UPDATE OF email, and would run on every status change.
DROP TRIGGER "users_register_person" ON "users";
--> statement-breakpoint
DROP TRIGGER "subscribers_register_person" ON "subscribers";
--> statement-breakpoint
DROP TRIGGER "bookings_register_person" ON "bookings";
--> statement-breakpoint
DROP TRIGGER "orders_register_person" ON "orders";
--> statement-breakpoint
CREATE TRIGGER "users_register_person" AFTER UPDATE OF "email" ON "users" FOR EACH ROW EXECUTE FUNCTION "register_person"();
--> statement-breakpoint
CREATE TRIGGER "subscribers_register_person" AFTER UPDATE OF "email" ON "subscribers" FOR EACH ROW EXECUTE FUNCTION "register_person"();
--> statement-breakpoint
CREATE TRIGGER "bookings_register_person" AFTER UPDATE OF "email" ON "bookings" FOR EACH ROW EXECUTE FUNCTION "register_person"();
--> statement-breakpoint
CREATE TRIGGER "orders_register_person" AFTER UPDATE OF "email" ON "orders" FOR EACH ROW EXECUTE FUNCTION "register_person"();
--> statement-breakpoint
CREATE TRIGGER "users_register_people" AFTER INSERT ON "users" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "register_people"();
--> statement-breakpoint
CREATE TRIGGER "subscribers_register_people" AFTER INSERT ON "subscribers" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "register_people"();
--> statement-breakpoint
CREATE TRIGGER "bookings_register_people" AFTER INSERT ON "bookings" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "register_people"();
--> statement-breakpoint
CREATE TRIGGER "orders_register_people" AFTER INSERT ON "orders" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "register_people"();
--> statement-breakpoint
-- The number of people, kept like the other tallies (migration 0034): "Everyone" on the people
-- page no longer counts 128,000 rows on each view.
CREATE FUNCTION "tally_people"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'TRUNCATE' THEN
		DELETE FROM "tallies" WHERE "name" LIKE 'people:%';
	ELSIF TG_OP = 'INSERT' THEN
		PERFORM "tally_apply"(ARRAY['people:all'], ARRAY[(SELECT count(*)::int FROM new_rows)]);
	ELSE
		PERFORM "tally_apply"(ARRAY['people:all'], ARRAY[-(SELECT count(*)::int FROM old_rows)]);
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "people_tally_insert" AFTER INSERT ON "people" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tally_people"();
--> statement-breakpoint
CREATE TRIGGER "people_tally_delete" AFTER DELETE ON "people" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "tally_people"();
--> statement-breakpoint
CREATE TRIGGER "people_tally_truncate" AFTER TRUNCATE ON "people" FOR EACH STATEMENT EXECUTE FUNCTION "tally_people"();
--> statement-breakpoint
INSERT INTO "tallies" ("name", "shard", "n") SELECT 'people:all', 0, count(*) FROM "people";
--> statement-breakpoint
-- The people list pages newest first with the id as tie-break; people registered by one statement
-- share an instant, and an index on the instant alone sorted every one of them for each page.
CREATE INDEX "people_first_seen_id_idx" ON "people" USING btree ("first_seen_at", "id");
--> statement-breakpoint
DROP INDEX "people_first_seen_idx";
