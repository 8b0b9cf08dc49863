import type { AccessChangeReason } from './protocol';

/** socket.io namespace on which everyone in a meeting follows its run mode and attendance live. */
export const MEETING_LIVE_NAMESPACE = '/meeting-live';

export const MEETING_LIVE_CLIENT_EVENTS = { watch: 'meeting:watch', unwatch: 'meeting:unwatch' } as const;
/** `meeting:closed` tells a watcher who lost access that the meeting will no longer be announced to it. */
export const MEETING_LIVE_SERVER_EVENTS = { changed: 'meeting:changed', closed: 'meeting:closed' } as const;

/** What changed, so that a client refetches only that part. */
export const MEETING_CHANGE_PARTS = ['meeting', 'run', 'agenda', 'attendance', 'minutes'] as const;
export type MeetingChangePart = (typeof MEETING_CHANGE_PARTS)[number];

export interface MeetingChanged {
  meetingId: string;
  part: MeetingChangePart;
  /** Present for `run`: the current item and when it started, with the server's clock to correct skew. */
  run?: { currentItemId: string | null; itemStartedAt: string | null; serverNow: string };
}

export type MeetingWatchAck = { ok: true } | { ok: false; error: { code: 'not_found' | 'invalid'; message: string } };

export interface MeetingClosed {
  meetingId: string;
  code: 'access_revoked';
  message: string;
  reason: AccessChangeReason;
}
