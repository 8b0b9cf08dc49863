import { OrganisationEntity } from '../../src/modules/organisation/organisation.entity';
import { PersonEntity } from '../../src/modules/person/person.entity';
import { UserEntity } from '../../src/core/identity/user.entity';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_PEOPLE, DEMO_SPACES } from '../../src/seed/demo-data';
import { SpaceMemberEntity } from '../../src/modules/space/space-member.entity';
import { SpaceEntity } from '../../src/modules/space/space.entity';
import { SeedService } from '../../src/seed/seed.service';
import { CollabDocuments } from '../../src/collab';
import { startTestApp, TestApp } from '../support/test-app';

describe('demo data and first administrator', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO: 'true', ADMIN_EMAIL: 'Ufficio.Piano@Comune.Cremona.it', ADMIN_PASSWORD: 'una password iniziale' });
  });
  afterAll(() => t.close());

  it('seeds the network once, with organisations of many types and people linked to them', async () => {
    const orgs = await t.dataSource.getRepository(OrganisationEntity).find();
    expect(orgs).toHaveLength(DEMO_ORGANISATIONS.length);
    expect(new Set(orgs.map((o) => o.type)).size).toBeGreaterThanOrEqual(10);
    const people = await t.dataSource.getRepository(PersonEntity).find({ relations: { affiliations: true } });
    expect(people).toHaveLength(DEMO_PEOPLE.length);
    expect(people.every((p) => p.affiliations!.length === 1)).toBe(true);
    const spaces = await t.dataSource.getRepository(SpaceEntity).find();
    expect(spaces).toHaveLength(DEMO_SPACES.length);
    const cantiere = spaces.find((s) => s.kind === 'cantiere')!;
    expect(spaces.filter((s) => s.kind === 'thematic_table' && s.parentId === cantiere.id)).toHaveLength(4);
    expect(await t.dataSource.getRepository(SpaceMemberEntity).count({ where: { spaceId: cantiere.id } })).toBeGreaterThanOrEqual(12);

    await t.app.get(SeedService).seedDemoIfEmpty();
    expect(await t.dataSource.getRepository(OrganisationEntity).count()).toBe(DEMO_ORGANISATIONS.length);
  });

  it('seeds a food-poverty table with a closed meeting whose minutes feed the next agenda', async () => {
    const agent = t.agent();
    expect((await agent.post('/api/auth/login').send({ email: 'marco.bianchi@comune.cremona.it', password: DEMO_PASSWORD })).status).toBe(200);
    const meetings = (await agent.get('/api/meetings')).body.items;
    expect(meetings.map((m: { number: number; status: string }) => [m.number, m.status]).sort()).toEqual([
      [1, 'closed'],
      [2, 'convened'],
    ]);
    const next = meetings.find((m: { status: string }) => m.status === 'convened');
    const backlog = (await agent.get(`/api/meetings/${next.id}/agenda-backlog`)).body.items;
    expect(backlog.map((e: { type: string }) => e.type).sort()).toEqual(['action', 'agenda_item', 'decision']);
    const decisions = (await agent.get(`/api/decisions?spaceId=${next.spaceId}`)).body.items;
    expect(decisions.map((d: { outcome: string }) => d.outcome).sort()).toEqual(['approved', 'postponed']);
    const closed = meetings.find((m: { status: string }) => m.status === 'closed');
    expect((await agent.get(`/api/meetings/${closed.id}/minutes.json`)).body.agenda[0].discussion).toContain('empori solidali');
  });

  it('seeds the Piano di Zona poverty plan in the Cantiere, its rows projected from the live document seeded from them', async () => {
    const agent = t.agent();
    expect((await agent.post('/api/auth/login').send({ email: 'marco.bianchi@comune.cremona.it', password: DEMO_PASSWORD })).status).toBe(200);
    const cantiere = await t.dataSource.getRepository(SpaceEntity).findOneByOrFail({ kind: 'cantiere' });
    const plans = (await agent.get(`/api/plans?spaceId=${cantiere.id}`)).body.items;
    expect(plans.map((p: { title: string; status: string }) => [p.title, p.status])).toEqual([
      ['Piano di Zona 2025-2027 - Area povertà e inclusione', 'draft'],
    ]);
    const plan = (await agent.get(`/api/plans/${plans[0].id}`)).body.plan;
    expect(plan.objectives.map((o: { code: string }) => o.code)).toEqual(['OB-1', 'OB-2', 'OB-3', 'OB-4']);
    expect(plan.actions.length).toBeGreaterThanOrEqual(8);
    expect(plan.actions.length).toBeLessThanOrEqual(12);
    expect(plan.actions.every((a: { leadOrganisationName: string | null }) => a.leadOrganisationName)).toBe(true);
    expect(plan.problems).toEqual([]);
    expect(plan.progress).toBeGreaterThan(0);
    expect(plan.can).toEqual({ 'plan.write': true, 'plan.submit': true, 'plan.adopt': false, 'plan.comment': true });
    // The rows carry the hash of the document's records: nothing was left as the seed wrote it.
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM plan_actions WHERE plan_id = $1 AND source_hash = 'seed'`, [plan.id]);
    expect(n).toBe(0);
    const content = await t.app.get(CollabDocuments).content(plan.docId);
    expect(content.getMap('actions').size).toBe(plan.actions.length);
  });

  it('lets every demo account log in with the documented password', async () => {
    for (const person of DEMO_PEOPLE.filter((p) => p.account)) {
      const res = await t.request().post('/api/auth/login').send({ email: person.email, password: DEMO_PASSWORD });
      expect({ email: person.email, status: res.status, role: res.body.user?.role }).toEqual({ email: person.email, status: 200, role: person.account });
    }
  });

  it('creates the configured administrator besides the demo data, and leaves an existing account alone', async () => {
    await t.request().post('/api/auth/login').send({ email: 'ufficio.piano@comune.cremona.it', password: 'una password iniziale' }).expect(200);
    const users = t.dataSource.getRepository(UserEntity);
    const admin = await users.findOneByOrFail({ email: 'ufficio.piano@comune.cremona.it' });
    expect(admin.role).toBe('admin');
    await users.update(admin.id, { name: 'Renamed', role: 'user' });
    await t.app.get(SeedService).ensureAdmin('ufficio.piano@comune.cremona.it', 'altra password ancora');
    const after = await users.findOneByOrFail({ id: admin.id });
    expect({ name: after.name, role: after.role, passwordHash: after.passwordHash }).toEqual({
      name: 'Renamed',
      role: 'user',
      passwordHash: admin.passwordHash,
    });
  });
});

describe('in production', () => {
  it('seeds no demo data unless asked', async () => {
    const t = await startTestApp({ NODE_ENV: 'production', SEED_DEMO: '' });
    try {
      expect(await t.dataSource.getRepository(OrganisationEntity).count()).toBe(0);
      expect(await t.dataSource.getRepository(UserEntity).count()).toBe(0);
    } finally {
      await t.close();
    }
  });
});
