import { Injectable } from '@nestjs/common';
import type {
  Follow,
  FollowInput,
  NotificationPage,
  NotificationPreferences,
  NotificationPreferencesInput,
  NotificationQuery,
  Unsubscribe,
} from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { hashToken } from '../../core/identity/secret-token';
import { NotificationLiveGateway } from './notification-live.gateway';
import { NotificationKinds } from './notification-kinds';
import { languageOf, toNotification } from './notification.mapper';
import { NotificationRepository } from './notification.repository';

/** What a person does with their own notifications: read them, choose how to hear of each kind, follow subjects. */
@Injectable()
export class NotificationService {
  constructor(
    private readonly rows: NotificationRepository,
    private readonly kinds: NotificationKinds,
    private readonly live: NotificationLiveGateway,
  ) {}

  async list(actor: Actor, query: NotificationQuery): Promise<NotificationPage> {
    const { items, total } = await this.rows.page(actor.user.id, query.unread === 'true', query.page, query.pageSize);
    const lang = languageOf(actor.user.locale);
    return { items: items.map((n) => toNotification(n, this.kinds.get(n.kind), lang)), total, page: query.page, pageSize: query.pageSize };
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.rows.unreadCount(actor.user.id);
  }

  async markRead(actor: Actor, id: string): Promise<void> {
    if (!(await this.rows.markRead(actor.user.id, id))) throw AppError.notFound('Notification');
    await this.announceUnread(actor.user.id);
  }

  async markAllRead(actor: Actor): Promise<void> {
    await this.rows.markAllRead(actor.user.id);
    await this.announceUnread(actor.user.id);
  }

  /** Every registered kind with the caller's channel (or the kind's default), and the digest hour. */
  async preferences(actor: Actor): Promise<NotificationPreferences> {
    const { digestHour, channels } = await this.rows.preferencesOf(actor.user.id);
    const lang = languageOf(actor.user.locale);
    return {
      digestHour,
      kinds: this.kinds.all().map((k) => ({ kind: k.kind, label: k.label[lang], channel: channels.get(k.kind) ?? k.defaultChannel })),
    };
  }

  async updatePreferences(actor: Actor, input: NotificationPreferencesInput): Promise<NotificationPreferences> {
    const unknown = (input.kinds ?? []).flatMap((k, i) => (this.kinds.get(k.kind) ? [] : [{ path: `kinds.${i}.kind`, message: 'unknown_value' }]));
    if (unknown.length) throw AppError.validation(unknown);
    if (input.digestHour !== undefined) await this.rows.setDigestHour(actor.user.id, input.digestHour);
    for (const k of input.kinds ?? []) await this.rows.setChannel(actor.user.id, k.kind, k.channel);
    return this.preferences(actor);
  }

  /** Follows or unfollows a subject the caller may read; one they may not read reads as not found. */
  async follow(actor: Actor, input: FollowInput): Promise<Follow> {
    const reader = this.kinds.reader(input.subjectType);
    if (!reader || !(await reader(actor, input.subjectId))) throw AppError.notFound('Subject');
    await this.rows.setFollow(actor.user.id, input.subjectType, input.subjectId, input.following);
    return { subjectType: input.subjectType, subjectId: input.subjectId, following: input.following };
  }

  async unsubscribeView(token: string): Promise<Unsubscribe> {
    const link = await this.rows.findUnsubscribe(hashToken(token));
    if (!link) throw AppError.notFound('Unsubscribe link');
    return { kind: link.kind, label: this.kinds.get(link.kind)?.label.it ?? link.kind, done: link.usedAt !== null };
  }

  /** One click turns the kind's mail off; the link works once. */
  async unsubscribe(token: string): Promise<Unsubscribe> {
    const view = await this.unsubscribeView(token);
    if (view.done || !(await this.rows.useUnsubscribe(hashToken(token)))) throw new AppError('conflict', 'This link has already been used');
    return { ...view, done: true };
  }

  private async announceUnread(userId: string) {
    this.live.unread(userId, { unread: await this.rows.unreadCount(userId) });
  }
}
