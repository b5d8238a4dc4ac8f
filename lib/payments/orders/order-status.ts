import type { OrderStatus } from "@/db/schema";

export const ORDER_STATUSES_FOR_FILTER: readonly OrderStatus[] = ["pending", "paid", "failed", "expired", "mismatch", "refunded", "disputed", "unpaid"];

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  pending: "Pending",
  paid: "Paid",
  failed: "Failed",
  expired: "Expired",
  mismatch: "Needs checking",
  refunded: "Refunded",
  disputed: "Disputed",
  unpaid: "Instalment unpaid",
};
