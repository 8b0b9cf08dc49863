import { describe, expect, it } from 'vitest';
import { linkHref } from './link-href';

describe('linkHref', () => {
  it.each([
    ['https://www.comune.cremona.it/servizi', 'https://www.comune.cremona.it/servizi'],
    ['  http://example.org  ', 'http://example.org'],
    ['www.comune.cremona.it', 'https://www.comune.cremona.it'],
    ['comune.cremona.it/bandi?anno=2026', 'https://comune.cremona.it/bandi?anno=2026'],
    ['ufficio.piano@comune.cremona.it', 'mailto:ufficio.piano@comune.cremona.it'],
    ['mailto:ufficio.piano@comune.cremona.it', 'mailto:ufficio.piano@comune.cremona.it'],
    ['http://localhost:8080/prova', 'http://localhost:8080/prova'],
  ])('takes %j as %j', (input, href) => {
    expect(linkHref(input)).toEqual({ ok: true, href });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['https://', 'invalid'],
    ['https://intranet', 'invalid'],
    ['www comune it', 'invalid'],
    ['mailto:nessuno', 'invalid'],
    ['javascript:alert(1)', 'scheme'],
    ['JavaScript:alert(1)', 'scheme'],
    ['data:text/html,<b>x</b>', 'scheme'],
    ['ftp://files.example.org', 'scheme'],
  ])('refuses %j (%s)', (input, reason) => {
    expect(linkHref(input)).toEqual({ ok: false, reason });
  });
});
