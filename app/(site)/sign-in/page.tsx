import type { Metadata } from "next";
import { Container } from "@/app/_ui/container";
import { SignInForm } from "./sign-in-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { next, reason } = await searchParams;
  // The browser that paid is let into its course at once; the account's own pages wait for the
  // address to be proven by a link (decision 0022).
  const prove = reason === "prove";
  return (
    <Container className="max-w-xl py-16 sm:py-24">
      <h1 className="text-4xl sm:text-5xl">{prove ? "Confirm your email" : "Sign in"}</h1>
      {prove ? (
        <p className="mt-4 text-ink-muted">
          Your course is open on this device. Your account (payments, reflections, your data) opens once you confirm
          your email address: the button in your receipt does it, or enter the address here and open the link we send
          you.
        </p>
      ) : (
        <p className="mt-4 text-ink-muted">
          No password to remember. Enter your email and we will send you a link that signs you in. New here? The same
          link creates your account.
        </p>
      )}
      <SignInForm next={typeof next === "string" ? next : undefined} />
    </Container>
  );
}
