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
  // Hashed asset names never change content, so browsers may keep them for a year.
  router.use('/assets', express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }) as express.RequestHandler);
  router.use(express.static(distDir, { index: false, maxAge: '1h' }) as express.RequestHandler);
  router.get(/.*/, (req: Request, res: Response, next: NextFunction) => {
    if (req.path.startsWith('/api/') || req.path === '/api' || req.path.startsWith('/socket.io')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
  return router;
}
