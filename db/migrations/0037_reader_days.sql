-- Readers who joined and left on each day (UTC), kept with the other subscriber tallies: the
-- dashboard's growth line reads 2 × 91 tally names instead of every sign-up of the last 90 days
-- (13,000 rows at 100,000 readers, ten times that for a list ten times the size). A row counts in
-- reader_days:joined:<day it confirmed> and, once a confirmed reader has left,
-- reader_days:left:<the later of confirming and leaving>, exactly as the old query counted them.
-- The tallies one subscriber row counts in, read the same way for the rows a statement wrote and
-- the rows it replaced.
CREATE FUNCTION "subscriber_tally_names"("status" "subscriber_status", "confirmed_at" timestamptz, "unsubscribed_at" timestamptz) RETURNS text[] LANGUAGE sql STABLE AS $$
	SELECT ARRAY[
		'subscribers:' || "status",
		CASE WHEN "confirmed_at" IS NOT NULL AND "unsubscribed_at" IS NULL THEN 'subscribers:readers' END,
		CASE WHEN "confirmed_at" IS NOT NULL THEN 'reader_days:joined:' || to_char("confirmed_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD') END,
		CASE WHEN "confirmed_at" IS NOT NULL AND "unsubscribed_at" IS NOT NULL THEN 'reader_days:left:' || to_char(greatest("confirmed_at", "unsubscribed_at") AT TIME ZONE 'UTC', 'YYYY-MM-DD') END
	]
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "tally_subscribers"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	"names" text[] := '{}';
	"deltas" int[] := '{}';
BEGIN
	IF TG_OP = 'TRUNCATE' THEN
		DELETE FROM "tallies" WHERE "name" LIKE 'subscribers:%' OR "name" LIKE 'reader\_days:%';
		RETURN NULL;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		SELECT "names" || coalesce(array_agg("n"), '{}'), "deltas" || coalesce(array_agg(1), '{}')
		INTO "names", "deltas" FROM new_rows r CROSS JOIN LATERAL unnest("subscriber_tally_names"(r.status, r.confirmed_at, r.unsubscribed_at)) AS "n";
	END IF;
	IF TG_OP IN ('UPDATE', 'DELETE') THEN
		SELECT "names" || coalesce(array_agg("n"), '{}'), "deltas" || coalesce(array_agg(-1), '{}')
		INTO "names", "deltas" FROM old_rows r CROSS JOIN LATERAL unnest("subscriber_tally_names"(r.status, r.confirmed_at, r.unsubscribed_at)) AS "n";
	END IF;
	PERFORM "tally_apply"("names", "deltas");
	RETURN NULL;
END
$$;
--> statement-breakpoint
INSERT INTO "tallies" ("name", "shard", "n")
SELECT 'reader_days:joined:' || to_char("confirmed_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD'), 0, count(*) FROM "subscribers" WHERE "confirmed_at" IS NOT NULL GROUP BY 1
UNION ALL
SELECT 'reader_days:left:' || to_char(greatest("confirmed_at", "unsubscribed_at") AT TIME ZONE 'UTC', 'YYYY-MM-DD'), 0, count(*) FROM "subscribers" WHERE "confirmed_at" IS NOT NULL AND "unsubscribed_at" IS NOT NULL GROUP BY 1;
