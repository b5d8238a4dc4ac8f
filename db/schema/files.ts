import { check, customType, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

/**
 * Uploaded pictures, kept in PostgreSQL so every app instance serves the same ones with no extra
 * service (docs/decisions/0013-uploads-in-postgres.md). Pictures are at most 5 MB; bytea keeps them
 * in the same backups and transactions as the rows that point at them.
 */
export const storedFiles = pgTable(
  "stored_files",
  {
    /** folder/uuid.ext, made by us (lib/platform/storage/storage.ts STORAGE_KEY). */
    key: text("key").primaryKey(),
    contentType: text("content_type").notNull(),
    /** Hex SHA-256 of the bytes: the response's ETag. */
    sha256: text("sha256").notNull(),
    byteSize: integer("byte_size").notNull(),
    bytes: bytea("bytes").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [
    check("stored_files_size_matches", sql`${table.byteSize} = octet_length(${table.bytes})`),
    check("stored_files_sha256_hex", sql`${table.sha256} ~ '^[0-9a-f]{64}$'`),
  ],
);
