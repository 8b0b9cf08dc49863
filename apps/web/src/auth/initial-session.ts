import type { MeResponse } from '@cantiere/domain';

/** The element the server writes the session into (apps/api/src/core/http/web-page.ts). */
const ELEMENT_ID = 'cantiere-session';

/**
 * Who is logged in, as the server wrote it into the page: the answer of `GET /api/auth/me`, or null for nobody.
 * Undefined when the page does not say (the development server, or a lookup that failed): the client then asks.
 * Read once: after a login or a logout the query cache holds the truth, and the page's copy is stale.
 */
export function takeInitialSession(doc: Document = document): MeResponse | null | undefined {
  const element = doc.getElementById(ELEMENT_ID);
  if (!element) return undefined;
  element.remove();
  try {
    const value = JSON.parse(element.textContent ?? '') as unknown;
    return value === null || (typeof value === 'object' && 'user' in value) ? (value as MeResponse | null) : undefined;
  } catch {
    return undefined;
  }
}
