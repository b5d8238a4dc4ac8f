"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { requestSignInLink, signInRequestSchema } from "@/lib/auth/sign-in";
import { requestClientKey } from "@/lib/http/client-address";
import { getRateLimiter } from "@/lib/composition/web";

export interface SignInFormState {
  email: string;
  /** About what was typed: shown at the field. */
  fieldError?: string;
  /** About the request as a whole (rate limits): shown under the form. */
  formError?: string;
}

export async function requestMagicLink(_previous: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const raw = { email: String(formData.get("email") ?? ""), next: String(formData.get("next") ?? "") || undefined };
  const parsed = signInRequestSchema.safeParse(raw);
  if (!parsed.success) return { email: raw.email, fieldError: parsed.error.issues[0]?.message };

  const result = await requestSignInLink(
    {
      limiter: getRateLimiter(),
      sendLink: async (email, redirectTo) => {
        await signIn("email", { email, redirectTo, redirect: false });
      },
    },
    { ...parsed.data, ip: requestClientKey(await headers()) },
  );
  if (!result.ok) return { email: raw.email, formError: result.error };
  redirect("/sign-in/check-email");
}
