import { renderPage, SESSION_ELEMENT_ID } from './web-page';

const TEMPLATE = '<!doctype html><html><head><title>Cantiere</title><script type="module" src="/assets/index-1.js"></script></head><body></body></html>';
const me = (name: string) => ({
  user: { id: 'u1', email: 'a@b.it', name, role: 'user' as const, locale: 'it' as const, createdAt: '2026-01-01T00:00:00.000Z' },
  organisation: 'Caritas',
});

/** The session data block of a page, parsed as the client parses it. */
function sessionIn(html: string): unknown {
  const doc = html.match(new RegExp(`<script type="application/json" id="${SESSION_ELEMENT_ID}">(.*?)</script>`))?.[1];
  return doc === undefined ? undefined : JSON.parse(doc);
}

describe('renderPage', () => {
  it("puts the page's chunks, stylesheets and data, and the session, in the head", () => {
    const html = renderPage(TEMPLATE, {
      session: me('Anna'),
      modules: ['/assets/MeetingPage-1.js'],
      lazyModules: ['/assets/Minutes-1.js'],
      styles: ['/assets/MeetingPage-1.css'],
      data: ['/api/meetings/42'],
    });
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<link rel="modulepreload" crossorigin href="/assets/MeetingPage-1.js">');
    expect(head).toContain('<link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/Minutes-1.js">');
    expect(head).toContain('<link rel="preload" as="style" crossorigin href="/assets/MeetingPage-1.css">');
    expect(head).toContain('<link rel="preload" as="fetch" crossorigin href="/api/meetings/42">');
    expect(sessionIn(head)).toEqual(me('Anna'));
    expect(html.endsWith('</head><body></body></html>')).toBe(true);
  });

  it('asks for the data before the entry script, and for the chunks after it', () => {
    const html = renderPage(TEMPLATE, { modules: ['/assets/MeetingPage-1.js'], data: ['/api/meetings/42', '/api/meetings/42/attendance'] });
    const at = (text: string) => html.indexOf(text);
    expect(at('/api/meetings/42"')).toBeGreaterThan(at('</title>'));
    expect(at('/api/meetings/42"')).toBeLessThan(at('/api/meetings/42/attendance'));
    expect(at('/api/meetings/42/attendance')).toBeLessThan(at('<script type="module"'));
    expect(at('/assets/MeetingPage-1.js')).toBeGreaterThan(at('<script type="module"'));
    expect(renderPage('<html><head><title>x</title></head></html>', { data: ['/api/spaces'] })).toBe(
      '<html><head><title>x</title><link rel="preload" as="fetch" crossorigin href="/api/spaces">\n</head></html>',
    );
  });

  it('says "nobody" as null, and leaves the page as built when it has nothing to add', () => {
    expect(sessionIn(renderPage(TEMPLATE, { session: null }))).toBeNull();
    expect(renderPage(TEMPLATE, {})).toBe(TEMPLATE);
  });

  it('keeps a name that holds markup inert data', () => {
    const name = '</script><script>alert(1)</script> & \u2028';
    const html = renderPage(TEMPLATE, { session: me(name) });
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toContain('</script><script>alert');
    expect((sessionIn(html) as ReturnType<typeof me>).user.name).toBe(name);
  });
});
