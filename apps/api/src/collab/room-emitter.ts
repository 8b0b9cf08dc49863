import type { Namespace, Socket } from 'socket.io';
import { PacketType } from 'socket.io-parser';

type EngineConnection = Socket['conn'];
type EncodedPacket = string | Buffer;

/**
 * Emits an event to this instance's sockets in a room, each socket's packets in one flush.
 *
 * socket.io sends an event that carries bytes (every `doc:update`) as two engine.io packets, the JSON with a
 * placeholder and then the bytes, and flushes a connection after each packet. The first flush leaves the transport
 * busy until the write completes, so a room broadcast wrote every socket's first packet before any socket's bytes:
 * each reader waited for the whole room to be written before it could decode its update. Measured at 50 clients
 * (bench/collab, commits left out to isolate the fan-out): first reader p50 3.8 ms this way, 1.6 ms with one flush.
 */
export function emitToRoom(ns: Namespace, room: string, event: string, payload: unknown, exceptSocketId?: string) {
  const ids = ns.adapter.rooms.get(room);
  if (!ids?.size) return;
  // Encoded once for the room, as socket.io's own broadcast does.
  const packets = ns.server.encoder.encode({ type: PacketType.EVENT, nsp: ns.name, data: [event, payload] }) as EncodedPacket[];
  for (const id of ids) {
    if (id === exceptSocketId) continue;
    const socket = ns.sockets.get(id);
    if (socket?.connected) writeInOneFlush(socket.conn, packets);
  }
}

/**
 * Writes packets so that the transport sends them together: held unwritable, it queues all but the last, and the
 * last write flushes the queue. A transport already busy queues them anyway and sends them together when it drains.
 */
function writeInOneFlush(conn: EngineConnection, packets: EncodedPacket[]) {
  const transport = conn.transport;
  if (packets.length > 1 && transport.writable) {
    transport.writable = false;
    try {
      for (const packet of packets.slice(0, -1)) conn.write(packet);
    } finally {
      transport.writable = true;
    }
    conn.write(packets[packets.length - 1]);
    return;
  }
  for (const packet of packets) conn.write(packet);
}
