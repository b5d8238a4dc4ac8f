import { z } from "zod";

/**
 * A keyset page cursor as a list's links write it: the row's sort instant and its id, e.g.
 * `2026-12-07T10:00:00.000Z_<uuid>`. Keyset rather than offsets, so page 2,000 of a long list
 * costs what page 1 does.
 */
export interface PageCursor {
  at: Date;
  id: string;
}

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z)_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** A cursor from a query string; anything unreadable is no cursor (the first page). */
export const pageCursorSchema = z
  .string()
  .optional()
  .transform((value): PageCursor | undefined => {
    const match = value ? CURSOR.exec(value) : null;
    if (!match) return undefined;
    const at = new Date(match[1]!);
    return Number.isNaN(at.getTime()) ? undefined : { at, id: match[2]!.toLowerCase() };
  })
  .catch(undefined);

export function pageCursorParam(at: Date, id: string): string {
  return `${at.toISOString()}_${id}`;
}
