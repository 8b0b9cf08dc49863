import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { ApiErrors, ApiZodResponse } from '../../core/openapi/api-docs.decorators';
import { CalendarFeedService } from './calendar-feed.service';

/** The account's personal calendar feed URL: see whether one is active, make a new one, or revoke it. */
@ApiTags('account')
@Controller('account/calendar-feed')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get()
  @ApiOperation({ summary: 'Get the status of my calendar feed' })
  @ApiZodResponse(200, 'Whether a feed URL is active', z.object({ active: z.boolean(), createdAt: z.string().nullable() }))
  @ApiErrors(401)
  status(@CurrentActor() actor: Actor) {
    return this.feeds.status(actor);
  }

  @Post()
  @ApiOperation({ summary: 'Create a new calendar feed URL' })
  @HttpCode(200)
  @ApiZodResponse(200, 'A new secret feed URL, shown once; the previous URL stops working', z.object({ url: z.string() }))
  @ApiErrors(401)
  regenerate(@CurrentActor() actor: Actor) {
    return this.feeds.regenerate(actor);
  }

  @Delete()
  @ApiOperation({ summary: 'Revoke my calendar feed URL' })
  @HttpCode(204)
  @ApiZodResponse(204, 'The feed URL no longer works')
  @ApiErrors(401)
  async revoke(@CurrentActor() actor: Actor) {
    await this.feeds.revoke(actor);
  }
}
