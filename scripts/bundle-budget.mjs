// The bundle budget: the JavaScript a browser must fetch to show the login and the home page, gzip-compressed,
// stays under 200 KB. For each route it follows the build manifest from the entry chunk and the route's own chunk
// through every static import (the chunks Vite preloads with them) and adds up their gzip sizes.
// Run after the build: node scripts/bundle-budget.mjs [--json FILE]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'apps/web/dist');
export const BUDGET_BYTES = 200 * 1000;
const ROUTES = { login: 'src/modules/account/pages/LoginPage.tsx', home: 'src/pages/HomePage.tsx' };

/** The files of a manifest entry and of all it imports statically, each once. */
export function chunksOf(manifest, keys) {
  const seen = new Set();
  const files = [];
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`no chunk ${key} in the build manifest`);
    files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return files;
}

export const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;

function main() {
  const manifestFile = path.join(dist, '.vite/manifest.json');
  if (!fs.existsSync(manifestFile)) throw new Error('No build manifest: run `npm run build` first');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const results = Object.entries(ROUTES).map(([route, page]) => {
    const files = chunksOf(manifest, [entry, page]);
    const bytes = files.reduce((sum, f) => sum + gzipSize(f), 0);
    return { route, files: files.length, bytes, ok: bytes <= BUDGET_BYTES };
  });
  for (const r of results)
    console.log(
      `${r.route.padEnd(6)} ${(r.bytes / 1000).toFixed(1).padStart(6)} KB gzip in ${r.files} chunks (budget ${BUDGET_BYTES / 1000} KB): ${r.ok ? 'ok' : 'OVER BUDGET'}`,
    );
  const jsonAt = process.argv.indexOf('--json');
  if (jsonAt > 0) {
    // The shape scripts/test.mjs adds up from every suite's report.
    const passed = results.filter((r) => r.ok).length;
    fs.writeFileSync(process.argv[jsonAt + 1], JSON.stringify({ numPassedTests: passed, numFailedTests: results.length - passed, results }));
  }
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
