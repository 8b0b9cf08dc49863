import type { Response } from 'express';
import type { AppConfig } from '../config/config';

export const SESSION_COOKIE = 'cantiere_session';

export function setSessionCookie(res: Response, config: AppConfig, token: string) {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
    path: '/',
    maxAge: config.sessionTtlHours * 3_600_000,
  });
}

export function clearSessionCookie(res: Response, config: AppConfig) {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: config.cookieSecure, path: '/' });
}
