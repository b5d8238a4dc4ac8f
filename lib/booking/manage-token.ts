import { createHash, createHmac } from "node:crypto";

/**
 * A booking's private manage link. The token is an HMAC of the booking id: only the server can make
 * it, and a retried request, a reminder or a move all link to the same page. The database keeps
 * only its SHA-256, so a leaked table gives nobody a link.
 */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function manageTokenFor(secret: string, bookingId: string): string {
  return createHmac("sha256", secret).update(`booking:${bookingId}`).digest("base64url");
}

export function manageUrlFor(appUrl: string, secret: string, bookingId: string): string {
  return `${appUrl}/bookings/${manageTokenFor(secret, bookingId)}`;
}
