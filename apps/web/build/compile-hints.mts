import type { OutputBundle } from 'rolldown';
import type { Plugin } from 'vite';

/**
 * V8's file-wide compile hint (Chrome 136 and later; any other engine reads a comment). It counts only as the
 * file's first line: Vite puts its preload table at the top of a chunk after Rolldown's banners, so it is added last.
 */
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** A source map's JSON with one line added at the top of the file it maps: each mapping moves down a line. */
export function shiftSourceMap(json: string): string {
  const map = JSON.parse(json) as { mappings?: string };
  return JSON.stringify({ ...map, mappings: ';' + (map.mappings ?? '') });
}

/** Puts the hint at the top of every chunk of a bundle, and keeps their source maps (chunk's and file's) aligned. */
export function addCompileHints(bundle: OutputBundle): void {
  for (const output of Object.values(bundle)) {
    if (output.type !== 'chunk' || output.code.startsWith(EAGER_COMPILE_HINT)) continue;
    output.code = `${EAGER_COMPILE_HINT}\n${output.code}`;
    if (output.map) output.map.mappings = ';' + output.map.mappings;
    const mapFile = bundle[`${output.fileName}.map`];
    if (mapFile?.type === 'asset') mapFile.source = shiftSourceMap(String(mapFile.source));
  }
}

/**
 * Asks V8 to compile each chunk's functions while the chunk downloads, on a background thread. A chunk is fetched
 * when its code is about to run (the entry, the landing page's chunks, a page's on navigation), so nearly all of
 * its functions are called at once; without the hint each was compiled on the main thread at its first call. On the
 * phone profile of bench/web that lazy compilation was about half of the home page's blocking time.
 */
export function compileHints(): Plugin {
  return {
    name: 'cantiere-compile-hints',
    apply: 'build',
    enforce: 'post',
    // Last among the plugins' hooks, after Vite's own has put the preload table at the top.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        addCompileHints(bundle as unknown as OutputBundle);
      },
    },
  };
}
