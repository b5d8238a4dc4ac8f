/**
 * A cookie that only says "this browser confirmed a subscription", so the cached pages' footer
 * can stop asking (it holds no address and no id). Read in the browser; set by the confirmation
 * link, cleared by leaving from the preferences page.
 */
export const READER_COOKIE = "stillpoint_reader";

export function readerCookie(present: boolean): string {
  return present ? `${READER_COOKIE}=1; Path=/; Max-Age=31536000; SameSite=Lax` : `${READER_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`;
}
