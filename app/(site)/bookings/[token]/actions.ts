"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getBookingService } from "@/lib/runtime";

export interface CancelState {
  error?: string;
}

const cancelSchema = z.object({
  token: z.string().min(20).max(100),
  reason: z.string().trim().max(500, "Keep the reason under 500 characters.").transform((value) => value || null),
});

/** The private link is the permission: whoever holds it may cancel this one booking. */
export async function cancelBooking(_previous: CancelState, formData: FormData): Promise<CancelState> {
  const parsed = cancelSchema.safeParse({ token: formData.get("token"), reason: formData.get("reason") ?? "" });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "This link is not valid." };
  const result = await (await getBookingService()).cancelByVisitor(parsed.data.token, parsed.data.reason);
  if (!result.ok) return { error: result.message };
  revalidatePath(`/bookings/${parsed.data.token}`);
  return {};
}
