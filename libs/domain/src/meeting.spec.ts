import { MEETING_TRANSITIONS, canTransition, meetingCreateSchema, type MeetingStatus, type MeetingTransition } from './meeting';
import { rsvpInputSchema } from './attendance';

describe('meeting lifecycle', () => {
  it('allows exactly draft -> convened -> in progress -> closed -> minutes approved, and cancel before the start', () => {
    const allowed: [MeetingStatus, MeetingTransition][] = [
      ['draft', 'convene'],
      ['convened', 'start'],
      ['in_progress', 'close'],
      ['closed', 'approve_minutes'],
      ['draft', 'cancel'],
      ['convened', 'cancel'],
    ];
    const statuses: MeetingStatus[] = ['draft', 'convened', 'in_progress', 'closed', 'minutes_approved', 'cancelled'];
    for (const from of statuses) {
      for (const transition of Object.keys(MEETING_TRANSITIONS) as MeetingTransition[]) {
        expect({ from, transition, ok: canTransition(from, transition) }).toEqual({
          from,
          transition,
          ok: allowed.some(([f, t]) => f === from && t === transition),
        });
      }
    }
  });
});

describe('meeting input', () => {
  const base = {
    spaceId: '7b0d3c1e-59f4-4c5a-9d1e-0a6f2e1b9c77',
    title: 'Seduta plenaria',
    kind: 'plenary',
    startsAt: '2026-12-03T17:00:00+01:00',
    endsAt: '2026-12-03T19:00:00+01:00',
  };

  it('accepts a meeting with times in any offset and an empty online link', () => {
    expect(meetingCreateSchema.parse({ ...base, onlineUrl: '' }).onlineUrl).toBeNull();
  });

  it('reports every problem at once, the time order included', () => {
    const result = meetingCreateSchema.safeParse({ ...base, title: '', endsAt: '2026-12-03T16:00:00+01:00', onlineUrl: 'javascript:alert(1)' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`).sort()).toEqual([
      'endsAt:ends_before_start',
      'onlineUrl:invalid_url',
      'title:too_short',
    ]);
  });

  it('requires a delegate name when sending a delegate', () => {
    expect(rsvpInputSchema.safeParse({ response: 'delegate' }).success).toBe(false);
    expect(rsvpInputSchema.parse({ response: 'delegate', delegateName: 'Luca Neri' })).toEqual({ response: 'delegate', delegateName: 'Luca Neri' });
  });
});
