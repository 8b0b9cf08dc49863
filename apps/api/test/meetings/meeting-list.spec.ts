import { listen } from '../support/collab-harness';
import { Json, meetingFixture } from '../support/meeting-fixture';
import { startTestApp, TestApp } from '../support/test-app';

/** GET /api/meetings lists the meetings of every space the caller may see, archived spaces included. */
describe('meetings: the list across spaces', () => {
  let t: TestApp;
  let baseUrl: string;
  let f: Awaited<ReturnType<typeof meetingFixture>>;
  let membersOnly: Json;
  let network: Json;
  let archived: Json;
  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t.app);
    f = await meetingFixture(t, baseUrl);
    membersOnly = (await f.ok('POST', '/api/meetings', f.cookies.facilitator, f.meetingInput({ title: 'Seduta del tavolo riservato' }))).meeting;
    const openSpace = (
      await f.ok('POST', '/api/spaces', f.cookies.admin, { name: `Assemblea aperta ${f.space.id.slice(0, 6)}`, kind: 'thematic_table', visibility: 'network' })
    ).space;
    network = (
      await f.ok(
        'POST',
        '/api/meetings',
        f.cookies.admin,
        f.meetingInput({ spaceId: openSpace.id, title: 'Assemblea della rete', chairPersonId: null, minuteTakerPersonId: null }),
      )
    ).meeting;
    const closedSpace = (
      await f.ok('POST', '/api/spaces', f.cookies.admin, { name: `Tavolo concluso ${f.space.id.slice(0, 6)}`, kind: 'thematic_table', visibility: 'network' })
    ).space;
    archived = (
      await f.ok(
        'POST',
        '/api/meetings',
        f.cookies.admin,
        f.meetingInput({ spaceId: closedSpace.id, title: 'Seduta di un tavolo archiviato', chairPersonId: null, minuteTakerPersonId: null }),
      )
    ).meeting;
    await f.ok('POST', `/api/spaces/${closedSpace.id}/archive`, f.cookies.admin);
  });
  afterAll(() => t.close());

  const listed = async (cookie: string) => {
    const { items: meetings } = await f.ok('GET', '/api/meetings', cookie);
    return new Map<string, boolean>((meetings as Json[]).map((m) => [m.id, m.can['meeting.manage']]));
  };

  it('shows a members-only space to its members and administrators, and network spaces to everyone', async () => {
    const forMember = await listed(f.cookies.member);
    expect([forMember.has(membersOnly.id), forMember.has(network.id), forMember.has(archived.id)]).toEqual([true, true, true]);
    const forOutsider = await listed(f.cookies.outsider);
    expect([forOutsider.has(membersOnly.id), forOutsider.has(network.id), forOutsider.has(archived.id)]).toEqual([false, true, true]);
    const forAdmin = await listed(f.cookies.admin);
    expect([forAdmin.has(membersOnly.id), forAdmin.has(network.id), forAdmin.has(archived.id)]).toEqual([true, true, true]);
  });

  it('says which meetings the caller may manage', async () => {
    const forFacilitator = await listed(f.cookies.facilitator);
    expect([forFacilitator.get(membersOnly.id), forFacilitator.get(network.id)]).toEqual([true, false]);
    const forMember = await listed(f.cookies.member);
    expect([forMember.get(membersOnly.id), forMember.get(network.id)]).toEqual([false, false]);
    const forAdmin = await listed(f.cookies.admin);
    expect([forAdmin.get(membersOnly.id), forAdmin.get(network.id)]).toEqual([true, true]);
  });
});
