import crypto from 'node:crypto';
import * as Y from 'yjs';
import { CLIENT_EVENTS, deleteRecord, orderKeyBetween, setMapEntry, setRecordField, writeRecord } from '@cantiere/collab';
import { PlanAdoptionService, PlanDocumentService } from '../../src/modules/plan';
import { listen, openDoc, waitFor, type OpenDoc } from '../support/collab-harness';
import type { Json } from '../support/meeting-fixture';
import { startTestApp, type TestApp } from '../support/test-app';
import { actionFields, newId, planFixture, writeObjectiveWithAction } from './plan-fixture';

const ACT = { body: 'Assemblea dei Sindaci', number: '12/2024', date: '2024-12-18' };
const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

/** Adoption (sealed record, final document), revision (same ids, live again), its diff, and the adoption of a revision. */
describe('action plans: adoption, revision and diff', () => {
  let t: TestApp;
  let baseUrl: string;
  const opened: OpenDoc[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t.app);
  }, 60_000);
  afterEach(() => opened.splice(0).forEach((o) => o.client.close()));
  afterAll(() => t?.close());

  /** A submitted plan with one objective, one action (with an indicator) written live by the facilitator. */
  const submittedPlan = async () => {
    const f = await planFixture(t, baseUrl);
    const writer = await openDoc(baseUrl, { cookie: f.cookies.facilitator }, f.docId);
    opened.push(writer);
    const { objectiveId, actionId } = writeObjectiveWithAction(writer.ydoc, f.orgs[0].id);
    const indicatorId = newId();
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
      acceptableRange: null,
    });
    await writer.session.whenSaved();
    await t.app.get(PlanDocumentService).flush(f.plan.id);
    await f.ok('POST', `/api/plans/${f.plan.id}/transitions`, f.cookies.facilitator, { transition: 'submit' });
    return { f, writer, objectiveId, actionId, indicatorId };
  };
  const adopt = (f: Awaited<ReturnType<typeof planFixture>>, body: Json, cookie = f.cookies.facilitator) =>
    f.call('POST', `/api/plans/${f.plan.id}/adoption`, cookie, body);
  const adopted = async (f: Awaited<ReturnType<typeof planFixture>>) => (await f.ok('GET', `/api/plans/${f.plan.id}/adopted`, f.cookies.member)).adopted;

  it('adopts a submitted plan by an administrative act, sealing every record as canonical JSON with its SHA-256', async () => {
    const { f, objectiveId, actionId, indicatorId } = await submittedPlan();
    const res = await adopt(f, ACT);
    expect(res.status).toBe(200);
    expect(res.body.plan).toMatchObject({
      status: 'adopted',
      access: 'read',
      adoptingAct: { decisionId: null, ...ACT },
      can: { 'plan.write': false, 'plan.submit': false, 'plan.adopt': true },
    });
    const read = await adopted(f);
    expect(read.sha256).toBe(sha256(read.json));
    expect(JSON.parse(read.json)).toEqual(read.record);
    expect(read.record).toMatchObject({
      format: 'cantiere.plan.adopted/1',
      version: 1,
      act: { decision: null, ...ACT },
      supersedes: null,
      plan: { id: f.plan.id, status: 'adopted', title: 'Piano del tavolo 2025-2027' },
    });
    expect(read.record.plan).not.toHaveProperty('can');
    expect(read.record.plan.objectives.map((o: Json) => o.id)).toEqual([objectiveId]);
    expect(read.record.plan.actions.map((a: Json) => [a.id, a.title, a.leadOrganisationName])).toEqual([[actionId, 'Emporio solidale', f.orgs[0].name]]);
    expect(read.record.plan.indicators.map((i: Json) => i.id)).toEqual([indicatorId]);
    expect(read.adoption).toMatchObject({ version: 1, sha256: read.sha256, supersededAt: null, supersededByVersion: null });
    expect(read.history).toHaveLength(1);
    // Stored once, in the record store, with the audit entry and the notice to the space written with it.
    const [stored] = await t.dataSource.query("SELECT canonical_json, sha256, version FROM frozen_records WHERE kind = 'plan' AND subject_id = $1", [
      f.plan.id,
    ]);
    expect(stored).toEqual({ canonical_json: read.json, sha256: read.sha256, version: 1 });
    const audit = await t.dataSource.query("SELECT details FROM audit_log WHERE entity_id = $1 AND action = 'plan.adopt'", [f.plan.id]);
    expect(audit).toEqual([{ details: expect.objectContaining({ after: expect.objectContaining({ status: 'adopted', version: 1, sha256: read.sha256 }) }) }]);
    const notices = await t.dataSource.query("SELECT payload FROM outbox WHERE payload->>'kind' = 'plan_adopted' AND payload->'data'->>'planId' = $1", [
      f.plan.id,
    ]);
    expect(notices).toEqual([{ payload: expect.objectContaining({ subject: { type: 'space', id: f.space.id } }) }]);
    // The exports' entry point reads the same record.
    const forExports = await t.app.get(PlanAdoptionService).readAdopted(f.plan.id);
    expect(forExports).toMatchObject({ json: read.json, sha256: read.sha256, version: 1, plan: read.record.plan });
  });

  it('adopts by a decision of a meeting of the space, keeping the decision as the minutes held it', async () => {
    const { f } = await submittedPlan();
    const { meeting, items } = await f.convenedMeeting();
    const [{ id: decisionId }] = await t.dataSource.query(
      `INSERT INTO decisions (meeting_id, space_id, agenda_item_id, block_id, text, outcome) VALUES ($1, $2, $3, 'dec-plan', 'Il tavolo adotta il piano', 'approved') RETURNING id`,
      [meeting.id, f.space.id, items[0].id],
    );
    const res = await adopt(f, { decisionId });
    expect(res.status).toBe(200);
    expect(res.body.plan.adoptingAct).toEqual({ decisionId, body: null, number: null, date: null });
    expect((await adopted(f)).record.act).toEqual({
      decision: {
        id: decisionId,
        meetingId: meeting.id,
        meetingLabel: expect.any(String),
        agendaItemId: items[0].id,
        agendaItemTitle: items[0].title,
        text: 'Il tavolo adotta il piano',
        outcome: 'approved',
      },
      body: null,
      number: null,
      date: null,
    });
  });

  it('refuses an adoption without a decision or a whole act, with an unknown decision, or of a plan not submitted', async () => {
    const { f } = await submittedPlan();
    const none = await adopt(f, {});
    expect([none.status, none.body.error.code]).toEqual([400, 'validation_failed']);
    expect(none.body.error.details).toEqual(['decisionId', 'body', 'number', 'date'].map((path) => ({ path, message: 'decision_or_act_required' })));
    const partial = await adopt(f, { body: 'Assemblea dei Sindaci', date: '2024-13-01' });
    expect(partial.body.error.details).toEqual([
      { path: 'date', message: 'invalid_date' },
      { path: 'number', message: 'required' },
    ]);
    const noNumber = await adopt(f, { body: 'Assemblea dei Sindaci', date: '2024-12-18' });
    expect(noNumber.body.error.details).toEqual([{ path: 'number', message: 'required' }]);
    const unknown = await adopt(f, { decisionId: newId() });
    expect([unknown.status, unknown.body.error.details]).toEqual([400, [{ path: 'decisionId', message: 'unknown_decision' }]]);
    expect((await f.read()).status).toBe('submitted');
    const draft = await planFixture(t, baseUrl);
    const early = await adopt(draft, ACT);
    expect([early.status, early.body.error.code]).toEqual([409, 'conflict']);
    expect(await adopt(f, ACT)).toMatchObject({ status: 200 });
    const twice = await adopt(f, ACT);
    expect([twice.status, twice.body.error.code]).toEqual([409, 'conflict']);
  });

  it('lets only facilitators and administrators adopt: members and observers are refused, outsiders do not see the plan', async () => {
    const { f } = await submittedPlan();
    await t.dataSource.query("UPDATE space_members SET role = 'observer' WHERE person_id = $1 AND space_id = $2", [f.third.person.id, f.space.id]);
    expect((await adopt(f, ACT, f.cookies.member)).status).toBe(403);
    expect((await adopt(f, ACT, f.cookies.third)).status).toBe(403);
    expect((await adopt(f, ACT, f.cookies.outsider)).status).toBe(404);
    expect((await f.read()).status).toBe('submitted');
    expect((await adopt(f, ACT, f.cookies.admin)).status).toBe(200);
    expect((await f.call('POST', `/api/plans/${f.plan.id}/revision`, f.cookies.member)).status).toBe(403);
    expect((await f.call('GET', `/api/plans/${f.plan.id}/adopted`, f.cookies.outsider)).status).toBe(404);
  });

  it('freezes the adopted plan: live edits and header changes are refused, the sealed JSON and hash stay as they were', async () => {
    const { f, writer, actionId } = await submittedPlan();
    await adopt(f, ACT);
    const before = await adopted(f);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(writer.ydoc));
    const vector = Y.encodeStateVector(copy);
    setRecordField(copy, 'actions', actionId, 'title', 'Emporio cambiato dopo l’adozione');
    const ack = await writer.client.socket
      .timeout(5_000)
      .emitWithAck(CLIENT_EVENTS.update, { docId: f.docId, msgId: crypto.randomUUID(), update: Y.encodeStateAsUpdate(copy, vector) });
    expect(ack).toMatchObject({ ok: false, error: { code: 'read_only' } });
    const patch = await f.call('PATCH', `/api/plans/${f.plan.id}`, f.cookies.facilitator, { title: 'Titolo cambiato' });
    expect([patch.status, patch.body.error.code]).toEqual([409, 'conflict']);
    await t.app.get(PlanDocumentService).flush(f.plan.id);
    const plan = await f.read();
    expect([plan.status, plan.title, plan.actions[0].title]).toEqual(['adopted', 'Piano del tavolo 2025-2027', 'Emporio solidale']);
    const after = await adopted(f);
    expect([after.json, after.sha256]).toEqual([before.json, before.sha256]);
  });

  it('starts a revision on the same plan and records, live again, and shows its differences field by field', async () => {
    const { f, objectiveId, actionId, indicatorId } = await submittedPlan();
    await adopt(f, ACT);
    expect((await f.call('GET', `/api/plans/${f.plan.id}/diff`, f.cookies.member)).body.diff).toMatchObject({
      objectives: [],
      actions: [],
      indicators: [],
      budgets: [],
    });
    const revision = await f.call('POST', `/api/plans/${f.plan.id}/revision`, f.cookies.facilitator);
    expect(revision.status).toBe(200);
    expect(revision.body.plan).toMatchObject({ id: f.plan.id, status: 'under_revision', access: 'write' });
    expect(revision.body.plan.objectives.map((o: Json) => o.id)).toEqual([objectiveId]);
    expect(revision.body.plan.actions.map((a: Json) => a.id)).toEqual([actionId]);
    expect(revision.body.plan.indicators.map((i: Json) => i.id)).toEqual([indicatorId]);
    expect((await f.call('POST', `/api/plans/${f.plan.id}/revision`, f.cookies.facilitator)).status).toBe(409);

    const editor = await openDoc(baseUrl, { cookie: f.cookies.member }, f.docId);
    opened.push(editor);
    expect(editor.session.access).toBe('write');
    const addedActionId = newId();
    editor.ydoc.transact(() => {
      setRecordField(editor.ydoc, 'objectives', objectiveId, 'title', 'Contrasto alla povertà alimentare');
      setMapEntry(editor.ydoc, 'actions', actionId, 'budgetPlanned', 'fnps', 1_500_000);
      setRecordField(editor.ydoc, 'actions', actionId, 'endDate', '2026-12-31');
      writeRecord(
        editor.ydoc,
        'actions',
        addedActionId,
        actionFields(objectiveId, f.orgs[1].id, { title: 'Sportello casa', order: orderKeyBetween('a0', null), budgetPlanned: {} }),
      );
      deleteRecord(editor.ydoc, 'indicators', indicatorId);
    });
    await editor.session.whenSaved();
    await t.app.get(PlanDocumentService).flush(f.plan.id);
    const { diff } = await f.ok('GET', `/api/plans/${f.plan.id}/diff`, f.cookies.member);
    expect(diff.adoptedVersion).toBe(1);
    expect(diff.objectives).toEqual([
      {
        id: objectiveId,
        change: 'changed',
        label: 'OB-1 Contrasto alla povertà alimentare',
        fields: [{ field: 'title', key: null, before: 'Obiettivo OB-1', after: 'Contrasto alla povertà alimentare' }],
      },
    ]);
    expect(diff.actions).toEqual([
      { id: actionId, change: 'changed', label: 'Emporio solidale', fields: [{ field: 'endDate', key: null, before: '2027-12-31', after: '2026-12-31' }] },
      { id: addedActionId, change: 'added', label: 'Sportello casa', fields: [] },
    ]);
    expect(diff.indicators).toEqual([{ id: indicatorId, change: 'removed', label: 'Famiglie servite', fields: [] }]);
    expect(diff.budgets).toEqual([
      {
        owner: 'action',
        ownerId: actionId,
        ownerLabel: 'Emporio solidale',
        fundingSource: 'fnps',
        change: 'changed',
        beforeCents: 1_000_000,
        afterCents: 1_500_000,
      },
    ]);
    // The adopted version stays in force, as sealed, while the revision is co-designed.
    expect((await adopted(f)).record.plan.objectives[0].title).toBe('Obiettivo OB-1');
  });

  it('carries the monitoring of the adopted plan into the revision: a later edit keeps its progress, status and spending', async () => {
    const { f, actionId } = await submittedPlan();
    await adopt(f, ACT);
    // Monitoring after adoption writes the rows (the document is final meanwhile).
    await t.dataSource.query("UPDATE plan_actions SET progress = 40, status = 'in_progress' WHERE id = $1", [actionId]);
    await t.dataSource.query("UPDATE plan_action_budgets SET spent_cents = 300000 WHERE action_id = $1 AND funding_source = 'fnps'", [actionId]);
    await f.ok('POST', `/api/plans/${f.plan.id}/revision`, f.cookies.facilitator);
    const editor = await openDoc(baseUrl, { cookie: f.cookies.facilitator }, f.docId);
    opened.push(editor);
    const record = editor.ydoc.getMap('actions').get(actionId) as Y.Map<unknown>;
    expect([record.get('progress'), record.get('status'), (record.get('budgetSpent') as Y.Map<number>).get('fnps')]).toEqual([40, 'in_progress', 300_000]);
    setRecordField(editor.ydoc, 'actions', actionId, 'title', 'Emporio solidale rivisto');
    await editor.session.whenSaved();
    await t.app.get(PlanDocumentService).flush(f.plan.id);
    const action = (await f.read()).actions[0];
    expect([action.title, action.progress, action.status, action.spentTotalCents]).toEqual(['Emporio solidale rivisto', 40, 'in_progress', 300_000]);
    // Monitoring is no revision: only the title differs from the adopted version.
    const { diff } = await f.ok('GET', `/api/plans/${f.plan.id}/diff`, f.cookies.member);
    expect(diff.actions).toEqual([
      {
        id: actionId,
        change: 'changed',
        label: 'Emporio solidale rivisto',
        fields: [{ field: 'title', key: null, before: 'Emporio solidale', after: 'Emporio solidale rivisto' }],
      },
    ]);
  });

  it('adopting the revision supersedes the version in force and keeps the history of adoptions', async () => {
    const { f, objectiveId } = await submittedPlan();
    await adopt(f, ACT);
    const first = await adopted(f);
    await f.ok('POST', `/api/plans/${f.plan.id}/revision`, f.cookies.facilitator);
    const editor = await openDoc(baseUrl, { cookie: f.cookies.facilitator }, f.docId);
    opened.push(editor);
    setRecordField(editor.ydoc, 'objectives', objectiveId, 'title', 'Obiettivo rivisto');
    await editor.session.whenSaved();
    await f.ok('POST', `/api/plans/${f.plan.id}/transitions`, f.cookies.facilitator, { transition: 'submit' });
    const second = { body: 'Assemblea dei Sindaci', number: '3/2026', date: '2026-02-10' };
    expect((await adopt(f, second)).body.plan).toMatchObject({ status: 'adopted', adoptingAct: { decisionId: null, ...second } });
    const now = await adopted(f);
    expect(now.record).toMatchObject({ version: 2, supersedes: { version: 1, sha256: first.sha256 }, act: { decision: null, ...second } });
    expect(now.record.plan.objectives.map((o: Json) => [o.id, o.title])).toEqual([[objectiveId, 'Obiettivo rivisto']]);
    expect(now.history.map((h: Json) => [h.version, h.sha256, h.supersededByVersion, h.supersededAt !== null])).toEqual([
      [2, now.sha256, null, false],
      [1, first.sha256, 2, true],
    ]);
    expect(now.history[1].act).toEqual(first.record.act);
    await waitFor(() => editor.session.access === 'read', 10_000, 'read-only again once adopted');
  });
});
