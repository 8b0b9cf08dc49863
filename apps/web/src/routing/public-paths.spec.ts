import { describe, expect, it } from 'vitest';
import { isPublicPath } from './public-paths';

describe('isPublicPath', () => {
  it('names the pages open without a session', () => {
    for (const p of ['/accesso', '/password-dimenticata', '/reimposta-password/abc', '/invito/abc', '/risposta/abc', '/disiscrizione/abc'])
      expect(isPublicPath(p)).toBe(true);
  });

  it('leaves every other page to the session', () => {
    for (const p of ['/', '/spazi/1', '/sedute/1', '/sedute/1/conduzione', '/account', '/accesso-negato', '/invito', '/notifiche'])
      expect(isPublicPath(p)).toBe(false);
  });
});
