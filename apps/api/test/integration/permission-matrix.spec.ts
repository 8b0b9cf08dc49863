import { listen, sessionCookie } from '../support/collab-harness';
import { memberOf } from '../support/factories';
import { seedGraph, type SeededGraph } from '../support/fuzz-seed';
import { apiClient, type Json } from '../support/meeting-fixture';
import { startTestApp, type TestApp } from '../support/test-app';

const ROLES = ['anonymous', 'outsider', 'observer', 'member', 'facilitator', 'administrator'] as const;
type Role = (typeof ROLES)[number];
type Row = Record<Role, number | string>;

/**
 * Who may do what, answered by the application over HTTP for six callers on a members-only working table: an
 * anonymous caller, an account with no role there (outsider), an observer, a member (of the organisation responsible
 * for the action, whose person record is theirs), a facilitator and an administrator. Every cell is written by hand.
 */
describe('permission matrix: role x route, on a real database', () => {
  let t: TestApp;
  let seed: SeededGraph;
  let call: ReturnType<typeof apiClient>;
  const cookies = {} as Record<Role, string | null>;
  let draftMeetingId: string;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_RATE_LIMIT: '10000' });
    const baseUrl = await listen(t.app);
    call = apiClient(baseUrl);
    seed = await seedGraph(t, baseUrl);
    const { f } = seed;
    // The observer belongs to the same organisation as the outsider, so that only the role tells them apart.
    const observer = await memberOf(t, f.orgs[2].id);
    await f.ok('POST', `/api/spaces/${f.space.id}/members`, f.cookies.admin, { organisationId: f.orgs[2].id, personId: observer.person.id, role: 'observer' });
    Object.assign(cookies, {
      anonymous: null,
      outsider: f.cookies.outsider,
      observer: await sessionCookie(baseUrl, observer.user.email),
      member: f.cookies.member,
      facilitator: f.cookies.facilitator,
      administrator: f.cookies.admin,
    });
    draftMeetingId = (await f.ok('POST', '/api/meetings', f.cookies.facilitator, f.meetingInput({ title: 'Seduta in bozza' }))).meeting.id;
  }, 120_000);
  afterAll(() => t?.close());

  /** Each role in turn (in the order of ROLES, so that a change by one does not hide another's answer). */
  async function row(method: string, path: () => string, body?: () => unknown, read: (r: { status: number; body: Json }) => number | string = (r) => r.status) {
    const out = {} as Row;
    for (const role of ROLES) out[role] = read(await call(method, path(), cookies[role], body?.()));
    return out;
  }

  it('reads a members-only space: outsiders are told it does not exist', async () => {
    expect(await row('GET', () => `/api/spaces/${seed.ids.space}`)).toEqual({
      anonymous: 401,
      outsider: 404,
      observer: 200,
      member: 200,
      facilitator: 200,
      administrator: 200,
    });
  });

  it("answers a space's rights as can, for those who see it", async () => {
    const can = (r: { status: number; body: Json }) => (r.status === 200 ? JSON.stringify(r.body.space.can) : String(r.status));
    const contributes = JSON.stringify({ 'space.contribute': true, 'space.manage': false });
    expect(await row('GET', () => `/api/spaces/${seed.ids.space}`, undefined, can)).toEqual({
      anonymous: '401',
      outsider: '404',
      observer: JSON.stringify({ 'space.contribute': false, 'space.manage': false }),
      member: contributes,
      facilitator: JSON.stringify({ 'space.contribute': true, 'space.manage': true }),
      administrator: JSON.stringify({ 'space.contribute': true, 'space.manage': true }),
    });
  });

  it('changes a space: administrators only', async () => {
    expect(
      await row(
        'PATCH',
        () => `/api/spaces/${seed.ids.space}`,
        () => ({ description: 'Tavolo sulla povertà alimentare' }),
      ),
    ).toEqual({
      anonymous: 401,
      outsider: 403,
      observer: 403,
      member: 403,
      facilitator: 403,
      administrator: 200,
    });
  });

  it("lists a space's members to whoever sees it, and lets facilitators and administrators change them", async () => {
    expect(await row('GET', () => `/api/spaces/${seed.ids.space}/members`)).toEqual({
      anonymous: 401,
      outsider: 404,
      observer: 200,
      member: 200,
      facilitator: 200,
      administrator: 200,
    });
    const membership = async () => {
      const members = (await seed.f.ok('GET', `/api/spaces/${seed.ids.space}/members`, seed.f.cookies.admin)).items as Json[];
      return members.find((m) => m.personId === seed.f.third.person.id).id as string;
    };
    const thirdMembership = await membership();
    expect(
      await row(
        'PATCH',
        () => `/api/spaces/${seed.ids.space}/members/${thirdMembership}`,
        () => ({ representation: 'titular' }),
      ),
    ).toEqual({
      anonymous: 401,
      outsider: 404,
      observer: 403,
      member: 403,
      facilitator: 200,
      administrator: 200,
    });
  });

  it('reads a meeting and its attendance: whoever sees the space', async () => {
    for (const path of [
      `/api/meetings/${seed.ids.meeting}`,
      `/api/meetings/${seed.ids.meeting}/attendance`,
      `/api/meetings/${seed.ids.meeting}/agenda-items`,
    ]) {
      expect({ path, row: await row('GET', () => path) }).toEqual({
        path,
        row: { anonymous: 401, outsider: 404, observer: 200, member: 200, facilitator: 200, administrator: 200 },
      });
    }
  });

  it('changes a meeting, its agenda and its register: facilitators (and the officers) and administrators', async () => {
    const id = seed.ids.meeting;
    const managers = { anonymous: 401, outsider: 404, observer: 403, member: 403 };
    expect(
      await row(
        'PATCH',
        () => `/api/meetings/${id}`,
        () => ({ convocationNote: 'Portare i dati del 2025.' }),
      ),
    ).toEqual({
      ...managers,
      facilitator: 200,
      administrator: 200,
    });
    expect(
      await row(
        'POST',
        () => `/api/meetings/${id}/agenda-items`,
        () => ({ title: 'Varie ed eventuali', kind: 'information', plannedMinutes: 5 }),
      ),
    ).toEqual({
      ...managers,
      facilitator: 201,
      administrator: 201,
    });
    expect(
      await row(
        'PATCH',
        () => `/api/meetings/${id}/attendance/${seed.ids.attendanceEntry}`,
        () => ({ status: 'excused' }),
      ),
    ).toEqual({
      ...managers,
      facilitator: 200,
      administrator: 200,
    });
  });

  it('moves a meeting through its lifecycle: facilitators and administrators pass the check, then meet the state rule', async () => {
    // Starting a draft is refused by the lifecycle (409) once the caller may run the meeting: the check comes first.
    expect(
      await row(
        'POST',
        () => `/api/meetings/${draftMeetingId}/transitions`,
        () => ({ transition: 'start' }),
      ),
    ).toEqual({
      anonymous: 401,
      outsider: 404,
      observer: 403,
      member: 403,
      facilitator: 409,
      administrator: 409,
    });
  });

  it('approves the minutes: the officers and administrators pass the check, then meet the state rule', async () => {
    expect(
      await row(
        'POST',
        () => `/api/meetings/${seed.ids.meeting}/minutes/approve`,
        () => ({}),
      ),
    ).toEqual({
      anonymous: 401,
      outsider: 404,
      observer: 403,
      member: 403,
      facilitator: 409,
      administrator: 409,
    });
  });

  it('comments on minutes in review: whoever is on the register or contributes to the space, the officers, administrators', async () => {
    // The observer joined after the meeting was convened, so is not on its register.
    expect(
      await row(
        'POST',
        () => `/api/meetings/${seed.ids.reviewedMeeting}/minutes/remarks`,
        () => ({ kind: 'comment', text: 'Manca la firma.' }),
      ),
    ).toEqual({
      anonymous: 401,
      outsider: 404,
      observer: 403,
      member: 201,
      facilitator: 201,
      administrator: 201,
    });
  });

  it("writes a space's document: its members and facilitators, and administrators; observers read", async () => {
    expect(
      await row(
        'PATCH',
        () => `/api/documents/${seed.ids.document}`,
        () => ({ title: 'Nota di lavoro condivisa' }),
      ),
    ).toEqual({
      anonymous: 401,
      outsider: 404,
      observer: 403,
      member: 200,
      facilitator: 200,
      administrator: 200,
    });
  });

  it("shows a person's contacts to themself, the facilitators of their spaces and administrators", async () => {
    const contacts = (r: { status: number; body: Json }) => (r.status === 200 ? (r.body.person.contactsHidden ? 'hidden' : 'shown') : String(r.status));
    expect(await row('GET', () => `/api/people/${seed.f.member.person.id}`, undefined, contacts)).toEqual({
      anonymous: '401',
      outsider: 'hidden',
      observer: 'hidden',
      member: 'shown',
      facilitator: 'shown',
      administrator: 'shown',
    });
  });

  it("edits an organisation: its own people and administrators (the member's organisation here)", async () => {
    expect(
      await row(
        'PATCH',
        () => `/api/organisations/${seed.f.orgs[1].id}`,
        () => ({ phone: '0372 123456' }),
      ),
    ).toEqual({
      anonymous: 401,
      outsider: 403,
      observer: 403,
      member: 200,
      facilitator: 403,
      administrator: 200,
    });
  });

  it("updates an action: its responsible organisation's people, the space's facilitators and administrators", async () => {
    expect(
      await row(
        'PATCH',
        () => `/api/actions/${seed.ids.action}`,
        () => ({ status: 'in_progress' }),
      ),
    ).toEqual({
      anonymous: 401,
      outsider: 404,
      observer: 403,
      member: 200,
      facilitator: 200,
      administrator: 200,
    });
  });

  it("reads a space's plan, with its rights as can: members co-edit a draft and comment, facilitators also submit, nobody adopts a draft", async () => {
    const can = (r: { status: number; body: Json }) => (r.status === 200 ? JSON.stringify(r.body.plan.can) : String(r.status));
    const rights = (write: boolean, submit: boolean) =>
      JSON.stringify({ 'plan.write': write, 'plan.submit': submit, 'plan.adopt': false, 'plan.comment': write });
    expect(await row('GET', () => `/api/plans/${seed.ids.plan}`, undefined, can)).toEqual({
      anonymous: '401',
      outsider: '404',
      observer: rights(false, false),
      member: rights(true, false),
      facilitator: rights(true, true),
      administrator: rights(true, true),
    });
  });

  it("changes a draft plan's header: its space's members and facilitators, and administrators; observers read", async () => {
    expect(
      await row(
        'PATCH',
        () => `/api/plans/${seed.ids.plan}`,
        () => ({ title: 'Piano del tavolo 2025-2027 - Povertà alimentare' }),
      ),
    ).toEqual({
      anonymous: 401,
      outsider: 404,
      observer: 403,
      member: 200,
      facilitator: 200,
      administrator: 200,
    });
  });

  it('opens a plan in a space: its facilitators and administrators (a space the caller cannot see is an unknown one)', async () => {
    expect(
      await row(
        'POST',
        () => '/api/plans',
        () => ({ spaceId: seed.ids.space, title: 'Piano di prova', startYear: 2026, endYear: 2028 }),
      ),
    ).toEqual({
      anonymous: 401,
      outsider: 400,
      observer: 403,
      member: 403,
      facilitator: 201,
      administrator: 201,
    });
  });

  it('submits or withdraws a plan: facilitators and administrators pass the check, then meet the cycle rule', async () => {
    // Withdrawing a draft is refused by the cycle (409) once the caller may submit: the check comes first.
    expect(
      await row(
        'POST',
        () => `/api/plans/${seed.ids.plan}/transitions`,
        () => ({ transition: 'withdraw' }),
      ),
    ).toEqual({
      anonymous: 401,
      outsider: 404,
      observer: 403,
      member: 403,
      facilitator: 409,
      administrator: 409,
    });
  });

  it("comments on a plan's action: its space's members, facilitators and administrators; observers read", async () => {
    expect(await row('GET', () => `/api/plans/${seed.ids.plan}/comments`)).toEqual({
      anonymous: 401,
      outsider: 404,
      observer: 200,
      member: 200,
      facilitator: 200,
      administrator: 200,
    });
    expect(
      await row(
        'POST',
        () => `/api/plans/${seed.ids.plan}/comments`,
        () => ({ recordKind: 'action', recordId: seed.ids.planCommentAction, body: 'Chi coordina i volontari?' }),
      ),
    ).toEqual({
      anonymous: 401,
      outsider: 404,
      observer: 403,
      member: 201,
      facilitator: 201,
      administrator: 201,
    });
  });

  it("resolves a comment thread: its author (a member), the space's facilitators and administrators", async () => {
    expect(
      await row(
        'POST',
        () => `/api/plans/${seed.ids.plan}/comments/${seed.ids.planComment}/resolution`,
        () => ({ resolved: true }),
      ),
    ).toEqual({
      anonymous: 401,
      outsider: 404,
      observer: 403,
      member: 200,
      facilitator: 200,
      administrator: 200,
    });
  });
});
