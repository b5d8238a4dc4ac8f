/**
 * The rules of a payment plan, apart from any database: how far along it is and what a failed
 * instalment means. `paid` counts distinct invoices paid, never events.
 */
export interface PlanProgress {
  paid: number;
  count: number;
  complete: boolean;
  remaining: number;
}

export function planProgress(paid: number, count: number): PlanProgress {
  const done = Math.min(paid, count);
  return { paid: done, count, complete: paid >= count, remaining: count - done };
}

/**
 * Stripe retries a declined instalment on its own schedule and names the next try; when there
 * is none (next_payment_attempt null) its retries are over, and access pauses until it is paid.
 */
export function retriesAreOver(nextPaymentAttempt: number | null | undefined): boolean {
  return nextPaymentAttempt === null || nextPaymentAttempt === undefined;
}

/** "Payment 2 of 3" and what is left, for receipts and the learner's account. */
export function planLine(progress: PlanProgress, instalment: string): string {
  if (progress.complete) return `All ${progress.count} payments made. Thank you.`;
  const left = progress.remaining === 1 ? "1 monthly payment" : `${progress.remaining} monthly payments`;
  return `Payment ${progress.paid} of ${progress.count}. ${left} of ${instalment} to go, taken automatically.`;
}

/** A plan stopped before its last payment: the course is paused, and the learner is told why. */
export function stoppedPlanLine(progress: PlanProgress): string {
  return `You stopped the plan after ${progress.paid} of ${progress.count} payments, so the course is paused. Your progress is kept; write to the coach to pay the rest and open it again.`;
}

/** Why a plan's access is paused: the enrolment's revoked reason, which the lesson page reads. */
export const INSTALMENT_UNPAID = "Instalment unpaid";
