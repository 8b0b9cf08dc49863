// bench/jobs: the built server on its own database (demo data), mail to its local outbox. Prints how long the
// convene request of a meeting with 200 representatives takes (its mails only queued), and how long 1 000 queued
// mail jobs take to drain, each beside its target. It never asserts: the figures are for reading.
// Run after `npm run build`: npm run bench:jobs (needs a PostgreSQL server; BENCH_DATABASE_URL, default below).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PgBoss } from 'pg-boss';
import { requireSupportedNode } from '../../scripts/node-version.mjs';
import { databaseUrl, startServer, until, withAdmin } from '../support/bench-server.mjs';

requireSupportedNode('bench/jobs');

const REPRESENTATIVES = Number(process.env.BENCH_REPRESENTATIVES ?? 200);
const CONVENE_RUNS = Number(process.env.BENCH_CONVENE_RUNS ?? 3);
const JOBS = Number(process.env.BENCH_JOBS ?? 1000);
const TARGETS = { conveneMs: 300, drainMs: 10_000 };
const ADMIN = { email: 'laura.ferrari@comune.cremona.it', password: 'cantiere-demo-2026' };

function client(base, cookie = '') {
  return async (method, route, body) => {
    const res = await fetch(`${base}${route}`, {
      method,
      headers: { 'content-type': 'application/json', origin: base, ...(cookie ? { cookie } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${text}`);
    return { body: text ? JSON.parse(text) : null, headers: res.headers };
  };
}

async function login(base) {
  const { headers } = await client(base)('POST', '/api/auth/login', ADMIN);
  return headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** A space whose register holds `count` representatives, each of one of a few organisations. */
async function spaceWithRepresentatives(call, count) {
  const tag = crypto.randomBytes(3).toString('hex');
  const orgs = [];
  for (let i = 0; i < 10; i++) orgs.push((await call('POST', '/api/organisations', { name: `Ente ${tag} ${i}`, type: 'aps' })).body.organisation);
  const space = (await call('POST', '/api/spaces', { name: `Tavolo ${tag}`, kind: 'thematic_table', visibility: 'members', quorum: { kind: 'majority' } })).body
    .space;
  for (let i = 0; i < count; i++) {
    const organisationId = orgs[i % orgs.length].id;
    const person = (
      await call('POST', '/api/people', {
        firstName: 'Rappresentante',
        lastName: `N. ${i}`,
        email: `rappresentante-${tag}-${i}@example.org`,
        affiliations: [{ organisationId, role: 'operator' }],
      })
    ).body.person;
    await call('POST', `/api/spaces/${space.id}/members`, { organisationId, personId: person.id, role: i === 0 ? 'facilitator' : 'member' });
  }
  return space;
}

async function convene(call, spaceId, run) {
  const startsAt = new Date(Date.now() + 7 * 86_400_000);
  const meeting = (
    await call('POST', '/api/meetings', {
      spaceId,
      title: `Seduta di prova ${run}`,
      kind: 'thematic_table',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
      place: 'Sala Zanoni, Cremona',
    })
  ).body.meeting;
  await call('POST', `/api/meetings/${meeting.id}/agenda-items`, { title: 'Comunicazioni', kind: 'information', plannedMinutes: 10 });
  const started = performance.now();
  await call('POST', `/api/meetings/${meeting.id}/transitions`, { transition: 'convene' });
  const conveneMs = performance.now() - started;
  const delivered = async () => (await call('GET', `/api/meetings/${meeting.id}/convocation/deliveries`)).body.items;
  await until(
    async () => {
      const list = await delivered();
      return list.length >= REPRESENTATIVES && list.every((d) => d.state === 'sent');
    },
    120_000,
    'the convocation mails',
  );
  return { conveneMs, mailsDoneMs: performance.now() - started };
}

async function drain(dbUrl) {
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  const tag = crypto.randomBytes(3).toString('hex');
  try {
    const { rows } = await db.query(
      `INSERT INTO mail_deliveries (idempotency_key, kind, recipient, subject, message)
       SELECT 'bench:' || $1 || ':' || n, 'bench', 'persona' || n || '@example.org', 'Notifica ' || n,
              jsonb_build_object('to', 'persona' || n || '@example.org', 'subject', 'Notifica ' || n, 'text', 'Una notifica di prova.')
         FROM generate_series(1, $2::int) AS n RETURNING id`,
      [tag, JOBS],
    );
    const producer = new PgBoss({ connectionString: dbUrl, schema: 'pgboss', migrate: false, supervise: false, schedule: false, max: 2 });
    await producer.start();
    const started = performance.now();
    await producer.insert(
      'mail.send',
      rows.map(({ id }) => ({ id, data: { deliveryId: id } })),
    );
    const queuedMs = performance.now() - started;
    await producer.stop({ graceful: false });
    await until(
      async () =>
        (await db.query(`SELECT count(*)::int AS n FROM mail_deliveries WHERE idempotency_key LIKE $1 AND state = 'sent'`, [`bench:${tag}:%`])).rows[0].n ===
        JOBS,
      120_000,
      'the queued jobs',
    );
    return { queuedMs, drainMs: performance.now() - started };
  } finally {
    await db.end();
  }
}

const fmt = (n) => n.toFixed(0);
const dbName = `cantiere_bench_jobs_${process.pid}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-bench-jobs-'));
await withAdmin(`CREATE DATABASE ${dbName}`);
let server;
try {
  const dbUrl = databaseUrl(dbName);
  server = await startServer(dbUrl, dataDir);
  const call = client(server.base, await login(server.base));
  console.log(
    `Node ${process.version}; ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const space = await spaceWithRepresentatives(call, REPRESENTATIVES);
  const runs = [];
  for (let run = 1; run <= CONVENE_RUNS; run++) runs.push(await convene(call, space.id, run));
  const convenes = runs.map((r) => r.conveneMs).sort((a, b) => a - b);
  const median = convenes[Math.floor(convenes.length / 2)];
  const { queuedMs, drainMs } = await drain(dbUrl);
  const rows = [
    ['figure', 'measured', 'target', 'met'],
    [
      `convene request, ${REPRESENTATIVES} representatives (median of ${CONVENE_RUNS}; all: ${convenes.map(fmt).join(', ')} ms)`,
      `${fmt(median)} ms`,
      `< ${TARGETS.conveneMs} ms`,
      median < TARGETS.conveneMs ? 'yes' : 'no',
    ],
    [
      `  then every convocation mail sent (after the request; max of ${CONVENE_RUNS})`,
      `${fmt(Math.max(...runs.map((r) => r.mailsDoneMs)))} ms`,
      '(no target)',
      '',
    ],
    [
      `${JOBS} queued mail jobs drained to the local outbox (queued in ${fmt(queuedMs)} ms)`,
      `${fmt(drainMs)} ms`,
      `< ${TARGETS.drainMs} ms`,
      drainMs < TARGETS.drainMs ? 'yes' : 'no',
    ],
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  console.log(`\n${rows.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ')).join('\n')}`);
} finally {
  await server?.stop();
  await withAdmin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  fs.rmSync(dataDir, { recursive: true, force: true });
}
