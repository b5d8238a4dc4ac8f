import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/app/_ui/container";
import { requireUser } from "@/app/_auth/guards";
import { zoneLabel } from "@/lib/booking/slot-format";
import { visitorWhen } from "@/lib/booking/booking-emails";
import { services } from "@/lib/composition/web";
import { signOutAction } from "./actions";
import { CarryOverCheckIns } from "./carry-over-check-ins";
import { CheckInChart } from "@/app/_ui/check-in-chart";
import { NameForm } from "./name-form";
import { PaymentsList } from "./payments-list";
import { SignOutForm } from "./sign-out-form";
import { ReflectionsList } from "./reflections-list";
import { RequestErasureForm } from "./privacy-forms";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

export default async function AccountPage({ searchParams }: PageProps<"/account">) {
  const session = await requireUser("/account");
  const { account, learning, checkIns, booking, payments } = await services();
  const [user, myCourses, summaries, consultations, myPayments] = await Promise.all([
    account.find(session.id),
    learning.myCourses(session),
    checkIns.summaryFor(session.id),
    booking.bookingsFor(session.email),
    payments.paymentsFor(session.id),
  ]);
  const reflections = await learning.myReflections(session);
  const { invoice } = await searchParams;
  if (!user) notFound();
  return (
    <Container className="max-w-3xl py-12 sm:py-16">
      <h1 className="text-4xl sm:text-5xl">{user.name ? `Hello, ${user.name}` : "Your account"}</h1>
      <p className="mt-3 text-ink-muted">
        Signed in as <strong className="text-ink">{user.email}</strong>
      </p>

      <div className="mt-6">
        <CarryOverCheckIns />
      </div>

      {myCourses.length ? (
        <section aria-labelledby="courses-heading" className="mt-10">
          <h2 id="courses-heading" className="text-2xl">
            Your courses
          </h2>
          <ul className="mt-4 space-y-3">
            {myCourses.map((course) => (
              <li key={course.slug} className="rounded-2xl border border-line bg-surface p-4">
                <p className="font-semibold">{course.title}</p>
                <p className="mt-1 text-sm text-ink-muted">
                  {course.progress.done} of {course.progress.total} lessons complete
                </p>
                <div className="mt-2 h-2 rounded-full bg-sand" role="progressbar" aria-label={`Progress in ${course.title}`} aria-valuenow={course.progress.percent} aria-valuemin={0} aria-valuemax={100}>
                  <div className="h-2 rounded-full bg-moss" style={{ width: `${course.progress.percent}%` }} />
                </div>
                {course.finished ? (
                  <p className="mt-3 flex flex-wrap gap-x-5">
                    <Link href={course.certificateHref} className="inline-flex min-h-11 items-center font-semibold text-moss-strong underline underline-offset-4">
                      You finished: your certificate
                    </Link>
                    <Link href={`/learn/${course.slug}`} className="inline-flex min-h-11 items-center text-ink-muted underline underline-offset-4">
                      Look back at a lesson
                    </Link>
                  </p>
                ) : (
                  <Link href={course.continueHref} className="mt-3 inline-flex min-h-11 items-center font-semibold text-moss-strong underline underline-offset-4">
                    {course.started ? `Continue where you left off${course.continueTitle ? `: ${course.continueTitle}` : ""}` : "Start the course"}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <ReflectionsList reflections={reflections} />

      <PaymentsList payments={myPayments} invoicePending={invoice === "pending"} />

      <section aria-labelledby="consultations-heading" className="mt-10">
        <h2 id="consultations-heading" className="text-2xl">
          Your consultations
        </h2>
        {consultations.length ? (
          <ul className="mt-4 space-y-3">
            {consultations.map(({ booking, manageUrl }) => (
              <li key={booking.id} className="flex flex-wrap items-center justify-between gap-3 rounded-2xl border border-line bg-surface p-4">
                <span className={booking.status === "cancelled" ? "text-ink-muted line-through" : "font-semibold"}>
                  {visitorWhen(booking)} ({zoneLabel(booking.timezone)})
                </span>
                <Link href={manageUrl} className="font-semibold text-moss-strong underline underline-offset-4">
                  {booking.status === "cancelled" ? "Details" : "Move or cancel"}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-ink-muted">
            None yet.{" "}
            <Link href="/consultation" className="font-semibold text-moss-strong underline underline-offset-4">
              Book a free consultation
            </Link>
          </p>
        )}
      </section>

      <section aria-labelledby="check-ins-heading" className="mt-10">
        <h2 id="check-ins-heading" className="text-2xl">
          Your check-ins
        </h2>
        {summaries.length ? (
          <div className="mt-5 grid gap-4 sm:grid-cols-2">
            {summaries.map((summary) => (
              <CheckInChart key={summary.slug} summary={summary} />
            ))}
          </div>
        ) : (
          <p className="mt-3 text-ink-muted">
            When you play a routine with the timer, tell it how tense you feel before and after. Your answers show up here.{" "}
            <Link href="/routines" className="font-semibold text-moss-strong underline underline-offset-4">
              Find a routine
            </Link>
          </p>
        )}
      </section>

      <section aria-labelledby="details-heading" className="mt-10 rounded-3xl border border-line bg-surface p-6 sm:p-8">
        <h2 id="details-heading" className="text-2xl">
          Your details
        </h2>
        <div className="mt-5">
          <NameForm name={user.name} />
        </div>
        <dl className="mt-6 grid gap-1 text-sm text-ink-muted">
          <dt className="font-semibold text-ink">Email</dt>
          <dd>{user.email}</dd>
        </dl>
      </section>

      <section aria-labelledby="data-heading" className="mt-10 rounded-3xl border border-line bg-surface p-6 sm:p-8">
        <h2 id="data-heading" className="text-2xl">
          Your data
        </h2>
        <p className="mt-2 text-ink-muted">
          Download everything this site holds about you as one file: account, check-ins, course progress, bookings, newsletter and the emails sent
          to you.
        </p>
        <a href="/account/export" download className="mt-4 inline-flex min-h-11 items-center rounded-full border border-moss/60 px-6 font-semibold hover:bg-sand">
          Download my data (JSON)
        </a>
        {session.role === "admin" ? null : (
          <div className="mt-8 border-t border-line pt-6">
            <h3 className="text-xl">Erase my data</h3>
            <p className="mt-2 text-ink-muted">
              Removes all of it for good. We email you a link first, so nobody else can do this for you.
            </p>
            <div className="mt-4">
              <RequestErasureForm email={user.email} />
            </div>
          </div>
        )}
      </section>

      {session.role === "admin" ? (
        <p className="mt-6">
          <Link href="/admin" className="font-semibold text-moss-strong underline underline-offset-4">
            Open the back office
          </Link>
        </p>
      ) : null}

      <SignOutForm action={signOutAction} />
    </Container>
  );
}
