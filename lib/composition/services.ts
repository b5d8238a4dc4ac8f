import type PgBoss from "pg-boss";
import type { Database, Executor } from "@/db/connect";
import { createBookingService, type BookingServiceDeps } from "@/lib/booking/service";
import { createAvailabilityService } from "@/lib/booking/availability-service";
import { createCourseAdminService } from "@/lib/course/authoring/service";
import { createLearningService } from "@/lib/course/learning/service";
import { createEmailService } from "@/lib/email/service";
import type { EmailTransport } from "@/lib/email/transport";
import { adminEmails, authSecret, resendWebhookSecret, stripeWebhookSecret, type Env } from "@/lib/platform/env";
import { createPeopleService } from "@/lib/people/service";
import { createPrivacyService } from "@/lib/privacy/service";
import { createDeliveryEventService } from "@/lib/email/delivery-events";
import { bossDb, QUEUES } from "@/lib/platform/queue/boss";
import { createSubscriberAdmin } from "@/lib/newsletter/admin";
import { createBroadcastService } from "@/lib/newsletter/broadcast-service";
import { createNewsletterService } from "@/lib/newsletter/service";
import { createOrderAdminService } from "@/lib/payments/orders/admin-service";
import { createCheckoutService } from "@/lib/payments/checkout/service";
import type { PaymentDeps } from "@/lib/payments/context";
import type { PaymentProvider } from "@/lib/payments/provider";
import { createWebhookService } from "@/lib/payments/stripe/webhook-service";
import { createPlanEndingService } from "@/lib/payments/plans/ending-service";
import { createAccountPaymentService } from "@/lib/payments/orders/account-service";
import { createLocalCheckout } from "@/lib/payments/local-provider/provider";
import type { FileStorage } from "@/lib/platform/storage/storage";
import { fileStorageFor, localPaymentConfigFor } from "./infrastructure";
import { createRoutineService } from "@/lib/routines/service";
import { createTestimonialService } from "@/lib/testimonials/service";
import { createDripNoticeService } from "@/lib/course/drip/service";
import { createCertificateService } from "@/lib/course/certificates/service";
import { createAccountService } from "@/lib/account/service";
import { createDashboardService } from "@/lib/admin/dashboard";
import { createCheckInService } from "@/lib/check-ins/service";
import { createCalendarThreads } from "@/lib/calendars/read-calendar-file";
import { createCalendarService } from "@/lib/calendars/service";
import { createSiteService } from "@/lib/site/service";
import { loadCoach } from "@/lib/site/queries";

/** What every service is built from: the one place production, the worker and the tests differ. */
export interface Infrastructure {
  db: Database;
  boss: PgBoss;
  transport: EmailTransport;
  config: Env;
  /** Stripe, the local test checkout, or null when payments are not configured. */
  paymentProvider: PaymentProvider | null;
  /** Uploaded pictures; by default as the configuration says (fileStorageFor). */
  files?: FileStorage;
  /** Told after a booking was made, moved or cancelled, so cached free times refresh. */
  onBusyTimesChanged?: BookingServiceDeps["onBusyTimesChanged"];
  now?: () => Date;
}

/**
 * Every domain service, wired once from the infrastructure. The web app, `npm run worker` and the
 * database tests all build them here, so what a test exercises is what production runs.
 */
