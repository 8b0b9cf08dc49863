import { PERMISSIONS, type Permission } from '@cantiere/domain';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { AccessService } from '../../src/core/access/access.service';
import { GLOBAL } from '../../src/core/access/permission-registry';
import type { Actor } from '../../src/core/auth/actor';
import { UserEntity } from '../../src/core/identity/user.entity';
import { listen } from '../support/collab-harness';
import { meetingFixture, type Json } from '../support/meeting-fixture';
import { startTestApp, type TestApp } from '../support/test-app';

const MISSING = '3f1c2b9e-8a4d-4c6b-9e2f-1a2b3c4d5e6f';
const COPIES = 6;

/**
 * The registered rules decide many resources with a fixed number of queries, whatever the number of ids: the count
 * for one id and for every id of a kind (plus one that does not exist) is the same, and is written here by hand.
 */
describe('bulk permission rules', () => {
  let t: TestApp;
  let access: AccessService;
  let f: Awaited<ReturnType<typeof meetingFixture>>;
  const ids = {} as Record<'space' | 'meeting' | 'document' | 'organisation' | 'person' | 'action' | 'plan' | 'planAction' | 'global', string[]>;

  beforeAll(async () => {
    t = await startTestApp();
    f = await meetingFixture(t, await listen(t.app));
    access = t.app.get(AccessService);
    const meetings: string[] = [];
    const documents: string[] = [];
    const plans: string[] = [];
    for (let i = 0; i < COPIES; i++) {
      plans.push(
        (await f.ok('POST', '/api/plans', f.cookies.facilitator, { spaceId: f.space.id, title: `Piano ${i + 1}`, startYear: 2025, endYear: 2027 })).plan.id,
      );
      meetings.push((await f.ok('POST', '/api/meetings', f.cookies.facilitator, f.meetingInput({ title: `Seduta ${i + 1}` }))).meeting.id);
      documents.push(
        (await f.ok('POST', '/api/documents', f.cookies.member, { spaceId: f.space.id, title: `Nota ${i + 1}`, kind: 'working_note' })).document.id,
      );
    }
    const spaces: string[] = [f.space.id];
    for (let i = 1; i < COPIES; i++)
      spaces.push(
        (await f.ok('POST', '/api/spaces', f.cookies.admin, { name: `Tavolo ${i}`, kind: 'thematic_table', visibility: i % 2 ? 'members' : 'network' })).space
          .id,
      );
    const actions: { id: string }[] = await t.dataSource.query(
      `INSERT INTO actions (meeting_id, space_id, block_id, what, responsible_organisation_id, status)
       SELECT m, $2, 'act-' || n, 'Mappare gli empori', $3, 'open' FROM unnest($1::uuid[]) WITH ORDINALITY AS u(m, n) RETURNING id`,
      [meetings, f.space.id, f.orgs[1].id],
    );
    // Adopted plans with one action each, led in turn by the member's organisation and by another: `plan.monitor`.
    const adopted: string[] = [];
    for (let i = 0; i < COPIES; i++)
      adopted.push(
        (await f.ok('POST', '/api/plans', f.cookies.facilitator, { spaceId: f.space.id, title: `Piano adottato ${i + 1}`, startYear: 2025, endYear: 2027 }))
          .plan.id,
      );
    await t.dataSource.query("UPDATE plans SET status = 'adopted', adopted_at = now() WHERE id = ANY($1::uuid[])", [adopted]);
    const planActions: { id: string }[] = await t.dataSource.query(
      `WITH o AS (INSERT INTO plan_objectives (id, plan_id, code, title, order_key, source_hash)
                  SELECT gen_random_uuid(), p, 'OB-1', 'Obiettivo', 'a0', 'seed' FROM unnest($1::uuid[]) AS u(p) RETURNING id, plan_id)
       INSERT INTO plan_actions (id, plan_id, objective_id, order_key, title, lead_organisation_id, source_hash)
       SELECT gen_random_uuid(), o.plan_id, o.id, 'a0', 'Azione', CASE WHEN array_position($1::uuid[], o.plan_id) % 2 = 1 THEN $2::uuid ELSE $3::uuid END, 'seed'
         FROM o ORDER BY array_position($1::uuid[], o.plan_id) RETURNING id`,
      [adopted, f.orgs[1].id, f.orgs[2].id],
    );
    // Running meetings, whose draft minutes their space's members write (the rule's whole path, not its short cut).
    await t.dataSource.query("UPDATE meetings SET status = 'in_progress' WHERE id = ANY($1::uuid[])", [meetings]);
    // Every other plan submitted: writing is held on drafts, adopting on submitted plans.
    await t.dataSource.query("UPDATE plans SET status = 'submitted' WHERE id = ANY($1::uuid[])", [plans.filter((_, i) => i % 2 === 1)]);
    Object.assign(ids, {
      space: spaces,
      meeting: meetings,
      document: documents,
      organisation: f.orgs.map((o: Json) => o.id as string),
      person: [f.facilitator.person.id, f.member.person.id, f.third.person.id, f.outsider.person.id],
      action: actions.map((a) => a.id),
      plan: plans,
      planAction: planActions.map((a) => a.id),
      global: [GLOBAL],
    });
  }, 90_000);
  afterAll(() => t?.close());

  const kindOf = (p: Permission): keyof typeof ids =>
    p === 'platform.administer' ? 'global' : p === 'plan.monitor' ? 'planAction' : p.startsWith('minutes.') ? 'meeting' : (p.split('.')[0] as keyof typeof ids);

  async function memberActor(): Promise<Actor> {
    const actor: Actor = { user: await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: f.member.user.id }), sessionId: null };
    await access.personId(actor); // looked up once per request, before any rule runs
    return actor;
  }

  async function counted<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      const result = await work();
      return { result, queries: spy.mock.calls.length };
    } finally {
      spy.mockRestore();
    }
  }

  // Queries per check for a member, once their person is known: the rule's own lookups and those of the rules it builds on.
  const EXPECTED_QUERIES: Record<Permission, number> = {
    'platform.administer': 0,
    'space.read': 1,
    'space.contribute': 1,
    'space.manage': 1,
    'meeting.read': 2, // the meetings, then space.read
    'meeting.manage': 3, // the meetings, space.read and space.manage
    'minutes.approve': 3,
    'minutes.write': 5, // the meetings, meeting.manage (3) and space.contribute
    'minutes.remark': 7, // the meetings, space.read, meeting.manage (3), space.contribute and the registers
    'document.read': 2, // the documents with their spaces, then a space rule
    'document.write': 2,
    'document.archive': 2,
    'action.update': 3, // the actions, the caller's organisations, space.manage
    'organisation.edit': 1,
    'person.edit': 1,
    'person.contact.read': 1,
    'plan.read': 2, // the plans with their spaces, then a space rule
    'plan.write': 2,
    'plan.submit': 2,
    'plan.adopt': 2,
    'plan.monitor': 4, // the actions with their plans, the caller's organisations, space.manage and space.contribute
    'plan.comment': 2,
  };

  it.each(PERMISSIONS.map((p) => [p]))('decides %s for one id and for many with the same number of queries', async (permission) => {
    const actor = await memberActor();
    const all = ids[kindOf(permission)];
    const one = await counted(() => access.allowed(actor, permission, [all[0]]));
    const many = await counted(() => access.allowed(actor, permission, [...all, MISSING]));
    expect({ one: one.queries, many: many.queries }).toEqual({ one: EXPECTED_QUERIES[permission], many: EXPECTED_QUERIES[permission] });
    expect(many.result.has(MISSING)).toBe(false);
  });

  it('answers what a member holds, resource by resource', async () => {
    const actor = await memberActor();
    const held = async (p: Permission) => {
      const all = ids[kindOf(p)];
      const allowed = await access.allowed(actor, p, all);
      return all.map((id) => allowed.has(id));
    };
    const every = Array<boolean>(COPIES).fill(true);
    const none = Array<boolean>(COPIES).fill(false);
    // The first space is theirs; the others alternate members-only (not theirs) and open to the network.
    expect(await held('space.read')).toEqual([true, false, true, false, true, false]);
    expect(await held('space.contribute')).toEqual([true, ...Array<boolean>(COPIES - 1).fill(false)]);
    expect(await held('space.manage')).toEqual(none);
    expect(await held('meeting.read')).toEqual(every);
    expect(await held('meeting.manage')).toEqual(none);
    expect(await held('minutes.write')).toEqual(every); // draft minutes of running meetings: the space's members write
    expect(await held('minutes.remark')).toEqual(every); // members of the space comment
    expect(await held('document.write')).toEqual(every);
    expect(await held('document.archive')).toEqual(none);
    expect(await held('action.update')).toEqual(every); // their organisation is responsible for each
    expect(await held('organisation.edit')).toEqual([false, true, false]);
    // Themself and nobody else of another organisation; the outsider's contacts stay theirs.
    expect(await held('person.edit')).toEqual([false, true, false, false]);
    expect(await held('platform.administer')).toEqual([false]);
    const drafts = [true, false, true, false, true, false];
    expect(await held('plan.read')).toEqual(every);
    expect(await held('plan.write')).toEqual(drafts); // drafts only: a submitted plan is read-only
    expect(await held('plan.submit')).toEqual(none);
    expect(await held('plan.adopt')).toEqual(none);
    expect(await held('plan.monitor')).toEqual([true, false, true, false, true, false]); // the actions their organisation leads
    expect(await held('plan.comment')).toEqual(every); // in every status: comments carry the monitoring discussion
  });

  /**
   * Rules that answer an administrator without reading rows hold on any id, existing or not, as the deciders before them
   * did; the services look the resource up first and answer 404 for a missing one. The others read rows, so a missing
   * meeting, document or action is held by nobody.
   */
  const HELD_ON_ANY_ID = new Set<Permission>([
    'platform.administer',
    'space.read',
    'space.contribute',
    'space.manage',
    'organisation.edit',
    'person.edit',
    'person.contact.read',
  ]);

  it('lets an administrator hold every right on every resource here', async () => {
    const actor: Actor = { user: await t.dataSource.getRepository(UserEntity).findOneByOrFail({ role: 'admin' }), sessionId: null };
    const held: Record<string, number> = {};
    const expected: Record<string, number> = {};
    for (const p of PERMISSIONS) {
      held[p] = (await access.allowed(actor, p, [...ids[kindOf(p)], MISSING])).size;
      expected[p] = ids[kindOf(p)].length + (HELD_ON_ANY_ID.has(p) ? 1 : 0);
    }
    // A plan's cycle bounds even an administrator: writing on the three drafts, adopting on the three submitted plans.
    Object.assign(expected, { 'plan.write': COPIES / 2, 'plan.adopt': COPIES / 2 });
    expect(held).toEqual(expected);
  });
});
