import { AuditRepository } from '../../src/core/audit/audit.repository';
import { sessionCookie } from '../support/collab-harness';
import { createUser, TEST_PASSWORD } from '../support/factories';
import { meetingSuite } from '../support/live-suite';
import type { Json } from '../support/meeting-fixture';

interface Entry {
  actorId: string | null;
  entityType: string;
  details: Json;
}

/**
 * Every module records its changes in the audit trail, in the transaction of the change: who (the account), what
 * (`<entity>.<verb>` on a record), when, and only the fields that changed, before and after, never a secret.
 */
describe('audit entries for each module family', () => {
  const f = meetingSuite();
  let adminId: string;
  beforeAll(async () => {
    adminId = (await f.ok('GET', '/api/auth/me', f.cookies.admin)).user.id;
  });
  afterEach(() => jest.restoreAllMocks());

  const entries = async (action: string, entityId: string | null): Promise<Entry[]> =>
    (
      await f.t.dataSource.query(
        `SELECT actor_id AS "actorId", entity_type AS "entityType", details FROM audit_log WHERE action = $1 AND entity_id IS NOT DISTINCT FROM $2 ORDER BY id`,
        [action, entityId],
      )
    ).map((e: Entry) => e);
  const only = async (action: string, entityId: string | null): Promise<Entry> => {
    const found = await entries(action, entityId);
    expect({ action, count: found.length }).toEqual({ action, count: 1 });
    return found[0];
  };

  it('organisations: created, changed and archived, with the changed fields only', async () => {
    const org = (await f.ok('POST', '/api/organisations', f.cookies.admin, { name: 'APS Registro Modifiche', type: 'aps' })).organisation;
    const created = await only('organisation.create', org.id);
    expect(created).toMatchObject({ actorId: adminId, entityType: 'organisation', details: { after: { name: 'APS Registro Modifiche', type: 'aps' } } });
    expect(created.details.before).toBeUndefined();

    await f.ok('PATCH', `/api/organisations/${org.id}`, f.cookies.admin, { type: 'odv', name: 'APS Registro Modifiche' });
    expect((await only('organisation.update', org.id)).details).toEqual({ before: { type: 'aps' }, after: { type: 'odv' } });

    const archived = (await f.ok('POST', `/api/organisations/${org.id}/archive`, f.cookies.admin)).organisation;
    expect((await only('organisation.archive', org.id)).details).toEqual({ before: { archivedAt: null }, after: { archivedAt: archived.archivedAt } });
  });

  it('people: created and changed, and an erasure keeps which fields changed but not their values', async () => {
    const body = {
      firstName: 'Ilaria',
      lastName: 'Registro',
      email: 'ilaria.registro@example.org',
      affiliations: [{ organisationId: f.orgs[1].id, role: 'operator' }],
    };
    const person = (await f.ok('POST', '/api/people', f.cookies.admin, body)).person;
    expect((await only('person.create', person.id)).details.after).toMatchObject({
      firstName: 'Ilaria',
      lastName: 'Registro',
      email: 'ilaria.registro@example.org',
      affiliations: [`${f.orgs[1].id}:operator`],
    });

    await f.ok('PATCH', `/api/people/${person.id}`, f.cookies.admin, { phone: '+39 0372 22222', firstName: 'Ilaria' });
    expect((await only('person.update', person.id)).details).toEqual({ before: { phone: null }, after: { phone: '+39 0372 22222' } });

    await f.ok('POST', `/api/people/${person.id}/erase`, f.cookies.admin);
    expect((await only('person.update', person.id)).details).toEqual({ changedFields: ['phone'] });
    const trail = JSON.stringify(await f.t.dataSource.query('SELECT details FROM audit_log WHERE entity_id = $1', [person.id]));
    expect(trail).not.toMatch(/Ilaria|ilaria\.registro|0372 22222/);
  });

  it('spaces and memberships: a space created and renamed, a representative added, moved to observer and leaving', async () => {
    const space = (await f.ok('POST', '/api/spaces', f.cookies.admin, { name: 'Tavolo del registro', kind: 'thematic_table' })).space;
    expect(await only('space.create', space.id)).toMatchObject({
      actorId: adminId,
      details: { after: { name: 'Tavolo del registro', kind: 'thematic_table' } },
    });
    await f.ok('PATCH', `/api/spaces/${space.id}`, f.cookies.admin, { name: 'Tavolo del registro (2026)' });
    expect((await only('space.update', space.id)).details).toEqual({ before: { name: 'Tavolo del registro' }, after: { name: 'Tavolo del registro (2026)' } });

    const added = (
      await f.ok('POST', `/api/spaces/${space.id}/members`, f.cookies.admin, {
        organisationId: f.orgs[1].id,
        personId: f.member.person.id,
        role: 'member',
        joinedOn: '2026-01-10',
      })
    ).member;
    expect((await only('membership.add', added.id)).details).toEqual({
      after: {
        spaceId: space.id,
        organisationId: f.orgs[1].id,
        personId: f.member.person.id,
        role: 'member',
        representation: 'titular',
        joinedOn: '2026-01-10',
      },
    });
    await f.ok('PATCH', `/api/spaces/${space.id}/members/${added.id}`, f.cookies.admin, { role: 'observer' });
    expect((await only('membership.update', added.id)).details).toEqual({ before: { role: 'member' }, after: { role: 'observer' } });
    expect((await f.call('DELETE', `/api/spaces/${space.id}/members/${added.id}`, f.cookies.admin)).status).toBe(204);
    const [left] = await f.t.dataSource.query('SELECT left_on::text AS "leftOn" FROM space_members WHERE id = $1', [added.id]);
    expect(left.leftOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await only('membership.leave', added.id)).details).toEqual({ before: { leftOn: null }, after: { leftOn: left.leftOn } });
  });

  it('meetings, their agenda and their lifecycle steps, by the facilitator who made them', async () => {
    const meeting = (await f.ok('POST', '/api/meetings', f.cookies.facilitator, f.meetingInput({ title: 'Seduta del registro' }))).meeting;
    const facilitatorId = f.facilitator.user.id;
    expect(await only('meeting.create', meeting.id)).toMatchObject({
      actorId: facilitatorId,
      details: { after: { title: 'Seduta del registro', spaceId: f.space.id } },
    });
    await f.ok('PATCH', `/api/meetings/${meeting.id}`, f.cookies.facilitator, { title: 'Seduta del registro, rinviata' });
    expect((await only('meeting.update', meeting.id)).details).toEqual({
      before: { title: 'Seduta del registro' },
      after: { title: 'Seduta del registro, rinviata' },
    });

    const path = `/api/meetings/${meeting.id}/agenda-items`;
    const [item] = (await f.ok('POST', path, f.cookies.facilitator, { title: 'Comunicazioni', kind: 'information', plannedMinutes: 10 })).agenda.items;
    expect((await only('agenda_item.create', item.id)).details.after).toMatchObject({ meetingId: meeting.id, title: 'Comunicazioni', plannedMinutes: 10 });
    await f.ok('PATCH', `${path}/${item.id}`, f.cookies.facilitator, { plannedMinutes: 15 });
    expect((await only('agenda_item.update', item.id)).details).toEqual({ before: { plannedMinutes: 10 }, after: { plannedMinutes: 15 } });
    const second = (await f.ok('POST', path, f.cookies.facilitator, { title: 'Varie', kind: 'discussion', plannedMinutes: 5 })).agenda.items[1];
    await f.ok('DELETE', `${path}/${second.id}`, f.cookies.facilitator);
    expect((await only('agenda_item.delete', second.id)).details).toEqual({ before: { meetingId: meeting.id, title: 'Varie', position: 2 } });

    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'convene' });
    const convened = await only('meeting.convene', meeting.id);
    expect(convened).toMatchObject({ actorId: facilitatorId, details: { before: { status: 'draft', convenedAt: null }, after: { status: 'convened' } } });
    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'cancel', reason: 'Sala non disponibile' });
    expect((await only('meeting.cancel', meeting.id)).details).toMatchObject({
      before: { status: 'convened' },
      after: { status: 'cancelled' },
      reason: 'Sala non disponibile',
    });
  });

  it("attendance: a participant's check-in, recorded as theirs", async () => {
    const { meeting } = await f.convenedMeeting({ title: 'Seduta con registro presenze' });
    const register = await f.ok('POST', `/api/meetings/${meeting.id}/attendance/check-in`, f.cookies.member);
    const mine = register.attendance.entries.find((e: Json) => e.personId === f.member.person.id);
    const entry = await only('attendance.check_in', mine.id);
    expect(entry).toMatchObject({ actorId: f.member.user.id, entityType: 'meeting_attendee' });
    expect(entry.details.before).toEqual({ status: null, arrivedAt: null, selfCheckIn: false });
    expect(entry.details.after).toMatchObject({ status: 'present', selfCheckIn: true });
  });

  it('documents: created, renamed and archived, but not each keystroke', async () => {
    const doc = (await f.ok('POST', '/api/documents', f.cookies.member, { spaceId: f.space.id, title: 'Nota di lavoro', kind: 'working_note' })).document;
    expect(await only('document.create', doc.id)).toMatchObject({
      actorId: f.member.user.id,
      details: { after: { spaceId: f.space.id, title: 'Nota di lavoro' } },
    });
    await f.ok('PATCH', `/api/documents/${doc.id}`, f.cookies.member, { title: 'Nota di lavoro (bozza)' });
    expect((await only('document.rename', doc.id)).details).toEqual({ before: { title: 'Nota di lavoro' }, after: { title: 'Nota di lavoro (bozza)' } });
    await f.ok('PATCH', `/api/documents/${doc.id}`, f.cookies.facilitator, { archived: true });
    const archived = await only('document.archive', doc.id);
    expect(archived.details.before).toEqual({ archivedAt: null });
    expect(typeof archived.details.after.archivedAt).toBe('string');
  });

  it('minutes: the review opening, a remark and its resolution, and the approval', async () => {
    const { meeting } = await f.startedMeeting('Seduta con verbale registrato');
    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'close' });
    await f.ok('POST', `/api/meetings/${meeting.id}/minutes/review`, f.cookies.facilitator, { days: 7 });
    const review = await only('minutes.review_start', meeting.id);
    expect(review.details.before).toEqual({ minutesStatus: 'draft', reviewUntil: null });
    expect(review.details.after).toMatchObject({ minutesStatus: 'in_review' });

    const remark = (
      await f.ok('POST', `/api/meetings/${meeting.id}/minutes/remarks`, f.cookies.member, { kind: 'comment', text: 'Manca la data del prossimo incontro.' })
    ).remark;
    expect(await only('minutes_remark.create', remark.id)).toMatchObject({
      actorId: f.member.user.id,
      details: { after: { meetingId: meeting.id, kind: 'comment', text: 'Manca la data del prossimo incontro.' } },
    });
    await f.ok('POST', `/api/meetings/${meeting.id}/minutes/remarks/${remark.id}/resolution`, f.cookies.facilitator, { resolution: 'rejected' });
    expect((await only('minutes_remark.resolve', remark.id)).details).toEqual({ before: { resolution: null }, after: { resolution: 'rejected' } });

    const approved = (await f.ok('POST', `/api/meetings/${meeting.id}/minutes/approve`, f.cookies.facilitator, { confirm: ['review_open'] })).meeting;
    const approval = await only('meeting.approve_minutes', meeting.id);
    expect(approval.details).toMatchObject({
      before: { status: 'closed', minutesStatus: 'in_review', minutesHash: null },
      after: { status: 'minutes_approved', minutesStatus: 'approved', minutesHash: approved.minutesHash },
    });
  });

  it("actions: the responsible organisation's status update", async () => {
    const meeting = (await f.ok('POST', '/api/meetings', f.cookies.facilitator, f.meetingInput({ title: 'Seduta con azione' }))).meeting;
    const [action] = await f.t.dataSource.query(
      `INSERT INTO actions (meeting_id, space_id, block_id, what, due_date, responsible_organisation_id) VALUES ($1, $2, 'act-audit', 'Mappare gli sportelli', '2027-01-31', $3) RETURNING id`,
      [meeting.id, f.space.id, f.orgs[1].id],
    );
    await f.ok('PATCH', `/api/actions/${action.id}`, f.cookies.member, { status: 'in_progress' });
    expect(await only('action.status', action.id)).toEqual({
      actorId: f.member.user.id,
      entityType: 'action',
      details: { before: { status: 'open' }, after: { status: 'in_progress' } },
    });
  });

  it('accounts and sessions: login, profile and password change, an API token, and logout, without any secret', async () => {
    const user = await createUser(f.t, { name: 'Paola Registro' });
    const cookie = await sessionCookie(f.baseUrl, user.email);
    const [started] = await f.t.dataSource.query(
      `SELECT entity_id AS "entityId", actor_id AS "actorId" FROM audit_log WHERE action = 'session.start' AND actor_id = $1`,
      [user.id],
    );
    expect(started.entityId).toEqual(expect.any(String));

    await f.ok('PATCH', '/api/account', cookie, { name: 'Paola Registro Bianchi' });
    expect((await only('account.update', user.id)).details).toEqual({ before: { name: 'Paola Registro' }, after: { name: 'Paola Registro Bianchi' } });
    await f.ok('POST', '/api/account/password', cookie, { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase 42' });
    expect(await only('account.password_change', user.id)).toEqual({ actorId: user.id, entityType: 'user', details: {} });

    const created = await f.ok('POST', '/api/account/tokens', cookie, { name: 'Foglio di calcolo' });
    expect(await only('api_token.create', created.token.id)).toEqual({
      actorId: user.id,
      entityType: 'api_token',
      details: { after: { name: 'Foglio di calcolo' } },
    });
    await f.ok('DELETE', `/api/account/tokens/${created.token.id}`, cookie);
    expect(await only('api_token.revoke', created.token.id)).toMatchObject({ actorId: user.id, details: { after: { revokedAt: expect.any(String) } } });
    expect(JSON.stringify(await entries('api_token.create', created.token.id))).not.toContain(created.token.secret);

    await f.ok('POST', '/api/auth/logout', cookie);
    expect(await only('session.end', started.entityId)).toMatchObject({
      actorId: user.id,
      entityType: 'session',
      details: { after: { revokedAt: expect.any(String) } },
    });
    const everything = JSON.stringify(await f.t.dataSource.query('SELECT details FROM audit_log WHERE actor_id = $1', [user.id]));
    expect(everything).not.toMatch(/passphrase|correct horse|argon2|hash/i);
  });

  it('reference lists: an entry added and relabelled, named by its list and code', async () => {
    await f.ok('POST', '/api/reference-lists/thematic_area', f.cookies.admin, { code: 'registro_test', labelIt: 'Registro', labelEn: 'Register' });
    await f.ok('PATCH', '/api/reference-lists/thematic_area/registro_test', f.cookies.admin, { labelEn: 'Log' });
    const [created] = await entries('reference.create', null);
    expect(created).toEqual({
      actorId: adminId,
      entityType: 'reference_item',
      details: { kind: 'thematic_area', code: 'registro_test', after: { code: 'registro_test', labelIt: 'Registro', labelEn: 'Register', active: true } },
    });
    const [updated] = await entries('reference.update', null);
    expect(updated.details).toEqual({ kind: 'thematic_area', code: 'registro_test', before: { labelEn: 'Register' }, after: { labelEn: 'Log' } });
  });

  it('rolls an entry back with its change, and the change with its entry', async () => {
    const org = (await f.ok('POST', '/api/organisations', f.cookies.admin, { name: 'APS Senza Traccia', type: 'aps' })).organisation;
    const audit = f.t.app.get(AuditRepository);
    jest.spyOn(audit, 'add').mockRejectedValueOnce(new Error('injected failure'));
    expect((await f.call('PATCH', `/api/organisations/${org.id}`, f.cookies.admin, { name: 'APS Con Traccia' })).status).toBe(500);
    expect((await f.ok('GET', `/api/organisations/${org.id}`, f.cookies.admin)).organisation.name).toBe('APS Senza Traccia');
    expect(await entries('organisation.update', org.id)).toEqual([]);

    // A change that fails (a name already taken) leaves no entry either.
    expect((await f.call('PATCH', `/api/organisations/${org.id}`, f.cookies.admin, { name: f.orgs[0].name })).status).toBe(409);
    expect(await entries('organisation.update', org.id)).toEqual([]);
  });
});
