import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import type { Namespace, Socket } from 'socket.io';
import { ACCESS_CHANGE_MESSAGES, SERVER_EVENTS } from '@cantiere/collab';
import type { AccessChangeReason, DocAccessChanged, DocClosed } from '@cantiere/collab';
import { AccessEvents, concerns } from '../core/access/access-events';
import type { AccessChange } from '../core/access/access-events';
import { AccessService } from '../core/access/access.service';
import { IdentityService } from '../core/identity/identity.service';
import { APP_CONFIG } from '../core/config/config.module';
import type { AppConfig } from '../core/config/config';
import { LOGGER } from '../core/logging/logging.module';
import { CollabAccess } from './collab-access';
import type { SocketState } from './collab-socket-state';
import { DocumentRegistry } from './document-registry';
import type { PresenceIdentity } from './presence-identity';

/** What the rights keeper needs from the gateway that owns the sockets. */
export interface SocketRightsHost {
  namespace(): Namespace | undefined;
  /** Takes the socket out of the document, its presence removed for everyone. */
  leave(socket: Socket, state: SocketState, docId: string): Promise<void>;
}

/**
 * Rights are those of now, not of the join. A socket's rights are judged again when the access of its person
 * (or its session, its token) changes, on this instance or, through the fan-out, on another, and every
 * `socketRecheckMs` in any case, since pub/sub may drop a message. A credential that ended closes every document of
 * the socket; rights gone close one (`doc:closed`, `access_revoked`); rights that changed without ending are told
 * with `doc:access`.
 */
@Injectable()
export class CollabSocketRights implements OnApplicationShutdown {
  private host?: SocketRightsHost;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly collabAccess: CollabAccess,
    private readonly access: AccessService,
    private readonly identity: IdentityService,
    private readonly registry: DocumentRegistry,
    private readonly events: AccessEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  attach(host: SocketRightsHost) {
    this.host = host;
    this.events.subscribe((change) => this.onChange(change));
    this.timer = setInterval(() => void this.sweep(), this.config.socketRecheckMs);
    this.timer.unref();
  }

  onApplicationShutdown() {
    clearInterval(this.timer);
  }

  /** The identity presence carries for this socket (the account's name and its person's organisation). */
  async presenceIdentity(state: SocketState): Promise<PresenceIdentity> {
    state.identity ??= { id: state.actor.user.id, name: state.actor.user.name, organisation: await this.access.organisationLabel(state.actor) };
    return state.identity;
  }

  /** Judges again every socket of this instance joined to the document (its status changed rights). */
  async refreshDocument(docId: string, reason: AccessChangeReason) {
    const doc = this.registry.loaded(docId);
    if (!doc) return;
    await Promise.all(
      [...doc.participants.keys()].map((socketId) => this.withSocket(socketId, (socket, state) => this.judgeDocument(socket, state, docId, reason))),
    );
  }

  private async onChange(change: AccessChange) {
    const ns = this.host?.namespace();
    if (!ns) return;
    const concerned = [...ns.sockets.values()].filter((s) => s.data.state && concerns(change.subject, (s.data.state as SocketState).actor));
    await Promise.all(concerned.map((socket) => this.withSocket(socket.id, (s, state) => this.judgeSocket(s, state, change.reason))));
  }

  /** The safety net: every socket re-checks its credential and rights; those ended at an earlier sweep go. */
  private async sweep() {
    const ns = this.host?.namespace();
    if (!ns) return;
    for (const socket of [...ns.sockets.values()]) {
      const state = socket.data.state as SocketState | undefined;
      if (!state) continue;
      if (state.ended) {
        socket.disconnect(true);
        continue;
      }
      await this.withSocket(socket.id, (s, st) => this.judgeSocket(s, st, 'rights_changed'));
    }
  }

  /** Runs `work` after the socket's earlier re-checks, if the socket is still here; failures are logged. */
  private withSocket(socketId: string, work: (socket: Socket, state: SocketState) => Promise<void>): Promise<void> {
    const socket = this.host?.namespace()?.sockets.get(socketId);
    const state = socket?.data.state as SocketState | undefined;
    if (!socket || !state) return Promise.resolve();
    state.rechecks = state.rechecks
      .then(() => (socket.connected && !state.ended ? work(socket, state) : undefined))
      .catch((err: unknown) => this.logger.error({ err, socketId }, 'collab socket re-check failed'));
    return state.rechecks;
  }

  private async judgeSocket(socket: Socket, state: SocketState, reason: AccessChangeReason) {
    const end = await this.identity.recheck(state.actor);
    if (end) {
      // A change told as the account's deactivation or erasure says so, rather than "session ended".
      state.ended = reason === 'account_disabled' || reason === 'person_erased' ? reason : end;
      for (const docId of [...state.docs]) await this.close(socket, state, docId, state.ended);
      return;
    }
    state.identity = undefined;
    for (const docId of [...state.docs]) await this.judgeDocument(socket, state, docId, reason);
  }

  private async judgeDocument(socket: Socket, state: SocketState, docId: string, reason: AccessChangeReason) {
    const participant = this.registry.loaded(docId)?.participants.get(socket.id);
    if (!participant) return;
    const decision = await this.collabAccess.decide(state.actor, docId);
    const finalUntold = participant.loweredByFreeze === true && decision === 'read';
    participant.loweredByFreeze = false;
    if (decision === 'read' || decision === 'write') {
      if (participant.access === decision && !finalUntold) return;
      participant.access = decision;
      const payload: DocAccessChanged = { docId, access: decision, reason: finalUntold ? 'document_final' : reason };
      socket.emit(SERVER_EVENTS.access, payload);
      return;
    }
    await this.close(socket, state, docId, reason);
  }

  private async close(socket: Socket, state: SocketState, docId: string, reason: AccessChangeReason) {
    await this.host!.leave(socket, state, docId);
    state.revoked.set(docId, reason);
    const payload: DocClosed = { docId, code: 'access_revoked', message: `${ACCESS_CHANGE_MESSAGES[reason]}: you may no longer open this document`, reason };
    socket.emit(SERVER_EVENTS.closed, payload);
  }
}
