import { ACTION_ATTRS, DECISION_ATTRS, MINUTES_NODES, SECTION_ATTRS, docIdOf } from '@cantiere/collab';
import * as Y from 'yjs';
import { openDoc, sessionCookie, waitFor } from './collab-harness';
import { NotificationCenter } from '../../src/modules/notification';
import { adoptedPlanRowsForTest } from '../plans/monitoring-fixture';
import { PlanDocumentService } from '../../src/modules/plan';
import { writeObjectiveWithAction } from '../plans/plan-fixture';
import { createUser } from './factories';
import { meetingFixture, type Json } from './meeting-fixture';
import { linkIn, readOutbox } from './outbox';
import { settleJobs } from './jobs';
import type { TestApp } from './test-app';

export type SeededGraph = Awaited<ReturnType<typeof seedGraph>>;

function minutesBlock(section: Y.XmlElement, name: string, attrs: Record<string, string>, text: string) {
  const block = new Y.XmlElement(name);
  for (const [k, v] of Object.entries(attrs)) block.setAttribute(k, v);
  const content = new Y.XmlText();
  block.insert(0, [content]);
  section.push([block]);
  content.insert(0, text);
}

/**
 * A realistic graph reached through the API itself: organisations, people, a members-only table with its
 * representatives, a convened meeting (agenda, register, RSVP links), a second meeting whose minutes hold a
 * decision and an action and are in review with a remark, a document with a named version, a draft plan and an adopted one, an invitation,
 * an API token, a calendar feed and a second session. Every id a route's path can name is here.
 */
