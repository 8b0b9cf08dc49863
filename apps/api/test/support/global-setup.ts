import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedPostgres } from '../../src/core/database/embedded-postgres';
import { createTemplateDatabase, TEMPLATE_DATABASE_ENV } from './test-database';

/**
 * Gives the test run one PostgreSQL server: the one in DATABASE_URL when set, otherwise an embedded one
 * under the system temp dir. On it, one template database with every migration applied; each test file then
 * creates its own database as a copy of the template, and drops it.
 */
export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    process.env.CANTIERE_TEST_PG_ADMIN_URL = url.toString();
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-test-pg-'));
    const pg = new EmbeddedPostgres(dir);
    await pg.start('postgres');
    process.env.CANTIERE_TEST_PG_ADMIN_URL = pg.adminUrl();
    (globalThis as Record<string, unknown>).__cantiereTestPg = { pg, dir };
  }
  process.env[TEMPLATE_DATABASE_ENV] = await createTemplateDatabase();
}
