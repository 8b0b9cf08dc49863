import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/config';
import { Outbox } from '../../core/events/outbox.service';
import { LOGGER } from '../../core/logging/logging.module';
import { MailQueue } from '../../core/mail/mail-queue.service';
import { MeetingEvents, MeetingService } from '../meeting';
import { AttendanceService } from './attendance.service';
import { minutesNoticeMail, type MinutesNoticeKind } from './meeting-mail';

const MINUTES_NOTICES_TOPIC = 'meeting.minutes-notices';
interface MinutesNoticeEvent {
  meetingId: string;
  kind: MinutesNoticeKind;
}

/**
 * Tells everyone on the register when the minutes open for review and when they are approved, through the outbox
 * (each event commits with the step that raises it) and the mail queue (one delivery per person, sent once).
 */
@Injectable()
export class RegisterMailService implements OnModuleInit {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly events: MeetingEvents,
    private readonly mail: MailQueue,
    private readonly outbox: Outbox,
    private readonly meetings: MeetingService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.outbox.consume<MinutesNoticeEvent>({
      topic: MINUTES_NOTICES_TOPIC,
      handle: ({ meetingId, kind }, { eventId }) => this.notify(meetingId, kind, eventId),
    });
  }

  onModuleInit() {
    const notice = (kind: MinutesNoticeKind, meetingId: string) => ({
      topic: MINUTES_NOTICES_TOPIC,
      payload: { meetingId, kind } satisfies MinutesNoticeEvent,
    });
    this.events.within('review_started', (m) => this.outbox.publish(undefined, notice('review_started', m.id)));
    this.events.within('approve_minutes', (m) => this.outbox.publish(undefined, notice('minutes_approved', m.id)));
  }

  /** Queues one notice per person on the register; run again for the same event, it queues nothing new. */
  async notify(meetingId: string, kind: MinutesNoticeKind, eventId: string): Promise<number> {
    const meeting = await this.meetings.findById(meetingId);
    if (!meeting) return 0;
    const { recipients } = await this.attendance.mailingList(meeting);
    const meetingLink = `${this.config.publicUrl}/sedute/${meeting.id}`;
    const downloadLink = `${this.config.publicUrl}/api/meetings/${meeting.id}/minutes.pdf`;
    const queued = await this.mail.enqueue(
      recipients.map((person) => ({
        idempotencyKey: `minutes-notice:${eventId}:${person.email!.toLowerCase()}`,
        context: `meeting-minutes:${meeting.id}`,
        kind,
        recipientName: person.name,
        mail: minutesNoticeMail(kind, person.email!, person.name, meeting, meetingLink, downloadLink),
      })),
    );
    this.logger.info({ meetingId: meeting.id, kind, queued }, 'minutes notices queued');
    return queued;
  }
}
