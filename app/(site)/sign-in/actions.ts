"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { requestSignInLink, signInRequestSchema } from "@/lib/auth/sign-in";
import { getRateLimiter } from "@/lib/composition/web";
import { adminEmails } from "@/lib/platform/env";
import { formAction, nobody, type FormState } from "@/lib/platform/forms/action";
import { requestClientKey } from "@/lib/platform/http/client-address";

export const requestMagicLink = formAction({
  guard: nobody,
  schema: signInRequestSchema,
  async run(request, { values }): Promise<FormState> {
    const result = await requestSignInLink(
      {
        limiter: getRateLimiter(),
        adminEmails: adminEmails(),
        sendLink: async (email, redirectTo) => {
          await signIn("email", { email, redirectTo, redirect: false });
        },
      },
      { ...request, ip: requestClientKey(await headers()) },
    );
    if (!result.ok) return { values, message: result.error };
    redirect("/sign-in/check-email");
  },
});
