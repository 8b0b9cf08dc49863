import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, dropTestDatabase } from '../support/test-database';
import { openDoc, waitFor } from '../support/collab-harness';

const main = path.join(__dirname, '../../../../apps/api/dist/apps/api/src/main.js');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function startServer(port: number, databaseUrl: string, dataDir: string): ChildProcess {
  return spawn(process.execPath, [main], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      REDIS_URL: '',
      ADMIN_EMAIL: 'admin@durability.test',
      ADMIN_PASSWORD: 'durability-admin',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

async function healthy(url: string) {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

/** A real server process, SIGKILLed while clients write: every acknowledged update must survive. */
describe('collaboration: durability', () => {
  let db: { url: string; name: string };
  let dataDir: string;
  let server: ChildProcess | undefined;
  beforeAll(async () => {
    if (!fs.existsSync(main)) throw new Error(`${main} is missing: build first`);
    db = await createTestDatabase();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-durability-'));
  });
  afterAll(async () => {
    server?.kill('SIGKILL');
    await dropTestDatabase(db.name);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged update after kill -9 and restart', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    server = startServer(port, db.url, dataDir);
    await healthy(url);
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@durability.test', password: 'durability-admin' }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- only the ids are read back
    const json = async (p: string, body: unknown): Promise<any> =>
      (await fetch(`${url}${p}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) })).json();
    const space = (await json('/api/spaces', { name: 'Durabilità', kind: 'other' })).space;
    const docId = (await json('/api/documents', { spaceId: space.id, title: 'Log', kind: 'working_note' })).document.docId;

    // Each write is one token pushed in its own update; a token counts as acknowledged when the
    // client's pending queue no longer holds its update.
    const acknowledged = new Set<string>();
    const writers = await Promise.all([0, 1, 2].map(() => openDoc(url, { cookie }, docId)));
    let stop = false;
    const loops = writers.map(async (w, i) => {
      for (let n = 0; !stop; n++) {
        const token = `${i}:${n}`;
        w.ydoc.getArray<string>('log').push([token]);
        const before = w.session.pendingCount;
        await waitFor(() => w.session.pendingCount < before || stop, 5_000, 'ack').catch(() => undefined);
        if (w.session.pendingCount < before && !stop) acknowledged.add(token);
        else break;
      }
    });
    await new Promise((r) => setTimeout(r, 1_500));
    server.kill('SIGKILL');
    stop = true;
    await Promise.all(loops);
    writers.forEach((w) => w.client.close());
    expect(acknowledged.size).toBeGreaterThan(30);

    server = startServer(port, db.url, dataDir);
    await healthy(url);
    const reader = await openDoc(url, { cookie }, docId);
    const stored = new Set(reader.ydoc.getArray<string>('log').toJSON());
    reader.client.close();
    const lost = [...acknowledged].filter((tok) => !stored.has(tok));
    expect(lost).toEqual([]);
    server.kill('SIGTERM');
    await new Promise((r) => server!.once('exit', r));
  });
});
