import crypto from 'node:crypto';
import * as Y from 'yjs';
import { ACTION_ATTRS, DECISION_ATTRS, MINUTES_NODES, SECTION_ATTRS, docIdOf } from '@cantiere/collab';
import { CollabStore } from '../../src/collab/collab-store';
import { DocumentRegistry } from '../../src/collab/document-registry';
import { waitFor } from '../support/collab-harness';
import { type Json } from '../support/meeting-fixture';
import { meetingSuite } from '../support/live-suite';
import { docxText, pdfText } from '../support/document-text';

function block(name: string, attrs: Record<string, string>, text: string): Y.XmlElement {
  const el = new Y.XmlElement(name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.insert(0, [new Y.XmlText(text)]);
  return el;
}
const paragraph = (text: string) => block('paragraph', {}, text);

/** Top-level node names, with the item id of agenda sections. */
const shape = (doc: Y.Doc) =>
  doc
    .getXmlFragment('default')
    .toArray()
    .map((n) =>
      n instanceof Y.XmlElement ? (n.nodeName === MINUTES_NODES.section ? `${n.nodeName}:${n.getAttribute(SECTION_ATTRS.itemId)}` : n.nodeName) : 'text',
    );
/** What a top-level node holds, one entry per child: its name and its text. */
const contentOf = (node: unknown) =>
  (node as Y.XmlElement).toArray().map((c) => `${(c as Y.XmlElement).nodeName}: ${(c as Y.XmlElement).toArray().map(String).join('')}`);

describe('minutes in the shape of the editor: varie ed eventuali as a section, nothing between sections', () => {
  const f = meetingSuite();
  const open = (meetingId: string) => f.openMinutes(f.cookies.member, meetingId);
  /** Unloads the document from this instance, as after a restart: the next join loads it from the log. */
  const unload = async (docId: string) => {
    f.closeOpened();
    const registry = f.t.app.get(DocumentRegistry);
    await waitFor(() => (registry.loaded(docId)?.participants.size ?? 0) === 0, 5_000, 'sockets gone');
    const live = registry.loaded(docId);
    if (live) await registry.evict(live);
  };
  const upgradeRows = async (docId: string) =>
    Number((await f.t.dataSource.query(`SELECT count(*) AS n FROM collab_updates WHERE doc_id = $1 AND msg_id LIKE 'upgrade:%'`, [docId]))[0].n);

  it('lays out a new meeting’s minutes as the agenda’s sections followed by one varie ed eventuali section', async () => {
    const { meeting, items } = await f.convenedMeeting({ title: 'Seduta nuova' });
    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'start', confirm: ['far_from_schedule'] });
    const o = await open(meeting.id);
    expect(shape(o.ydoc)).toEqual([...items.map((i: Json) => `${MINUTES_NODES.section}:${i.id}`), MINUTES_NODES.otherBusiness]);
    // An item added while the meeting runs goes before varie ed eventuali, which stays last.
    const agenda = (
      await f.ok('POST', `/api/meetings/${meeting.id}/agenda-items`, f.cookies.facilitator, {
        title: 'Punto aggiunto',
        kind: 'information',
        plannedMinutes: 5,
      })
    ).agenda;
    await waitFor(() => shape(o.ydoc).length === 4, 5_000, 'new section');
    expect(shape(o.ydoc)).toEqual([...agenda.items.map((i: Json) => `${MINUTES_NODES.section}:${i.id}`), MINUTES_NODES.otherBusiness]);
  });

  it('moves the loose content of minutes stored in the old shape into sections when it loads them, once, and prints what the rows hold', async () => {
    const { meeting, items } = await f.convenedMeeting({ title: 'Seduta di prima' });
    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'start', confirm: ['far_from_schedule'] });
    const docId = docIdOf('minutes', meeting.id);
    await unload(docId);

    // The minutes as the previous editor let people write them: no varie section, content between and after sections.
    const store = f.t.app.get(CollabStore);
    const old = new Y.Doc();
    const stored = await store.load(docId);
    if (stored.snapshot) Y.applyUpdate(old, stored.snapshot);
    stored.rows.forEach((r) => Y.applyUpdate(old, r.update));
    const before = Y.encodeStateVector(old);
    old.transact(() => {
      const body = old.getXmlFragment('default');
      body.delete(body.length - 1, 1);
      body.insert(0, [paragraph('Apertura: la presidente saluta i presenti.')]);
      const first = body.toArray().findIndex((n) => (n as Y.XmlElement).getAttribute(SECTION_ATTRS.itemId) === items[0].id);
      (body.get(first) as Y.XmlElement).insert(1, [
        block(
          MINUTES_NODES.decision,
          { [DECISION_ATTRS.blockId]: 'dec-primo-1', [DECISION_ATTRS.outcome]: 'approved', [DECISION_ATTRS.votingMethod]: 'unanimous' },
          'Si approva la mappatura.',
        ),
      ]);
      // Arrow down after the decision, then "Inserisci azione": the action landed between the two sections.
      body.insert(first + 1, [
        block(
          MINUTES_NODES.action,
          { [ACTION_ATTRS.blockId]: 'act-staccata-1', [ACTION_ATTRS.responsibleOrganisationId]: f.orgs[1].id, [ACTION_ATTRS.dueDate]: '2027-02-28' },
          'Aggiornare la mappa delle mense.',
        ),
      ]);
      body.push([
        paragraph('Si segnala la chiusura estiva degli uffici.'),
        block(
          MINUTES_NODES.decision,
          { [DECISION_ATTRS.blockId]: 'dec-varie-1', [DECISION_ATTRS.outcome]: 'approved', [DECISION_ATTRS.votingMethod]: 'consensus' },
          'Si fissa la prossima seduta a marzo.',
        ),
        block(
          MINUTES_NODES.action,
          {
            [ACTION_ATTRS.blockId]: 'act-varie-1',
            [ACTION_ATTRS.responsibleOrganisationId]: f.orgs[2].id,
            [ACTION_ATTRS.responsiblePersonId]: f.third.person.id,
            [ACTION_ATTRS.dueDate]: '2027-03-15',
          },
          'Prenotare la sala per marzo.',
        ),
      ]);
    });
    await store.append(docId, [{ msgId: crypto.randomUUID(), author: f.member.user.id, update: Y.encodeStateAsUpdate(old, before) }]);
    // (The document's first load, when the meeting started, gave the empty minutes their varie section.)
    const upgrades = await upgradeRows(docId);

    // The first join loads it: it arrives already in shape, with nothing lost.
    const o = await open(meeting.id);
    expect(shape(o.ydoc)).toEqual([`${MINUTES_NODES.section}:${items[0].id}`, `${MINUTES_NODES.section}:${items[1].id}`, MINUTES_NODES.otherBusiness]);
    const [first, second, other] = o.ydoc.getXmlFragment('default').toArray();
    expect(contentOf(first)).toEqual([
      'paragraph: ',
      `${MINUTES_NODES.decision}: Si approva la mappatura.`,
      `${MINUTES_NODES.action}: Aggiornare la mappa delle mense.`,
    ]);
    expect((first as Y.XmlElement).toArray().map((c) => (c as Y.XmlElement).getAttribute(ACTION_ATTRS.dueDate) ?? null)).toEqual([null, null, '2027-02-28']);
    expect(contentOf(second)).toEqual(['paragraph: ']);
    expect(contentOf(other)).toEqual([
      'paragraph: Apertura: la presidente saluta i presenti.',
      'paragraph: Si segnala la chiusura estiva degli uffici.',
      `${MINUTES_NODES.decision}: Si fissa la prossima seduta a marzo.`,
      `${MINUTES_NODES.action}: Prenotare la sala per marzo.`,
    ]);
    expect(await upgradeRows(docId)).toBe(upgrades + 1);

    // Loading it again changes nothing.
    const state = Y.encodeStateVector(o.ydoc);
    await unload(docId);
    const again = await open(meeting.id);
    expect(Y.encodeStateVector(again.ydoc)).toEqual(state);
    expect(await upgradeRows(docId)).toBe(upgrades + 1);

    // The rows follow: the detached action belongs to the first item, varie's blocks to no item.
    await f.ok('POST', `/api/meetings/${meeting.id}/attendance/check-in`, f.cookies.member);
    const pdf = (await pdfText((await f.download(meeting.id, 'minutes.pdf', f.cookies.third)).bytes)).replace(/\s+/g, ' ');
    const actions = (await f.ok('GET', `/api/actions?meetingId=${meeting.id}`, f.cookies.third)).items as Json[];
    expect(actions.map((a) => [a.what, a.agendaItemId, a.responsibleOrganisationName, a.dueDate]).sort()).toEqual([
      ['Aggiornare la mappa delle mense.', items[0].id, f.orgs[1].name, '2027-02-28'],
      ['Prenotare la sala per marzo.', null, f.orgs[2].name, '2027-03-15'],
    ]);
    const docx = docxText((await f.download(meeting.id, 'minutes.docx', f.cookies.third)).bytes).replace(/\s+/g, ' ');

    // The verbale prints each block where its row says, with every field: varie ed eventuali once, with its action's responsible and due date.
    for (const text of [pdf, docx]) {
      expect(text.split('Varie ed eventuali')).toHaveLength(2);
      const [agenda, varie] = text.split('Varie ed eventuali');
      const itemOne = agenda.slice(agenda.lastIndexOf(`1. ${items[0].title}`), agenda.lastIndexOf(`2. ${items[1].title}`));
      // Table cells may wrap onto several lines, so each field is looked for on its own, in its part of the verbale.
      for (const expected of ['Si approva la mappatura.', 'Aggiornare la mappa delle mense.', f.orgs[1].name, '28/02/2027'])
        expect(itemOne).toContain(expected);
      expect(varie).toContain('Apertura: la presidente saluta i presenti. Si segnala la chiusura estiva degli uffici.');
      for (const expected of [
        'Si fissa la prossima seduta a marzo.',
        'per consenso',
        'Prenotare la sala per marzo.',
        f.orgs[2].name,
        f.third.person.lastName,
        '15/03/2027',
      ])
        expect(varie).toContain(expected);
      for (const elsewhere of ['Aggiornare la mappa', f.orgs[1].name, '28/02/2027']) expect(varie).not.toContain(elsewhere);
    }
  });

  it('leaves a final (approved) document as it was stored', async () => {
    const { meeting } = await f.convenedMeeting({ title: 'Seduta approvata prima' });
    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'start', confirm: ['far_from_schedule'] });
    const docId = docIdOf('minutes', meeting.id);
    await unload(docId);
    const store = f.t.app.get(CollabStore);
    const old = new Y.Doc();
    const stored = await store.load(docId);
    stored.rows.forEach((r) => Y.applyUpdate(old, r.update));
    const before = Y.encodeStateVector(old);
    old.getXmlFragment('default').push([paragraph('Scritto dopo le sezioni.')]);
    await store.append(docId, [{ msgId: crypto.randomUUID(), author: f.member.user.id, update: Y.encodeStateAsUpdate(old, before) }]);
    await store.freeze(docId);
    const upgrades = await upgradeRows(docId);
    const o = await open(meeting.id);
    expect(shape(o.ydoc).at(-1)).toBe('paragraph');
    expect(await upgradeRows(docId)).toBe(upgrades);
  });
});
