/**
 * Every rate limit in the app, in one table (README lists the same numbers). A limit allows
 * `points` requests per key within `durationSeconds`; over it, the caller waits `blockSeconds`
 * (or until the window ends).
 */
export interface RateLimit {
  points: number;
  durationSeconds: number;
  blockSeconds?: number;
}

export const RATE_LIMITS = {
  /**
   * Magic links sent to one address, whoever asks. Over it, the request is answered exactly as
   * any other and nothing is sent: the inbox already holds a link under 30 minutes old (links work
   * for an hour), so strangers cost the owner at most six emails an hour and never their sign-in.
   */
  signInPerEmail: { points: 3, durationSeconds: 30 * 60 },
  /** Magic-link requests from one IP address, whatever the email. */
  signInPerIp: { points: 20, durationSeconds: 60 * 60 },
  /** Consultation booking attempts from one IP address (form and API together). */
  bookingPerIp: { points: 10, durationSeconds: 60 * 60 },
  /** Newsletter sign-ups from one IP address. */
  newsletterPerIp: { points: 10, durationSeconds: 60 * 60 },
  /** Checkouts opened from one IP address (each makes an order and a provider session). */
  checkoutPerIp: { points: 20, durationSeconds: 60 * 60 },
  /** Moves and cancellations of one booking (its private link), whoever holds the link. */
  bookingChangesPerBooking: { points: 10, durationSeconds: 60 * 60 },
  /** Moves and cancellations from one IP address, across bookings. */
  bookingChangesPerIp: { points: 30, durationSeconds: 60 * 60 },
  /** Check-in requests from one signed-in person (each carries up to 50 check-ins). */
  checkInsPerUser: { points: 60, durationSeconds: 60 * 60 },
  /** Webhook deliveries from one source address (Stripe, Resend): generous, only a flood stops. */
  webhooksPerSource: { points: 600, durationSeconds: 60 },
} as const satisfies Record<string, RateLimit>;

export type RateLimitName = keyof typeof RATE_LIMITS;

/** "Please try again in 12 minutes." from the limiter's remaining milliseconds. */
export function retryAfterMessage(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  if (seconds < 60) return `Please try again in ${seconds} second${seconds === 1 ? "" : "s"}.`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
  const hours = Math.ceil(minutes / 60);
  return `Please try again in ${hours} hour${hours === 1 ? "" : "s"}.`;
}
