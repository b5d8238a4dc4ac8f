import { sql } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { subscribers } from "@/db/schema";
import type { ImportRow } from "./csv-import";

/**
 * Imports one batch of readers who agreed elsewhere, in one statement (the rows travel as a
 * single JSON parameter, so no batch size can reach PostgreSQL's parameter limit). A new address
 * is confirmed with its original sign-up date; one already here is merged (earliest date kept,
 * confirmed); someone who unsubscribed stays unsubscribed.
 */
export async function upsertImportedSubscribers(db: Executor, rows: readonly ImportRow[], values: { source: string; consentText: string; now: Date }) {
  if (rows.length === 0) return { imported: 0, merged: 0, keptUnsubscribed: 0 };
  const payload = JSON.stringify(rows.map((row) => ({ email: row.email, first_name: row.firstName, signed_up_at: (row.signedUpAt ?? values.now).toISOString() })));
  const result = await db.execute<{ inserted: boolean; kept: boolean }>(sql`
    insert into ${subscribers} (email, first_name, status, source, consent_text, signed_up_at, confirmed_at)
    select r.email, r.first_name, 'confirmed', ${values.source}, ${values.consentText}, r.signed_up_at, r.signed_up_at
    from jsonb_to_recordset(${payload}::jsonb) as r(email text, first_name text, signed_up_at timestamptz)
    on conflict (email) do update set
      status = case when ${subscribers.status} = 'unsubscribed' then ${subscribers.status} else 'confirmed' end,
      first_name = coalesce(${subscribers.firstName}, excluded.first_name),
      signed_up_at = case when ${subscribers.status} = 'unsubscribed' then ${subscribers.signedUpAt} else least(${subscribers.signedUpAt}, excluded.signed_up_at) end,
      confirmed_at = case when ${subscribers.status} = 'unsubscribed' then ${subscribers.confirmedAt} else coalesce(${subscribers.confirmedAt}, excluded.signed_up_at) end,
      confirm_token_hash = case when ${subscribers.status} = 'unsubscribed' then ${subscribers.confirmTokenHash} else null end,
      confirm_expires_at = case when ${subscribers.status} = 'unsubscribed' then ${subscribers.confirmExpiresAt} else null end,
      updated_at = now()
    returning (xmax = 0) as inserted, (status = 'unsubscribed') as kept`);
  const returned = result as unknown as { inserted: boolean; kept: boolean }[];
  const imported = returned.filter((row) => row.inserted).length;
  const keptUnsubscribed = returned.filter((row) => !row.inserted && row.kept).length;
  return { imported, merged: returned.length - imported - keptUnsubscribed, keptUnsubscribed };
}
