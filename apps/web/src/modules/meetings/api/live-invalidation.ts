import type { QueryClient } from '@tanstack/react-query';
import type { MeetingChanged } from '@cantiere/collab';
import type { Meeting, RunState } from '@cantiere/domain';
import { meetingKeys } from './keys';

/**
 * What a change announced on the live channel makes stale, so that every open page shows it: `null` (a
 * reconnection, after which changes made meanwhile were not heard) refreshes everything about the meeting.
 * The run state comes in the event itself. An agenda refetch waits while the page changes the agenda itself:
 * the change's own answer is shown, and the agenda is refetched once the last change settles.
 */
export function applyMeetingChange(client: QueryClient, meetingId: string, change: MeetingChanged | null): void {
  const spaceId = client.getQueryData<Meeting>(meetingKeys.detail(meetingId))?.spaceId;
  const lists = () => {
    void client.invalidateQueries({ queryKey: meetingKeys.lists() });
    void client.invalidateQueries({ queryKey: spaceId ? meetingKeys.spaceOutcomes(spaceId) : meetingKeys.outcomes() });
  };
  if (change === null) {
    void client.invalidateQueries({ queryKey: meetingKeys.meeting(meetingId) });
    return lists();
  }
  switch (change.part) {
    case 'run':
      if (change.run) showRun(client, meetingId, change.run);
      else void client.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) });
      return;
    case 'meeting':
      void client.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) });
      return lists();
    case 'agenda':
      if (client.isMutating({ mutationKey: meetingKeys.agenda(meetingId) }) === 0) void client.invalidateQueries({ queryKey: meetingKeys.agenda(meetingId) });
      void client.invalidateQueries({ queryKey: meetingKeys.backlog(meetingId) });
      return;
    case 'attendance':
      void client.invalidateQueries({ queryKey: meetingKeys.attendance(meetingId) });
      return;
    case 'minutes':
      for (const key of [meetingKeys.detail(meetingId), meetingKeys.decisions(meetingId), meetingKeys.remarks(meetingId)])
        void client.invalidateQueries({ queryKey: key });
      return lists();
  }
}

/**
 * Shows a run state that is newer than anything read so far (an announcement, or the answer to a command). A read of
 * the meeting still in flight began before it and would bring the older item back when it lands (a page that has just
 * reconnected refetches everything while the facilitator moves on), so it is replaced by a read that begins now.
 */
export function showRun(client: QueryClient, meetingId: string, run: RunState): void {
  const key = meetingKeys.detail(meetingId);
  client.setQueryData<Meeting>(key, (m) => (m ? { ...m, run } : m));
  if (client.isFetching({ queryKey: key, exact: true }) > 0) void client.invalidateQueries({ queryKey: key, exact: true });
}
