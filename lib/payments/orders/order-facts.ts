import type { Order } from "../queries";
import type { OrderFacts } from "./order-machine";

/** What the order machine needs to know about an order, read from its row. */
export function orderFacts(order: Order, extra: { paidOff?: boolean; erased?: boolean } = {}): OrderFacts {
  return {
    status: order.status,
    plan: order.plan,
    planStopped: order.subscriptionEndedAt !== null,
    planEnding: order.subscriptionEndRequestedAt !== null,
    paidOff: extra.paidOff ?? false,
    erased: extra.erased ?? false,
  };
}
