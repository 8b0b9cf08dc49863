import { ACTION_ATTRS, MINUTES_NODES, SECTION_ATTRS, docIdOf } from '@cantiere/collab';
import * as Y from 'yjs';
import { OutcomeNotificationsService } from '../../src/modules/outcome/outcome-notifications.service';
import { NotificationCenter, SETTLE_QUIET_MS } from '../../src/modules/notification';
import { listen, openDoc, waitFor, type OpenDoc } from '../support/collab-harness';
import { settleJobs } from '../support/jobs';
import { meetingFixture, type Json } from '../support/meeting-fixture';
import { startTestApp, TestApp } from '../support/test-app';

describe('action notifications: the responsible organisation hears of its action once the text settles, and when it is overdue', () => {
  let t: TestApp;
  let baseUrl: string;
  let f: Awaited<ReturnType<typeof meetingFixture>>;
  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t.app);
    f = await meetingFixture(t, baseUrl);
  });
  afterAll(() => t.close());

  const kindsAbout = async (cookie: string, meetingId: string) =>
    ((await f.ok('GET', '/api/notifications?pageSize=200', cookie)).items as Json[])
      .filter((n) => n.link === `/sedute/${meetingId}` && n.kind.startsWith('action_'))
      .map((n) => n.kind);

  it('notifies the organisation once the minutes stop changing, once however often they change afterwards', async () => {
    const { meeting, items } = await f.convenedMeeting({ title: 'Seduta con azioni' });
    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'start', confirm: ['far_from_schedule'] });
    const minutes: OpenDoc = await openDoc(baseUrl, { cookie: f.cookies.facilitator }, docIdOf('minutes', meeting.id));
    const center = t.app.get(NotificationCenter);
    const actions = async () => (await f.ok('GET', `/api/actions?meetingId=${meeting.id}`, f.cookies.admin)).items as Json[];
    try {
      const section = minutes.ydoc
        .getXmlFragment('default')
        .toArray()
        .find((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.getAttribute(SECTION_ATTRS.itemId) === items[1].id)!;
      const block = new Y.XmlElement(MINUTES_NODES.action);
      block.setAttribute(ACTION_ATTRS.blockId, 'act-notify-1');
      block.setAttribute(ACTION_ATTRS.responsibleOrganisationId, f.orgs[1].id);
      const text = new Y.XmlText();
      block.insert(0, [text]);
      section.push([block]);
      text.insert(0, 'Mappare');
      await minutes.session.whenSaved();
      await waitFor(async () => (await actions()).length === 1, 10_000, 'projected action');
      const projectedAt = Date.now();

      // Still being typed: nothing yet, and each projection makes it wait anew.
      expect(await center.deliverSettled(new Date())).toBe(0);
      text.insert(text.length, ' gli empori');
      await minutes.session.whenSaved();
      await waitFor(async () => (await actions())[0].what === 'Mappare gli empori', 10_000, 'projected edit');
      expect(await center.deliverSettled(new Date(projectedAt + SETTLE_QUIET_MS - 1_000))).toBe(0);

      expect(await center.deliverSettled(new Date(Date.now() + SETTLE_QUIET_MS + 1_000))).toBe(1);
      await settleJobs(t.dataSource);
      expect(await kindsAbout(f.cookies.member, meeting.id)).toEqual(['action_assigned']);
      const [mine] = ((await f.ok('GET', '/api/notifications', f.cookies.member)).items as Json[]).filter((n) => n.kind === 'action_assigned');
      expect({ title: mine.title, body: mine.body }).toEqual({ title: 'Nuova azione per la tua organizzazione', body: 'Mappare gli empori' });
      for (const other of [f.cookies.facilitator, f.cookies.third, f.cookies.outsider]) expect(await kindsAbout(other, meeting.id)).toEqual([]);

      text.insert(text.length, ' del distretto');
      await minutes.session.whenSaved();
      await waitFor(async () => (await actions())[0].what === 'Mappare gli empori del distretto', 10_000, 'projected second edit');
      expect(await center.deliverSettled(new Date(Date.now() + 10 * SETTLE_QUIET_MS))).toBe(0);
      expect(await kindsAbout(f.cookies.member, meeting.id)).toEqual(['action_assigned']);

      // Overdue: once per due date, to the organisation's people, in the digest by default.
      await t.dataSource.query(`UPDATE actions SET due_date = current_date - 2 WHERE meeting_id = $1`, [meeting.id]);
      const overdue = t.app.get(OutcomeNotificationsService);
      expect(await overdue.notifyOverdue(new Date())).toBeGreaterThanOrEqual(1);
      await overdue.notifyOverdue(new Date());
      expect(await kindsAbout(f.cookies.member, meeting.id)).toEqual(['action_overdue', 'action_assigned']);
      for (const other of [f.cookies.facilitator, f.cookies.third, f.cookies.outsider]) expect(await kindsAbout(other, meeting.id)).toEqual([]);
      const prefs = (await f.ok('GET', '/api/notifications/preferences', f.cookies.member)).preferences.kinds as Json[];
      expect(prefs.find((k) => k.kind === 'action_overdue').channel).toBe('digest');
    } finally {
      minutes.client.close();
    }
  });
});
