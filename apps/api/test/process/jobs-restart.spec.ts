import { ChildProcess, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { PgBoss } from 'pg-boss';
import { readOutbox } from '../support/outbox';
import { createTestDatabase, dropTestDatabase } from '../support/test-database';

const root = path.join(__dirname, '../../../..');
const main = path.join(root, 'apps/api/dist/apps/api/src/main.js');
const MAILS = 60;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function run(env: Record<string, string>): { child: ChildProcess; stderr: () => string; exited: Promise<unknown> } {
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, LOG_LEVEL: 'warn', SEED_DEMO: 'false', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  return { child, stderr: () => stderr, exited: new Promise((resolve) => child.once('exit', resolve)) };
}

async function until(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string, stderr: () => string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${stderr()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The built server killed with mail jobs queued and running: the next start delivers every one, once. */
describe('the server process with jobs pending', () => {
  let db: { url: string; name: string };
  let dataDir: string;
  let client: Client;
  const sockets: net.Socket[] = [];
  const silentSmtp = net.createServer((socket) => sockets.push(socket));
  beforeAll(async () => {
    if (!fs.existsSync(main)) throw new Error(`${main} is missing: build first (npx nx run api:build)`);
    db = await createTestDatabase();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-jobs-process-'));
    await new Promise<void>((resolve) => silentSmtp.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await client?.end();
    for (const socket of sockets) socket.destroy();
    silentSmtp.close();
    await dropTestDatabase(db.name);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses nothing queued to a SIGKILL, and sends nothing twice', async () => {
    const port = await freePort();
    // The first instance's SMTP server never answers: its sends hang mid-way, the rest wait in the queue.
    const first = run({
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: db.url,
      MAIL_RETRY_DELAY_SECONDS: '1',
      SMTP_URL: `smtp://127.0.0.1:${(silentSmtp.address() as net.AddressInfo).port}`,
    });
    await until(async () => (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.status === 200, 30_000, 'the first instance', first.stderr);
    client = new Client({ connectionString: db.url });
    await client.connect();

    const tag = crypto.randomBytes(3).toString('hex');
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO mail_deliveries (idempotency_key, kind, recipient, subject, message)
       SELECT 'restart:' || $1 || ':' || n, 'test', 'persona' || n || '@example.org', 'Prova ' || n,
              jsonb_build_object('to', 'persona' || n || '@example.org', 'subject', 'Prova ' || $1 || ' ' || n, 'text', 'Messaggio ' || n)
         FROM generate_series(1, $2::int) AS n RETURNING id`,
      [tag, MAILS],
    );
    const producer = new PgBoss({ connectionString: db.url, schema: 'pgboss', migrate: false, supervise: false, schedule: false, max: 2 });
    await producer.start();
    await producer.insert(
      'mail.send',
      rows.map(({ id }) => ({ id, data: { deliveryId: id } })),
    );
    await producer.stop({ graceful: false });

    const states = async () =>
      (await client.query<{ state: string; n: number }>(`SELECT state::text, count(*)::int AS n FROM pgboss.job WHERE name = 'mail.send' GROUP BY 1`)).rows;
    await until(() => sockets.length > 0, 20_000, 'sends under way', first.stderr);
    await until(async () => (await states()).some((s) => s.state === 'active'), 20_000, 'active jobs', first.stderr);
    expect((await states()).find((s) => s.state === 'created')?.n).toBeGreaterThan(0);
    first.child.kill('SIGKILL');
    await first.exited;

    // The second instance writes to the local outbox; the killed instance's running jobs come back once their heartbeat stops.
    const second = run({ PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: db.url, MAIL_RETRY_DELAY_SECONDS: '1' });
    try {
      await until(
        async () => (await client.query(`SELECT count(*)::int AS n FROM mail_deliveries WHERE state = 'sent'`)).rows[0].n === MAILS,
        90_000,
        'every mail sent',
        second.stderr,
      );
      const subjects = readOutbox(dataDir)
        .map((m) => /^Subject: (.*)$/m.exec(m)?.[1] ?? '')
        .filter((s) => s.startsWith(`Prova ${tag} `));
      expect(subjects).toHaveLength(MAILS);
      expect(new Set(subjects).size).toBe(MAILS);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  }, 150_000);
});
