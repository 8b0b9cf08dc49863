import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Agenda } from '@cantiere/domain';
import { testQueryClient } from '../../../test-support/query';
import { meetingKeys } from '../api/keys';
import { applyMeetingChange } from '../api/live-invalidation';

// The API is replaced so that the test decides when each answer arrives.
const agendaAnswers = vi.hoisted(() => [] as ((a: unknown) => void)[]);
vi.mock('../../../api/client', () => ({
  call: ({ path }: { path: string }) => {
    if (path !== '/api/meetings/:id/agenda-items') throw new Error(`unexpected call to ${path}`);
    return new Promise((resolve) => agendaAnswers.push((agenda) => resolve({ agenda })));
  },
}));
import { useAgenda } from './useAgenda';
import { useAgendaChange } from './useAgendaChange';

const MEETING = '7d4c1d0e-3c1a-4a4e-9b7e-2f6f1f0f3a11';
const agendaOf = (...titles: string[]) =>
  ({ items: titles.map((title) => ({ title })), plannedMinutes: 0, meetingMinutes: 60, overrunMinutes: 0 }) as unknown as Agenda;
const titles = (a: Agenda | undefined) => a?.items.map((i) => i.title);

describe('useAgendaChange', () => {
  beforeEach(() => {
    agendaAnswers.length = 0;
  });

  it('keeps a reorder on screen when a refetch started before it answers after it', async () => {
    const { client, wrapper } = testQueryClient();
    const { result } = renderHook(() => ({ agenda: useAgenda(MEETING), change: useAgendaChange(MEETING) }), { wrapper });
    await waitFor(() => expect(agendaAnswers).toHaveLength(1));
    await act(async () => agendaAnswers[0](agendaOf('A', 'B', 'C')));
    await waitFor(() => expect(titles(result.current.agenda.data)).toEqual(['A', 'B', 'C']));

    // An earlier change is announced: its refetch is on its way when the user drags C to the top.
    act(() => applyMeetingChange(client, MEETING, { meetingId: MEETING, part: 'agenda' }));
    await waitFor(() => expect(agendaAnswers).toHaveLength(2));
    let answer!: (a: Agenda) => void;
    let done!: Promise<Agenda>;
    act(() => {
      done = result.current.change.mutateAsync({ send: () => new Promise<Agenda>((resolve) => (answer = resolve)), optimistic: agendaOf('C', 'A', 'B') });
    });
    await waitFor(() => expect(titles(result.current.agenda.data)).toEqual(['C', 'A', 'B']));

    // The refetch answers while the change is on its way, with the order from before the drag: it must not win.
    await act(async () => agendaAnswers[1](agendaOf('A', 'B', 'C')));
    expect(titles(result.current.agenda.data)).toEqual(['C', 'A', 'B']);
    // A change announced meanwhile (the drag's own) does not refetch while the drag is on its way...
    act(() => applyMeetingChange(client, MEETING, { meetingId: MEETING, part: 'agenda' }));
    expect(agendaAnswers).toHaveLength(2);
    // ...the server's answer is shown, then the agenda is refetched once, so that nothing announced meanwhile is missed.
    await act(async () => {
      answer(agendaOf('C', 'A', 'B'));
      await done;
    });
    expect(titles(result.current.agenda.data)).toEqual(['C', 'A', 'B']);
    await waitFor(() => expect(agendaAnswers).toHaveLength(3));
    await act(async () => agendaAnswers[2](agendaOf('C', 'A', 'B')));

    // A refetch that starts after the drag (say, another facilitator's change) is shown.
    act(() => applyMeetingChange(client, MEETING, { meetingId: MEETING, part: 'agenda' }));
    await waitFor(() => expect(agendaAnswers).toHaveLength(4));
    await act(async () => agendaAnswers[3](agendaOf('C', 'B', 'A')));
    await waitFor(() => expect(titles(result.current.agenda.data)).toEqual(['C', 'B', 'A']));
  });

  it('puts the server’s agenda back when a change fails', async () => {
    const { client, wrapper } = testQueryClient();
    const { result } = renderHook(() => ({ agenda: useAgenda(MEETING), change: useAgendaChange(MEETING) }), { wrapper });
    await waitFor(() => expect(agendaAnswers).toHaveLength(1));
    await act(async () => agendaAnswers[0](agendaOf('A', 'B')));
    await waitFor(() => expect(titles(result.current.agenda.data)).toEqual(['A', 'B']));
    await act(async () => {
      await expect(result.current.change.mutateAsync({ send: () => Promise.reject(new Error('refused')), optimistic: agendaOf('B', 'A') })).rejects.toThrow(
        'refused',
      );
    });
    // The optimistic order stays until the agenda, asked again, answers.
    expect(titles(client.getQueryData(meetingKeys.agenda(MEETING)))).toEqual(['B', 'A']);
    await waitFor(() => expect(agendaAnswers).toHaveLength(2));
    await act(async () => agendaAnswers[1](agendaOf('A', 'B')));
    await waitFor(() => expect(titles(result.current.agenda.data)).toEqual(['A', 'B']));
  });

  it('sends a second change only after the first answered, and keeps the second on screen meanwhile', async () => {
    const { wrapper } = testQueryClient();
    const { result } = renderHook(() => ({ agenda: useAgenda(MEETING), change: useAgendaChange(MEETING) }), { wrapper });
    await waitFor(() => expect(agendaAnswers).toHaveLength(1));
    await act(async () => agendaAnswers[0](agendaOf('A', 'B', 'C')));
    await waitFor(() => expect(titles(result.current.agenda.data)).toEqual(['A', 'B', 'C']));

    // A move by keyboard, then at once a drag: each sends the whole order.
    const sent: string[] = [];
    const answers: ((a: Agenda) => void)[] = [];
    const send = (name: string) => () =>
      new Promise<Agenda>((resolve) => {
        sent.push(name);
        answers.push(resolve);
      });
    let first!: Promise<Agenda>;
    let second!: Promise<Agenda>;
    act(() => {
      first = result.current.change.mutateAsync({ send: send('move'), optimistic: agendaOf('B', 'A', 'C') });
    });
    act(() => {
      second = result.current.change.mutateAsync({ send: send('drag'), optimistic: agendaOf('C', 'B', 'A') });
    });
    await waitFor(() => expect(titles(result.current.agenda.data)).toEqual(['C', 'B', 'A']));
    expect(sent).toEqual(['move']);

    // The first answers: its order, older than the drag, is not shown; only then is the drag sent.
    await act(async () => {
      answers[0](agendaOf('B', 'A', 'C'));
      await first;
    });
    expect(titles(result.current.agenda.data)).toEqual(['C', 'B', 'A']);
    await waitFor(() => expect(sent).toEqual(['move', 'drag']));
    await act(async () => {
      answers[1](agendaOf('C', 'B', 'A'));
      await second;
    });
    expect(titles(result.current.agenda.data)).toEqual(['C', 'B', 'A']);
  });
});
