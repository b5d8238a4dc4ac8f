import { requireUser } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { personalDataResponse } from "@/lib/privacy/export-response";

/** A signed-in person downloads everything the site holds about them. */
export async function GET() {
  const user = await requireUser("/account");
  return personalDataResponse(await (await services()).privacy.exportData(user.email, "person"));
}
