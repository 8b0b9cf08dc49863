import fs from 'node:fs';
import { Client } from 'pg';
import { stateFile } from './global-setup';

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
  const file = stateFile();
  if (!fs.existsSync(file)) return;
  const state = JSON.parse(fs.readFileSync(file, 'utf8')) as { dataDir: string; pid: number; databaseName?: string };
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
  fs.rmSync(file, { force: true });
}
