/** The element the server writes API answers into (apps/api/src/core/http/web-page.ts). */
const ELEMENT_ID = 'cantiere-answers';

/**
 * How long after the page started its answers may stand in for requests. The page's own first requests come well
 * within it; a path first asked for later (another page, a refetch) goes to the server, as the data may have changed.
 */
export const ANSWERS_FRESH_MS = 10_000;

let answers: Map<string, unknown> | undefined;

/**
 * Reads the answers the server wrote into the page, once: the element is removed, so that nothing reads them again
 * after they have been taken. Nothing (an empty set) on a page without them (the development server, a visitor who
 * is not logged in, data the server could not read).
 */
export function readPageAnswers(doc: Document = document): void {
  answers = new Map();
  const element = doc.getElementById(ELEMENT_ID);
  if (!element) return;
  element.remove();
  try {
    const value = JSON.parse(element.textContent ?? '') as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) answers = new Map(Object.entries(value));
  } catch {
    // A page that does not parse carries nothing: the client asks for each path itself.
  }
}

/**
 * The server's answer for a GET of `url`, taken once; undefined when the page holds none for it or it is no longer
 * fresh. The URL must be written as the page's table writes it (apps/web/src/routing/landing-pages.json).
 */
export function takePageAnswer(url: string, now: number = performance.now()): { value: unknown } | undefined {
  if (!answers?.has(url)) return undefined;
  const value = answers.get(url);
  answers.delete(url);
  return now <= ANSWERS_FRESH_MS ? { value } : undefined;
}

/** Forgets the page's answers: they were read for the person logged in when it loaded, who has just changed. */
export function dropPageAnswers(): void {
  answers = new Map();
}
