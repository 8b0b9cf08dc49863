// What the plan benchmarks share: the built server on a database of its own (demo data), and a plan of 30 objectives
// x 10 actions x 3 indicators (per objective) written over /collab as the editor writes it, then projected into rows.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';
import { databaseUrl, startServer, until, withAdmin } from '../support/bench-server.mjs';

const require = createRequire(import.meta.url);
// The Y.Doc must come from the build the collaboration client uses.
const { CollabClient, orderKeyBetween, writeRecord } = require('../../libs/collab/dist/index.js');
const Y = require('yjs');

export const DEMO_PASSWORD = 'cantiere-demo-2026';
export const FACILITATOR = 'marco.bianchi@comune.cremona.it';
export const OBJECTIVES = Number(process.env.BENCH_OBJECTIVES ?? 30);
export const ACTIONS_PER_OBJECTIVE = Number(process.env.BENCH_ACTIONS ?? 10);
export const INDICATORS_PER_OBJECTIVE = 3;
const SPACE_NAME = 'Tavolo Povertà alimentare';

/** A server with the demo network on a fresh database, logged in as the demo facilitator. */
export async function benchServer(name) {
  const db = `cantiere_bench_${name}_${process.pid}`;
  await withAdmin(`CREATE DATABASE ${db}`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `cantiere-bench-${name}-`));
  const server = await startServer(databaseUrl(db), dataDir);
  const login = await fetch(`${server.base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.base },
    body: JSON.stringify({ email: FACILITATOR, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`login: ${login.status}`);
  const cookie = login.headers.get('set-cookie').split(';')[0];
  const api = async (method, p, body) => {
    const res = await fetch(`${server.base}${p}`, {
      method,
      headers: { 'content-type': 'application/json', origin: server.base, cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status >= 300) throw new Error(`${method} ${p}: ${res.status} ${await res.text()}`);
    return res.status === 204 ? null : res.json();
  };
  const sql = new pg.Client({ connectionString: databaseUrl(db) });
  await sql.connect();
  const { items: spaces } = await api('GET', '/api/spaces');
  const space = spaces.find((s) => s.name === SPACE_NAME);
  const stop = async () => {
    await sql.end();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    await withAdmin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  };
  return { ...server, cookie, api, sql, space, stop };
}

/** Opens a live document as the logged-in account; resolves once joined. */
export async function openLive(server, docId) {
  const client = new CollabClient({ url: server.base, cookie: server.cookie, ackTimeoutMs: 10_000 });
  const ydoc = new Y.Doc();
  const session = client.open(docId, ydoc);
  await until(() => session.status === 'synced' || session.lastError !== null, 20_000, `join of ${docId}`);
  if (session.lastError) throw new Error(`join of ${docId}: ${session.lastError.code}`);
  return { client, session, ydoc, Y };
}

const objectiveFields = (n, order) => ({
  code: `OB-${n}`,
  title: `Obiettivo ${n}: contrasto alla povertà`,
  description: 'Ridurre la povertà alimentare delle famiglie con minori.',
  macroArea: 'poverty_exclusion',
  targetGroup: 'Famiglie con minori in carico ai servizi',
  expectedImpact: 'Meno famiglie senza accesso al cibo',
  lepsCode: 'centri_servizi_poverta',
  coDesigned: true,
  crossArea: false,
  plannedStaff: '1 assistente sociale',
  budget: { fondo_poverta_servizi: 5_000_000 },
  order,
});
const actionFields = (objectiveId, lead, n, order) => ({
  objectiveId,
  order,
  title: `Azione ${n}`,
  description: 'Un emporio per le famiglie segnalate dai servizi.',
  leadOrganisationId: lead,
  partners: {},
  beneficiaries: { expected: 120, description: 'Famiglie con ISEE sotto soglia' },
  startDate: '2025-03-01',
  endDate: '2027-12-31',
  status: 'in_progress',
  progress: 40,
  weight: 1,
  budgetPlanned: { fnps: 1_000_000 },
  budgetSpent: {},
  milestones: {},
});
const indicatorFields = (objectiveId, n, order) => ({
  objectiveId,
  actionId: null,
  order,
  kind: 'output',
  name: `Indicatore ${n}`,
  unit: 'famiglie',
  direction: 'higher',
  baseline: { value: 0, date: '2024-12-31', source: 'Servizi sociali' },
  target: { value: 120, date: '2027-12-31' },
  acceptableRange: { min: 90, max: 200 },
});

/** A draft plan in the demo space, filled live and projected; returns its id and the ids of its records. */
export async function largePlan(server) {
  const { plan } = await server.api('POST', '/api/plans', {
    spaceId: server.space.id,
    title: 'Piano di Zona 2025-2027 (banco di prova)',
    startYear: 2025,
    endYear: 2027,
  });
  const { items: organisations } = await server.api('GET', '/api/organisations?pageSize=5');
  const live = await openLive(server, plan.docId);
  const objectives = [];
  let key = null;
  for (let o = 1; o <= OBJECTIVES; o++) {
    const objectiveId = crypto.randomUUID();
    objectives.push(objectiveId);
    key = orderKeyBetween(key, null);
    live.ydoc.transact(() => {
      writeRecord(live.ydoc, 'objectives', objectiveId, objectiveFields(o, key));
      let actionKey = null;
      for (let a = 1; a <= ACTIONS_PER_OBJECTIVE; a++) {
        actionKey = orderKeyBetween(actionKey, null);
        writeRecord(live.ydoc, 'actions', crypto.randomUUID(), actionFields(objectiveId, organisations[a % organisations.length].id, `${o}.${a}`, actionKey));
      }
      let indicatorKey = null;
      for (let i = 1; i <= INDICATORS_PER_OBJECTIVE; i++) {
        indicatorKey = orderKeyBetween(indicatorKey, null);
        writeRecord(live.ydoc, 'indicators', crypto.randomUUID(), indicatorFields(objectiveId, `${o}.${i}`, indicatorKey));
      }
    });
  }
  await live.session.whenSaved();
  const expected = OBJECTIVES * ACTIONS_PER_OBJECTIVE;
  await until(
    async () => (await server.sql.query('SELECT count(*)::int AS n FROM plan_actions WHERE plan_id = $1', [plan.id])).rows[0].n === expected,
    60_000,
    'the projection of the plan',
  );
  return { plan, objectives, live };
}
