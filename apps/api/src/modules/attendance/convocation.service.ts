import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { Repository } from 'typeorm';
import { wholePage } from '@cantiere/domain';
import type { ConvocationDeliveries, ConvocationDelivery, ConvocationPreview, ConvocationPreviewKind, RsvpInput, RsvpView } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { hashToken, newSecretToken } from '../../core/identity/secret-token';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/config';
import { AppError } from '../../core/errors/app-error';
import { Outbox } from '../../core/events/outbox.service';
import { JobQueue } from '../../core/jobs/job-queue.service';
import { LOGGER } from '../../core/logging/logging.module';
import type { MailDeliveryRow } from '../../core/mail/mail-delivery.repository';
import { MailQueue, type QueuedMail, visibleState } from '../../core/mail/mail-queue.service';
import { AgendaService, agendaMailText, toRsvpAgenda } from '../agenda';
import { meetingEvent, organizerOf, renderCalendar } from '../calendar';
import { MeetingAccessService, MeetingEvents, MeetingLiveGateway, MeetingService } from '../meeting';
import type { MeetingEntity } from '../meeting';
import { AttendanceService } from './attendance.service';
import { MeetingAttendeeEntity } from './meeting-attendee.entity';
import { convocationMail, type ConvocationKind } from './meeting-mail';

/** The outbox topic of a meeting's mails to its register; the job that handles it queues one mail per person. */
export const MEETING_MAILS_TOPIC = 'meeting.mails';
export const MEETING_REMINDERS_JOB = 'meeting.reminders';
export const MEETING_RSVP_REMINDERS_JOB = 'meeting.rsvp-reminders';
interface MeetingMailsEvent {
  meetingId: string;
  kind: ConvocationKind;
}
export const meetingMailContext = (meetingId: string) => `meeting:${meetingId}`;
const PARTSTAT = { attending: 'ACCEPTED', not_attending: 'DECLINED', delegate: 'DELEGATED' } as const;

/** One mail of the meeting as the facilitator follows it. */
function toDelivery(r: MailDeliveryRow): ConvocationDelivery {
  return {
    id: r.id,
    kind: r.kind as ConvocationKind,
    recipientName: r.recipientName ?? '',
    email: r.recipient,
    state: visibleState(r),
    attempts: r.attempts,
    lastError: r.lastError,
    queuedAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
  };
}

/**
 * Convocation by email with an iTIP invitation, updates and cancellations that replace it in calendars,
 * personal RSVP links, and the reminder the day before. Nothing is mailed inside a request: the step records an
 * outbox event with its own transaction, a job turns it into one queued mail per person (each with its delivery
 * state), and the reminders run as a scheduled job on one instance at a time.
 */
@Injectable()
export class ConvocationService implements OnModuleInit {
  constructor(
    private readonly meetings: MeetingService,
    @InjectRepository(MeetingAttendeeEntity) private readonly attendees: Repository<MeetingAttendeeEntity>,
    private readonly attendance: AttendanceService,
    private readonly agenda: AgendaService,
    private readonly meetingAccess: MeetingAccessService,
    private readonly events: MeetingEvents,
    private readonly mail: MailQueue,
    private readonly outbox: Outbox,
    jobs: JobQueue,
    private readonly live: MeetingLiveGateway,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.outbox.consume<MeetingMailsEvent>({
      topic: MEETING_MAILS_TOPIC,
      handle: ({ meetingId, kind }, { eventId }) => this.queueMails(meetingId, kind, eventId),
    });
    jobs.define({ name: MEETING_REMINDERS_JOB, cron: '*/10 * * * *', singleton: true, retryLimit: 1, batchSize: 1, handler: () => this.sendDueReminders() });
    jobs.define({
      name: MEETING_RSVP_REMINDERS_JOB,
      cron: '5 9 * * *',
      singleton: true,
      retryLimit: 1,
      batchSize: 1,
      handler: () => this.sendDueRsvpReminders(),
    });
  }

  onModuleInit() {
    const mails = (kind: ConvocationKind, meetingId: string) => ({ topic: MEETING_MAILS_TOPIC, payload: { meetingId, kind } satisfies MeetingMailsEvent });
    this.events.within('convene', (m) => this.outbox.publish(undefined, mails('convocation', m.id)));
    this.events.within('cancel', (m) => (m.convenedAt ? this.outbox.publish(undefined, mails('cancellation', m.id)) : Promise.resolve()));
    this.events.within('rescheduled', (m) => this.outbox.publish(undefined, mails('update', m.id)));
  }

  /** The meeting as an .ics file; a cancelled meeting carries STATUS:CANCELLED so that calendars drop it. */
  async calendarFile(meeting: MeetingEntity): Promise<string> {
    const agenda = await this.agenda.agendaOf(meeting);
    const description = agendaMailText(agenda.items, this.config.publicUrl);
    return renderCalendar({ method: 'PUBLISH', events: [meetingEvent(meeting, this.config.publicUrl, description)] });
  }

