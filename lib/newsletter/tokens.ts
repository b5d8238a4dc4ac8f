import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * A subscriber's link token, `<id>.<hmac>`: verifiable without storing anything and valid for as
 * long as the subscriber exists. Used by unsubscribe and preference links in every newsletter.
 */
const sign = (id: string, secret: string) => createHmac("sha256", secret).update(`unsubscribe:${id}`).digest("base64url");

export function subscriberToken(id: string, secret: string): string {
  return `${id}.${sign(id, secret)}`;
}

export function verifySubscriberToken(token: string, secret: string): string | null {
  const [id, signature] = token.split(".");
  if (!id || !signature || !/^[0-9a-f-]{36}$/.test(id)) return null;
  const expected = Buffer.from(sign(id, secret));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}

export function subscriberLinks(appUrl: string, id: string, secret: string) {
  const token = subscriberToken(id, secret);
  return {
    /** For the List-Unsubscribe header: takes the one-click POST. */
    oneClickUrl: `${appUrl}/api/newsletter/unsubscribe/${token}`,
    /** For people: a page with a button (a GET never unsubscribes) and a way back in. */
    preferencesUrl: `${appUrl}/newsletter/preferences/${token}`,
  };
}
