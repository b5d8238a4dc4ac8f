/** The public navigation, shared by header and footer so the two never disagree. */
export const SITE_NAV = [
  { href: "/routines", label: "Routines" },
  // The list of courses, not one course's address: it holds whatever the coach publishes.
  { href: "/courses", label: "Course" },
  { href: "/newsletter", label: "Newsletter" },
] as const;

export const CONSULTATION_LINK = { href: "/consultation", label: "Book a free consultation" } as const;
