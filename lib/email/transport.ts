import { Resend } from "resend";
import { parseRetryAfter, type DeliveryFailure } from "./retry";

export interface OutgoingEmail {
  id: string;
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  attachments: { filename: string; contentType: string; content: string }[];
}

export class DeliveryError extends Error implements DeliveryFailure {
  constructor(
    message: string,
    readonly retryAfterSeconds?: number,
    readonly permanent = false,
  ) {
    super(message);
    this.name = "DeliveryError";
  }
}

export interface EmailTransport {
  readonly name: "resend" | "local";
  /** Resolves with the provider's message id, or throws a DeliveryError. */
  send(email: OutgoingEmail): Promise<{ providerMessageId: string }>;
  /**
   * Up to 100 messages in one call (no attachments), all or none. The same key with the same
   * messages is answered from the provider's memory instead of sending again.
   */
  sendBatch(emails: OutgoingEmail[], idempotencyKey: string): Promise<{ providerMessageIds: string[] }>;
}

/** Records nothing beyond the outbox row itself: development and tests read mail in /dev/mailbox. */
export const localTransport: EmailTransport = {
  name: "local",
  async send(email) {
    return { providerMessageId: `local-${email.id}` };
  },
  async sendBatch(emails) {
    return { providerMessageIds: emails.map((email) => `local-${email.id}`) };
  },
};

// Statuses where trying again cannot succeed: bad request, bad key, forbidden, invalid address.
const PERMANENT_STATUSES = new Set([400, 401, 403, 404, 422]);

function deliveryError(error: { message?: string } | null, headers: Record<string, string> | null | undefined, now: Date) {
  const status = (error as { statusCode?: number | null } | null)?.statusCode ?? null;
  const retryAfter = parseRetryAfter(headers?.["retry-after"], now);
  return new DeliveryError(
    `Resend${status ? ` ${status}` : ""}: ${error?.message ?? "no response"}`,
    status === 429 ? (retryAfter ?? undefined) : undefined,
    status !== null && PERMANENT_STATUSES.has(status),
  );
}

export function resendTransport(apiKey: string, now: () => Date = () => new Date()): EmailTransport {
  const resend = new Resend(apiKey);
  return {
    name: "resend",
    async send(email) {
      const { data, error, headers } = await resend.emails.send(
        {
          from: email.from,
          to: email.to,
          subject: email.subject,
          html: email.html,
          text: email.text,
          headers: Object.keys(email.headers).length ? email.headers : undefined,
          attachments: email.attachments.length
            ? email.attachments.map((attachment) => ({ filename: attachment.filename, content: attachment.content, contentType: attachment.contentType }))
            : undefined,
        },
        // One key per outbox message: a retry after a timeout can never send a second copy.
        { idempotencyKey: `outbox-${email.id}` },
      );
      if (error || !data) throw deliveryError(error, headers, now());
      return { providerMessageId: data.id };
    },
    async sendBatch(emails, idempotencyKey) {
      const { data, error, headers } = await resend.batch.send(
        emails.map((email) => ({
          from: email.from,
          to: email.to,
          subject: email.subject,
          html: email.html,
          text: email.text,
          headers: Object.keys(email.headers).length ? email.headers : undefined,
        })),
        { idempotencyKey },
      );
      if (error || !data) throw deliveryError(error, headers, now());
      const ids = data.data.map((entry) => entry.id);
      if (ids.length !== emails.length) throw new DeliveryError(`Resend accepted ${ids.length} of ${emails.length} messages in a batch.`);
      return { providerMessageIds: ids };
    },
  };
}
