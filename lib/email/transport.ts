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
}

/** Records nothing beyond the outbox row itself: development and tests read mail in /dev/mailbox. */
export const localTransport: EmailTransport = {
  name: "local",
  async send(email) {
    return { providerMessageId: `local-${email.id}` };
  },
};

// Statuses where trying again cannot succeed: bad request, bad key, forbidden, invalid address.
const PERMANENT_STATUSES = new Set([400, 401, 403, 404, 422]);

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
      if (error || !data) {
        const status = (error as { statusCode?: number | null } | null)?.statusCode ?? null;
        const retryAfter = parseRetryAfter(headers?.["retry-after"], now());
        throw new DeliveryError(
          `Resend${status ? ` ${status}` : ""}: ${error?.message ?? "no response"}`,
          status === 429 ? (retryAfter ?? undefined) : undefined,
          status !== null && PERMANENT_STATUSES.has(status),
        );
      }
      return { providerMessageId: data.id };
    },
  };
}
