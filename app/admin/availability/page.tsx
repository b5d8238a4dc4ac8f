import { requireAdmin } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { formatIntervals } from "@/lib/booking/intervals";
import { localDate } from "@/lib/platform/time/zones";
import { requestTime } from "@/lib/platform/request-time";
import { getPublicCoachProfile } from "@/lib/composition/public-reads";
import { calendarStatus } from "@/lib/calendars/status";
import { env } from "@/lib/platform/env";
import { readCalendarNow, removeCalendar, removeOverride, removeQuestion, renewCalendarFeed, stopCalendarFeed } from "./actions";
import { CalendarForm, OverrideForm, QuestionForm, SettingsForm, WeekForm } from "./forms";
import { adminTitle } from "@/app/admin/admin-title";

export const generateMetadata = adminTitle("Availability");

const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
const section = "rounded-3xl border border-line bg-surface p-4 sm:p-6";

export default async function AvailabilityPage() {
  await requireAdmin();
  const service = (await services()).availability;
  const { booking, calendars: calendarService } = await services();
  const [availability, coach, now, feedAddress, calendars] = await Promise.all([service.load(), getPublicCoachProfile(), requestTime(), booking.calendarFeedAddress(), calendarService.list()]);
  const zone = coach?.timezone ?? "UTC";
  const overrides = await service.listUpcomingOverrides(localDate(new Date(now), zone));
  const week = Object.fromEntries(
    [0, 1, 2, 3, 4, 5, 6].map((weekday) => [weekday, formatIntervals(availability.rules.filter((rule) => rule.weekday === weekday))]),
  );
  const { settings } = availability;

  return (
    <>
      <h1 className="text-4xl">Availability</h1>
      <p className="mt-2 text-ink-muted">When people can book a free consultation. All times are in your zone, {zone}.</p>

      <section aria-labelledby="week-heading" className={`mt-8 ${section}`}>
        <h2 id="week-heading" className="text-2xl">Weekly hours</h2>
        <div className="mt-4"><WeekForm week={week} /></div>
      </section>

      <section aria-labelledby="dates-heading" className={`mt-6 ${section}`}>
        <h2 id="dates-heading" className="text-2xl">Dates that differ</h2>
        {overrides.length ? (
          <ul className="mt-4 space-y-2">
            {overrides.map((override) => (
              <li key={override.id} className="flex flex-wrap items-center justify-between gap-3 rounded-2xl border border-line p-3">
                <span>
                  <strong>{override.date}</strong>{" "}
                  {override.startMinute === null
                    ? "day off"
                    : `${override.kind === "extra" ? "extra hours" : "not available"} ${clock(override.startMinute)}–${clock(override.endMinute!)}`}
                  {override.note ? ` · ${override.note}` : ""}
                </span>
                <form action={removeOverride}>
                  <input type="hidden" name="id" value={override.id} />
                  <button type="submit" className="inline-flex min-h-11 items-center rounded-full border border-line px-4 text-sm hover:bg-sand">
                    Remove<span className="sr-only"> {override.date}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-ink-muted">No changes planned.</p>
        )}
        <div className="mt-6"><OverrideForm /></div>
      </section>

      <section aria-labelledby="calendars-heading" className={`mt-6 ${section}`}>
        <h2 id="calendars-heading" className="text-2xl">Your other calendars</h2>
        <p className="mt-2 text-ink-muted">
          Connect the calendars you already live in, and nobody can book a call over a class, a retreat or the dentist. Only busy times are read,
          never titles, every {env().CALENDAR_SYNC_MINUTES} minutes. Events marked “free” stay bookable.
        </p>
        <details className="mt-3 rounded-2xl border border-line p-4">
          <summary className="cursor-pointer font-semibold">Where to find a calendar’s secret address</summary>
          <dl className="mt-3 space-y-3 text-sm">
            <div><dt className="font-semibold">Google Calendar</dt><dd>On a computer: Settings → your calendar under “Settings for my calendars” → Integrate calendar → “Secret address in iCal format”.</dd></div>
            <div><dt className="font-semibold">iCloud (Apple Calendar)</dt><dd>On icloud.com/calendar: the share icon next to the calendar → tick “Public Calendar” → copy the webcal:// address.</dd></div>
            <div><dt className="font-semibold">Outlook.com and Microsoft 365</dt><dd>Settings → Calendar → Shared calendars → Publish a calendar → choose “Can view all details” → copy the ICS link.</dd></div>
            <div><dt className="font-semibold">Fastmail</dt><dd>Settings → Calendars → the calendar’s Edit & share → “Share with the world (read-only)” → copy the iCalendar (.ics) address.</dd></div>
          </dl>
          <p className="mt-3 text-sm text-ink-muted">Treat the address like a password: anyone with it can read that calendar.</p>
        </details>
        {calendars.length ? (
          <ul className="mt-4 space-y-3">
            {calendars.map((calendar) => {
              const status = calendarStatus(calendar, new Date(now));
              return (
                <li key={calendar.id} className="rounded-2xl border border-line p-4">
                  <p className="font-semibold">
                    {calendar.label} <span className="font-normal text-ink-muted">· {calendar.host}</span>
                  </p>
                  <p className={`mt-1 text-sm ${status.tone === "problem" ? "text-danger" : "text-ink-muted"}`}>
                    {status.tone === "problem" ? <strong>Problem: </strong> : null}
                    {status.text}
                  </p>
                  {calendar.readNotice ? (
                    <p className="mt-1 text-sm">
                      <strong>Left out: </strong>
                      {calendar.readNotice}
                    </p>
                  ) : null}
                  <div className="mt-3 flex flex-wrap gap-2">
                    <form action={readCalendarNow}>
                      <input type="hidden" name="id" value={calendar.id} />
                      <button type="submit" className="inline-flex min-h-11 items-center rounded-full border border-line px-4 text-sm hover:bg-sand">
                        Read now<span className="sr-only"> {calendar.label}</span>
                      </button>
                    </form>
                    <form action={removeCalendar}>
                      <input type="hidden" name="id" value={calendar.id} />
                      <button type="submit" className="inline-flex min-h-11 items-center rounded-full border border-line px-4 text-sm text-danger hover:bg-sand">
                        Remove<span className="sr-only"> {calendar.label}</span>
                      </button>
                    </form>
                  </div>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="mt-3 text-ink-muted">No calendars connected yet.</p>
        )}
        <h3 className="mt-6 font-sans text-lg font-semibold">Add a calendar</h3>
        <div className="mt-3"><CalendarForm /></div>
      </section>

      <section aria-labelledby="settings-heading" className={`mt-6 ${section}`}>
        <h2 id="settings-heading" className="text-2xl">Calls and rules</h2>
        <div className="mt-4">
          <SettingsForm
            values={{
              slotMinutes: settings.slotMinutes,
              bufferBeforeMinutes: settings.bufferBeforeMinutes,
              bufferAfterMinutes: settings.bufferAfterMinutes,
              minNoticeHours: Math.round(settings.minNoticeMinutes / 60),
              horizonDays: settings.horizonDays,
              dailyCap: settings.dailyCap,
              cancelCutoffHours: Math.round(settings.cancelCutoffMinutes / 60),
              location: settings.location,
              locationKind: settings.locationKind,
            }}
          />
        </div>
      </section>

      <section aria-labelledby="questions-heading" className={`mt-6 ${section}`}>
        <h2 id="questions-heading" className="text-2xl">Questions before the call</h2>
        <ol className="mt-4 space-y-6">
          {availability.questions.map((question, index) => (
            <li key={question.id} className="rounded-2xl border border-line p-4">
              <p className="text-sm font-semibold text-ink-muted">Question {index + 1}</p>
              <QuestionForm question={question} submitLabel="Save question" />
              <form action={removeQuestion} className="mt-2">
                <input type="hidden" name="id" value={question.id} />
                <button type="submit" className="inline-flex min-h-11 items-center rounded-full border border-line px-4 text-sm text-danger">
                  Remove question {index + 1}
                </button>
              </form>
            </li>
          ))}
        </ol>
        <h3 className="mt-6 font-sans text-lg font-semibold">Add a question</h3>
        <div className="mt-3">
          <QuestionForm question={{ label: "", kind: "short_text", options: [], required: false }} submitLabel="Add question" />
        </div>
      </section>

      <section aria-labelledby="feed-heading" className={`mt-6 ${section}`}>
        <h2 id="feed-heading" className="text-2xl">Your bookings in your own calendar</h2>
        <p className="mt-2 text-ink-muted">
          A private address your calendar app subscribes to (Google Calendar: Other calendars → From URL; Apple Calendar: File → New Calendar
          Subscription; Outlook: Add calendar → Subscribe from web). Every booking shows with the visitor’s name, email and answers, and a link to
          your bookings page here (never the visitor’s own link to move or cancel); cancelled ones disappear.
          Calendar apps refresh it every few hours. Anyone with the address can read it: if it leaks, make a new one.
        </p>
        {feedAddress ? (
          <>
            <label className="mt-4 block">
              <span className="block font-semibold">Feed address</span>
              <input readOnly value={feedAddress} className="mt-1.5 block w-full rounded-xl border border-line bg-linen px-4 py-3 font-mono text-sm" />
            </label>
            <p className="mt-3 flex flex-wrap gap-3">
              <a href={feedAddress.replace(/^https?:/, "webcal:")} className="inline-flex min-h-11 items-center rounded-full bg-moss px-5 font-semibold text-on-moss">Open in my calendar app</a>
            </p>
            <div className="mt-3 flex flex-wrap gap-3">
              <form action={renewCalendarFeed}>
                <button type="submit" className="min-h-11 rounded-full border border-line px-5 font-semibold hover:border-moss">Make a new address (the old one stops working)</button>
              </form>
              <form action={stopCalendarFeed}>
                <button type="submit" className="min-h-11 rounded-full border border-line px-5 font-semibold hover:border-moss">Turn the feed off</button>
              </form>
            </div>
          </>
        ) : (
          <form action={renewCalendarFeed} className="mt-4">
            <button type="submit" className="min-h-11 rounded-full bg-moss px-5 font-semibold text-on-moss">Turn on the calendar feed</button>
          </form>
        )}
      </section>
    </>
  );
}
