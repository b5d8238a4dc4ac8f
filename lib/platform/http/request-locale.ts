/**
 * The visitor's language from Accept-Language, for dates and times on pages rendered per request:
 * the first tag Intl supports, else British English (the site's own).
 */
export function localeFromAcceptLanguage(header: string | null | undefined, fallback = "en-GB"): string {
  if (!header) return fallback;
  for (const part of header.split(",").slice(0, 10)) {
    const tag = part.split(";")[0]!.trim();
    if (!tag || tag === "*" || tag.length > 35) continue;
    try {
      const [supported] = Intl.DateTimeFormat.supportedLocalesOf(tag);
      if (supported) return supported;
    } catch {
      // Not a language tag: try the next one.
    }
  }
  return fallback;
}
