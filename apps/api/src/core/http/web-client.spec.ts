import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import express from 'express';
import request from 'supertest';
import type { PageAnswers } from './page-answers';
import { acceptedEncodings, webClient } from './web-client';

const SCRIPT = `console.log(${JSON.stringify('x'.repeat(4000))});`;
const INDEX = '<!doctype html><title>Cantiere</title>';

/** A build as Vite leaves it: hashed assets with brotli and gzip copies, index.html, a manifest in a dot folder. */
function fakeBuild(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-web-client-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.mkdirSync(path.join(dir, '.vite'));
  const write = (name: string, body: string, compressed = true) => {
    fs.writeFileSync(path.join(dir, name), body);
    if (!compressed) return;
    fs.writeFileSync(path.join(dir, `${name}.br`), zlib.brotliCompressSync(body));
    fs.writeFileSync(path.join(dir, `${name}.gz`), zlib.gzipSync(body));
  };
  write('index.html', INDEX);
  write('assets/index-abc123.js', SCRIPT);
  write('assets/font-abc123.woff2', 'woff2', false);
  write('.vite/manifest.json', '{}', false);
  return dir;
}

/** A GET with node's own client, which (unlike supertest) leaves the body as the bytes that were sent. */
function get(server: http.Server, url: string, acceptEncoding: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: url, headers: { 'accept-encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('webClient', () => {
  let dir: string;
  let app: express.Express;
  let server: http.Server;
  beforeAll(async () => {
    dir = fakeBuild();
    app = express();
    app.use(webClient(dir)!);
    app.use((_req, res) => res.status(418).end());
    server = http.createServer(app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('sends the brotli copy to a browser that accepts it, typed as the original, cached for a year', async () => {
    const res = await get(server, '/assets/index-abc123.js', 'gzip, deflate, br, zstd');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
  });

  it('sends gzip when brotli is not accepted, and the plain file when neither is', async () => {
    const gz = await get(server, '/assets/index-abc123.js', 'gzip, br;q=0');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(SCRIPT);
    const plain = await get(server, '/assets/index-abc123.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
    expect(plain.headers['vary']).toBe('Accept-Encoding');
  });

  it('sends a file that has no compressed copy as it is', async () => {
    const res = await request(app).get('/assets/font-abc123.woff2').set('Accept-Encoding', 'br, gzip');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-type']).toBe('font/woff2');
  });

  it('sends index.html, compressed and revalidated on every visit, for the root and for deep links', async () => {
    for (const url of ['/', '/sedute/123', '/index.html']) {
      const res = await get(server, url, 'br');
      expect({ url, status: res.status, encoding: res.headers['content-encoding'], cache: res.headers['cache-control'] }).toEqual({
        url,
        status: 200,
        encoding: 'br',
        cache: 'no-cache',
      });
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(zlib.brotliDecompressSync(res.body).toString()).toBe(INDEX);
    }
  });

  it('answers 404 for a missing asset and never serves the manifest or anything outside the build', async () => {
    expect((await request(app).get('/assets/gone-123.js')).status).toBe(404);
    const manifest = await request(app).get('/.vite/manifest.json');
    expect(manifest.text).toBe(INDEX);
    const outside = await request(app).get('/..%2f..%2fetc%2fpasswd');
    expect(outside.text).toBe(INDEX);
  });

  it('leaves API paths and non-GET requests to the API', async () => {
    expect((await request(app).get('/api/health')).status).toBe(418);
    expect((await request(app).post('/accesso')).status).toBe(418);
  });
});

describe('acceptedEncodings', () => {
  it('reads q-values and the wildcard', () => {
    expect(acceptedEncodings('gzip, deflate, br')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('br;q=0, gzip;q=0.5')).toEqual(['gzip']);
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('*;q=0, gzip')).toEqual(['gzip']);
    expect(acceptedEncodings(undefined)).toEqual([]);
  });
});

describe('webClient, the page of a request', () => {
  const me = {
    user: {
      id: '6f1c2f43-52b5-4c8e-9d0a-3f1f8f3c1a11',
      email: 'anna@ilcerchio.example',
      name: 'Anna',
      role: 'user' as const,
      locale: 'it' as const,
      createdAt: '2026-01-01T00:00:00.000Z',
    },
    organisation: 'Il Cerchio',
  };
  let dir: string;
  let failures: unknown[];
  let lookUp: (cookie: string | undefined) => Promise<typeof me | null>;
  let app: express.Express;
  beforeAll(() => {
    dir = fakeBuild();
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><head><title>Cantiere</title></head><body></body></html>');
    const table = { '/sedute/:id': { modules: ['/assets/MeetingPage-1.js'], styles: ['/assets/MeetingPage-1.css'], data: ['/api/meetings/:id'] } };
    fs.writeFileSync(path.join(dir, '.vite/landing-pages.json'), JSON.stringify(table));
    app = express();
    app.use((req, _res, next) => ((req.cookies = { cantiere_session: req.get('x-test-cookie') }), next()));
    app.use(webClient(dir, { session: (req) => lookUp(req.cookies?.cantiere_session as string | undefined), onSessionError: (err) => failures.push(err) })!);
  });
  beforeEach(() => {
    failures = [];
    lookUp = async (cookie) => (cookie === 'good' ? me : null);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const session = (html: string) => JSON.parse(html.match(/id="cantiere-session">(.*?)<\/script>/)![1]) as unknown;

  it('carries who is logged in, and is kept by no cache', async () => {
    const res = await request(app).get('/').set('x-test-cookie', 'good').set('Accept-Encoding', 'br, gzip').expect(200);
    expect(session(res.text)).toEqual(me);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('says that nobody is logged in without a live session', async () => {
    const res = await request(app).get('/accesso').set('x-test-cookie', 'expired').expect(200);
    expect(session(res.text)).toBeNull();
    expect(res.headers['cache-control']).toBe('private, no-store');
  });

  it('goes without the session when it cannot be looked up, and says so', async () => {
    lookUp = () => Promise.reject(new Error('database down'));
    const res = await request(app).get('/').set('x-test-cookie', 'good').expect(200);
    expect(res.text).not.toContain('cantiere-session');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(failures).toHaveLength(1);
  });

  it("names the chunks, stylesheet and data of the page the path shows, and none for a path without a page's files", async () => {
    const meeting = await request(app).get('/sedute/42').set('x-test-cookie', 'good').expect(200);
    expect(meeting.text).toContain('<link rel="modulepreload" crossorigin href="/assets/MeetingPage-1.js">');
    expect(meeting.text).toContain('<link rel="preload" as="style" crossorigin href="/assets/MeetingPage-1.css">');
    expect(meeting.text).toContain('<link rel="preload" as="fetch" crossorigin href="/api/meetings/42">');
    const home = await request(app).get('/').set('x-test-cookie', 'good').expect(200);
    expect(home.text).not.toContain('<link');
  });

  it("leaves the page's data out for a visitor without a session, whose requests would be refused", async () => {
    const meeting = await request(app).get('/sedute/42').expect(200);
    expect(meeting.text).toContain('<link rel="modulepreload" crossorigin href="/assets/MeetingPage-1.js">');
    expect(meeting.text).not.toContain('as="fetch"');
  });

  it('still sends the built files themselves as before', async () => {
    const res = await request(app).get('/assets/index-abc123.js').set('Accept-Encoding', 'br').expect(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});

describe('webClient, a page that carries its data', () => {
  const me = {
    user: { id: 'u1', email: 'a@b.it', name: 'Anna', role: 'user' as const, locale: 'it' as const, createdAt: '2026-01-01T00:00:00.000Z' },
    organisation: null,
  };
  let dir: string;
  let server: http.Server;
  let read: (paths: readonly string[]) => Promise<PageAnswers>;
  let asked: string[][];
  beforeAll(async () => {
    dir = fakeBuild();
    fs.writeFileSync(
      path.join(dir, 'index.html'),
      '<!doctype html><html><head><title>Cantiere</title><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>',
    );
    const table = { '/sedute/:id': { modules: ['/assets/MeetingPage-1.js'], data: ['/api/meetings/:id', '/api/meetings/:id/attendance'] } };
    fs.writeFileSync(path.join(dir, '.vite/landing-pages.json'), JSON.stringify(table));
    const app = express();
    app.use((req, _res, next) => ((req.cookies = { cantiere_session: req.get('x-test-cookie') }), next()));
    app.use(
      webClient(dir, {
        session: async (req) => (req.cookies?.cantiere_session === 'good' ? me : null),
        answers: (_req, paths) => (asked.push([...paths]), read(paths)),
      })!,
    );
    server = http.createServer(app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  });
  beforeEach(() => {
    asked = [];
    read = async (paths) => ({ answers: { [paths[0]]: { id: '42', title: '<b>Seduta</b> </script>' } }, missing: paths.slice(1) });
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A GET of a page as a browser sends it, its body decompressed; `onFirstBytes` is told when the first part arrives. */
  function page(url: string, cookie: string | null, acceptEncoding = 'br, gzip', onFirstBytes?: () => void) {
    const { port } = server.address() as AddressInfo;
    return new Promise<{ headers: http.IncomingHttpHeaders; html: string }>((resolve, reject) => {
      const headers: Record<string, string> = { 'accept-encoding': acceptEncoding, ...(cookie ? { 'x-test-cookie': cookie } : {}) };
      http
        .get({ host: '127.0.0.1', port, path: url, headers }, (res) => {
          const encoding = res.headers['content-encoding'];
          const body = encoding === 'br' ? res.pipe(zlib.createBrotliDecompress()) : encoding === 'gzip' ? res.pipe(zlib.createGunzip()) : res;
          const chunks: Buffer[] = [];
          body.on('data', (c: Buffer) => (chunks.length === 0 && onFirstBytes?.(), chunks.push(c)));
          body.on('end', () => resolve({ headers: res.headers, html: Buffer.concat(chunks).toString('utf8') }));
          body.on('error', reject);
        })
        .on('error', reject);
    });
  }
  const answersIn = (html: string) => JSON.parse(html.match(/<script type="application\/json" id="cantiere-answers">(.*?)<\/script>/)![1]) as unknown;

  it("carries the answers the server read, in the head and before the body, and leaves out the paths' preloads", async () => {
    const { headers, html } = await page('/sedute/42', 'good');
    expect(asked).toEqual([['/api/meetings/42', '/api/meetings/42/attendance']]);
    expect(answersIn(html)).toEqual({ '/api/meetings/42': { id: '42', title: '<b>Seduta</b> </script>' } });
    expect(html.indexOf('id="cantiere-answers"')).toBeLessThan(html.indexOf('</head>'));
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    expect(html).not.toContain('as="fetch"');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/MeetingPage-1.js">');
    expect(html.endsWith('</head><body><div id="root"></div></body></html>')).toBe(true);
    expect(headers['cache-control']).toBe('private, no-store');
    expect(headers['content-encoding']).toBe('br');
  });

  it('sends the head, which names the code, before the data has been read', async () => {
    let release!: () => void;
    read = (paths) => new Promise((resolve) => (release = () => resolve({ answers: { [paths[0]]: { id: '42' } }, missing: [] })));
    let firstBytes = false;
    const response = page('/sedute/42', 'good', 'gzip', () => (firstBytes = true));
    while (!firstBytes) await new Promise((r) => setTimeout(r, 5));
    release();
    const { headers, html } = await response;
    expect(headers['content-encoding']).toBe('gzip');
    expect(answersIn(html)).toEqual({ '/api/meetings/42': { id: '42' } });
  });

  it('is whole, without data, when reading it fails, and uncompressed for a client that takes nothing else', async () => {
    read = () => Promise.reject(new Error('database down'));
    const { headers, html } = await page('/sedute/42', 'good', 'identity');
    expect(headers['content-encoding']).toBeUndefined();
    expect(html).not.toContain('cantiere-answers');
    expect(html.endsWith('</head><body><div id="root"></div></body></html>')).toBe(true);
  });

  it('reads nothing for a HEAD of a page with data, which carries no body', async () => {
    const { port } = server.address() as AddressInfo;
    const headers = await new Promise<http.IncomingHttpHeaders>((resolve, reject) =>
      http
        .request(
          { host: '127.0.0.1', port, path: '/sedute/42', method: 'HEAD', headers: { 'x-test-cookie': 'good' } },
          (res) => (res.resume(), resolve(res.headers)),
        )
        .on('error', reject)
        .end(),
    );
    expect(headers['content-type']).toMatch(/^text\/html/);
    expect(headers['cache-control']).toBe('private, no-store');
    expect(asked).toEqual([]);
  });

  it('reads nothing for a visitor who is not logged in, nor for a page without data', async () => {
    const meeting = await page('/sedute/42', null);
    const home = await page('/', 'good');
    expect(asked).toEqual([]);
    expect(meeting.html).not.toContain('cantiere-answers');
    expect(home.html).not.toContain('cantiere-answers');
  });
});
