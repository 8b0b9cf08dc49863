import { BUDGET_BY_ORGANISATION_RULE } from '@cantiere/domain';
import { docxText, unzip } from '../support/document-text';
import { listen } from '../support/collab-harness';
import type { Json } from '../support/meeting-fixture';
import { startTestApp, type TestApp } from '../support/test-app';
import { seedExportPlan } from './plan-export-fixture';
import { planFixture } from './plan-fixture';

/** Euro cents as an Italian reads them, written here independently of the code under test: 1234567 gives "12.345,67 €". */
const euro = (cents: number) => `${String(Math.trunc(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${String(cents % 100).padStart(2, '0')}\u00a0€`;
const ROLE = { capofila: 'Capofila', partner: 'Partner di progetto', collaborating: 'Collaboratore' };
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

async function download(baseUrl: string, path: string, cookie: string) {
  const res = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    disposition: res.headers.get('content-disposition'),
    body: Buffer.from(await res.arrayBuffer()),
  };
}

describe('plan exports as Word documents: the Piano di Zona section and the annual monitoring report', () => {
  let t: TestApp;
  let baseUrl: string;
  let f: Awaited<ReturnType<typeof planFixture>>;
  let plan: Json;
  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t.app);
    f = await planFixture(t, baseUrl);
    await seedExportPlan(
      t,
      f.plan.id,
      f.orgs.map((o: Json) => o.id),
      f.facilitator.user.id,
    );
    await f.ok('PATCH', `/api/plans/${f.plan.id}`, f.cookies.facilitator, { adoptingAct: { body: 'Assemblea dei Sindaci', number: '12', date: '2024-12-15' } });
    plan = await f.read();
  }, 90_000);
  afterAll(() => t?.close());

  it('prints the cover, each objective sheet with its actions and indicators, the budget summary and three charts, as the rows hold them', async () => {
    const res = await download(baseUrl, `/api/plans/${plan.id}/export.docx`, f.cookies.member);
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.disposition).toBe('attachment; filename="piano-2025-2027-sezione-piano-di-zona.docx"');
    const text = docxText(res.body);
    const lines = text.split('\n').map((l) => l.trim());
    // Cover.
    expect(lines).toEqual(
      expect.arrayContaining([plan.title, 'Periodo 2025–2027', 'Stato del piano: In bozza', 'Atto di adozione: Assemblea dei Sindaci n. 12 del 15/12/2024']),
    );
    // Objective sheets, from the rows.
    expect(plan.objectives.map((o: Json) => o.code)).toEqual(['OB-1', 'OB-2']);
    for (const o of plan.objectives) {
      expect(lines).toContain(`${o.code} – ${o.title}`);
      for (const b of o.budget) expect(text).toContain(euro(b.plannedCents));
      expect(text).toContain(`Totale\n${euro(o.plannedTotalCents)}`);
    }
    expect(text).toContain('Macro-area\nContrasto alla povertà e all’emarginazione sociale');
    expect(text).toContain('LEPS\nCentri servizi per il contrasto alla povertà');
    expect(text).toContain('Coprogettato con il terzo settore\nSì');
    expect(text).toContain('Destinatari\nFamiglie con minori e ISEE sotto soglia');
    expect(text).toContain('Fondo Povertà – quota servizi\n50.000,00\u00a0€');
    expect(text).toContain('Bilancio comunale\n12.345,67\u00a0€');
    // Each action's row: title, lead, partners with roles, period, planned budget.
    expect(plan.actions).toHaveLength(3);
    for (const a of plan.actions) {
      expect(text).toMatch(new RegExp(`${escape(a.title)}\\n${escape(a.leadOrganisationName)}\\n[^]*?${escape(euro(a.plannedTotalCents))}`));
      for (const p of a.partners) expect(text).toContain(`${p.organisationName} (`);
    }
    // Partners in the rows' order (by name), each with its role.
    const emporio = plan.actions.find((a: Json) => a.title === 'Emporio solidale');
    const partners = emporio.partners.map((p: Json) => `${p.organisationName} (${ROLE[p.role as keyof typeof ROLE]})`).join('\n');
    expect(emporio.partners).toHaveLength(2);
    expect(text).toContain(`Emporio solidale\n${f.orgs[0].name}\n${partners}\n01/03/2025 – 31/12/2027\n${euro(emporio.plannedTotalCents)}`);
    expect(euro(emporio.plannedTotalCents)).toBe('30.000,00\u00a0€');
    // Indicators: baseline, target, latest value with its date, state.
    expect(text).toContain('Famiglie raggiunte\nfamiglie\n120\n300\n260 (30/06/2026)\nA rischio');
    expect(text).toContain('Tirocini attivati (azione: Tirocini di inclusione, con "borsa" e tutoraggio)\ntirocini\n0\n25\n27 (31/03/2026)\nIn linea');
    expect(text).toContain('Tempo medio di attesa\ngiorni\n60\n30\n–\n–');
    // Budget summary by funding source: objectives planned, actions planned and spent.
    expect(text).toContain(`Fondo Povertà – quota servizi\n${euro(5_000_000)}\n${euro(3_000_000)}\n${euro(1_200_050)}`);
    expect(text).toContain(`Totale\n${euro(plan.plannedTotalCents)}\n${euro(5_850_000)}\n${euro(3_200_049)}`);
    // Charts: three PNG images, each with its title and its data table.
    const media = [...unzip(res.body)].filter(([name]) => name.startsWith('word/media/'));
    expect(media).toHaveLength(3);
    for (const [name, data] of media) {
      expect(name).toMatch(/\.png$/);
      expect(data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      // The IHDR chunk: 1000 px wide (800 drawn, rasterised at 1.25), as tall as its bars need; real pixels, not a stub.
      expect([data.toString('ascii', 12, 16), data.readUInt32BE(16)]).toEqual(['IHDR', 1000]);
      expect(data.readUInt32BE(20)).toBeGreaterThan(150);
      expect(data.length).toBeGreaterThan(5_000);
    }
    for (const title of ['Risorse delle azioni per fonte di finanziamento', 'Risorse previste per organizzazione', 'Avanzamento per obiettivo'])
      expect(lines).toContain(title);
    expect(text).toContain('OB-1\n13,3%');
    // Budget by organisation by the one rule the screen uses: a lead's planned totals and a partner's share apart, stated under the chart.
    expect(text).toContain(BUDGET_BY_ORGANISATION_RULE);
    expect(text).toContain(`${f.orgs[1].name}\n${euro(850_000)}\n${euro(1_000_000)}`);
    // Alt text on every image (descr), naming the values.
    const xml = unzip(res.body).get('word/document.xml')!.toString('utf8');
    expect(xml.match(/<wp:docPr [^>]*descr="[^"]+"/g)).toHaveLength(3);
    expect(xml).toContain('descr="Avanzamento per obiettivo. OB-1: avanzamento 13,3%; OB-2: avanzamento 100%."');
  }, 60_000);

  it('reports a year: progress by objective and action, spent against planned, indicators read at 31 December', async () => {
    const res = await download(baseUrl, `/api/plans/${plan.id}/monitoring-report.docx?year=2025`, f.cookies.member);
    expect(res.status).toBe(200);
    expect(res.disposition).toBe('attachment; filename="piano-2025-2027-monitoraggio-2025.docx"');
    const text = docxText(res.body);
    expect(text).toContain('Rapporto di monitoraggio 2025');
    expect(text).toContain('Avanzamento complessivo del piano: 35%');
    expect(text).toContain('OB-1\nContrasto alla povertà alimentare\n2\n13,3%');
    expect(text).toContain('OB-2\nInclusione lavorativa\n1\n100%');
    expect(text).toContain(`OB-1\nEmporio solidale\n${f.orgs[0].name}\nIn svolgimento\n40%\n1 su 2`);
    expect(text).toContain(`Fondo Povertà – quota servizi\n${euro(3_000_000)}\n${euro(1_200_050)}\n40%`);
    expect(text).toContain(`PN Inclusione e lotta alla povertà (FSE+)\n${euro(2_000_000)}\n${euro(1_999_999)}\n100%`);
    // At 31/12/2025 only the first value was observed, below the acceptable range; the 2026 values are not yet seen.
    expect(text).toContain('Valore al 31/12/2025');
    expect(text).toContain('OB-1\nFamiglie raggiunte\nfamiglie\n120\n300\n150 (31/12/2025)\nFuori obiettivo');
    expect(text).not.toContain('260 (30/06/2026)');
    expect(text).toContain('Tirocini attivati (azione: Tirocini di inclusione, con "borsa" e tutoraggio)\ntirocini\n0\n25\n–\n–');
    const media = [...unzip(res.body)].filter(([name]) => name.startsWith('word/media/'));
    expect(media.map(([, d]) => d.subarray(0, 8).equals(PNG_SIGNATURE))).toEqual([true, true]);

    const next = docxText((await download(baseUrl, `/api/plans/${plan.id}/monitoring-report.docx?year=2026`, f.cookies.member)).body);
    expect(next).toContain('OB-1\nFamiglie raggiunte\nfamiglie\n120\n300\n260 (30/06/2026)\nA rischio');
  }, 60_000);

  it('refuses a year that is missing, malformed or outside the plan period with a 400 naming the field', async () => {
    for (const [query, message] of [
      ['', expect.any(String)],
      ['?year=duemila', 'must_be_number'],
      ['?year=2025.5', 'must_be_integer'],
      ['?year=1999', 'too_small'],
      ['?year=2028', 'outside_plan_period'],
      ['?year=2024', 'outside_plan_period'],
    ] as const) {
      const res = await f.call('GET', `/api/plans/${plan.id}/monitoring-report.docx${query}`, f.cookies.member);
      expect([query, res.status, res.body.error.code, res.body.error.details]).toEqual([query, 400, 'validation_failed', [{ path: 'year', message }]]);
    }
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
