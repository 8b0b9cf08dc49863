import type { ReactNode } from 'react';

/**
 * A wide table's horizontal scroll box (Bootstrap's `.table-responsive`), reachable by keyboard: on a phone the table
 * scrolls sideways, and someone without a pointer scrolls it with the arrow keys once the box has focus. The box is a
 * named region so that the focus lands somewhere a screen reader can announce.
 */
export function ScrollableTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-responsive" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
