import crypto from 'node:crypto';
import { Client } from 'pg';

function adminUrl(): string {
  const url = process.env.CANTIERE_TEST_PG_ADMIN_URL;
  if (!url) throw new Error('CANTIERE_TEST_PG_ADMIN_URL is not set: run the tests through jest -c apps/api/jest.config.js');
  return url;
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

/** A fresh, empty database for one test file; returns its URL. */
export async function createTestDatabase(): Promise<{ url: string; name: string }> {
  const name = `cantiere_test_${crypto.randomBytes(6).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return { url: url.toString(), name };
}

export async function dropTestDatabase(name: string): Promise<void> {
  await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
