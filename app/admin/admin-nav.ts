/**
 * Back-office sections. A section appears here when its feature lands (routines, course, orders,
 * subscribers, broadcasts, bookings and availability arrive with their own issues).
 */
export const ADMIN_NAV = [
  { href: "/admin", label: "Dashboard" },
  { href: "/admin/people", label: "People" },
  { href: "/admin/routines", label: "Routines" },
  { href: "/admin/testimonials", label: "Testimonials" },
  { href: "/admin/courses", label: "Course" },
  { href: "/admin/orders", label: "Orders" },
  { href: "/admin/bookings", label: "Bookings" },
  { href: "/admin/availability", label: "Availability" },
  { href: "/admin/subscribers", label: "Subscribers" },
  { href: "/admin/broadcasts", label: "Newsletter" },
  { href: "/admin/emails", label: "Emails" },
  { href: "/admin/settings", label: "Settings" },
] as const;
