import { createHash, randomBytes } from "node:crypto";
import type { Database } from "@/db/connect";
import type { PaymentDeps } from "./context";
import { fulfilCheckoutSession } from "./fulfilment";
import { checkoutSessionSchema } from "./payloads";
import { checkoutUrls, type PaymentProvider } from "./provider";
import { findOrderBySession, findPublishedCourseBySlug, hasActiveEnrollment, insertOrder, updateOrder } from "./queries";

export type StartCheckoutResult =
  | { kind: "redirect"; url: string; sessionId: string; browserBinding: string }
  | { kind: "enrolled"; href: string }
  | { kind: "error"; message: string };

export type CheckoutStatus =
  | { state: "unknown" }
  | {
      state: "confirming" | "paid" | "failed" | "needs-attention";
      courseSlug: string;
      courseTitle: string;
      /** Only for the browser that started this checkout; a copied success link shows nobody's address. */
      email: string | null;
      boundToThisBrowser: boolean;
    };

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
/** How long the browser that paid stays recognised on its way back. */
export const BROWSER_BINDING_MS = 60 * 60 * 1000;

export function createCheckoutService(deps: PaymentDeps & { provider: PaymentProvider }) {
  const db: Database = deps.db;
  const now = deps.now ?? (() => new Date());

  return {
    /**
     * Buy: a pending order at today's price, then a provider session for exactly that order.
     * The price always comes from our database, never from the form.
     */
    async startCheckout(input: { courseSlug: string; user: { id: string; email: string } | null }): Promise<StartCheckoutResult> {
      const course = await findPublishedCourseBySlug(db, input.courseSlug);
      if (!course) return { kind: "error", message: "That course is not for sale." };
      if (input.user && (await hasActiveEnrollment(db, input.user.id, course.id))) return { kind: "enrolled", href: `/learn/${course.slug}` };
      const browserBinding = randomBytes(32).toString("base64url");
      const order = await insertOrder(db, {
          courseId: course.id,
          amount: course.priceAmount,
          currency: course.currency,
          email: input.user?.email ?? null,
          userId: input.user?.id ?? null,
          provider: deps.provider.name,
          browserBindingHash: sha256(browserBinding),
      });
      try {
        const session = await deps.provider.createCheckoutSession({
          orderId: order.id,
          course: { id: course.id, title: course.title },
          amount: course.priceAmount,
          currency: course.currency,
          customerEmail: input.user?.email ?? null,
          ...checkoutUrls(deps.appUrl, course.slug),
        });
        await updateOrder(db, order.id, { checkoutSessionId: session.id });
        return { kind: "redirect", url: session.url, sessionId: session.id, browserBinding };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        await updateOrder(db, order.id, { status: "failed", note: `Could not open a checkout: ${reason}` });
        return { kind: "error", message: "We could not open the payment page just now. Nothing was charged; please try again in a minute." };
      }
    },

    /**
     * What the success page shows. While the webhook has not arrived it asks the provider and, if
     * the session is paid, runs the same fulfilment the webhook runs (never a second writer).
     */
    async checkoutStatus(sessionId: string, browserBinding: string | null = null): Promise<CheckoutStatus> {
      let found = await findOrderBySession(db, sessionId);
      if (!found) return { state: "unknown" };
      if (found.order.status === "pending") {
        const remote = await deps.provider.retrieveCheckoutSession(sessionId).catch(() => null);
        const session = checkoutSessionSchema.safeParse(remote);
        if (session.success && session.data.payment_status !== "unpaid") {
          await db.transaction((tx) => fulfilCheckoutSession(tx, deps, session.data, now()));
          found = (await findOrderBySession(db, sessionId))!;
        }
      }
      const { order, course } = found;
      const state =
        order.status === "paid"
          ? "paid"
          : order.status === "pending"
            ? "confirming"
            : order.status === "failed" || order.status === "expired"
              ? "failed"
              : "needs-attention";
      const bound =
        browserBinding !== null &&
        order.browserBindingHash === sha256(browserBinding) &&
        !order.browserBindingUsedAt &&
        now().getTime() - order.createdAt.getTime() < BROWSER_BINDING_MS;
      return { state, courseSlug: course.slug, courseTitle: course.title, email: bound ? order.email : null, boundToThisBrowser: bound };
    },
  };
}

export type CheckoutService = ReturnType<typeof createCheckoutService>;
