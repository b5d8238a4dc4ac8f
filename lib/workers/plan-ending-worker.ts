import type { PlanEndingService } from "@/lib/payments/plans/ending-service";
import { startSweeper } from "./sweeper";

/** Every minute, stops the subscriptions of payment plans that are paid off or refunded. */
export function startPlanEndingWorker(service: Pick<PlanEndingService, "endFinishedPlans">, tickMs = 60_000) {
  const tick = startSweeper(tickMs, () => service.endFinishedPlans(), "ending finished payment plans failed");
  return { stop: async () => tick.stop() };
}
