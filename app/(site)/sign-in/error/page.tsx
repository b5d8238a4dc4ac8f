import type { Metadata } from "next";
import { ButtonLink } from "@/app/_ui/button-link";
import { Container } from "@/app/_ui/container";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign-in problem", robots: { index: false } };

const MESSAGES: Record<string, { title: string; body: string }> = {
  Verification: {
    title: "This sign-in link no longer works",
    body: "Each link works once and only for 60 minutes. It may have been used already, or it has expired. Ask for a fresh one: it takes a moment.",
  },
  AccessDenied: { title: "You cannot sign in with this address", body: "If you think this is a mistake, please write to the coach." },
};

const FALLBACK = { title: "Something went wrong while signing in", body: "Please try again. If it keeps happening, write to the coach." };

export default async function SignInErrorPage({ searchParams }: PageProps<"/sign-in/error">) {
  const { error } = await searchParams;
  const message = (typeof error === "string" && MESSAGES[error]) || FALLBACK;
  return (
    <Container className="max-w-xl py-16 sm:py-24">
      <h1 className="text-4xl sm:text-5xl">{message.title}</h1>
      <p className="mt-4 text-ink-muted">{message.body}</p>
      <ButtonLink href="/sign-in" className="mt-8">
        Send me a new link
      </ButtonLink>
    </Container>
  );
}
