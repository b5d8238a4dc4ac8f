import type { Metadata } from "next";
import { Container } from "@/app/_ui/container";
import { CalmShapes } from "@/app/_ui/illustrations";
import { KeptRoutines } from "./kept-routines";

export const metadata: Metadata = { title: "You are offline", robots: { index: false } };

/** What the service worker shows for a page it has not kept, when there is no network. */
export default function OfflinePage() {
  return (
    <main id="main" className="flex min-h-dvh items-center py-16">
      <Container className="grid items-center gap-10 md:grid-cols-[1fr_1.2fr]">
        <CalmShapes className="mx-auto w-48 md:w-72" />
        <div className="max-w-xl">
          <p className="font-semibold text-clay">No connection</p>
          <h1 className="mt-2 text-4xl sm:text-5xl">You are offline. Your routines are not.</h1>
          <p className="mt-4 text-ink-muted">
            Every routine you have opened on this device still plays, timer and all. Check-ins you make now are kept here and reach your account when you are back online.
          </p>
          <KeptRoutines />
        </div>
      </Container>
    </main>
  );
}
