/**
 * Query keys of the meetings feature. Everything about one meeting sits under `meetingKeys.meeting(id)`, so that a
 * reconnection of the live channel refreshes all of it at once; lists and a space's outcomes have their own roots.
 */
export const meetingKeys = {
  all: ['meetings'] as const,
  lists: () => [...meetingKeys.all, 'list'] as const,
  spaceList: (spaceId: string) => [...meetingKeys.lists(), { spaceId }] as const,
  upcoming: () => [...meetingKeys.lists(), 'upcoming'] as const,
  meeting: (id: string) => [...meetingKeys.all, 'item', id] as const,
  detail: (id: string) => [...meetingKeys.meeting(id), 'detail'] as const,
  agenda: (id: string) => [...meetingKeys.meeting(id), 'agenda'] as const,
  attendance: (id: string) => [...meetingKeys.meeting(id), 'attendance'] as const,
  backlog: (id: string) => [...meetingKeys.meeting(id), 'backlog'] as const,
  decisions: (id: string) => [...meetingKeys.meeting(id), 'decisions'] as const,
  remarks: (id: string) => [...meetingKeys.meeting(id), 'remarks'] as const,
  convocation: (id: string) => [...meetingKeys.meeting(id), 'convocation'] as const,
  deliveries: (id: string) => [...meetingKeys.meeting(id), 'deliveries'] as const,
  outcomes: () => [...meetingKeys.all, 'outcomes'] as const,
  spaceOutcomes: (spaceId: string) => [...meetingKeys.outcomes(), spaceId] as const,
  spaceDecisions: (spaceId: string) => [...meetingKeys.spaceOutcomes(spaceId), 'decisions'] as const,
  spaceActions: (spaceId: string, overdue: boolean) => [...meetingKeys.spaceOutcomes(spaceId), 'actions', { overdue }] as const,
  rsvp: (token: string) => [...meetingKeys.all, 'rsvp', token] as const,
  calendarFeed: () => [...meetingKeys.all, 'calendar-feed'] as const,
};
