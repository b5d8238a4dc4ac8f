import { timestamp } from "drizzle-orm/pg-core";

/** created_at / updated_at pair every editable table carries; always UTC timestamptz. */
export const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
};

/** Postgres text-array literal for check constraints built from a TypeScript list. */
export function textArrayLiteral(values: readonly string[]): string {
  return `ARRAY[${values.map((value) => `'${value.replaceAll("'", "''")}'`).join(", ")}]::text[]`;
}
