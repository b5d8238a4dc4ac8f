import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Award, Download, Sprout } from "lucide-react";
import { ButtonLink, buttonClasses } from "@/app/_ui/button-link";
import { Container } from "@/app/_ui/container";
import { requireLearner } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { CertificateForm } from "./certificate-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Course finished", robots: { index: false } };

/** Where "Complete the course" leads: a calm ending, or the way back to what is still open. */
export default async function CourseFinishedPage({ params }: PageProps<"/learn/[course]/finished">) {
  const { course: slug } = await params;
  const user = await requireLearner(`/learn/${slug}/finished`);
  const mine = (await (await services()).learning.myCourses(user)).find((course) => course.slug === slug);
  if (!mine) redirect(`/courses/${slug}`);
  const { done, total } = mine.progress;
  const certificate = await (await services()).certificates.state(user, slug);

  if (done < total) {
    return (
      <Container className="max-w-2xl py-12 sm:py-16">
        <h1 className="text-4xl sm:text-5xl">Almost there</h1>
        <p className="mt-4 text-lg text-ink-muted">
          You have completed {done} of {total} lessons of {mine.title}. The rest are waiting whenever you are ready; there is no rush.
        </p>
        <div className="mt-8">
          <ButtonLink href={mine.continueHref}>{mine.continueTitle ? `Continue: ${mine.continueTitle}` : "Back to the course"}</ButtonLink>
        </div>
      </Container>
    );
  }

  return (
    <Container className="max-w-2xl py-12 sm:py-16">
      <Sprout aria-hidden="true" className="size-12 text-moss" />
      <h1 className="mt-4 text-4xl sm:text-5xl">You finished {mine.title}</h1>
      <p className="mt-4 text-lg">
        All {total} lessons, done. That took steady, patient attention to your own body, and it counts.
      </p>
      <p className="mt-4 text-ink-muted">
        The course stays yours: come back to any lesson when stress builds up again. A few minutes of the daily practice, most days, keeps what
        you learned within reach.
      </p>
      <section aria-labelledby="certificate-heading" className="mt-8 rounded-3xl border border-line bg-surface p-6">
        <h2 id="certificate-heading" className="flex items-center gap-2 text-2xl">
          <Award aria-hidden="true" className="size-6 text-moss" /> Your certificate
        </h2>
        {certificate.kind === "issued" ? (
          <>
            <p className="mt-2 text-ink-muted">Made out to {certificate.learnerName}. Keep it, print it, or share the page that confirms it.</p>
            <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-3">
              {/* A file, not a page: a plain link, so the router never prefetches it. */}
              <a href={`/learn/${slug}/certificate.pdf`} download className={buttonClasses()}>
                <Download aria-hidden="true" className="size-5" /> Download the certificate (PDF)
              </a>
              <Link href={`/certificates/${certificate.id}`} className="font-semibold text-moss-strong underline underline-offset-4">
                Its public page
              </Link>
            </div>
            {certificate.correctable ? (
              <details className="mt-6">
                <summary className="cursor-pointer font-semibold text-moss-strong">Name spelled wrong? Correct it</summary>
                <CertificateForm course={slug} suggestedName={certificate.learnerName} correcting />
              </details>
            ) : null}
          </>
        ) : certificate.kind === "ready" ? (
          <>
            <p className="mt-2 text-ink-muted">A certificate of completion with your name, the course and today&apos;s date, and a page where anyone can check it.</p>
            <CertificateForm course={slug} suggestedName={certificate.suggestedName} />
          </>
        ) : null}
      </section>
      <div className="mt-8 flex flex-wrap items-center gap-x-6 gap-y-3">
        <ButtonLink href={`/learn/${slug}`}>Back to the lessons</ButtonLink>
        <ButtonLink href="/routines" variant="secondary">
          Free routines for the days between
        </ButtonLink>
      </div>
      <p className="mt-8 text-ink-muted">
        Want to talk about how it went, or what comes next?{" "}
        <Link href="/consultation" className="font-semibold text-moss-strong underline underline-offset-4">
          Book a free consultation
        </Link>
        .
      </p>
    </Container>
  );
}
