import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { cacheTags } from "@/lib/platform/cache/tags";

/**
 * After the coach changes a routine, every public page that shows it must show the change on the
 * next request: the library, the routine's own page (old and new address) and the home page.
 * `updateTag` works in server actions only, which is where the editor calls this from.
 */
export function refreshPublicRoutines(...slugs: (string | undefined)[]) {
  updateTag(cacheTags.routines);
  for (const slug of new Set(slugs.filter(Boolean) as string[])) {
    updateTag(cacheTags.routine(slug));
    revalidatePath(`/routines/${slug}`);
  }
  revalidatePath("/routines");
  revalidatePath("/");
}
