import { MINUTES_NODES, docIdOf } from '@cantiere/collab';
import crypto from 'node:crypto';
import * as Y from 'yjs';
import { NotificationCenter, SETTLE_QUIET_MS } from '../../src/modules/notification';
import { waitFor } from '../support/collab-harness';
import { settleJobs } from '../support/jobs';
import { meetingSuite } from '../support/live-suite';
import type { Json } from '../support/meeting-fixture';
import { mentionParagraph, type MentionTarget } from '../support/mention-doc';
import { paragraph } from '../support/minutes-doc';

describe('mentions in shared documents: told once the text settles, once, to those addressed who may read it', () => {
  const f = meetingSuite();
  const tag = crypto.randomBytes(3).toString('hex');
  const names = { facilitator: `Fabia Ferri${tag}`, member: `Giulia Rossi${tag}`, third: `Luca Fontana${tag}`, outsider: `Olga Esterni${tag}` };

  beforeAll(async () => {
    // Distinct names, so that the suggestion list can be searched person by person.
    for (const [who, name] of Object.entries(names)) {
      const { user, person } = f[who as keyof typeof names];
      const [first, last] = name.split(' ');
      await f.t.dataSource.query('UPDATE people SET first_name = $2, last_name = $3 WHERE id = $1', [person.id, first, last]);
      await f.t.dataSource.query('UPDATE users SET name = $2 WHERE id = $1', [user.id, name]);
    }
  });

  const center = () => f.t.app.get(NotificationCenter);
  const mentionsOf = async (cookie: string, link: string) =>
    ((await f.ok('GET', '/api/notifications?pageSize=200', cookie)).items as Json[]).filter((n) => n.kind === 'mention' && n.link === link);
  const waiting = async (docId: string) =>
    (await f.t.dataSource.query(`SELECT key FROM notification_pending WHERE scope = $1 AND delivered_at IS NULL ORDER BY key`, [`mentions:${docId}`])).map(
      (r: Json) => r.key as string,
    );
  const deliverDue = async () => {
    const n = await center().deliverSettled(new Date(Date.now() + SETTLE_QUIET_MS + 1_000));
    await settleJobs(f.t.dataSource);
    return n;
  };
  const newDocument = async (title: string) =>
    (await f.ok('POST', '/api/documents', f.cookies.facilitator, { spaceId: f.space.id, title, kind: 'working_note' })).document;
  const person = (who: keyof typeof names): MentionTarget => ({ kind: 'person', id: f[who].person.id, label: names[who] });

  it('tells the mentioned person once, after the quiet, however often the text is projected, edited or the mention rewritten', async () => {
    const document = await newDocument('Nota sugli empori solidali');
    const docId = document.docId as string;
    const link = `/documenti/${document.id}`;
    const writer = await f.open(f.cookies.facilitator, docId);
    const other = await f.open(f.cookies.member, docId);
    const body = writer.ydoc.getXmlFragment('default');
    const { mention } = mentionParagraph(body, 'Chiedo a ', person('member'), ' i dati degli empori.');
    await writer.session.whenSaved();
    const key = `mention:${docId}:person:${f.member.person.id}`;
    await waitFor(async () => (await waiting(docId)).includes(key), 10_000, 'mention projected');

    // Still being typed: nothing is due yet.
    expect(await center().deliverSettled(new Date())).toBe(0);
    expect(await mentionsOf(f.cookies.member, link)).toEqual([]);

    expect(await deliverDue()).toBe(1);
    const [told] = await mentionsOf(f.cookies.member, link);
    expect({ title: told.title, body: told.body }).toEqual({
      title: 'Nuova menzione',
      body: `${names.facilitator} ti ha menzionato in «Nota sugli empori solidali»`,
    });
    for (const cookie of [f.cookies.facilitator, f.cookies.third, f.cookies.outsider]) expect(await mentionsOf(cookie, link)).toEqual([]);

    // The other client edits elsewhere; the writer removes the mention and writes it again: never told twice.
    paragraph(other.ydoc.getXmlFragment('default'), 'Aggiungo i dati di Casalmaggiore.');
    await other.session.whenSaved();
    await waitFor(async () =>
      (await f.t.dataSource.query('SELECT body_text FROM documents WHERE id = $1', [document.id]))[0].body_text.includes('Casalmaggiore'),
    );
    const parent = mention.parent as Y.XmlElement;
    parent.delete(1, 1);
    await writer.session.whenSaved();
    mentionParagraph(body, 'Di nuovo ', person('member'));
    await writer.session.whenSaved();
    await waitFor(async () => (await f.t.dataSource.query('SELECT body_text FROM documents WHERE id = $1', [document.id]))[0].body_text.includes('Di nuovo @'));
    expect(await deliverDue()).toBe(0);
    expect(await mentionsOf(f.cookies.member, link)).toHaveLength(1);

    // Both wrote in the document, so both follow it; a mention is still for the mentioned alone.
    mentionParagraph(other.ydoc.getXmlFragment('default'), 'Anche ', person('third'));
    await other.session.whenSaved();
    const third = `mention:${docId}:person:${f.third.person.id}`;
    await waitFor(async () => (await waiting(docId)).includes(third), 10_000, 'the second mention projected');
    expect(await deliverDue()).toBe(1);
    expect(await mentionsOf(f.cookies.third, link)).toHaveLength(1);
    expect(await mentionsOf(f.cookies.facilitator, link)).toEqual([]);
  });

  it('tells an organisation through its people who may read the document; no one who may not, nor the writer', async () => {
    const document = await newDocument('Nota per le organizzazioni');
    const docId = document.docId as string;
    const link = `/documenti/${document.id}`;
    const writer = await f.open(f.cookies.facilitator, docId);
    const body = writer.ydoc.getXmlFragment('default');
    // The third organisation: `third` is in the space, `outsider` (same organisation) is not and may not read it.
    mentionParagraph(body, 'Coinvolgiamo ', { kind: 'organisation', id: f.orgs[2].id, label: f.orgs[2].name });
    // Mentioned by name but unable to read the document, and the writer mentioning themself: nobody to tell.
    mentionParagraph(body, 'e ', person('outsider'));
    mentionParagraph(body, 'firmato ', person('facilitator'));
    await writer.session.whenSaved();
    await waitFor(async () => (await waiting(docId)).length === 3, 10_000, 'mentions projected');

    expect(await deliverDue()).toBe(3);
    const [told] = await mentionsOf(f.cookies.third, link);
    expect({ title: told.title, body: told.body }).toEqual({
      title: 'Menzione della tua organizzazione',
      body: `${names.facilitator} ha menzionato @${f.orgs[2].name} in «Nota per le organizzazioni»`,
    });
    expect(await mentionsOf(f.cookies.third, link)).toHaveLength(1);
    for (const cookie of [f.cookies.outsider, f.cookies.facilitator, f.cookies.member]) expect(await mentionsOf(cookie, link)).toEqual([]);
  });

  it("tells the minutes' mentions too, linking to the meeting", async () => {
    const { meeting } = await f.startedMeeting('Seduta con menzioni');
    const minutes = await f.openMinutes(f.cookies.member, meeting.id);
    const other = minutes.ydoc
      .getXmlFragment('default')
      .toArray()
      .find((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === MINUTES_NODES.otherBusiness)!;
    mentionParagraph(other, 'Ne parla ', person('third'), ' la prossima volta.');
    await minutes.session.whenSaved();
    const docId = docIdOf('minutes', meeting.id);
    await waitFor(async () => (await waiting(docId)).length === 1, 10_000, 'mention projected');
    expect(await deliverDue()).toBe(1);
    const [told] = await mentionsOf(f.cookies.third, `/sedute/${meeting.id}`);
    expect(told.body).toBe(`${names.member} ti ha menzionato in «Seduta con menzioni»`);
  });

  describe('the @ suggestion list', () => {
    const candidates = (cookie: string, docId: string, q?: string) =>
      f.call('GET', `/api/mention-candidates?docId=${encodeURIComponent(docId)}${q === undefined ? '' : `&q=${encodeURIComponent(q)}`}`, cookie);

    it('offers the people and organisations who may read the document, matching what was typed', async () => {
      const document = await newDocument('Nota da menzionare');
      const found = await candidates(f.cookies.member, document.docId, tag);
      expect(found.status).toBe(200);
      const labels = (found.body.items as Json[]).map((c) => `${c.kind}:${c.label}`).sort();
      // The outsider has an account but may not read a members-only space's document.
      expect(labels).toEqual([`person:${names.facilitator}`, `person:${names.third}`, `person:${names.member}`].sort());
      expect(found.body).toMatchObject({ total: 3, page: 1, pageSize: 8 });
      const member = (found.body.items as Json[]).find((c) => c.label === names.member);
      expect(member).toEqual({ kind: 'person', id: f.member.person.id, label: names.member, detail: f.orgs[1].name });
      const orgs = await candidates(f.cookies.member, document.docId, f.orgs[1].name.slice(0, 12));
      expect((orgs.body.items as Json[]).filter((c) => c.kind === 'organisation').map((c) => c.id)).toEqual([f.orgs[1].id]);
      expect((await candidates(f.cookies.member, document.docId, names.outsider)).body.items).toEqual([]);
    });

    it('answers 404 to who may not read the document, 403 to a reader, 400 with the field to a malformed id', async () => {
      const document = await newDocument('Nota riservata');
      expect((await candidates(f.cookies.outsider, document.docId, 'a')).status).toBe(404);
      expect((await candidates(f.cookies.member, `document:${crypto.randomUUID()}`)).status).toBe(404);
      expect((await candidates(f.cookies.member, `unknown-kind:${crypto.randomUUID()}`)).status).toBe(404);
      await f.ok('PATCH', `/api/documents/${document.id}`, f.cookies.facilitator, { archived: true });
      const reader = await candidates(f.cookies.member, document.docId, 'a');
      expect(reader.status).toBe(403);
      const bad = await candidates(f.cookies.member, 'document:nope');
      expect(bad.status).toBe(400);
      expect(bad.body.error.details).toEqual([{ path: 'docId', message: 'invalid_id' }]);
      const big = await f.call('GET', `/api/mention-candidates?docId=${document.docId}&pageSize=500`, f.cookies.member);
      expect(big.body.error.details).toEqual([{ path: 'pageSize', message: 'too_large' }]);
    });
  });
});
