import type { Database, Executor } from "@/db/connect";
import type { EmailService } from "@/lib/email/service";

/** What fulfilment and the webhook need from the outside world; tests pass their own. */
export interface PaymentDeps {
  db: Database;
  email: Pick<EmailService, "sendEmail">;
  appUrl: string;
  /** AUTH_SECRET: receipts carry an Auth.js sign-in link, hashed with it. */
  authSecret: string;
  /** The coach, read through the executor given: inside a transaction, its `tx`. */
  coach: (db: Executor) => Promise<{ name: string; email: string }>;
  now?: () => Date;
}
