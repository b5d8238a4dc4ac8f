import { describe, expect, it } from "vitest";
import type { OrderStatus } from "@/db/schema";
import { ORDER_EVENTS, transition, type OrderEvent, type OrderFacts } from "./order-machine";

const STATUSES: readonly OrderStatus[] = ["pending", "paid", "failed", "expired", "mismatch", "refunded", "disputed", "unpaid"];
const plan = (status: OrderStatus, extra: Partial<OrderFacts> = {}): OrderFacts => ({ status, plan: "instalments", planStopped: false, planEnding: false, paidOff: false, erased: false, ...extra });
const oneTime = (status: OrderStatus, extra: Partial<OrderFacts> = {}): OrderFacts => ({ ...plan(status, extra), plan: "full" });

/**
 * Every status against every event, for a payment plan that is running (neither stopped, ending
 * nor paid off): "new status / access change". Stripe's events come late, twice and out of order,
 * so each cell is a case that happens.
 */
const TABLE: Record<OrderStatus, Record<OrderEvent, string>> = {
  pending: {
    "checkout-paid": "paid/grant",
    "checkout-mismatch": "mismatch/keep",
    "checkout-failed": "failed/keep",
    "checkout-expired": "expired/keep",
    refunded: "refunded/keep",
    disputed: "disputed/keep",
    "dispute-won": "pending/keep",
    "instalment-paid": "pending/keep",
    "instalment-declined": "pending/keep",
    "instalment-declined-final": "pending/keep",
    "plan-stopped": "pending/keep",
    erased: "pending/keep",
  },
  paid: {
    "checkout-paid": "paid/keep",
    "checkout-mismatch": "paid/keep",
    "checkout-failed": "paid/keep",
    "checkout-expired": "paid/keep",
    refunded: "refunded/revoke",
    disputed: "disputed/revoke",
    "dispute-won": "paid/keep",
    "instalment-paid": "paid/keep",
    "instalment-declined": "paid/keep",
    "instalment-declined-final": "unpaid/revoke",
    "plan-stopped": "unpaid/revoke",
    erased: "paid/keep",
  },
  failed: {
    "checkout-paid": "paid/grant",
    "checkout-mismatch": "mismatch/keep",
    "checkout-failed": "failed/keep",
    "checkout-expired": "failed/keep",
    refunded: "refunded/keep",
    disputed: "disputed/keep",
    "dispute-won": "failed/keep",
    "instalment-paid": "failed/keep",
    "instalment-declined": "failed/keep",
    "instalment-declined-final": "failed/keep",
    "plan-stopped": "failed/keep",
    erased: "failed/keep",
  },
  expired: {
    "checkout-paid": "paid/grant",
    "checkout-mismatch": "mismatch/keep",
    "checkout-failed": "expired/keep",
    "checkout-expired": "expired/keep",
    refunded: "refunded/keep",
    disputed: "disputed/keep",
    "dispute-won": "expired/keep",
    "instalment-paid": "expired/keep",
    "instalment-declined": "expired/keep",
    "instalment-declined-final": "expired/keep",
    "plan-stopped": "expired/keep",
    erased: "expired/keep",
  },
  mismatch: {
    "checkout-paid": "mismatch/keep",
    "checkout-mismatch": "mismatch/keep",
    "checkout-failed": "mismatch/keep",
    "checkout-expired": "mismatch/keep",
    refunded: "refunded/keep",
    disputed: "disputed/keep",
    "dispute-won": "mismatch/keep",
    "instalment-paid": "mismatch/keep",
    "instalment-declined": "mismatch/keep",
    "instalment-declined-final": "mismatch/keep",
    "plan-stopped": "mismatch/keep",
    erased: "mismatch/keep",
  },
  refunded: Object.fromEntries(ORDER_EVENTS.map((event) => [event, "refunded/keep"])) as Record<OrderEvent, string>,
  disputed: {
    "checkout-paid": "disputed/keep",
    "checkout-mismatch": "disputed/keep",
    "checkout-failed": "disputed/keep",
    "checkout-expired": "disputed/keep",
    refunded: "refunded/revoke",
    disputed: "disputed/keep",
    "dispute-won": "paid/restore",
    "instalment-paid": "disputed/keep",
    "instalment-declined": "disputed/keep",
    "instalment-declined-final": "disputed/keep",
    "plan-stopped": "disputed/keep",
    erased: "disputed/keep",
  },
  unpaid: {
    "checkout-paid": "unpaid/keep",
    "checkout-mismatch": "unpaid/keep",
    "checkout-failed": "unpaid/keep",
    "checkout-expired": "unpaid/keep",
    refunded: "refunded/revoke",
    disputed: "disputed/revoke",
    "dispute-won": "unpaid/keep",
    "instalment-paid": "paid/restore",
    "instalment-declined": "unpaid/keep",
    "instalment-declined-final": "unpaid/keep",
    "plan-stopped": "unpaid/keep",
    erased: "unpaid/keep",
  },
};

