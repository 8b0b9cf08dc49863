// bench/notifications: the built server on its own database (demo data), mail to its local outbox. Queues 1 000
// notification fan-out jobs (each stores one notification, pushes it live and queues its mail) and prints how long
// they take to drain, beside the 10 s target. It never asserts: the figures are for reading.
// Run after `npm run build`: npm run bench:notifications (needs a PostgreSQL server; BENCH_DATABASE_URL, default below).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PgBoss } from 'pg-boss';
import { requireSupportedNode } from '../../scripts/node-version.mjs';
import { databaseUrl, startServer, until, withAdmin } from '../support/bench-server.mjs';

requireSupportedNode('bench/notifications');

const JOBS = Number(process.env.BENCH_JOBS ?? 1000);
const TARGET_MS = 10_000;
const RECIPIENT = 'laura.ferrari@comune.cremona.it';

/** Queues `JOBS` fan-out jobs, each one event for one account, and waits until every one has completed. */
async function drain(dbUrl) {
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  try {
    const [{ id: userId }] = (await db.query('SELECT id FROM users WHERE email = $1', [RECIPIENT])).rows;
    const [meeting] = (await db.query('SELECT id, title, starts_at FROM meetings ORDER BY starts_at LIMIT 1')).rows;
    const data = { meetingId: meeting.id, label: meeting.title, startsAt: meeting.starts_at.toISOString() };
    const ids = Array.from({ length: JOBS }, () => crypto.randomUUID());
    const producer = new PgBoss({ connectionString: dbUrl, schema: 'pgboss', migrate: false, supervise: false, schedule: false, max: 2 });
    await producer.start();
    const started = performance.now();
    await producer.insert(
      'notification.fanout',
      ids.map((id) => ({
        id,
        data: { kind: 'meeting_changed', subject: { type: 'meeting', id: meeting.id }, data, addressed: { userIds: [userId] } },
      })),
    );
    const queuedMs = performance.now() - started;
    await producer.stop({ graceful: false });
    await until(
      async () =>
        (await db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notification.fanout' AND id = ANY($1::uuid[]) AND state = 'completed'`, [ids]))
          .rows[0].n === JOBS,
      120_000,
      'the queued notification jobs',
    );
    const drainMs = performance.now() - started;
    const stored = (await db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = 'meeting_changed'`, [userId])).rows[0].n;
    return { queuedMs, drainMs, stored };
  } finally {
    await db.end();
  }
}

const fmt = (n) => n.toFixed(0);
const dbName = `cantiere_bench_notifications_${process.pid}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-bench-notifications-'));
await withAdmin(`CREATE DATABASE ${dbName}`);
let server;
try {
  const dbUrl = databaseUrl(dbName);
  server = await startServer(dbUrl, dataDir);
  console.log(
    `Node ${process.version}; ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const { queuedMs, drainMs, stored } = await drain(dbUrl);
  const rows = [
    ['figure', 'measured', 'target', 'met'],
    [
      `${JOBS} queued notification jobs drained (queued in ${fmt(queuedMs)} ms; ${stored} notifications stored)`,
      `${fmt(drainMs)} ms`,
      `< ${TARGET_MS} ms`,
      drainMs < TARGET_MS ? 'yes' : 'no',
    ],
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  console.log(`\n${rows.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ')).join('\n')}`);
} finally {
  await server?.stop();
  await withAdmin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  fs.rmSync(dataDir, { recursive: true, force: true });
}
