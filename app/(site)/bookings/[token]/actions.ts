"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
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

export interface MoveState {
  error?: string;
}

const moveSchema = z.object({ token: z.string().min(20).max(100), start: z.iso.datetime({ offset: true }) });

export async function moveBooking(_previous: MoveState, formData: FormData): Promise<MoveState> {
  const parsed = moveSchema.safeParse({ token: formData.get("token"), start: formData.get("start") });
  if (!parsed.success) return { error: "Choose a time from the list." };
  const result = await (await getBookingService()).move(parsed.data.token, new Date(parsed.data.start));
  if (!result.ok) return { error: result.message };
  redirect(`/bookings/${parsed.data.token}?moved=1`);
}
