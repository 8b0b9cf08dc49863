import { useQueryClient } from '@tanstack/react-query';
import { applyMeetingChange } from '../api/live-invalidation';
import { useMeetingLive } from '../useMeetingLive';

/** Keeps every query about a meeting current while a page shows it: each announced change invalidates its keys. */
export function useMeetingLiveSync(meetingId: string | null) {
  const client = useQueryClient();
  useMeetingLive(meetingId, (change) => {
    if (meetingId) applyMeetingChange(client, meetingId, change);
  });
}
