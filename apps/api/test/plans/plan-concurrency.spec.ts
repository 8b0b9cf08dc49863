import crypto from 'node:crypto';
import * as Y from 'yjs';
import { CLIENT_EVENTS, orderKeyBetween, setMapEntry, setRecordField, writeRecord } from '@cantiere/collab';
import { PlanDocumentService } from '../../src/modules/plan';
import { listen, openDoc, stateOf, waitFor, type OpenDoc } from '../support/collab-harness';
import { startTestApp, type TestApp } from '../support/test-app';
import { actionFields, newId, planFixture, writeObjectiveWithAction } from './plan-fixture';

/** Two people at once on one plan: merges, merges into an invalid state, updates that break the shape, freezing. */
describe('live action plans: concurrent editing and the document shape', () => {
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
    return doc;
  };
  const converged = async (planId: string, a: OpenDoc, b: OpenDoc) => {
    await a.session.whenSaved();
    await b.session.whenSaved();
    await waitFor(() => stateOf(a.ydoc) === stateOf(b.ydoc), 10_000, 'convergence');
    await t.app.get(PlanDocumentService).flush(planId);
  };
  /** Two members with the plan open and one objective with one action in it (projected), both synced. */
  async function twoEditors() {
    const f = await planFixture(t, baseUrl);
    const a = await open(f.cookies.member, f.docId);
    const ids = writeObjectiveWithAction(a.ydoc, f.orgs[1].id);
    await a.session.whenSaved();
    await t.app.get(PlanDocumentService).flush(f.plan.id);
    const b = await open(f.cookies.third, f.docId);
    await waitFor(() => b.ydoc.getMap('actions').has(ids.actionId), 10_000, 'second editor synced');
    return { f, a, b, ...ids };
  }

  it('keeps both edits when two people change different fields of one action at once', async () => {
    const { f, a, b, actionId } = await twoEditors();
    // Both edits are made before either hears of the other: a true concurrent change.
    setRecordField(a.ydoc, 'actions', actionId, 'progress', 35);
    setMapEntry(b.ydoc, 'actions', actionId, 'budgetPlanned', 'fondi_regionali', 400_000);
    setRecordField(b.ydoc, 'actions', actionId, 'title', 'Emporio solidale e orto sociale');
    await converged(f.plan.id, a, b);
    const [action] = (await f.read()).actions;
    expect(action).toMatchObject({
      progress: 35,
      title: 'Emporio solidale e orto sociale',
      budget: [
        { fundingSource: 'fnps', plannedCents: 1_000_000, spentCents: 0 },
        { fundingSource: 'fondi_regionali', plannedCents: 400_000, spentCents: 0 },
      ],
      problems: [],
    });
    expect(action.contributors.map((c: { organisationId: string }) => c.organisationId).sort()).toEqual([f.orgs[1].id, f.orgs[2].id].sort());
  });

  it('keeps both actions when two people add one at the same place at once', async () => {
    const { f, a, b, objectiveId } = await twoEditors();
    const [first, second] = [newId(), newId()];
    const order = orderKeyBetween('a0', null);
    writeRecord(a.ydoc, 'actions', first, actionFields(objectiveId, f.orgs[1].id, { title: 'Mensa diffusa', order }));
    writeRecord(b.ydoc, 'actions', second, actionFields(objectiveId, f.orgs[2].id, { title: 'Consegne a domicilio', order }));
    await converged(f.plan.id, a, b);
    const plan = await f.read();
    expect(plan.counts.actions).toBe(3);
    // Same key: the tie is broken by id, the same way in every reader.
    expect(plan.actions.slice(1).map((x: { id: string }) => x.id)).toEqual([first, second].sort());
  });

  it('keeps the last valid row of an action whose merged state is invalid, flags it, and clears the flag once fixed', async () => {
    const { f, a, b, actionId } = await twoEditors();
    // Each edit is valid against what its author sees (start 2025-03-01, end 2027-12-31); merged, the end comes first.
    setRecordField(a.ydoc, 'actions', actionId, 'startDate', '2026-06-01');
    setRecordField(b.ydoc, 'actions', actionId, 'endDate', '2026-01-31');
    await converged(f.plan.id, a, b);
    let plan = await f.read();
    expect(plan.actions[0]).toMatchObject({ startDate: '2025-03-01', endDate: '2027-12-31', problems: [{ path: 'endDate', message: 'ends_before_start' }] });
    expect(plan.problems).toEqual([
      { recordKind: 'action', recordId: actionId, label: 'Emporio solidale', hasRow: true, problems: [{ path: 'endDate', message: 'ends_before_start' }] },
    ]);
    expect(plan.counts.problems).toBe(1);
    setRecordField(a.ydoc, 'actions', actionId, 'progress', 120);
    await converged(f.plan.id, a, b);
    expect((await f.read()).actions[0].problems).toEqual([
      { path: 'progress', message: 'too_large' },
      { path: 'endDate', message: 'ends_before_start' },
    ]);
    a.ydoc.transact(() => {
      setRecordField(a.ydoc, 'actions', actionId, 'endDate', '2027-06-30');
      setRecordField(a.ydoc, 'actions', actionId, 'progress', 20);
    });
    await converged(f.plan.id, a, b);
    plan = await f.read();
    expect(plan.actions[0]).toMatchObject({ startDate: '2026-06-01', endDate: '2027-06-30', progress: 20, problems: [] });
    expect(plan.problems).toEqual([]);
  });

  it('lists a record that was never valid among the plan problems, with no row', async () => {
    const { f, a, objectiveId } = await twoEditors();
    const broken = newId();
    writeRecord(
      a.ydoc,
      'actions',
      broken,
      actionFields(objectiveId, '3f1c2b9e-8a4d-4c6b-9e2f-1a2b3c4d5e6f', { title: 'Azione senza capofila valido', budgetSpent: { fnps: -1 } }),
    );
    await a.session.whenSaved();
    await t.app.get(PlanDocumentService).flush(f.plan.id);
    const plan = await f.read();
    expect(plan.actions.map((x: { id: string }) => x.id)).not.toContain(broken);
    expect(plan.problems).toEqual([
      {
        recordKind: 'action',
        recordId: broken,
        label: 'Azione senza capofila valido',
        hasRow: false,
        problems: [
          { path: 'budgetSpent.fnps', message: 'must_not_be_negative' },
          { path: 'leadOrganisationId', message: 'unknown_organisation' },
        ],
      },
    ]);
  });

  it('refuses an update that puts a value where a map belongs, storing and applying nothing of it', async () => {
    const { f, a, actionId } = await twoEditors();
    const [{ n: before }] = await t.dataSource.query('SELECT count(*)::int AS n FROM collab_updates WHERE doc_id = $1', [f.docId]);
    // A copy of the document, changed the way no editor would: partners as a string, and a valid edit beside it.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(a.ydoc));
    const vector = Y.encodeStateVector(copy);
    copy.transact(() => {
      (copy.getMap('actions').get(actionId) as Y.Map<unknown>).set('partners', 'tutti');
      setRecordField(copy, 'actions', actionId, 'progress', 90);
    });
    const update = Y.encodeStateAsUpdate(copy, vector);
    const ack = await a.client.socket.timeout(5_000).emitWithAck(CLIENT_EVENTS.update, { docId: f.docId, msgId: crypto.randomUUID(), update });
    expect(ack).toEqual({ ok: false, error: { code: 'invalid_update', message: expect.stringContaining('partners is not a map') } });
    const [{ n: after }] = await t.dataSource.query('SELECT count(*)::int AS n FROM collab_updates WHERE doc_id = $1', [f.docId]);
    expect(after).toBe(before);
    // Nothing of it reached the server's copy: a newcomer sees the action as it was, progress included.
    const newcomer = await open(f.cookies.facilitator, f.docId);
    const record = newcomer.ydoc.getMap('actions').get(actionId) as Y.Map<unknown>;
    expect(record.get('partners')).toBeInstanceOf(Y.Map);
    expect(record.get('progress')).toBe(0);
    // The editor's own well-formed edits still go through.
    setRecordField(a.ydoc, 'actions', actionId, 'progress', 10);
    await a.session.whenSaved();
    await waitFor(() => (newcomer.ydoc.getMap('actions').get(actionId) as Y.Map<unknown>).get('progress') === 10, 10_000, 'later edit');
  });

  it('turns open editors read-only when the plan is submitted, and a frozen plan takes no update', async () => {
    const { f, a, actionId } = await twoEditors();
    await f.ok('POST', `/api/plans/${f.plan.id}/transitions`, f.cookies.facilitator, { transition: 'submit' });
    await waitFor(() => a.session.access === 'read', 10_000, 'read-only after submission');
    await f.ok('POST', `/api/plans/${f.plan.id}/transitions`, f.cookies.facilitator, { transition: 'withdraw' });
    await waitFor(() => a.session.access === 'write', 10_000, 'writable again');
    await t.app.get(PlanDocumentService).freeze(f.plan.id);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(a.ydoc));
    const vector = Y.encodeStateVector(copy);
    setRecordField(copy, 'actions', actionId, 'progress', 50);
    const ack = await a.client.socket
      .timeout(5_000)
      .emitWithAck(CLIENT_EVENTS.update, { docId: f.docId, msgId: crypto.randomUUID(), update: Y.encodeStateAsUpdate(copy, vector) });
    expect(ack).toMatchObject({ ok: false, error: { code: 'read_only' } });
    const [{ frozen }] = await t.dataSource.query('SELECT frozen FROM collab_documents WHERE id = $1', [f.docId]);
    expect(frozen).toBe(true);
  });
});
