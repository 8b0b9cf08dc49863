import { loadConfig } from '../../src/core/config/config';
import { createLogger } from '../../src/core/logging/logger';
import { offlineOpenApiDocument } from '../../src/core/openapi/offline-document';
import { startTestApp, TestApp } from '../support/test-app';

interface Operation {
  operationId: string;
  summary?: string;
  security?: Record<string, string[]>[];
}

function operationsOf(doc: { paths: Record<string, Record<string, Operation>> }) {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, op })),
  );
}

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
      if (
        !['/api/health', '/api/auth/login'].includes(path) &&
        !path.startsWith('/api/auth/invitations') &&
        !path.startsWith('/api/auth/password-reset') &&
        !path.startsWith('/api/rsvp/') &&
        !path.startsWith('/api/calendar/') &&
        !path.startsWith('/api/unsubscribe/')
      ) {
        expect({ path, method, documents401: statuses.includes('401') }).toEqual({ path, method, documents401: true });
      }
      // Action endpoints (logout, archive, restore, invite, erase, check-in/out, a new feed URL, a mail sent again, marking
      // notifications read, a one-click unsubscribe, a plan's revision started) take no input; every other write does.
      const action =
        /\/(logout|archive|restore|invite|erase|check-in|check-out|calendar-feed|deactivate|reactivate|applied|retry|read|read-all|revision|unsubscribe\/\{token\})$/.test(
          path,
        );
      if (['post', 'patch', 'put'].includes(method) && !action) {
        expect({ path, method, body: Boolean(op.requestBody) }).toEqual({ path, method, body: true });
      }
    }
    const login = doc.paths['/api/auth/login'].post;
    expect(login.requestBody.content['application/json'].schema.properties.email.type).toBe('string');
    expect(login.responses['401'].content['application/json'].schema.properties.error.properties.code.enum).toContain('invalid_credentials');
  });

  it('gives every operation a summary, a unique id and a security requirement, public routes none', async () => {
    const doc = (await t.request().get('/api/openapi.json').expect(200)).body;
    expect(doc.components.securitySchemes).toEqual({
      session: { type: 'apiKey', in: 'cookie', name: 'cantiere_session', description: expect.any(String) },
      apiToken: { type: 'http', scheme: 'bearer', bearerFormat: 'cnt_...', description: expect.any(String) },
    });
    expect(doc.security).toEqual([{ session: [] }, { apiToken: [] }]);
    const operations = operationsOf(doc);
    for (const { route, op } of operations) {
      expect({ route, summary: typeof op.summary === 'string' && op.summary.length >= 5 && op.summary.length <= 80 }).toEqual({ route, summary: true });
    }
    const ids = operations.map(({ op }) => op.operationId);
    expect(ids.every((id) => /^[A-Za-z]+_[A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    // The same routes the anonymous-access test finds marked @Public(), and only those, opt out of the global requirement.
    const open = operations.filter(({ op }) => op.security !== undefined);
    expect(open.every(({ op }) => op.security!.length === 0)).toBe(true);
    expect(open.map(({ route }) => route).sort()).toEqual([
      'GET /api/auth/invitations/{token}',
      'GET /api/calendar/{file}',
      'GET /api/health',
      'GET /api/rsvp/{token}',
      'GET /api/unsubscribe/{token}',
      'POST /api/auth/invitations/{token}/accept',
      'POST /api/auth/login',
      'POST /api/auth/password-reset/confirm',
      'POST /api/auth/password-reset/request',
      'POST /api/unsubscribe/{token}',
      'PUT /api/rsvp/{token}',
    ]);
  });

  it('declares its server, licence, contact and every tag it uses', async () => {
    const doc = (await t.request().get('/api/openapi.json').expect(200)).body;
    expect(doc.servers).toEqual([{ url: '/', description: expect.any(String) }]);
    expect(doc.info.license).toEqual({ name: 'EUPL-1.2', url: expect.stringMatching(/^https:\/\//) });
    expect(doc.info.contact).toEqual({ name: expect.any(String), url: 'http://cantiere.test' });
    const declared = (doc.tags as { name: string; description: string }[]).filter((tag) => tag.description).map((tag) => tag.name);
    const used = new Set(operationsOf(doc).flatMap(({ op }) => (op as { tags?: string[] }).tags ?? []));
    expect([...used].filter((tag) => !declared.includes(tag))).toEqual([]);
    expect(declared.filter((tag) => !used.has(tag))).toEqual([]);
  });

  it('is the document that the test run lints, built without a database', async () => {
    const served = (await t.request().get('/api/openapi.json').expect(200)).body;
    const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'http://cantiere.test', LOG_LEVEL: 'silent' });
    const offline = await offlineOpenApiDocument(config, createLogger('silent'));
    expect(JSON.parse(JSON.stringify(offline))).toEqual(served);
  });

  it('serves the browsable documentation', async () => {
    const res = await t.request().get('/api/docs').redirects(1);
    expect(res.status).toBe(200);
    expect(res.text).toContain('swagger-ui');
  });
});
