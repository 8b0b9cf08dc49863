import type { MeetingEntity } from '../meeting';
import type { IcsEvent } from './ics';

/** One meeting as a calendar event; the UID is stable so that updates and cancellations replace it. */
/** "Name <address>" (MAIL_FROM) as an iTIP organizer; REQUEST and CANCEL need one (RFC 5546). */
export function organizerOf(mailFrom: string): IcsEvent['organizer'] {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(mailFrom);
  if (m) return { name: m[1] || m[2], email: m[2] };
  return mailFrom.includes('@') ? { name: mailFrom, email: mailFrom.trim() } : null;
}

export function meetingEvent(
  m: MeetingEntity,
  publicUrl: string,
  description: string,
  attendees: IcsEvent['attendees'] = [],
  organizer: IcsEvent['organizer'] = null,
): IcsEvent {
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
    organizer,
    attendees,
    lastModified: m.updatedAt,
  };
}
