import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Agenda } from '@cantiere/domain';

// The live channel and the API are replaced so that the test decides when each answer arrives.
const live = vi.hoisted(() => ({ handler: null as null | ((change: unknown) => void) }));
const agendaAnswers = vi.hoisted(() => [] as ((a: unknown) => void)[]);
vi.mock('./useMeetingLive', () => ({
  useMeetingLive: (_id: string, onChange: (change: unknown) => void) => {
    live.handler = onChange;
  },
}));
vi.mock('./api', () => ({
  meetingsApi: {
    get: () => new Promise(() => undefined),
    attendance: () => new Promise(() => undefined),
    agenda: () => new Promise((resolve) => agendaAnswers.push(resolve)),
  },
}));
import { useMeetingData } from './useMeetingData';

const MEETING = '7d4c1d0e-3c1a-4a4e-9b7e-2f6f1f0f3a11';
const agendaOf = (...titles: string[]) =>
  ({ items: titles.map((title) => ({ title })), plannedMinutes: 0, meetingMinutes: 60, overrunMinutes: 0 }) as unknown as Agenda;
const titles = (a: Agenda | null) => a?.items.map((i) => i.title);

describe('useMeetingData', () => {
  it('keeps a reorder on screen when a refetch started before it answers after it', async () => {
    const { result } = renderHook(() => useMeetingData(MEETING));
    await waitFor(() => expect(agendaAnswers).toHaveLength(1));
    act(() => agendaAnswers[0](agendaOf('A', 'B', 'C')));
    await waitFor(() => expect(titles(result.current.agenda)).toEqual(['A', 'B', 'C']));

    // An earlier change is announced: its refetch is on its way when the user drags C to the top.
    act(() => live.handler!({ meetingId: MEETING, part: 'agenda' }));
    expect(agendaAnswers).toHaveLength(2);
    const show = result.current.beginAgendaChange();
    act(() => show(agendaOf('C', 'A', 'B')));
    expect(titles(result.current.agenda)).toEqual(['C', 'A', 'B']);
    act(() => show(agendaOf('C', 'A', 'B')));

    // The refetch answers last, with the order from before the drag: it must not win.
    await act(async () => agendaAnswers[1](agendaOf('A', 'B', 'C')));
    expect(titles(result.current.agenda)).toEqual(['C', 'A', 'B']);

    // A refetch that starts after the drag (say, another facilitator's change) is shown.
    act(() => live.handler!({ meetingId: MEETING, part: 'agenda' }));
    await act(async () => agendaAnswers[2](agendaOf('C', 'B', 'A')));
    expect(titles(result.current.agenda)).toEqual(['C', 'B', 'A']);
  });
});
