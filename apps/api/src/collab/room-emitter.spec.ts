import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Namespace, type Socket } from 'socket.io';
import { io as connect, type Socket as ClientSocket } from 'socket.io-client';
import { emitToRoom } from './room-emitter';

/** What one engine.io flush handed to the transport: text packets as strings, bytes as 'bytes:<length>'. */
type Flush = string[];

describe('emitting to a room', () => {
  let http: HttpServer;
  let server: Server;
  let ns: Namespace;
  let url: string;
  const clients: ClientSocket[] = [];
  const serverSockets: Socket[] = [];
  const flushes = new Map<string, Flush[]>();

  beforeAll(async () => {
    http = createServer();
    server = new Server(http);
    ns = server.of('/collab');
    ns.on('connection', (socket) => {
      serverSockets.push(socket);
      const seen: Flush[] = [];
      flushes.set(socket.id, seen);
      socket.conn.on('flush', (buffer: { data?: unknown }[]) =>
        seen.push(buffer.map((p) => (Buffer.isBuffer(p.data) ? `bytes:${p.data.length}` : String(p.data)))),
      );
      void socket.join('doc-1');
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/collab`;
    for (let i = 0; i < 3; i++) {
      const client = connect(url, { transports: ['websocket'], forceNew: true });
      clients.push(client);
      await new Promise<void>((resolve) => client.once('connect', () => resolve()));
    }
    while (serverSockets.length < 3 || serverSockets.some((s) => !s.rooms.has('doc-1'))) await new Promise((r) => setTimeout(r, 5));
  });

  afterAll(async () => {
    clients.forEach((c) => c.close());
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('delivers the event with its bytes intact to every socket in the room but the excepted one', async () => {
    const update = Buffer.from([0, 1, 2, 250, 255, 7]);
    const received = clients.map((c) => new Promise<{ docId: string; seq: number; update: Buffer }>((resolve) => c.once('doc:update', resolve)));
    const sender = serverSockets[0];
    const senderClient = clients.find((c) => c.id === sender.id)!;
    let senderGotIt = false;
    senderClient.once('doc:update', () => (senderGotIt = true));
    emitToRoom(ns, 'doc-1', 'doc:update', { docId: 'doc-1', seq: 7, update }, sender.id);
    const others = clients.filter((c) => c !== senderClient);
    const payloads = await Promise.all(others.map((c) => received[clients.indexOf(c)]));
    for (const p of payloads) {
      expect(p.docId).toBe('doc-1');
      expect(p.seq).toBe(7);
      expect(Buffer.from(p.update).equals(update)).toBe(true);
    }
    // Give a stray delivery to the sender time to arrive before saying it did not.
    await new Promise((r) => setTimeout(r, 50));
    expect(senderGotIt).toBe(false);
  });

  it('hands each socket the JSON packet and its bytes in the same flush', async () => {
    for (const seen of flushes.values()) seen.length = 0;
    const arrived = clients.map((c) => new Promise((resolve) => c.once('doc:update', resolve)));
    emitToRoom(ns, 'doc-1', 'doc:update', { docId: 'doc-1', seq: 8, update: Buffer.alloc(40, 1) });
    await Promise.all(arrived);
    for (const socket of serverSockets) {
      const updateFlushes = flushes.get(socket.id)!.filter((f) => f.some((p) => p.includes('doc:update')));
      expect(updateFlushes).toHaveLength(1);
      // "51-" is a binary event with one attachment; the attachment must travel with it, not in a later flush.
      expect(updateFlushes[0]).toEqual([expect.stringMatching(/^51-\/collab,\["doc:update"/), 'bytes:40']);
    }
  });

  it('keeps the order of events sent back to back to a busy socket', async () => {
    const client = clients[0];
    const seqs: number[] = [];
    const done = new Promise<void>((resolve) => {
      const onUpdate = (p: { seq: number }) => {
        seqs.push(p.seq);
        if (seqs.length === 20) {
          client.off('doc:update', onUpdate);
          resolve();
        }
      };
      client.on('doc:update', onUpdate);
    });
    for (let seq = 100; seq < 120; seq++) emitToRoom(ns, 'doc-1', 'doc:update', { docId: 'doc-1', seq, update: Buffer.alloc((seq % 7) + 1, seq) });
    await done;
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => 100 + i));
  });
});
