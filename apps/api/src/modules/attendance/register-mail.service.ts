import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/config';
import { LOGGER } from '../../core/logging/logging.module';
import { MailService } from '../../core/mail/mail.service';
import { MeetingEvents } from '../meeting';
import type { MeetingEntity } from '../meeting';
import { AttendanceService } from './attendance.service';
import { minutesNoticeMail, type MinutesNoticeKind } from './meeting-mail';

/** Tells everyone on the register when the minutes open for review and when they are approved. */
@Injectable()
export class RegisterMailService implements OnModuleInit {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly events: MeetingEvents,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit() {
    this.events.on('review_started', (m) => this.notify(m, 'review_started'));
    this.events.on('approve_minutes', (m) => this.notify(m, 'minutes_approved'));
  }

  async notify(meeting: MeetingEntity, kind: MinutesNoticeKind): Promise<number> {
    const { recipients } = await this.attendance.mailingList(meeting);
    const meetingLink = `${this.config.publicUrl}/sedute/${meeting.id}`;
    const downloadLink = `${this.config.publicUrl}/api/meetings/${meeting.id}/minutes.pdf`;
    let sent = 0;
    for (const person of recipients) {
      try {
        await this.mail.send(minutesNoticeMail(kind, person.email!, person.name, meeting, meetingLink, downloadLink));
        sent++;
      } catch (err) {
        // One unreachable mailbox must not keep the others from hearing that the minutes moved on.
        this.logger.error({ err, meetingId: meeting.id, kind }, 'minutes notice mail failed');
      }
    }
    this.logger.info({ meetingId: meeting.id, kind, sent }, 'minutes notices sent');
    return sent;
  }
}
