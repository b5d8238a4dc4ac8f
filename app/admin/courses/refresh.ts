import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { cacheTags } from "@/lib/platform/cache/tags";

/** After an edit, the sales page (old and new address), the home page and the editor show it on the next request. */
export function refreshPublicCourses(slugs: string[]) {
  updateTag(cacheTags.courses);
  for (const slug of new Set(slugs)) {
    updateTag(cacheTags.course(slug));
    revalidatePath(`/courses/${slug}`);
  }
  revalidatePath("/");
  revalidatePath("/admin/courses", "layout");
}
