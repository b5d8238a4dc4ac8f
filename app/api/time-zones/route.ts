import { timeZoneDirectory } from "@/lib/site/time-zone-directory";

// The directory changes only with the tz database in a new build: render it once at build time.
export const dynamic = "force-static";

/** The booking page's zone search loads this the first time a visitor opens it. */
export function GET() {
  return Response.json(timeZoneDirectory(), { headers: { "Cache-Control": "public, max-age=86400, stale-while-revalidate=604800" } });
}
