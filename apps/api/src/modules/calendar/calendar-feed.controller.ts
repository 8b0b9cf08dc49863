import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { calendarFeedRoutes } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { Route } from '../../core/openapi/route.decorator';
import { CalendarFeedService } from './calendar-feed.service';

/** The account's personal calendar feed URL: see whether one is active, make a new one, or revoke it. */
@ApiTags('account')
@Controller()
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Route(calendarFeedRoutes.status)
  async status(@CurrentActor() actor: Actor) {
    return { feed: await this.feeds.status(actor) };
  }

  @Route(calendarFeedRoutes.regenerate)
  async regenerate(@CurrentActor() actor: Actor) {
    return { feed: await this.feeds.regenerate(actor) };
  }

  @Route(calendarFeedRoutes.revoke)
  async revoke(@CurrentActor() actor: Actor) {
    await this.feeds.revoke(actor);
  }
}
