"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { services } from "@/lib/composition/web";
import { commandAction, nobody } from "@/lib/platform/forms/action";
import { READER_COOKIE } from "@/lib/newsletter/reader-cookie";

/** The token in the reader's own link is the permission. */
export const resubscribe = commandAction({
  guard: nobody,
  schema: z.object({ token: z.string().max(200) }),
  async run({ token }) {
    const result = await (await services()).newsletter.resubscribe(token);
    if (result === "resubscribed") {
      // Back on the list: this browser's footer stops asking again.
      (await cookies()).set(READER_COOKIE, "1", { path: "/", maxAge: 31_536_000, sameSite: "lax" });
      redirect(`/newsletter/preferences/${encodeURIComponent(token)}?back=1`);
    }
    redirect("/newsletter");
  },
});
