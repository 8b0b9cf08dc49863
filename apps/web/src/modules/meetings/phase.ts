import type { Meeting } from '@cantiere/domain';

/**
 * Which part of its life a meeting is in, for the page's layout: what the people at the table need first
 * changes with it (the agenda while preparing, the minutes while meeting and after).
 */
export type MeetingPhase = 'preparation' | 'live' | 'after';

export function meetingPhase(status: Meeting['status']): MeetingPhase {
  if (status === 'in_progress') return 'live';
  if (status === 'closed' || status === 'minutes_approved') return 'after';
  // A cancelled meeting never had minutes: its page stays the one it had while being prepared.
  return 'preparation';
}
