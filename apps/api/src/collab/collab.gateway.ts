import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import type { Namespace, Socket } from 'socket.io';
import { applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  CLIENT_EVENTS,
  COLLAB_NAMESPACE,
  SERVER_EVENTS,
  awarenessPayloadSchema,
  joinPayloadSchema,
  leavePayloadSchema,
  updatePayloadSchema,
} from '@cantiere/collab';
import type { AccessChangeReason, JoinAck, SimpleAck, UpdateAck } from '@cantiere/collab';
import type { ZodType } from 'zod';
import type { Actor } from '../core/auth/actor';
import { APP_CONFIG } from '../core/config/config.module';
import type { AppConfig } from '../core/config/config';
import { LOGGER } from '../core/logging/logging.module';
import { RealtimeServer } from '../core/realtime/realtime.server';
import { CollabAccess } from './collab-access';
import { CollabError, failure } from './collab-failure';
import { CollabFanout } from './collab-fanout';
import { CollabSequencer } from './collab-sequencer';
import { CollabSocketRights } from './collab-socket-rights';
import type { SocketState } from './collab-socket-state';
import { CollabStore } from './collab-store';
import { DocumentFrozenError } from './document-frozen-error';
import { DocumentKinds } from './document-kinds';
import { DocumentRegistry } from './document-registry';
import type { LiveDocument } from './live-document';
import { withServerIdentity } from './presence-identity';
import { GarbageCounter, RateBucket } from './socket-limits';
import { emitToRoom } from './room-emitter';
import { isWellFormedAwarenessUpdate, isWellFormedStateVector } from './wire-decoding';

/**
 * The socket.io side of the collaboration protocol (docs/collab-protocol.md) on namespace /collab. Handlers are thin: validate the payload
 * (zod), check membership of the document, then hand over to the live document and the registry.
 */
@Injectable()
export class CollabGateway implements OnApplicationBootstrap {
  private ns?: Namespace;

