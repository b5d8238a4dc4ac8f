import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/app/_ui/container";

export const metadata: Metadata = { title: "Your data is erased", robots: { index: false } };

export default function ErasedPage() {
  return (
    <Container className="max-w-2xl py-12 sm:py-16">
      <h1 className="text-4xl sm:text-5xl">Your data is erased</h1>
      <p className="mt-4 text-lg">Everything we held about you is gone, and you are signed out. Thank you for the time you spent here.</p>
      <p className="mt-4 text-ink-muted">
        The free routines stay open to anyone, no account needed.{" "}
        <Link href="/routines" className="font-semibold text-moss-strong underline underline-offset-4">
          Find a routine
        </Link>
      </p>
    </Container>
  );
}
