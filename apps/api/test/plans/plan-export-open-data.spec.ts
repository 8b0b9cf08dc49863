import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { planExportJsonSchema, planExportModelSchema } from '@cantiere/domain';
import { listen } from '../support/collab-harness';
import type { Json } from '../support/meeting-fixture';
import { startTestApp, type TestApp } from '../support/test-app';
import { seedExportPlan } from './plan-export-fixture';
import { planFixture } from './plan-fixture';

const SCHEMA_FILE = path.join(__dirname, '../../../../docs/open-data/plan-export.schema.json');

/** RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += c;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

/** Cents as the CSV writes them, computed here on its own: 1200050 gives "12000.50". */
const decimal = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

async function download(baseUrl: string, path: string, cookie?: string) {
  const res = await fetch(`${baseUrl}${path}`, { headers: cookie ? { cookie } : {} });
  return { status: res.status, type: res.headers.get('content-type'), body: Buffer.from(await res.arrayBuffer()) };
}

describe('plan exports as open data: JSON against its schema, CSV row by row, no personal names, who may download', () => {
  let t: TestApp;
  let baseUrl: string;
  let f: Awaited<ReturnType<typeof planFixture>>;
  let plan: Json;
  let personNames: string[];
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
    plan = await f.read();
    personNames = [f.facilitator, f.member, f.third].flatMap((p) => [p.user.name, p.person.lastName, p.user.email]);
  }, 90_000);
  afterAll(() => t?.close());

  it('publishes the JSON Schema that the export follows, and the JSON equals the rows', async () => {
    expect(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(planExportJsonSchema());
    const res = await download(baseUrl, `/api/plans/${plan.id}/export.json`, f.cookies.member);
    expect([res.status, res.type]).toEqual([200, 'application/json; charset=utf-8']);
    const data = JSON.parse(res.body.toString('utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')));
    expect(validate(data) ? [] : validate.errors).toEqual([]);
    expect(planExportModelSchema.parse(data)).toEqual(data);
    // A field the schema does not know is refused: the check above is not vacuous.
    expect(validate({ ...data, extra: 1 })).toBe(false);

    expect(data).toMatchObject({
      schemaVersion: 1,
      source: 'rows',
      plan: { id: plan.id, title: plan.title, startYear: 2025, endYear: 2027, status: 'draft', progress: 35 },
    });
    expect(data.objectives.map((o: Json) => [o.id, o.code, o.title, o.plannedTotalCents, o.progress])).toEqual(
      plan.objectives.map((o: Json) => [o.id, o.code, o.title, o.plannedTotalCents, o.progress === null ? null : Math.round(o.progress * 10) / 10]),
    );
    const actions = data.objectives.flatMap((o: Json) => o.actions.map((a: Json) => ({ objectiveId: o.id, ...a })));
    expect(
      actions.map((a: Json) => [
        a.id,
        a.objectiveId,
        a.title,
        a.lead?.id ?? null,
        a.lead?.name ?? null,
        a.plannedTotalCents,
        a.spentTotalCents,
        a.status,
        a.progress,
      ]),
    ).toEqual(
      plan.actions.map((a: Json) => [
        a.id,
        a.objectiveId,
        a.title,
        a.leadOrganisationId,
        a.leadOrganisationName,
        a.plannedTotalCents,
        a.spentTotalCents,
        a.status,
        a.progress,
      ]),
    );
    for (const a of plan.actions) {
      const out = actions.find((x: Json) => x.id === a.id);
      expect(out.partners).toEqual(
        a.partners.map((p: Json) => ({ id: p.organisationId, name: p.organisationName, role: p.role, budgetShareCents: p.budgetShareCents })),
      );
      expect(out.budget.map((b: Json) => [b.fundingSource, b.plannedCents, b.spentCents])).toEqual(
        a.budget.map((b: Json) => [b.fundingSource, b.plannedCents, b.spentCents]),
      );
      expect(out.milestones).toEqual(a.milestones.map((m: Json) => ({ date: m.date, title: m.title, done: m.done })));
    }
    const indicators = data.objectives.flatMap((o: Json) => [...o.indicators, ...o.actions.flatMap((a: Json) => a.indicators)]);
    expect(indicators).toHaveLength(plan.indicators.length);
    const families = indicators.find((i: Json) => i.name === 'Famiglie raggiunte');
    expect(families).toMatchObject({ baseline: { value: 120 }, target: { value: 300 }, latest: { date: '2026-06-30', value: 260 }, state: 'at_risk' });
    expect(indicators.find((i: Json) => i.name === 'Tirocini attivati')).toMatchObject({ latest: { date: '2026-03-31', value: 27 }, state: 'on_track' });
    expect(data.fundingSources.map((s: Json) => s.code)).toEqual(['fondo_poverta_servizi', 'fnps', 'pn_inclusione_fse', 'bilancio_comunale']);
    for (const name of personNames) expect(res.body.toString('utf8')).not.toContain(name);
  });

  it('writes one CSV row per action, UTF-8 with a byte-order mark, each row equal to the rows', async () => {
    const res = await download(baseUrl, `/api/plans/${plan.id}/export.csv`, f.cookies.member);
    expect([res.status, res.type]).toEqual([200, 'text/csv; charset=utf-8']);
    expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = res.body.subarray(3).toString('utf8');
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([
      'plan_id',
      'plan_title',
      'objective_code',
      'objective_title',
      'macro_area',
      'action_id',
      'action_title',
      'lead_organisation',
      'partners',
      'start_date',
      'end_date',
      'status',
      'progress_percent',
      'weight',
      'beneficiaries_expected',
      'budget_planned_eur',
      'budget_spent_eur',
      'budget_by_funding_source',
      'milestones_done',
    ]);
    expect(rows).toHaveLength(plan.actions.length);
    const objective = (id: string) => plan.objectives.find((o: Json) => o.id === id);
    expect(rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])))).toEqual(
      plan.actions.map((a: Json) => ({
        plan_id: plan.id,
        plan_title: plan.title,
        objective_code: objective(a.objectiveId).code,
        objective_title: objective(a.objectiveId).title,
        macro_area: objective(a.objectiveId).macroArea ?? '',
        action_id: a.id,
        action_title: a.title,
        lead_organisation: a.leadOrganisationName ?? '',
        partners: a.partners.map((p: Json) => `${p.organisationName} (${p.role})`).join('; '),
        start_date: a.startDate ?? '',
        end_date: a.endDate ?? '',
        status: a.status,
        progress_percent: String(a.progress),
        weight: String(a.weight),
        beneficiaries_expected: a.beneficiaries.expected === null ? '' : String(a.beneficiaries.expected),
        budget_planned_eur: decimal(a.plannedTotalCents),
        budget_spent_eur: decimal(a.spentTotalCents),
        budget_by_funding_source: a.budget.map((b: Json) => `${b.fundingSource}=${decimal(b.plannedCents)}/${decimal(b.spentCents)}`).join('; '),
        milestones_done: `${a.milestones.filter((m: Json) => m.done).length}/${a.milestones.length}`,
      })),
    );
    // The figures themselves, not only their agreement with the code: the emporio and the quoted title.
    expect(rows.find((r) => r[6] === 'Emporio solidale')!.slice(15, 19)).toEqual(['30000.00', '12000.50', 'fondo_poverta_servizi=30000.00/12000.50', '1/2']);
    expect(text).toContain('"Tirocini di inclusione, con ""borsa"" e tutoraggio"');
    for (const name of personNames) expect(text).not.toContain(name);
  });

  it('lets whoever reads the plan download it; refuses outsiders (404), unknown plans (404) and anonymous callers (401)', async () => {
    const paths = ['export.docx', 'monitoring-report.docx?year=2026', 'export.json', 'export.csv'];
    for (const p of paths) {
      expect([p, (await download(baseUrl, `/api/plans/${plan.id}/${p}`, f.cookies.third)).status]).toEqual([p, 200]);
      const outsider = await f.call('GET', `/api/plans/${plan.id}/${p}`, f.cookies.outsider);
      expect([p, outsider.status, outsider.body.error.code]).toEqual([p, 404, 'not_found']);
      const unknown = await f.call('GET', `/api/plans/3f1c2b9e-8a4d-4c6b-9e2f-1a2b3c4d5e6f/${p}`, f.cookies.member);
      expect([p, unknown.status]).toEqual([p, 404]);
      expect([p, (await f.call('GET', `/api/plans/not-a-uuid/${p}`, f.cookies.member)).status]).toEqual([p, 404]);
      expect([p, (await download(baseUrl, `/api/plans/${plan.id}/${p}`)).status]).toEqual([p, 401]);
    }
  }, 60_000);
});