  constructor(
    private readonly realtime: RealtimeServer,
    private readonly registry: DocumentRegistry,
    private readonly access: CollabAccess,
    private readonly fanout: CollabFanout,
    private readonly store: CollabStore,
    private readonly rights: CollabSocketRights,
    private readonly sequencer: CollabSequencer,
    private readonly kinds: DocumentKinds,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap() {
    this.ns = this.realtime.namespace(COLLAB_NAMESPACE, (socket, actor) => this.authenticated(socket, actor));
    this.realtime.beforeClose(() => this.goodbye());
    this.ns.on('connection', (socket) => this.onConnection(socket));
    this.sequencer.attach((docId, event, payload, exceptSocketId) => this.emitLocal(docId, event, payload, exceptSocketId));
    // Another instance froze a document (its status moves on next) or changed who may do what in it.
    this.fanout.onAccessChange((docId, freeze, reason) => (freeze ? this.freezeWriters(docId) : void this.rights.refreshDocument(docId, reason)));
    this.rights.attach({ namespace: () => this.ns, leave: (socket, state, docId) => this.leave(socket, state, docId) });
  }

  /**
   * Tells every client that the server is going, after the last pending write has committed. It goes by each socket's
   * own list of documents, not by the documents still loaded: the registry may have unloaded them already.
   */
  private async goodbye() {
    if (!this.ns) return;
    await Promise.all(this.registry.all().map((d) => d.drained()));
    for (const socket of this.ns.sockets.values()) {
      const state = socket.data.state as SocketState | undefined;
      for (const docId of state?.docs ?? []) socket.emit(SERVER_EVENTS.closed, { docId, code: 'shutdown', message: 'The server is restarting' });
    }
    this.ns.local.disconnectSockets(true);
  }

  /** Emits to this instance's sockets in a document's room only; other instances fan out themselves. */
  emitLocal(docId: string, event: string, payload: unknown, exceptSocketId?: string) {
    emitToRoom(this.ns!, docId, event, payload, exceptSocketId);
  }

  private authenticated(socket: Socket, actor: Actor) {
    const state: SocketState = {
      actor,
      rate: new RateBucket(this.config.collabRateLimit),
      garbage: new GarbageCounter(),
      docs: new Set(),
      revoked: new Map(),
      ended: null,
      rechecks: Promise.resolve(),
    };
    socket.data.state = state;
  }

  private onConnection(socket: Socket) {
    const state = socket.data.state as SocketState;
    this.handle(socket, state, CLIENT_EVENTS.join, joinPayloadSchema, (p) => this.join(socket, state, p));
    this.handle(socket, state, CLIENT_EVENTS.update, updatePayloadSchema, (p, answer) => this.update(socket, state, p, answer));
    this.handle(socket, state, CLIENT_EVENTS.leave, leavePayloadSchema, async (p) => {
      await this.leave(socket, state, p.docId);
      return { ok: true } as SimpleAck;
    });
    this.handle(socket, state, CLIENT_EVENTS.awareness, awarenessPayloadSchema, async (p) => this.awareness(socket, state, p));
    socket.on('disconnect', () => {
      for (const docId of [...state.docs]) void this.leave(socket, state, docId);
    });
  }

  /**
   * Validates the payload at run time and always answers through the ack; nothing thrown escapes. `work` may answer
   * early through its second argument (the one answer given is the first).
   */
  private handle<T>(
    socket: Socket,
    state: SocketState,
    event: string,
    schema: ZodType<T>,
    work: (payload: T, answer: (ack: UpdateAck) => void) => Promise<JoinAck | UpdateAck | SimpleAck>,
  ) {
    socket.on(event, (payload: unknown, ack: unknown) => {
      let answered = false;
      const reply = (r: unknown) => {
        if (answered || typeof ack !== 'function') return;
        answered = true;
        (ack as (r: unknown) => void)(r);
      };
      const parsed = schema.safeParse(payload);
      if (!parsed.success || typeof ack !== 'function') {
        reply(failure('invalid', `Malformed ${event} payload`));
        if (state.garbage.strike()) socket.disconnect(true);
        return;
      }
      // The socket's session or token ended: nothing more is done for it, whatever it asks.
      if (state.ended) return reply(failure('forbidden', 'This connection is no longer authorised'));
      work(parsed.data, reply).then(reply, (err: unknown) => {
        if (err instanceof CollabError) {
          if (err.code === 'invalid_update' || err.code === 'invalid') if (state.garbage.strike()) socket.disconnect(true);
          return reply(failure(err.code, err.message));
        }
        this.logger.error({ err, event }, 'collab handler failed');
        reply(failure('invalid', 'The server could not process this event'));
      });
    });
  }

  private async join(socket: Socket, state: SocketState, p: { docId: string; stateVector: Uint8Array }): Promise<JoinAck> {
    const decision = await this.access.decide(state.actor, p.docId);
    if (decision === 'not_found') throw new CollabError('not_found', 'No such document');
    if (decision === 'forbidden') throw new CollabError('forbidden', 'You may not open this document');
    const doc = await this.registry.get(p.docId);
    if (p.stateVector.length && !isWellFormedStateVector(p.stateVector)) throw new CollabError('invalid', 'The state vector does not decode');
    const missing = Y.encodeStateAsUpdate(doc.ydoc, p.stateVector.length ? p.stateVector : undefined);
    await socket.join(p.docId);
    // The socket may have gone while the document loaded: registering it now would leave a ghost participant.
    if (socket.disconnected) throw new CollabError('not_joined', 'Disconnected while joining');
    state.revoked.delete(p.docId);
    const previous = doc.participants.get(socket.id);
    doc.participants.set(socket.id, { access: decision, clientIds: previous?.clientIds ?? new Set() });
    state.docs.add(p.docId);
    doc.lastActivity = Date.now();
    const others = [...doc.awareness.getStates().keys()];
    if (others.length) socket.emit(SERVER_EVENTS.awareness, { docId: p.docId, update: encodeAwarenessUpdate(doc.awareness, others) });
    return { ok: true, access: decision, update: missing, stateVector: Y.encodeStateVector(doc.ydoc), seq: doc.seq };
  }

  private async update(
    socket: Socket,
    state: SocketState,
    p: { docId: string; msgId: string; update: Uint8Array },
    answer: (ack: UpdateAck) => void,
  ): Promise<UpdateAck> {
    const doc = this.registry.loaded(p.docId);
    const participant = doc?.participants.get(socket.id);
    if (!doc || !participant) throw this.notJoined(state, p.docId);
    if (participant.access !== 'write') throw new CollabError('read_only', 'You can read this document but not change it');
    if (p.update.byteLength > this.config.collabMaxUpdateBytes)
      throw new CollabError('too_large', `Updates are limited to ${this.config.collabMaxUpdateBytes} bytes`);
    if (!state.rate.take()) throw new CollabError('rate_limited', 'Too many updates; slow down');
    // Judged before it touches the live copy: Yjs cannot take half of an update back.
    const shapeProblem = this.kinds.shapeProblem(p.docId, doc.ydoc, p.update);
    if (shapeProblem) throw new CollabError('invalid_update', `The update breaks the shape of this document: ${shapeProblem}`);
    if (!doc.tryApply(p.update, socket.id)) throw new CollabError('invalid_update', 'The update does not decode or apply');
    let seq: number;
    try {
      seq = await doc.write({ msgId: p.msgId, author: state.actor.user.id, update: p.update });
    } catch (err) {
      if (err instanceof DocumentFrozenError) {
        // The copy is stale now, so no longer `loaded`: its writers are stopped through it directly.
        this.stopWriters(doc);
        throw new CollabError('read_only', 'This document is final and can no longer be changed');
      }
      this.logger.error({ err, docId: p.docId }, 'collab commit failed');
      throw new CollabError('rate_limited', 'The update could not be saved; send it again');
    }
    // The ack waits for the fan-out of every earlier seq: a client that hears of seq N in its ack has then already
    // received every update before N, and takes no hole for a gap (which would make it re-join). It goes before the
    // fan-out of N itself, which its writer does not receive: the writer learns sooner that its edit is saved.
    const ack: UpdateAck = { ok: true, seq };
    await this.sequencer.sequence(doc, () => this.sequencer.afterLocalCommit(doc, seq, p.update, socket.id, state.actor.user.id, () => answer(ack)));
    return ack;
  }

  private async awareness(socket: Socket, state: SocketState, p: { docId: string; update: Uint8Array }): Promise<SimpleAck> {
    const doc = this.registry.loaded(p.docId);
    const participant = doc?.participants.get(socket.id);
    if (!doc || !participant) throw this.notJoined(state, p.docId);
    if (!isWellFormedAwarenessUpdate(p.update)) throw new CollabError('invalid', 'The awareness update does not decode');
    // Presence names whom the server knows this socket to be; states of another connection's clients are refused.
    const foreign = (clientId: number) => [...doc.participants].some(([id, other]) => id !== socket.id && other.clientIds.has(clientId));
    const update = withServerIdentity(p.update, await this.rights.presenceIdentity(state), foreign);
    if (!update) throw new CollabError('invalid', 'The awareness update speaks for another connection');
    const before = new Set(doc.awareness.getStates().keys());
    try {
      applyAwarenessUpdate(doc.awareness, update, socket.id);
    } catch {
      throw new CollabError('invalid', 'The awareness update does not decode');
    }
    for (const id of doc.awareness.getStates().keys()) if (!before.has(id)) participant.clientIds.add(id);
    this.emitLocal(p.docId, SERVER_EVENTS.awareness, { docId: p.docId, update }, socket.id);
    this.fanout.publishAwareness(p.docId, update);
    return { ok: true };
  }

  /** Leaving (or disconnecting) removes the socket's presence for everyone; awareness is never persisted. */
  private async leave(socket: Socket, state: SocketState, docId: string) {
    state.docs.delete(docId);
    await socket.leave(docId);
    const doc = this.registry.loaded(docId);
    const participant = doc?.participants.get(socket.id);
    if (!doc || !participant) return;
    doc.participants.delete(socket.id);
    doc.lastActivity = Date.now();
    const ids = [...participant.clientIds].filter((id) => doc.awareness.getStates().has(id));
    if (ids.length) {
      removeAwarenessStates(doc.awareness, ids, 'leave');
      // Encoded after removal: null states with bumped clocks, which every client applies as "gone".
      const removal = encodeAwarenessUpdate(doc.awareness, ids);
      this.emitLocal(docId, SERVER_EVENTS.awareness, { docId, update: removal });
      this.fanout.publishAwareness(docId, removal);
    }
  }

  /** Stops this instance's writers of a document at once (before it is frozen); they keep reading. */
  freezeWriters(docId: string) {
    const doc = this.registry.loaded(docId);
    if (doc) this.stopWriters(doc);
  }

  /**
   * Writers become readers at once, before the freeze; they are told (`doc:access`, `document_final`) when the
   * workflow that froze the document asks for its access again, once the document's new status is stored.
   */
  private stopWriters(doc: LiveDocument) {
    for (const participant of doc.participants.values()) {
      if (participant.access === 'read') continue;
      participant.access = 'read';
      participant.loweredByFreeze = true;
    }
  }

  /**
   * Makes a document final on every instance: writers stop here and, through the fan-out channel, elsewhere; the
   * document row refuses any later commit, whichever instance sends it. Resolves with this instance's copy holding
   * every update committed before, those of other instances included.
   */
  async freeze(docId: string): Promise<LiveDocument> {
    this.freezeWriters(docId);
    this.fanout.publishAccessChange(docId, true);
    await this.store.freeze(docId);
    let doc = await this.registry.get(docId);
    // A local write refused by the freeze leaves the copy stale: it is then read again from the log.
    await doc.drained();
    if (doc.stale) doc = await this.registry.get(docId);
    await this.sequencer.sequence(doc, async () => {
      for (const row of await this.registry.catchUp(doc)) this.emitLocal(docId, SERVER_EVENTS.update, { docId, seq: row.seq, update: row.update });
    });
    return doc;
  }

  /** Undoes `freeze` when what was to follow it failed: commits are taken again and writers get their rights back. */
  async thaw(docId: string) {
    await this.store.thaw(docId);
    await this.refreshAccess(docId);
  }

  /** Asks the access rules again for every socket in the document, on every instance, after a change of status that moves rights. */
  async refreshAccess(docId: string, reason: AccessChangeReason = 'rights_changed') {
    this.fanout.publishAccessChange(docId, false, reason);
    await this.rights.refreshDocument(docId, reason);
  }

  /** A socket closed out of a document is told `forbidden` there, not invited to join again. */
  private notJoined(state: SocketState, docId: string): CollabError {
    return state.revoked.has(docId)
      ? new CollabError('forbidden', 'You may no longer change this document')
      : new CollabError('not_joined', 'Join the document first');
  }

  /** Used by REST (version restore, accepted suggestion): a server-authored change everyone receives live; no change, no write. */
  async applyServerChange(docId: string, authorId: string, build: (doc: Y.Doc) => void): Promise<number> {
    const doc = await this.registry.get(docId);
    const before = Y.encodeStateVector(doc.ydoc);
    const changed = doc.ydoc.transact((tr) => {
      build(doc.ydoc);
      return tr.changed.size > 0 || tr.deleteSet.clients.size > 0;
    }, 'server');
    if (!changed) return doc.seq;
    const update = Y.encodeStateAsUpdate(doc.ydoc, before);
    const seq = await doc.write({ msgId: `server:${crypto.randomUUID()}`, author: authorId, update });
    await this.sequencer.sequence(doc, () => this.sequencer.afterLocalCommit(doc, seq, update, '', authorId));
    return seq;
  }
}
