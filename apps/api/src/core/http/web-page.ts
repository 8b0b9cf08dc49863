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
  /** Module chunks the page loads lazily, fetched ahead at a low priority so that they do not delay its first paint. */
  lazyModules?: readonly string[];
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

/** The id of the element holding the API answers; the client reads it (apps/web/src/api/page-answers.ts). */
export const ANSWERS_ELEMENT_ID = 'cantiere-answers';

// JSON inside <script> ends at the first `</script`, and U+2028/2029 are line ends in older parsers: escaping these
// characters keeps the data a single inert string whatever a user's name holds.
const inertJson = (value: unknown) => JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * index.html with the request's head parts: the data first, before the entry script, and the rest before `</head>`.
 * A browser opens a handful of connections to one server over HTTP/1.1 and asks in the order it reads: behind thirty
 * chunks, the page's data waited for a connection while its code downloaded, then kept the page waiting; first, it
 * is computed on the server while the code downloads.
 */
export function renderPage(template: string, head: PageHead): string {
  const data = (head.data ?? []).map((href) => `<link rel="preload" as="fetch" crossorigin href="${attribute(href)}">`);
  const parts = [
    ...(head.modules ?? []).map((href) => `<link rel="modulepreload" crossorigin href="${attribute(href)}">`),
    ...(head.lazyModules ?? []).map((href) => `<link rel="modulepreload" fetchpriority="low" crossorigin href="${attribute(href)}">`),
    ...(head.styles ?? []).map((href) => `<link rel="preload" as="style" crossorigin href="${attribute(href)}">`),
    // A data block, never run: the page's Content-Security-Policy (script-src 'self') has nothing to allow.
    ...(head.session !== undefined ? [`<script type="application/json" id="${SESSION_ELEMENT_ID}">${inertJson(head.session)}</script>`] : []),
  ];
  if (parts.length === 0 && data.length === 0) return template;
  const end = template.lastIndexOf('</head>');
  if (end < 0) return template + [...data, ...parts].join('');
  const firstScript = template.indexOf('<script');
  const early = firstScript >= 0 && firstScript < end ? firstScript : end;
  const before = (lines: string[]) => (lines.length ? lines.join('\n') + '\n' : '');
  return template.slice(0, early) + before(data) + template.slice(early, end) + before(parts) + template.slice(end);
}

/**
 * The answers of API paths the server read for a page (`GET` with the request's own session), as an inert data
 * block: the client takes each in place of its first request for that path. Nothing when there is none.
 */
export function answersElement(answers: Readonly<Record<string, unknown>>): string {
  return Object.keys(answers).length > 0 ? `<script type="application/json" id="${ANSWERS_ELEMENT_ID}">${inertJson(answers)}</script>\n` : '';
}
