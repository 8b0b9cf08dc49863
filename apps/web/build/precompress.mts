import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

// Text assets only: fonts (woff2) and images are compressed already, and source maps are fetched by developer
// tools alone.
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt)$/;
const MIN_BYTES = 1024;

// `.vite` holds the build manifest, which is read at build time and never served.
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? (e.name === '.vite' ? [] : filesUnder(path.join(dir, e.name))) : [path.join(dir, e.name)]));
}

/** Writes the brotli and gzip forms of a file beside it, each only when it is smaller than the original. */
export function compressFile(file: string): void {
  const raw = fs.readFileSync(file);
  const br = zlib.brotliCompressSync(raw, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  });
  const gz = zlib.gzipSync(raw, { level: zlib.constants.Z_BEST_COMPRESSION });
  if (br.length < raw.length) fs.writeFileSync(`${file}.br`, br);
  if (gz.length < raw.length) fs.writeFileSync(`${file}.gz`, gz);
}

/**
 * Precompresses the build once, at the highest settings, so that the server only picks a file by Accept-Encoding
 * and never compresses on the fly.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'cantiere-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const file of filesUnder(outDir)) if (COMPRESSIBLE.test(file) && fs.statSync(file).size >= MIN_BYTES) compressFile(file);
    },
  };
}
