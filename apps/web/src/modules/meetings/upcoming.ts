import type { Meeting, MeetingStatus } from '@cantiere/domain';

// Only meetings still to be held or under way: a meeting closed early (or already approved) on a date still
// ahead is past business, and drafts and cancellations are not meetings anyone will attend.
const UPCOMING: readonly MeetingStatus[] = ['convened', 'in_progress'];

/** The first `limit` meetings a person can still attend, in the order given. */
export function upcomingMeetings(meetings: readonly Meeting[], limit = 10): Meeting[] {
  return meetings.filter((m) => UPCOMING.includes(m.status)).slice(0, limit);
}
