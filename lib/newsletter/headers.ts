/**
 * Headers every newsletter email carries so mailbox providers offer a one-click unsubscribe
 * (RFC 2369, RFC 8058). Transactional mail (sign-in links, receipts, bookings) carries none.
 */
export function listHeaders(unsubscribeUrl: string, appUrl: string): Record<string, string> {
  const host = new URL(appUrl).hostname;
  return {
    "List-Unsubscribe": `<${unsubscribeUrl}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "List-Id": `Newsletter <newsletter.${host}>`,
  };
}
