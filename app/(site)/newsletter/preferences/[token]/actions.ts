"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { services } from "@/lib/composition/web";
import { commandAction, nobody } from "@/lib/forms/action";

/** The token in the reader's own link is the permission. */
export const resubscribe = commandAction({
  guard: nobody,
  schema: z.object({ token: z.string().max(200) }),
  async run({ token }) {
    const result = await (await services()).newsletter.resubscribe(token);
    if (result === "resubscribed") redirect(`/newsletter/preferences/${encodeURIComponent(token)}?back=1`);
    redirect("/newsletter");
  },
});
