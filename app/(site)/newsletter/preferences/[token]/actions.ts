"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getNewsletterService } from "@/lib/composition/web";

export async function resubscribe(formData: FormData) {
  const token = z.string().min(10).max(200).safeParse(formData.get("token"));
  if (!token.success) redirect("/newsletter");
  const result = await (await getNewsletterService()).resubscribe(token.data);
  if (result === "resubscribed") redirect(`/newsletter/preferences/${encodeURIComponent(token.data)}?back=1`);
  redirect("/newsletter");
}
