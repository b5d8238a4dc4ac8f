import type { Metadata } from "next";
import { ButtonLink } from "@/app/_ui/button-link";
import { Container } from "@/app/_ui/container";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Newsletter", robots: { index: false } };

const COPY = {
  confirmed: { title: "You are in", body: "Welcome. A first email with a one-minute routine is on its way." },
  "already-confirmed": { title: "You are already on the list", body: "This address is confirmed: the letters come to you. Nothing else to do." },
  expired: { title: "This link has expired", body: "Confirmation links work for 48 hours. Sign up again and we will send a fresh one." },
  invalid: { title: "This link does not work", body: "It may have been used already. If you are not receiving the newsletter, sign up again." },
} as const;

export default async function NewsletterConfirmedPage({ searchParams }: PageProps<"/newsletter/confirmed">) {
  const { result } = await searchParams;
  const copy = COPY[(typeof result === "string" && result in COPY ? result : "invalid") as keyof typeof COPY];
  const onTheList = result === "confirmed" || result === "already-confirmed";
  return (
    <Container className="max-w-xl py-16 sm:py-24">
      <h1 className="text-4xl">{copy.title}</h1>
      <p className="mt-4 text-ink-muted">{copy.body}</p>
      <ButtonLink href={onTheList ? "/routines" : "/newsletter"} className="mt-8">
        {onTheList ? "Find a routine" : "Sign up again"}
      </ButtonLink>
    </Container>
  );
}
