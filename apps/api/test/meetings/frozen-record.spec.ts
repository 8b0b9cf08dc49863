import crypto from 'node:crypto';
import { DECISION_ATTRS, MINUTES_NODES } from '@cantiere/collab';
import { sessionCookie } from '../support/collab-harness';
import { memberOf } from '../support/factories';
import { docxText, pdfText } from '../support/document-text';
import { type Json } from '../support/meeting-fixture';
import { meetingSuite, MINUTES_EXPORTS } from '../support/live-suite';
import { addBlock, paragraph, sectionOf } from '../support/minutes-doc';

const sha256 = (bytes: Buffer | string) => crypto.createHash('sha256').update(bytes).digest('hex');
describe('approved minutes are a sealed record that later changes cannot reach', () => {
  const f = meetingSuite();

  const { download } = f;
  const downloadAll = async (meetingId: string) =>
    Object.fromEntries(await Promise.all(MINUTES_EXPORTS.map(async (e) => [e, (await download(meetingId, e)).bytes]))) as Record<
      (typeof MINUTES_EXPORTS)[number],
      Buffer
    >;

  /** Someone of its own to attend (and, in one test, to be erased), so that no test depends on another. */
  async function newAttendee() {
    const attendee = await memberOf(f.t, f.orgs[2].id);
    await f.ok('POST', `/api/spaces/${f.space.id}/members`, f.cookies.admin, { organisationId: f.orgs[2].id, personId: attendee.person.id, role: 'member' });
    return { ...attendee, cookie: await sessionCookie(f.baseUrl, attendee.user.email) };
  }

  /** A closed meeting whose second item has discussion and a 3-0-0 vote but was never clicked through in run mode. */
  async function closedMeetingWithMinutes(title: string, attendee: { cookie: string }) {
    const { meeting, items } = await f.startedMeeting(title);
    const o = await f.openMinutes(f.cookies.facilitator, meeting.id);
    const section = sectionOf(o.ydoc, items[1].id);
    paragraph(section, 'Il tavolo discute i criteri ISEE del nuovo avviso.');
    addBlock(
      section,
      MINUTES_NODES.decision,
      {
        [DECISION_ATTRS.blockId]: 'dec-sealed-1',
        [DECISION_ATTRS.outcome]: 'approved',
        [DECISION_ATTRS.votingMethod]: 'votes',
        [DECISION_ATTRS.votesFor]: 3,
        [DECISION_ATTRS.votesAgainst]: 0,
        [DECISION_ATTRS.votesAbstained]: 0,
      },
      'Si approvano i criteri ISEE.',
    );
    await o.session.whenSaved();
    await f.ok('POST', `/api/meetings/${meeting.id}/attendance/check-in`, attendee.cookie);
    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'close' });
    return { meeting, items: items as Json[] };
  }

  it('serves the same bytes for JSON, PDF, DOCX and text after the agenda, a decision and an attendee change', async () => {
    const attendee = await newAttendee();
    const { meeting, items } = await closedMeetingWithMinutes('Seduta sigillata', attendee);
    const approved = (await f.ok('POST', `/api/meetings/${meeting.id}/minutes/approve`, f.cookies.facilitator, {})).meeting;
    const before = await downloadAll(meeting.id);

    // The hash on the meeting is the SHA-256 of minutes.json exactly as served, and the header says so too.
    expect(sha256(before['minutes.json'])).toBe(approved.minutesHash);
    expect((await download(meeting.id, 'minutes.json')).headers.get('repr-digest')).toBe(
      `sha-256=:${Buffer.from(approved.minutesHash, 'hex').toString('base64')}:`,
    );
    const record = JSON.parse(before['minutes.json'].toString('utf8'));
    expect(record.approval).toMatchObject({ status: 'approved', sealed: true, sha256: null });
    expect(record.agenda[1]).toMatchObject({
      status: 'discussed',
      decisions: [{ text: 'Si approvano i criteri ISEE.', votesFor: 3, votesAgainst: 0, votesAbstained: 0 }],
    });
    const stored = await f.t.dataSource.query(
      `SELECT canonical_json, sha256, version, person_ids FROM frozen_records WHERE kind = 'verbale' AND subject_id = $1`,
      [meeting.id],
    );
    expect(stored).toHaveLength(1);
    expect(Buffer.from(stored[0].canonical_json, 'utf8').equals(before['minutes.json'])).toBe(true);
    expect(stored[0].person_ids).toContain(attendee.person.id);
    const pdf = await pdfText(before['minutes.pdf']);
    expect(pdf).toContain(`Impronta SHA-256: ${approved.minutesHash}`);
    expect(pdf).toContain(`Membro ${attendee.user.name}`);

    // Afterwards: the unspoken item is marked discussed, the decision row is rewritten, and an attendee is erased.
    await f.t.dataSource.query(`UPDATE agenda_items SET status = 'discussed', title = 'Titolo cambiato' WHERE id = $1`, [items[0].id]);
    await f.t.dataSource.query(`UPDATE decisions SET text = 'Testo cambiato', votes_against = 2 WHERE meeting_id = $1`, [meeting.id]);
    await f.ok('POST', `/api/people/${attendee.person.id}/erase`, f.cookies.admin);
    const [erased] = await f.t.dataSource.query('SELECT first_name FROM people WHERE id = $1', [attendee.person.id]);
    expect(erased.first_name).toBe('Persona');

    const after = await downloadAll(meeting.id);
    for (const e of MINUTES_EXPORTS) expect({ file: e, same: after[e].equals(before[e]) }).toEqual({ file: e, same: true });
    expect((await f.ok('GET', `/api/meetings/${meeting.id}`, f.cookies.third)).meeting.minutesHash).toBe(approved.minutesHash);

    // The erasure is logged with the sealed record it leaves as approved.
    const [log] = await f.t.dataSource.query(`SELECT details FROM audit_log WHERE action = 'person.erase' AND entity_id = $1`, [attendee.person.id]);
    expect(log.details).toEqual({ sealedRecordsKept: [{ kind: 'verbale', subjectId: meeting.id, version: 1 }] });
    // And the store itself refuses to change what was sealed.
    await expect(f.t.dataSource.query(`UPDATE frozen_records SET canonical_json = '{}' WHERE subject_id = $1`, [meeting.id])).rejects.toThrow(/immutable/);
    await expect(f.t.dataSource.query('DELETE FROM frozen_records WHERE subject_id = $1', [meeting.id])).rejects.toThrow(/immutable/);
  });

  it('prints an item with discussion and a decision as discussed, and a 3-0-0 vote as unanimous, in PDF and DOCX', async () => {
    const { meeting } = await closedMeetingWithMinutes('Seduta senza modalità conduzione', await newAttendee());
    const pdf = await pdfText((await download(meeting.id, 'minutes.pdf')).bytes);
    const docx = docxText((await download(meeting.id, 'minutes.docx')).bytes).replace(/\s+/g, ' ');
    for (const text of [pdf, docx]) {
      expect(text).toMatch(/1\. Approvazione del verbale precedente Stato: non trattato\. Nessuna discussione registrata\./);
      expect(text).toMatch(/2\. Criteri di accesso ai buoni spesa Stato: trattato\. Il tavolo discute i criteri ISEE/);
      expect(text).toContain("Si approvano i criteri ISEE. – Esito: approvata, all'unanimità.");
    }
  });

  it('still exports minutes approved before sealing, rebuilt from the rows and marked, with the approved text as hashed', async () => {
    const { meeting } = await closedMeetingWithMinutes('Seduta approvata prima del sigillo', await newAttendee());
    // Approved minutes as earlier releases left them: a hash of the text, and no sealed record.
    const text = 'Testo approvato del verbale\n';
    await f.t.dataSource.query(
      `UPDATE meetings SET status = 'minutes_approved', minutes_status = 'approved', minutes_hash = $2, approved_minutes_text = $3, minutes_approved_at = now() WHERE id = $1`,
      [meeting.id, sha256(text), text],
    );
    const files = await downloadAll(meeting.id);
    expect(files['minutes.txt'].toString('utf8')).toBe(text);
    expect(JSON.parse(files['minutes.json'].toString('utf8')).approval).toMatchObject({ status: 'approved', sealed: false, sha256: sha256(text) });
    const marker = 'Verbale approvato prima della conservazione del documento sigillato';
    expect(await pdfText(files['minutes.pdf'])).toContain(marker);
    expect(docxText(files['minutes.docx'])).toContain(marker);
  });
});
