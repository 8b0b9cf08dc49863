// The routes anyone may open (App.tsx). Every other route needs a session.
const PUBLIC_PREFIXES = ['/accesso', '/password-dimenticata', '/reimposta-password/', '/invito/', '/risposta/', '/disiscrizione/'];

/** Whether a path is one of the pages for visitors without a session (login, password reset, invitations, RSVP). */
export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PREFIXES.some((p) => (p.endsWith('/') ? pathname.startsWith(p) : pathname === p));
}
