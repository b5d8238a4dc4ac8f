/**
 * `/routines` and `/consultation` are cached pages (one copy for everyone, docs/decisions/0003).
 * A query string that changes what they show cannot be cached (it has no bound), so
 * `next.config.ts` rewrites a request carrying one of these parameters to a route that renders
 * per request. The plain addresses are served with no rewrite at all: matching one costs a cached
 * hit a tenth of its time. The per-request routes have no address of their own: visiting one
 * directly redirects to the public address, query and all.
 */
export const perRequestRoutes = {
  routines: { publicPath: "/routines", route: "/per-request/routines", params: ["area", "equipment", "time", "q"] },
  consultation: { publicPath: "/consultation", route: "/per-request/consultation", params: ["tz", "clock"] },
} as const;

/** Query parameters that filter the routine library (the filtered view renders per request). */
export const ROUTINE_FILTER_PARAMS = perRequestRoutes.routines.params;