  /**
   * Queues one mail per representative with an email address, each with a fresh personal RSVP link. Run again for
   * the same event (a retried job), it queues only the mails the earlier run did not: the idempotency key is the
   * event and the register row, and a person whose mail is queued keeps the link that mail carries.
   */
  async queueMails(meetingId: string, kind: ConvocationKind, eventId: string): Promise<number> {
    const meeting = await this.meetings.findWithSpace(meetingId);
    if (!meeting || (meeting.status === 'cancelled' && kind !== 'cancellation')) return 0;
    const only =
      kind === 'reminder'
        ? (a: MeetingAttendeeEntity) => a.rsvp !== 'not_attending'
        : kind === 'rsvp_reminder'
          ? (a: MeetingAttendeeEntity) => !a.rsvp
          : () => true;
    const rows = (await this.registerRows(meeting)).filter((a) => a.person?.email && !a.person.erasedAt && only(a));
    const keyOf = (row: MeetingAttendeeEntity) => `meeting-mail:${eventId}:${row.id}`;
    const queued = await this.mail.alreadyQueued(rows.map(keyOf));
    const agenda = await this.agenda.agendaOf(meeting);
    const description = agendaMailText(agenda.items, this.config.publicUrl);
    const meetingLink = `${this.config.publicUrl}/sedute/${meeting.id}`;
    const reason = kind === 'cancellation' ? await this.cancelReason(meeting.id) : null;
    const mails: QueuedMail[] = [];
    for (const row of rows.filter((r) => !queued.has(keyOf(r)))) {
      const token = kind === 'cancellation' ? null : newSecretToken();
      if (token) await this.attendees.update(row.id, { rsvpTokenHash: hashToken(token) });
      const person = row.person!;
      const attendee = {
        name: `${person.firstName} ${person.lastName}`,
        email: person.email!,
        partstat: row.rsvp ? PARTSTAT[row.rsvp] : ('NEEDS-ACTION' as const),
      };
      const ics = renderCalendar({
        method: kind === 'cancellation' ? 'CANCEL' : 'REQUEST',
        events: [meetingEvent(meeting, this.config.publicUrl, description, [attendee], organizerOf(this.config.mailFrom))],
      });
      mails.push({
        idempotencyKey: keyOf(row),
        context: meetingMailContext(meeting.id),
        kind,
        recipientName: attendee.name,
        mail: convocationMail(
          kind,
          person.email!,
          attendee.name,
          row.organisation?.name ?? '',
          meeting,
          agenda.items,
          token ? `${this.config.publicUrl}/risposta/${token}` : null,
          meetingLink,
          ics,
          this.config.publicUrl,
          reason,
        ),
      });
    }
    const added = await this.mail.enqueue(mails);
    this.logger.info({ meetingId: meeting.id, kind, queued: added }, 'meeting mails queued');
    return added;
  }

  /** Every mail queued to the register for this meeting (convocation, updates, cancellation, reminders), newest first. */
  async deliveries(actor: Actor, meetingId: string): Promise<ConvocationDeliveries> {
    await this.meetingAccess.manage(actor, meetingId);
    const rows = await this.mail.deliveriesOf(meetingMailContext(meetingId));
    const deliveries = rows.map(toDelivery);
    return wholePage(deliveries);
  }

  /** Sends a failed mail again (the attempts count on); a mail that is not failed answers 409. */
  async retryDelivery(actor: Actor, meetingId: string, deliveryId: string): Promise<ConvocationDelivery> {
    await this.meetingAccess.manage(actor, meetingId);
    const requeued = await this.mail.retryFailed(meetingMailContext(meetingId), deliveryId);
    if (requeued) return toDelivery(requeued);
    const known = (await this.mail.deliveriesOf(meetingMailContext(meetingId))).some((d) => d.id === deliveryId);
    if (!known) throw AppError.notFound('Delivery');
    throw new AppError('conflict', 'Only a failed mail can be sent again');
  }

  /**
   * The convocation (or the cancellation) exactly as `queueMails` would send it (the first recipient's copy, with a
   * placeholder for the personal link), and the list it would go to: the facilitator reads both before mailing
   * everyone at once. A meeting never convened told no one, so its cancellation goes to no one.
   */
  async preview(actor: Actor, meetingId: string, kind: ConvocationPreviewKind = 'convocation'): Promise<ConvocationPreview> {
    const { meeting } = await this.meetingAccess.manage(actor, meetingId);
    const told = kind === 'convocation' || !!meeting.convenedAt;
    const rows = told ? (await this.registerRows(meeting)).filter((a) => a.person && !a.person.erasedAt) : [];
    const entry = (a: MeetingAttendeeEntity) => ({ name: `${a.person!.firstName} ${a.person!.lastName}`, organisationName: a.organisation?.name ?? '' });
    const recipients = rows.filter((a) => a.person!.email).map((a) => ({ ...entry(a), email: a.person!.email! }));
    const first = recipients[0] ?? { name: '…', organisationName: '…', email: '' };
    const agenda = await this.agenda.agendaOf(meeting);
    const mail = convocationMail(
      kind,
      first.email,
      first.name,
      first.organisationName,
      meeting,
      agenda.items,
      kind === 'convocation' ? `${this.config.publicUrl}/risposta/…` : null,
      `${this.config.publicUrl}/sedute/${meeting.id}`,
      '',
      this.config.publicUrl,
    );
    return { subject: mail.subject, text: mail.text, recipients, withoutEmail: rows.filter((a) => !a.person!.email).map(entry) };
  }

