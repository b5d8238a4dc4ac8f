import Link from "next/link";
import { adminTitle } from "@/app/admin/admin-title";
import { requireAdmin } from "@/app/_auth/guards";
import { TestimonialForm } from "../testimonial-form";

export const generateMetadata = adminTitle("New testimonial");

export default async function NewTestimonialPage() {
  await requireAdmin();
  return (
    <>
      <p>
        <Link href="/admin/testimonials" className="text-ink-muted underline underline-offset-4 hover:text-ink">
          ← All testimonials
        </Link>
      </p>
      <h1 className="mt-3 text-4xl">New testimonial</h1>
      <TestimonialForm initial={{ quote: "", name: "", detail: "", photoAlt: "", position: "0", places: ["home", "course", "consultation"] }} photoUrl={null} />
    </>
  );
}
