import { loggedInAgent, memberOf } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

type Agent = Awaited<ReturnType<typeof loggedInAgent>>['agent'];
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * GDPR art. 5 (data minimisation): a person's email and phone are shown to administrators, to people of the same
 * organisation, to the facilitators of a space the person belongs to, to the person, and to everyone else only if
 * the person chose so. Names, organisations and roles stay visible to the whole network.
 */
describe("who sees a person's email and phone", () => {
  let t: TestApp;
  let admin: Agent;
  let tina: { agent: Agent; person: Json };
  const viewers: Record<string, Agent> = {};
  const contacts = { firstName: 'Tina', lastName: 'Riservata', email: 'zx81.recapito@example.org', phone: '+39 0372 11111' };

  beforeAll(async () => {
    t = await startTestApp();
    admin = (await loggedInAgent(t, 'admin')).agent;
    const org = async (name: string) => (await admin.post('/api/organisations').send({ name, type: 'aps' }).expect(201)).body.organisation.id as string;
    const [own, other, third] = [await org('APS Casa Comune'), await org('ODV Altrove'), await org('APS Terza Via')];
    const target = await memberOf(t, own);
    await admin.patch(`/api/people/${target.person.id}`).send(contacts).expect(200);
    tina = { agent: target.agent, person: target.person as unknown as Json };
    viewers.colleague = (await memberOf(t, own)).agent;
    const facilitator = await memberOf(t, third);
    const fellowMember = await memberOf(t, other);
    const pastFacilitator = await memberOf(t, third);
    viewers.facilitator = facilitator.agent;
    viewers.fellowMember = fellowMember.agent;
    viewers.pastFacilitator = pastFacilitator.agent;
    viewers.outsider = (await memberOf(t, other)).agent;
    viewers.noPerson = (await loggedInAgent(t, 'user')).agent;

    const space = (await admin.post('/api/spaces').send({ name: 'Tavolo riservato', kind: 'thematic_table' }).expect(201)).body.space;
    const join = (organisationId: string, personId: string, role: string) =>
      admin.post(`/api/spaces/${space.id}/members`).send({ organisationId, personId, role, joinedOn: '2026-01-10' }).expect(201);
    await join(own, target.person.id, 'member');
    await join(third, facilitator.person.id, 'facilitator');
    await join(other, fellowMember.person.id, 'member');
    const past = (await join(third, pastFacilitator.person.id, 'facilitator')).body.member;
    await admin.delete(`/api/spaces/${space.id}/members/${past.id}`).expect(204);
  });
  afterAll(() => t.close());

  const listed = async (agent: Agent, q = 'Riservata') => (await agent.get('/api/people').query({ q }).expect(200)).body.items as Json[];
  const detail = async (agent: Agent) => (await agent.get(`/api/people/${tina.person.id}`).expect(200)).body.person as Json;

  it('omits them in list, detail and search results for callers outside the rules, keeping name and roles', async () => {
    for (const who of ['outsider', 'noPerson', 'fellowMember', 'pastFacilitator']) {
      const [item] = await listed(viewers[who]);
      const one = await detail(viewers[who]);
      for (const person of [item, one]) {
        expect({ who, ...person }).toMatchObject({ who, fullName: 'Tina Riservata', email: null, phone: null, contactsHidden: true, contactsPublic: false });
        expect(person.affiliations).toEqual([expect.objectContaining({ organisationName: 'APS Casa Comune', role: 'operator' })]);
      }
    }
  });

  it("shows them to administrators, the person's organisation, the facilitators of their spaces and the person", async () => {
    for (const [who, agent] of [
      ['admin', admin],
      ['colleague', viewers.colleague],
      ['facilitator', viewers.facilitator],
      ['self', tina.agent],
    ] as const) {
      const [item] = await listed(agent);
      expect({ who, ...item }).toMatchObject({ who, email: contacts.email, phone: contacts.phone, contactsHidden: false });
      expect({ who, ...(await detail(agent)) }).toMatchObject({ who, email: contacts.email, phone: contacts.phone, contactsHidden: false });
    }
  });

  it('does not find a person by a hidden email', async () => {
    for (const q of ['zx81', 'recapito@exa', 'zx81.recapito@example.org']) {
      expect({ q, found: (await listed(viewers.outsider, q)).length }).toEqual({ q, found: 0 });
      expect({ q, found: (await listed(viewers.noPerson, q)).length }).toEqual({ q, found: 0 });
      expect({ q, found: (await listed(viewers.colleague, q)).map((p) => p.fullName) }).toEqual({ q, found: ['Tina Riservata'] });
      expect({ q, found: (await listed(admin, q)).map((p) => p.fullName) }).toEqual({ q, found: ['Tina Riservata'] });
    }
  });

  it('lets the person, or an administrator, show them to the whole network; nobody else chooses for them', async () => {
    const byColleague = await viewers.colleague.patch(`/api/people/${tina.person.id}`).send({ contactsPublic: true });
    expect(byColleague.status).toBe(403);
    expect(byColleague.body.error.details).toEqual([{ path: 'contactsPublic', message: 'not_allowed' }]);
    const bad = await tina.agent.patch(`/api/people/${tina.person.id}`).send({ contactsPublic: 'sì' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([{ path: 'contactsPublic', message: 'invalid_type' }]);
    expect((await detail(viewers.outsider)).email).toBeNull();

    const shown = await tina.agent.patch(`/api/people/${tina.person.id}`).send({ contactsPublic: true }).expect(200);
    expect(shown.body.person).toMatchObject({ contactsPublic: true, email: contacts.email });
    expect(await detail(viewers.outsider)).toMatchObject({ email: contacts.email, phone: contacts.phone, contactsHidden: false, contactsPublic: true });
    expect((await listed(viewers.noPerson, 'zx81')).map((p) => p.email)).toEqual([contacts.email]);

    await admin.patch(`/api/people/${tina.person.id}`).send({ contactsPublic: false }).expect(200);
    expect(await detail(viewers.outsider)).toMatchObject({ email: null, phone: null, contactsHidden: true, contactsPublic: false });
  });

  it('lets only administrators choose it when adding a person', async () => {
    const orgId = (await detail(admin)).affiliations[0].organisationId;
    const res = await viewers.colleague
      .post('/api/people')
      .send({ firstName: 'Nuova', lastName: 'Collega', contactsPublic: true, affiliations: [{ organisationId: orgId, role: 'staff' }] });
    expect(res.status).toBe(403);
    expect(res.body.error.details).toEqual([{ path: 'contactsPublic', message: 'not_allowed' }]);
    const byAdmin = await admin
      .post('/api/people')
      .send({ firstName: 'Nuova', lastName: 'Pubblica', email: 'nuova.pubblica@example.org', contactsPublic: true })
      .expect(201);
    expect((await viewers.outsider.get(`/api/people/${byAdmin.body.person.id}`)).body.person.email).toBe('nuova.pubblica@example.org');
  });

  it('exports the people CSV to administrators only', async () => {
    for (const who of ['outsider', 'colleague', 'facilitator', 'noPerson']) {
      const res = await viewers[who].get('/api/people/export.csv');
      expect({ who, status: res.status, code: res.body?.error?.code }).toEqual({ who, status: 403, code: 'forbidden' });
    }
    const res = await admin.get('/api/people/export.csv').query({ q: 'Riservata' }).expect(200);
    expect(res.text).toContain(contacts.email);
  });
});
