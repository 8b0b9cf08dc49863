import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import request from 'supertest';
import { type PageAnswersOptions, readPageAnswers } from './page-answers';

describe('readPageAnswers', () => {
  let server: http.Server;
  let options: PageAnswersOptions;
  let seen: Record<string, string | undefined>[];
  const held: express.Response[] = [];
  beforeAll(async () => {
    const app = express();
    app.get('/api/me', (req, res) => {
      seen.push({ cookie: req.get('cookie'), language: req.get('accept-language'), agent: req.get('user-agent') });
      res.json({ name: 'Anna', cookie: req.get('cookie') });
    });
    app.get('/api/list', (req, res) => res.json({ items: [1, 2, 3], query: req.query }));
    app.get('/api/secret', (_req, res) => res.status(403).json({ error: { code: 'forbidden' } }));
    app.get('/api/broken', (_req, res) => res.status(500).json({ error: { code: 'internal_error' } }));
    app.get('/api/html', (_req, res) => res.type('html').send('<p>not data</p>'));
    // Never answers while a test waits on it: a read of it can only end by the reader's own deadline.
    app.get('/api/slow', (_req, res) => void held.push(res));
    app.get('/api/big', (_req, res) => res.json({ text: 'x'.repeat(2000) }));
    app.get('/page', async (req, res) => res.json(await readPageAnswers(req, String(req.query.paths).split(','), options)));
    server = http.createServer(app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  });
  beforeEach(() => {
    options = {};
    seen = [];
  });
  afterAll(() => {
    for (const res of held) res.json({ late: true });
    return new Promise((r) => server.close(r));
  });
  const page = (paths: string[], headers: Record<string, string> = {}) =>
    request(server)
      .get('/page')
      .query({ paths: paths.join(',') })
      .set(headers)
      .expect(200)
      .then((res) => res.body as { answers: Record<string, unknown>; missing: string[] });

  it("reads each path from this server as the page's visitor: their cookie, language and browser", async () => {
    const read = await page(['/api/me', '/api/list?spaceId=7'], { cookie: 'cantiere_session=abc', 'accept-language': 'en', 'user-agent': 'Phone' });
    expect(read).toEqual({
      answers: { '/api/me': { name: 'Anna', cookie: 'cantiere_session=abc' }, '/api/list?spaceId=7': { items: [1, 2, 3], query: { spaceId: '7' } } },
      missing: [],
    });
    expect(seen).toEqual([{ cookie: 'cantiere_session=abc', language: 'en', agent: 'Phone' }]);
  });

  it('leaves to the client a refusal, an error, an answer that is not JSON and a path that does not exist', async () => {
    const read = await page(['/api/secret', '/api/broken', '/api/html', '/api/none', '/api/list']);
    expect(Object.keys(read.answers)).toEqual(['/api/list']);
    expect(read.missing).toEqual(['/api/secret', '/api/broken', '/api/html', '/api/none']);
  });

  it('does not wait beyond its time for an answer that does not come', async () => {
    options = { timeoutMs: 300 };
    await expect(page(['/api/slow'])).resolves.toEqual({ answers: {}, missing: ['/api/slow'] });
  });

  it('carries no more JSON than its limit, in the order the page names the paths', async () => {
    options = { maxBytes: 3000 };
    const read = await page(['/api/big', '/api/big?again=1', '/api/list']);
    expect(Object.keys(read.answers)).toEqual(['/api/big', '/api/list']);
    expect(read.missing).toEqual(['/api/big?again=1']);
  });

  it('reads nothing for a page without paths', async () => {
    const { port } = server.address() as AddressInfo;
    expect(port).toBeGreaterThan(0);
    const fakeRequest = { socket: { localAddress: '127.0.0.1', localPort: port }, headers: {} } as unknown as express.Request;
    await expect(readPageAnswers(fakeRequest, [])).resolves.toEqual({ answers: {}, missing: [] });
  });
});