const cell = (facts: OrderFacts, event: OrderEvent) => {
  const next = transition(facts, event);
  return `${next.status}/${next.access}`;
};

describe("an order's life, every state against every event", () => {
  for (const status of STATUSES) {
    it(`${status}: a running payment plan`, () => {
      const actual = Object.fromEntries(ORDER_EVENTS.map((event) => [event, cell(plan(status), event)]));
      expect(actual).toEqual(TABLE[status]);
    });
  }

  it("a one-time payment follows the same table for the events it can receive", () => {
    for (const status of STATUSES) {
      for (const event of ["checkout-paid", "checkout-mismatch", "checkout-failed", "checkout-expired", "refunded", "disputed", "dispute-won", "erased"] as const) {
        expect(cell(oneTime(status), event), `${status} × ${event}`).toBe(TABLE[status][event]);
      }
    }
  });
});

describe("what never comes back", () => {
  const lateEvents: OrderEvent[] = ["checkout-paid", "instalment-paid", "dispute-won", "plan-stopped", "instalment-declined"];

  it("a plan stopped in Stripe stays paused when a late invoice.paid arrives (the attack: deleted, then paid)", () => {
    const stopped = plan("unpaid", { planStopped: true });
    expect(cell(stopped, "instalment-paid")).toBe("unpaid/keep");
    expect(transition(stopped, "instalment-paid").tell).toEqual(["coach"]);
  });

  it("refunded, disputed, stopped and erased orders never regain access, except a won dispute", () => {
    const closed: OrderFacts[] = [
      plan("refunded"),
      oneTime("refunded"),
      plan("unpaid", { planStopped: true }),
      plan("unpaid", { erased: true }),
      plan("disputed"),
      oneTime("disputed", { erased: true }),
    ];
    for (const facts of closed) {
      for (const event of [...lateEvents, ...ORDER_EVENTS]) {
        const next = transition(facts, event);
        const allowed = facts.status === "disputed" && !facts.erased && event === "dispute-won";
        if (!allowed) expect(["grant", "restore"], `${JSON.stringify(facts)} × ${event}`).not.toContain(next.access);
      }
    }
  });

  it("a payment that completes for an address erased during its checkout is refunded and tells no one", () => {
    for (const facts of [oneTime("pending", { erased: true }), plan("pending", { erased: true })]) {
      const next = transition(facts, "checkout-paid");
      expect(next).toMatchObject({ status: "refunded", access: "keep", tell: [], refund: true, endPlan: facts.plan === "instalments" });
    }
  });

  it("a paid-off or ending plan owes nothing: declines and a stop change nothing and tell nobody", () => {
    for (const facts of [plan("paid", { paidOff: true }), plan("paid", { planEnding: true })]) {
      for (const event of ["instalment-declined", "instalment-declined-final", "plan-stopped"] as const) {
        expect(transition(facts, event)).toMatchObject({ status: "paid", access: "keep", tell: [] });
      }
    }
  });

  it("the last instalment asks for the plan to stop, once", () => {
    expect(transition(plan("paid", { paidOff: true }), "instalment-paid").endPlan).toBe(true);
    expect(transition(plan("paid", { paidOff: true, planEnding: true }), "instalment-paid").endPlan).toBe(false);
  });

  it("erasing a plan buyer stops the plan", () => {
    for (const status of ["paid", "unpaid", "disputed"] as const) expect(transition(plan(status), "erased").endPlan).toBe(true);
  });
});
