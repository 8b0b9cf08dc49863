import * as Y from 'yjs';
import { deleteRecord, moveAction, orderKeyBetween, setMapEntry, setRecordField, writeRecord } from '@cantiere/collab';
import { PlanDocumentService } from '../../src/modules/plan';
import { listen, openDoc, type OpenDoc } from '../support/collab-harness';
import { startTestApp, type TestApp } from '../support/test-app';
import { actionFields, newId, objectiveFields, planFixture, writeObjectiveWithAction } from './plan-fixture';

/** The live plan projected into rows: created, edited, moved and deleted through Yjs updates over /collab. */
describe('live action plans: projection into rows', () => {
  let t: TestApp;
  let baseUrl: string;
  const opened: OpenDoc[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t.app);
  }, 60_000);
  afterEach(() => opened.splice(0).forEach((o) => o.client.close()));
  afterAll(() => t?.close());

  const open = async (cookie: string, docId: string) => {
    const doc = await openDoc(baseUrl, { cookie }, docId);
    opened.push(doc);
    expect(doc.session.access).toBe('write');
    return doc;
  };
  /** Saves, then projects at once (rather than after the debounce), so that the rows read next are current. */
  const saved = async (planId: string, ...docs: OpenDoc[]) => {
    for (const d of docs) await d.session.whenSaved();
    await t.app.get(PlanDocumentService).flush(planId);
  };

  it('projects objectives, actions and indicators created live, with their money, partners, milestones and text', async () => {
    const f = await planFixture(t, baseUrl);
    const writer = await open(f.cookies.facilitator, f.docId);
    const { objectiveId, actionId } = writeObjectiveWithAction(writer.ydoc, f.orgs[0].id);
    const milestoneId = newId();
    const indicatorId = newId();
    writer.ydoc.transact(() => {
      setMapEntry(writer.ydoc, 'actions', actionId, 'partners', f.orgs[1].id, { role: 'partner', budgetShareCents: 250_000 });
      setMapEntry(writer.ydoc, 'actions', actionId, 'milestones', milestoneId, { date: '2025-06-30', title: 'Apertura dell’emporio', done: false });
      setMapEntry(writer.ydoc, 'actions', actionId, 'budgetSpent', 'fnps', 125_050);
      writeRecord(writer.ydoc, 'indicators', indicatorId, {
        objectiveId: null,
        actionId,
        order: 'a0',
        kind: 'output',
        name: 'Famiglie servite',
        unit: 'famiglie',
        direction: 'higher',
        baseline: { value: 0, date: '2024-12-31', source: 'Servizi sociali' },
        target: { value: 120, date: '2027-12-31' },
        acceptableRange: { min: 90, max: 200 },
      });
    });
    await saved(f.plan.id, writer);
    const plan = await f.read();
    expect(plan.counts).toEqual({ objectives: 1, actions: 1, indicators: 1, problems: 0 });
    expect(plan.objectives).toEqual([
      expect.objectContaining({
        id: objectiveId,
        code: 'OB-1',
        description: 'Ridurre la povertà alimentare delle famiglie con minori.',
        macroArea: 'poverty_exclusion',
        lepsCode: 'centri_servizi_poverta',
        budget: [{ fundingSource: 'fondo_poverta_servizi', plannedCents: 5_000_000 }],
        plannedTotalCents: 5_000_000,
        progress: 0,
        problems: [],
      }),
    ]);
    expect(plan.actions).toEqual([
      expect.objectContaining({
        id: actionId,
        objectiveId,
        leadOrganisationId: f.orgs[0].id,
        leadOrganisationName: f.orgs[0].name,
        partners: [{ organisationId: f.orgs[1].id, organisationName: f.orgs[1].name, role: 'partner', budgetShareCents: 250_000 }],
        beneficiaries: { expected: 120, description: 'Famiglie con ISEE sotto soglia' },
        budget: [{ fundingSource: 'fnps', plannedCents: 1_000_000, spentCents: 125_050 }],
        plannedTotalCents: 1_000_000,
        spentTotalCents: 125_050,
        milestones: [{ id: milestoneId, date: '2025-06-30', title: 'Apertura dell’emporio', done: false }],
        contributors: [{ organisationId: f.orgs[0].id, organisationName: f.orgs[0].name }],
      }),
    ]);
    expect(plan.indicators).toEqual([
      expect.objectContaining({
        id: indicatorId,
        actionId,
        objectiveId: null,
        baseline: { value: 0, date: '2024-12-31', source: 'Servizi sociali' },
        target: { value: 120, date: '2027-12-31' },
        acceptableRange: { min: 90, max: 200 },
        observations: [],
      }),
    ]);
  });

  it('projects edits of a record, and records the organisation of whoever edited an action', async () => {
    const f = await planFixture(t, baseUrl);
    const facilitator = await open(f.cookies.facilitator, f.docId);
    const { actionId } = writeObjectiveWithAction(facilitator.ydoc, f.orgs[0].id);
    await saved(f.plan.id, facilitator);
    const member = await open(f.cookies.member, f.docId);
    member.ydoc.transact(() => {
      setRecordField(member.ydoc, 'actions', actionId, 'progress', 40);
      setRecordField(member.ydoc, 'actions', actionId, 'status', 'in_progress');
      setRecordField(member.ydoc, 'actions', actionId, 'weight', 2);
    });
    await saved(f.plan.id, member);
    const plan = await f.read();
    expect(plan.actions[0]).toMatchObject({ progress: 40, status: 'in_progress', weight: 2 });
    expect(plan.actions[0].contributors.map((c: { organisationId: string }) => c.organisationId).sort()).toEqual([f.orgs[0].id, f.orgs[1].id].sort());
    expect(plan.progress).toBe(40);
    expect(plan.objectives[0].progress).toBe(40);
  });

  it('moves an action to another objective with one field change, and keeps actions in order', async () => {
    const f = await planFixture(t, baseUrl);
    const writer = await open(f.cookies.facilitator, f.docId);
    const { objectiveId, actionId } = writeObjectiveWithAction(writer.ydoc, f.orgs[0].id);
    const second = newId();
    const later = newId();
    writer.ydoc.transact(() => {
      writeRecord(writer.ydoc, 'objectives', second, objectiveFields('OB-2', { order: orderKeyBetween('a0', null) }));
      writeRecord(writer.ydoc, 'actions', later, actionFields(second, f.orgs[1].id, { title: 'Banco alimentare', order: 'a0' }));
    });
    await saved(f.plan.id, writer);
    moveAction(writer.ydoc, actionId, second, orderKeyBetween('a0', null));
    await saved(f.plan.id, writer);
    const plan = await f.read();
    expect(plan.objectives.map((o: { code: string }) => o.code)).toEqual(['OB-1', 'OB-2']);
    expect(plan.actions.map((a: { id: string; objectiveId: string }) => [a.id, a.objectiveId])).toEqual([
      [later, second],
      [actionId, second],
    ]);
    expect(plan.objectives.find((o: { id: string }) => o.id === objectiveId).progress).toBeNull();
  });

  it('deletes the rows of records deleted live', async () => {
    const f = await planFixture(t, baseUrl);
    const writer = await open(f.cookies.facilitator, f.docId);
    const { objectiveId, actionId } = writeObjectiveWithAction(writer.ydoc, f.orgs[0].id);
    const indicatorId = newId();
    writeRecord(writer.ydoc, 'indicators', indicatorId, {
      objectiveId,
      actionId: null,
      order: 'a0',
      kind: 'outcome',
      name: 'Famiglie uscite dalla povertà',
      unit: '%',
      direction: 'higher',
    });
    await saved(f.plan.id, writer);
    expect((await f.read()).counts).toMatchObject({ objectives: 1, actions: 1, indicators: 1 });
    writer.ydoc.transact(() => {
      deleteRecord(writer.ydoc, 'indicators', indicatorId);
      deleteRecord(writer.ydoc, 'actions', actionId);
    });
    await saved(f.plan.id, writer);
    expect((await f.read()).counts).toEqual({ objectives: 1, actions: 0, indicators: 0, problems: 0 });
    deleteRecord(writer.ydoc, 'objectives', objectiveId);
    await saved(f.plan.id, writer);
    const [{ n }] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM plan_action_budgets b JOIN plan_actions a ON a.id = b.action_id WHERE a.plan_id = $1',
      [f.plan.id],
    );
    expect(n).toBe(0);
    expect((await f.read()).counts).toEqual({ objectives: 0, actions: 0, indicators: 0, problems: 0 });
  });

  it('seeds a document from rows, and projects without rewriting records that did not change', async () => {
    const f = await planFixture(t, baseUrl);
    const writer = await open(f.cookies.facilitator, f.docId);
    const { actionId } = writeObjectiveWithAction(writer.ydoc, f.orgs[0].id);
    await saved(f.plan.id, writer);
    const [{ updated_at: before }] = await t.dataSource.query('SELECT updated_at FROM plan_objectives WHERE plan_id = $1', [f.plan.id]);
    setRecordField(writer.ydoc, 'actions', actionId, 'title', 'Emporio solidale di quartiere');
    await saved(f.plan.id, writer);
    const [{ updated_at: after }] = await t.dataSource.query('SELECT updated_at FROM plan_objectives WHERE plan_id = $1', [f.plan.id]);
    expect(after).toEqual(before);
    // A fresh document built from the rows reads back as the same records.
    const fresh = new Y.Doc();
    const { writeRows } = await import('../../src/modules/plan/plan-document.service');
    const { PlanRepository } = await import('../../src/modules/plan/plan.repository');
    const repo = t.app.get(PlanRepository);
    writeRows(fresh, await repo.rows((await repo.find(f.plan.id))!));
    expect(fresh.getMap('actions').toJSON()).toEqual(writer.ydoc.getMap('actions').toJSON());
    expect(fresh.getMap('objectives').toJSON()).toEqual(writer.ydoc.getMap('objectives').toJSON());
  });
});
