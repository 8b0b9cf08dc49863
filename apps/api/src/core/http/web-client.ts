import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import express, { NextFunction, Request, Response } from 'express';
import type { MeResponse } from '@cantiere/domain';
import { landingPage } from './landing-pages';
import type { PageAnswers } from './page-answers';
import { answersElement, type PageHead, renderPage } from './web-page';

type Encoding = 'br' | 'gzip';
const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

// Hashed asset names never change content, so browsers may keep them for a year; index.html names the current
// hashes, so it is revalidated on every visit; the few unhashed files (favicon) may be an hour old. A page that
// carries who is logged in is kept by no cache at all: a shared one must never hand it to someone else, and the
// browser's own must not show it again (going back, say) after a logout.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
const PERSONAL = 'private, no-store';
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

/** A response body written in parts, compressed (on the fly) when the client accepts it, each part sent as written. */
interface PageStream {
  write(text: string): void;
  /** Sends what has been written so far, so that the browser can start on it while the rest is prepared. */
  flush(): void;
  end(): void;
}

function pageStream(req: Request, res: Response): PageStream {
  res.setHeader('Vary', 'Accept-Encoding');
  const encoding = acceptedEncodings(req.headers['accept-encoding'])[0];
  if (!encoding) return { write: (text) => void res.write(text), flush: () => undefined, end: () => void res.end() };
  res.setHeader('Content-Encoding', encoding);
  // Fast settings: the page is written for this request (the build's files are compressed once, at the highest).
  const zip = encoding === 'br' ? zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }) : zlib.createGzip({ level: 6 });
  zip.pipe(res);
  return { write: (text) => void zip.write(text), flush: () => zip.flush(), end: () => void zip.end() };
}

export interface WebClientOptions {
  /** Who the request's session cookie names, for the page to carry; it throws when that cannot be told. */
  session?: (req: Request) => Promise<MeResponse | null>;
  /** Told when the session could not be looked up: the page is then sent without it and the client asks itself. */
  onSessionError?: (err: unknown) => void;
  /** Reads the page's API paths for someone logged in (page-answers.ts); without it the page only names them. */
  answers?: (req: Request, paths: readonly string[]) => Promise<PageAnswers>;
}

/**
 * In production the API serves the built client too, so that one port serves both. The build holds a brotli and a
 * gzip copy beside each text file (apps/web/build/precompress.mts): the server picks one by Accept-Encoding and
 * never compresses on the fly. Unknown non-API paths get index.html so that the client's router can handle deep
 * links. Returns null when no build is present.
 *
 * index.html also names the files of the page its path shows and, with `session`, who is logged in (web-page.ts) and,
 * with `answers`, the data of the page's first screen: it is then written for each request. A page with data is
 * streamed, compressed as it goes: its head first, the data when read.
 */
export function webClient(distDir: string, options: WebClientOptions = {}): express.Router | null {
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
    sendPage(req, res, next, root, options).catch(next);
  });
  return router;
}

/** index.html with the files and data of the page its path shows, and the request's session. */
async function sendPage(req: Request, res: Response, next: NextFunction, root: string, options: WebClientOptions): Promise<void> {
  const indexFile = path.join(root, 'index.html');
  const page = await landingPage(root, req.path);
  if (!page && !options.session) return sendBuilt(req, res, next, indexFile, REVALIDATE);
  const head: PageHead = { modules: page?.modules, lazyModules: page?.lazy, styles: page?.styles };
  try {
    head.session = await options.session?.(req);
  } catch (err) {
    options.onSessionError?.(err);
  }
  res.setHeader('Cache-Control', head.session === undefined ? REVALIDATE : PERSONAL);
  res.type('html');
  const template = await fs.promises.readFile(indexFile, 'utf8');
  // The data only for someone logged in: for anyone else the page's requests would be refused, and it is left
  // for the login page.
  const paths = head.session ? (page?.data ?? []) : [];
  // A HEAD gets the same headers without a body: nothing to read the data for.
  if (paths.length === 0 || !options.answers || req.method === 'HEAD') {
    if (head.session) head.data = paths;
    return void res.send(renderPage(template, head));
  }
  // The page up to the end of its head goes at once, so that the browser fetches the code while the server reads the
  // data; the data follows, before the body, so it is in the document when the entry module (deferred) runs. What
  // could not be read is left to the client, which asks for it as it would without this.
  const html = renderPage(template, head);
  const end = html.lastIndexOf('</head>');
  const cut = end < 0 ? html.length : end;
  const out = pageStream(req, res);
  out.write(html.slice(0, cut));
  out.flush();
  // The head has gone: whatever happens to the data, the page is finished (without it, the client asks itself).
  const answers = await options.answers(req, paths).then(
    (read) => read.answers,
    () => ({}),
  );
  out.write(answersElement(answers) + html.slice(cut));
  out.end();
}
