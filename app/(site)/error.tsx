"use client";

import { Container } from "@/app/_ui/container";

// Shown when a public page cannot load its content, e.g. while the database restarts.
export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <Container className="py-24">
      <h1 className="text-4xl">Something went quiet on our side</h1>
      <p className="mt-4 max-w-xl text-ink-muted">
        This page could not load just now. Please try again in a moment.
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 inline-flex min-h-11 items-center rounded-full bg-moss px-6 font-semibold text-on-moss hover:bg-moss-strong"
      >
        Try again
      </button>
    </Container>
  );
}
