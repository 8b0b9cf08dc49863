import { io } from 'socket.io-client';
import { LIVE_SOCKET_OPTIONS } from '../../api/live-socket';
import { MEETING_LIVE_CLIENT_EVENTS, MEETING_LIVE_NAMESPACE, MEETING_LIVE_SERVER_EVENTS } from '@cantiere/collab';
import type { MeetingChanged } from '@cantiere/collab';

/**
 * Opens the live channel of a meeting: `onChange` hears each announced change, and `null` once the watch is in
 * place after every connection, the first included: changes made before it (while the page loaded, or while
 * disconnected) were not heard. Returns the close function.
 */
export function openMeetingLive(meetingId: string, onChange: (change: MeetingChanged | null) => void): () => void {
  const socket = io(MEETING_LIVE_NAMESPACE, LIVE_SOCKET_OPTIONS);
  socket.on('connect', () => {
    socket.emit(MEETING_LIVE_CLIENT_EVENTS.watch, { meetingId }, () => onChange(null));
  });
  socket.on(MEETING_LIVE_SERVER_EVENTS.changed, (change: MeetingChanged) => {
    if (change.meetingId === meetingId) onChange(change);
  });
  return () => socket.close();
}
