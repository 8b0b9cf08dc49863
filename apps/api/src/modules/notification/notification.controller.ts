import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { followInputSchema, notificationPreferencesInputSchema, notificationQuerySchema, notificationRoutes } from '@cantiere/domain';
import type { FollowInput, NotificationPreferencesInput, NotificationQuery } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { Route } from '../../core/openapi/route.decorator';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { NotificationService } from './notification.service';

const notificationPipe = new UuidParamPipe('Notification');
const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'invalid_token');

/** The caller's notification centre, preferences and follows; the one-click unsubscribe works without logging in. */
@ApiTags('notifications')
@Controller()
export class NotificationController {
  constructor(private readonly notifications: NotificationService) {}

  @Route(notificationRoutes.list)
  list(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(notificationQuerySchema)) query: NotificationQuery) {
    return this.notifications.list(actor, query);
  }

  @Route(notificationRoutes.unreadCount)
  async unreadCount(@CurrentActor() actor: Actor) {
    return { unread: await this.notifications.unreadCount(actor) };
  }

  @Route(notificationRoutes.markRead)
  markRead(@CurrentActor() actor: Actor, @Param('id', notificationPipe) id: string) {
    return this.notifications.markRead(actor, id);
  }

  @Route(notificationRoutes.markAllRead)
  markAllRead(@CurrentActor() actor: Actor) {
    return this.notifications.markAllRead(actor);
  }

  @Route(notificationRoutes.preferences)
  async preferences(@CurrentActor() actor: Actor) {
    return { preferences: await this.notifications.preferences(actor) };
  }

  @Route(notificationRoutes.updatePreferences)
  async updatePreferences(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(notificationPreferencesInputSchema)) body: NotificationPreferencesInput) {
    return { preferences: await this.notifications.updatePreferences(actor, body) };
  }

  @Route(notificationRoutes.follow)
  async follow(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(followInputSchema)) body: FollowInput) {
    return { follow: await this.notifications.follow(actor, body) };
  }

  @Route(notificationRoutes.unsubscribeView)
  async unsubscribeView(@Param('token', new ZodValidationPipe(tokenSchema)) token: string) {
    return { unsubscribe: await this.notifications.unsubscribeView(token) };
  }

  @Route(notificationRoutes.unsubscribe)
  async unsubscribe(@Param('token', new ZodValidationPipe(tokenSchema)) token: string) {
    return { unsubscribe: await this.notifications.unsubscribe(token) };
  }
}
