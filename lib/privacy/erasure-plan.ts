/**
 * What erasing a person does to every table, in words (README and docs/privacy.md quote them).
 * `erasePerson` carries it out; `erasure.db.test.ts` walks the live schema and fails when a table
 * is missing here, so a new table with personal columns cannot ship without a decision.
 */
export const ERASURE_PLAN = {
  // Holds the person.
  users: { erased: "deleted; their sessions, sign-in accounts, check-ins, enrolments and lesson progress go with it" },
  accounts: { erased: "deleted with the user" },
  sessions: { erased: "deleted with the user, which signs them out everywhere" },
  verification_tokens: { erased: "unused sign-in links to the address deleted" },
  routine_check_ins: { erased: "deleted with the user" },
  enrollments: { erased: "deleted with the user" },
  lesson_progress: { erased: "deleted with the user" },
  reflections: { erased: "deleted with the user (the learner's private answers under lessons)" },
  certificates: { erased: "deleted with the enrolment; the certificate's public page then says it does not exist" },
  module_open_notices: { erased: "deleted with the enrolment (the record that a part's opening was announced)" },
  subscribers: { erased: "deleted; the welcome letters they were sent go with it" },
  welcome_deliveries: { erased: "deleted with the subscriber" },
  bookings: { erased: "deleted, intake answers and your notes included; the time is free again" },
  orders: { erased: "kept for accounting with the address replaced by a placeholder, the account unlinked and any tax ID removed" },
  email_outbox: { erased: "unsent mail deleted; sent mail kept for the letter counts with address, subject and body blanked" },
  email_delivery_events: { erased: "deleted" },
  email_suppressions: { erased: "deleted" },
  rate_limits: { erased: "counters keyed by the address deleted" },
  people: { erased: "deleted; your notes go with it" },
  person_notes: { erased: "deleted with the person" },
  erased_addresses: { erased: "gains one salted hash of the address, so imports can refuse it; nothing readable" },

  // Holds no one: the coach's own content and settings, or ids that name no person.
  coach_profile: { notPersonal: "the coach's own profile" },
  instalment_payments: { notPersonal: "amounts and invoice ids of a payment plan, kept with their order for accounting; no name or address" },
  invoice_payment_intents: { notPersonal: "provider ids pairing a payment with an invoice; no name or address" },
  booking_settings: { notPersonal: "the coach's booking rules" },
  availability_rules: { notPersonal: "the coach's weekly hours" },
  availability_overrides: { notPersonal: "the coach's days off and extra hours" },
  intake_questions: { notPersonal: "the questions, not the answers (those live on bookings)" },
  external_calendars: { notPersonal: "the coach's own calendars" },
  external_busy_times: { notPersonal: "busy intervals only, no titles or guests" },
  broadcasts: { notPersonal: "the coach's letters" },
  newsletter_settings: { notPersonal: "the coach's welcome letter" },
  welcome_follow_ups: { notPersonal: "the coach's welcome sequence" },
  courses: { notPersonal: "course content" },
  course_modules: { notPersonal: "course content" },
  lessons: { notPersonal: "course content" },
  routines: { notPersonal: "routine content" },
  routine_steps: { notPersonal: "routine content" },
  stored_files: { notPersonal: "pictures the coach uploaded" },
  testimonials: { notPersonal: "what people said, as the coach typed it in with their permission: a name, never an address; the coach deletes one on request" },
  payment_events: { notPersonal: "the payment provider's event ids and types" },
  payment_reversals: { notPersonal: "payment ids with refund or dispute dates, kept for accounting like the order" },
  privacy_salt: { notPersonal: "the salt for erased_addresses" },
  tallies: { notPersonal: "running counts of rows (how many readers, messages, people), no row of anyone" },
} as const satisfies Record<string, { erased: string } | { notPersonal: string }>;

/** The placeholder an order or a sent message keeps instead of the address. */
export const ERASED_DOMAIN = "erased.invalid";
