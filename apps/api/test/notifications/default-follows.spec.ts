import crypto from 'node:crypto';
import * as Y from 'yjs';
import { NotificationCenter } from '../../src/modules/notification';
import { listen, openDoc, waitFor, type OpenDoc } from '../support/collab-harness';
import { settleJobs } from '../support/jobs';
import { meetingFixture, type Json } from '../support/meeting-fixture';
import { startTestApp, TestApp } from '../support/test-app';

/** People follow what they take part in (their spaces, the meetings they are on the register of, the documents they wrote in) until they unfollow it. */
describe('default follows', () => {
  let t: TestApp;
  let baseUrl: string;
  let f: Awaited<ReturnType<typeof meetingFixture>>;
  const opened: OpenDoc[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t.app);
    f = await meetingFixture(t, baseUrl);
  });
  afterEach(() => opened.splice(0).forEach((o) => o.client.close()));
  afterAll(() => t.close());

  const kindsAbout = async (cookie: string, link: string) =>
    ((await f.ok('GET', '/api/notifications?pageSize=100', cookie)).items as Json[]).filter((n) => n.link === link).map((n) => n.kind);
  const follow = (cookie: string, subjectType: string, subjectId: string, following: boolean) =>
    f.ok('PUT', '/api/notifications/follows', cookie, { subjectType, subjectId, following });

  it("tells a space's members and followers of its meetings, those off the register too; the most specific choice wins", async () => {
    const { meeting } = await f.convenedMeeting({ title: 'Seduta del tavolo' });
    const link = `/sedute/${meeting.id}`;
    const step = (transition: string, confirm?: string[]) =>
      f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition, confirm });
    await step('start', ['far_from_schedule']);
    await step('close');
    // The outsider joins the space once the meeting's register is closed: a member, not on this meeting's register.
    await f.ok('POST', `/api/spaces/${f.space.id}/members`, f.cookies.admin, { organisationId: f.orgs[2].id, personId: f.outsider.person.id, role: 'member' });
    await follow(f.cookies.admin, 'space', f.space.id, true);
    // The third representative unfollows the space, but is on the register: the meeting is theirs all the same.
    await follow(f.cookies.third, 'space', f.space.id, false);

    await f.ok('POST', `/api/meetings/${meeting.id}/minutes/review`, f.cookies.facilitator, { days: 5 });
    await settleJobs(t.dataSource);
    const register: { personId: string }[] = await t.dataSource.query(`SELECT person_id AS "personId" FROM meeting_attendees WHERE meeting_id = $1`, [
      meeting.id,
    ]);
    expect(register.map((r) => r.personId)).not.toContain(f.outsider.person.id);
    expect(await kindsAbout(f.cookies.outsider, link)).toEqual(['minutes_in_review']);
    expect(await kindsAbout(f.cookies.admin, link)).toEqual(['minutes_in_review']);
    expect(await kindsAbout(f.cookies.third, link)).toEqual(['minutes_in_review', 'convocation']);

    // The new member unfollows the space; the administrator still follows it, but unfollows this meeting.
    await follow(f.cookies.outsider, 'space', f.space.id, false);
    await follow(f.cookies.admin, 'meeting', meeting.id, false);
    await f.ok('POST', `/api/meetings/${meeting.id}/minutes/approve`, f.cookies.facilitator, { confirm: ['review_open'] });
    await settleJobs(t.dataSource);
    expect(await kindsAbout(f.cookies.outsider, link)).toEqual(['minutes_in_review']);
    expect(await kindsAbout(f.cookies.admin, link)).toEqual(['minutes_in_review']);
    expect(await kindsAbout(f.cookies.third, link)).toEqual(['minutes_approved', 'minutes_in_review', 'convocation']);
    expect(await kindsAbout(f.cookies.member, link)).toEqual(['minutes_approved', 'minutes_in_review', 'convocation']);

    // Nobody follows what they may not read: an unknown space reads as not found.
    const unknown = await f.call('PUT', '/api/notifications/follows', f.cookies.outsider, {
      subjectType: 'space',
      subjectId: crypto.randomUUID(),
      following: true,
    });
    expect(unknown.status).toBe(404);
  });

  it('makes whoever writes in a document follow it, reaches them with its notifications, and keeps their unfollow', async () => {
    const center = t.app.get(NotificationCenter);
    // No kind about documents exists yet: the test registers one, as a later module would.
    center.registerKind<{ documentId: string }>({
      kind: 'test_document_changed',
      label: { it: 'Documenti modificati', en: 'Documents changed' },
      defaultChannel: 'digest',
      render: (_lang, data) => ({ title: 'Documento modificato', body: '', link: `/documenti/${data.documentId}` }),
    });
    const document = (await f.ok('POST', '/api/documents', f.cookies.member, { spaceId: f.space.id, title: 'Nota condivisa', kind: 'working_note' })).document;
    const subject = { type: 'document', id: document.id as string };
    const link = `/documenti/${document.id}`;
    const changed = (n: number) =>
      center.deliver({ kind: 'test_document_changed', subject, data: { documentId: document.id } }, `document-change-${document.id}-${n}`);
    const follows = async () =>
      (await t.dataSource.query(`SELECT user_id AS "userId", following FROM notification_follows WHERE subject_type = 'document' AND subject_id = $1`, [
        document.id,
      ])) as { userId: string; following: boolean }[];

    await changed(1);
    expect(await follows()).toEqual([]);
    expect(await kindsAbout(f.cookies.member, link)).toEqual([]);

    const o = await openDoc(baseUrl, { cookie: f.cookies.member }, document.docId);
    opened.push(o);
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    o.ydoc.getXmlFragment('default').push([paragraph]);
    text.insert(0, 'Prima stesura della nota.');
    await o.session.whenSaved();
    await waitFor(async () => (await follows()).length > 0, 5_000, 'the writer following the document');
    expect(await follows()).toEqual([{ userId: f.member.user.id, following: true }]);

    await changed(2);
    expect(await kindsAbout(f.cookies.member, link)).toEqual(['test_document_changed']);
    // Neither the space's other members nor its facilitator wrote in it.
    expect(await kindsAbout(f.cookies.facilitator, link)).toEqual([]);
    expect(await kindsAbout(f.cookies.third, link)).toEqual([]);

    await follow(f.cookies.member, 'document', document.id, false);
    // Writing again (told again after a restart, say) does not undo the unfollow.
    await center.followByDefault([f.member.user.id], subject);
    expect(await follows()).toEqual([{ userId: f.member.user.id, following: false }]);
    await changed(3);
    expect(await kindsAbout(f.cookies.member, link)).toEqual(['test_document_changed']);
  });
});
