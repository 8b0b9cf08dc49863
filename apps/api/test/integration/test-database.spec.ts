import { Client } from 'pg';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { MIGRATIONS } from '../../../../migrations';
import { createTestDatabase, dropTestDatabase } from '../support/test-database';

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe("the tests' databases", () => {
  const created: string[] = [];
  afterAll(async () => {
    for (const name of created) await dropTestDatabase(name);
  });

  it('are copies of the run’s template, with every migration already applied', async () => {
    const db = await createTestDatabase();
    created.push(db.name);
    const applied = await query<{ name: string }>(db.url, 'SELECT name FROM migrations ORDER BY id');
    expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
  });

  it('are empty when asked to be, for the tests of the migrations themselves', async () => {
    const db = await createTestDatabase({ empty: true });
    created.push(db.name);
    expect(await query(db.url, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`)).toEqual([]);
  });
});
