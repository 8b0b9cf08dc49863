import { useEffect, useRef } from 'react';
import { io } from 'socket.io-client';
import { MEETING_LIVE_CLIENT_EVENTS, MEETING_LIVE_NAMESPACE, MEETING_LIVE_SERVER_EVENTS, PROTOCOL_VERSION } from '@cantiere/collab';
import type { MeetingChanged } from '@cantiere/collab';

/**
 * Follows a meeting live: calls `onChange` with each announced change (run mode, attendance, agenda, minutes),
 * and once more after every reconnection, since changes made while disconnected were not heard.
 */
export function useMeetingLive(meetingId: string | null, onChange: (change: MeetingChanged | null) => void) {
  const handler = useRef(onChange);
  handler.current = onChange;
  useEffect(() => {
    if (!meetingId) return;
    const socket = io(MEETING_LIVE_NAMESPACE, { path: '/socket.io', auth: { protocolVersion: PROTOCOL_VERSION }, withCredentials: true });
    let connectedBefore = false;
    socket.on('connect', () => {
      socket.emit(MEETING_LIVE_CLIENT_EVENTS.watch, { meetingId }, () => undefined);
      if (connectedBefore) handler.current(null);
      connectedBefore = true;
    });
    socket.on(MEETING_LIVE_SERVER_EVENTS.changed, (change: MeetingChanged) => {
      if (change.meetingId === meetingId) handler.current(change);
    });
    return () => {
      socket.close();
    };
  }, [meetingId]);
}
