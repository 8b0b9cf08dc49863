import type { ManagerOptions, SocketOptions } from 'socket.io-client';
import { PROTOCOL_VERSION } from '@cantiere/collab';

/**
 * How the page's live channels (notifications, a meeting) connect: straight over WebSocket, as the collaborative
 * editor does, rather than over HTTP long-polling first and upgrading after three more round trips, which kept the
 * channel and the page's main thread busy while the page was still loading. The channels of a page share one
 * connection (socket.io multiplexes namespaces), so they take the same options.
 */
export const LIVE_SOCKET_OPTIONS: Partial<ManagerOptions & SocketOptions> = {
  path: '/socket.io',
  transports: ['websocket'],
  auth: { protocolVersion: PROTOCOL_VERSION },
  withCredentials: true,
};
