import type { ReactNode } from "react";

/** Classes for a row and a cell of a table that stacks on phones (see `stack` below; app/globals.css). */
export const stackedRow = "stack-row";
export const stackedCell = "stack-cell";

/**
 * The back office's tables. The wrapper is a focusable, labelled region, so keyboard users can
 * scroll a wide table sideways on a phone; headers are column headers for screen readers.
 *
 * With `stack`, a phone shows each row as a card (its cells one under another) instead of a
 * sideways-scrolling table: one markup for both sizes, where a second list for phones doubled the
 * page. The explicit roles keep it a table for screen readers when CSS makes it blocks; rows and
 * cells add stackedRow and stackedCell.
 */
export function AdminTable({ label, columns, minWidth, empty, stack = false, children }: { label: string; columns: readonly string[]; minWidth: string; empty?: ReactNode; stack?: boolean; children: ReactNode }) {
  return (
    <div tabIndex={0} role="region" aria-label={label} className="mt-6 overflow-x-auto rounded-2xl border border-line bg-surface focus-visible:outline-2">
      <table role={stack ? "table" : undefined} className={`w-full text-left text-sm ${stack ? "max-sm:block" : ""}`} style={stack ? undefined : { minWidth }}>
        <thead role={stack ? "rowgroup" : undefined} className={`border-b border-line text-ink-muted ${stack ? "max-sm:sr-only" : ""}`}>
          <tr role={stack ? "row" : undefined}>
            {columns.map((column) => (
              <th key={column} role={stack ? "columnheader" : undefined} scope="col" className="px-4 py-3 font-semibold">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role={stack ? "rowgroup" : undefined} className={stack ? "max-sm:block" : undefined}>
          {children}
        </tbody>
      </table>
      {empty}
    </div>
  );
}
