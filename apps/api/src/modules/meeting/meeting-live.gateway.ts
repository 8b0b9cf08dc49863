import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import type { Namespace, Socket } from 'socket.io';
import { z } from 'zod';
import { ACCESS_CHANGE_MESSAGES, MEETING_LIVE_CLIENT_EVENTS, MEETING_LIVE_NAMESPACE, MEETING_LIVE_SERVER_EVENTS } from '@cantiere/collab';
import type { AccessChangeReason, MeetingChanged, MeetingChangePart, MeetingClosed, MeetingWatchAck } from '@cantiere/collab';
import { AccessEvents, concerns } from '../../core/access/access-events';
import type { Actor } from '../../core/auth/actor';
import { IdentityService } from '../../core/identity/identity.service';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/config';
import { AppError } from '../../core/errors/app-error';
import { LOGGER } from '../../core/logging/logging.module';
import { RealtimeServer } from '../../core/realtime/realtime.server';
import { MeetingAccessService } from './meeting-access.service';

const watchSchema = z.object({ meetingId: z.uuid() });
const ROOM_PREFIX = 'meeting:';
const room = (meetingId: string) => `${ROOM_PREFIX}${meetingId}`;

/**
 * Everyone in a meeting follows it live: run mode (current item, timer), attendance and agenda changes
 * are announced on `/meeting-live` and clients refetch the part that changed. Rooms go through the
 * socket.io adapter, so with REDIS_URL the announcement reaches every instance.
 */
@Injectable()
export class MeetingLiveGateway implements OnApplicationBootstrap, OnApplicationShutdown {
  private ns?: Namespace;
  private sweepTimer?: NodeJS.Timeout;

  constructor(
    private readonly realtime: RealtimeServer,
    private readonly meetingAccess: MeetingAccessService,
    private readonly identity: IdentityService,
    private readonly accessEvents: AccessEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationShutdown() {
    clearInterval(this.sweepTimer);
  }

  onApplicationBootstrap() {
    this.ns = this.realtime.namespace(MEETING_LIVE_NAMESPACE, (socket, actor) => {
      socket.data.actor = actor;
    });
    this.ns.on('connection', (socket) => this.onConnection(socket));
    // Rights are those of now: a watcher who loses access to a meeting stops receiving it (see CollabSocketRights).
    this.accessEvents.subscribe(async (change) => {
      const concerned = [...(this.ns?.sockets.values() ?? [])].filter((s) => s.data.actor && concerns(change.subject, s.data.actor as Actor));
      await Promise.all(concerned.map((s) => this.judge(s, change.reason)));
    });
    this.sweepTimer = setInterval(
      () => void Promise.all([...(this.ns?.sockets.values() ?? [])].map((s) => this.judge(s, 'rights_changed'))),
      this.config.socketRecheckMs,
    );
    this.sweepTimer.unref();
  }

  /** Re-checks a watcher's credential and each meeting it watches; what it may no longer see it stops receiving. */
  private async judge(socket: Socket, reason: AccessChangeReason) {
    const actor = socket.data.actor as Actor;
    try {
      const end = await this.identity.recheck(actor);
      for (const name of [...socket.rooms].filter((r) => r.startsWith(ROOM_PREFIX))) {
        const meetingId = name.slice(ROOM_PREFIX.length);
        if (!end && (await this.stillVisible(actor, meetingId))) continue;
        await socket.leave(name);
        const why = end && reason !== 'account_disabled' && reason !== 'person_erased' ? end : reason;
        const closed: MeetingClosed = {
          meetingId,
          code: 'access_revoked',
          message: `${ACCESS_CHANGE_MESSAGES[why]}: you may no longer follow this meeting`,
          reason: why,
        };
        socket.emit(MEETING_LIVE_SERVER_EVENTS.closed, closed);
      }
      if (end) socket.disconnect(true);
    } catch (err) {
      this.logger.error({ err }, 'meeting watcher re-check failed');
    }
  }

  private async stillVisible(actor: Actor, meetingId: string): Promise<boolean> {
    try {
      await this.meetingAccess.view(actor, meetingId);
      return true;
    } catch (err) {
      if (err instanceof AppError && err.code === 'not_found') return false;
      throw err;
    }
  }

  changed(meetingId: string, part: MeetingChangePart, run?: MeetingChanged['run']) {
    const payload: MeetingChanged = { meetingId, part, ...(run ? { run } : {}) };
    this.ns?.to(room(meetingId)).emit(MEETING_LIVE_SERVER_EVENTS.changed, payload);
  }

  private onConnection(socket: Socket) {
    const actor = socket.data.actor as Actor;
    socket.on(MEETING_LIVE_CLIENT_EVENTS.watch, (payload: unknown, ack: unknown) => {
      const reply = typeof ack === 'function' ? (ack as (r: MeetingWatchAck) => void) : () => undefined;
      const parsed = watchSchema.safeParse(payload);
      if (!parsed.success) return reply({ ok: false, error: { code: 'invalid', message: 'Expected { meetingId }' } });
      this.meetingAccess.view(actor, parsed.data.meetingId).then(
        async () => {
          await socket.join(room(parsed.data.meetingId));
          reply({ ok: true });
        },
        (err: unknown) => {
          if (!(err instanceof Error) || !('status' in err)) this.logger.error({ err }, 'meeting watch failed');
          reply({ ok: false, error: { code: 'not_found', message: 'No such meeting' } });
        },
      );
    });
    socket.on(MEETING_LIVE_CLIENT_EVENTS.unwatch, (payload: unknown) => {
      const parsed = watchSchema.safeParse(payload);
      if (parsed.success) void socket.leave(room(parsed.data.meetingId));
    });
  }
}
