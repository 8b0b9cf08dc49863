import crypto from 'node:crypto';
import ICAL from 'ical.js';
import { PersonAffiliationEntity } from '../../src/modules/person/person-affiliation.entity';
import { PersonEntity } from '../../src/modules/person/person.entity';
import { meetingSuite } from '../support/live-suite';
import { calendarIn, decodeQuotedPrintable, headerOf, linkIn, readOutbox, unfold } from '../support/outbox';
import { settleJobs } from '../support/jobs';

describe('meetings: the agenda and its documents behind an RSVP link and in the convocation', () => {
  const f = meetingSuite();
  let meetingId: string;
  let documentId: string;
  let mails: string[];
  let guestEmail: string;
  const secret = `contenuto-riservato-${crypto.randomBytes(4).toString('hex')}`;
  const rsvpTokenOf = (email: string) =>
    linkIn(
      mails.find((m) => m.includes(email))!,
      '/risposta',
    )
      .split('/')
      .pop()!;

  beforeAll(async () => {
    // A representative known to the network without an account: they answer only through the link.
    const people = f.t.dataSource.getRepository(PersonEntity);
    const guest = await people.save(
      people.create({
        firstName: 'Ospite',
        lastName: 'Senza Account',
        email: `ospite-${crypto.randomBytes(3).toString('hex')}@example.org`,
        userId: null,
        erasedAt: null,
      }),
    );
    await f.t.dataSource.getRepository(PersonAffiliationEntity).insert({ personId: guest.id, organisationId: f.orgs[2].id, role: 'operator', title: null });
    await f.ok('POST', `/api/spaces/${f.space.id}/members`, f.cookies.admin, { organisationId: f.orgs[2].id, personId: guest.id, role: 'member' });

    documentId = (await f.ok('POST', '/api/documents', f.cookies.facilitator, { spaceId: f.space.id, title: 'Bozza dei criteri ISEE', kind: 'working_note' }))
      .document.id;
    await f.t.dataSource.query('UPDATE documents SET body_text = $1, body_html = $1 WHERE id = $2', [secret, documentId]);
    const meeting = (await f.ok('POST', '/api/meetings', f.cookies.facilitator, f.meetingInput({ title: 'Seduta con documenti' }))).meeting;
    meetingId = meeting.id;
    await f.ok('POST', `/api/meetings/${meetingId}/agenda-items`, f.cookies.facilitator, { title: 'Comunicazioni', kind: 'information', plannedMinutes: 5 });
    await f.ok('POST', `/api/meetings/${meetingId}/agenda-items`, f.cookies.facilitator, {
      title: 'Criteri di accesso ai buoni spesa',
      kind: 'decision',
      plannedMinutes: 45,
      description: 'Soglia ISEE e priorità per i nuclei con minori.',
      documentIds: [documentId],
    });
    const before = readOutbox(f.t.dataDir).length;
    await f.ok('POST', `/api/meetings/${meetingId}/transitions`, f.cookies.facilitator, { transition: 'convene' });
    await settleJobs(f.t.dataSource);
    // Quoted-printable decodes to UTF-8 bytes: read them back as text to compare accented words and dashes.
    mails = readOutbox(f.t.dataDir)
      .slice(before)
      .map((m) => Buffer.from(decodeQuotedPrintable(m), 'latin1').toString('utf8'));
    guestEmail = guest.email!;
  });

  it("shows the agenda with each item's documents, linked for a representative with an account", async () => {
    const view = (await f.ok('GET', `/api/rsvp/${rsvpTokenOf(f.member.user.email)}`, null as unknown as string)).rsvp;
    expect(view.agenda).toEqual([
      {
        position: 1,
        title: 'Comunicazioni',
        description: null,
        kind: 'information',
        plannedMinutes: 5,
        presenterName: null,
        presenterOrganisationName: null,
        documents: [],
      },
      {
        position: 2,
        title: 'Criteri di accesso ai buoni spesa',
        description: 'Soglia ISEE e priorità per i nuclei con minori.',
        kind: 'decision',
        plannedMinutes: 45,
        presenterName: null,
        presenterOrganisationName: null,
        documents: [{ title: 'Bozza dei criteri ISEE', path: `/documenti/${documentId}` }],
      },
    ]);
  });

  it("gives someone without an account the titles only, and never a document's contents", async () => {
    const res = await f.call('GET', `/api/rsvp/${rsvpTokenOf(guestEmail)}`, null);
    expect(res.status).toBe(200);
    expect(res.body.rsvp.agenda[1].documents).toEqual([{ title: 'Bozza dei criteri ISEE', path: null }]);
    expect(res.text).not.toContain(secret);
    expect(res.text).not.toContain(documentId);
    const answered = await f.call('PUT', `/api/rsvp/${rsvpTokenOf(guestEmail)}`, null, { response: 'attending' });
    expect(answered.body.rsvp.agenda[1].documents).toEqual([{ title: 'Bozza dei criteri ISEE', path: null }]);
  });

  it("lists each item's linked documents with their address in the convocation mail", () => {
    const toMember = mails.find((m) => m.includes(f.member.user.email))!;
    expect(toMember).toContain(
      `1. Comunicazioni – 5 min\n2. Criteri di accesso ai buoni spesa – 45 min\n   Documento: Bozza dei criteri ISEE – http://cantiere.test/documenti/${documentId}\n`,
    );
    expect(toMember).not.toContain(secret);
  });

  it("lists each item's linked documents in the calendar invitation and the downloaded .ics", async () => {
    const expected = `2. Criteri di accesso ai buoni spesa – 45 min\n   Documento: Bozza dei criteri ISEE – http://cantiere.test/documenti/${documentId}`;
    // The raw message: its base64 attachment must not go through the quoted-printable decoding above.
    const invitation = readOutbox(f.t.dataDir)
      .filter((m) => headerOf(m, 'To') === f.member.user.email && m.includes('Content-Type: application/ics'))
      .map(calendarIn)
      .find((ics) => unfold(ics).includes(`meeting-${meetingId}@cantiere`))!;
    const download = (await f.call('GET', `/api/meetings/${meetingId}/calendar.ics`, f.cookies.member)).text;
    for (const ics of [invitation, download]) {
      const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
      expect(event.description).toContain(expected);
      expect(event.description).not.toContain(secret);
    }
  });
});
