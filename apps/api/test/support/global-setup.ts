import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedPostgres } from '../../src/core/database/embedded-postgres';

/**
 * Gives the test run one PostgreSQL server: the one in DATABASE_URL when set, otherwise an embedded one
 * under the system temp dir. Each test file then creates and drops its own database on it.
 */
export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    process.env.CANTIERE_TEST_PG_ADMIN_URL = url.toString();
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-test-pg-'));
  const pg = new EmbeddedPostgres(dir);
  await pg.start('postgres');
  process.env.CANTIERE_TEST_PG_ADMIN_URL = pg.adminUrl();
  (globalThis as Record<string, unknown>).__cantiereTestPg = { pg, dir };
}
