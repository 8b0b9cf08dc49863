import { act, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeetingChanged } from '@cantiere/collab';
import type { Agenda, Attendance, Meeting } from '@cantiere/domain';
import { testQueryClient } from '../../../test-support/query';

// A fake live channel: the test announces changes as the server would; the API answers from what the test set.
const channel = vi.hoisted(() => ({ listeners: [] as ((change: unknown) => void)[], closed: 0 }));
vi.mock('../meeting-live-channel', () => ({
  openMeetingLive: (_id: string, onChange: (change: unknown) => void) => {
    channel.listeners.push(onChange);
    return () => channel.closed++;
  },
}));
const server = vi.hoisted(() => ({ title: 'Prima', agenda: ['A'], present: 0, listed: 'Prima', calls: {} as Record<string, number> }));
vi.mock('../../../api/client', () => {
  const count = (name: string) => (server.calls[name] = (server.calls[name] ?? 0) + 1);
  // The route table's calls, answered by the route's path in the shapes of the table.
  const answers: Record<string, () => unknown> = {
    '/api/meetings/:id': () => (count('get'), { meeting: { id: 'm1', spaceId: 's1', title: server.title, run: { currentItemId: null } } }),
    '/api/meetings/:id/agenda-items': () => (count('agenda'), { agenda: { items: server.agenda.map((title) => ({ id: title, title })) } }),
    '/api/meetings/:id/attendance': () => (
      count('attendance'),
      { attendance: { entries: Array.from({ length: server.present }, (_, i) => ({ id: String(i) })) } }
    ),
    '/api/meetings': () => (count('list'), { items: [{ id: 'm1', title: server.listed }], total: 1, page: 1, pageSize: 50 }),
  };
  return { call: async ({ path }: { path: string }) => answers[path]() };
});
import { useAgenda } from './useAgenda';
import { useAttendance } from './useAttendance';
import { useMeeting } from './useMeeting';
import { useMeetingLiveSync } from './useMeetingLiveSync';
import { useSpaceMeetings } from './useSpaceMeetings';

/** One page showing the meeting live, and another one (the space's list) that only shares the cache. */
function MeetingView() {
  useMeetingLiveSync('m1');
  const meeting = useMeeting('m1').data as (Meeting & { run: { currentItemId: string | null } }) | undefined;
  const agenda = useAgenda('m1').data as Agenda | undefined;
  const attendance = useAttendance('m1').data as Attendance | undefined;
  return (
    <p data-testid="view">
      {meeting?.title}|{agenda?.items.map((i) => i.title).join(',')}|{attendance?.entries.length}|{meeting?.run.currentItemId ?? '-'}
    </p>
  );
}
function SpaceList() {
  const meetings = useSpaceMeetings('s1').data;
  return <p data-testid="list">{meetings?.map((m) => m.title).join(',')}</p>;
}

const announce = (change: Partial<MeetingChanged> | null) => act(() => channel.listeners.forEach((l) => l(change ? { meetingId: 'm1', ...change } : null)));
const view = () => screen.getByTestId('view').textContent;

describe('useMeetingLiveSync', () => {
  beforeEach(() => {
    Object.assign(server, { title: 'Prima', agenda: ['A'], present: 0, listed: 'Prima', calls: {} });
    channel.listeners = [];
  });

  async function open() {
    const { wrapper: Wrapper } = testQueryClient();
    render(
      <Wrapper>
        <MeetingView />
        <SpaceList />
      </Wrapper>,
    );
    await waitFor(() => expect(view()).toBe('Prima|A|0|-'));
    await waitFor(() => expect(screen.getByTestId('list').textContent).toBe('Prima'));
    await waitFor(() => expect(channel.listeners).toHaveLength(1));
  }

  it('refetches only the register when attendance changes elsewhere', async () => {
    await open();
    server.present = 2;
    server.title = 'Not refetched';
    announce({ part: 'attendance' });
    await waitFor(() => expect(view()).toBe('Prima|A|2|-'));
    expect(server.calls).toEqual({ get: 1, agenda: 1, attendance: 2, list: 1 });
  });

  it('refetches the agenda when it changes elsewhere', async () => {
    await open();
    server.agenda = ['B', 'A'];
    announce({ part: 'agenda' });
    await waitFor(() => expect(view()).toBe('Prima|B,A|0|-'));
    expect(server.calls).toEqual({ get: 1, agenda: 2, attendance: 1, list: 1 });
  });

  it('updates the meeting and the space list of another view when the meeting changes', async () => {
    await open();
    server.title = 'Seconda';
    server.listed = 'Seconda';
    announce({ part: 'meeting' });
    await waitFor(() => expect(view()).toBe('Seconda|A|0|-'));
    await waitFor(() => expect(screen.getByTestId('list').textContent).toBe('Seconda'));
    expect(server.calls).toEqual({ get: 2, agenda: 1, attendance: 1, list: 2 });
  });

  it('takes the run state from the event itself, without a request', async () => {
    await open();
    announce({ part: 'run', run: { currentItemId: 'A', itemStartedAt: '2030-01-01T10:00:00.000Z', serverNow: '2030-01-01T10:00:05.000Z' } });
    await waitFor(() => expect(view()).toBe('Prima|A|0|A'));
    expect(server.calls).toEqual({ get: 1, agenda: 1, attendance: 1, list: 1 });
  });

  it('refetches everything about the meeting after a reconnection, when changes may have been missed', async () => {
    await open();
    Object.assign(server, { title: 'Dopo', agenda: ['C'], present: 5, listed: 'Dopo' });
    announce(null);
    await waitFor(() => expect(view()).toBe('Dopo|C|5|-'));
    await waitFor(() => expect(screen.getByTestId('list').textContent).toBe('Dopo'));
    expect(server.calls).toEqual({ get: 2, agenda: 2, attendance: 2, list: 2 });
  });

  it('refetches the meeting (its minutes status) when the minutes change, not the agenda or the register', async () => {
    await open();
    server.title = 'In revisione';
    announce({ part: 'minutes' });
    await waitFor(() => expect(view()).toBe('In revisione|A|0|-'));
    expect(server.calls.agenda).toBe(1);
    expect(server.calls.attendance).toBe(1);
  });
});
