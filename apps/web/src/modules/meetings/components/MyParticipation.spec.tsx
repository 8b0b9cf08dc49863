import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Attendance, AttendanceEntry, Meeting } from '@cantiere/domain';
import { MyParticipation } from './MyParticipation';

const meeting = (status: Meeting['status']): Meeting => ({
  id: '11111111-1111-4111-8111-111111111111',
  spaceId: '22222222-2222-4222-8222-222222222222',
  spaceName: 'Tavolo',
  number: 3,
  year: 2030,
  title: 'Seduta',
  kind: 'thematic_table',
  status,
  startsAt: '2030-03-12T15:00:00.000Z',
  endsAt: '2030-03-12T17:00:00.000Z',
  place: null,
  onlineUrl: null,
  convocationNote: null,
  chairPersonId: null,
  chairName: null,
  minuteTakerPersonId: null,
  minuteTakerName: null,
  convenedAt: null,
  startedAt: null,
  closedAt: null,
  minutesStatus: 'draft',
  reviewUntil: null,
  minutesHash: null,
  minutesApprovedAt: null,
  approvedAtMeetingId: null,
  run: { currentItemId: null, itemStartedAt: null, serverNow: '2030-03-12T15:10:00.000Z' },
  can: { 'meeting.manage': false, 'minutes.approve': false },
  transitions: [],
});

const mine = (id: string, organisationName: string, changes: Partial<AttendanceEntry>): AttendanceEntry => ({
  id,
  organisationId: id,
  organisationName,
  personId: '33333333-3333-4333-8333-333333333333',
  personName: 'Giulia Bianchi',
  isMe: true,
  rsvp: 'attending',
  rsvpDelegateName: null,
  status: null,
  delegatedTo: null,
  arrivedAt: null,
  leftAt: null,
  selfCheckIn: false,
  flag: null,
  ...changes,
});

const attendance: Attendance = {
  entries: [
    mine('44444444-4444-4444-8444-444444444444', 'Caritas', { status: 'delegated', delegatedTo: 'Mario Rossi' }),
    mine('55555555-5555-4555-8555-555555555555', 'Acli', {}),
  ],
  quorum: { rule: null, required: null, organisationsPresent: 0, organisationsTotal: 2, reached: null },
};

describe('MyParticipation', () => {
  it.each(['closed', 'minutes_approved'] as const)(
    'after the meeting (%s) says what the register holds of the representative, for each organisation',
    (status) => {
      render(<MyParticipation meeting={meeting(status)} attendance={attendance} onChange={() => undefined} />);
      expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
        'Nel registro risulti: Delegato – Mario Rossi (Caritas).',
        'Nel registro la tua presenza non è stata rilevata (Acli).',
      ]);
      expect(screen.queryByRole('button')).toBeNull();
      expect(screen.queryByRole('radio')).toBeNull();
    },
  );

  it('shows nothing for a cancelled meeting, or to someone who is not on the register', () => {
    const { container, unmount } = render(<MyParticipation meeting={meeting('cancelled')} attendance={attendance} onChange={() => undefined} />);
    expect(container.innerHTML).toBe('');
    unmount();
    const others = { ...attendance, entries: attendance.entries.map((e) => ({ ...e, isMe: false })) };
    const { container: empty } = render(<MyParticipation meeting={meeting('closed')} attendance={others} onChange={() => undefined} />);
    expect(empty.innerHTML).toBe('');
  });

  it('before the meeting asks for the answer, and while it runs offers the check-in', () => {
    const { unmount } = render(<MyParticipation meeting={meeting('draft')} attendance={attendance} onChange={() => undefined} />);
    expect(screen.getByRole('radio', { name: 'Parteciperò' })).toHaveProperty('checked', true);
    expect(screen.queryByRole('listitem')).toBeNull();
    unmount();
    render(<MyParticipation meeting={meeting('in_progress')} attendance={attendance} onChange={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Segna la mia presenza' })).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
  });
});
