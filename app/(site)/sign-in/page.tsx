import type { Metadata } from "next";
import { Container } from "@/app/_ui/container";
import { SignInForm } from "./sign-in-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { next } = await searchParams;
  return (
    <Container className="max-w-xl py-16 sm:py-24">
      <h1 className="text-4xl sm:text-5xl">Sign in</h1>
      <p className="mt-4 text-ink-muted">
        No password to remember. Enter your email and we will send you a link that signs you in. New here? The same
        link creates your account.
      </p>
      <SignInForm next={typeof next === "string" ? next : undefined} />
    </Container>
  );
}
