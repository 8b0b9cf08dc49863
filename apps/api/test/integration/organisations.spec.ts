import { loggedInAgent, memberOf } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

describe('organisations', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof loggedInAgent>>['agent'];
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await loggedInAgent(t, 'admin')).agent;
  });
  afterAll(() => t.close());

  const valid = {
    name: 'Cooperativa sociale Il Faro',
    shortName: 'Il Faro',
    type: 'cooperativa_sociale',
    fiscalCode: '00297960197',
    thematicAreas: ['housing'],
    comuni: ['cremona'],
    website: 'https://ilfaro.example',
  };

  it('an admin registers an organisation with checked tax codes and managed lists', async () => {
    const res = await admin.post('/api/organisations').send(valid).expect(201);
    expect(res.body.organisation).toMatchObject({ ...valid, vatNumber: null, archivedAt: null, can: { 'organisation.edit': true } });
    const read = await admin.get(`/api/organisations/${res.body.organisation.id}`).expect(200);
    expect(read.body.organisation.name).toBe(valid.name);
  });

  it('rejects bad tax codes, unknown types and list entries, and oversized fields, changing nothing', async () => {
    const before = (await admin.get('/api/organisations')).body.total;
    const res = await admin.post('/api/organisations').send({
      name: 'x'.repeat(201),
      type: 'club',
      fiscalCode: '00297960198',
      vatNumber: '1234',
      email: 'nope',
      thematicAreas: ['space_travel'],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual(
      expect.arrayContaining([
        { path: 'name', message: 'too_long' },
        { path: 'type', message: 'unknown_value' },
        { path: 'fiscalCode', message: 'invalid_codice_fiscale' },
        { path: 'vatNumber', message: 'invalid_partita_iva' },
        { path: 'email', message: 'invalid_email' },
      ]),
    );
    const unknownArea = await admin.post('/api/organisations').send({ name: 'Ok Name', type: 'aps', thematicAreas: ['space_travel'] });
    expect(unknownArea.status).toBe(400);
    expect(unknownArea.body.error.details).toEqual([{ path: 'thematicAreas.0', message: 'unknown_value' }]);
    expect((await admin.get('/api/organisations')).body.total).toBe(before);
  });

  it('refuses a duplicate name or codice fiscale with 409 naming the field', async () => {
    await admin.post('/api/organisations').send({ name: 'Duplicata APS', type: 'aps', fiscalCode: '12345678903' }).expect(201);
    const sameName = await admin.post('/api/organisations').send({ name: 'Duplicata APS', type: 'aps' });
    expect(sameName.status).toBe(409);
    expect(sameName.body.error.details).toEqual([{ path: 'name', message: 'already_exists' }]);
    const sameCode = await admin.post('/api/organisations').send({ name: 'Altra APS', type: 'aps', fiscalCode: '12345678903' });
    expect(sameCode.status).toBe(409);
    expect(sameCode.body.error.details).toEqual([{ path: 'fiscalCode', message: 'already_exists' }]);
  });

  it('lets its members edit the profile, but not other organisations, and not create or archive', async () => {
    const mine = (await admin.post('/api/organisations').send({ name: 'ODV La Rete', type: 'odv' }).expect(201)).body.organisation;
    const other = (await admin.post('/api/organisations').send({ name: 'ODV Altrove', type: 'odv' }).expect(201)).body.organisation;
    const { agent } = await memberOf(t, mine.id);
    const edited = await agent.patch(`/api/organisations/${mine.id}`).send({ phone: '0372 111222', notes: 'Aperti il sabato' }).expect(200);
    expect(edited.body.organisation).toMatchObject({ phone: '0372 111222', notes: 'Aperti il sabato', name: 'ODV La Rete', type: 'odv' });
    expect((await agent.get(`/api/organisations/${mine.id}`)).body.organisation.can).toEqual({ 'organisation.edit': true });
    expect((await agent.get(`/api/organisations/${other.id}`)).body.organisation.can).toEqual({ 'organisation.edit': false });
    expect((await agent.patch(`/api/organisations/${other.id}`).send({ phone: '0372 999888' })).status).toBe(403);
    expect((await agent.post('/api/organisations').send({ name: 'Nuova', type: 'aps' })).status).toBe(403);
    expect((await agent.post(`/api/organisations/${mine.id}/archive`)).status).toBe(403);
  });

  it('archiving hides an organisation from the default list but keeps it', async () => {
    const org = (await admin.post('/api/organisations').send({ name: 'Fondazione Archiviata', type: 'fondazione' }).expect(201)).body.organisation;
    await admin.post(`/api/organisations/${org.id}/archive`).expect(200);
    const active = await admin.get('/api/organisations').query({ q: 'Archiviata' });
    expect(active.body.items).toEqual([]);
    const archived = await admin.get('/api/organisations').query({ q: 'Archiviata', archived: 'true' });
    expect(archived.body.items.map((o: { id: string }) => o.id)).toEqual([org.id]);
    expect(archived.body.items[0].archivedAt).not.toBeNull();
    await admin.post(`/api/organisations/${org.id}/restore`).expect(200);
    expect((await admin.get('/api/organisations').query({ q: 'Archiviata' })).body.items).toHaveLength(1);
  });

  it('answers 404 for an unknown or malformed id', async () => {
    await admin.get('/api/organisations/3f1c2b9e-8a4d-4c6b-9e2f-1a2b3c4d5e6f').expect(404);
    await admin.get('/api/organisations/42').expect(404);
  });
});
