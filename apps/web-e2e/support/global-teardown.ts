import fs from 'node:fs';
import { Client } from 'pg';
import { STATE_FILE } from './global-setup';

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops the server (and with it the embedded PostgreSQL), drops the database, removes the data. */
export default async function globalTeardown() {
  if (!fs.existsSync(STATE_FILE)) return;
  const state = JSON.parse(fs.readFileSync(STATE_FILE, 'utf8')) as { dataDir: string; pid: number; databaseName?: string };
  if (alive(state.pid)) {
    process.kill(state.pid, 'SIGTERM');
    for (let waited = 0; alive(state.pid) && waited < 10_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    if (alive(state.pid)) process.kill(state.pid, 'SIGKILL');
  }
  if (state.databaseName && process.env.DATABASE_URL) {
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${state.databaseName}" WITH (FORCE)`);
    await admin.end();
  }
  fs.rmSync(state.dataDir, { recursive: true, force: true });
  fs.rmSync(STATE_FILE, { force: true });
}