export function createServices(infra: Infrastructure) {
  const { db, boss, transport, config, now } = infra;
  const secret = authSecret(config);
  const coach = (executor: Executor = db) => loadCoach(executor, config);
  /** Uploaded pictures; by default as the configuration says. */
  const files = infra.files ?? fileStorageFor(config, db);
  const site = createSiteService(db, files);
  // Five seconds of work per calendar once its file has arrived; DEFAULT_BUDGET ends well inside it.
  const calendarThreads = createCalendarThreads({ workBudgetMs: 5_000 });

  const email = createEmailService({
    db,
    boss,
    transport,
    from: { transactional: config.EMAIL_FROM, newsletter: config.NEWSLETTER_FROM },
    ...(now ? { now } : {}),
  });

  const paymentDeps: PaymentDeps = { db, email, appUrl: config.APP_URL, authSecret: secret, coach, ...(now ? { now } : {}) };
  const webhookSecret = stripeWebhookSecret(config);
  const deliverySecret = resendWebhookSecret(config);
  const people = createPeopleService({ db, ...(now ? { now } : {}) });

  return {
    email,
    booking: createBookingService({
      db,
      email,
      appUrl: config.APP_URL,
      secret,
      coach,
      scheduleReminder: async (tx, job, runAt) => {
        await boss.send(QUEUES.bookingReminder, job, { db: bossDb(tx), startAfter: runAt });
      },
      onBusyTimesChanged: infra.onBusyTimesChanged,
      ...(now ? { now } : {}),
    }),
    availability: createAvailabilityService(db),
    calendars: createCalendarService({
      db,
      queueRead: async (tx, calendarId) => {
        await boss.send(QUEUES.readCalendar, { calendarId }, { db: bossDb(tx) });
      },
      coachTimeZone: async () => (await coach()).timeZone,
      intervalMs: config.CALENDAR_SYNC_MINUTES * 60_000,
      limits: { timeoutMs: 15_000, maxBytes: 5_000_000, allowPrivateAddresses: config.CALENDAR_ALLOW_PRIVATE_ADDRESSES === "1" },
      readFile: calendarThreads.read,
      stopReads: calendarThreads.stopAll,
      onBusyTimesChanged: infra.onBusyTimesChanged,
      ...(now ? { now } : {}),
    }),
    newsletter: createNewsletterService({
      db,
      email,
      appUrl: config.APP_URL,
      secret,
      coachName: async () => (await coach()).name,
      scheduleFollowUp: async (tx, job, runAt) => {
        await boss.send(QUEUES.welcomeFollowUp, job, { db: bossDb(tx), startAfter: runAt });
      },
      ...(now ? { now } : {}),
    }),
    subscribers: createSubscriberAdmin(db),
    people,
    privacy: createPrivacyService({
      db,
      email,
      appUrl: config.APP_URL,
      secret,
      coachName: async () => (await coach()).name,
      adminEmails: adminEmails(config),
      onErased: (summary) => {
        people.forgetCounts();
        if (summary.bookings > 0) infra.onBusyTimesChanged?.();
      },
      ...(now ? { now } : {}),
    }),
    broadcasts: createBroadcastService({
      db,
      boss,
      email,
      appUrl: config.APP_URL,
      secret,
      coachName: async () => (await coach()).name,
      ...(now ? { now } : {}),
    }),
    checkout: infra.paymentProvider ? createCheckoutService({ ...paymentDeps, provider: infra.paymentProvider }) : null,
    webhook: webhookSecret ? createWebhookService({ ...paymentDeps, webhookSecret }) : null,
    /** Resend's delivery events and the suppressions they make; null without a signing secret. */
    deliveryEvents: deliverySecret ? createDeliveryEventService({ db, webhookSecret: deliverySecret, ...(now ? { now } : {}) }) : null,
    orders: createOrderAdminService({ db, provider: infra.paymentProvider, ...(now ? { now } : {}) }),
    payments: createAccountPaymentService({ ...paymentDeps, provider: infra.paymentProvider }),
    planEnding: createPlanEndingService({ db, provider: infra.paymentProvider, ...(now ? { now } : {}) }),
    /** The test checkout page; null unless payments run locally (never on a live site). */
    localCheckout: (() => {
      const local = localPaymentConfigFor(config);
      return local ? createLocalCheckout(db, local) : null;
    })(),
    learning: createLearningService({ db, ...(now ? { now } : {}) }),
    dripNotices: createDripNoticeService({ db, email, appUrl: config.APP_URL, coach, ...(now ? { now } : {}) }),
    courseAdmin: createCourseAdminService({ db, ...(now ? { now } : {}) }),
    routines: createRoutineService({ db, files, ...(now ? { now } : {}) }),
    checkIns: createCheckInService(db),
    site,
    certificates: createCertificateService({
      db,
      appUrl: config.APP_URL,
      coach,
      coachHeadline: async () => (await site.profile())?.headline ?? "Movement and somatic coach",
      ...(now ? { now } : {}),
    }),
    testimonials: createTestimonialService({ db, files }),
    account: createAccountService(db),
    dashboard: createDashboardService(db),
  };
}

export type Services = ReturnType<typeof createServices>;
