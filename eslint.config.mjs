import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";

// The rules of eslint-config-next that catch our mistakes (Next's own, hooks, TypeScript's), without
// its import, React and jsx-a11y plugins and their ~240 packages: accessibility is checked by axe on
// the rendered pages in e2e instead (docs/decisions/0012-lean-install.md).
export default defineConfig([
  ...tseslint.configs.recommended,
  nextPlugin.configs["core-web-vitals"],
  reactHooks.configs.flat.recommended,
  globalIgnores([".next/**", ".data/**", "node_modules/**", "next-env.d.ts", "playwright-report/**", "test-results/**", "bench/reports/**"]),
  {
    rules: {
      "no-console": ["error", { allow: ["warn", "error"] }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    files: ["scripts/**", "bench/**", "e2e/**", "db/**"],
    rules: { "no-console": "off" },
  },
  {
    // Route files, pages and actions ask the composition root for services; they never reach
    // the database themselves (docs/decisions/0011-composition-root.md).
    files: ["app/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "drizzle-orm", message: "app/ calls services (lib/composition/web.ts); only queries files use Drizzle." }],
          patterns: [
            { group: ["@/db", "@/db/*", "@/db/**"], message: "app/ never imports the database: ask services() in lib/composition/web.ts." },
            { group: ["drizzle-orm/*"], message: "app/ calls services; only queries files use Drizzle." },
            { group: ["**/queries", "**/*-queries"], message: "app/ calls services, which call the queries." },
          ],
        },
      ],
    },
  },
  {
    // In lib/, only queries files touch Drizzle and the tables; services call named queries with
    // an executor (the pool or a transaction). Types of rows may be imported anywhere.
    files: ["lib/**"],
    ignores: ["lib/**/queries.ts", "lib/**/*-queries.ts", "lib/**/*.test.ts", "lib/**/testing/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "drizzle-orm", message: "Only queries files (queries.ts, *-queries.ts) use Drizzle; call a named query instead." },
            { name: "@/db/schema", message: "Only queries files read and write tables; call a named query instead.", allowTypeImports: true },
          ],
          patterns: [{ group: ["drizzle-orm/*"], message: "Only queries files use Drizzle." }],
        },
      ],
    },
  },
  {
    // db/ is infrastructure: it may use env, log and shutdown, never a domain.
    files: ["db/**"],
    ignores: ["db/**/*.test.ts", "db/testing/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/lib/*", "../lib/*", "../../lib/*"], message: "db/ sits at the bottom: it imports nothing from lib/ (the composition root hands it settings, logger and shutdown)." }] },
      ],
    },
  },
  {
    // Playwright fixtures call a parameter named `use`; it is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
]);
