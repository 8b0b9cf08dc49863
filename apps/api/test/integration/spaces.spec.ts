import { loggedInAgent, memberOf } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

type Agent = Awaited<ReturnType<typeof loggedInAgent>>['agent'];

describe('spaces and memberships', () => {
  let t: TestApp;
  let admin: Agent;
  let orgId: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await loggedInAgent(t, 'admin')).agent;
    orgId = (await admin.post('/api/organisations').send({ name: 'Cooperativa Sociale Orizzonte', type: 'cooperativa_sociale' })).body.organisation.id;
  });
  afterAll(() => t.close());

  const person = async (firstName: string, organisationId = orgId) =>
    (await admin.post('/api/people').send({ firstName, lastName: 'Test', affiliations: [{ organisationId, role: 'delegate' }] })).body.person.id as string;

  it('an admin creates the Cantiere and its tables, with a quorum rule; a table cannot contain its parent', async () => {
    const cantiere = (
      await admin
        .post('/api/spaces')
        .send({ name: 'Cantiere di prova', kind: 'cantiere', quorum: { kind: 'majority' } })
        .expect(201)
    ).body.space;
    expect(cantiere).toMatchObject({
      visibility: 'network',
      quorum: { kind: 'majority' },
      parentId: null,
      memberCount: 0,
      can: { 'space.contribute': true, 'space.manage': true },
    });
    // Rights travel only as `can`: the older boolean is gone from the contract.
    expect(cantiere).not.toHaveProperty('canManage');
    const table = (
      await admin
        .post('/api/spaces')
        .send({ name: 'Tavolo casa', kind: 'thematic_table', parentId: cantiere.id, quorum: { kind: 'fraction', value: 0.5 } })
        .expect(201)
    ).body.space;
    expect(table).toMatchObject({ parentId: cantiere.id, parentName: 'Cantiere di prova', quorum: { kind: 'fraction', value: 0.5 } });
    const cycle = await admin.patch(`/api/spaces/${cantiere.id}`).send({ parentId: table.id });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error.details).toEqual([{ path: 'parentId', message: 'parent_cycle' }]);
    const badQuorum = await admin.post('/api/spaces').send({ name: 'Q', kind: 'other', quorum: { kind: 'fraction', value: 3 }, visibility: 'secret' });
    expect(badQuorum.status).toBe(400);
    expect(badQuorum.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['name', 'quorum.value', 'visibility']);
    const list = (await admin.get('/api/spaces')).body.items.map((s: { name: string }) => s.name);
    expect(list.indexOf('Cantiere di prova')).toBeLessThan(list.indexOf('Tavolo casa'));
  });

  it('adds representatives who belong to their organisation, once at a time, and keeps who left', async () => {
    const space = (await admin.post('/api/spaces').send({ name: 'Tavolo lavoro', kind: 'thematic_table' })).body.space;
    const rep = await person('Rita');
    const added = await admin
      .post(`/api/spaces/${space.id}/members`)
      .send({ organisationId: orgId, personId: rep, role: 'member', representation: 'titular', joinedOn: '2026-01-10' })
      .expect(201);
    expect(added.body.member).toMatchObject({
      organisationName: 'Cooperativa Sociale Orizzonte',
      personName: 'Rita Test',
      role: 'member',
      joinedOn: '2026-01-10',
      leftOn: null,
    });
    const again = await admin.post(`/api/spaces/${space.id}/members`).send({ organisationId: orgId, personId: rep });
    expect(again.status).toBe(409);

    const otherOrg = (await admin.post('/api/organisations').send({ name: 'Sindacato Altro', type: 'union' })).body.organisation.id;
    const stranger = await person('Sergio', otherOrg);
    const notAffiliated = await admin.post(`/api/spaces/${space.id}/members`).send({ organisationId: orgId, personId: stranger });
    expect(notAffiliated.status).toBe(400);
    expect(notAffiliated.body.error.details).toEqual([{ path: 'personId', message: 'not_affiliated' }]);

    await admin.delete(`/api/spaces/${space.id}/members/${added.body.member.id}`).expect(204);
    expect((await admin.get(`/api/spaces/${space.id}/members`)).body.items).toEqual([]);
    const history = (await admin.get(`/api/spaces/${space.id}/members`).query({ includePast: 'true' })).body.items;
    expect(history).toHaveLength(1);
    expect(history[0].leftOn).not.toBeNull();
    await admin.post(`/api/spaces/${space.id}/members`).send({ organisationId: orgId, personId: rep, representation: 'substitute' }).expect(201);
  });

  it("lets the space's facilitators manage membership, but not plain members or outsiders", async () => {
    const space = (await admin.post('/api/spaces').send({ name: 'Tavolo cibo', kind: 'thematic_table' })).body.space;
    const facilitator = await memberOf(t, orgId);
    const member = await memberOf(t, orgId);
    await admin.post(`/api/spaces/${space.id}/members`).send({ organisationId: orgId, personId: facilitator.person.id, role: 'facilitator' }).expect(201);
    await admin.post(`/api/spaces/${space.id}/members`).send({ organisationId: orgId, personId: member.person.id, role: 'member' }).expect(201);
    const newcomer = await person('Nuovo');
    const byMember = await member.agent.post(`/api/spaces/${space.id}/members`).send({ organisationId: orgId, personId: newcomer });
    expect(byMember.status).toBe(403);
    const byFacilitator = await facilitator.agent
      .post(`/api/spaces/${space.id}/members`)
      .send({ organisationId: orgId, personId: newcomer, role: 'observer' })
      .expect(201);
    await facilitator.agent.patch(`/api/spaces/${space.id}/members/${byFacilitator.body.member.id}`).send({ role: 'member' }).expect(200);
    expect((await facilitator.agent.get(`/api/spaces/${space.id}`)).body.space).toMatchObject({
      myRole: 'facilitator',
      can: { 'space.contribute': true, 'space.manage': true },
      memberCount: 3,
    });
    expect((await member.agent.get(`/api/spaces/${space.id}`)).body.space).toMatchObject({
      myRole: 'member',
      can: { 'space.contribute': true, 'space.manage': false },
    });
    expect((await facilitator.agent.patch(`/api/spaces/${space.id}`).send({ name: 'Rinominato' })).status).toBe(403);
  });

  it('hides a members-only space from those outside it', async () => {
    const secret = (await admin.post('/api/spaces').send({ name: 'Coordinamento riservato', kind: 'technical_group', visibility: 'members' })).body.space;
    const insider = await memberOf(t, orgId);
    await admin.post(`/api/spaces/${secret.id}/members`).send({ organisationId: orgId, personId: insider.person.id }).expect(201);
    const { agent: outsider } = await loggedInAgent(t, 'user');
    expect((await outsider.get('/api/spaces')).body.items.map((s: { id: string }) => s.id)).not.toContain(secret.id);
    expect((await outsider.get(`/api/spaces/${secret.id}`)).status).toBe(404);
    expect((await outsider.get(`/api/spaces/${secret.id}/members`)).status).toBe(404);
    expect((await insider.agent.get('/api/spaces')).body.items.map((s: { id: string }) => s.id)).toContain(secret.id);
  });
});
