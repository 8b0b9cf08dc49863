import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.join(__dirname, '../../../..');
const main = path.join(root, 'apps/api/dist/apps/api/src/main.js');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Running {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
}

function run(env: Record<string, string>): Running {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, [main], { env: { ...inherited, LOG_LEVEL: 'warn', SEED_DEMO: 'false', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stderr: () => stderr, exited };
}

async function waitHealthy(port: number, server: Running) {
  for (let i = 0; i < 300; i++) {
    if (server.child.exitCode !== null) throw new Error(`server exited early:\n${server.stderr()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server never became healthy:\n${server.stderr()}`);
}

function postmasterRunning(dataDir: string): boolean {
  const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return false;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The built server as users run it: embedded PostgreSQL, crash recovery, clean stop, config errors. */
describe('the server process', () => {
  let dataDir: string;
  beforeAll(() => {
    if (!fs.existsSync(main)) throw new Error(`${main} is missing: build first (npx nx run api:build)`);
  });
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-process-'));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('survives a SIGKILL, then stops cleanly with its database on SIGTERM', async () => {
    const port = await freePort();
    const first = run({ PORT: String(port), DATA_DIR: dataDir });
    await waitHealthy(port, first);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(postmasterRunning(dataDir)).toBe(true); // the orphan a crash leaves behind

    const second = run({ PORT: String(port), DATA_DIR: dataDir });
    await waitHealthy(port, second);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(postmasterRunning(dataDir)).toBe(false);
    // Two cold starts with a fresh embedded database, migrations and demo seeding each: on a busy two-core machine
    // that alone can pass the default 30 s.
  }, 120_000);

  it('refuses to start on a wrong setting and names it', async () => {
    const bad = run({ PORT: 'tremila', DATA_DIR: dataDir });
    expect(await bad.exited).toBe(1);
    expect(bad.stderr()).toContain('Invalid configuration');
    expect(bad.stderr()).toContain('PORT');
  });
});
