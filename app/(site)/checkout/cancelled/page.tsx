import type { Metadata } from "next";
import { ButtonLink } from "@/app/_ui/button-link";
import { Container } from "@/app/_ui/container";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Checkout cancelled", robots: { index: false } };

export default async function CheckoutCancelledPage({ searchParams }: PageProps<"/checkout/cancelled">) {
  const { course } = await searchParams;
  const slug = typeof course === "string" && /^[a-z0-9-]{1,80}$/.test(course) ? course : null;
  return (
    <Container className="max-w-xl space-y-5 py-12 sm:py-16">
      <h1 className="text-4xl">No payment was made</h1>
      <p className="text-lg text-ink-muted">You left the checkout, so nothing was charged. The course will be here whenever you are ready.</p>
      <ButtonLink href={slug ? `/courses/${slug}` : "/"}>{slug ? "Back to the course" : "Home"}</ButtonLink>
    </Container>
  );
}
