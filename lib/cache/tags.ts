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
} as const;
