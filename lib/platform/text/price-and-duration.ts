/** "$149" for whole amounts, "$149.50" otherwise; amounts are minor units as stored. */
export function formatPrice(amount: number, currency: string, locale = "en-US"): string {
  const value = amount / 100;
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: currency.toUpperCase(),
    minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
  }).format(value);
}

/** "2 h 5 min" / "45 min" for course running times. */
export function formatRunningTime(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
