import type { ReactNode } from "react";

/**
 * The back office's tables. The wrapper is a focusable, labelled region, so keyboard users can
 * scroll a wide table sideways on a phone; headers are column headers for screen readers.
 */
export function AdminTable({ label, columns, minWidth, empty, children }: { label: string; columns: readonly string[]; minWidth: string; empty?: ReactNode; children: ReactNode }) {
  return (
    <div tabIndex={0} role="region" aria-label={label} className="mt-6 overflow-x-auto rounded-2xl border border-line bg-surface focus-visible:outline-2">
      <table className="w-full text-left text-sm" style={{ minWidth }}>
        <thead className="border-b border-line text-ink-muted">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="px-4 py-3 font-semibold">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {empty}
    </div>
  );
}
