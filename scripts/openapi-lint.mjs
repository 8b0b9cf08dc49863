// Writes the api's OpenAPI document (built api, no database needed) and lints it with Redocly's
// recommended ruleset (redocly.yaml). Any error or warning fails. Usage: node scripts/openapi-lint.mjs [file]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.resolve(process.argv[2] ?? path.join(root, 'tmp/openapi.json'));
// Offline and quiet: no usage data, no update check against the registry.
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', REDOCLY_SUPPRESS_NOTIFICATIONS: 'true' };
const redocly = path.join(root, 'node_modules/.bin/redocly');
const run = (command, args, capture) =>
  spawnSync(command, args, { cwd: root, env, encoding: 'utf8', stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit' });

const write = run(process.execPath, ['apps/api/dist/apps/api/src/cli/write-openapi.js', file]);
if (write.status !== 0) process.exit(write.status ?? 1);

const lintArgs = ['lint', file, '--config', path.join(root, 'redocly.yaml')];
const report = run(redocly, [...lintArgs, '--format=json'], true);
let totals;
try {
  totals = JSON.parse(report.stdout).totals;
} catch {
  console.error(`redocly lint gave no report (exit ${report.status}):\n${report.stdout}`);
  process.exit(1);
}
if (totals.errors === 0 && totals.warnings === 0) {
  console.log(`Redocly recommended lint: 0 errors, 0 warnings (${path.relative(root, file)}).`);
  process.exit(0);
}
run(redocly, [...lintArgs, '--format=codeframe']);
console.error(`Redocly recommended lint: ${totals.errors} errors, ${totals.warnings} warnings; fix them at their source.`);
process.exit(1);
