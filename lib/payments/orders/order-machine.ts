import type { OrderStatus } from "@/db/schema";

/**
 * An order's life as one pure function: given what the order is now and what just happened, the
 * status it moves to, what happens to the course access it paid for, who is told, and whether its
 * plan must stop or its money go back. Stripe promises neither order nor uniqueness of events, so
 * every state answers every event (order-machine.test.ts walks the whole table); the webhook's
 * handlers and fulfilment apply the answer (order-writer.ts), and nothing else changes a status.
 *
 * The rule that runs through the table: a stopped, refunded, disputed or erased order never gets
 * access back from a later event, except a dispute the coach wins.
 */
export interface OrderFacts {
  status: OrderStatus;
  plan: "full" | "instalments";
  /** The plan's subscription has ended (customer.subscription.deleted arrived). */
  planStopped: boolean;
  /** We asked for the plan to stop: paid off, refunded, or its buyer erased. */
  planEnding: boolean;
  /** Every instalment is paid (counted before the event is decided). */
  paidOff: boolean;
  /** The buyer's address was erased after this order was started. */
  erased: boolean;
}

export type OrderEvent =
  | "checkout-paid"
  | "checkout-mismatch"
  | "checkout-failed"
  | "checkout-expired"
  | "refunded"
  | "disputed"
  | "dispute-won"
  | "instalment-paid"
  | "instalment-declined"
  | "instalment-declined-final"
  | "plan-stopped"
  | "erased";

export const ORDER_EVENTS: readonly OrderEvent[] = [
  "checkout-paid",
  "checkout-mismatch",
  "checkout-failed",
  "checkout-expired",
  "refunded",
  "disputed",
  "dispute-won",
  "instalment-paid",
  "instalment-declined",
  "instalment-declined-final",
  "plan-stopped",
  "erased",
];

export type AccessChange = "grant" | "revoke" | "restore" | "keep";
export type Audience = "buyer" | "coach";

export interface Transition {
  status: OrderStatus;
  access: AccessChange;
  tell: readonly Audience[];
  /** Ask the sweep to cancel the plan's subscription. */
  endPlan: boolean;
  /** Ask the sweep to give the money back (a payment for an erased address). */
  refund: boolean;
  /** Short words for the log and the tests: why this is the answer. */
  why: string;
}

const stay = (facts: OrderFacts, why: string, tell: readonly Audience[] = []): Transition => ({ status: facts.status, access: "keep", tell, endPlan: false, refund: false, why });
const to = (status: OrderStatus, access: AccessChange, why: string, extra: Partial<Omit<Transition, "status" | "access" | "why">> = {}): Transition => ({
  status,
  access,
  tell: extra.tell ?? [],
  endPlan: extra.endPlan ?? false,
  refund: extra.refund ?? false,
  why,
});

/** Access was never granted for these; a checkout event may still settle them. */
const UNSETTLED = new Set<OrderStatus>(["pending", "failed", "expired"]);

