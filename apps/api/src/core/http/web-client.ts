import fs from 'node:fs';
import path from 'node:path';
import express, { NextFunction, Request, Response } from 'express';

/**
 * In production the API serves the built client too, so that one port serves both. Unknown non-API paths get
 * index.html so that the client's router can handle deep links. Returns false when no build is present.
 */
export function webClient(distDir: string): express.Router | null {
  const indexFile = path.join(distDir, 'index.html');
  if (!fs.existsSync(indexFile)) return null;
  const router = express.Router();
  // Nest registers its routes after this router is mounted, so every API request passes through here first: leave
  // at once rather than let the static handlers look for a file named after the request (an fs.stat per request).
  router.use((req: Request, _res: Response, next: NextFunction) => (isServerPath(req.path) ? next('router') : next()));
  // Hashed asset names never change content, so browsers may keep them for a year.
  router.use('/assets', express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }) as express.RequestHandler);
  router.use(express.static(distDir, { index: false, maxAge: '1h' }) as express.RequestHandler);
  router.get(/.*/, (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
  return router;
}

function isServerPath(p: string): boolean {
  return p === '/api' || p.startsWith('/api/') || p.startsWith('/socket.io');
}
