import { loggedInAgent } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

type Agent = Awaited<ReturnType<typeof loggedInAgent>>['agent'];

describe('CSV import and export of the network', () => {
  let t: TestApp;
  let admin: Agent;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await loggedInAgent(t, 'admin')).agent;
  });
  afterAll(() => t.close());

  const upload = (path: string, csv: string | Buffer, dryRun: boolean) =>
    admin
      .post(path)
      .query({ dryRun: String(dryRun) })
      .set('Content-Type', 'text/csv')
      .send(Buffer.isBuffer(csv) ? csv : Buffer.from(csv, 'utf8'));
  const count = async () => (await admin.get('/api/organisations').query({ archived: 'all' })).body.total as number;

  const goodAndBad = [
    'nome;tipo;codice_fiscale;aree_tematiche;comuni;email',
    'Cooperativa sociale Alfa;Cooperativa sociale;00297960197;Povertà alimentare|housing;Cremona;info@alfa.example',
    'Associazione Beta;aps;;;;',
    'Gamma;club;00297960198;;;not-an-email',
    'Delta ODV;odv;;spazio;Milano;',
  ].join('\n');

  it('reports row by row in a dry run, with reasons, and changes nothing', async () => {
    const before = await count();
    const res = await upload('/api/organisations/import', goodAndBad, true).expect(200);
    expect(res.body.report.dryRun).toBe(true);
    expect(res.body.report.applied).toBe(false);
    expect(res.body.report.counts).toEqual({ create: 2, update: 0, reject: 2 });
    const rows = res.body.report.rows as { line: number; outcome: string; errors: { column: string; message: string }[] }[];
    expect(rows.map((r) => [r.line, r.outcome])).toEqual([
      [2, 'create'],
      [3, 'create'],
      [4, 'reject'],
      [5, 'reject'],
    ]);
    expect(rows[2].errors).toEqual(
      expect.arrayContaining([
        { column: 'type', message: 'unknown_value' },
        { column: 'fiscal_code', message: 'invalid_codice_fiscale' },
        { column: 'email', message: 'invalid_email' },
      ]),
    );
    expect(rows[3].errors).toEqual(
      expect.arrayContaining([
        { column: 'thematic_areas', message: 'unknown_value:spazio' },
        { column: 'comuni', message: 'unknown_value:Milano' },
      ]),
    );
    expect(await count()).toBe(before);
  });

  it('imports nothing at all when any row is rejected', async () => {
    const before = await count();
    const res = await upload('/api/organisations/import', goodAndBad, false);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('2 rows have errors: nothing was imported');
    expect(res.body.error.details.report.counts.reject).toBe(2);
    expect(await count()).toBe(before);
  });

  it('imports a clean file, then updates the same rows on a second run (matched by codice fiscale or name)', async () => {
    const csv =
      'name,type,fiscal_code,thematic_areas\nCooperativa sociale Alfa,cooperativa_sociale,00297960197,food_poverty|housing\nAssociazione Beta,aps,,\n';
    const first = await upload('/api/organisations/import', csv, false).expect(200);
    expect(first.body.report).toMatchObject({ applied: true, counts: { create: 2, update: 0, reject: 0 } });
    const alfa = (await admin.get('/api/organisations').query({ q: 'Alfa' })).body.items[0];
    expect(alfa).toMatchObject({ type: 'cooperativa_sociale', fiscalCode: '00297960197', thematicAreas: ['food_poverty', 'housing'] });
    const second = await upload('/api/organisations/import', csv.replace('food_poverty|housing', 'housing'), false).expect(200);
    expect(second.body.report.counts).toEqual({ create: 0, update: 2, reject: 0 });
    expect((await admin.get(`/api/organisations/${alfa.id}`)).body.organisation.thematicAreas).toEqual(['housing']);
  });

  it('exports what a filter shows as CSV that imports back unchanged', async () => {
    const res = await admin.get('/api/organisations/export.csv').query({ q: 'Alfa' }).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('organizzazioni.csv');
    const text = res.text.replace(/^\uFEFF/, '');
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('nome;sigla;tipo;codice_fiscale;partita_iva;numero_runts;aree_tematiche;comuni;indirizzo;sito_web;email;telefono;note');
    expect(lines[1].startsWith('Cooperativa sociale Alfa;;cooperativa_sociale;00297960197;')).toBe(true);
    const again = await upload('/api/organisations/import', Buffer.from(res.text, 'utf8'), true).expect(200);
    expect(again.body.report.counts).toEqual({ create: 0, update: 1, reject: 0 });
  });

  it('guards text a spreadsheet would run as a formula, in every export, and still imports the export back unchanged', async () => {
    const formula = '=HYPERLINK("http://x.example";"clic")';
    const org = (
      await admin
        .post('/api/organisations')
        .send({ name: 'Cooperativa Formula', type: 'cooperativa_sociale', phone: '+39 0372 407111', notes: formula })
        .expect(201)
    ).body.organisation;
    const person = (
      await admin
        .post('/api/people')
        .send({
          firstName: 'Ida',
          lastName: 'Formula',
          email: 'ida.formula@example.org',
          phone: '+39 0372 55555',
          affiliations: [{ organisationId: org.id, role: 'staff' }],
        })
        .expect(201)
    ).body.person;

    const orgCsv = (await admin.get('/api/organisations/export.csv').query({ q: 'Formula' }).expect(200)).text;
    const orgLine = orgCsv.split('\r\n')[1];
    expect(orgLine).toContain(";'+39 0372 407111;");
    expect(orgLine.endsWith(`;"'${formula.replace(/"/g, '""')}"`)).toBe(true);
    const orgBack = await upload('/api/organisations/import', Buffer.from(orgCsv, 'utf8'), false).expect(200);
    expect(orgBack.body.report.counts).toEqual({ create: 0, update: 1, reject: 0 });
    expect((await admin.get(`/api/organisations/${org.id}`)).body.organisation).toMatchObject({ phone: '+39 0372 407111', notes: formula });

    const peopleCsv = (await admin.get('/api/people/export.csv').query({ q: 'ida.formula' }).expect(200)).text;
    expect(peopleCsv.split('\r\n')[1]).toBe("Ida;Formula;ida.formula@example.org;'+39 0372 55555;Cooperativa Formula;staff;");
    const peopleBack = await upload('/api/people/import', Buffer.from(peopleCsv, 'utf8'), false).expect(200);
    expect(peopleBack.body.report.counts).toEqual({ create: 0, update: 1, reject: 0 });
    expect((await admin.get(`/api/people/${person.id}`)).body.person.phone).toBe('+39 0372 55555');
  });

  it('refuses files it cannot read, with a clear message and no change', async () => {
    const before = await count();
    const latin1 = Buffer.from('nome;tipo\nAssociazione Città Aperta;aps\n', 'latin1');
    const enc = await upload('/api/organisations/import', latin1, false);
    expect(enc.status).toBe(400);
    expect(enc.body.error.details).toEqual([{ path: 'file', message: 'not_utf8' }]);
    const missing = await upload('/api/organisations/import', 'nome;email\nX;y@z.it\n', true);
    expect(missing.status).toBe(400);
    expect(missing.body.error.details).toEqual([{ path: 'columns.type', message: 'missing_column' }]);
    const huge = await upload('/api/organisations/import', `nome;tipo\n${'Org;aps\n'.repeat(50_000)}`, true);
    expect(huge.status).toBe(400);
    expect(huge.body.error.details).toEqual([{ path: 'file', message: 'too_many_rows' }]);
    const broken = await upload('/api/organisations/import', 'nome;tipo\n"unterminated;aps\n', true);
    expect(broken.status).toBe(400);
    expect(broken.body.error.details).toEqual([{ path: 'file', message: 'malformed_csv' }]);
    const empty = await admin.post('/api/organisations/import').set('Content-Type', 'text/csv').send('');
    expect(empty.status).toBe(400);
    expect(await count()).toBe(before);
  });

  it('imports people with their organisation, merging lines of the same email, and rejects duplicates', async () => {
    const csv = [
      'nome;cognome;email;organizzazione;ruolo;qualifica;base_giuridica;finalita;data_consenso;fonte',
      'Maria;Verdi;maria.verdi@example.org;Cooperativa sociale Alfa;legale rappresentante;Presidente;consenso;Partecipazione ai tavoli;15/01/2026;Modulo di adesione',
      'Maria;Verdi;maria.verdi@example.org;Associazione Beta;volontaria;;;;;',
      'Mario;Neri;maria.verdi@example.org;Associazione Beta;;;;;;',
      'Ugo;Blu;ugo.blu@example.org;Ente Sconosciuto;;;;;;',
    ].join('\n');
    const dry = await upload('/api/people/import', csv, true).expect(200);
    expect(dry.body.report.rows.map((r: { outcome: string }) => r.outcome)).toEqual(['create', 'create', 'reject', 'reject']);
    expect(dry.body.report.rows[2].errors).toEqual([{ column: 'email', message: 'duplicate_email' }]);
    expect(dry.body.report.rows[3].errors).toEqual([{ column: 'organisation', message: 'unknown_organisation' }]);
    const clean = csv.split('\n').slice(0, 3).join('\n');
    await upload('/api/people/import', clean, false).expect(200);
    const maria = (await admin.get('/api/people').query({ q: 'maria.verdi' })).body.items;
    expect(maria).toHaveLength(1);
    expect(maria[0].affiliations.map((a: { organisationName: string; role: string }) => [a.organisationName, a.role])).toEqual([
      ['Associazione Beta', 'volunteer'],
      ['Cooperativa sociale Alfa', 'legal_representative'],
    ]);
    expect(maria[0].consent).toEqual({ legalBasis: 'consent', purpose: 'Partecipazione ai tavoli', date: '2026-01-15', source: 'Modulo di adesione' });
  });

  it('lets only admins import', async () => {
    const { agent } = await loggedInAgent(t, 'user');
    const res = await agent.post('/api/organisations/import').set('Content-Type', 'text/csv').send('nome;tipo\nX;aps\n');
    expect(res.status).toBe(403);
  });
});
