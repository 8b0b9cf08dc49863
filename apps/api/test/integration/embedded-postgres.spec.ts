import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { EmbeddedPostgres, EmbeddedPostgresError } from '../../src/core/database/embedded-postgres';

async function query(url: string, sql: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

function postmasterPid(dir: string): number {
  return Number(fs.readFileSync(path.join(dir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('embedded PostgreSQL', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-embedded-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('initialises once, keeps data and its port across restarts', async () => {
    const first = new EmbeddedPostgres(dir);
    const url = await first.start('app');
    await query(url, 'CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)');
    await first.stop();
    const second = new EmbeddedPostgres(dir);
    const again = await second.start('app');
    try {
      expect(again).toBe(url);
      expect(await query(again, 'SELECT v FROM kept')).toEqual([{ v: 42 }]);
    } finally {
      await second.stop();
    }
  });

  it('starts over a stale postmaster.pid whose process is gone', async () => {
    const first = new EmbeddedPostgres(dir);
    await first.start('app');
    await first.stop();
    fs.writeFileSync(path.join(dir, 'postgres', 'postmaster.pid'), '999999\n/nowhere\n');
    const second = new EmbeddedPostgres(dir);
    const url = await second.start('app');
    try {
      expect(await query(url, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    } finally {
      await second.stop();
    }
  });

  it('stops the orphaned server of a parent that was killed, then serves the same data', async () => {
    const dead = new EmbeddedPostgres(dir);
    const url = await dead.start('app');
    await query(url, 'CREATE TABLE survived (v text); INSERT INTO survived VALUES ($$yes$$)');
    const orphanPid = postmasterPid(dir);
    // What a SIGKILLed parent leaves: its postmaster still running and an owner lock naming a dead pid.
    fs.writeFileSync(path.join(dir, 'owner.pid'), '999998');
    const next = new EmbeddedPostgres(dir);
    const nextUrl = await next.start('app');
    try {
      expect(alive(orphanPid)).toBe(false);
      expect(postmasterPid(dir)).not.toBe(orphanPid);
      expect(await query(nextUrl, 'SELECT v FROM survived')).toEqual([{ v: 'yes' }]);
    } finally {
      await next.stop();
    }
  });

  it('refuses a data directory that another live process is using', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      fs.writeFileSync(path.join(dir, 'owner.pid'), String(other.pid));
      await expect(new EmbeddedPostgres(dir).start('app')).rejects.toThrow(EmbeddedPostgresError);
      await expect(new EmbeddedPostgres(dir).start('app')).rejects.toThrow(`pid ${other.pid}`);
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('takes another port when the remembered one is busy (a system PostgreSQL may hold it)', async () => {
    const first = new EmbeddedPostgres(dir);
    const url = await first.start('app');
    await first.stop();
    const port = Number(new URL(url).port);
    const net = await import('node:net');
    const blocker = net.createServer().listen(port, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const second = new EmbeddedPostgres(dir);
    try {
      const moved = await second.start('app');
      expect(Number(new URL(moved).port)).not.toBe(port);
      expect(await query(moved, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    } finally {
      await second.stop();
      blocker.close();
    }
  });
});
