import { io, Socket } from 'socket.io-client';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CLIENT_EVENTS, COLLAB_NAMESPACE, PROTOCOL_VERSION, SERVER_EVENTS } from './protocol';
import type {
  AccessChangeReason,
  CollabErrorCode,
  DocAccess,
  DocAccessChanged,
  DocClosed,
  JoinAck,
  ServerAwareness,
  ServerUpdate,
  UpdateAck,
} from './protocol';
import { SeqTracker } from './seq-tracker';

export interface CollabClientOptions {
  /** Base URL of the server, e.g. http://localhost:3000 (empty in a browser on the same origin). */
  url?: string;
  /** A personal API token (`auth.token`); without it the browser's session cookie is used. */
  token?: string;
  /** A Cookie header for Node clients that log in with a session. */
  cookie?: string;
  /** Milliseconds to wait for an acknowledgement before resending. */
  ackTimeoutMs?: number;
}

export type SessionStatus = 'connecting' | 'synced' | 'offline' | 'closed';

/** The server changed this session's rights while it was open: lowered or raised (`doc:access`), or ended (`doc:closed`). */
export interface AccessChange {
  access: DocAccess | null;
  reason: AccessChangeReason;
}

type Listener<T> = (value: T) => void;

const toBytes = (b: Uint8Array | ArrayBuffer): Uint8Array => (b instanceof Uint8Array ? b : new Uint8Array(b));
const newMsgId = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);

/**
 * One socket to the collaboration server, shared by the documents a client opens. Framework-free: used by
 * the web client, the tests and scripts alike.
 */
export class CollabClient {
  readonly socket: Socket;
  private readonly sessions = new Map<string, DocSession>();
  readonly ackTimeoutMs: number;

  constructor(options: CollabClientOptions = {}) {
    this.ackTimeoutMs = options.ackTimeoutMs ?? 10_000;
    this.socket = io(`${options.url ?? ''}${COLLAB_NAMESPACE}`, {
      path: '/socket.io',
      transports: ['websocket'],
      withCredentials: true,
      auth: { protocolVersion: PROTOCOL_VERSION, ...(options.token ? { token: options.token } : {}) },
      ...(options.cookie ? { extraHeaders: { cookie: options.cookie } } : {}),
    });
    this.socket.on('connect', () => this.sessions.forEach((s) => void s.join()));
    this.socket.on('disconnect', () => this.sessions.forEach((s) => s.setStatus('offline')));
    this.socket.on(SERVER_EVENTS.update, (msg: ServerUpdate) => this.sessions.get(msg.docId)?.receiveUpdate(msg));
    this.socket.on(SERVER_EVENTS.awareness, (msg: ServerAwareness) => this.sessions.get(msg.docId)?.receiveAwareness(msg));
    this.socket.on(SERVER_EVENTS.closed, (msg: DocClosed) => this.sessions.get(msg.docId)?.receiveClosed(msg));
    this.socket.on(SERVER_EVENTS.access, (msg: DocAccessChanged) => this.sessions.get(msg.docId)?.receiveAccess(msg));
  }

  /** Opens a shared document into `ydoc` (which may already hold offline edits) and keeps it in sync. */
  open(docId: string, ydoc: Y.Doc = new Y.Doc()): DocSession {
    const existing = this.sessions.get(docId);
    if (existing) return existing;
    const session = new DocSession(this, docId, ydoc);
    this.sessions.set(docId, session);
    if (this.socket.connected) void session.join();
    return session;
  }

  forget(docId: string) {
    this.sessions.delete(docId);
  }

  close() {
    this.sessions.forEach((s) => s.close());
    this.socket.close();
  }
}

/**
 * A document kept in sync: local changes are sent with a msgId and kept until acknowledged (committed),
 * and resent after a reconnect, so that nothing the user was told is saved can be lost.
 */
