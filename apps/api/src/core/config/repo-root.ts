import fs from 'node:fs';
import path from 'node:path';

/** The workspace root (where nx.json lives), from source, from a build or from a container. */
export function findRepoRoot(start = __dirname): string {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'nx.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}
