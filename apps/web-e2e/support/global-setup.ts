import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

const root = path.join(__dirname, '../../..');
const main = path.join(root, 'apps/api/dist/apps/api/src/main.js');
/**
 * Where this run's server is written down: a name of its own per run (handed to the workers through the environment),
 * so that two runs on one machine never read each other's server.
 */
export function stateFile(): string {
  process.env.CANTIERE_E2E_STATE_FILE ??= path.join(os.tmpdir(), `cantiere-e2e-state-${process.pid}-${crypto.randomBytes(4).toString('hex')}.json`);
  return process.env.CANTIERE_E2E_STATE_FILE;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Starts the built server with the demo network on a fresh database; tests read where from stateFile(). */
export default async function globalSetup() {
  if (!fs.existsSync(main) || !fs.existsSync(path.join(root, 'apps/web/dist/index.html'))) throw new Error('Build first: npm run build');
  if (!fs.existsSync('/usr/bin/chromium')) throw new Error('Chromium is missing: apt-get install -y chromium');
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-e2e-'));
  let databaseUrl: string | undefined;
  let databaseName: string | undefined;
  if (process.env.DATABASE_URL) {
    databaseName = `cantiere_e2e_${crypto.randomBytes(5).toString('hex')}`;
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${databaseName}"`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${databaseName}`;
    databaseUrl = url.toString();
  }
  const baseUrl = `http://127.0.0.1:${port}`;
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const server = spawn(process.execPath, [main], {
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      PUBLIC_URL: baseUrl,
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      REDIS_URL: '',
      // Mentions and projected actions are told once the text has been quiet this long (a minute by default).
      NOTIFICATION_SETTLE_SECONDS: '2',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    },
    // A file rather than a pipe, so that nothing ties the test process to the server's output.
    stdio: ['ignore', 'ignore', fs.openSync(path.join(dataDir, 'server.log'), 'a')],
  });
  const stderr = () => fs.readFileSync(path.join(dataDir, 'server.log'), 'utf8');
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // starting
    }
    if (server.exitCode !== null || i > 600) {
      server.kill('SIGKILL');
      throw new Error(`server did not start:\n${stderr()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  fs.writeFileSync(stateFile(), JSON.stringify({ baseUrl, dataDir, pid: server.pid, databaseName }));
  server.unref();
}
