import { z } from "zod";
import { subscriberStatus } from "@/db/schema";

export const subscriberFiltersSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(subscriberStatus.enumValues).optional().catch(undefined),
  source: z.string().trim().max(200).optional().catch(undefined),
});
