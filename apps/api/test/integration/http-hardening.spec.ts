import { TEST_PASSWORD, createUser } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

describe('HTTP hardening', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ALLOWED_ORIGINS: 'http://localhost:5173' });
  });
  afterAll(() => t.close());

  it('refuses state-changing requests from another origin (CSRF) and accepts same-origin ones', async () => {
    const user = await createUser(t);
    const login = (origin?: string, site?: string) => {
      const req = t.request().post('/api/auth/login');
      if (origin) req.set('Origin', origin);
      if (site) req.set('Sec-Fetch-Site', site);
      return req.send({ email: user.email, password: TEST_PASSWORD });
    };
    const evil = await login('https://evil.example');
    expect(evil.status).toBe(403);
    expect(evil.body.error.code).toBe('csrf_rejected');
    expect((await login(undefined, 'cross-site')).status).toBe(403);
    expect((await login('http://cantiere.test')).status).toBe(200);
    expect((await login('http://localhost:5173')).status).toBe(200);
    expect((await login(undefined, 'same-origin')).status).toBe(200);
  });

  it('sends security headers with a real content security policy', async () => {
    const res = await t.request().get('/api/health').expect(200);
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers unknown API routes with 404 in the error model', async () => {
    const res = await t.request().get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'not_found', message: 'No route for GET /api/nothing-here' } });
  });
});
