import fs from 'node:fs';
import path from 'node:path';
import express, { NextFunction, Request, Response } from 'express';

type Encoding = 'br' | 'gzip';
const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

// Hashed asset names never change content, so browsers may keep them for a year; index.html names the current
// hashes, so it is revalidated on every visit; the few unhashed files (favicon) may be an hour old.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
const SHORT = 'public, max-age=3600';

/** The encodings the client accepts among those the build precompressed, best first (brotli is smaller). */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  const q = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    q.set(name, weight ? Number(weight.slice(2)) || 0 : 1);
  }
  const accepts = (e: Encoding) => (q.has(e) ? q.get(e)! > 0 : (q.get('*') ?? 0) > 0);
  return (['br', 'gzip'] as const).filter(accepts);
}

/** The built file a URL path names, or null: nothing outside the build and no dotfile (the build manifest). */
function fileFor(distDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.split('/').some((segment) => segment.startsWith('.'))) return null;
  const file = path.join(distDir, decoded);
  if (!file.startsWith(distDir + path.sep)) return null;
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ? file : null;
}

/** Sends a built file in the best precompressed form the client accepts, with the type of the original. */
function sendBuilt(req: Request, res: Response, next: NextFunction, file: string, cacheControl: string): void {
  const encoding = acceptedEncodings(req.headers['accept-encoding']).find((e) => fs.existsSync(file + SUFFIX[e]));
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('Cache-Control', cacheControl);
  res.type(path.extname(file));
  if (encoding) res.setHeader('Content-Encoding', encoding);
  const sent = encoding ? file + SUFFIX[encoding] : file;
  // sendFile keeps the Content-Type set above (it only guesses one when none is set) and adds ETag and ranges.
  res.sendFile(sent, { cacheControl: false, dotfiles: 'allow' }, (err) => {
    if (err && !res.headersSent) next(err);
  });
}

/**
 * In production the API serves the built client too, so that one port serves both. The build holds a brotli and a
 * gzip copy beside each text file (apps/web/build/precompress.mts): the server picks one by Accept-Encoding and
 * never compresses on the fly. Unknown non-API paths get index.html so that the client's router can handle deep
 * links. Returns null when no build is present.
 */
export function webClient(distDir: string): express.Router | null {
  const root = path.resolve(distDir);
  const indexFile = path.join(root, 'index.html');
  if (!fs.existsSync(indexFile)) return null;
  const router = express.Router();
  router.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path.startsWith('/api/') || req.path === '/api' || req.path.startsWith('/socket.io')) return next();
    const isAsset = req.path.startsWith('/assets/');
    const file = req.path === '/' ? null : fileFor(root, req.path);
    // A missing hashed asset is a stale page asking for an old build: index.html in its place would not parse.
    if (!file && isAsset) return void res.status(404).end();
    if (file && file !== indexFile) return sendBuilt(req, res, next, file, isAsset ? IMMUTABLE : SHORT);
    sendBuilt(req, res, next, indexFile, REVALIDATE);
  });
  return router;
}
