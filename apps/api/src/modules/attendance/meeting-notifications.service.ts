import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AccessService } from '../../core/access/access.service';
import { Outbox } from '../../core/events/outbox.service';
import { MeetingEvents, MeetingService, meetingLabel } from '../meeting';
import { NotificationCenter, type NotificationLanguage } from '../notification';
import { AttendanceService } from './attendance.service';
import { MeetingAttendeeEntity } from './meeting-attendee.entity';

/** The meeting notifications this module raises; the convocation's own mail stays the convocation mail. */
export const MEETING_NOTIFICATION_KINDS = ['convocation', 'meeting_changed', 'meeting_cancelled', 'minutes_in_review', 'minutes_approved'] as const;
export type MeetingNotificationKind = (typeof MEETING_NOTIFICATION_KINDS)[number];

const MEETING_NOTIFICATIONS_TOPIC = 'meeting.notifications';
interface MeetingNotificationEvent {
  meetingId: string;
  kind: MeetingNotificationKind;
  /** Who made the change, when it is known: they are not told of it. */
  actorUserId?: string;
}
interface MeetingData {
  meetingId: string;
  label: string;
  startsAt: string;
}

const TEXTS: Record<MeetingNotificationKind, Record<NotificationLanguage, { label: string; title: string; body: string }>> = {
  convocation: {
    it: { label: 'Convocazioni', title: 'Convocazione: {label}', body: 'Sei convocato alla seduta del {date}.' },
    en: { label: 'Convocations', title: 'Convocation: {label}', body: 'You are convened to the meeting of {date}.' },
  },
  meeting_changed: {
    it: { label: 'Sedute modificate', title: 'Seduta modificata: {label}', body: 'La seduta ora si tiene il {date}.' },
    en: { label: 'Meetings changed', title: 'Meeting changed: {label}', body: 'The meeting now takes place on {date}.' },
  },
  meeting_cancelled: {
    it: { label: 'Sedute annullate', title: 'Seduta annullata: {label}', body: 'La seduta del {date} è stata annullata.' },
    en: { label: 'Meetings cancelled', title: 'Meeting cancelled: {label}', body: 'The meeting of {date} has been cancelled.' },
  },
  minutes_in_review: {
    it: { label: 'Verbali in revisione', title: 'Verbale in revisione: {label}', body: 'Il verbale della seduta del {date} è aperto alle osservazioni.' },
    en: { label: 'Minutes in review', title: 'Minutes in review: {label}', body: 'The minutes of the meeting of {date} are open for remarks.' },
  },
  minutes_approved: {
    it: { label: 'Verbali approvati', title: 'Verbale approvato: {label}', body: 'Il verbale della seduta del {date} è stato approvato.' },
    en: { label: 'Minutes approved', title: 'Minutes approved: {label}', body: 'The minutes of the meeting of {date} have been approved.' },
  },
};

const romeDate = (iso: string, lang: NotificationLanguage) =>
  new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'it-IT', { timeZone: 'Europe/Rome', dateStyle: 'long', timeStyle: 'short' });

/**
 * Tells the people on a meeting's register (and whoever follows the meeting or its space) of its convocation, changes,
 * cancellation and minutes, in the app. Those on the register with an address already get this module's mail for
 * each of these: the centre does not mail them a second time.
 */
@Injectable()
export class MeetingNotificationsService implements OnModuleInit {
  constructor(
    private readonly center: NotificationCenter,
    private readonly outbox: Outbox,
    private readonly events: MeetingEvents,
    private readonly meetings: MeetingService,
    private readonly access: AccessService,
    private readonly attendance: AttendanceService,
    @InjectRepository(MeetingAttendeeEntity) private readonly attendees: Repository<MeetingAttendeeEntity>,
  ) {
    this.outbox.consume<MeetingNotificationEvent>({
      topic: MEETING_NOTIFICATIONS_TOPIC,
      handle: ({ meetingId, kind, actorUserId }, { eventId }) => this.notify(meetingId, kind, eventId, actorUserId),
    });
    // Who may read a meeting's notifications is who holds `meeting.read` on it: the rule REST and the sockets use.
    this.center.registerSubject('meeting', async (actor, id) => (await this.access.allowed(actor, 'meeting.read', [id])).has(id));
    for (const kind of MEETING_NOTIFICATION_KINDS)
      this.center.registerKind<MeetingData>({
        kind,
        label: { it: TEXTS[kind].it.label, en: TEXTS[kind].en.label },
        defaultChannel: 'immediate',
        render: (lang, data) => {
          const fill = (s: string) => s.replace('{label}', data.label).replace('{date}', romeDate(data.startsAt, lang));
          return { title: fill(TEXTS[kind][lang].title), body: fill(TEXTS[kind][lang].body), link: `/sedute/${data.meetingId}` };
        },
      });
  }

  onModuleInit() {
    const event = (kind: MeetingNotificationKind, meetingId: string, actorUserId?: string) => ({
      topic: MEETING_NOTIFICATIONS_TOPIC,
      payload: { meetingId, kind, ...(actorUserId ? { actorUserId } : {}) } satisfies MeetingNotificationEvent,
    });
    this.events.within('convene', (m) => this.outbox.publish(undefined, event('convocation', m.id)));
    this.events.within('cancel', (m) => (m.convenedAt ? this.outbox.publish(undefined, event('meeting_cancelled', m.id)) : Promise.resolve()));
    this.events.within('approve_minutes', (m) => this.outbox.publish(undefined, event('minutes_approved', m.id)));
    this.events.within('rescheduled', (m, _at, actor) => this.outbox.publish(undefined, event('meeting_changed', m.id, actor.user.id)));
    this.events.within('review_started', (m, _at, actor) => this.outbox.publish(undefined, event('minutes_in_review', m.id, actor.user.id)));
  }

  /** Fans one meeting event out to its register and followers; returns the accounts notified. */
  async notify(meetingId: string, kind: MeetingNotificationKind, eventId: string, actorUserId?: string): Promise<string[]> {
    const meeting = await this.meetings.findById(meetingId);
    if (!meeting) return [];
    // The register is filled from the space's members on first use, which may be this job's.
    await this.attendance.ensureRoster(meeting);
    const rows = await this.attendees.find({ where: { meetingId }, relations: { person: true } });
    const onRegister = rows.filter((r) => r.person && !r.person.erasedAt);
    return this.center.deliver(
      {
        kind,
        subject: { type: 'meeting', id: meetingId },
        // The space's members and followers hear of its meetings too, even those not on this register.
        within: [{ type: 'space', id: meeting.spaceId }],
        data: { meetingId, label: meetingLabel(meeting), startsAt: meeting.startsAt.toISOString() } satisfies MeetingData,
        participants: { personIds: onRegister.map((r) => r.personId) },
        actorUserId: actorUserId ?? null,
        mailedPersonIds: onRegister.filter((r) => r.person!.email).map((r) => r.personId),
      },
      eventId,
    );
  }
}
