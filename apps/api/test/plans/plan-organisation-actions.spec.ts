import { orderKeyBetween, setMapEntry, writeRecord } from '@cantiere/collab';
import { PlanDocumentService } from '../../src/modules/plan';
import { listen, openDoc, type OpenDoc } from '../support/collab-harness';
import { startTestApp, type TestApp } from '../support/test-app';
import { actionFields, newId, objectiveFields, planFixture } from './plan-fixture';

/** GET /api/organisations/:id/plan-actions: what an organisation leads or partners in, only in plans the caller reads. */
describe('an organisation’s plan actions', () => {
  let t: TestApp;
  let baseUrl: string;
  const opened: OpenDoc[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t.app);
  }, 60_000);
  afterEach(() => opened.splice(0).forEach((o) => o.client.close()));
  afterAll(() => t?.close());

  /** A plan of the members-only table with two objectives: org A leads two actions, org B partners in one. */
  const planWithActions = async () => {
    const f = await planFixture(t, baseUrl);
    const writer = await openDoc(baseUrl, { cookie: f.cookies.facilitator }, f.docId);
    opened.push(writer);
    const [ob1, ob2, first, second, third] = [newId(), newId(), newId(), newId(), newId()];
    const k1 = orderKeyBetween(null, null);
    const k2 = orderKeyBetween(k1, null);
    writer.ydoc.transact(() => {
      writeRecord(writer.ydoc, 'objectives', ob2, objectiveFields('OB-2', { title: 'Casa', order: k2 }));
      writeRecord(writer.ydoc, 'objectives', ob1, objectiveFields('OB-1', { title: 'Cibo', order: k1 }));
      writeRecord(writer.ydoc, 'actions', third, actionFields(ob2, f.orgs[1].id, { title: 'Housing first', order: k1 }));
      writeRecord(writer.ydoc, 'actions', second, actionFields(ob1, f.orgs[0].id, { title: 'Mensa diffusa', order: k2, status: 'in_progress', progress: 30 }));
      writeRecord(writer.ydoc, 'actions', first, actionFields(ob1, f.orgs[0].id, { title: 'Emporio solidale', order: k1, startDate: null, endDate: null }));
      setMapEntry(writer.ydoc, 'actions', second, 'partners', f.orgs[1].id, { role: 'partner', budgetShareCents: 100_000 });
    });
    await writer.session.whenSaved();
    await t.app.get(PlanDocumentService).flush(f.plan.id);
    return { f, ids: { ob1, ob2, first, second, third } };
  };

  it('lists the actions an organisation leads, in objective then action order, with the plan, objective, role, status and period', async () => {
    const { f, ids } = await planWithActions();
    const res = await f.call('GET', `/api/organisations/${f.orgs[0].id}/plan-actions`, f.cookies.member);
    expect(res.status).toBe(200);
    const common = { planId: f.plan.id, planTitle: 'Piano del tavolo 2025-2027', planStatus: 'draft', spaceId: f.space.id, spaceName: f.space.name };
    expect(res.body).toEqual({
      total: 2,
      page: 1,
      pageSize: 2,
      items: [
        {
          ...common,
          objectiveId: ids.ob1,
          objectiveCode: 'OB-1',
          objectiveTitle: 'Cibo',
          actionId: ids.first,
          actionTitle: 'Emporio solidale',
          role: 'lead',
          status: 'planned',
          progress: 0,
          startDate: null,
          endDate: null,
        },
        {
          ...common,
          objectiveId: ids.ob1,
          objectiveCode: 'OB-1',
          objectiveTitle: 'Cibo',
          actionId: ids.second,
          actionTitle: 'Mensa diffusa',
          role: 'lead',
          status: 'in_progress',
          progress: 30,
          startDate: '2025-03-01',
          endDate: '2027-12-31',
        },
      ],
    });
  });

  it('names a partner’s role beside the actions it leads', async () => {
    const { f, ids } = await planWithActions();
    const res = await f.call('GET', `/api/organisations/${f.orgs[1].id}/plan-actions`, f.cookies.facilitator);
    expect(res.body.items.map((a: { actionId: string; role: string; objectiveCode: string }) => [a.objectiveCode, a.actionId, a.role])).toEqual([
      ['OB-1', ids.second, 'partner'],
      ['OB-2', ids.third, 'lead'],
    ]);
  });

  it('hides the actions of a plan the caller cannot read: an outsider of the private table sees none of them', async () => {
    const { f } = await planWithActions();
    const outsider = await f.call('GET', `/api/organisations/${f.orgs[0].id}/plan-actions`, f.cookies.outsider);
    expect(outsider.status).toBe(200);
    expect(outsider.body).toEqual({ total: 0, page: 1, pageSize: 1, items: [] });
    // The same organisation as seen by a member of the table: the actions are there, so the empty list above is the filter.
    expect((await f.call('GET', `/api/organisations/${f.orgs[0].id}/plan-actions`, f.cookies.member)).body.total).toBe(2);
  });

  it('answers 401 without a session, 404 for an unknown organisation and for a malformed id', async () => {
    const { f } = await planWithActions();
    expect((await f.call('GET', `/api/organisations/${f.orgs[0].id}/plan-actions`, '')).status).toBe(401);
    const unknown = await f.call('GET', `/api/organisations/${newId()}/plan-actions`, f.cookies.member);
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'not_found']);
    expect((await f.call('GET', '/api/organisations/not-a-uuid/plan-actions', f.cookies.member)).status).toBe(404);
  });
});
