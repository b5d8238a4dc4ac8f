import type PgBoss from "pg-boss";
import type { Database } from "@/db/connect";
import type { EmailService } from "@/lib/email/service";
import type { EmailTransport } from "@/lib/email/transport";
import type { Env } from "@/lib/env";
import { findCoachProfile } from "@/lib/site/queries";
import { createBroadcastService } from "./broadcast-service";

/** The broadcast service as the app and the standalone worker both run it. */
export function broadcastServiceFor(db: Database, email: EmailService, boss: PgBoss, transport: EmailTransport, config: Env) {
  return createBroadcastService({
    db,
    boss,
    email,
    transport,
    appUrl: config.APP_URL,
    secret: config.AUTH_SECRET ?? "development-only-secret",
    from: config.NEWSLETTER_FROM,
    coachName: async () => (await findCoachProfile(db))?.name ?? "Your coach",
  });
}
