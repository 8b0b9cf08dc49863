import { uniqueViolationError } from '../../src/core/database/unique-violation';
import { loggedInAgent } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

type Agent = Awaited<ReturnType<typeof loggedInAgent>>['agent'];

/** Input that PostgreSQL would refuse must be refused earlier, with the field's path, never as a 500. */
describe('bad input reaches no SQL', () => {
  let t: TestApp;
  let admin: Agent;
  let orgId: string;
  let spaceId: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await loggedInAgent(t, 'admin')).agent;
    orgId = (await admin.post('/api/organisations').send({ name: 'Cooperativa Sociale Orizzonte', type: 'cooperativa_sociale' }).expect(201)).body.organisation
      .id;
    spaceId = (await admin.post('/api/spaces').send({ name: 'Tavolo lavoro', kind: 'thematic_table' }).expect(201)).body.space.id;
  });
  afterAll(() => t.close());

  const person = async (firstName: string) =>
    (
      await admin
        .post('/api/people')
        .send({ firstName, lastName: 'Test', affiliations: [{ organisationId: orgId, role: 'delegate' }] })
        .expect(201)
    ).body.person.id as string;
  const issues = (res: { body: { error: { code: string; details?: { path: string; message: string }[] } } }) => ({
    code: res.body.error.code,
    details: res.body.error.details,
  });

  it('refuses a NUL byte or another control character in text fields with 400 and the field path', async () => {
    const org = await admin.post('/api/organisations').send({ name: 'Caritas\u0000', type: 'aps', notes: 'riga\u0007', thematicAreas: ['casa\u0000'] });
    expect(org.status).toBe(400);
    expect(issues(org)).toEqual({
      code: 'validation_failed',
      details: [
        { path: 'name', message: 'control_character' },
        { path: 'thematicAreas.0', message: 'control_character' },
        { path: 'notes', message: 'control_character' },
      ],
    });
    const space = await admin.patch(`/api/spaces/${spaceId}`).send({ description: 'a\u001bb' });
    expect([space.status, issues(space)]).toEqual([400, { code: 'validation_failed', details: [{ path: 'description', message: 'control_character' }] }]);
    const doc = await admin.post('/api/documents').send({ spaceId, title: 'Nota\u0000', kind: 'working_note' });
    expect([doc.status, issues(doc)]).toEqual([400, { code: 'validation_failed', details: [{ path: 'title', message: 'control_character' }] }]);
  });

  it('keeps tab, line feed and carriage return in multi-line text', async () => {
    const res = await admin.post('/api/organisations').send({ name: 'APS Righe', type: 'aps', notes: 'uno\tdue\r\ntre\nquattro' }).expect(201);
    expect(res.body.organisation.notes).toBe('uno\tdue\r\ntre\nquattro');
  });

  it('refuses a lone surrogate, which would be stored as a replacement character', async () => {
    const res = await admin.post('/api/organisations').send({ name: 'APS \ud800 Spezzata', type: 'aps' });
    expect([res.status, issues(res)]).toEqual([400, { code: 'validation_failed', details: [{ path: 'name', message: 'invalid_character' }] }]);
  });

  it('refuses a NUL byte in a search query with 400', async () => {
    for (const path of ['/api/organisations', '/api/people', '/api/organisations/export.csv', '/api/people/export.csv']) {
      const res = await admin.get(path).query({ q: 'Cari\u0000tas' });
      expect({ path, status: res.status, body: res.body }).toEqual({
        path,
        status: 400,
        body: { error: { code: 'validation_failed', message: 'Some fields are not valid', details: [{ path: 'q', message: 'control_character' }] } },
      });
    }
  });

  it('refuses a body that is not JSON instead of reading it as an empty change', async () => {
    const id = await person('Teresa');
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'text/csv', 'multipart/form-data; boundary=x']) {
      const res = await admin
        .patch(`/api/people/${id}`)
        .set('content-type', type)
        .send(JSON.stringify({ notes: 'cambiata' }));
      expect({ type, status: res.status, code: res.body.error?.code }).toEqual({ type, status: 415, code: 'validation_failed' });
    }
    for (const raw of ['[]', '"testo"', 'null', '42']) {
      const res = await admin.patch(`/api/people/${id}`).set('content-type', 'application/json').send(raw);
      expect({ raw, status: res.status, code: res.body.error?.code }).toEqual({ raw, status: 400, code: 'validation_failed' });
    }
    expect((await admin.get(`/api/people/${id}`).expect(200)).body.person.notes).toBeNull();
  });

  it('answers 404 to a path key with a NUL byte, before it reaches SQL', async () => {
    const res = await admin.patch('/api/reference-lists/thematic_area/casa%00').send({ labelIt: 'Casa e abitare' });
    expect([res.status, res.body.error.code]).toEqual([404, 'not_found']);
  });

  it('refuses impossible calendar dates in every date field with 400', async () => {
    const rep = await person('Rita');
    for (const joinedOn of ['2024-02-31', '2024-13-45', '2023-02-29', '0000-01-01']) {
      const res = await admin.post(`/api/spaces/${spaceId}/members`).send({ organisationId: orgId, personId: rep, joinedOn });
      expect({ joinedOn, status: res.status, details: res.body.error?.details }).toEqual({
        joinedOn,
        status: 400,
        details: [{ path: 'joinedOn', message: 'invalid_date' }],
      });
    }
    const added = await admin.post(`/api/spaces/${spaceId}/members`).send({ organisationId: orgId, personId: rep, joinedOn: '2024-02-29' }).expect(201);
    expect(added.body.member.joinedOn).toBe('2024-02-29');
    const left = await admin.patch(`/api/spaces/${spaceId}/members/${added.body.member.id}`).send({ leftOn: '2025-04-31' });
    expect([left.status, left.body.error.details]).toEqual([400, [{ path: 'leftOn', message: 'invalid_date' }]]);
    const consent = { legalBasis: 'consent', purpose: 'Contatti del tavolo', source: 'Modulo cartaceo', date: '2024-02-30' };
    const withConsent = await admin.post('/api/people').send({ firstName: 'Ada', lastName: 'Test', consent });
    expect([withConsent.status, withConsent.body.error.details]).toEqual([400, [{ path: 'consent.date', message: 'invalid_date' }]]);
  });

  it('answers 409 with the field when a past membership is reactivated while another one is active', async () => {
    const rep = await person('Piero');
    const first = (await admin.post(`/api/spaces/${spaceId}/members`).send({ organisationId: orgId, personId: rep, joinedOn: '2025-01-10' }).expect(201)).body
      .member;
    await admin.delete(`/api/spaces/${spaceId}/members/${first.id}`).expect(204);
    await admin.post(`/api/spaces/${spaceId}/members`).send({ organisationId: orgId, personId: rep }).expect(201);
    const reactivated = await admin.patch(`/api/spaces/${spaceId}/members/${first.id}`).send({ leftOn: null });
    expect([reactivated.status, issues(reactivated)]).toEqual([409, { code: 'conflict', details: [{ path: 'personId', message: 'already_member' }] }]);
  });

  it('maps a unique violation from any query to 409 conflict naming the field', async () => {
    const violation = async (sql: string, params: unknown[]) => {
      const err = await t.dataSource.query(sql, params).then(
        () => null,
        (e: unknown) => e,
      );
      const mapped = uniqueViolationError(err);
      return mapped && { status: mapped.status, code: mapped.code, details: mapped.details };
    };
    expect(await violation("INSERT INTO organisations (name, type) VALUES ('Cooperativa Sociale Orizzonte', 'aps')", [])).toEqual({
      status: 409,
      code: 'conflict',
      details: [{ path: 'name', message: 'already_exists' }],
    });
    expect(
      await violation('INSERT INTO reference_items (kind, code, label_it, label_en) SELECT kind, code, label_it, label_en FROM reference_items LIMIT 1', []),
    ).toEqual({ status: 409, code: 'conflict', details: [{ path: 'code', message: 'already_exists' }] });
    const rep = await person('Dario');
    await admin.post(`/api/spaces/${spaceId}/members`).send({ organisationId: orgId, personId: rep }).expect(201);
    expect(
      await violation(
        "INSERT INTO space_members (space_id, organisation_id, person_id, role, representation, joined_on) VALUES ($1, $2, $3, 'member', 'titular', '2025-01-01')",
        [spaceId, orgId, rep],
      ),
    ).toEqual({ status: 409, code: 'conflict', details: [{ path: 'personId', message: 'already_exists' }] });
    // Anything else is left to the caller.
    expect(await violation('SELECT 1/0', [])).toBeNull();
  });

  it('answers 409, never 500, to requests racing past a pre-check', async () => {
    const posts = await Promise.all(
      Array.from({ length: 6 }, () => admin.post('/api/reference-lists/thematic_area').send({ code: 'corsa_parallela', labelIt: 'Corsa', labelEn: 'Race' })),
    );
    expect(posts.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    for (const r of posts.filter((p) => p.status === 409)) expect(r.body.error.code).toBe('conflict');
  });
});
