import crypto from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../src/core/database/data-source-options';

/** The environment variable through which the global set-up tells every test file the run's template database. */
export const TEMPLATE_DATABASE_ENV = 'CANTIERE_TEST_PG_TEMPLATE';

function adminUrl(): string {
  const url = process.env.CANTIERE_TEST_PG_ADMIN_URL;
  if (!url) throw new Error('CANTIERE_TEST_PG_ADMIN_URL is not set: run the tests through jest -c apps/api/jest.config.js');
  return url;
}

function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const newName = (prefix: string) => `${prefix}_${crypto.randomBytes(6).toString('hex')}`;

/**
 * One database per run with every migration applied, from which each test file's database is copied: copying is a
 * file-level operation of PostgreSQL, far cheaper than running the migrations once per file. Connections to it are
 * refused afterwards, so that nothing can change it (or hold it open and make the copies fail) during the run.
 */
export async function createTemplateDatabase(): Promise<string> {
  const name = newName('cantiere_template');
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  try {
    const ds = new DataSource(buildDataSourceOptions(databaseUrl(name), []));
    await ds.initialize();
    try {
      await ds.runMigrations();
    } finally {
      await ds.destroy();
    }
    await withAdmin((c) => c.query(`ALTER DATABASE "${name}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`));
  } catch (err) {
    await dropTemplateDatabase(name);
    throw err;
  }
  return name;
}

export async function dropTemplateDatabase(name: string): Promise<void> {
  await withAdmin(async (c) => {
    await c.query(`ALTER DATABASE "${name}" WITH IS_TEMPLATE false`);
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}

/**
 * A database of its own for one test file; returns its URL. It is a copy of the run's template, with the schema
 * already migrated (the application's start-up then finds nothing to apply), unless `empty` asks for a database
 * without any table, for the tests of the migrations themselves.
 */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<{ url: string; name: string }> {
  const name = newName('cantiere_test');
  const template = options.empty ? null : process.env[TEMPLATE_DATABASE_ENV];
  if (!options.empty && !template) throw new Error(`${TEMPLATE_DATABASE_ENV} is not set: run the tests through jest -c apps/api/jest.config.js`);
  await withAdmin((c) => c.query(template ? `CREATE DATABASE "${name}" TEMPLATE "${template}"` : `CREATE DATABASE "${name}"`));
  return { url: databaseUrl(name), name };
}

export async function dropTestDatabase(name: string): Promise<void> {
  await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
