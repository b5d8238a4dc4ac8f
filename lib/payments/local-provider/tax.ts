/**
 * The local provider's stand-in for Stripe Tax: a handful of standard consumer rates, so the
 * checkout, the order and the receipt can be tried with tax on. Stripe works out the real tax
 * (thresholds, registrations, reverse charge); nothing here is ever used with a Stripe key.
 */
export const LOCAL_TAX_RATES: Record<string, { name: string; percent: number }> = {
  AU: { name: "Australia", percent: 10 },
  CA: { name: "Canada", percent: 5 },
  DE: { name: "Germany", percent: 19 },
  FR: { name: "France", percent: 20 },
  IE: { name: "Ireland", percent: 23 },
  NL: { name: "Netherlands", percent: 21 },
  NZ: { name: "New Zealand", percent: 15 },
  GB: { name: "United Kingdom", percent: 20 },
  US: { name: "United States", percent: 0 },
};

/** Tax on `amount` (minor units) for a country: found inside an inclusive price or added to an exclusive one. */
export function localTax(amount: number, country: string | null, pricesIncludeTax: boolean): number {
  const percent = country ? (LOCAL_TAX_RATES[country]?.percent ?? 0) : 0;
  if (percent === 0) return 0;
  return pricesIncludeTax ? amount - Math.round(amount / (1 + percent / 100)) : Math.round((amount * percent) / 100);
}
