import { Client } from 'pg';
import { startTestApp, TestApp } from '../support/test-app';

describe('health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports ok while the database answers, and 503 once it does not', async () => {
    const ok = await t.request().get('/api/health');
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ status: 'ok', db: 'ok' });
    // Terminate every connection of this app's database and keep new ones out: the pool then fails.
    const admin = new Client({ connectionString: process.env.CANTIERE_TEST_PG_ADMIN_URL });
    await admin.connect();
    try {
      const name = new URL(t.databaseUrl).pathname.slice(1);
      await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
    } finally {
      await admin.end();
    }
    const down = await t.request().get('/api/health');
    expect(down.status).toBe(503);
    expect(down.body).toEqual({ status: 'error', db: 'error' });
  });
});
