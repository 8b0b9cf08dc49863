import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Attendance, AttendanceEntry, Meeting } from '@cantiere/domain';
import { AttendancePanel } from './AttendancePanel';

const meeting = (manages: boolean): Meeting => ({
  id: '11111111-1111-4111-8111-111111111111',
  spaceId: '22222222-2222-4222-8222-222222222222',
  spaceName: 'Tavolo',
  number: 3,
  year: 2030,
  title: 'Seduta',
  kind: 'thematic_table',
  status: 'in_progress',
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
  can: { 'meeting.manage': manages, 'minutes.approve': manages },
  transitions: [],
});

const entry = (id: string, personName: string, changes: Partial<AttendanceEntry>): AttendanceEntry => ({
  id,
  organisationId: '33333333-3333-4333-8333-333333333333',
  organisationName: 'Caritas',
  personId: id,
  personName,
  isMe: false,
  rsvp: null,
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
    entry('44444444-4444-4444-8444-444444444444', 'Giulia Bianchi', {
      rsvp: 'delegate',
      rsvpDelegateName: 'Mario Rossi',
      status: 'present',
      selfCheckIn: true,
      flag: { code: 'announced_delegate', delegateName: 'Mario Rossi' },
    }),
    entry('55555555-5555-4555-8555-555555555555', 'Luca Neri', { rsvp: 'attending', status: 'present' }),
  ],
  quorum: { rule: null, required: null, organisationsPresent: 1, organisationsTotal: 1, reached: null },
};

describe('AttendancePanel', () => {
  it.each([true, false])('shows the announced delegate on the row recorded present (facilitator: %s)', (manages) => {
    render(<AttendancePanel meeting={meeting(manages)} attendance={attendance} onChange={() => undefined} />);
    const flags = screen.getAllByTestId('attendance-flag');
    expect(flags.map((f) => f.textContent)).toEqual(['⚠ Aveva indicato un delegato: Mario Rossi']);
    expect(flags[0].closest('tr')?.getAttribute('data-person')).toBe('Giulia Bianchi');
  });

  it("lets whoever holds the meeting's meeting.manage right record presence, and shows the others the register as text", () => {
    const { unmount } = render(<AttendancePanel meeting={meeting(true)} attendance={attendance} onChange={() => undefined} />);
    expect(screen.getAllByRole('combobox').map((select) => select.getAttribute('aria-label'))).toEqual(['Presenza: Giulia Bianchi', 'Presenza: Luca Neri']);
    unmount();
    render(<AttendancePanel meeting={meeting(false)} attendance={attendance} onChange={() => undefined} />);
    expect(screen.queryAllByRole('combobox')).toEqual([]);
    expect(screen.getAllByText('Presente')).toHaveLength(2);
  });
});
