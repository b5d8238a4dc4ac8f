import "server-only";
import { unstable_cache } from "next/cache";
import type { Executor } from "@/db/connect";
import { cacheTags, PUBLIC_REVALIDATE_SECONDS } from "@/lib/platform/cache/tags";
import { listTestimonialsFor } from "./queries";
import type { TestimonialPlace } from "./schema";

export interface PublicTestimonial {
  id: string;
  quote: string;
  name: string;
  detail: string | null;
  photo: { url: string; alt: string } | null;
}

/** Testimonials' cached public reads, over the database the composition root hands in. */
export function createTestimonialReads(db: () => Executor) {
  /** The testimonials the coach chose for one page; cached until one is edited. */
  function getTestimonials(place: TestimonialPlace): Promise<PublicTestimonial[]> {
    return unstable_cache(
      async (): Promise<PublicTestimonial[]> =>
        (await listTestimonialsFor(db(), place)).map((row) => ({
          id: row.id,
          quote: row.quote,
          name: row.name,
          detail: row.detail,
          photo: row.photoKey ? { url: `/uploads/${row.photoKey}`, alt: row.photoAlt ?? "" } : null,
        })),
      ["public-testimonials", place],
      { tags: [cacheTags.testimonials], revalidate: PUBLIC_REVALIDATE_SECONDS },
    )();
  }

  return { getTestimonials };
}
