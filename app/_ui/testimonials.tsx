import Image from "next/image";
import { getTestimonials } from "@/lib/composition/public-reads";
import type { TestimonialPlace } from "@/lib/testimonials/schema";

/** What people say, on the pages the coach chose; nothing at all when there is nothing to say. */
export async function Testimonials({ place, heading = "In their words", className = "" }: { place: TestimonialPlace; heading?: string; className?: string }) {
  const testimonials = await getTestimonials(place);
  if (testimonials.length === 0) return null;
  const headingId = `testimonials-${place}`;
  return (
    <section aria-labelledby={headingId} className={className}>
      <h2 id={headingId} className="text-3xl sm:text-4xl">
        {heading}
      </h2>
      <ul className="mt-6 grid gap-5 md:grid-cols-2">
        {testimonials.map((testimonial) => (
          <li key={testimonial.id}>
            <figure className="flex h-full flex-col rounded-3xl border border-line/80 bg-surface p-6">
              <blockquote className="flex-1 font-serif text-xl leading-relaxed">
                <p>“{testimonial.quote}”</p>
              </blockquote>
              <figcaption className="mt-5 flex items-center gap-3">
                {testimonial.photo ? (
                  <Image src={testimonial.photo.url} alt={testimonial.photo.alt} width={48} height={48} sizes="48px" className="size-12 rounded-full bg-sand object-cover" />
                ) : null}
                <span>
                  <span className="block font-semibold">{testimonial.name}</span>
                  {testimonial.detail ? <span className="block text-sm text-ink-muted">{testimonial.detail}</span> : null}
                </span>
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </section>
  );
}
