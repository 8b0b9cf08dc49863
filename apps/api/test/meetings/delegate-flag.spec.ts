import { type Json } from '../support/meeting-fixture';
import { meetingSuite } from '../support/live-suite';

describe('meetings: a representative who announced a delegate but is recorded present', () => {
  const f = meetingSuite();
  const entryOf = (register: Json, personId: string) => register.entries.find((e: { personId: string }) => e.personId === personId);

  it('flags a self check-in after an answer that named a delegate, and keeps the answer', async () => {
    const { meeting } = await f.convenedMeeting({ title: 'Seduta con delega annunciata' });
    await f.ok('PUT', `/api/meetings/${meeting.id}/rsvp`, f.cookies.member, { response: 'delegate', delegateName: 'Mario Rossi' });
    await f.ok('PUT', `/api/meetings/${meeting.id}/rsvp`, f.cookies.third, { response: 'attending' });
    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'start', confirm: ['far_from_schedule'] });

    const checkedIn = (await f.ok('POST', `/api/meetings/${meeting.id}/attendance/check-in`, f.cookies.member)).attendance;
    expect(entryOf(checkedIn, f.member.person.id)).toMatchObject({
      status: 'present',
      selfCheckIn: true,
      rsvp: 'delegate',
      rsvpDelegateName: 'Mario Rossi',
      flag: { code: 'announced_delegate', delegateName: 'Mario Rossi' },
    });
    await f.ok('POST', `/api/meetings/${meeting.id}/attendance/check-in`, f.cookies.third);
    const register = (await f.ok('GET', `/api/meetings/${meeting.id}/attendance`, f.cookies.facilitator)).attendance;
    expect(entryOf(register, f.member.person.id).flag).toEqual({ code: 'announced_delegate', delegateName: 'Mario Rossi' });
    expect(entryOf(register, f.third.person.id)).toMatchObject({ status: 'present', rsvp: 'attending', flag: null });
    expect(entryOf(register, f.facilitator.person.id)).toMatchObject({ status: null, rsvp: null, flag: null });
  });

  it('flags a presence recorded by the facilitator, and clears the flag once the delegation is recorded instead', async () => {
    const { meeting } = await f.convenedMeeting({ title: 'Seduta con delega da risolvere' });
    await f.ok('PUT', `/api/meetings/${meeting.id}/rsvp`, f.cookies.third, { response: 'delegate', delegateName: 'Anna Verdi' });
    const path = `/api/meetings/${meeting.id}/attendance`;
    const entryId = entryOf((await f.ok('GET', path, f.cookies.facilitator)).attendance, f.third.person.id).id;

    const marked = (await f.ok('PATCH', `${path}/${entryId}`, f.cookies.facilitator, { status: 'present' })).attendance;
    expect(entryOf(marked, f.third.person.id)).toMatchObject({
      status: 'present',
      selfCheckIn: false,
      flag: { code: 'announced_delegate', delegateName: 'Anna Verdi' },
    });

    const resolved = (await f.ok('PATCH', `${path}/${entryId}`, f.cookies.facilitator, { status: 'delegated', delegatedTo: 'Anna Verdi' })).attendance;
    expect(entryOf(resolved, f.third.person.id)).toMatchObject({ status: 'delegated', delegatedTo: 'Anna Verdi', rsvp: 'delegate', flag: null });
  });

  it('clears the flag when the facilitator confirms the representative came in person, until the presence changes', async () => {
    const { meeting } = await f.convenedMeeting({ title: 'Seduta con presenza confermata' });
    await f.ok('PUT', `/api/meetings/${meeting.id}/rsvp`, f.cookies.third, { response: 'delegate', delegateName: 'Anna Verdi' });
    const path = `/api/meetings/${meeting.id}/attendance`;
    const entryId = entryOf((await f.ok('GET', path, f.cookies.facilitator)).attendance, f.third.person.id).id;
    const patch = (body: Json) => f.call('PATCH', `${path}/${entryId}`, f.cookies.facilitator, body);

    const early = await patch({ inPersonConfirmed: true });
    expect(early.status).toBe(400);
    expect(early.body.error.details).toEqual([{ path: 'inPersonConfirmed', message: 'not_present' }]);
    expect((await patch({ inPersonConfirmed: 'yes' })).status).toBe(400);
    expect((await f.call('PATCH', `${path}/${entryId}`, f.cookies.member, { status: 'present', inPersonConfirmed: true })).status).toBe(403);

    await patch({ status: 'present' });
    const confirmed = (await patch({ inPersonConfirmed: true })).body.attendance;
    expect(entryOf(confirmed, f.third.person.id)).toMatchObject({ status: 'present', rsvp: 'delegate', rsvpDelegateName: 'Anna Verdi', flag: null });
    expect(entryOf((await f.ok('GET', path, f.cookies.facilitator)).attendance, f.third.person.id).flag).toBeNull();

    await patch({ status: 'absent' });
    const again = (await patch({ status: 'present' })).body.attendance;
    expect(entryOf(again, f.third.person.id).flag).toEqual({ code: 'announced_delegate', delegateName: 'Anna Verdi' });
  });
});
