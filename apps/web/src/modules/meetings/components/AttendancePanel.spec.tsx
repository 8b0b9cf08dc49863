import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
  afterEach(() => vi.unstubAllGlobals());

  it('asks who came in the representative’s place, offering the announced delegate, before recording a delegation', async () => {
    const fetchMock = vi.fn((_url: string, _init?: RequestInit) =>
      Promise.resolve(new Response(JSON.stringify({ attendance }), { status: 200, headers: { 'content-type': 'application/json' } })),
    );
    vi.stubGlobal('fetch', fetchMock);
    const onChange = vi.fn();
    render(<AttendancePanel meeting={meeting(true)} attendance={attendance} onChange={onChange} />);
    const presence = screen.getByRole('combobox', { name: 'Presenza: Giulia Bianchi' });

    fireEvent.change(presence, { target: { value: 'delegated' } });
    const dialog = await screen.findByTestId('delegate-dialog');
    const field = screen.getByRole('textbox', { name: 'Delegato a' });
    expect(dialog.textContent).toContain('Chi è presente al posto di Giulia Bianchi?');
    expect(field).toHaveProperty('value', 'Mario Rossi');
    expect(document.activeElement).toBe(field);
    fireEvent.click(screen.getByRole('button', { name: 'Torna indietro' }));
    expect(screen.queryByTestId('delegate-dialog')).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();

    fireEvent.change(presence, { target: { value: 'delegated' } });
    const again = screen.getByRole('textbox', { name: 'Delegato a' });
    fireEvent.change(again, { target: { value: '  ' } });
    expect(screen.getByRole('button', { name: 'Registra la delega' })).toHaveProperty('disabled', true);
    fireEvent.change(again, { target: { value: ' Anna Verdi ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Registra la delega' }));
    await waitFor(() => expect(onChange).toHaveBeenCalledWith(attendance));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe(`/api/meetings/${meeting(true).id}/attendance/44444444-4444-4444-8444-444444444444`);
    expect(init?.method).toBe('PATCH');
    expect(JSON.parse(String(init?.body))).toEqual({ status: 'delegated', delegatedTo: 'Anna Verdi' });
    await waitFor(() => expect(screen.queryByTestId('delegate-dialog')).toBeNull());
  });

  it.each([true, false])('shows the announced delegate on the row recorded present (facilitator: %s)', (manages) => {
    render(<AttendancePanel meeting={meeting(manages)} attendance={attendance} onChange={() => undefined} />);
    const flags = screen.getAllByTestId('attendance-flag');
    expect(flags.map((f) => f.firstElementChild?.textContent)).toEqual(['⚠ Aveva indicato un delegato: Mario Rossi']);
    expect(flags[0].closest('tr')?.getAttribute('data-person')).toBe('Giulia Bianchi');
    const clear = screen.queryByRole('button', { name: 'Conferma che Giulia Bianchi è presente di persona e togli l’avviso' });
    expect(!!clear).toBe(manages);
  });

  it('lets the facilitator clear the flag once the representative is seen to have come in person', async () => {
    const fetchMock = vi.fn((_url: string, _init?: RequestInit) =>
      Promise.resolve(new Response(JSON.stringify({ attendance }), { status: 200, headers: { 'content-type': 'application/json' } })),
    );
    vi.stubGlobal('fetch', fetchMock);
    const onChange = vi.fn();
    render(<AttendancePanel meeting={meeting(true)} attendance={attendance} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Conferma che Giulia Bianchi è presente di persona e togli l’avviso' }));
    await waitFor(() => expect(onChange).toHaveBeenCalledWith(attendance));
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe(`/api/meetings/${meeting(true).id}/attendance/44444444-4444-4444-8444-444444444444`);
    expect(JSON.parse(String(init?.body))).toEqual({ inPersonConfirmed: true });
  });

  it("lets whoever holds the meeting's meeting.manage right record presence, and shows the others the register as text", () => {
    const { unmount } = render(<AttendancePanel meeting={meeting(true)} attendance={attendance} onChange={() => undefined} />);
    expect(screen.getAllByRole('combobox').map((select) => select.getAttribute('aria-label'))).toEqual(['Presenza: Giulia Bianchi', 'Presenza: Luca Neri']);
    unmount();
    render(<AttendancePanel meeting={meeting(false)} attendance={attendance} onChange={() => undefined} />);
    expect(screen.queryAllByRole('combobox')).toEqual([]);
    expect(screen.getAllByText('Presente')).toHaveLength(2);
  });

  it('after the meeting gives the counts and folds the rows, open at first only while an officer has a row to settle', () => {
    const after = (manages: boolean, status: Meeting['status'] = 'closed'): Meeting => ({ ...meeting(manages), status });
    const settled: Attendance = {
      ...attendance,
      entries: [
        attendance.entries[1],
        entry('66666666-6666-4666-8666-666666666666', 'Anna Verdi', { status: 'excused' }),
        entry('77777777-7777-4777-8777-777777777777', 'Marco Blu', { status: 'delegated', delegatedTo: 'Sara Gialli' }),
        entry('88888888-8888-4888-8888-888888888888', 'Paolo Rosa', { status: 'absent' }),
        entry('99999999-9999-4999-8999-999999999999', 'Carla Viola', {}),
      ],
    };
    const rows = () => screen.getByText('Registro completo (5 rappresentanti)').closest('details')!;
    const { unmount } = render(<AttendancePanel meeting={after(true)} attendance={settled} onChange={() => undefined} folded />);
    expect(screen.getByTestId('register-counts').textContent).toBe(
      'Nel registro: 1 presente, 1 rappresentato per delega, 1 assente giustificato, 1 assente, 1 non rilevato.',
    );
    // A row not recorded is still to settle for the facilitator: the rows are open.
    expect(rows().open).toBe(true);
    expect(rows().querySelector('[data-testid="attendance"]')).not.toBeNull();
    unmount();
    // Once the minutes are approved the register cannot change: nothing to settle, folded.
    const approved = render(<AttendancePanel meeting={after(true, 'minutes_approved')} attendance={settled} onChange={() => undefined} folded />);
    expect(rows().open).toBe(false);
    approved.unmount();
    // A member reads the counts; the rows, flag included, are one click away.
    const member = render(<AttendancePanel meeting={after(false)} attendance={attendance} onChange={() => undefined} folded />);
    // Only the kinds the register holds are counted.
    expect(screen.getByTestId('register-counts').textContent).toBe('Nel registro: 2 presenti.');
    expect(screen.getByText('Registro completo (2 rappresentanti)').closest('details')!.open).toBe(false);
    member.unmount();
    // The facilitator is shown the flagged row at once; while the meeting runs nothing is folded.
    const flagged = render(<AttendancePanel meeting={after(true)} attendance={attendance} onChange={() => undefined} folded />);
    expect(screen.getByText('Registro completo (2 rappresentanti)').closest('details')!.open).toBe(true);
    flagged.unmount();
    render(<AttendancePanel meeting={meeting(true)} attendance={settled} onChange={() => undefined} />);
    expect(screen.queryByTestId('register-counts')).toBeNull();
    expect(screen.getByTestId('attendance').closest('details')).toBeNull();
  });
});
