/* global document */
// Time to first render with data of the plan page (`/piani/:id`) for a plan of 30 objectives x 10 actions x 3
// indicators, in Chromium, beside the anchor of the space page (`/spazi/:id`) measured in the same run.
//
// Each visit is a fresh browser context holding the session cookie, on a warm server; the figure is the page's own
// clock (performance.now(), from the navigation's start) when the data is on screen: for the plan, its thirty objective
// headings (the live view a writer lands on, its document joined over /collab) and, second, the overview's thirty
// sheets; for the space, its heading and its list of plans.
import { chromium } from 'playwright-core';
import { benchServer, largePlan, OBJECTIVES } from './large-plan.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_MS = 1_000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await benchServer('plan_render');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const { plan, live } = await largePlan(server);
  live.client.close();
  const [name, value] = server.cookie.split('=');
  const visit = async (path, ready) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addCookies([{ name, value, url: server.base }]);
    const page = await context.newPage();
    await page.goto(`${server.base}${path}`, { waitUntil: 'commit' });
    await page.waitForFunction(ready, OBJECTIVES, { polling: 'raf', timeout: 30_000 });
    const ms = await page.evaluate(() => performance.now());
    await context.close();
    return ms;
  };
  const pages = {
    [`plan, live view (${OBJECTIVES} objectives)`]: [`/piani/${plan.id}`, (n) => document.querySelectorAll('[data-testid="plan-objective"]').length === n],
    'plan, overview': [`/piani/${plan.id}?vista=panoramica`, (n) => document.querySelectorAll('[data-testid="objective-sheet"]').length === n],
    'anchor: space page': [
      `/spazi/${server.space.id}`,
      () => !!document.querySelector('h1') && document.body.innerText.includes('Piano di Zona 2025-2027 (banco di prova)'),
    ],
  };
  // One visit each first: the server's caches and the browser's compiled code warm up alike.
  for (const [path, ready] of Object.values(pages)) await visit(path, ready);
  const results = {};
  for (let i = 0; i < RUNS; i++) for (const [label, [path, ready]] of Object.entries(pages)) (results[label] ??= []).push(await visit(path, ready));
  console.log(`\nFirst render with data, ${RUNS} runs each (ms from navigation start)\n`);
  console.log('| page | median | runs |');
  console.log('|---|---|---|');
  for (const [label, xs] of Object.entries(results)) console.log(`| ${label} | ${median(xs).toFixed(0)} | ${xs.map((x) => x.toFixed(0)).join(', ')} |`);
  const planMs = median(Object.values(results)[0]);
  console.log(`\nTarget: plan page < ${TARGET_MS} ms: ${planMs < TARGET_MS ? 'met' : 'NOT met'} (${planMs.toFixed(0)} ms)`);
} finally {
  await browser.close();
  await server.stop();
}
