/**
 * Stripe's promotion codes are made in its dashboard and typed on its payment page; the local
 * stand-in has no dashboard, so it knows one test code, named on its page, to try the discounted
 * path (amount_total below amount_subtotal) end to end.
 */
export const LOCAL_PROMOTION_CODES: Readonly<Record<string, { percentOff: number }>> = { WELCOME20: { percentOff: 20 } };

export type LocalDiscount = { ok: true; discount: number; code: string | null } | { ok: false; message: string };

/** The discount a code gives on a one-time price; plans take none, as this site's Stripe checkout of a plan offers none. */
export function localDiscount(amount: number, code: string | null | undefined, plan: boolean): LocalDiscount {
  const typed = (code ?? "").trim().toUpperCase();
  if (!typed) return { ok: true, discount: 0, code: null };
  if (plan) return { ok: false, message: "Promotion codes apply to the one-time price, not to monthly payments." };
  const known = LOCAL_PROMOTION_CODES[typed];
  if (!known) return { ok: false, message: `“${typed.slice(0, 40)}” is not a valid promotion code. Check it, or leave the field empty.` };
  return { ok: true, discount: Math.round((amount * known.percentOff) / 100), code: typed };
}