export function transition(facts: OrderFacts, event: OrderEvent): Transition {
  const isPlan = facts.plan === "instalments";
  const planOver = facts.paidOff || facts.planEnding;

  if (UNSETTLED.has(facts.status)) {
    switch (event) {
      case "checkout-paid":
        // Erasure won the race: keep nothing that names them, send nothing, give the money back.
        if (facts.erased) return to("refunded", "keep", "paid for an address erased during the checkout: refund, tell no one", { endPlan: isPlan, refund: true });
        return to("paid", "grant", "paid: open the course and send the receipt", { tell: ["buyer"] });
      case "checkout-mismatch":
        return to("mismatch", "keep", "the payment does not match the order: the coach checks it", { tell: ["coach"] });
      case "checkout-failed":
        return facts.status === "pending" ? to("failed", "keep", "the bank declined after checkout") : stay(facts, "already closed");
      case "checkout-expired":
        return facts.status === "pending" ? to("expired", "keep", "the checkout was left unfinished") : stay(facts, "already closed");
      case "refunded":
        return to("refunded", "keep", "refunded before access was granted: it never will be", { endPlan: isPlan });
      case "disputed":
        return to("disputed", "keep", "disputed before access was granted: it never will be");
      default:
        // Instalments counted before the checkout event, declines, a stopped plan, an erasure (which
        // anonymises the order): the checkout event decides.
        return stay(facts, "the checkout event decides");
    }
  }

  switch (facts.status) {
    case "paid":
      switch (event) {
        case "refunded":
          return to("refunded", "revoke", "refunded in full: access removed", { tell: ["coach"], endPlan: isPlan });
        case "disputed":
          return to("disputed", "revoke", "a dispute pauses access", { tell: ["coach"] });
        case "instalment-paid":
          return { ...stay(facts, facts.paidOff ? "the last instalment: stop the plan" : "an instalment counted"), endPlan: isPlan && facts.paidOff && !facts.planEnding };
        case "instalment-declined":
          return planOver ? stay(facts, "paid off or ending: nothing is owed") : stay(facts, "Stripe retries: access stays, the buyer is told", ["buyer"]);
        case "instalment-declined-final":
          return planOver ? stay(facts, "paid off or ending: nothing is owed") : to("unpaid", "revoke", "the last retry failed: access pauses", { tell: ["buyer", "coach"] });
        case "plan-stopped":
          return planOver ? stay(facts, "the plan ended as asked") : to("unpaid", "revoke", "stopped in Stripe before it was paid off: access pauses", { tell: ["coach"] });
        case "erased":
          return { ...stay(facts, "kept for the accounts, anonymised"), endPlan: isPlan && !facts.planEnding };
        default:
          return stay(facts, "already settled");
      }
    case "unpaid":
      switch (event) {
        case "instalment-paid":
          // A plan stopped in Stripe stays stopped: a late invoice.paid must not reopen it (decision 0022).
          if (facts.planStopped) return stay(facts, "the plan was stopped: money counted, access stays paused", ["coach"]);
          if (facts.erased) return stay(facts, "erased: nothing to restore");
          return to("paid", "restore", "the overdue instalment was paid: access is back", { tell: ["coach"] });
        case "instalment-declined":
        case "instalment-declined-final":
          return planOver || facts.planStopped ? stay(facts, "nothing more is owed") : stay(facts, "still unpaid: remind the buyer", ["buyer"]);
        case "refunded":
          return to("refunded", "revoke", "refunded while paused", { tell: ["coach"], endPlan: isPlan });
        case "disputed":
          return to("disputed", "revoke", "disputed while paused", { tell: ["coach"] });
        case "erased":
          return { ...stay(facts, "kept for the accounts, anonymised"), endPlan: isPlan && !facts.planEnding };
        default:
          return stay(facts, "already paused");
      }
    case "disputed":
      switch (event) {
        case "dispute-won":
          return facts.erased ? stay(facts, "erased: nothing to restore") : to("paid", "restore", "the coach won the dispute: access is back", { tell: ["coach"] });
        case "refunded":
          return to("refunded", "revoke", "refunded after a dispute", { endPlan: isPlan });
        case "erased":
          return { ...stay(facts, "kept for the accounts, anonymised"), endPlan: isPlan && !facts.planEnding };
        default:
          return stay(facts, "disputed: only the dispute's end changes it");
      }
    case "refunded":
      return { ...stay(facts, "refunded: final"), endPlan: isPlan && !facts.planEnding && !facts.planStopped };
    case "mismatch":
      if (event === "refunded") return to("refunded", "keep", "a mismatched payment refunded: it never had access");
      if (event === "disputed") return to("disputed", "keep", "a mismatched payment disputed: it never had access");
      return stay(facts, "waits for the coach");
    default:
      return stay(facts, "unknown status: change nothing");
  }
}
