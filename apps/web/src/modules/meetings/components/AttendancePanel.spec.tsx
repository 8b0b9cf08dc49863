import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Attendance, AttendanceEntry, Meeting } from '@cantiere/domain';
import { AttendancePanel } from './AttendancePanel';

const meeting = (canManage: boolean): Meeting => ({
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
  canManage,
  can: { 'meeting.manage': canManage, 'minutes.approve': canManage },
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
  it.each([true, false])('shows the announced delegate on the row recorded present (facilitator: %s)', (canManage) => {
    render(<AttendancePanel meeting={meeting(canManage)} attendance={attendance} onChange={() => undefined} />);
    const flags = screen.getAllByTestId('attendance-flag');
    expect(flags.map((f) => f.textContent)).toEqual(['⚠ Aveva indicato un delegato: Mario Rossi']);
    expect(flags[0].closest('tr')?.getAttribute('data-person')).toBe('Giulia Bianchi');
  });
});
