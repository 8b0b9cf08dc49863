import express from 'express';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import supertest from 'supertest';
import { webClient } from './web-client';

/** The built client on the API's port: files and deep links served, server paths left to the routes behind it. */
describe('webClient', () => {
  let dist: string;
  let app: express.Express;
  beforeAll(() => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-web-dist-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Cantiere</title>');
    fs.writeFileSync(path.join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
    // A file named like an API path must never shadow the route.
    fs.mkdirSync(path.join(dist, 'api'));
    fs.writeFileSync(path.join(dist, 'api', 'health'), 'not the api');
    app = express();
    app.use(webClient(dist)!);
    app.use((req, res) => res.status(418).json({ reachedRoutes: req.path }));
  });
  afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

  it('serves hashed assets for a year and deep links as index.html', async () => {
    const asset = await supertest(app).get('/assets/app-1234.js').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await supertest(app).get('/sedute/42').expect(200);
    expect(page.text).toBe('<!doctype html><title>Cantiere</title>');
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('passes /api and /socket.io paths on to what follows, whatever files the build holds', async () => {
    for (const p of ['/api', '/api/health', '/api/meetings?x=1', '/socket.io/']) {
      const res = await supertest(app).get(p).expect(418);
      expect(res.body).toEqual({ reachedRoutes: p.split('?')[0] });
    }
  });
});
