import type { Metadata } from "next";
import { NOT_FOUND_TITLE } from "@/app/_ui/not-found-title";
import { decideAccess } from "@/lib/auth/access";
import { currentUser } from "@/app/_auth/guards";

/**
 * A back-office page's title, for the coach only: anyone else gets the site's 404 title, so not
 * even a browser tab says which page they asked for.
 */
export function adminTitle(title: string) {
  return async function generateMetadata(): Promise<Metadata> {
    const user = await currentUser();
    return { title: decideAccess(user, "admin") === "allow" ? title : { absolute: NOT_FOUND_TITLE } };
  };
}
