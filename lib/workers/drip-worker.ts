import type { DripNoticeService } from "@/lib/course/drip/service";
import { startSweeper } from "./sweeper";

/** Every five minutes, emails learners about course parts that have opened for them. */
export function startDripWorker(service: Pick<DripNoticeService, "notifyOpenedParts">, tickMs = 5 * 60_000) {
  const tick = startSweeper(tickMs, () => service.notifyOpenedParts(), "telling learners about opened parts failed");
  return { stop: async () => tick.stop() };
}
