import Link from "next/link";
import { ButtonLink } from "@/app/_ui/button-link";
import { Notice } from "@/app/_ui/notice";
import { adminTitle } from "@/app/admin/admin-title";
import { requireAdmin } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { PLACE_LABELS, type TestimonialPlace } from "@/lib/testimonials/schema";
import { deleteTestimonial } from "./actions";

export const generateMetadata = adminTitle("Testimonials");

export default async function AdminTestimonialsPage({ searchParams }: PageProps<"/admin/testimonials">) {
  await requireAdmin();
  const [testimonials, params] = await Promise.all([(await services()).testimonials.list(), searchParams]);
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-4xl">Testimonials</h1>
          <p className="mt-2 max-w-2xl text-ink-muted">What people say about working with you, on the pages you choose. Only use words people have agreed to share.</p>
        </div>
        <ButtonLink href="/admin/testimonials/new">Add a testimonial</ButtonLink>
      </div>
      {params.saved ? (
        <div className="mt-6">
          <Notice tone="success" live>Saved. The pages that show it have it now.</Notice>
        </div>
      ) : null}
      {params.deleted ? (
        <div className="mt-6">
          <Notice tone="success" live>The testimonial was deleted.</Notice>
        </div>
      ) : null}
      {testimonials.length === 0 ? (
        <p className="mt-8 rounded-2xl border border-dashed border-line p-6 text-ink-muted">No testimonials yet. When someone tells you what changed for them, ask if you may share it here.</p>
      ) : (
        <ul className="mt-8 space-y-3">
          {testimonials.map((testimonial) => (
            <li key={testimonial.id} className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-4 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0">
                <p className="line-clamp-2">“{testimonial.quote}”</p>
                <p className="mt-1 text-sm text-ink-muted">
                  <Link href={`/admin/testimonials/${testimonial.id}`} className="font-semibold text-ink underline underline-offset-4">
                    {testimonial.name}
                  </Link>{" "}
                  · {testimonial.places.map((place) => PLACE_LABELS[place as TestimonialPlace]).join(", ")}
                  {testimonial.photoKey ? " · with photo" : ""}
                </p>
              </div>
              <form action={deleteTestimonial}>
                <input type="hidden" name="id" value={testimonial.id} />
                <button type="submit" className="inline-flex min-h-11 items-center rounded-full border border-line px-4 text-sm text-danger hover:bg-sand" aria-label={`Delete the testimonial from ${testimonial.name}`}>
                  Delete
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
