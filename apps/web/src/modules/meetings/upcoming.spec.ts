import { describe, expect, it } from 'vitest';
import type { Meeting } from '@cantiere/domain';
import { MEETING_STATUSES } from '@cantiere/domain/constants';
import { upcomingMeetings } from './upcoming';

const meeting = (id: string, status: Meeting['status']) => ({ id, status }) as Meeting;

describe('upcomingMeetings', () => {
  it('keeps convened and in-progress meetings only', () => {
    const all = MEETING_STATUSES.map((s) => meeting(s, s));
    expect(upcomingMeetings(all).map((m) => m.id)).toEqual(['convened', 'in_progress']);
  });

  it('keeps the given order and stops at the limit', () => {
    const all = [meeting('a', 'convened'), meeting('b', 'closed'), meeting('c', 'in_progress'), meeting('d', 'convened')];
    expect(upcomingMeetings(all, 2).map((m) => m.id)).toEqual(['a', 'c']);
  });
});
