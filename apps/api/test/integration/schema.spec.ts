import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/data-source-options';
import { pendingSchemaChanges } from '../../src/core/database/schema-diff';
import { createTestDatabase, dropTestDatabase } from '../support/test-database';

describe('database schema', () => {
  let ds: DataSource;
  let dbName: string;

  beforeAll(async () => {
    const db = await createTestDatabase({ empty: true });
    dbName = db.name;
    ds = new DataSource(dataSourceOptions(db.url));
    await ds.initialize();
  });

  afterAll(async () => {
    await ds.destroy();
    await dropTestDatabase(dbName);
  });

  it('comes entirely from migrations, and generating a migration afterwards yields nothing', async () => {
    expect(await pendingSchemaChanges(ds)).toEqual({ up: expect.any(Array), down: expect.any(Array) });
    expect((await pendingSchemaChanges(ds)).up.length).toBeGreaterThan(0);
    await ds.runMigrations();
    expect(await pendingSchemaChanges(ds)).toEqual({ up: [], down: [] });
  });

  it('can be migrated all the way down and up again', async () => {
    await ds.runMigrations();
    const applied = ds.migrations.length;
    for (let i = 0; i < applied; i++) await ds.undoLastMigration();
    const tables = await ds.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`);
    expect(tables).toEqual([]);
    await ds.runMigrations();
    expect(await pendingSchemaChanges(ds)).toEqual({ up: [], down: [] });
  });
});
