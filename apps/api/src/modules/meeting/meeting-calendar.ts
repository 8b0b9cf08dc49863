import type { IcsEvent } from './ics';
import type { MeetingEntity } from './meeting.entity';

/** One meeting as a calendar event; the UID is stable so that updates and cancellations replace it. */
export function meetingEvent(m: MeetingEntity, publicUrl: string, description: string, attendees: IcsEvent['attendees'] = []): IcsEvent {
  return {
    uid: `meeting-${m.id}@cantiere`,
    sequence: m.calendarSequence,
    status: m.status === 'cancelled' ? 'CANCELLED' : m.status === 'draft' ? 'TENTATIVE' : 'CONFIRMED',
    start: m.startsAt,
    end: m.endsAt,
    summary: `${m.space?.name ?? 'Cantiere'} – seduta n. ${m.number}/${m.year}: ${m.title}`,
    description,
    location: [m.place, m.onlineUrl].filter(Boolean).join(' – ') || null,
    url: `${publicUrl}/sedute/${m.id}`,
    organizer: null,
    attendees,
    lastModified: m.updatedAt,
  };
}
