import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import express from 'express';
import request from 'supertest';
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
