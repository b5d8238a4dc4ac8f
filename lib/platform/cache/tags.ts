/**
 * Cache tags for public content. Cached readers attach them; the coach's edits revalidate them.
 * Keeping them in one place is what makes "edit → every public page that shows it refreshes" true.
 */
export const cacheTags = {
  coachProfile: "coach-profile",
  routines: "routines",
  routine: (slug: string) => `routine:${slug}`,
  courses: "courses",
  course: (slug: string) => `course:${slug}`,
  /** The coach's opening hours, rules and booking settings. */
  availability: "availability",
  /** Confirmed bookings, which take times off the public list. */
  bookings: "bookings",
  /** What people say, shown on the home, course and consultation pages. */
  testimonials: "testimonials",
} as const;

/**
 * Edits refresh public pages at once through their tags, on every instance when they share a
 * cache through REDIS_URL (docs/decisions/0009). This hourly limit is the backstop for instances
 * that do not (an edit reaches them within the hour at worst); it also gives the pages `s-maxage`
 * with `stale-while-revalidate` for a CDN. (Route files repeat the number: Next.js needs a literal.)
 */
export const PUBLIC_REVALIDATE_SECONDS = 3600;
