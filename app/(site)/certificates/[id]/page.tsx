import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BadgeCheck } from "lucide-react";
import { Container } from "@/app/_ui/container";
import { currentUser } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";

export const dynamic = "force-dynamic";
// Shared by the learner, not a page for search engines.
export const metadata: Metadata = { title: "Certificate of completion", robots: { index: false } };

/** Anyone with the address can check a certificate: name, course and date, nothing more. */
export default async function CertificatePage({ params }: PageProps<"/certificates/[id]">) {
  // The holder looking at their own page does not count as sharing it (its name stays correctable).
  const viewer = await currentUser();
  const certificate = await (await services()).certificates.verify((await params).id, viewer?.id ?? null);
  if (!certificate) notFound();
  return (
    <Container className="max-w-2xl py-16">
      <div className="rounded-[2rem] border-2 border-moss/70 bg-surface p-8 text-center sm:p-12">
        <BadgeCheck aria-hidden="true" className="mx-auto size-12 text-moss" />
        <p className="mt-4 text-sm font-semibold uppercase tracking-widest text-moss-strong">Certificate of completion</p>
        <h1 className="mt-4 text-4xl sm:text-5xl">{certificate.learnerName}</h1>
        <p className="mt-4 text-lg text-ink-muted">completed every lesson of</p>
        <p className="mt-2 font-serif text-2xl">{certificate.courseTitle}</p>
        <p className="mt-4 text-ink-muted">on {certificate.issuedOn}</p>
      </div>
      <p className="mt-6 text-center text-sm text-ink-muted">This page confirms the certificate is genuine: it was issued by this site.</p>
    </Container>
  );
}
