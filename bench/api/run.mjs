// bench/api: the real server (built, demo data, access logs on) beside a bare node:http + pg baseline, same machine,
// same load. Prints throughput at saturation and p50/p99 at a fixed rate per route, with the targets.
// Run after `npm run build`: npm run bench:api (needs a PostgreSQL server; BENCH_DATABASE_URL, default below).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { requireSupportedNode } from '../../scripts/node-version.mjs';
import { fixedRate, saturate } from './load.mjs';

requireSupportedNode('bench/api');

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const main = path.join(root, 'apps/api/dist/apps/api/src/main.js');
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const RATE = Number(process.env.BENCH_RATE ?? 100);
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? 'info';
// A facilitator, not an administrator: the people list then takes its contact-visibility path, the heavier one.
const LOGIN = { email: 'marco.bianchi@comune.cremona.it', password: 'cantiere-demo-2026' };
const HEALTH = '/api/health';
const LISTS = ['/api/meetings', '/api/organisations?q=coop', '/api/people?q=ross'].filter((r) => r.includes(process.env.BENCH_ONLY_ROUTE ?? ''));
const TARGETS = { healthShare: 0.3, listP99Ms: 50 };

if (!fs.existsSync(main)) throw new Error('Build first: npm run build');
const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
const table = (rows) => {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ')).join('\n');
};

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc: per request, it shows what a route costs
 * whatever else the machine is running, where throughput and latency move with the neighbours' load.
 */
function cpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return NaN;
  }
}

async function measuredSaturation(server, url, options) {
  const before = cpuMs(server.pid);
  const result = await saturate(url, options);
  return { ...result, cpuPerRequest: (cpuMs(server.pid) - before) / result.ok };
}

