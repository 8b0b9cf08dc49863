import type { Page } from '../listing';

/**
 * A list the server reads whole (a space's members, a meeting's remarks, the caller's sessions...) in the one list
 * envelope: every item on one page, so a client reads every list the same way and paging can come later.
 */
export function wholePage<T>(items: T[]): Page<T> {
  return { items, total: items.length, page: 1, pageSize: Math.max(items.length, 1) };
}
