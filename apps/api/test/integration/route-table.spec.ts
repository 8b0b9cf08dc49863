import { allRoutes, paramNamesOf, routeTables, type Route } from '@cantiere/domain';
import { toOpenApi } from '../../src/core/openapi/api-docs.decorators';
import { openApiPath, servedRoutes } from '../support/route-table';
import { createUser, TEST_PASSWORD } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

interface Operation {
  summary: string;
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}
type Document = { paths: Record<string, Record<string, Operation>> };

const key = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

describe('route table', () => {
  let t: TestApp;
  let doc: Document;
  beforeAll(async () => {
    t = await startTestApp();
    doc = (await t.request().get('/api/openapi.json').expect(200)).body;
  });
  afterAll(() => t.close());

  it('declares each route once, under a unique method and path', () => {
    const keys = allRoutes.map((r) => key(r.method, r.path));
    expect(keys.length).toBe(136);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    // A table's entry names its handler: every route is reachable as routeTables.<table>.<handler>.
    const named = Object.values(routeTables).reduce((n, table) => n + Object.keys(table).length, 0);
    expect(named).toBe(keys.length);
  });

  it('is exactly what the application serves, both ways', () => {
    const served = servedRoutes(t.app).map((r) => key(r.method, r.path));
    const declared = allRoutes.map((r) => key(r.method, r.path));
    expect(served.filter((k) => !declared.includes(k))).toEqual([]);
    expect(declared.filter((k) => !served.includes(k))).toEqual([]);
    expect(served.length).toBe(declared.length);
  });

  it('derives each route params from its path', () => {
    const attendance = routeTables.attendanceRoutes.update;
    expect(attendance.path).toBe('/api/meetings/:id/attendance/:entryId');
    expect(Object.keys(attendance.params.shape)).toEqual(['id', 'entryId']);
    expect(attendance.params.safeParse({ id: 'a', entryId: '' }).success).toBe(false);
    for (const r of allRoutes) expect({ path: r.path, params: Object.keys(r.params.shape) }).toEqual({ path: r.path, params: paramNamesOf(r.path) });
  });

  it('keeps one envelope: {thing}, a page {items,total,page,pageSize}, 204 for deletes, files outside', () => {
    // Answers that are not one resource, by design: the probe's format, the caller with their organisation's name,
    // a version beside the texts it is compared with, and the sequence number of a restore's forward change.
    const outside: Record<string, string> = {
      'GET /api/health': 'db,status',
      'GET /api/auth/me': 'organisation,user',
      'GET /api/documents/:id/versions/:versionId': 'now,then,version',
      'POST /api/documents/:id/versions/:versionId/restore': 'seq',
    };
    const shapes = allRoutes.map((r) => {
      const where = key(r.method, r.path);
      if (r.file) return { where, shape: 'file' };
      if (!r.response) return { where, shape: `no body ${r.status}` };
      const keys = Object.keys((toOpenApi(r.response, 'output') as { properties?: object }).properties ?? {}).sort();
      if (keys.join(',') === 'items,page,pageSize,total') return { where, shape: r.method === 'GET' ? 'page' : 'page answered by a write' };
      if (outside[where]) return { where, shape: keys.join(',') === outside[where] ? 'outside' : keys.join(',') };
      return { where, shape: keys.length === 1 ? 'thing' : keys.join(',') };
    });
    const allowed = ['file', 'no body 204', 'no body 202', 'page', 'thing', 'outside'];
    expect(shapes.filter(({ shape }) => !allowed.includes(shape))).toEqual([]);
    expect(shapes.filter(({ where }) => where.startsWith('DELETE ')).map(({ shape }) => shape)).toEqual(Array(7).fill('no body 204'));
    expect(shapes.filter(({ shape }) => shape === 'page').length).toBe(24);
    expect(
      shapes
        .filter(({ shape }) => shape === 'outside')
        .map(({ where }) => where)
        .sort(),
    ).toEqual(Object.keys(outside).sort());
  });

  it('gives the OpenAPI document its operations and nothing else', () => {
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => key(m, path)));
    const declared = allRoutes.map((r) => key(r.method, openApiPath(r.path)));
    expect(documented.sort()).toEqual(declared.sort());
  });

  it('gives each operation the summary, status, schemas and public flag of its table entry', () => {
    const operation = (r: Route) => doc.paths[openApiPath(r.path)][r.method.toLowerCase()];
    for (const r of allRoutes) {
      const op = operation(r);
      const where = key(r.method, r.path);
      expect({ where, summary: op.summary }).toEqual({ where, summary: r.summary });
      expect({ where, public: op.security?.length === 0 }).toEqual({ where, public: r.public === true });
      const success = op.responses[String(r.status)];
      expect({ where, documented: Boolean(success) }).toEqual({ where, documented: true });
      const content = success.content ?? {};
      if (r.file) {
        expect({ where, types: Object.keys(content) }).toEqual({ where, types: [r.file] });
      } else if (r.response) {
        expect({ where, schema: content['application/json']?.schema }).toEqual({ where, schema: toOpenApi(r.response, 'output') });
      } else {
        expect({ where, content: success.content }).toEqual({ where, content: undefined });
      }
      const errors = Object.keys(op.responses).filter((s) => Number(s) >= 400 && !(r.alsoAnswers ?? []).some((a) => a.status === Number(s)));
      expect({ where, errors: errors.map(Number).sort() }).toEqual({ where, errors: [...r.errors].sort() });
      const body = op.requestBody?.content['application/json']?.schema;
      expect({ where, body }).toEqual({ where, body: r.body ? toOpenApi(r.body, 'input') : undefined });
      const query = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      const declaredQuery = r.query ? Object.keys((toOpenApi(r.query, 'input') as { properties?: object }).properties ?? {}) : [];
      expect({ where, query: query.sort() }).toEqual({ where, query: declaredQuery.sort() });
      const params = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
      expect({ where, params: params.sort() }).toEqual({ where, params: paramNamesOf(r.path).sort() });
    }
  });

  it('answers with the status and shape its table entry declares', async () => {
    const health = routeTables.healthRoutes.check;
    const up = await t.request().get(health.path);
    expect(up.status).toBe(health.status);
    expect(health.response.parse(up.body)).toEqual({ status: 'ok', db: 'ok' });

    const { login, me, logout } = routeTables.authRoutes;
    const user = await createUser(t);
    const agent = t.agent();
    const logged = await agent.post(login.path).send({ email: user.email, password: TEST_PASSWORD });
    expect(logged.status).toBe(login.status);
    expect(login.response.parse(logged.body).user.email).toBe(user.email);
    const who = await agent.get(me.path);
    expect(who.status).toBe(me.status);
    expect(me.response.parse(who.body).user.id).toBe(user.id);
    const out = await agent.post(logout.path);
    expect(out.status).toBe(204);
    expect(out.status).toBe(logout.status);
    expect(out.text).toBe('');
  });
});
