import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { adminTitle } from "@/app/admin/admin-title";
import { requireAdmin } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import type { TestimonialPlace } from "@/lib/testimonials/schema";
import { TestimonialForm } from "../testimonial-form";

export const generateMetadata = adminTitle("Edit testimonial");

export default async function EditTestimonialPage({ params }: PageProps<"/admin/testimonials/[id]">) {
  await requireAdmin();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const testimonial = await (await services()).testimonials.find(id.data);
  if (!testimonial) notFound();
  return (
    <>
      <p>
        <Link href="/admin/testimonials" className="text-ink-muted underline underline-offset-4 hover:text-ink">
          ← All testimonials
        </Link>
      </p>
      <h1 className="mt-3 text-4xl">From {testimonial.name}</h1>
      <TestimonialForm
        id={testimonial.id}
        initial={{
          quote: testimonial.quote,
          name: testimonial.name,
          detail: testimonial.detail ?? "",
          photoAlt: testimonial.photoAlt ?? "",
          position: String(testimonial.position),
          places: testimonial.places as TestimonialPlace[],
        }}
        photoUrl={testimonial.photoKey ? `/uploads/${testimonial.photoKey}` : null}
      />
    </>
  );
}
