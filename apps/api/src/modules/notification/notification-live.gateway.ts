import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Namespace } from 'socket.io';
import { NOTIFICATIONS_NAMESPACE, NOTIFICATIONS_SERVER_EVENTS } from '@cantiere/collab';
import type { NotificationCreated, NotificationUnread } from '@cantiere/collab';
import type { Actor } from '../../core/auth/actor';
import { RealtimeServer } from '../../core/realtime/realtime.server';

const room = (userId: string) => `user:${userId}`;

/**
 * `/notifications`: each signed-in socket joins its account's room and hears of new notifications and of the unread
 * count. Rooms go through the socket.io adapter, so a notification stored by a job on one instance reaches a socket
 * open on another. Nothing is received from clients.
 */
@Injectable()
export class NotificationLiveGateway implements OnApplicationBootstrap {
  private ns?: Namespace;

  constructor(private readonly realtime: RealtimeServer) {}

  onApplicationBootstrap() {
    this.ns = this.realtime.namespace(NOTIFICATIONS_NAMESPACE, (socket, actor: Actor) => {
      socket.data.userId = actor.user.id;
    });
    this.ns.on('connection', (socket) => void socket.join(room(socket.data.userId as string)));
  }

  created(userId: string, payload: NotificationCreated) {
    this.ns?.to(room(userId)).emit(NOTIFICATIONS_SERVER_EVENTS.created, payload);
  }

  unread(userId: string, payload: NotificationUnread) {
    this.ns?.to(room(userId)).emit(NOTIFICATIONS_SERVER_EVENTS.unread, payload);
  }
}
