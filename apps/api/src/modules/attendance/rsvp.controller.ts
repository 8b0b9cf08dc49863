import { Body, Controller, Get, Param, Put, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { rsvpInputSchema, rsvpViewSchema } from '@cantiere/domain';
import type { RsvpInput } from '@cantiere/domain';
import { Public } from '../../core/auth/public.decorator';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../../core/openapi/api-docs.decorators';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { CalendarFeedService } from '../calendar';
import { ConvocationService } from './convocation.service';

const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'invalid_token');
const feedFileSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}\.ics$/, 'invalid_token');

/** What works from a link without logging in: the answer to a convocation, and the personal calendar feed. */
@ApiTags('meetings')
@Public()
@Controller()
export class RsvpController {
  constructor(
    private readonly convocation: ConvocationService,
    private readonly feeds: CalendarFeedService,
  ) {}

  @Get('rsvp/:token')
  @ApiOperation({ summary: 'Get the meeting behind an RSVP link' })
  @ApiZodResponse(200, 'The meeting and the current answer behind a personal RSVP link', rsvpViewSchema)
  @ApiErrors(400, 404)
  view(@Param('token', new ZodValidationPipe(tokenSchema)) token: string) {
    return this.convocation.rsvpView(token);
  }

  @Put('rsvp/:token')
  @ApiOperation({ summary: 'Answer a convocation from an RSVP link' })
  @ApiZodBody(rsvpInputSchema)
  @ApiZodResponse(200, 'Answer recorded', rsvpViewSchema)
  @ApiErrors(400, 404, 409)
  answer(@Param('token', new ZodValidationPipe(tokenSchema)) token: string, @Body(new ZodValidationPipe(rsvpInputSchema)) body: RsvpInput) {
    return this.convocation.rsvpByToken(token, body);
  }

  @Get('calendar/:file')
  @ApiOperation({ summary: 'Download a personal calendar feed' })
  @ApiZodResponse(200, 'Personal calendar feed (subscribe from a calendar program)')
  @ApiErrors(400, 404)
  async feed(@Param('file', new ZodValidationPipe(feedFileSchema)) file: string, @Res({ passthrough: true }) res: Response) {
    const body = await this.feeds.render(file.slice(0, -4));
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Cache-Control', 'private, max-age=300');
    return body;
  }
}
