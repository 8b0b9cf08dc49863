import { describe, expect, it } from 'vitest';
import { MEETING_STATUSES } from '@cantiere/domain/constants';
import { meetingPhase } from './phase';

describe('meetingPhase', () => {
  it('puts every status in the phase whose layout fits it', () => {
    expect(Object.fromEntries(MEETING_STATUSES.map((s) => [s, meetingPhase(s)]))).toEqual({
      draft: 'preparation',
      convened: 'preparation',
      cancelled: 'preparation',
      in_progress: 'live',
      closed: 'after',
      minutes_approved: 'after',
    });
  });
});
