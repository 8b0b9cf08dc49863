import type { Page } from 'playwright-core';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A JSON call from the page's session (same origin, so the CSRF check lets it through). */
export async function api(page: Page, method: string, url: string, body?: unknown): Promise<Json> {
  const res = await page.evaluate(
    async ([m, u, b]) => {
      const r = await fetch(u as string, {
        method: m as string,
        headers: { 'content-type': 'application/json' },
        body: b === undefined ? undefined : JSON.stringify(b),
      });
      return { status: r.status, body: await r.json().catch(() => null) };
    },
    [method, url, body] as const,
  );
  if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Json;
}

/** A plenary draft meeting in the space named `spaceName`, an hour from now and an hour long. */
const romeDay = (d: Date) => d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Rome' });

/**
 * An hour from now, for an hour (close enough to start without a warning). Late in the evening that would end after
 * midnight, which the meeting form cannot hold (one date, an end after the start): the meeting then starts in two
 * minutes and ends by midnight in Rome.
 */
function soonTheSameDay(): { start: Date; end: Date } {
  const hour = 3_600_000;
  const start = new Date(Date.now() + hour);
  if (romeDay(new Date(start.getTime() + hour)) === romeDay(new Date())) return { start, end: new Date(start.getTime() + hour) };
  const soon = new Date(Date.now() + 120_000);
  let end = new Date(soon.getTime() + hour);
  while (romeDay(end) !== romeDay(soon)) end = new Date(end.getTime() - 60_000);
  return { start: soon, end };
}

export async function draftMeeting(page: Page, spaceName: string, title: string): Promise<{ space: Json; meeting: Json }> {
  const space = ((await api(page, 'GET', '/api/spaces')).items as Json[]).find((s) => s.name === spaceName)!;
  const { start, end } = soonTheSameDay();
  const { meeting } = await api(page, 'POST', '/api/meetings', {
    spaceId: space.id,
    title,
    kind: 'plenary',
    place: 'Sala Quadri, Palazzo comunale',
    startsAt: start.toISOString(),
    endsAt: end.toISOString(),
  });
  return { space, meeting };
}
