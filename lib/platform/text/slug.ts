/**
 * "Tennis-ball foot release!" → "tennis-ball-foot-release": the address the editors propose for a
 * routine or a lesson, and the archive address of a letter.
 */
export function slugify(title: string, maxLength = 80): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/g, "");
}

/** The first free "<slug>-copy", "<slug>-copy-2", … for a duplicate. */
export function copySlug(slug: string, taken: (candidate: string) => boolean): string {
  const base = `${slug.slice(0, 70)}-copy`;
  if (!taken(base)) return base;
  for (let index = 2; ; index += 1) {
    const candidate = `${base}-${index}`;
    if (!taken(candidate)) return candidate;
  }
}
