import { deleteRecord, moveAction, orderKeyBetween, setRecordField, writeRecord } from '@cantiere/collab';
import { DocumentRegistry } from '../../src/collab/document-registry';
import { PlanDocumentService } from '../../src/modules/plan';
import { listen, openDoc, waitFor, type OpenDoc } from '../support/collab-harness';
import { startTestApp, type TestApp } from '../support/test-app';
import { actionFields, newId, objectiveFields, planFixture } from './plan-fixture';

/*
 * The projections commits set off are incremental (only the records the commits touched, with those depending on
 * them); a flush is a full one. After each step of edits, moves, invalid merges and deletions, the full run must find
 * nothing to change in what the incremental run wrote: every row, child row and flag stays byte for byte (timestamps
 * included, so a rewrite of the same values would show).
 */
describe('incremental plan projection against the database', () => {
  let t: TestApp;
  let baseUrl: string;
  const opened: OpenDoc[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t.app);
  }, 60_000);
  afterEach(() => opened.splice(0).forEach((o) => o.client.close()));
  afterAll(() => t?.close());

  const rows = async (planId: string) => {
    const q = async (sql: string) => (await t.dataSource.query(sql, [planId])).map((r: { row: unknown }) => r.row);
    return {
      objectives: await q('SELECT to_jsonb(x) AS row FROM plan_objectives x WHERE plan_id = $1 ORDER BY id'),
      objectiveBudgets: await q(
        'SELECT to_jsonb(b) AS row FROM plan_objective_budgets b JOIN plan_objectives o ON o.id = b.objective_id WHERE o.plan_id = $1 ORDER BY 1',
      ),
      actions: await q('SELECT to_jsonb(x) AS row FROM plan_actions x WHERE plan_id = $1 ORDER BY id'),
      actionParts: await q(
        `SELECT to_jsonb(p) AS row FROM plan_action_budgets p JOIN plan_actions a ON a.id = p.action_id WHERE a.plan_id = $1
         UNION ALL SELECT to_jsonb(p) FROM plan_action_partners p JOIN plan_actions a ON a.id = p.action_id WHERE a.plan_id = $1
         UNION ALL SELECT to_jsonb(p) FROM plan_action_contributors p JOIN plan_actions a ON a.id = p.action_id WHERE a.plan_id = $1 ORDER BY 1`,
      ),
      indicators: await q('SELECT to_jsonb(x) AS row FROM plan_indicators x WHERE plan_id = $1 ORDER BY id'),
      problems: await q('SELECT to_jsonb(x) AS row FROM plan_record_problems x WHERE plan_id = $1 ORDER BY record_id'),
    };
  };

  it('leaves after each step the rows a full projection leaves, and the full one changes nothing', async () => {
    const f = await planFixture(t, baseUrl);
    const writer = await openDoc(baseUrl, { cookie: f.cookies.facilitator }, f.docId);
    opened.push(writer);
    const doc = writer.ydoc;
    const [o1, o2, a1, a2, i1, i2] = [newId(), newId(), newId(), newId(), newId(), newId()];
    const indicator = (owner: { objectiveId: string | null; actionId: string | null }) => ({
      ...owner,
      order: 'a0',
      kind: 'output',
      name: 'Famiglie servite',
      unit: 'famiglie',
      direction: 'higher',
    });
    const steps: [string, () => void][] = [
      [
        'two objectives with an action and an indicator each',
        () => {
          writeRecord(doc, 'objectives', o1, objectiveFields('OB-1', { order: orderKeyBetween(null, null) }));
          writeRecord(doc, 'objectives', o2, objectiveFields('OB-2', { order: 'a1' }));
          writeRecord(doc, 'actions', a1, actionFields(o1, f.orgs[0].id));
          writeRecord(doc, 'actions', a2, actionFields(o2, f.orgs[1].id, { title: 'Orti sociali' }));
          writeRecord(doc, 'indicators', i1, indicator({ objectiveId: null, actionId: a1 }));
          writeRecord(doc, 'indicators', i2, indicator({ objectiveId: o2, actionId: null }));
        },
      ],
      ['a title edited', () => setRecordField(doc, 'objectives', o1, 'title', 'Casa e abitare')],
      ['an action moved to the other objective', () => moveAction(doc, a1, o2, 'a5')],
      ['a duplicate code', () => setRecordField(doc, 'objectives', o2, 'code', 'OB-1')],
      ['the code set back', () => setRecordField(doc, 'objectives', o2, 'code', 'OB-2')],
      ['an objective without dependents deleted', () => deleteRecord(doc, 'objectives', o1)],
      ['an action deleted under its indicator', () => deleteRecord(doc, 'actions', a1)],
      ['an invalid value merged', () => setRecordField(doc, 'actions', a2, 'progress', 150)],
      ['the indicator that kept the deleted action deleted', () => deleteRecord(doc, 'indicators', i1)],
      ['the invalid value fixed', () => setRecordField(doc, 'actions', a2, 'progress', 40)],
    ];
    const registry = t.app.get(DocumentRegistry);
    const projectedSeq = async () => (await t.dataSource.query('SELECT projected_seq FROM plans WHERE id = $1', [f.plan.id]))[0].projected_seq as number;
    for (const [what, step] of steps) {
      doc.transact(step);
      await writer.session.whenSaved();
      const seq = (await registry.get(f.docId)).seq;
      // The projection the commit set off (after its debounce), not a flush.
      await waitFor(async () => (await projectedSeq()) >= seq, 10_000, `projection after "${what}"`);
      const incremental = await rows(f.plan.id);
      await t.app.get(PlanDocumentService).flush(f.plan.id);
      expect({ what, rows: await rows(f.plan.id) }).toEqual({ what, rows: incremental });
    }
    const last = await rows(f.plan.id);
    expect(last.objectives.map((o: { id: string }) => o.id)).toEqual([o2]);
    expect(last.actions.map((a: { id: string; progress: number }) => [a.id, a.progress])).toEqual([[a2, 40]]);
    expect(last.indicators.map((i: { id: string }) => i.id)).toEqual([i2]);
    expect(last.problems).toEqual([]);
  });
});
