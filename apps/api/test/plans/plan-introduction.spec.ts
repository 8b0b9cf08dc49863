import * as Y from 'yjs';
import { listen, openDoc } from '../support/collab-harness';
import { startTestApp, type TestApp } from '../support/test-app';
import { newId, planFixture } from './plan-fixture';

/** Writes paragraphs the way the editor does (Tiptap's Yjs binding). */
function writeParagraphs(doc: Y.Doc, ...texts: string[]) {
  for (const text of texts) {
    const p = new Y.XmlElement('paragraph');
    const t = new Y.XmlText();
    p.insert(0, [t]);
    doc.getXmlFragment('default').push([p]);
    t.insert(0, text);
  }
}

/** Old free-text plan documents (`action_plan_draft`) used as a structured plan's introduction. */
describe("a plan draft document as a plan's introduction", () => {
  let t: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t.app);
  }, 60_000);
  afterAll(() => t?.close());

  const draftDocument = async (f: Awaited<ReturnType<typeof planFixture>>, kind = 'action_plan_draft') => {
    const document = (await f.ok('POST', '/api/documents', f.cookies.member, { spaceId: f.space.id, title: 'Piano povertà 2022-2023 (bozza)', kind })).document;
    const writer = await openDoc(baseUrl, { cookie: f.cookies.member }, `document:${document.id}`);
    writeParagraphs(writer.ydoc, 'Il Cantiere Welfare ha letto i bisogni delle famiglie.', 'Priorità: povertà alimentare e abitativa.');
    await writer.session.whenSaved();
    writer.client.close();
    return document;
  };
  const path = (id: string) => `/api/documents/${id}/plan-introduction`;

  it('opens a new plan in the space whose introduction is the text, and leaves the document readable and linked', async () => {
    const f = await planFixture(t, baseUrl);
    const document = await draftDocument(f);
    const plan = (await f.ok('POST', path(document.id), f.cookies.facilitator, {})).plan;
    const year = new Date().getFullYear();
    expect(plan).toMatchObject({
      spaceId: f.space.id,
      title: 'Piano povertà 2022-2023 (bozza)',
      status: 'draft',
      startYear: year,
      endYear: year + 2,
      introduction: 'Il Cantiere Welfare ha letto i bisogni delle famiglie.\nPriorità: povertà alimentare e abitativa.',
      introductionDocumentId: document.id,
    });
    // The document is left as it was, and the space's list of plans names the link.
    const after = await f.ok('GET', `/api/documents/${document.id}`, f.cookies.member);
    expect(after.document).toMatchObject({ id: document.id, kind: 'action_plan_draft', title: 'Piano povertà 2022-2023 (bozza)' });
    const listed = (await f.ok('GET', `/api/plans?spaceId=${f.space.id}`, f.cookies.member)).items;
    expect(listed.find((p: { id: string }) => p.id === plan.id)).toMatchObject({ introductionDocumentId: document.id });
  });

  it("fills an existing draft plan's introduction, for a member who may write that plan", async () => {
    const f = await planFixture(t, baseUrl);
    const document = await draftDocument(f);
    const plan = (await f.ok('POST', path(document.id), f.cookies.member, { planId: f.plan.id })).plan;
    expect(plan).toMatchObject({ id: f.plan.id, title: f.plan.title, introductionDocumentId: document.id });
    expect(plan.introduction).toContain('Priorità: povertà alimentare e abitativa.');
    expect((await f.read()).introduction).toBe(plan.introduction);
  });

  it('refuses another kind of document, a plan elsewhere or not writable, a member opening a plan, and outsiders', async () => {
    const f = await planFixture(t, baseUrl);
    const document = await draftDocument(f);
    const note = await draftDocument(f, 'working_note');
    expect((await f.call('POST', path(note.id), f.cookies.facilitator, {})).status).toBe(409);
    // Opening a plan is for the space's facilitators.
    expect((await f.call('POST', path(document.id), f.cookies.member, {})).status).toBe(403);
    expect((await f.call('POST', path(document.id), f.cookies.outsider, {})).status).toBe(404);
    expect((await f.call('POST', path(newId()), f.cookies.facilitator, {})).status).toBe(404);
    const bad = await f.call('POST', path(document.id), f.cookies.facilitator, { planId: 'nope' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([{ path: 'planId', message: 'invalid_id' }]);
    const unknown = await f.call('POST', path(document.id), f.cookies.facilitator, { planId: newId() });
    expect(unknown.body.error.details).toEqual([{ path: 'planId', message: 'unknown_plan' }]);
    const elsewhere = await planFixture(t, baseUrl);
    const other = await f.call('POST', path(document.id), f.cookies.admin, { planId: elsewhere.plan.id });
    expect(other.body.error.details).toEqual([{ path: 'planId', message: 'other_space' }]);
    // A submitted plan keeps the text it was submitted with.
    await f.ok('POST', `/api/plans/${f.plan.id}/transitions`, f.cookies.facilitator, { transition: 'submit' });
    expect((await f.call('POST', path(document.id), f.cookies.facilitator, { planId: f.plan.id })).status).toBe(403);
    expect((await f.read()).introduction).toBe('');
  });
});
