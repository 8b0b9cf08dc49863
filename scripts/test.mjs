// Runs every test of the workspace: lint, types and formatting (Prettier), the OpenAPI document's lint (Redocly), unit and
// integration tests (real PostgreSQL), web unit tests and browser tests (Chromium).
// Ends with one summary line: "Total: N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireSupportedNode } from './node-version.mjs';

console.log(`Node.js ${process.version} (${process.execPath})`);
requireSupportedNode('The test suite');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'tmp/test-results');
fs.rmSync(results, { recursive: true, force: true });
fs.mkdirSync(results, { recursive: true });
// Tools run under this very Node binary, not whichever `node` their `#!/usr/bin/env node` line finds first: Jest
// workers and Nx's forks inherit process.execPath, and the commands Nx runs through a shell find it first on the PATH.
const PATH = [path.dirname(process.execPath), process.env.PATH].filter(Boolean).join(path.delimiter);
const env = { ...process.env, PATH, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
const bin = (name) => fs.realpathSync(path.join(root, 'node_modules/.bin', name));

const timings = [];
function step(title, script, args) {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit', env });
  timings.push([title, (Date.now() - started) / 1000, result.status === 0]);
  return result.status === 0;
}

const suites = [
  ['web: bundle budget (login and home JS, gzip)', 'scripts/bundle-budget.mjs', ['--json', `${results}/bundle-budget.json`]],
  ['api: OpenAPI document, Redocly recommended lint', 'scripts/openapi-lint.mjs', []],
  ['domain library', bin('jest'), ['-c', 'libs/domain/jest.config.js', '--json', `--outputFile=${results}/domain.json`]],
  ['collaboration protocol library', bin('jest'), ['-c', 'libs/collab/jest.config.js', '--json', `--outputFile=${results}/collab.json`]],
  ['editor schema library', bin('jest'), ['-c', 'libs/editor-schema/jest.config.js', '--json', `--outputFile=${results}/editor-schema.json`]],
  ['api: unit, integration and process tests', bin('jest'), ['-c', 'apps/api/jest.config.js', '--json', `--outputFile=${results}/api.json`]],
  ['web: unit tests', bin('vitest'), ['run', '--root', 'apps/web', '--reporter=default', '--reporter=json', `--outputFile=${results}/web.json`]],
  ['web: browser tests in Chromium', bin('jest'), ['-c', 'apps/web-e2e/jest.config.js', '--json', `--outputFile=${results}/web-e2e.json`]],
];

// The sources Prettier keeps formatted: the same globs as `npm run format` and `npm run format:check`.
const FORMATTED = ['apps/**/*.{ts,tsx,mjs,mts,css}', 'libs/**/*.ts', 'migrations/**/*.ts', 'scripts/**/*.mjs', 'bench/**/*.mjs', '*.mjs'];

let ok = step('build', bin('nx'), ['run-many', '-t', 'build', '--outputStyle=stream']);
ok = ok && step('lint and typecheck', bin('nx'), ['run-many', '-t', 'lint', 'typecheck', '--outputStyle=stream']);
ok = ok && step('format (Prettier)', bin('prettier'), ['--check', ...FORMATTED]);
const failedSuites = [];
if (ok) {
  for (const [title, command, args] of suites) if (!step(title, command, args)) failedSuites.push(title);
}

let passed = 0;
let failed = 0;
for (const file of fs.existsSync(results) ? fs.readdirSync(results) : []) {
  const report = JSON.parse(fs.readFileSync(path.join(results, file), 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
}
console.log('\nTime per step (s):');
for (const [title, seconds, passedStep] of timings) console.log(`  ${seconds.toFixed(1).padStart(7)}  ${passedStep ? 'ok  ' : 'FAIL'}  ${title}`);
console.log(
  `  ${timings
    .reduce((sum, [, seconds]) => sum + seconds, 0)
    .toFixed(1)
    .padStart(7)}  total`,
);
console.log('');
if (!ok) console.log('Build, lint, typecheck or formatting failed: no test ran.');
if (failedSuites.length) console.log(`Failing: ${failedSuites.join('; ')}`);
console.log(`Total: ${passed} passed, ${failed} failed`);
process.exit(ok && failedSuites.length === 0 && failed === 0 && passed > 0 ? 0 : 1);
