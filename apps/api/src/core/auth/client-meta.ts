import type { Request } from 'express';
import type { ClientMeta } from './auth.service';

export function clientMeta(req: Request): ClientMeta {
  return { ip: req.ip, userAgent: req.get('user-agent') ?? undefined };
}
