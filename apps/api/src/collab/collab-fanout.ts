import crypto from 'node:crypto';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Redis from 'ioredis';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { ACCESS_CHANGE_REASONS } from '@cantiere/collab';
import { AccessEvents } from '../core/access/access-events';
import type { AccessChange, AccessSubject } from '../core/access/access-events';
import { APP_CONFIG } from '../core/config/config.module';
import type { AppConfig } from '../core/config/config';
import { LOGGER } from '../core/logging/logging.module';
import { DocumentRegistry } from './document-registry';

const CHANNEL = 'cantiere:collab:updates';
/**
 * Carries `{ docId, freeze }` when a document is made final or its access rules change, and `{ subject, reason, from }`
 * when a person's (or a session's, a token's, everyone's) access changed.
 */
const ACCESS_CHANNEL = 'cantiere:collab:access';
/** Carries presence (y-protocols awareness updates), which is never stored: a lost message is renewed by its client. */
const AWARENESS_CHANNEL = 'cantiere:collab:awareness';
const RESYNC_EVERY_MS = 2_000;

/**
 * The frame of both binary channels: docId length (2 bytes), docId, an 8-byte head (the update's seq, or the
 * instance that sent the presence), then the bytes.
 */
function docFrame(docId: string, head: Buffer, bytes: Uint8Array): Buffer {
  const id = Buffer.from(docId, 'utf8');
  return Buffer.concat([Buffer.from([id.length >> 8, id.length & 0xff]), id, head, bytes]);
}

function readDocFrame(frame: Buffer): { docId: string; head: Buffer; bytes: Uint8Array } {
  const len = frame.readUInt16BE(0);
  if (frame.length < 2 + len + 8) throw new RangeError('collab frame too short');
  return { docId: frame.subarray(2, 2 + len).toString('utf8'), head: frame.subarray(2 + len, 10 + len), bytes: new Uint8Array(frame.subarray(10 + len)) };
}

function isSubject(v: unknown): v is AccessSubject {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.userId === 'string' || typeof o.sessionId === 'string' || typeof o.tokenId === 'string' || o.everyone === true;
}

type RemoteListener = (docId: string, seq: number, update: Uint8Array) => void;
type AccessListener = (docId: string, freeze: boolean, reason: AccessChange['reason']) => void;
type AwarenessListener = (docId: string, update: Uint8Array) => void;

/**
 * Scale-out through Redis (when REDIS_URL is set; socket.io's adapter, in core/realtime, carries the rooms of the other live features):
 * one channel carries each committed `{docId, seq, update}` to the other instances and another their presence, so
 * that each instance keeps everyone's presence and writes to its own sockets itself. PostgreSQL stays the
 * log: an instance that misses a message sees the gap in seq (or the periodic resync does) and reads
 * the missing rows from the database, so nothing depends on Redis delivering every message.
 */
