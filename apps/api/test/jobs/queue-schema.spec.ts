import { PgBoss } from 'pg-boss';
import { createTestDatabase, dropTestDatabase } from '../support/test-database';
import { startTestApp, TestApp } from '../support/test-app';

// The pg-boss schema version that migrations/pg-boss-schema-v46.ts creates.
const PG_BOSS_SCHEMA_VERSION = 46;

describe('the job queue schema comes from the migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('starts the queue on a freshly migrated database, with every queue and its dead-letter queue', async () => {
    expect(await t.dataSource.query(`SELECT version FROM pgboss.version`)).toEqual([{ version: PG_BOSS_SCHEMA_VERSION }]);
    const queues: { name: string; deadLetter: string | null }[] = await t.dataSource.query(
      `SELECT name, dead_letter AS "deadLetter" FROM pgboss.queue ORDER BY name`,
    );
    const names = queues.map((q) => q.name);
    for (const name of [
      'mail.send',
      'meeting.mails',
      'meeting.minutes-notices',
      'meeting.reminders',
      'meeting.rsvp-reminders',
      'outbox.relay',
      'retention.purge',
    ]) {
      expect(queues.find((q) => q.name === name)).toEqual({ name, deadLetter: `${name}.dead` });
      expect(names).toContain(`${name}.dead`);
    }
  });

  it('does not create the schema itself: pg-boss refuses a database the migrations have not reached', async () => {
    const bare = await createTestDatabase({ empty: true });
    const boss = new PgBoss({ connectionString: bare.url, schema: 'pgboss', migrate: false, createSchema: false, max: 1 });
    boss.on('error', () => undefined);
    try {
      await expect(boss.start()).rejects.toThrow(/not installed/);
    } finally {
      await boss.stop({ graceful: false }).catch(() => undefined);
      await dropTestDatabase(bare.name);
    }
  });
});
