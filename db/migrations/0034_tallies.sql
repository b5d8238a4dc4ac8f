CREATE TABLE "tallies" (
	"name" text NOT NULL,
	"shard" smallint NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "tallies_name_shard_pk" PRIMARY KEY("name","shard")
);
--> statement-breakpoint
-- Applies one statement's changes to the tallies: one upsert, whatever the statement's size. The
-- shard is the connection's, so writers on different connections rarely meet on a row; the rows
-- are touched in name order, so two writers never wait on each other in a circle.
CREATE FUNCTION "tally_apply"("changes" text[], "deltas" int[]) RETURNS void LANGUAGE sql AS $$
	INSERT INTO "tallies" ("name", "shard", "n")
	SELECT "name", (pg_backend_pid() % 16)::smallint, sum("delta")
	FROM unnest("changes", "deltas") AS "change"("name", "delta")
	WHERE "name" IS NOT NULL
	GROUP BY "name" HAVING sum("delta") <> 0
	ORDER BY "name"
	ON CONFLICT ("name", "shard") DO UPDATE SET "n" = "tallies"."n" + excluded."n"
$$;
--> statement-breakpoint
-- The tallies a row of email_outbox counts in: its status, and its letter's copies by status.
CREATE FUNCTION "tally_email_outbox"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	"names" text[] := '{}';
	"deltas" int[] := '{}';
BEGIN
	IF TG_OP = 'TRUNCATE' THEN
		DELETE FROM "tallies" WHERE "name" LIKE 'email_outbox:%';
		RETURN NULL;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		SELECT "names" || coalesce(array_agg("n"), '{}'), "deltas" || coalesce(array_agg(1), '{}')
		INTO "names", "deltas" FROM new_rows r CROSS JOIN LATERAL unnest(ARRAY['email_outbox:' || r.status, CASE WHEN r.broadcast_id IS NOT NULL THEN 'email_outbox:letter:' || r.broadcast_id || ':' || r.status END]) AS "n";
	END IF;
	IF TG_OP IN ('UPDATE', 'DELETE') THEN
		SELECT "names" || coalesce(array_agg("n"), '{}'), "deltas" || coalesce(array_agg(-1), '{}')
		INTO "names", "deltas" FROM old_rows r CROSS JOIN LATERAL unnest(ARRAY['email_outbox:' || r.status, CASE WHEN r.broadcast_id IS NOT NULL THEN 'email_outbox:letter:' || r.broadcast_id || ':' || r.status END]) AS "n";
	END IF;
	PERFORM "tally_apply"("names", "deltas");
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "email_outbox_tally_insert" AFTER INSERT ON "email_outbox" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tally_email_outbox"();
--> statement-breakpoint
CREATE TRIGGER "email_outbox_tally_update" AFTER UPDATE ON "email_outbox" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tally_email_outbox"();
--> statement-breakpoint
CREATE TRIGGER "email_outbox_tally_delete" AFTER DELETE ON "email_outbox" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "tally_email_outbox"();
--> statement-breakpoint
CREATE TRIGGER "email_outbox_tally_truncate" AFTER TRUNCATE ON "email_outbox" FOR EACH STATEMENT EXECUTE FUNCTION "tally_email_outbox"();
--> statement-breakpoint
-- The tallies a row of subscribers counts in: ARRAY['subscribers:' || status, CASE WHEN confirmed_at IS NOT NULL AND unsubscribed_at IS NULL THEN 'subscribers:readers' END].
CREATE FUNCTION "tally_subscribers"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	"names" text[] := '{}';
	"deltas" int[] := '{}';
BEGIN
	IF TG_OP = 'TRUNCATE' THEN
		DELETE FROM "tallies" WHERE "name" LIKE 'subscribers:%';
		RETURN NULL;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		SELECT "names" || coalesce(array_agg("n"), '{}'), "deltas" || coalesce(array_agg(1), '{}')
		INTO "names", "deltas" FROM new_rows r CROSS JOIN LATERAL unnest(ARRAY['subscribers:' || r.status, CASE WHEN r.confirmed_at IS NOT NULL AND r.unsubscribed_at IS NULL THEN 'subscribers:readers' END]) AS "n";
	END IF;
	IF TG_OP IN ('UPDATE', 'DELETE') THEN
		SELECT "names" || coalesce(array_agg("n"), '{}'), "deltas" || coalesce(array_agg(-1), '{}')
		INTO "names", "deltas" FROM old_rows r CROSS JOIN LATERAL unnest(ARRAY['subscribers:' || r.status, CASE WHEN r.confirmed_at IS NOT NULL AND r.unsubscribed_at IS NULL THEN 'subscribers:readers' END]) AS "n";
	END IF;
	PERFORM "tally_apply"("names", "deltas");
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "subscribers_tally_insert" AFTER INSERT ON "subscribers" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tally_subscribers"();
--> statement-breakpoint
CREATE TRIGGER "subscribers_tally_update" AFTER UPDATE ON "subscribers" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tally_subscribers"();
--> statement-breakpoint
CREATE TRIGGER "subscribers_tally_delete" AFTER DELETE ON "subscribers" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "tally_subscribers"();
--> statement-breakpoint
CREATE TRIGGER "subscribers_tally_truncate" AFTER TRUNCATE ON "subscribers" FOR EACH STATEMENT EXECUTE FUNCTION "tally_subscribers"();
--> statement-breakpoint
-- The tallies a row of users counts in: ARRAY['users:all'].
CREATE FUNCTION "tally_users"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	"names" text[] := '{}';
	"deltas" int[] := '{}';
BEGIN
	IF TG_OP = 'TRUNCATE' THEN
		DELETE FROM "tallies" WHERE "name" LIKE 'users:%';
		RETURN NULL;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		SELECT "names" || coalesce(array_agg("n"), '{}'), "deltas" || coalesce(array_agg(1), '{}')
		INTO "names", "deltas" FROM new_rows r CROSS JOIN LATERAL unnest(ARRAY['users:all']) AS "n";
	END IF;
	IF TG_OP IN ('UPDATE', 'DELETE') THEN
		SELECT "names" || coalesce(array_agg("n"), '{}'), "deltas" || coalesce(array_agg(-1), '{}')
		INTO "names", "deltas" FROM old_rows r CROSS JOIN LATERAL unnest(ARRAY['users:all']) AS "n";
	END IF;
	PERFORM "tally_apply"("names", "deltas");
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "users_tally_insert" AFTER INSERT ON "users" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tally_users"();
--> statement-breakpoint
CREATE TRIGGER "users_tally_delete" AFTER DELETE ON "users" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "tally_users"();
--> statement-breakpoint
CREATE TRIGGER "users_tally_truncate" AFTER TRUNCATE ON "users" FOR EACH STATEMENT EXECUTE FUNCTION "tally_users"();
--> statement-breakpoint
-- What the tables hold already.
INSERT INTO "tallies" ("name", "shard", "n")
SELECT 'email_outbox:' || "status", 0, count(*) FROM "email_outbox" GROUP BY "status"
UNION ALL SELECT 'email_outbox:letter:' || "broadcast_id" || ':' || "status", 0, count(*) FROM "email_outbox" WHERE "broadcast_id" IS NOT NULL GROUP BY "broadcast_id", "status"
UNION ALL SELECT 'subscribers:' || "status", 0, count(*) FROM "subscribers" GROUP BY "status"
UNION ALL SELECT 'subscribers:readers', 0, count(*) FROM "subscribers" WHERE "confirmed_at" IS NOT NULL AND "unsubscribed_at" IS NULL
UNION ALL SELECT 'users:all', 0, count(*) FROM "users";
