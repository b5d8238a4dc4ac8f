"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requestClientKey } from "@/lib/http/client-address";
import { currentUser } from "@/lib/auth/guards";
import { retryAfterMessage } from "@/lib/rate-limit/limits";
import { getCheckoutService, getRateLimiter } from "@/lib/composition/web";
import { slugSchema } from "@/lib/routines/schema";

export type BuyState = { error?: string };

/** Buy: parse, limit, hand over to the checkout service, go where it says. */
export async function buyCourse(_previous: BuyState, formData: FormData): Promise<BuyState> {
  const slug = z.object({ course: slugSchema }).safeParse({ course: formData.get("course") });
  if (!slug.success) return { error: "That course is not for sale." };
  const limit = await getRateLimiter().consume("checkoutPerIp", requestClientKey(await headers()));
  if (!limit.ok) return { error: `Too many checkouts were started from your network. ${retryAfterMessage(limit.retryAfterMs)}` };
  const checkout = await getCheckoutService();
  if (!checkout) return { error: "Payments are not set up on this site yet. Please write to the coach." };
  const user = await currentUser();
  const result = await checkout.startCheckout({ courseSlug: slug.data.course, user: user ? { id: user.id, email: user.email } : null });
  if (result.kind === "error") return { error: result.message };
  redirect(result.kind === "redirect" ? result.url : result.href);
}
