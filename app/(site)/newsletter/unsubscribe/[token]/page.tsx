import { redirect } from "next/navigation";

/** Older emails link here; the preferences page is the one place to leave or come back. */
export default async function UnsubscribeRedirect({ params }: PageProps<"/newsletter/unsubscribe/[token]">) {
  const { token } = await params;
  redirect(`/newsletter/preferences/${encodeURIComponent(token)}`);
}