export class DocSession {
  readonly awareness: Awareness;
  access: DocAccess | null = null;
  status: SessionStatus = 'connecting';
  /** Committed seqs accounted for; a hole that outlives our own updates in flight triggers a re-join. */
  private readonly seqs = new SeqTracker();
  private gapTimer: ReturnType<typeof setTimeout> | null = null;
  lastError: { code: CollabErrorCode; message: string } | null = null;
  /** The last change of rights the server announced while the document was open (null: none since joining). */
  lastAccessChange: AccessChange | null = null;
  private readonly pending = new Map<string, Uint8Array>();
  private readonly listeners = {
    status: new Set<Listener<SessionStatus>>(),
    pending: new Set<Listener<number>>(),
    error: new Set<Listener<{ code: string; message: string }>>(),
    access: new Set<Listener<AccessChange>>(),
  };
  private joining: Promise<void> | null = null;

  constructor(
    private readonly client: CollabClient,
    readonly docId: string,
    readonly ydoc: Y.Doc,
  ) {
    this.awareness = new Awareness(ydoc);
    ydoc.on('update', this.onLocalUpdate);
    this.awareness.on('update', this.onLocalAwareness);
  }

  /** The highest seq up to which this copy holds every committed update (-1 before joining). */
  get seq(): number {
    return this.seqs.seq;
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  on(event: 'status', fn: Listener<SessionStatus>): () => void;
  on(event: 'pending', fn: Listener<number>): () => void;
  on(event: 'error', fn: Listener<{ code: string; message: string }>): () => void;
  on(event: 'access', fn: Listener<AccessChange>): () => void;
  on(event: keyof DocSession['listeners'], fn: Listener<never>) {
    (this.listeners[event] as Set<Listener<never>>).add(fn);
    return () => (this.listeners[event] as Set<Listener<never>>).delete(fn);
  }

  /** Resolves once the document is synced and every local change so far is acknowledged. */
  async whenSaved(timeoutMs = 10_000): Promise<void> {
    const start = Date.now();
    while (this.status !== 'synced' || this.pending.size > 0) {
      if (Date.now() - start > timeoutMs) throw new Error(`not saved after ${timeoutMs} ms (${this.pending.size} pending, ${this.status})`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  setStatus(status: SessionStatus) {
    if (this.status === status || this.status === 'closed') return;
    this.status = status;
    this.listeners.status.forEach((fn) => fn(status));
  }

  /** (Re-)joins: takes what the server has, then sends what it lacks as one acknowledged update. */
  join(): Promise<void> {
    this.joining ??= this.doJoin().finally(() => (this.joining = null));
    return this.joining;
  }

  private async doJoin() {
    this.setStatus('connecting');
    const ack = (await this.client.socket
      .timeout(this.client.ackTimeoutMs)
      .emitWithAck(CLIENT_EVENTS.join, { docId: this.docId, stateVector: Y.encodeStateVector(this.ydoc) })
      .catch(() => null)) as JoinAck | null;
    if (!ack) return;
    if (!ack.ok) {
      this.fail(ack.error);
      return;
    }
    this.access = ack.access;
    Y.applyUpdate(this.ydoc, toBytes(ack.update), this);
    this.seqs.reset(ack.seq);
    this.clearGapTimer();
    const missing = Y.encodeStateAsUpdate(this.ydoc, toBytes(ack.stateVector));
    // The diff covers every unacknowledged change, so it replaces them under one new msgId.
    this.pending.clear();
    if (ack.access === 'write' && missing.byteLength > 2) this.pending.set(newMsgId(), missing);
    this.emitPending();
    this.setStatus('synced');
    for (const [msgId, update] of this.pending) void this.send(msgId, update);
    if (this.awareness.getLocalState()) this.onLocalAwareness({ added: [], updated: [this.ydoc.clientID], removed: [] }, null);
  }

  receiveUpdate(msg: ServerUpdate) {
    Y.applyUpdate(this.ydoc, toBytes(msg.update), this);
    this.seqs.note(msg.seq);
    this.checkGap();
  }

  /**
   * A hole while our own updates are in flight is usually one of them, whose seq comes with its acknowledgement:
   * wait for it (bounded). A hole with nothing in flight is a real gap: re-join to resynchronise.
   */
  private checkGap() {
    if (!this.seqs.hasHole) return this.clearGapTimer();
    if (this.pending.size === 0) {
      this.clearGapTimer();
      void this.join();
      return;
    }
    this.gapTimer ??= setTimeout(
      () => {
        this.gapTimer = null;
        if (this.seqs.hasHole && this.status === 'synced') void this.join();
      },
      Math.min(3_000, this.client.ackTimeoutMs),
    );
  }

  private clearGapTimer() {
    if (this.gapTimer) clearTimeout(this.gapTimer);
    this.gapTimer = null;
  }

  receiveAwareness(msg: ServerAwareness) {
    applyAwarenessUpdate(this.awareness, toBytes(msg.update), this);
  }

  receiveClosed(msg: DocClosed) {
    this.lastError = { code: 'forbidden', message: msg.message };
    if (msg.code === 'access_revoked') {
      // Nothing typed from now on can be saved: the editor stops taking input.
      this.access = null;
      this.pending.clear();
      this.emitPending();
      this.announceAccess({ access: null, reason: msg.reason ?? 'rights_changed' });
    }
    if (msg.code !== 'shutdown') this.setStatus('closed');
  }

  /** Rights changed without ending: lowered to read, the editor turns read-only; raised to write, it takes input again. */
  receiveAccess(msg: DocAccessChanged) {
    this.access = msg.access;
    this.announceAccess({ access: msg.access, reason: msg.reason });
  }

  private announceAccess(change: AccessChange) {
    this.lastAccessChange = change;
    this.listeners.access.forEach((fn) => fn(change));
  }

  close() {
    this.clearGapTimer();
    this.ydoc.off('update', this.onLocalUpdate);
    this.awareness.off('update', this.onLocalAwareness);
    this.awareness.destroy();
    if (this.client.socket.connected) this.client.socket.emit(CLIENT_EVENTS.leave, { docId: this.docId }, () => undefined);
    this.client.forget(this.docId);
    this.setStatus('closed');
  }

  private readonly onLocalUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this || this.access === 'read' || this.status === 'closed') return;
    const msgId = newMsgId();
    this.pending.set(msgId, update);
    this.emitPending();
    if (this.status === 'synced') void this.send(msgId, update);
  };

  private readonly onLocalAwareness = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    if (origin === this || this.status !== 'synced') return;
    const mine = [...added, ...updated, ...removed].filter((id) => id === this.ydoc.clientID);
    if (!mine.length) return;
    this.client.socket.emit(CLIENT_EVENTS.awareness, { docId: this.docId, update: encodeAwarenessUpdate(this.awareness, mine) }, () => undefined);
  };

  private async send(msgId: string, update: Uint8Array) {
    for (let attempt = 0; this.pending.has(msgId) && this.client.socket.connected && this.status === 'synced'; attempt++) {
      const ack = (await this.client.socket
        .timeout(this.client.ackTimeoutMs)
        .emitWithAck(CLIENT_EVENTS.update, { docId: this.docId, msgId, update })
        .catch(() => null)) as UpdateAck | null;
      if (ack?.ok) {
        this.pending.delete(msgId);
        this.seqs.note(ack.seq);
        this.emitPending();
        this.checkGap();
        return;
      }
      if (ack && !ack.ok && ack.error.code !== 'rate_limited') {
        // Refused for good (read-only, invalid, too large): keeping it would block the save indicator forever.
        this.pending.delete(msgId);
        // Rights can change while the document is open (minutes made final): the editor then turns read-only.
        if (ack.error.code === 'read_only') this.access = 'read';
        this.emitPending();
        this.fail(ack.error);
        return;
      }
      await new Promise((r) => setTimeout(r, Math.min(5_000, 100 * 2 ** attempt)));
    }
  }

  private fail(error: { code: CollabErrorCode; message: string }) {
    this.lastError = error;
    this.listeners.error.forEach((fn) => fn(error));
  }

  private emitPending() {
    this.listeners.pending.forEach((fn) => fn(this.pending.size));
  }
}
