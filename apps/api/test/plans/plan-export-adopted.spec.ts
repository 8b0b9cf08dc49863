import { ACTION_STATUS_IT, planExportModelSchema } from '@cantiere/domain';
import { docxText } from '../support/document-text';
import { listen } from '../support/collab-harness';
import type { Json } from '../support/meeting-fixture';
import { startTestApp, type TestApp } from '../support/test-app';
import { seedExportPlan } from './plan-export-fixture';
import { planFixture } from './plan-fixture';

const ACT = { body: 'Assemblea dei Sindaci', number: '12', date: '2024-12-15' };
const TAMPERED = 'Titolo cambiato a mano nelle righe';

async function download(baseUrl: string, path: string, cookie: string) {
  const res = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

/** The lines of a document's text without the generation line, which carries the time of the download. */
const stableLines = (docx: Buffer) =>
  docxText(docx)
    .split('\n')
    .filter((l) => !l.startsWith('Documento generato il'));

describe('exports of an adopted plan come from its frozen record; a revision exports its draft; the annual report prints the monitoring', () => {
  let t: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t.app);
  }, 60_000);
  afterAll(() => t?.close());

  async function adoptedExportPlan() {
    const f = await planFixture(t, baseUrl);
    const ids = await seedExportPlan(
      t,
      f.plan.id,
      f.orgs.map((o: Json) => o.id),
      f.facilitator.user.id,
    );
    await f.ok('POST', `/api/plans/${f.plan.id}/transitions`, f.cookies.facilitator, { transition: 'submit' });
    await f.ok('POST', `/api/plans/${f.plan.id}/adoption`, f.cookies.facilitator, ACT);
    const adopted = (await f.ok('GET', `/api/plans/${f.plan.id}/adopted`, f.cookies.member)).adopted;
    const exports = async () => ({
      json: JSON.parse((await download(baseUrl, `/api/plans/${f.plan.id}/export.json`, f.cookies.member)).toString('utf8')),
      csv: (await download(baseUrl, `/api/plans/${f.plan.id}/export.csv`, f.cookies.member)).toString('utf8'),
      docx: await download(baseUrl, `/api/plans/${f.plan.id}/export.docx`, f.cookies.member),
    });
    return { f, ids, adopted, exports };
  }

  it('prints the sealed plan, not the rows: a row changed in SQL after adoption changes no export, and the JSON matches the frozen JSON', async () => {
    const { f, ids, adopted, exports } = await adoptedExportPlan();
    const before = await exports();
    await t.dataSource.query('UPDATE plan_actions SET title = $2, progress = 99 WHERE id = $1', [ids.a1, TAMPERED]);
    await t.dataSource.query('UPDATE plan_action_budgets SET planned_cents = 1 WHERE action_id = $1', [ids.a1]);
    await t.dataSource.query('UPDATE plan_objectives SET title = $2 WHERE id = $1', [ids.ob1, TAMPERED]);
    expect((await f.read()).actions.find((a: Json) => a.id === ids.a1).title).toBe(TAMPERED);
    const after = await exports();

    for (const file of [after.json, after.csv, docxText(after.docx)]) expect(JSON.stringify(file)).not.toContain(TAMPERED);
    expect({ ...after.json, generatedAt: null }).toEqual({ ...before.json, generatedAt: null });
    expect(after.csv).toBe(before.csv);
    expect(stableLines(after.docx)).toEqual(stableLines(before.docx));

    // The JSON is the frozen record's plan, record by record, and names the record it came from.
    const frozen = JSON.parse(adopted.json);
    expect(planExportModelSchema.parse(after.json)).toMatchObject({ source: 'adopted_record', revisionDraft: false });
    expect(after.json.adoptedRecord).toEqual({ version: 1, sha256: adopted.sha256 });
    expect(after.json.plan).toMatchObject({ id: f.plan.id, title: frozen.plan.title, status: 'adopted', adoptedAt: frozen.plan.adoptedAt });
    expect(after.json.objectives.map((o: Json) => [o.id, o.code, o.title, o.plannedTotalCents])).toEqual(
      frozen.plan.objectives.map((o: Json) => [o.id, o.code, o.title, o.plannedTotalCents]),
    );
    const exported = after.json.objectives.flatMap((o: Json) => o.actions);
    expect(exported.map((a: Json) => [a.id, a.title, a.status, a.progress, a.plannedTotalCents, a.spentTotalCents])).toEqual(
      frozen.plan.actions.map((a: Json) => [a.id, a.title, a.status, a.progress, a.plannedTotalCents, a.spentTotalCents]),
    );
    expect(exported.find((a: Json) => a.id === ids.a1).budget.map((b: Json) => b.plannedCents)).toEqual([3_000_000]);

    const text = docxText(after.docx);
    expect(text).toContain('Stato del piano: Adottato');
    expect(text).toContain('Atto di adozione: Assemblea dei Sindaci n. 12 del 15/12/2024');
    expect(text).toContain(`versione 1, impronta SHA-256 ${adopted.sha256}`);
    expect(text).not.toContain('Bozza di revisione');
  }, 60_000);

  it('a plan under revision exports its draft and says so on the cover', async () => {
    const { f, exports } = await adoptedExportPlan();
    await f.ok('POST', `/api/plans/${f.plan.id}/revision`, f.cookies.facilitator);
    const { json, docx } = await exports();
    expect(json).toMatchObject({ source: 'rows', adoptedRecord: null, revisionDraft: true, plan: { status: 'under_revision' } });
    const lines = docxText(docx).split('\n');
    expect(lines[0]).toBe('Bozza di revisione');
    expect(lines).toContain('Stato del piano: In revisione');
    expect(docxText(docx)).toContain('dalla bozza di revisione: il piano adottato resta in vigore');
  }, 60_000);

  it('the annual report prints the monitored values as they stood at 31 December of its year, from the timeline', async () => {
    const { f, ids } = await adoptedExportPlan();
    const update = (body: Json) => f.ok('POST', `/api/plans/${f.plan.id}/actions/${ids.a1}/updates`, f.cookies.facilitator, body);
    // Reported in 2025 (the entries are dated back, as if written then), then again now.
    await update({ progress: 55, status: 'suspended', spent: { fondo_poverta_servizi: 1_500_000 } });
    await t.dataSource.query(`UPDATE plan_monitoring_entries SET created_at = '2025-06-01T10:00:00Z' WHERE action_id = $1`, [ids.a1]);
    await update({ progress: 80, status: 'in_progress', spent: { fondo_poverta_servizi: 2_000_000 } });
    // The rows keep the adopted values: the report must not read them.
    await t.dataSource.query('UPDATE plan_actions SET progress = 1 WHERE id = $1', [ids.a1]);

    const report = async (year: number) => docxText(await download(baseUrl, `/api/plans/${f.plan.id}/monitoring-report.docx?year=${year}`, f.cookies.member));
    const lead = (await f.read()).actions.find((a: Json) => a.id === ids.a1).leadOrganisationName;
    const y2025 = await report(2025);
    expect(y2025).toContain(`Emporio solidale\n${lead}\n${ACTION_STATUS_IT.suspended}\n55%`);
    expect(y2025).toContain('Fondo Povertà – quota servizi\n30.000,00\u00a0€\n15.000,00\u00a0€');
    expect(y2025).toContain('valori del monitoraggio al 31/12/2025');
    // 2026 is not over on this machine's clock (or is, and nothing was written after it): today's monitored values.
    const y2026 = await report(2026);
    expect(y2026).toContain(`Emporio solidale\n${lead}\n${ACTION_STATUS_IT.in_progress}\n80%`);
    expect(y2026).toContain('Fondo Povertà – quota servizi\n30.000,00\u00a0€\n20.000,00\u00a0€');
    // A year outside the plan's period is refused with its field.
    expect((await f.call('GET', `/api/plans/${f.plan.id}/monitoring-report.docx?year=2024`, f.cookies.member)).status).toBe(400);
  }, 60_000);
});
