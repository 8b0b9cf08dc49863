import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { Repository } from 'typeorm';
import type { ConvocationPreview, RsvpInput, RsvpView } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { hashToken, newSecretToken } from '../../core/identity/secret-token';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/config';
import { AppError } from '../../core/errors/app-error';
import { LOGGER } from '../../core/logging/logging.module';
import { MailService } from '../../core/mail/mail.service';
import { AgendaService, toRsvpAgenda } from '../agenda';
import { meetingEvent, organizerOf, renderCalendar } from '../calendar';
import { MeetingAccessService, MeetingEvents, MeetingLiveGateway, MeetingService } from '../meeting';
import type { MeetingEntity } from '../meeting';
import { AttendanceService } from './attendance.service';
import { MeetingAttendeeEntity } from './meeting-attendee.entity';
import { convocationMail, type ConvocationKind } from './meeting-mail';

const REMINDER_SWEEP_MS = 10 * 60_000;
const PARTSTAT = { attending: 'ACCEPTED', not_attending: 'DECLINED', delegate: 'DELEGATED' } as const;

/**
 * Convocation by email with an iTIP invitation, updates and cancellations that replace it in calendars,
 * personal RSVP links, and the reminder the day before.
 */
@Injectable()
export class ConvocationService implements OnModuleInit, OnApplicationShutdown {
  private sweeper?: NodeJS.Timeout;

  constructor(
    private readonly meetings: MeetingService,
    @InjectRepository(MeetingAttendeeEntity) private readonly attendees: Repository<MeetingAttendeeEntity>,
    private readonly attendance: AttendanceService,
    private readonly agenda: AgendaService,
    private readonly meetingAccess: MeetingAccessService,
    private readonly events: MeetingEvents,
    private readonly mail: MailService,
    private readonly live: MeetingLiveGateway,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit() {
    this.events.on('convene', (m) => this.notify(m, 'convocation'));
    this.events.on('rescheduled', (m) => this.notify(m, 'update'));
    this.events.on('cancel', (m) => (m.convenedAt ? this.notify(m, 'cancellation') : Promise.resolve()));
    this.sweeper = setInterval(
      () => void this.sendDueReminders().catch((err: unknown) => this.logger.error({ err }, 'reminder sweep failed')),
      REMINDER_SWEEP_MS,
    );
    this.sweeper.unref();
  }

  onApplicationShutdown() {
    clearInterval(this.sweeper);
  }

  /** The meeting as an .ics file; a cancelled meeting carries STATUS:CANCELLED so that calendars drop it. */
  async calendarFile(meeting: MeetingEntity): Promise<string> {
    const agenda = await this.agenda.agendaOf(meeting);
    const description = agenda.items.map((i) => `${i.position}. ${i.title}`).join('\n');
    return renderCalendar({ method: 'PUBLISH', events: [meetingEvent(meeting, this.config.publicUrl, description)] });
  }

  /** Sends one mail per representative with an email address; each gets a fresh personal RSVP link. */
  async notify(meeting: MeetingEntity, kind: ConvocationKind, only?: (a: MeetingAttendeeEntity) => boolean): Promise<number> {
    const rows = (await this.registerRows(meeting)).filter((a) => a.person?.email && !a.person.erasedAt && (!only || only(a)));
    const agenda = await this.agenda.agendaOf(meeting);
    const description = agenda.items.map((i) => `${i.position}. ${i.title}`).join('\n');
    const meetingLink = `${this.config.publicUrl}/sedute/${meeting.id}`;
    let sent = 0;
    for (const row of rows) {
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
      try {
        await this.mail.send(
          convocationMail(
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
          ),
        );
        sent++;
      } catch (err) {
        // One unreachable mailbox must not stop the others; the facilitator sees who answered in the register.
        this.logger.error({ err, meetingId: meeting.id, attendeeId: row.id }, 'convocation mail failed');
      }
    }
    this.logger.info({ meetingId: meeting.id, kind, sent }, 'meeting mails sent');
    return sent;
  }

  /**
   * The convocation exactly as `notify` would send it (the first recipient's copy, with a placeholder for the
   * personal link), and the list it would go to: the facilitator reads both before mailing everyone at once.
   */
  async preview(actor: Actor, meetingId: string): Promise<ConvocationPreview> {
    const { meeting } = await this.meetingAccess.manage(actor, meetingId);
    const rows = (await this.registerRows(meeting)).filter((a) => a.person && !a.person.erasedAt);
    const entry = (a: MeetingAttendeeEntity) => ({ name: `${a.person!.firstName} ${a.person!.lastName}`, organisationName: a.organisation?.name ?? '' });
    const recipients = rows.filter((a) => a.person!.email).map((a) => ({ ...entry(a), email: a.person!.email! }));
    const first = recipients[0] ?? { name: '…', organisationName: '…', email: '' };
    const agenda = await this.agenda.agendaOf(meeting);
    const mail = convocationMail(
      'convocation',
      first.email,
      first.name,
      first.organisationName,
      meeting,
      agenda.items,
      `${this.config.publicUrl}/risposta/…`,
      `${this.config.publicUrl}/sedute/${meeting.id}`,
      '',
      this.config.publicUrl,
    );
    return { subject: mail.subject, text: mail.text, recipients, withoutEmail: rows.filter((a) => !a.person!.email).map(entry) };
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

  /** Claims each convened meeting of tomorrow (Rome) once, then reminds those who have not declined. */
  async sendDueReminders(now = new Date()): Promise<number> {
    const due = await this.meetings.claimDueReminders(now);
    for (const id of due) {
      const meeting = await this.meetings.withSpace(id);
      await this.notify(meeting, 'reminder', (a) => a.rsvp !== 'not_attending');
    }
    return due.length;
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