  /** The reason given when the meeting was cancelled, which its cancellation mail repeats. */
  private async cancelReason(meetingId: string): Promise<string | null> {
    const steps = await this.meetings.history(meetingId);
    return steps.findLast((step) => step.transition === 'cancel')?.reason ?? null;
  }

  private async registerRows(meeting: MeetingEntity): Promise<MeetingAttendeeEntity[]> {
    await this.attendance.ensureRoster(meeting);
    const rows = await this.attendees.find({ where: { meetingId: meeting.id }, relations: { person: true, organisation: true } });
    return rows.sort(
      (a, b) =>
        (a.organisation?.name ?? '').localeCompare(b.organisation?.name ?? '', 'it') ||
        (a.person?.lastName ?? '').localeCompare(b.person?.lastName ?? '', 'it'),
    );
  }

  /**
   * Claims each convened meeting of tomorrow (Rome) once and records, in the same transaction, the event that
   * reminds those who have not declined: a crash after the claim cannot lose the reminder.
   */
  sendDueReminders(now = new Date()): Promise<number> {
    return this.meetings
      .claimDueReminders(now, (tx, ids) =>
        this.outbox.publish(
          tx,
          ...ids.map((meetingId) => ({ topic: MEETING_MAILS_TOPIC, payload: { meetingId, kind: 'reminder' } satisfies MeetingMailsEvent })),
        ),
      )
      .then((ids) => ids.length);
  }

  /**
   * Each morning, claims the convened meetings two or three days ahead whose register has not all answered, once,
   * and records with the claim the event that asks those who have not answered (with their RSVP link).
   */
  sendDueRsvpReminders(now = new Date()): Promise<number> {
    return this.meetings
      .claimDueRsvpReminders(now, (tx, ids) =>
        this.outbox.publish(
          tx,
          ...ids.map((meetingId) => ({ topic: MEETING_MAILS_TOPIC, payload: { meetingId, kind: 'rsvp_reminder' } satisfies MeetingMailsEvent })),
        ),
      )
      .then((ids) => ids.length);
  }

  async rsvpView(token: string): Promise<RsvpView> {
    const row = await this.byToken(token);
    const m = row.meeting!;
    const hasAccount = !!row.person!.user && !row.person!.user.disabledAt;
    return {
      meetingTitle: m.title,
      spaceName: m.space?.name ?? '',
      startsAt: m.startsAt.toISOString(),
      endsAt: m.endsAt.toISOString(),
      place: m.place,
      onlineUrl: m.onlineUrl,
      personName: `${row.person!.firstName} ${row.person!.lastName}`,
      organisationName: row.organisation?.name ?? '',
      response: row.rsvp,
      delegateName: row.rsvpDelegateName,
      cancelled: m.status === 'cancelled',
      agenda: toRsvpAgenda((await this.agenda.agendaOf(m)).items, hasAccount),
    };
  }

  async rsvpByToken(token: string, input: RsvpInput): Promise<RsvpView> {
    const row = await this.byToken(token);
    await this.answer(row, input);
    return this.rsvpView(token);
  }

  /** The logged-in representative answers for every organisation they represent at the meeting. */
  async rsvpAsActor(actor: Actor, meetingId: string, input: RsvpInput) {
    const { meeting, personId } = await this.meetingAccess.view(actor, meetingId);
    await this.attendance.ensureRoster(meeting);
    const rows = personId ? await this.attendees.find({ where: { meetingId, personId }, relations: { meeting: true } }) : [];
    if (!rows.length) throw AppError.forbidden('You are not invited to this meeting');
    for (const row of rows) await this.answer(row, input);
    return this.attendance.registerOf(meeting, personId);
  }

  private async answer(row: MeetingAttendeeEntity, input: RsvpInput) {
    const status = row.meeting!.status;
    if (status !== 'convened' && status !== 'draft') throw new AppError('conflict', 'Answers are closed for this meeting', { status });
    await this.attendees.update(row.id, {
      rsvp: input.response,
      rsvpDelegateName: input.response === 'delegate' ? (input.delegateName ?? null) : null,
      rsvpAt: new Date(),
    });
    this.live.changed(row.meetingId, 'attendance');
  }

  private async byToken(token: string): Promise<MeetingAttendeeEntity> {
    const row =
      typeof token === 'string' && token.length >= 20 && token.length <= 100
        ? await this.attendees.findOne({
            where: { rsvpTokenHash: hashToken(token) },
            relations: { meeting: { space: true }, person: { user: true }, organisation: true },
          })
        : null;
    if (!row) throw AppError.notFound('Invitation');
    return row;
  }
}
