// Serves the built workspace (API + web client) on one port; with no DATABASE_URL it runs an embedded PostgreSQL.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireSupportedNode } from './node-version.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const main = path.join(root, 'apps/api/dist/apps/api/src/main.js');

requireSupportedNode('Cantiere');
console.log(`Node.js ${process.version} (${process.execPath})`);
if (!fs.existsSync(main)) {
  console.error('The application is not built yet: run `npm run build` (or `npm start`, which builds first).');
  process.exit(1);
}

const port = process.env.PORT ?? '3000';
const url = process.env.PUBLIC_URL ?? `http://localhost:${port}`;
const child = spawn(process.execPath, [main], { stdio: 'inherit', env: process.env });

// Tell a person where to go once the server answers; the JSON log lines stay for machines.
const started = Date.now();
const poll = setInterval(async () => {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    if (res.ok) {
      clearInterval(poll);
      const demo = process.env.NODE_ENV !== 'production' || process.env.SEED_DEMO === 'true';
      console.log(`\n  Cantiere is running at ${url} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
      if (demo) console.log('  Demo accounts: see README.md ("Demo accounts"), password cantiere-demo-2026');
      console.log('  Stop with Ctrl+C.\n');
    }
  } catch {
    // not listening yet
  }
}, 250);

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  clearInterval(poll);
  process.exit(code ?? (signal ? 0 : 1));
});
