import type { PersonalDataExport } from "./export";
import { exportFileName } from "./export";

/** The download itself: a named JSON file nobody (no browser, no proxy) keeps a copy of. */
export function personalDataResponse(data: PersonalDataExport): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(data.email, new Date(data.exportedAt!))}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
