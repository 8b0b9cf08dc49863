import * as Y from 'yjs';
import { ACTION_ATTRS, DECISION_ATTRS, MINUTES_NODES, SECTION_ATTRS, docIdOf } from '@cantiere/collab';
import { documentFixture, waitFor } from '../support/collab-harness';
import { meetingFixture, type Json } from '../support/meeting-fixture';
import { liveAppSuite } from '../support/live-suite';
import { addBlock, paragraph } from '../support/minutes-doc';

/** Every character the projection must drop: C0 controls but tab/LF/CR, DEL, a C1 control. */
const CONTROLS = '\u0000\u0001\u0007\u0008\u000b\u000c\u001b\u007f\u0085';

/** Co-edited text reaches rows through the projection, not through a form: what REST refuses, the projection drops. */
describe('control characters written into a co-edited document', () => {
  const app = liveAppSuite();
  const { open } = app;

  it('are dropped from the projected body text and HTML, tab and line breaks kept', async () => {
    const f = await documentFixture(app.t, app.baseUrl);
    const o = await open(f.writerCookie, f.docId);
    paragraph(o.ydoc.getXmlFragment('default'), `Presenti:${CONTROLS} Caritas\tComune`);
    paragraph(o.ydoc.getXmlFragment('default'), `Link\u0000`, { link: { href: 'https://example.org/\u0000x' } });
    await o.session.whenSaved();
    const row = async () => (await app.t.dataSource.query('SELECT body_text, body_html FROM documents WHERE id = $1', [f.document.id]))[0];
    await waitFor(async () => (await row()).body_text !== '', 5_000, 'projection');
    expect(await row()).toEqual({
      body_text: 'Presenti: Caritas\tComune\nLink',
      body_html: '<p>Presenti: Caritas\tComune</p><p><a href="https://example.org/x">Link</a></p>',
    });
    const res = await fetch(`${app.baseUrl}/api/documents/${f.document.id}`, { headers: { cookie: f.writerCookie } });
    expect(((await res.json()) as Json).document.bodyText).toBe('Presenti: Caritas\tComune\nLink');
  });

  it('are dropped from the minutes: section text, other business, decisions and actions', async () => {
    const f = await meetingFixture(app.t, app.baseUrl);
    const { meeting, items } = await f.convenedMeeting({ title: 'Seduta con caratteri di controllo' });
    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'start', confirm: ['far_from_schedule'] });
    const o = await open(f.cookies.member, docIdOf('minutes', meeting.id));
    const section = o.ydoc
      .getXmlFragment('default')
      .toArray()
      .find(
        (n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === MINUTES_NODES.section && n.getAttribute(SECTION_ATTRS.itemId) === items[1].id,
      )!;
    paragraph(section, `Il tavolo${CONTROLS} discute.`);
    addBlock(section, MINUTES_NODES.decision, { [DECISION_ATTRS.blockId]: 'dec-ctrl-1', [DECISION_ATTRS.outcome]: 'approved' }, `Si approva\u0000 il testo.`);
    addBlock(section, MINUTES_NODES.action, { [ACTION_ATTRS.blockId]: 'act-ctrl-1' }, `Mappare\u001b gli empori.`);
    paragraph(o.ydoc.getXmlFragment('default'), `Varie\u0000: nulla.`);
    await o.session.whenSaved();
    const decisions = async () => (await f.ok('GET', `/api/decisions?meetingId=${meeting.id}`, f.cookies.member)).items as Json[];
    await waitFor(async () => (await decisions()).length > 0, 5_000, 'projection');
    expect((await decisions()).map((d) => d.text)).toEqual(['Si approva il testo.']);
    expect(((await f.ok('GET', `/api/actions?meetingId=${meeting.id}`, f.cookies.member)).items as Json[]).map((a) => a.what)).toEqual(['Mappare gli empori.']);
    const [item] = await app.t.dataSource.query('SELECT minutes_text FROM agenda_items WHERE id = $1', [items[1].id]);
    const [other] = await app.t.dataSource.query('SELECT minutes_other_text FROM meetings WHERE id = $1', [meeting.id]);
    expect([item.minutes_text, other.minutes_other_text]).toEqual(['Il tavolo discute.', 'Varie: nulla.']);
  });
});
