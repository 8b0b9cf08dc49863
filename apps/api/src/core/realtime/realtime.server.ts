import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { createAdapter } from '@socket.io/redis-adapter';
import Redis from 'ioredis';
import type { Logger } from 'pino';
import { Namespace, Server, Socket } from 'socket.io';
import { HANDSHAKE_ERRORS, PROTOCOL_VERSION } from '@cantiere/collab';
import type { Actor } from '../auth/actor';
import { SESSION_COOKIE } from '../auth/session-cookie';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { IdentityService } from '../identity/identity.service';
import { LOGGER } from '../logging/logging.module';
import { cookieValue } from './handshake-cookie';

/** Called once a socket's handshake named its account, before the socket connects; throwing refuses it. */
export type HandshakeHook = (socket: Socket, actor: Actor) => void | Promise<void>;

/**
 * The one socket.io server of the process, on the HTTP server's port (path `/socket.io`). Live features
 * (`/collab`, `/meeting-live`, later notifications) open their namespace on it; core knows none of them. With
 * REDIS_URL, socket.io's Redis adapter carries every namespace's rooms to the other instances.
 */
@Injectable()
export class RealtimeServer implements OnApplicationShutdown {
  private io?: Server;
  private adapterClients: Redis[] = [];
  private readonly goodbyes: (() => Promise<void>)[] = [];
  private closed = false;

  constructor(
    private readonly httpHost: HttpAdapterHost,
    private readonly identity: IdentityService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** The server, created on the HTTP server at first use (the HTTP server exists once the application is created). */
  server(): Server {
    if (this.io) return this.io;
    this.io = new Server(this.httpHost.httpAdapter.getHttpServer(), {
      path: '/socket.io',
      serveClient: false,
      // Above the largest collaborative update, so that socket.io does not cut one the protocol accepts.
      maxHttpBufferSize: this.config.collabMaxUpdateBytes + 1024 * 1024,
      cors: { origin: this.config.allowedOrigins, credentials: true },
    });
    if (this.config.redisUrl) {
      const connect = () => new Redis(this.config.redisUrl!, { maxRetriesPerRequest: 2, lazyConnect: false });
      const [pub, sub] = [connect(), connect()];
      for (const client of [pub, sub]) client.on('error', (err) => this.logger.warn({ err: err.message }, 'redis error'));
      this.adapterClients = [pub, sub];
      this.io.adapter(createAdapter(pub, sub, { key: 'cantiere:sio' }));
    }
    return this.io;
  }

  /**
   * Opens a namespace whose handshake must name an account (the session cookie or `auth.token`) and speak
   * `auth.protocolVersion`; `onHandshake` keeps what the namespace needs on `socket.data`.
   */
  namespace(name: string, onHandshake: HandshakeHook): Namespace {
    const ns = this.server().of(name);
    ns.use((socket, next) => {
      this.socketActor(socket)
        .then((actor) => onHandshake(socket, actor))
        .then(
          () => next(),
          (err: Error) => next(err),
        );
    });
    return ns;
  }

  /** The handshake's account (session cookie or API token); throws the handshake error to refuse it. */
  async socketActor(socket: Socket): Promise<Actor> {
    const auth = (socket.handshake.auth ?? {}) as { token?: unknown; protocolVersion?: unknown };
    if (auth.protocolVersion !== PROTOCOL_VERSION) throw new Error(HANDSHAKE_ERRORS.protocolVersion);
    const actor =
      auth.token !== undefined
        ? await this.identity.fromApiToken(auth.token)
        : await this.identity.fromSessionCookie(cookieValue(socket.handshake.headers.cookie, SESSION_COOKIE));
    if (!actor) throw new Error(HANDSHAKE_ERRORS.unauthorized);
    return actor;
  }

  /** Runs when the server stops, before its sockets are disconnected: a namespace says goodbye to its clients there. */
  beforeClose(goodbye: () => Promise<void>) {
    this.goodbyes.push(goodbye);
  }

  async onApplicationShutdown() {
    if (this.closed) return;
    this.closed = true;
    for (const goodbye of this.goodbyes) {
      try {
        await goodbye();
      } catch (err) {
        this.logger.error({ err }, 'realtime goodbye failed');
      }
    }
    if (this.io) {
      for (const ns of this.io._nsps.values()) ns.local.disconnectSockets(true);
      this.io.engine.close();
    }
    await Promise.all(this.adapterClients.map((c) => c.quit().catch(() => c.disconnect())));
  }
}
