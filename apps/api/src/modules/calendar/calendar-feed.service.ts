import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import { hashToken, newSecretToken } from '../../core/identity/secret-token';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/config';
import { AppError } from '../../core/errors/app-error';
import { MeetingService } from '../meeting';
import { CalendarFeedEntity } from './calendar-feed.entity';
import { renderCalendar } from './ics';
import { meetingEvent } from './meeting-calendar';

const FEED_WINDOW_DAYS = 400;

/** A personal calendar feed: the meetings of every space the account may see, behind a secret URL. */
@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectRepository(CalendarFeedEntity) private readonly feeds: Repository<CalendarFeedEntity>,
    private readonly meetings: MeetingService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async status(actor: Actor): Promise<{ active: boolean; createdAt: string | null }> {
    const feed = await this.feeds.findOneBy({ userId: actor.user.id });
    return { active: !!feed, createdAt: feed?.createdAt.toISOString() ?? null };
  }

  /** A new secret each time: the URL is shown once, and the previous one stops working. */
  async regenerate(actor: Actor): Promise<{ active: boolean; createdAt: string | null; url: string }> {
    const token = newSecretToken();
    await this.feeds.upsert({ userId: actor.user.id, tokenHash: hashToken(token) }, ['userId']);
    return { ...(await this.status(actor)), url: `${this.config.publicUrl}/api/calendar/${token}.ics` };
  }

  async revoke(actor: Actor): Promise<void> {
    await this.feeds.delete({ userId: actor.user.id });
  }

  async render(token: string): Promise<string> {
    const feed = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await this.feeds.findOne({ where: { tokenHash: hashToken(token) }, relations: { user: true } }) : null;
    if (!feed?.user || feed.user.disabledAt) throw AppError.notFound('Calendar');
    const actor: Actor = { user: feed.user, sessionId: null };
    const from = new Date(Date.now() - FEED_WINDOW_DAYS * 86_400_000);
    const meetings = (await this.meetings.list(actor, { from })).filter((m) => m.status !== 'draft');
    return renderCalendar({ name: 'Cantiere – sedute', events: meetings.map((m) => meetingEvent(m, this.config.publicUrl, m.convocationNote ?? '')) });
  }
}
