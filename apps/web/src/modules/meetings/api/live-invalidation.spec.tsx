import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Meeting, RunState } from '@cantiere/domain';
import { testQueryClient } from '../../../test-support/query';
import { applyMeetingChange } from './live-invalidation';
import { keepUnlessChanged } from './queries';

// The API is replaced so that the test decides when each read of the meeting answers.
const meetingAnswers = vi.hoisted(() => [] as ((m: unknown) => void)[]);
vi.mock('../../../api/client', () => ({
  call: ({ path }: { path: string }) => {
    if (path !== '/api/meetings/:id') throw new Error(`unexpected call to ${path}`);
    return new Promise((resolve) => meetingAnswers.push((meeting) => resolve({ meeting })));
  },
}));
import { useMeeting } from '../hooks/useMeeting';

const MEETING = '7d4c1d0e-3c1a-4a4e-9b7e-2f6f1f0f3a11';
const ITEM_1 = '0b8e1c52-55b6-4d7c-a7a4-0b0f5e1b2c01';
const ITEM_2 = '0b8e1c52-55b6-4d7c-a7a4-0b0f5e1b2c02';
const runAt = (currentItemId: string): RunState => ({ currentItemId, itemStartedAt: '2026-11-29T10:00:00.000Z', serverNow: '2026-11-29T10:00:00.000Z' });
const meetingOn = (currentItemId: string) => ({ id: MEETING, spaceId: MEETING, run: runAt(currentItemId) }) as unknown as Meeting;

describe('applyMeetingChange', () => {
  beforeEach(() => {
    meetingAnswers.length = 0;
  });

  it('keeps an announced item when a read started before the announcement answers after it', async () => {
    const { client, wrapper } = testQueryClient();
    const { result } = renderHook(() => useMeeting(MEETING), { wrapper });
    await waitFor(() => expect(meetingAnswers).toHaveLength(1));
    await act(async () => meetingAnswers[0](meetingOn(ITEM_1)));
    await waitFor(() => expect(result.current.data?.run.currentItemId).toBe(ITEM_1));

    // The page reconnects and rereads the meeting; before that read answers, the facilitator moves to item 2.
    act(() => applyMeetingChange(client, MEETING, null));
    await waitFor(() => expect(meetingAnswers).toHaveLength(2));
    act(() => applyMeetingChange(client, MEETING, { meetingId: MEETING, part: 'run', run: runAt(ITEM_2) }));
    await waitFor(() => expect(result.current.data?.run.currentItemId).toBe(ITEM_2));
    // The earlier read lands with item 1: it no longer decides what the page shows.
    await act(async () => meetingAnswers[1](meetingOn(ITEM_1)));
    await waitFor(() => expect(result.current.data?.run.currentItemId).toBe(ITEM_2));
    // A read begun after the announcement is what settles the page.
    await waitFor(() => expect(meetingAnswers).toHaveLength(3));
    await act(async () => meetingAnswers[2](meetingOn(ITEM_2)));
    await waitFor(() => expect(client.isFetching()).toBe(0));
    expect(meetingAnswers).toHaveLength(3);
    await waitFor(() => expect(result.current.data?.run.currentItemId).toBe(ITEM_2));
  });

  it('reads nothing again when no read is in flight', async () => {
    const { client, wrapper } = testQueryClient();
    const { result } = renderHook(() => useMeeting(MEETING), { wrapper });
    await waitFor(() => expect(meetingAnswers).toHaveLength(1));
    await act(async () => meetingAnswers[0](meetingOn(ITEM_1)));
    await waitFor(() => expect(result.current.data?.run.currentItemId).toBe(ITEM_1));
    act(() => applyMeetingChange(client, MEETING, { meetingId: MEETING, part: 'run', run: runAt(ITEM_2) }));
    await waitFor(() => expect(result.current.data?.run.currentItemId).toBe(ITEM_2));
    expect(meetingAnswers).toHaveLength(1);
  });
});

describe('a meeting read again', () => {
  const stopped = (serverNow: string, title = 'Tavolo') =>
    ({ id: MEETING, title, run: { currentItemId: null, itemStartedAt: null, serverNow } }) as unknown as Meeting;

  it('keeps the object the page has when only the server clock moved and no item is timed', () => {
    const before = stopped('2026-11-29T10:00:00.000Z');
    expect(keepUnlessChanged(before, stopped('2026-11-29T10:00:05.000Z'))).toBe(before);
  });

  it('takes the new read when anything else changed, or while an item is timed', () => {
    const before = stopped('2026-11-29T10:00:00.000Z');
    const renamed = stopped('2026-11-29T10:00:05.000Z', 'Tavolo rinviato');
    expect(keepUnlessChanged(before, renamed)).toEqual(renamed);
    const timing = { ...before, run: runAt(ITEM_1) };
    const later = { ...before, run: { ...runAt(ITEM_1), serverNow: '2026-11-29T10:00:05.000Z' } };
    expect((keepUnlessChanged(timing, later) as Meeting).run.serverNow).toBe('2026-11-29T10:00:05.000Z');
  });
});
