import { createHash, randomBytes } from "node:crypto";
import type { Database } from "@/db/connect";
import type { PaymentDeps } from "../context";
import { fulfilCheckoutSession } from "../orders/fulfilment";
import { checkoutSessionSchema } from "../stripe/payloads";
import { checkoutUrls, type PaymentProvider } from "../provider";
import { insertSession } from "@/lib/auth/public";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-cookie";
import { browserEntry } from "./browser-entry";
import { findBuyerAccount, findOrderBySession, lockBuyerAccount, findPaymentSettings, findPublishedCourseBySlug, hasActiveEnrollment, insertOrder, lockOrderBySession, markBrowserBindingUsed, updateOrder } from "../queries";

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
      /** This browser may be signed in as the buyer at once (browser-entry.ts), instead of via the emailed link. */
      canEnter: boolean;
      /** A payment plan: how many monthly payments of how much (the first is this one). */
      plan: { count: number; amount: number; currency: string } | null;
    };

export type EnterCourseResult = { kind: "signed-in"; sessionToken: string; expires: Date; coursePath: string } | { kind: "use-the-link" };

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

export function createCheckoutService(deps: PaymentDeps & { provider: PaymentProvider }) {
  const db: Database = deps.db;
  const now = deps.now ?? (() => new Date());

  return {
    /**
     * Buy: a pending order at today's price, then a provider session for exactly that order.
     * The price always comes from our database, never from the form.
     */
    async startCheckout(input: { courseSlug: string; user: { id: string; email: string } | null; plan?: "full" | "instalments"; prefillEmail?: string | null }): Promise<StartCheckoutResult> {
      const course = await findPublishedCourseBySlug(db, input.courseSlug);
      if (!course) return { kind: "error", message: "That course is not for sale." };
      if (input.user && (await hasActiveEnrollment(db, input.user.id, course.id))) return { kind: "enrolled", href: `/learn/${course.slug}` };
      const instalments = input.plan === "instalments" ? (course.instalmentCount && course.instalmentAmount ? { count: course.instalmentCount, amount: course.instalmentAmount } : null) : null;
      if (input.plan === "instalments" && !instalments) return { kind: "error", message: "This course is not offered in monthly payments any more. You can still buy it at the full price." };
      const settings = await findPaymentSettings(db);
      const amount = instalments ? instalments.amount : course.priceAmount;
      const browserBinding = randomBytes(32).toString("base64url");
      const order = await insertOrder(db, {
          courseId: course.id,
          amount,
          plan: instalments ? "instalments" : "full",
          instalmentCount: instalments?.count ?? null,
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
          amount,
          currency: course.currency,
          // A signed-in buyer's own address; otherwise what a stranger typed last time, only to save
          // typing it again (never on the order: the payment page's address is the one that counts).
          customerEmail: input.user?.email ?? input.prefillEmail ?? null,
          ...checkoutUrls(deps.appUrl, course.slug),
          plan: instalments ? { kind: "instalments", count: instalments.count } : { kind: "full" },
          tax: { collect: settings.collectTax, pricesIncludeTax: settings.pricesIncludeTax },
          issueInvoice: settings.issueInvoices,
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
    async checkoutStatus(sessionId: string, browserBinding: string | null = null, viewerUserId: string | null = null): Promise<CheckoutStatus> {
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
      // browserEntry is the one rule: its refusals for payment or account still mean "this browser".
      const bindingHash = browserBinding === null ? null : sha256(browserBinding);
      const account = bindingHash !== null && bindingHash === order.browserBindingHash && order.userId ? await findBuyerAccount(db, order.userId) : null;
      const entry = browserEntry({ order, account, bindingHash, now: now() });
      const bound = entry.ok || entry.reason === "not-paid" || entry.reason === "existing-account";
      const canEnter = entry.ok;
      // The buyer, signed in (the paying browser after /checkout/enter, or later from the receipt's link), sees their own address.
      const buyer = viewerUserId !== null && viewerUserId === order.userId;
      const plan = order.plan === "instalments" && order.instalmentCount ? { count: order.instalmentCount, amount: order.amount, currency: order.currency } : null;
      return { state, courseSlug: course.slug, courseTitle: course.title, email: bound || buyer ? order.email : null, boundToThisBrowser: bound, canEnter, plan };
    },

    /**
     * The paying browser's way in: spends its binding once and opens a session for the account
     * the checkout created. Anything else (another browser, a second try, an older account) gets
     * "use-the-link": the receipt's sign-in link, which proves the mailbox.
     */
    async enterCourse(sessionId: string, browserBinding: string | null): Promise<EnterCourseResult> {
      if (!browserBinding) return { kind: "use-the-link" };
      const at = now();
      return db.transaction(async (tx): Promise<EnterCourseResult> => {
        const found = await lockOrderBySession(tx, sessionId);
        if (!found) return { kind: "use-the-link" };
        const account = found.order.userId ? await lockBuyerAccount(tx, found.order.userId) : null;
        if (!account || !browserEntry({ order: found.order, account, bindingHash: sha256(browserBinding), now: at }).ok) return { kind: "use-the-link" };
        if (!(await markBrowserBindingUsed(tx, found.order.id, at))) return { kind: "use-the-link" };
        const sessionToken = randomBytes(32).toString("hex");
        const expires = new Date(at.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
        // A session that proves nothing about the address: the course, no role, no account (decision 0022).
        await insertSession(tx, { sessionToken, userId: account.id, expires, proof: "checkout" });
        return { kind: "signed-in", sessionToken, expires, coursePath: `/learn/${found.course.slug}` };
      });
    },
  };
}

export type CheckoutService = ReturnType<typeof createCheckoutService>;
