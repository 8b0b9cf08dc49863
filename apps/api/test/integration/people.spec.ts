import { AuditEntryEntity } from '../../src/core/audit/audit-entry.entity';
import { SpaceMemberEntity } from '../../src/modules/space/space-member.entity';
import { UserEntity } from '../../src/core/identity/user.entity';
import { loggedInAgent, memberOf } from '../support/factories';
import { linkIn, readOutbox } from '../support/outbox';
import { startTestApp, TestApp } from '../support/test-app';

type Agent = Awaited<ReturnType<typeof loggedInAgent>>['agent'];

describe('people and their personal data', () => {
  let t: TestApp;
  let admin: Agent;
  let orgId: string;
  let otherOrgId: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await loggedInAgent(t, 'admin')).agent;
    orgId = (await admin.post('/api/organisations').send({ name: 'APS Il Melograno', type: 'aps' })).body.organisation.id;
    otherOrgId = (await admin.post('/api/organisations').send({ name: 'ODV Lontana', type: 'odv' })).body.organisation.id;
  });
  afterAll(() => t.close());

  const consent = { legalBasis: 'consent', purpose: 'Convocazioni del Cantiere', date: '2026-02-01', source: 'Modulo cartaceo' };

  it('records a contact with roles in organisations and the legal basis for contacting them', async () => {
    const res = await admin
      .post('/api/people')
      .send({
        firstName: 'Lucia',
        lastName: 'Bassi',
        email: 'Lucia.Bassi@Example.org',
        phone: '+39 0372 55555',
        affiliations: [{ organisationId: orgId, role: 'legal_representative', title: 'Presidente' }],
        consent,
      })
      .expect(201);
    expect(res.body.person).toMatchObject({
      fullName: 'Lucia Bassi',
      email: 'lucia.bassi@example.org',
      affiliations: [{ organisationId: orgId, organisationName: 'APS Il Melograno', role: 'legal_representative', title: 'Presidente' }],
      consent,
      userId: null,
    });
    const dup = await admin.post('/api/people').send({ firstName: 'Altra', lastName: 'Lucia', email: 'lucia.bassi@example.org' });
    expect(dup.status).toBe(409);
    expect(dup.body.error.details).toEqual([{ path: 'email', message: 'already_exists' }]);
    const bad = await admin
      .post('/api/people')
      .send({ firstName: '', lastName: 'X', affiliations: [{ organisationId: 'nope', role: 'boss' }], consent: { legalBasis: 'whim' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['firstName', 'affiliations.0.organisationId', 'affiliations.0.role', 'consent.legalBasis', 'consent.purpose']),
    );
  });

  it('lets members add and edit people of their own organisation only, and hides consent from others', async () => {
    const { agent } = await memberOf(t, orgId);
    const added = await agent
      .post('/api/people')
      .send({ firstName: 'Piero', lastName: 'Galli', affiliations: [{ organisationId: orgId, role: 'volunteer' }], consent })
      .expect(201);
    expect(
      (await agent.post('/api/people').send({ firstName: 'X', lastName: 'Y', affiliations: [{ organisationId: otherOrgId, role: 'volunteer' }] })).status,
    ).toBe(403);
    expect((await agent.post('/api/people').send({ firstName: 'X', lastName: 'Y' })).status).toBe(403);
    await agent.patch(`/api/people/${added.body.person.id}`).send({ phone: '333 1234567' }).expect(200);

    const outsider = (
      await admin
        .post('/api/people')
        .send({ firstName: 'Esterno', lastName: 'Uno', affiliations: [{ organisationId: otherOrgId, role: 'staff' }], consent, notes: 'riservato' })
    ).body.person;
    const seen = (await agent.get(`/api/people/${outsider.id}`).expect(200)).body.person;
    expect(seen).toMatchObject({ can: { 'person.edit': false, 'person.contact.read': false }, consent: null, notes: null, fullName: 'Esterno Uno' });
    expect((await agent.patch(`/api/people/${outsider.id}`).send({ phone: '333 7654321' })).status).toBe(403);
  });

  it('invites a person, and accepting links the new account to them', async () => {
    const person = (
      await admin
        .post('/api/people')
        .send({ firstName: 'Irene', lastName: 'Sala', email: 'irene.sala@example.org', affiliations: [{ organisationId: orgId, role: 'operator' }] })
    ).body.person;
    await admin.post(`/api/people/${person.id}/invite`).expect(201);
    const mail = readOutbox(t.dataDir).find((m) => m.includes('To: irene.sala@example.org'))!;
    const token = linkIn(mail, '/invito').split('/').pop();
    const res = await t.request().post(`/api/auth/invitations/${token}/accept`).send({ password: 'password di Irene' }).expect(200);
    const linked = (await admin.get(`/api/people/${person.id}`)).body.person;
    expect(linked.userId).toBe(res.body.user.id);
    expect((await admin.post(`/api/people/${person.id}/invite`)).status).toBe(409);
    const noEmail = (await admin.post('/api/people').send({ firstName: 'Senza', lastName: 'Email' })).body.person;
    const refused = await admin.post(`/api/people/${noEmail.id}/invite`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toEqual([{ path: 'email', message: 'required' }]);
  });

  it('exports everything held about a person as JSON, admin only, and logs it', async () => {
    const person = (
      await admin
        .post('/api/people')
        .send({ firstName: 'Dario', lastName: 'Monti', email: 'dario.monti@example.org', affiliations: [{ organisationId: orgId, role: 'delegate' }], consent })
    ).body.person;
    const res = await admin.get(`/api/people/${person.id}/data-export`).expect(200);
    expect(res.headers['content-disposition']).toContain(`dati-persona-${person.id}.json`);
    expect(res.body.person).toMatchObject({ firstName: 'Dario', lastName: 'Monti', email: 'dario.monti@example.org', consent });
    expect(res.body.affiliations).toEqual([{ organisation: 'APS Il Melograno', role: 'delegate', title: null }]);
    const { agent } = await loggedInAgent(t, 'user');
    expect((await agent.get(`/api/people/${person.id}/data-export`)).status).toBe(403);
    const log = await t.dataSource.getRepository(AuditEntryEntity).find({ where: { entityId: person.id, action: 'person.export' } });
    expect(log).toHaveLength(1);
  });

  it('erases a person on request: anonymised everywhere, account closed, memberships and history kept', async () => {
    const person = (
      await admin.post('/api/people').send({
        firstName: 'Elisa',
        lastName: 'Fumagalli',
        email: 'elisa.f@example.org',
        phone: '0372 1',
        affiliations: [{ organisationId: orgId, role: 'delegate', title: 'Delegata' }],
        consent,
      })
    ).body.person;
    await admin.post(`/api/people/${person.id}/invite`).expect(201);
    const token = linkIn(
      readOutbox(t.dataDir).find((m) => m.includes('To: elisa.f@example.org'))!,
      '/invito',
    )
      .split('/')
      .pop();
    const elisa = t.agent();
    const account = await elisa.post(`/api/auth/invitations/${token}/accept`).send({ password: 'password di Elisa' }).expect(200);
    const space = (await admin.post('/api/spaces').send({ name: 'Tavolo di prova', kind: 'thematic_table' })).body.space;
    await admin.post(`/api/spaces/${space.id}/members`).send({ organisationId: orgId, personId: person.id }).expect(201);

    const { agent } = await loggedInAgent(t, 'user');
    expect((await agent.post(`/api/people/${person.id}/erase`)).status).toBe(403);

    const erased = (await admin.post(`/api/people/${person.id}/erase`).expect(200)).body.person;
    expect(erased).toMatchObject({ firstName: 'Persona', email: null, phone: null, notes: null, consent: null });
    expect(erased.lastName).toMatch(/^cancellata /);
    expect(erased.erasedAt).not.toBeNull();
    expect(JSON.stringify(erased)).not.toMatch(/Elisa|Fumagalli|elisa\.f/);

    await elisa.get('/api/auth/me').expect(401);
    const user = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: account.body.user.id });
    expect(user).toMatchObject({ passwordHash: null, name: 'Persona cancellata' });
    expect(user.disabledAt).not.toBeNull();
    await t.request().post('/api/auth/login').send({ email: 'elisa.f@example.org', password: 'password di Elisa' }).expect(401);

    expect(await t.dataSource.getRepository(SpaceMemberEntity).count({ where: { personId: person.id } })).toBe(1);
    const members = (await admin.get(`/api/spaces/${space.id}/members`)).body.items;
    expect(members.map((m: { personName: string }) => m.personName)).toEqual([erased.fullName]);
    expect((await admin.get('/api/people').query({ q: 'Fumagalli' })).body.items).toEqual([]);
    expect((await admin.post(`/api/people/${person.id}/erase`)).status).toBe(409);
    expect((await admin.patch(`/api/people/${person.id}`).send({ firstName: 'Elisa' })).status).toBe(409);
  });
});
