import type { Metadata } from "next";
import { ButtonLink } from "@/app/_ui/button-link";
import { Container } from "@/app/_ui/container";

export const metadata: Metadata = { title: "Newsletter link", robots: { index: false } };

/**
 * A token that does not verify (cut short by a mail program, mistyped, or for an address since
 * erased). Said plainly, with the one thing the reader can do; nothing was changed.
 */
export default function UnknownNewsletterLink() {
  return (
    <Container className="max-w-xl py-16 sm:py-24">
      <h1 className="text-4xl">This newsletter link does not work</h1>
      <p className="mt-4 text-ink-muted">
        It may have been cut short on its way to you. Nothing was changed. Open the link at the bottom of any letter again, or find the newsletter page here.
      </p>
      <ButtonLink href="/newsletter" variant="secondary" className="mt-8">
        The newsletter page
      </ButtonLink>
    </Container>
  );
}
