/**
 * What other domains may use of the email domain's tables, besides its service: the outbox's
 * statuses and per-letter copy counts (newsletter, dashboard), and the suppression test that every
 * audience query applies, as SQL so it runs inside the caller's own statement.
 */
export { EMAIL_STATUSES, countCopiesByBroadcast, type BatchCopy, type EmailStatus } from "./queries";
export { activeSuppression, activeSuppressionSql, findActiveSuppressions } from "./suppression-queries";

/** Mail's part of a person's records and of their erasure (lib/privacy composes them). */
export { eraseMail, mailRecords } from "./personal-data-queries";
