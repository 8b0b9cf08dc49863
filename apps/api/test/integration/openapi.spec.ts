import { startTestApp, TestApp } from '../support/test-app';

describe('OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('documents every route with its responses, request bodies and error codes', async () => {
    const res = await t.request().get('/api/openapi.json').expect(200);
    const doc = res.body;
    expect(doc.openapi).toMatch(/^3\./);
    const operations = Object.entries(doc.paths as Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown }>>).flatMap(
      ([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(13);
    for (const { path, method, op } of operations) {
      const statuses = Object.keys(op.responses);
      expect({ path, method, hasSuccess: statuses.some((s) => s.startsWith('2')) }).toEqual({ path, method, hasSuccess: true });
      if (!['/api/health', '/api/auth/login'].includes(path) && !path.startsWith('/api/auth/invitations') && !path.startsWith('/api/auth/password-reset') && !path.startsWith('/api/rsvp/') && !path.startsWith('/api/calendar/')) {
        expect({ path, method, documents401: statuses.includes('401') }).toEqual({ path, method, documents401: true });
      }
      // Action endpoints (logout, archive, restore, invite, erase, check-in/out, a new feed URL) take no input; every other write does.
      const action = /\/(logout|archive|restore|invite|erase|check-in|check-out|calendar-feed|deactivate|reactivate|applied)$/.test(path);
      if (['post', 'patch', 'put'].includes(method) && !action) {
        expect({ path, method, body: Boolean(op.requestBody) }).toEqual({ path, method, body: true });
      }
    }
    const login = doc.paths['/api/auth/login'].post;
    expect(login.requestBody.content['application/json'].schema.properties.email.type).toBe('string');
    expect(login.responses['401'].content['application/json'].schema.properties.error.properties.code.enum).toContain('invalid_credentials');
  });

  it('serves the browsable documentation', async () => {
    const res = await t.request().get('/api/docs').redirects(1);
    expect(res.status).toBe(200);
    expect(res.text).toContain('swagger-ui');
  });
});
