/**
 * The home page, the unfiltered routine library and the booking page (without ?tz=) have no dynamic segment to hang ISR on, and
 * `next build` has no database (docs/decisions/0003). `next.config.ts` rewrites their public
 * addresses to these routes, which render on their first request and are then served from the
 * full-route cache like a routine page. Visiting these addresses directly redirects to the public one.
 */
export const prerenderedRoutes = {
  home: { publicPath: "/", route: "/cached/home/index" },
  routines: { publicPath: "/routines", route: "/cached/routines/index" },
  consultation: { publicPath: "/consultation", route: "/cached/consultation/index" },
} as const;

/** The only variant each cached route renders; any other value is a 404. */
export const PRERENDERED_VARIANT = "index";

/**
 * Query parameters that filter the routine library. A request carrying any of them is rendered
 * per request by `app/(site)/routines/page.tsx`; without them it gets the cached library.
 */
export const ROUTINE_FILTER_PARAMS = ["area", "equipment", "time", "q"] as const;
