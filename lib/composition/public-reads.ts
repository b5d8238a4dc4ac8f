import "server-only";
import { getDb } from "./database";
import { createBookingReads } from "@/lib/booking/public-reads";
import { createCourseReads } from "@/lib/course/public-reads";
import { createRoutineReads } from "@/lib/routines/public-reads";
import { createSiteReads } from "@/lib/site/public-reads";
import { createTestimonialReads } from "@/lib/testimonials/public-reads";

/**
 * The public pages' cached reads (Next's data cache, tagged and revalidated by the services that
 * write), built here over the web process's database like every service: the domains describe
 * what to read and how to cache it, and only the composition root opens the database.
 */
export const { getPublicCoachProfile } = createSiteReads(getDb);
export const { getRoutineCards, getPublishedRoutine } = createRoutineReads(getDb);
export const { getCourseSummaries, getCourseSalesPage } = createCourseReads(getDb);
export const { publicSlots, publicFreeTimes, consultationMinutes } = createBookingReads(getDb);
export const { getTestimonials } = createTestimonialReads(getDb);

export type { PublicCoachProfile } from "@/lib/site/public-reads";
export type { PublicPicture, PublicRoutine, PublicRoutineStep, RoutineCard } from "@/lib/routines/public-reads";
export type { CourseSalesPage, CourseSummary } from "@/lib/course/public-reads";
export type { PublicTestimonial } from "@/lib/testimonials/public-reads";
