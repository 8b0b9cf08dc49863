import { Body, Controller, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { rsvpInputSchema, rsvpRoutes } from '@cantiere/domain';
import type { RsvpInput } from '@cantiere/domain';
import { Route } from '../../core/openapi/route.decorator';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { CalendarFeedService } from '../calendar';
import { ConvocationService } from './convocation.service';

const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'invalid_token');
const feedFileSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}\.ics$/, 'invalid_token');

/** What works from a link without logging in: the answer to a convocation, and the personal calendar feed. */
@ApiTags('meetings')
@Controller()
export class RsvpController {
  constructor(
    private readonly convocation: ConvocationService,
    private readonly feeds: CalendarFeedService,
  ) {}

  @Route(rsvpRoutes.view)
  async view(@Param('token', new ZodValidationPipe(tokenSchema)) token: string) {
    return { rsvp: await this.convocation.rsvpView(token) };
  }

  @Route(rsvpRoutes.answer)
  async answer(@Param('token', new ZodValidationPipe(tokenSchema)) token: string, @Body(new ZodValidationPipe(rsvpInputSchema)) body: RsvpInput) {
    return { rsvp: await this.convocation.rsvpByToken(token, body) };
  }

  @Route(rsvpRoutes.feed)
  async feed(@Param('file', new ZodValidationPipe(feedFileSchema)) file: string, @Res({ passthrough: true }) res: Response) {
    const body = await this.feeds.render(file.slice(0, -4));
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Cache-Control', 'private, max-age=300');
    return body;
  }
}
