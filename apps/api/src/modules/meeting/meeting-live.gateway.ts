import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import type { Namespace, Socket } from 'socket.io';
import { z } from 'zod';
import { MEETING_LIVE_CLIENT_EVENTS, MEETING_LIVE_NAMESPACE, MEETING_LIVE_SERVER_EVENTS } from '@cantiere/collab';
import type { MeetingChanged, MeetingChangePart, MeetingWatchAck } from '@cantiere/collab';
import { CollabGateway } from '../../collab/collab.gateway';
import type { Actor } from '../../core/auth/actor';
import { LOGGER } from '../../core/logging/logging.module';
import { MeetingAccessService } from './meeting-access.service';

const watchSchema = z.object({ meetingId: z.uuid() });
const room = (meetingId: string) => `meeting:${meetingId}`;

/**
 * Everyone in a meeting follows it live: run mode (current item, timer), attendance and agenda changes
 * are announced on `/meeting-live` and clients refetch the part that changed. Rooms go through the
 * socket.io adapter, so with REDIS_URL the announcement reaches every instance.
 */
@Injectable()
export class MeetingLiveGateway implements OnApplicationBootstrap {
  private ns?: Namespace;

  constructor(
    private readonly collab: CollabGateway,
    private readonly meetingAccess: MeetingAccessService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap() {
    this.ns = this.collab.server().of(MEETING_LIVE_NAMESPACE);
    this.ns.use((socket, next) =>
      void this.collab.socketActor(socket).then(
        (actor) => {
          socket.data.actor = actor;
          next();
        },
        (err: Error) => next(err),
      ),
    );
    this.ns.on('connection', (socket) => this.onConnection(socket));
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
