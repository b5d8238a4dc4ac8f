import { defineConfig } from "drizzle-kit";

// `npm run db:generate` only diffs the schema against committed migrations; it needs no database.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
  strict: true,
});
