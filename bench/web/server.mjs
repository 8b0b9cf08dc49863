// Starts the built server with the demo network on a fresh embedded database, for the web benchmark and for
// looking at pages by hand. WEB_DIST_DIR, when set, serves another build of the client (e.g. an older one).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const main = path.join(root, 'apps/api/dist/apps/api/src/main.js');
export const DEMO_PASSWORD = 'cantiere-demo-2026';
export const USERS = { admin: 'laura.ferrari@comune.cremona.it', facilitator: 'marco.bianchi@comune.cremona.it', member: 'giulia.rossi@ilcerchio.example' };

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

export async function startServer() {
  if (!fs.existsSync(main)) throw new Error('Build first: npm run build');
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-bench-web-'));
  const url = `http://127.0.0.1:${port}`;
  // Always a fresh embedded database, never one named in the environment.
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [main], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, PUBLIC_URL: url, SEED_DEMO: 'true', LOG_LEVEL: 'error', REDIS_URL: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* starting */
    }
    if (child.exitCode !== null || i > 600) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  /** The session cookie of a demo user, as a `name=value` pair. */
  const login = async (email) => {
    const res = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    if (!res.ok) throw new Error(`login of ${email}: ${res.status}`);
    return res.headers.get('set-cookie').split(';')[0];
  };
  const getJson = async (p, cookie) => (await fetch(`${url}${p}`, { headers: { cookie } })).json();
  const stop = async () => {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { url, login, getJson, stop };
}

/** The demo pages the benchmark visits: a space with its meetings, and its convened meeting with the register. */
export async function demoPages(server) {
  const cookie = await server.login(USERS.facilitator);
  const { items: spaces } = await server.getJson('/api/spaces', cookie);
  const space = spaces.find((s) => s.name === 'Tavolo Povertà alimentare');
  const { items: meetings } = await server.getJson(`/api/meetings?spaceId=${space.id}`, cookie);
  const meeting = meetings.find((m) => m.status === 'convened');
  return { cookie, space: `/spazi/${space.id}`, meeting: `/sedute/${meeting.id}` };
}
