import type { Executor } from "@/db/connect";
import type { PaymentDeps } from "../context";

/**
 * Tells the coach something about money needs her eye (a refund asked for, a dispute, a plan that
 * stopped, a payment that does not match), by email inside the caller's transaction: if the
 * change is rolled back, so is the message.
 */
export async function alertCoach(tx: Executor, deps: PaymentDeps, headline: string, details: string) {
  const coach = await deps.coach(tx);
  await deps.email.sendEmail({
    to: coach.email,
    template: "payment-alert",
    props: { coachName: coach.name, headline, details, ordersUrl: `${deps.appUrl}/admin/orders` },
    tx,
  });
}
