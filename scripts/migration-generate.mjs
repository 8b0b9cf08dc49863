// npm run migration:generate -- VerbNoun : builds the api, then writes the migration the entities need.
import { spawnSync } from 'node:child_process';

const name = process.argv[2];
const build = spawnSync('npx', ['nx', 'run', 'api:build'], { stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false' } });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(process.execPath, ['apps/api/dist/apps/api/src/cli/generate-migration.js', ...(name ? [name] : [])], { stdio: 'inherit' });
process.exit(run.status ?? 1);
