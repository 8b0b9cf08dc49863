import { AuditService } from '../../src/core/audit/audit.service';
import { loggedInAgent } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

type Agent = Awaited<ReturnType<typeof loggedInAgent>>['agent'];

const RECORD_A = '6f1c3a52-0c1e-4b7e-9a55-1d2e3f405061';
const RECORD_B = '6f1c3a52-0c1e-4b7e-9a55-1d2e3f405062';

/** `GET /api/audit`: administrators only, newest first, filtered by entity, record, actor and time, in pages. */
describe('the audit listing and its retention', () => {
  let t: TestApp;
  let admin: Agent;
  let adminId: string;
  let user: Agent;
  let userId: string;

  /** Entries of an entity type no module writes, so that the filters are checked on exactly these rows. */
  const seed = async (rows: { at: string; actorId: string | null; action: string; entityId: string; details: object }[]) => {
    for (const r of rows) {
      await t.dataSource.query(`INSERT INTO audit_log (at, actor_id, action, entity_type, entity_id, details) VALUES ($1, $2, $3, 'listing_test', $4, $5)`, [
        r.at,
        r.actorId,
        r.action,
        r.entityId,
        JSON.stringify(r.details),
      ]);
    }
  };

  beforeAll(async () => {
    t = await startTestApp();
    ({
      agent: admin,
      user: { id: adminId },
    } = await loggedInAgent(t, 'admin'));
    ({
      agent: user,
      user: { id: userId },
    } = await loggedInAgent(t, 'user'));
    await seed([
      { at: '2026-03-01T09:00:00.000Z', actorId: adminId, action: 'listing_test.create', entityId: RECORD_A, details: { after: { name: 'Uno' } } },
      {
        at: '2026-03-02T09:00:00.000Z',
        actorId: userId,
        action: 'listing_test.update',
        entityId: RECORD_A,
        details: { before: { name: 'Uno' }, after: { name: 'Due' } },
      },
      {
        at: '2026-03-03T09:00:00.000Z',
        actorId: null,
        action: 'listing_test.create',
        entityId: RECORD_B,
        details: { after: { name: 'Tre' }, reason: 'import' },
      },
    ]);
  });
  afterAll(() => t.close());

  const list = async (query: Record<string, string>) =>
    (
      await admin
        .get('/api/audit')
        .query({ entity: 'listing_test', ...query })
        .expect(200)
    ).body;

  it('is for administrators only', async () => {
    expect((await t.request().get('/api/audit')).status).toBe(401);
    const refused = await user.get('/api/audit');
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    expect((await admin.get('/api/audit')).status).toBe(200);
  });

  it('lists newest first, with who, what, when and the fields before and after', async () => {
    expect(await list({})).toEqual({
      total: 3,
      page: 1,
      pageSize: 25,
      items: [
        {
          id: expect.any(String),
          at: '2026-03-03T09:00:00.000Z',
          actorId: null,
          actorName: null,
          action: 'listing_test.create',
          entity: 'listing_test',
          entityId: RECORD_B,
          before: null,
          after: { name: 'Tre' },
          details: { reason: 'import' },
        },
        {
          id: expect.any(String),
          at: '2026-03-02T09:00:00.000Z',
          actorId: userId,
          actorName: 'Maria Test',
          action: 'listing_test.update',
          entity: 'listing_test',
          entityId: RECORD_A,
          before: { name: 'Uno' },
          after: { name: 'Due' },
          details: {},
        },
        expect.objectContaining({ at: '2026-03-01T09:00:00.000Z', actorId: adminId, before: null, after: { name: 'Uno' } }),
      ],
    });
  });

  it('filters by record, actor and time window (from inclusive, to exclusive), and pages', async () => {
    const ats = (body: { items: { at: string }[] }) => body.items.map((i) => i.at.slice(0, 10));
    expect(ats(await list({ entityId: RECORD_A }))).toEqual(['2026-03-02', '2026-03-01']);
    expect(ats(await list({ actorId: userId }))).toEqual(['2026-03-02']);
    expect(ats(await list({ from: '2026-03-02T09:00:00.000Z' }))).toEqual(['2026-03-03', '2026-03-02']);
    expect(ats(await list({ to: '2026-03-02T09:00:00.000Z' }))).toEqual(['2026-03-01']);
    expect(ats(await list({ from: '2026-03-01T12:00:00+01:00', to: '2026-03-03T00:00:00Z' }))).toEqual(['2026-03-02']);
    const second = await list({ pageSize: '2', page: '2' });
    expect({ total: second.total, page: second.page, pageSize: second.pageSize, at: ats(second) }).toEqual({
      total: 3,
      page: 2,
      pageSize: 2,
      at: ['2026-03-01'],
    });
    expect((await list({ entity: 'nothing_like_this' })).items).toEqual([]);
  });

  it('refuses malformed filters with the field that is wrong', async () => {
    const res = await admin.get('/api/audit').query({ entityId: 'not-a-uuid', from: 'yesterday', page: '0' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details).toEqual(
      expect.arrayContaining([
        { path: 'entityId', message: 'invalid_id' },
        { path: 'from', message: 'invalid_datetime' },
        { path: 'page', message: 'must_be_positive' },
      ]),
    );
  });

  it('purges the entries older than the retention, and only those', async () => {
    const now = new Date('2027-01-01T00:00:00.000Z');
    const daysBefore = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
    await t.dataSource.query(
      `INSERT INTO audit_log (at, action, entity_type, details) VALUES ($1, 'purge_test.old', 'purge_test', '{}'), ($2, 'purge_test.old', 'purge_test', '{}'), ($3, 'purge_test.kept', 'purge_test', '{}')`,
      [daysBefore(4000), daysBefore(3651), daysBefore(3649)],
    );
    const audit = t.app.get(AuditService);
    const kept = async () =>
      (await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_type = 'purge_test'`)).map((r: { action: string }) => r.action);

    // The default retention is AUDIT_RETENTION_DAYS' default: 3650 days.
    expect(await audit.purgeExpiredAuditEntries(now)).toBe(2);
    expect(await kept()).toEqual(['purge_test.kept']);
    expect(await audit.purgeExpiredAuditEntries(now)).toBe(0);
    // A shorter retention reaches the entry this one kept, and nothing more recent (the other tests' entries).
    expect(await audit.purgeExpiredAuditEntries(now, 3000)).toBe(1);
    expect(await kept()).toEqual([]);
    expect((await list({})).total).toBe(3);
  });
});