export async function seedGraph(t: TestApp, baseUrl: string) {
  const f = await meetingFixture(t, baseUrl);
  const { ok, cookies } = f;
  const convened = await f.convenedMeeting({ title: 'Seduta convocata per la prova' });
  const reviewed = await f.convenedMeeting({ title: 'Seduta con verbale in revisione' });
  await ok('POST', `/api/meetings/${reviewed.meeting.id}/transitions`, cookies.facilitator, { transition: 'start', confirm: ['far_from_schedule'] });
  const minutes = await openDoc(baseUrl, { cookie: cookies.facilitator }, docIdOf('minutes', reviewed.meeting.id));
  try {
    const section = minutes.ydoc
      .getXmlFragment('default')
      .toArray()
      .find((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.getAttribute(SECTION_ATTRS.itemId) === reviewed.items[1].id)!;
    minutesBlock(section, MINUTES_NODES.decision, { [DECISION_ATTRS.blockId]: 'dec-seed-1', [DECISION_ATTRS.outcome]: 'approved' }, 'Si approvano i criteri.');
    minutesBlock(
      section,
      MINUTES_NODES.action,
      { [ACTION_ATTRS.blockId]: 'act-seed-1', [ACTION_ATTRS.responsibleOrganisationId]: f.orgs[1].id },
      'Mappare gli empori.',
    );
    await minutes.session.whenSaved();
  } finally {
    minutes.client.close();
  }
  const actions = async () => (await ok('GET', `/api/actions?meetingId=${reviewed.meeting.id}`, cookies.admin)).items as Json[];
  await waitFor(async () => (await actions()).length > 0, 10_000, 'projected action');
  await ok('POST', `/api/meetings/${reviewed.meeting.id}/transitions`, cookies.facilitator, { transition: 'close' });
  await ok('POST', `/api/meetings/${reviewed.meeting.id}/minutes/review`, cookies.facilitator, { days: 5 });
  const remark = (await ok('POST', `/api/meetings/${reviewed.meeting.id}/minutes/remarks`, cookies.member, { kind: 'comment', text: 'Manca la data.' })).remark;

  const document = (await ok('POST', '/api/documents', cookies.facilitator, { spaceId: f.space.id, title: 'Nota di lavoro', kind: 'working_note' })).document;
  const version = (await ok('POST', `/api/documents/${document.id}/versions`, cookies.facilitator, { name: 'Bozza condivisa' })).version;
  const plan = (
    await ok('POST', '/api/plans', cookies.facilitator, { spaceId: f.space.id, title: 'Piano del tavolo 2025-2027', startYear: 2025, endYear: 2027 })
  ).plan;
  // A second plan, adopted: its adopted version and a revision's differences are there to read.
  const adoptedPlan = (
    await ok('POST', '/api/plans', cookies.facilitator, { spaceId: f.space.id, title: 'Piano adottato 2022-2024', startYear: 2022, endYear: 2024 })
  ).plan;
  await ok('POST', `/api/plans/${adoptedPlan.id}/transitions`, cookies.facilitator, { transition: 'submit' });
  await ok('POST', `/api/plans/${adoptedPlan.id}/adoption`, cookies.facilitator, { body: 'Assemblea dei Sindaci', number: '7/2022', date: '2022-03-01' });
  // An adopted plan with one action and indicator (rows written directly), for the monitoring routes.
  const monitoredPlan = (
    await ok('POST', '/api/plans', cookies.facilitator, { spaceId: f.space.id, title: 'Piano monitorato del tavolo', startYear: 2025, endYear: 2027 })
  ).plan;
  const monitored = await adoptedPlanRowsForTest(t, monitoredPlan.id, f.orgs[1].id);
  // A comment on an action of the plan, whose record must first be projected from the live document.
  const planWriter = await openDoc(baseUrl, { cookie: cookies.facilitator }, plan.docId as string);
  const planRecords = writeObjectiveWithAction(planWriter.ydoc, f.orgs[0].id as string);
  await planWriter.session.whenSaved();
  await t.app.get(PlanDocumentService).flush(plan.id as string);
  planWriter.client.close();
  const planComment = (
    await ok('POST', `/api/plans/${plan.id}/comments`, cookies.member, { recordKind: 'action', recordId: planRecords.actionId, body: 'Chi apre il sabato?' })
  ).comment;
  // The walking administrator owns the account-scoped records, and has a second session to delete.
  const admin = await createUser(t, { role: 'admin' });
  const adminCookie = await sessionCookie(baseUrl, admin.email);
  await sessionCookie(baseUrl, admin.email);
  const invitation = (await ok('POST', '/api/invitations', adminCookie, { email: 'invitata@example.org', name: 'Ida Invitata' })).invitation;
  const apiToken = (await ok('POST', '/api/account/tokens', adminCookie, { name: 'Script di prova' })).token;
  const feedUrl: string = (await ok('POST', '/api/account/calendar-feed', adminCookie)).feed.url;
  const sessions = (await ok('GET', '/api/account/sessions', adminCookie)).items as Json[];
  // A notification of the walking administrator's own, mailed at once with its unsubscribe link.
  const [notification] = await t.app.get(NotificationCenter).deliver(
    {
      kind: 'meeting_changed',
      subject: { type: 'meeting', id: convened.meeting.id },
      data: { meetingId: convened.meeting.id, label: convened.meeting.title, startsAt: convened.meeting.startsAt },
      addressed: { userIds: [admin.id] },
    },
    'fuzz-seed',
  );
  await settleJobs(t.dataSource);
  const outbox = readOutbox(t.dataDir);
  const lastSegment = (link: string) => link.slice(link.lastIndexOf('/') + 1);
  const members = (await ok('GET', `/api/spaces/${f.space.id}/members`, cookies.admin)).items as Json[];
  const attendance = (await ok('GET', `/api/meetings/${convened.meeting.id}/attendance`, cookies.admin)).attendance.entries as Json[];
  const thematicArea = ((await ok('GET', '/api/reference-lists/thematic_area', cookies.admin)).items as Json[])[0].code as string;

  return {
    f,
    adminEmail: admin.email,
    adminCookie,
    ids: {
      space: f.space.id as string,
      organisation: f.orgs[1].id as string,
      person: f.member.person.id as string,
      membership: members[0].id as string,
      meeting: convened.meeting.id as string,
      agendaItem: convened.items[1].id as string,
      attendanceEntry: attendance[0].id as string,
      reviewedMeeting: reviewed.meeting.id as string,
      reviewedItem: reviewed.items[1].id as string,
      remark: remark.id as string,
      action: (await actions())[0].id as string,
      document: document.id as string,
      version: version.id as string,
      plan: plan.id as string,
      adoptedPlan: adoptedPlan.id as string,
      monitoredPlan: monitoredPlan.id as string,
      planAction: monitored.actionId,
      planIndicator: monitored.indicatorId,
      planComment: planComment.id as string,
      planCommentAction: planRecords.actionId,
      invitation: invitation.id as string,
      invitationToken: lastSegment(
        linkIn(
          outbox.find((m) => m.includes('invitata@example.org'))!,
          '/invito',
        ),
      ),
      rsvpToken: lastSegment(
        linkIn(
          outbox.find((m) => m.includes('/risposta/'))!,
          '/risposta',
        ),
      ),
      apiToken: apiToken.id as string,
      notification: (await t.dataSource.query('SELECT id FROM notifications WHERE user_id = $1', [notification]))[0].id as string,
      unsubscribeToken: lastSegment(
        linkIn(
          outbox.find((m) => m.includes('/api/unsubscribe/'))!,
          '/api/unsubscribe',
        ),
      ),
      otherSession: sessions.find((s) => !s.current)!.id as string,
      feedFile: lastSegment(feedUrl),
      thematicArea,
      delivery: (await ok('GET', `/api/meetings/${convened.meeting.id}/convocation/deliveries`, cookies.admin)).items[0].id as string,
    },
  };
}
