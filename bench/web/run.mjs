// bench/web: Lighthouse (mobile profile: a mid-range phone on slow 4G, simulated) on the login page, the home
// page, a space and a meeting of the demo data, several runs each, printing the median performance and
// accessibility scores beside the targets. Outside CI: scores move with the machine's load.
// Run after `npm run build`: CHROME_PATH=/usr/bin/chromium node bench/web/run.mjs
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoPages, startServer } from './server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGETS = { performance: 90, accessibility: 100 };
// BENCH_PAGES=home,space runs only those pages; BENCH_REPORTS_DIR keeps every run's Lighthouse JSON (its diagnostics:
// bootup-time, largest-contentful-paint-element, critical-request-chains...) as <page>-<run>.json.
const ONLY = process.env.BENCH_PAGES?.split(',');
const REPORTS = process.env.BENCH_REPORTS_DIR;
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

/** One Lighthouse run in its own Chrome; the session cookie, when given, goes with every request. */
function lighthouse(url, cookie, reportFile) {
  const args = [url, '--output=json', '--quiet', '--only-categories=performance,accessibility', `--chrome-flags=${CHROME_FLAGS}`];
  if (cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: cookie })}`);
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, 'node_modules/.bin/lighthouse'), args, {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse ${url}: exit ${code}\n${err}`));
      const report = JSON.parse(out);
      if (reportFile) fs.writeFileSync(reportFile, out);
      const score = (c) => Math.round(report.categories[c].score * 100);
      const audit = (a) => report.audits[a]?.numericValue;
      resolve({
        performance: score('performance'),
        accessibility: score('accessibility'),
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        cls: audit('cumulative-layout-shift'),
        tbt: audit('total-blocking-time'),
      });
    });
  });
}

// Lighthouse now and then loses the trace of a load on a busy machine (NO_NAVSTART): such a run is run again.
async function withRetries(run, attempts = 3) {
  for (let i = 1; ; i++) {
    try {
      return await run();
    } catch (err) {
      if (i >= attempts) throw err;
      console.error(`retrying after: ${err.message.split('\n')[1] ?? err.message}`);
    }
  }
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const server = await startServer();
try {
  const demo = await demoPages(server);
  const pages = [
    ['login', '/accesso', null],
    ['home', '/', demo.cookie],
    ['space', demo.space, demo.cookie],
    ['meeting', demo.meeting, demo.cookie],
  ];
  console.log(
    `Lighthouse ${RUNS} runs per page, mobile profile, median (targets: performance >= ${TARGETS.performance}, accessibility ${TARGETS.accessibility})`,
  );
  console.log('page      perf  a11y   FCP ms   LCP ms    CLS   TBT ms  runs (perf)');
  let met = true;
  if (REPORTS) fs.mkdirSync(REPORTS, { recursive: true });
  for (const [name, p, cookie] of pages.filter(([name]) => !ONLY || ONLY.includes(name))) {
    const runs = [];
    for (let i = 0; i < RUNS; i++)
      runs.push(await withRetries(() => lighthouse(server.url + p, cookie, REPORTS && path.join(REPORTS, `${name}-${i + 1}.json`))));
    const m = (k) => median(runs.map((r) => r[k]));
    const ok = m('performance') >= TARGETS.performance && m('accessibility') >= TARGETS.accessibility;
    met &&= ok;
    console.log(
      `${name.padEnd(8)} ${String(m('performance')).padStart(5)} ${String(m('accessibility')).padStart(5)} ${m('fcp').toFixed(0).padStart(8)} ${m('lcp').toFixed(0).padStart(8)} ${m('cls').toFixed(3).padStart(6)} ${m('tbt').toFixed(0).padStart(8)}  ${runs.map((r) => r.performance).join(' ')}${ok ? '' : '  (below target)'}`,
    );
  }
  console.log(met ? 'All targets met.' : 'Some targets not met.');
} finally {
  await server.stop();
}