@Injectable()
export class CollabFanout implements OnApplicationShutdown {
  private readonly pub?: Redis;
  private readonly sub?: Redis;
  private remoteListener?: RemoteListener;
  private accessListener?: AccessListener;
  private awarenessListener?: AwarenessListener;
  /** Tells this instance's own presence messages, which Redis also delivers back to it, from the others'. */
  private readonly instanceId = crypto.randomBytes(8);
  private resyncTimer?: NodeJS.Timeout;
  /** For tests: drop this many outgoing fan-out messages, as a lossy network would. */
  dropNextPublishes = 0;
  /** For tests: drop this many outgoing per-person access messages. */
  dropNextAccessPublishes = 0;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @InjectDataSource() private readonly ds: DataSource,
    registry: DocumentRegistry,
    private readonly accessEvents: AccessEvents,
  ) {
    if (!config.redisUrl) return;
    accessEvents.setRelay((change) => this.publishSubjectChange(change));
    const connect = () => new Redis(config.redisUrl!, { maxRetriesPerRequest: 2, lazyConnect: false });
    this.pub = connect();
    this.sub = connect();
    for (const client of [this.pub, this.sub]) client.on('error', (err) => this.logger.warn({ err: err.message }, 'redis error'));
    void this.sub.subscribe(CHANNEL, ACCESS_CHANNEL, AWARENESS_CHANNEL);
    this.sub.on('messageBuffer', (channel: Buffer, message: Buffer) => {
      const name = channel.toString();
      if (name === ACCESS_CHANNEL) this.receiveAccess(message);
      else if (name === AWARENESS_CHANNEL) this.receiveAwareness(message);
      else this.receive(message);
    });
    registry.onCommit((doc, committed) => {
      for (const c of committed) this.publish(doc.docId, c.seq, c.update);
    });
  }

  get enabled(): boolean {
    return this.pub !== undefined;
  }

  onRemote(listener: RemoteListener) {
    this.remoteListener = listener;
  }

  onAccessChange(listener: AccessListener) {
    this.accessListener = listener;
  }

  onRemoteAwareness(listener: AwarenessListener) {
    this.awarenessListener = listener;
  }

  /** Passes a presence change made on this instance to the others. */
  publishAwareness(docId: string, update: Uint8Array) {
    if (!this.pub) return;
    void this.pub
      .publish(AWARENESS_CHANNEL, docFrame(docId, this.instanceId, update))
      .catch((err: Error) => this.logger.warn({ err: err.message }, 'collab presence publish failed'));
  }

  /** Tells the other instances (and this one, which ignores the echo harmlessly) that a document's access changed. */
  publishAccessChange(docId: string, freeze: boolean, reason: AccessChange['reason'] = 'rights_changed') {
    if (!this.pub) return;
    void this.pub
      .publish(ACCESS_CHANNEL, JSON.stringify({ docId, freeze, reason }))
      .catch((err: Error) => this.logger.warn({ err: err.message }, 'collab access publish failed'));
  }

  /** A person's access changed here: the other instances judge their sockets of that person again. */
  private publishSubjectChange(change: AccessChange) {
    if (!this.pub) return;
    if (this.dropNextAccessPublishes > 0) {
      this.dropNextAccessPublishes -= 1;
      return;
    }
    const message = JSON.stringify({ ...change, from: this.instanceId.toString('hex') });
    void this.pub.publish(ACCESS_CHANNEL, message).catch((err: Error) => this.logger.warn({ err: err.message }, 'collab access publish failed'));
  }

  onResync(run: () => Promise<void>) {
    if (!this.enabled) return;
    this.resyncTimer = setInterval(() => void run().catch((err: unknown) => this.logger.warn({ err }, 'collab resync failed')), RESYNC_EVERY_MS);
    this.resyncTimer.unref();
  }

  /** Documents whose committed seq is ahead of what this instance has applied. */
  async documentsBehind(known: [string, number][]): Promise<Set<string>> {
    const rows: { id: string; last_seq: string }[] = await this.ds.query('SELECT id, last_seq FROM collab_documents WHERE id = ANY($1::text[])', [
      known.map(([id]) => id),
    ]);
    const mine = new Map(known);
    return new Set(rows.filter((r) => Number(r.last_seq) > (mine.get(r.id) ?? 0)).map((r) => r.id));
  }

  private publish(docId: string, seq: number, update: Uint8Array) {
    if (!this.pub) return;
    if (this.dropNextPublishes > 0) {
      this.dropNextPublishes -= 1;
      return;
    }
    const head = Buffer.alloc(8);
    head.writeBigUInt64BE(BigInt(seq));
    void this.pub
      .publish(CHANNEL, docFrame(docId, head, update))
      .catch((err: Error) => this.logger.warn({ err: err.message }, 'collab fan-out publish failed'));
  }

  private receive(frame: Buffer) {
    try {
      const { docId, head, bytes } = readDocFrame(frame);
      this.remoteListener?.(docId, Number(head.readBigUInt64BE()), bytes);
    } catch (err) {
      this.logger.warn({ err }, 'collab fan-out message ignored');
    }
  }

  private receiveAwareness(frame: Buffer) {
    try {
      const { docId, head, bytes } = readDocFrame(frame);
      if (!head.equals(this.instanceId)) this.awarenessListener?.(docId, bytes);
    } catch (err) {
      this.logger.warn({ err }, 'collab presence message ignored');
    }
  }

  private receiveAccess(message: Buffer) {
    try {
      const { docId, freeze, subject, reason, from } = JSON.parse(message.toString()) as {
        docId: unknown;
        freeze: unknown;
        subject: unknown;
        reason: unknown;
        from: unknown;
      };
      const known = (ACCESS_CHANGE_REASONS as readonly unknown[]).includes(reason) ? (reason as AccessChange['reason']) : 'rights_changed';
      if (typeof docId === 'string') this.accessListener?.(docId, freeze === true, known);
      // This instance already judged its own sockets when the change was made here.
      else if (from !== this.instanceId.toString('hex') && isSubject(subject)) void this.accessEvents.deliverLocally({ subject, reason: known });
    } catch (err) {
      this.logger.warn({ err }, 'collab access message ignored');
    }
  }

  async onApplicationShutdown() {
    clearInterval(this.resyncTimer);
    await Promise.all([this.pub, this.sub].map((c) => c?.quit().catch(() => c.disconnect())));
  }
}
