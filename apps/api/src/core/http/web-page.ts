import type { MeResponse } from '@cantiere/domain';

/**
 * What the server adds to index.html for one request, so that the client does not have to ask for it after its
 * code has run: who is logged in (the answer of `GET /api/auth/me`, `null` for nobody; absent when it could not be
 * told), the files of the page the address shows and the data its first screen reads, which the browser then
 * fetches beside the entry chunk.
 */
export interface PageHead {
  session?: MeResponse | null;
  /** Module chunks to fetch ahead, as root-relative URLs. */
  modules?: readonly string[];
  /** Stylesheets to fetch ahead (applied by the client when the page's code asks for them). */
  styles?: readonly string[];
  /**
   * API paths to fetch ahead: the client's own request for one takes the answer (`crossorigin` gives the
   * same-origin credentials mode of its `fetch`, without which the browser would not match the two).
   */
  data?: readonly string[];
}

/** The id of the element holding the session; the client reads it (apps/web/src/auth/initial-session.ts). */
export const SESSION_ELEMENT_ID = 'cantiere-session';

// JSON inside <script> ends at the first `</script`, and U+2028/2029 are line ends in older parsers: escaping these
// characters keeps the data a single inert string whatever a user's name holds.
const inertJson = (value: unknown) => JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** index.html with the request's head parts placed before `</head>`. */
export function renderPage(template: string, head: PageHead): string {
  const parts = [
    ...(head.modules ?? []).map((href) => `<link rel="modulepreload" crossorigin href="${attribute(href)}">`),
    ...(head.styles ?? []).map((href) => `<link rel="preload" as="style" crossorigin href="${attribute(href)}">`),
    ...(head.data ?? []).map((href) => `<link rel="preload" as="fetch" crossorigin href="${attribute(href)}">`),
    // A data block, never run: the page's Content-Security-Policy (script-src 'self') has nothing to allow.
    ...(head.session !== undefined ? [`<script type="application/json" id="${SESSION_ELEMENT_ID}">${inertJson(head.session)}</script>`] : []),
  ];
  if (parts.length === 0) return template;
  const at = template.lastIndexOf('</head>');
  return at < 0 ? template + parts.join('') : template.slice(0, at) + parts.join('\n') + '\n' + template.slice(at);
}
