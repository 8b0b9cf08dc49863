import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loggedInAgent } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

/** The answers the served page carries (apps/api/src/core/http/web-page.ts), as the client reads them. */
const answersIn = (html: string): Record<string, unknown> | undefined => {
  const block = html.match(/<script type="application\/json" id="cantiere-answers">(.*?)<\/script>/)?.[1];
  return block === undefined ? undefined : (JSON.parse(block) as Record<string, unknown>);
};

describe("the web page carries its first screen's data", () => {
  let t: TestApp;
  let web: string;
  beforeAll(async () => {
    web = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-web-'));
    fs.mkdirSync(path.join(web, '.vite'));
    fs.writeFileSync(path.join(web, 'index.html'), '<!doctype html><html><head><title>Cantiere</title></head><body><div id="root"></div></body></html>');
    const table = {
      '/spazi/:id': { modules: [], lazy: [], styles: [], data: ['/api/spaces/:id', '/api/meetings?spaceId=:id', '/api/notifications/unread-count'] },
    };
    fs.writeFileSync(path.join(web, '.vite/landing-pages.json'), JSON.stringify(table));
    t = await startTestApp({ WEB_DIST_DIR: web });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(web, { recursive: true, force: true });
  });

  it('as the API answers the person who opens it, and nothing of what the API refuses', async () => {
    const { agent: admin } = await loggedInAgent(t, 'admin');
    const space = (await admin.post('/api/spaces').send({ name: 'Tavolo riservato', kind: 'thematic_table' }).expect(201)).body.space;
    await admin.post('/api/meetings').send({ spaceId: space.id, title: 'Seduta di avvio', startsAt: '2027-01-12T09:00:00.000Z', durationMinutes: 90 });
    const page = await admin.get(`/spazi/${space.id}`).set('Accept-Encoding', 'gzip').expect(200);
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.headers['cache-control']).toBe('private, no-store');
    const answers = answersIn(page.text)!;
    expect(Object.keys(answers)).toEqual([`/api/spaces/${space.id}`, `/api/meetings?spaceId=${space.id}`, '/api/notifications/unread-count']);
    for (const [url, answer] of Object.entries(answers)) expect(answer).toEqual((await admin.get(url).expect(200)).body);
    expect(page.text).not.toContain('as="fetch"');

    // What the API refuses (here a space that does not exist) is left out: the client asks, and says what went wrong.
    const missing = '6f1c2f43-52b5-4c8e-9d0a-3f1f8f3c1a11';
    await admin.get(`/api/spaces/${missing}`).expect(404);
    const theirs = answersIn((await admin.get(`/spazi/${missing}`).expect(200)).text)!;
    expect(Object.keys(theirs)).not.toContain(`/api/spaces/${missing}`);
    expect(theirs['/api/notifications/unread-count']).toEqual((await admin.get('/api/notifications/unread-count').expect(200)).body);

    // Nobody logged in: no data at all.
    expect(answersIn((await t.request().get(`/spazi/${space.id}`).expect(200)).text)).toBeUndefined();
  });
});
