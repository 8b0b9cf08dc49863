/** The schemes a link in a document may have: the same as the editor schema's link mark allows. */
const SCHEMES = ['http:', 'https:', 'mailto:'];
const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;

export type LinkHref = { ok: true; href: string } | { ok: false; reason: 'empty' | 'invalid' | 'scheme' };

/**
 * What someone typed as a link's address, as the address to store, or why it cannot be one. An address without a
 * scheme is read as a web address (`www.comune.it`) or an email (`ufficio@comune.it`), as people type them; a
 * scheme other than http, https and mailto is refused (the editor would drop it without a word).
 */
export function linkHref(input: string): LinkHref {
  const text = input.trim();
  if (!text) return { ok: false, reason: 'empty' };
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text);
  const candidate = hasScheme ? text : EMAIL.test(text) ? `mailto:${text}` : `https://${text}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (!SCHEMES.includes(url.protocol)) return { ok: false, reason: 'scheme' };
  if (url.protocol === 'mailto:') return EMAIL.test(decodeURIComponent(url.pathname)) ? { ok: true, href: candidate } : { ok: false, reason: 'invalid' };
  // A web address names a host with a dot in it (or this machine): "https://", "https://intranet" are typing slips.
  const host = url.hostname;
  if (!host || /\s/.test(text) || (!host.includes('.') && host !== 'localhost')) return { ok: false, reason: 'invalid' };
  return { ok: true, href: candidate };
}
