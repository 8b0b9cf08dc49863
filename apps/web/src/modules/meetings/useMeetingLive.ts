import { useEffect, useRef } from 'react';
import type { MeetingChanged } from '@cantiere/collab';
import { whenIdle } from '../../routing/when-idle';

/**
 * Follows a meeting live: calls `onChange` with each announced change (run mode, attendance, agenda, minutes),
 * and once more after every reconnection, since changes made while disconnected were not heard.
 * The channel (socket.io and the protocol library, about 40 KB compressed) is fetched once the page has rendered
 * and the browser is idle, so that its code does not block the first render on a slow phone.
 */
export function useMeetingLive(meetingId: string | null, onChange: (change: MeetingChanged | null) => void) {
  const handler = useRef(onChange);
  handler.current = onChange;
  useEffect(() => {
    if (!meetingId) return;
    let close: (() => void) | null = null;
    let left = false;
    const cancel = whenIdle(
      () =>
        void import('./meeting-live-channel').then(({ openMeetingLive }) => {
          if (!left) close = openMeetingLive(meetingId, (change) => handler.current(change));
        }),
    );
    return () => {
      left = true;
      cancel();
      close?.();
    };
  }, [meetingId]);
}
