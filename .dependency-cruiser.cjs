/**
 * The layers, lowest first (docs/decisions/0026-layers-held-by-dependency-cruiser.md):
 *   db/ (schema, migrations, the pool), which imports nothing of lib/
 *   the platform (lib/platform: env, log, shutdown, http, queue, cache, storage, …), which may use db/
 *   the domains (lib/booking, course, payments, …)
 *   the composition root (lib/composition, lib/workers, lib/seed, auth.ts, instrumentation.ts)
 *   app/
 * An import may only run down. `npm run lint` runs this over app/, lib/, db/ and the root files;
 * relative paths are resolved like the @/ alias, so neither slips through.
 */
const PLATFORM = "^lib/platform/";
const DOMAIN = "^lib/(account|admin|auth|booking|calendars|check-ins|course|email|newsletter|payments|people|privacy|routines|site|testimonials)/";
const COMPOSITION = "^(lib/(composition|workers|seed)/|auth\\.ts$|instrumentation\\.ts$)";
const APP = "^app/";
// Tests and test fixtures set up whatever they need; the rules hold for the code that ships.
const TESTS = "(\\.test\\.tsx?$|/testing/)";

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "A circle of imports has no layer order: break it by moving the shared part down.",
      from: { pathNot: TESTS },
      to: { circular: true, dependencyTypesNot: ["type-only"] },
    },
    {
      name: "platform-stays-below",
      severity: "error",
      comment: "Platform code (env, log, http, queue, cache, storage, …) sits below the domains: it may import db/ and other platform code, nothing above.",
      from: { path: PLATFORM, pathNot: TESTS },
      to: { path: [DOMAIN, COMPOSITION, APP] },
    },
    {
      name: "db-stays-below",
      severity: "error",
      comment: "db/ sits at the bottom: it imports nothing from lib/ or app/ (the composition root hands it the settings, the logger and the shutdown).",
      from: { path: "^db/", pathNot: TESTS },
      to: { path: "^(lib|app)/" },
    },
    {
      name: "domains-never-import-up",
      severity: "error",
      comment: "A domain never imports the composition root or app/: it takes what it needs as arguments (its service's dependencies).",
      from: { path: DOMAIN, pathNot: TESTS },
      to: { path: [COMPOSITION, APP] },
    },
    {
      name: "no-foreign-queries",
      severity: "error",
      comment: "A domain reads another domain's tables through that domain's service or public functions, never its queries file.",
      from: { path: "^lib/([^/]+)/", pathNot: [TESTS, COMPOSITION, PLATFORM] },
      to: { path: "^lib/.*queries\\.ts$", pathNot: ["^lib/$1/", PLATFORM] },
    },
    {
      name: "only-the-root-opens-the-database",
      severity: "error",
      comment: "Only the composition root opens the database (lib/composition/database.ts); everything else is handed a database or a service.",
      from: { pathNot: [COMPOSITION, "^db/", TESTS, "^(scripts|bench|e2e)/"] },
      to: { path: "^lib/composition/database\\.ts$" },
    },
    {
      name: "app-asks-services",
      severity: "error",
      comment: "app/ asks the composition root for services; it never imports db/ or a queries file.",
      from: { path: APP, pathNot: TESTS },
      to: { path: ["^db/", "queries\\.ts$"], dependencyTypesNot: ["type-only"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(\\.next|\\.data|node_modules)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"], extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".d.ts"] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