async function withAdmin(sql) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function databaseUrl(name) {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function waitFor(url, deadlineMs, child) {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited before answering ${url}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${url} did not answer within ${deadlineMs} ms`);
}

/** Our server, its stdout (the JSON log) read here so that writing it costs what a log pipe costs in production. */
async function startOurs(dbUrl) {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-bench-api-'));
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS ? process.env.BENCH_SERVER_NODE_ARGS.split(' ') : [];
  const child = spawn(process.execPath, [...nodeArgs, main], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SEED_DEMO: 'true',
      DATABASE_URL: dbUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL,
      REDIS_URL: '',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const log = { lines: 0, accessLines: 0, tail: '' };
  // pino-http puts a responseTime on each request's line, whether completed, errored or aborted by the client.
  const marker = '"responseTime":';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    const text = log.tail + chunk;
    const lastNewline = text.lastIndexOf('\n');
    const complete = text.slice(0, lastNewline + 1);
    log.tail = text.slice(lastNewline + 1);
    for (let i = complete.indexOf('\n'); i !== -1; i = complete.indexOf('\n', i + 1)) log.lines++;
    for (let i = complete.indexOf(marker); i !== -1; i = complete.indexOf(marker, i + 1)) log.accessLines++;
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    await waitFor(`http://127.0.0.1:${port}${HEALTH}`, 120_000, child);
  } catch (err) {
    child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { base: `http://127.0.0.1:${port}`, pid: child.pid, log, stop };
}

async function startBaseline(dbUrl) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(here, 'baseline-server.mjs'), String(port), dbUrl], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => child.stdout.once('data', resolve));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    base: `http://127.0.0.1:${port}`,
    pid: child.pid,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function login(base) {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(LOGIN) });
  if (!res.ok) throw new Error(`login failed: ${res.status}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie };
}

const dbName = `cantiere_bench_api_${process.pid}`;
await withAdmin(`CREATE DATABASE ${dbName}`);
let ours;
let baseline;
try {
  const dbUrl = databaseUrl(dbName);
  ours = await startOurs(dbUrl);
  baseline = await startBaseline(dbUrl);
  const headers = await login(ours.base);
  let loggedRequests = 1; // the login
  console.log(
    `Node ${process.version}; ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(`${SECONDS} s per run, saturation with ${CONNECTIONS} connections, latency at ${RATE} requests/s; server LOG_LEVEL=${LOG_LEVEL}\n`);

  // Both servers warm up (JIT, pools) before anything counts.
  await saturate(`${baseline.base}${HEALTH}`, { connections: CONNECTIONS, seconds: 1 });
  await saturate(`${ours.base}${HEALTH}`, { connections: CONNECTIONS, seconds: 1 });
  for (const route of LISTS) loggedRequests += (await saturate(`${ours.base}${route}`, { connections: 4, seconds: 0.5, headers })).sent;

  const rows = [['route', 'server', 'req/s at saturation', 'server CPU ms/req', `p50 ms at ${RATE}/s`, `p99 ms at ${RATE}/s`, 'target', 'met']];
  const verdicts = [];
  const baseSat = await measuredSaturation(baseline, `${baseline.base}${HEALTH}`, { connections: CONNECTIONS, seconds: SECONDS });
  const baseLat = await fixedRate(`${baseline.base}${HEALTH}`, { rate: RATE, seconds: SECONDS });
  rows.push([HEALTH, 'baseline', fmt(baseSat.perSecond, 0), fmt(baseSat.cpuPerRequest, 2), fmt(baseLat.p50), fmt(baseLat.p99), '(anchor)', '']);
  const oursSat = await measuredSaturation(ours, `${ours.base}${HEALTH}`, { connections: CONNECTIONS, seconds: SECONDS });
  const oursLat = await fixedRate(`${ours.base}${HEALTH}`, { rate: RATE, seconds: SECONDS });
  const share = oursSat.perSecond / baseSat.perSecond;
  const healthMet = share >= TARGETS.healthShare;
  verdicts.push(healthMet);
  rows.push([
    HEALTH,
    'ours',
    `${fmt(oursSat.perSecond, 0)} (${fmt(share * 100, 0)}%)`,
    fmt(oursSat.cpuPerRequest, 2),
    fmt(oursLat.p50),
    fmt(oursLat.p99),
    `>= ${TARGETS.healthShare * 100}% of baseline`,
    healthMet ? 'yes' : 'NO',
  ]);

  for (const route of LISTS) {
    const sat = await measuredSaturation(ours, `${ours.base}${route}`, { connections: CONNECTIONS, seconds: SECONDS, headers });
    const lat = await fixedRate(`${ours.base}${route}`, { rate: RATE, seconds: SECONDS, headers });
    loggedRequests += sat.sent + lat.sent;
    const met = lat.p99 < TARGETS.listP99Ms && lat.failed === 0 && sat.failed === 0;
    verdicts.push(met);
    rows.push([
      route,
      'ours',
      fmt(sat.perSecond, 0),
      fmt(sat.cpuPerRequest, 2),
      fmt(lat.p50),
      fmt(lat.p99),
      `p99 < ${TARGETS.listP99Ms} ms`,
      met ? 'yes' : 'NO',
    ]);
    if (sat.failed || lat.failed) console.log(`${route}: ${sat.failed + lat.failed} requests failed`);
  }

  // Stopping flushes the asynchronous log: every request to a logged route must have its line by the time it exits.
  const log = ours.log;
  await ours.stop();
  ours = undefined;
  const logsKept = log.accessLines === loggedRequests;
  verdicts.push(logsKept);
  console.log(table(rows));
  console.log(
    `\naccess log lines: ${log.accessLines} for ${loggedRequests} logged requests (${log.lines} lines in all): ${logsKept ? 'all kept (target met)' : 'NOT ALL THERE (target not met)'}`,
  );
  console.log(verdicts.every(Boolean) ? '\nEvery target met.' : '\nSome targets not met.');
} finally {
  await ours?.stop();
  await baseline?.stop();
  await withAdmin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
}
