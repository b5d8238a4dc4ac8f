import type { Metadata } from "next";
import { ButtonLink } from "@/app/_ui/button-link";
import { Container } from "@/app/_ui/container";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Unsubscribed", robots: { index: false } };

export default async function UnsubscribedPage({ searchParams }: PageProps<"/newsletter/unsubscribed">) {
  const { unknown } = await searchParams;
  return (
    <Container className="max-w-xl py-16 sm:py-24">
      <h1 className="text-4xl">{unknown ? "We could not find that subscription" : "You are unsubscribed"}</h1>
      <p className="mt-4 text-ink-muted">
        {unknown ? "The link may be incomplete. Nothing was changed." : "No more newsletters. Thank you for reading; you are welcome back any time."}
      </p>
      <ButtonLink href="/newsletter" variant="secondary" className="mt-8">
        Subscribe again
      </ButtonLink>
    </Container>
  );
}
