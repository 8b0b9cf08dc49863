import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, dropTestDatabase } from '../support/test-database';

const root = path.join(__dirname, '../../../..');
const main = path.join(root, 'apps/api/dist/apps/api/src/main.js');
const REQUESTS = 400;
// Logged with the URL: 400 lines of over 2 kB are several times what the pipe and the reader's buffer hold together.
const PATH = `/api/auth/me?padding=${'x'.repeat(2000)}`;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function get(port: number, agent: http.Agent, requestId: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: PATH, agent, headers: { 'x-request-id': requestId } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      })
      .on('error', reject);
  });
}

/**
 * The access log is written asynchronously: a reader of stdout that stops reading must not stop the server (a
 * synchronous write blocks on a full pipe), and every line must still come out, at the latest when the server stops.
 */
describe('the access log', () => {
  let db: { url: string; name: string };
  let dataDir: string;
  let child: ChildProcess | undefined;
  beforeAll(async () => {
    if (!fs.existsSync(main)) throw new Error(`${main} is missing: build first (npx nx run api:build)`);
    db = await createTestDatabase();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-access-log-'));
  });
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await dropTestDatabase(db.name);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps serving while nobody reads stdout, and writes every request line by the time it stops', async () => {
    const port = await freePort();
    child = spawn(process.execPath, [main], {
      env: { ...process.env, DATABASE_URL: db.url, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', SEED_DEMO: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    const ready = new Promise<void>((resolve) => {
      child!.stdout!.on('data', function onData(c: Buffer) {
        chunks.push(c);
        if (Buffer.concat(chunks).includes('Cantiere is ready')) {
          // From here on nobody reads the pipe.
          child!.stdout!.pause();
          child!.stdout!.off('data', onData);
          resolve();
        }
      });
    });
    await Promise.race([ready, exited.then(() => Promise.reject(new Error(`server exited early:\n${stderr}`)))]);

    const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    const ids = Array.from({ length: REQUESTS }, (_, i) => `access-log-${i}`);
    const statuses = await Promise.all(ids.map((id) => get(port, agent, id)));
    agent.destroy();
    expect(statuses.every((s) => s === 401)).toBe(true);

    child.stdout!.on('data', (c: Buffer) => chunks.push(c));
    child.stdout!.resume();
    child.kill('SIGTERM');
    expect(await exited).toBe(0);

    const logged = Buffer.concat(chunks)
      .toString('utf8')
      .split('\n')
      .filter((line) => line.includes('"responseTime"'))
      .map((line) => JSON.parse(line) as { req: { id: string; url: string }; res: { statusCode: number } })
      .filter((entry) => entry.req.url === PATH);
    expect(logged.map((entry) => entry.req.id).sort()).toEqual([...ids].sort());
    expect(logged.every((entry) => entry.res.statusCode === 401)).toBe(true);
  });
});
