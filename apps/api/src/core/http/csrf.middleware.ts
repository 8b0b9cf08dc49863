import type { NextFunction, Request, Response } from 'express';
import { errorBody } from '../errors/error-body';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing requests that a browser sends from another site. SameSite=Lax already keeps the
 * session cookie off cross-site POSTs; the Origin check also covers older browsers and same-site subdomains.
 * Requests without Origin or Fetch metadata come from scripts, which carry no ambient cookie.
 */
export function csrfProtection(allowedOrigins: string[]) {
  const allowed = new Set(allowedOrigins);
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const origin = req.get('origin');
    const ownOrigin = `${req.protocol}://${req.get('host')}`;
    const fetchSite = req.get('sec-fetch-site');
    const crossSite = origin ? origin !== ownOrigin && !allowed.has(origin) : fetchSite === 'cross-site';
    if (crossSite) {
      res.status(403).json(errorBody('csrf_rejected', 'Cross-site request refused'));
      return;
    }
    next();
  };
}
