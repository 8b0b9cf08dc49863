// bench/collab: our collaboration server (durable acks) beside Hocuspocus 4 (no persistence), same machine,
// same load. Prints propagation and ack latency, cold load and heap per open document, with the targets.
// Run after `npm run build`: node --expose-gc bench/collab/run.mjs
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { ourClient } from './clients.mjs';
import { fmt, percentile, table } from './stats.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const require = createRequire(import.meta.url);
// The CommonJS build of Yjs, the one the engine (compiled to CommonJS) uses.
const Y = require('yjs');
const main = path.join(root, 'apps/api/dist/apps/api/src/main.js');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
// Load runs this long before samples count, for both servers alike: the first half second of a cold run (JIT, new
// connections, a new document) otherwise decides the p99 on its own.
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 1);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
const COLD_SIZES = (process.env.BENCH_COLD_SIZES ?? '1000,10000,100000').split(',').map(Number);

if (!fs.existsSync(main)) throw new Error('Build first: npm run build');
const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function startOurs() {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-bench-'));
  const child = spawn(process.execPath, [...(process.env.BENCH_SERVER_NODE_ARGS ? process.env.BENCH_SERVER_NODE_ARGS.split(' ') : []), main], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'error',
      REDIS_URL: '',
      COLLAB_RATE_LIMIT: '10000',
      ADMIN_EMAIL: 'bench@cantiere.test',
      ADMIN_PASSWORD: 'bench-password',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* starting */
    }
    if (i > 300) throw new Error('server did not start');
    await sleep(100);
  }
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@cantiere.test', password: 'bench-password' }),
  });
  const cookie = login.headers.get('set-cookie').split(';')[0];
  const post = async (p, body) =>
    (await fetch(`${url}${p}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) })).json();
  const space = (await post('/api/spaces', { name: 'Bench', kind: 'other' })).space;
  const newDoc = async (title) => (await post('/api/documents', { spaceId: space.id, title, kind: 'working_note' })).document.docId;
  const dbUrl =
    process.env.DATABASE_URL ??
    `postgres://postgres:${fs.readFileSync(path.join(dataDir, 'postgres.password'), 'utf8').trim()}@127.0.0.1:${fs.readFileSync(path.join(dataDir, 'postgres.port'), 'utf8').trim()}/cantiere`;
  return {
    url,
    cookie,
    newDoc,
    dbUrl,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function startHocuspocus() {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(here, 'hocuspocus-server.mjs'), String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => child.stdout.once('data', resolve));
  return {
    url: `ws://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

/**
 * `clients` connect, spread over BENCH_WORKERS worker threads (default 1, off the main thread that drives the run);
 * the first `writers` push one timestamped item `rate` times a second; every other client records latency.
 */
async function propagation(target, { clients, writers, rate }) {
  const workers = Math.max(1, Math.min(clients, WORKERS));
  const writerIds = Array.from({ length: writers }, (_, i) => i);
  const fleet = Array.from({ length: workers }, (_, w) => {
    const indices = Array.from({ length: clients }, (_, i) => i).filter((i) => i % workers === w);
    const worker = new Worker(path.join(here, 'fleet.mjs'), { workerData: { ...target, indices, writers: writerIds, rate } });
    const ready = new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    return { worker, ready };
  });
  await Promise.all(fleet.map((f) => f.ready));
  await sleep(300);
  fleet.forEach((f) => f.worker.postMessage({ go: true, warmupMs: WARMUP_SECONDS * 1000, aligned: Boolean(process.env.BENCH_ALIGNED) }));
  await sleep((WARMUP_SECONDS + SECONDS) * 1000);
  fleet.forEach((f) => f.worker.postMessage('stop'));
  await sleep(500);
  const reports = await Promise.all(
    fleet.map(
      (f) =>
        new Promise((resolve) => {
          f.worker.once('message', resolve);
          f.worker.postMessage('report');
        }),
    ),
  );
  await Promise.all(fleet.map((f) => new Promise((resolve) => f.worker.once('exit', resolve))));
  const latencies = reports.flatMap((r) => r.latencies);
  const acks = reports.flatMap((r) => r.acks);
  // With one thread of readers, each update's first arrival is the server's delay, and last minus first the spread.
  const firsts = reports.flatMap((r) => r.arrivals.map(([first]) => first));
  const spreads = reports.flatMap((r) => r.arrivals.map(([first, last]) => last - first));
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    samples: latencies.length,
    ackP50: percentile(acks, 50),
    ackP99: percentile(acks, 99),
    firstP50: percentile(firsts, 50),
    firstP99: percentile(firsts, 99),
    spreadP50: percentile(spreads, 50),
    spreadP99: percentile(spreads, 99),
  };
}

/** A document with `n` one-character updates in the log, loaded cold by a fresh client: raw, then after compaction. */
async function coldLoad(ours, n) {
  const client = new pg.Client({ connectionString: ours.dbUrl });
  await client.connect();
  const source = new Y.Doc();
  const updates = [];
  source.on('update', (u) => updates.push(Buffer.from(u)));
  // The log of someone typing: one character per update, as an editor sends them.
  const text = source.getText('t');
  for (let i = 0; i < n; i++) text.insert(text.length, String.fromCharCode(97 + (i % 26)));
  const measure = async (docId) => {
    const t0 = performance.now();
    const c = await ourClient(ours.url, ours.cookie, docId);
    const ms = performance.now() - t0;
    if (c.ydoc.getText('t').length !== n) throw new Error('cold load returned the wrong document');
    c.close();
    return ms;
  };
  const write = async (docId, compacted) => {
    await client.query('INSERT INTO collab_documents (id, last_seq) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET last_seq = $2', [docId, n]);
    if (compacted) {
      // Same result as the engine's compaction: the log replayed into a Y.Doc, stored as one snapshot.
      await client.query('UPDATE collab_documents SET snapshot = $2, snapshot_seq = $3 WHERE id = $1', [docId, Buffer.from(Y.encodeStateAsUpdate(source)), n]);
      return;
    }
    for (let i = 0; i < n; i += 5000) {
      const chunk = updates.slice(i, i + 5000);
      const values = [];
      const tuples = chunk.map((u, j) => {
        values.push(docId, i + j + 1, `m${i + j}`, u);
        const k = values.length;
        return `($${k - 3}, $${k - 2}, $${k - 1}, $${k})`;
      });
      await client.query(`INSERT INTO collab_updates (doc_id, seq, msg_id, update) VALUES ${tuples.join(',')}`, values);
    }
  };
  const rawDoc = await ours.newDoc(`raw ${n}`);
  await write(rawDoc, false);
  const compactDoc = await ours.newDoc(`compact ${n}`);
  await write(compactDoc, true);
  const raw = await measure(rawDoc);
  const compacted = await measure(compactDoc);
  await client.end();
  return { raw, compacted };
}

/** Heap of open documents holding ~2 KB of text each, in our LiveDocument and in Hocuspocus's Document. */
async function heapPerDocument() {
  const { LiveDocument } = require(path.join(root, 'apps/api/dist/apps/api/src/collab/live-document.js'));
  const { Document } = await import('@hocuspocus/server');
  const seed = new Y.Doc();
  seed.getText('t').insert(0, 'Verbale della seduta del tavolo. '.repeat(60));
  const snapshot = Y.encodeStateAsUpdate(seed);
  const measure = (make) => {
    global.gc?.();
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    const docs = [];
    for (let i = 0; i < 500; i++) docs.push(make(i));
    global.gc?.();
    global.gc?.();
    const per = (process.memoryUsage().heapUsed - before) / docs.length / 1024;
    docs.forEach((d) => d.destroy());
    return per;
  };
  return {
    ours: measure((i) => new LiveDocument(`document:${i}`, { snapshot, snapshotSeq: 1, rows: [], lastSeq: 1 }, async () => new Map())),
    hocuspocus: measure((i) => {
      const d = new Document(`doc-${i}`);
      Y.applyUpdate(d, snapshot);
      return d;
    }),
  };
}

const ours = await startOurs();
const hocus = await startHocuspocus();
const allScenarios = [
  { name: '10 clients, 2 writers x 10/s', clients: 10, writers: 2, rate: 10 },
  { name: '50 clients, 5 writers x 10/s', clients: 50, writers: 5, rate: 10 },
  { name: '10 writers x 100/s', clients: 10, writers: 10, rate: 100 },
];
const scenarios = process.env.BENCH_ONLY_PROBE
  ? [{ name: '1 writer x 100/s, no reader', clients: 1, writers: 1, rate: 100 }]
  : process.env.BENCH_ONLY_HEAVY
    ? allScenarios.slice(2)
    : process.env.BENCH_ONLY_SCENARIO
      ? allScenarios.filter((s) => s.name.includes(process.env.BENCH_ONLY_SCENARIO))
      : allScenarios;
const rows = [['scenario', 'server', 'propagation p50 ms', 'p99 ms', 'samples', 'ack p50 ms', 'ack p99 ms', 'first reader p50/p99', 'spread p50/p99']];
const detail = (r) => [`${fmt(r.firstP50)} / ${fmt(r.firstP99)}`, `${fmt(r.spreadP50)} / ${fmt(r.spreadP99)}`];
const results = {};
try {
  for (const s of scenarios) {
    const ourDoc = await ours.newDoc(s.name);
    const mine = await propagation({ server: 'ours', url: ours.url, cookie: ours.cookie, doc: ourDoc }, s);
    const theirs = await propagation({ server: 'hocuspocus', url: hocus.url, doc: `bench-${s.clients}-${s.writers}-${s.rate}` }, s);
    results[s.name] = { mine, theirs };
    rows.push([s.name, 'cantiere (durable ack)', fmt(mine.p50), fmt(mine.p99), mine.samples, fmt(mine.ackP50), fmt(mine.ackP99), ...detail(mine)]);
    rows.push(['', 'hocuspocus 4 (memory)', fmt(theirs.p50), fmt(theirs.p99), theirs.samples, '-', '-', ...detail(theirs)]);
  }
  console.log(
    `\nPropagation and acknowledgement (${SECONDS} s per run after ${WARMUP_SECONDS} s of warm-up, writers ${process.env.BENCH_ALIGNED ? 'in step' : 'out of step'}, clients in ${WORKERS} worker thread${WORKERS === 1 ? '' : 's'})\n${table(rows)}`,
  );

  // The cold-load target is absolute (Hocuspocus without persistence has nothing to load from), so no anchor column.
  const coldRows = [['updates in log', 'cold load raw ms', 'after compaction ms']];
  const cold = {};
  for (const n of COLD_SIZES) {
    cold[n] = await coldLoad(ours, n);
    coldRows.push([n, fmt(cold[n].raw), fmt(cold[n].compacted)]);
  }
  console.log(`\nCold load of a document (first join of a fresh client, end to end)\n${table(coldRows)}`);

  const heap = await heapPerDocument();
  console.log(
    `\nHeap per open document (~2 KB text): cantiere ${fmt(heap.ours)} KiB, hocuspocus ${fmt(heap.hocuspocus)} KiB${global.gc ? '' : ' (run with --expose-gc for steadier figures)'}`,
  );

  const at50 = results['50 clients, 5 writers x 10/s'];
  const at100 = results['10 writers x 100/s'];
  const biggest = cold[Math.max(...COLD_SIZES)];
  // The knobs run a subset of the scenarios: the verdicts need all of them.
  if (at50 && at100) {
    console.log('\nTargets');
    console.log(
      table([
        ['target', 'measured', 'verdict'],
        [
          'p99 propagation at 50 clients <= hocuspocus',
          `${fmt(at50.mine.p99)} vs ${fmt(at50.theirs.p99)} ms`,
          at50.mine.p99 <= at50.theirs.p99 ? 'met' : 'NOT met',
        ],
        ['ack p99 < 20 ms at 10 writers x 100/s', `${fmt(at100.mine.ackP99)} ms`, at100.mine.ackP99 < 20 ? 'met' : 'NOT met'],
        [
          `cold load of ${Math.max(...COLD_SIZES)} updates after compaction < 60 ms`,
          `${fmt(biggest.compacted)} ms`,
          biggest.compacted < 60 ? 'met' : 'NOT met',
        ],
      ]),
    );
  }
} finally {
  await ours.stop();
  await hocus.stop();
}
