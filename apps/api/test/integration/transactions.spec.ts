import { TransactionHost } from '@nestjs-cls/transactional';
import type { Actor } from '../../src/core/auth/actor';
import { AuditRepository } from '../../src/core/audit/audit.repository';
import { UserService } from '../../src/core/identity/user.service';
import type { UserEntity } from '../../src/core/identity/user.entity';
import { FrozenRecordService } from '../../src/core/records/frozen-record.service';
import { OrganisationService } from '../../src/modules/organisation/organisation.service';
import { PersonService } from '../../src/modules/person/person.service';
import { sessionCookie } from '../support/collab-harness';
import { memberOf } from '../support/factories';
import { meetingSuite } from '../support/live-suite';

const injected = () => new Error('injected failure');

/**
 * A change that spans modules runs in one request-scoped transaction that every repository joins: when its last
 * part fails, nothing of the earlier parts (in other modules) is left behind, audit entries included.
 */
describe('changes spanning modules commit together or not at all', () => {
  const f = meetingSuite();
  afterEach(() => jest.restoreAllMocks());

  const auditCount = async (action: string, entityId: string) =>
    Number((await f.t.dataSource.query('SELECT count(*)::int AS n FROM audit_log WHERE action = $1 AND entity_id = $2', [action, entityId]))[0].n);

  it('rolls back an erasure entirely when the account part fails after the person and invitation parts were written', async () => {
    const subject = await memberOf(f.t, f.orgs[2].id);
    const cookie = await sessionCookie(f.baseUrl, subject.user.email);
    await f.t.dataSource.query(
      `INSERT INTO invitations (email, name, role, token_hash, expires_at, person_id) VALUES ($1, 'Membro', 'user', 'hash-erasure-test', now() + interval '1 day', $2)`,
      [`invitato-${subject.person.id}@example.org`, subject.person.id],
    );
    const users = f.t.app.get(UserService);
    const real = users.eraseAccount.bind(users);
    jest.spyOn(users, 'eraseAccount').mockImplementationOnce(async (userId, now) => {
      await real(userId, now);
      throw injected();
    });

    expect((await f.call('POST', `/api/people/${subject.person.id}/erase`, f.cookies.admin)).status).toBe(500);

    const [person] = await f.t.dataSource.query('SELECT first_name, last_name, email, erased_at FROM people WHERE id = $1', [subject.person.id]);
    expect(person).toEqual({ first_name: 'Membro', last_name: subject.user.name, email: subject.user.email, erased_at: null });
    const [invitation] = await f.t.dataSource.query('SELECT email, revoked_at FROM invitations WHERE person_id = $1', [subject.person.id]);
    expect(invitation).toEqual({ email: `invitato-${subject.person.id}@example.org`, revoked_at: null });
    const [account] = await f.t.dataSource.query('SELECT email, disabled_at FROM users WHERE id = $1', [subject.user.id]);
    expect(account).toEqual({ email: subject.user.email, disabled_at: null });
    expect(await auditCount('person.erase', subject.person.id)).toBe(0);
    // The session was not ended either: the account still works.
    expect((await f.call('GET', '/api/auth/me', cookie)).status).toBe(200);

    // Once nothing fails, the same erasure goes through, all parts together.
    expect((await f.call('POST', `/api/people/${subject.person.id}/erase`, f.cookies.admin)).status).toBe(200);
    const [erased] = await f.t.dataSource.query('SELECT first_name, erased_at FROM people WHERE id = $1', [subject.person.id]);
    expect(erased.first_name).toBe('Persona');
    expect(erased.erased_at).not.toBeNull();
    const [closed] = await f.t.dataSource.query('SELECT disabled_at FROM users WHERE id = $1', [subject.user.id]);
    expect(closed.disabled_at).not.toBeNull();
    expect(await auditCount('person.erase', subject.person.id)).toBe(1);
  });

  it('rolls back an approval, its lifecycle step and its audit entry when sealing the record fails after writing it', async () => {
    const { meeting } = await f.startedMeeting('Seduta con sigillo fallito');
    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'close' });
    const records = f.t.app.get(FrozenRecordService);
    const real = records.freeze.bind(records);
    jest.spyOn(records, 'freeze').mockImplementationOnce(async (input) => {
      await real(input);
      throw injected();
    });

    expect((await f.call('POST', `/api/meetings/${meeting.id}/minutes/approve`, f.cookies.facilitator, {})).status).toBe(500);

    const [row] = await f.t.dataSource.query('SELECT status, minutes_status, minutes_hash FROM meetings WHERE id = $1', [meeting.id]);
    expect(row).toEqual({ status: 'closed', minutes_status: 'draft', minutes_hash: null });
    expect(await f.t.dataSource.query('SELECT version FROM frozen_records WHERE subject_id = $1', [meeting.id])).toEqual([]);
    const steps = await f.t.dataSource.query('SELECT transition FROM meeting_transitions WHERE meeting_id = $1 ORDER BY at', [meeting.id]);
    expect(steps.map((s: { transition: string }) => s.transition)).toEqual(['convene', 'start', 'close']);
    expect(await auditCount('meeting.approve_minutes', meeting.id)).toBe(0);

    const approved = (await f.ok('POST', `/api/meetings/${meeting.id}/minutes/approve`, f.cookies.facilitator, {})).meeting;
    expect(approved.minutesStatus).toBe('approved');
    expect(await f.t.dataSource.query('SELECT version FROM frozen_records WHERE subject_id = $1', [meeting.id])).toEqual([{ version: 1 }]);
    expect(await auditCount('meeting.approve_minutes', meeting.id)).toBe(1);
  });

  it("rolls back a lifecycle step and what its hooks wrote in other modules when the step's audit entry cannot be written", async () => {
    const { meeting, items } = await f.startedMeeting('Seduta che non si chiude');
    await f.ok('POST', `/api/meetings/${meeting.id}/run`, f.cookies.facilitator, { action: 'goto', itemId: items[0].id });
    const audit = f.t.app.get(AuditRepository);
    const real = audit.add.bind(audit);
    jest.spyOn(audit, 'add').mockImplementation(async (entry) => {
      if (entry.action === 'meeting.close') throw injected();
      return real(entry);
    });

    expect((await f.call('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'close' })).status).toBe(500);

    const [row] = await f.t.dataSource.query('SELECT status, current_item_id FROM meetings WHERE id = $1', [meeting.id]);
    expect(row).toEqual({ status: 'in_progress', current_item_id: items[0].id });
    // The agenda module's hook (booking the time of the current item) ran inside the step and went with it.
    const [item] = await f.t.dataSource.query('SELECT status, spent_seconds FROM agenda_items WHERE id = $1', [items[0].id]);
    expect(item).toEqual({ status: 'pending', spent_seconds: 0 });
    expect(await f.t.dataSource.query(`SELECT 1 FROM meeting_transitions WHERE meeting_id = $1 AND transition = 'close'`, [meeting.id])).toEqual([]);
  });

  it('lets one transaction span the services of two modules, each writing through its own repositories', async () => {
    const admin = (await f.t.dataSource.query(`SELECT * FROM users WHERE role = 'admin' LIMIT 1`))[0];
    const actor: Actor = { user: { ...admin, passwordHash: admin.password_hash } as UserEntity, sessionId: null };
    const org = (await f.ok('POST', '/api/organisations', f.cookies.admin, { name: 'APS Transazione Unica', type: 'aps' })).organisation;
    const person = await memberOf(f.t, org.id);
    const txHost = f.t.app.get(TransactionHost);
    const organisations = f.t.app.get(OrganisationService);
    const people = f.t.app.get(PersonService);

    await expect(
      txHost.withTransaction(async () => {
        await organisations.update(actor, org.id, { name: 'APS Nome Mai Salvato' });
        await people.update(actor, person.person.id, { lastName: 'Cognome Mai Salvato' });
        throw injected();
      }),
    ).rejects.toThrow('injected failure');

    const [o] = await f.t.dataSource.query('SELECT name FROM organisations WHERE id = $1', [org.id]);
    const [p] = await f.t.dataSource.query('SELECT last_name FROM people WHERE id = $1', [person.person.id]);
    expect({ organisation: o.name, person: p.last_name }).toEqual({ organisation: 'APS Transazione Unica', person: person.user.name });
    expect(await auditCount('organisation.update', org.id)).toBe(0);
    expect(await auditCount('person.update', person.person.id)).toBe(0);

    await txHost.withTransaction(async () => {
      await organisations.update(actor, org.id, { name: 'APS Nome Salvato' });
      await people.update(actor, person.person.id, { lastName: 'Cognome Salvato' });
    });
    const [o2] = await f.t.dataSource.query('SELECT name FROM organisations WHERE id = $1', [org.id]);
    const [p2] = await f.t.dataSource.query('SELECT last_name FROM people WHERE id = $1', [person.person.id]);
    expect({ organisation: o2.name, person: p2.last_name }).toEqual({ organisation: 'APS Nome Salvato', person: 'Cognome Salvato' });
    expect(await auditCount('organisation.update', org.id)).toBe(1);
    expect(await auditCount('person.update', person.person.id)).toBe(1);
  });
});
