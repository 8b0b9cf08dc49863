import { describe, expect, it } from 'vitest';
import type { OutputBundle } from 'rolldown';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { addCompileHints, EAGER_COMPILE_HINT, shiftSourceMap } from './compile-hints.mts';

// `a.js` holds `export const a = 1;` on its first line, mapped to line 1 of src/a.ts ("AAAA,OAAO").
const map = { version: 3, sources: ['src/a.ts'], names: [], mappings: 'AAAA,OAAO' };

function bundleOf(code: string) {
  return {
    'a.js': { type: 'chunk', fileName: 'a.js', code, map: { ...map } },
    'a.js.map': { type: 'asset', fileName: 'a.js.map', source: JSON.stringify(map) },
    'a.css': { type: 'asset', fileName: 'a.css', source: 'body{}' },
  } as unknown as OutputBundle & Record<string, { code?: string; source?: string; map?: { mappings: string } }>;
}

describe('addCompileHints', () => {
  it('puts the hint on the first line of each chunk, before what the bundler put at its top', () => {
    const bundle = bundleOf('const __vite__mapDeps=1;\nexport const a = 1;');
    addCompileHints(bundle);
    expect(bundle['a.js'].code!.split('\n')[0]).toBe(EAGER_COMPILE_HINT);
    expect(bundle['a.js'].code).toBe(`${EAGER_COMPILE_HINT}\nconst __vite__mapDeps=1;\nexport const a = 1;`);
    expect(bundle['a.css'].source).toBe('body{}');
  });

  it('moves the source maps down one line, so that positions still name their source', () => {
    const bundle = bundleOf('export const a = 1;');
    addCompileHints(bundle);
    for (const json of [JSON.stringify(bundle['a.js'].map), bundle['a.js.map'].source!]) {
      const traced = new TraceMap(json);
      expect(originalPositionFor(traced, { line: 2, column: 7 })).toMatchObject({ source: 'src/a.ts', line: 1, column: 7 });
      expect(originalPositionFor(traced, { line: 1, column: 7 }).source).toBeNull();
    }
  });

  it('adds the hint once when a bundle is seen again', () => {
    const bundle = bundleOf('export const a = 1;');
    addCompileHints(bundle);
    addCompileHints(bundle);
    expect(bundle['a.js'].code!.match(/allFunctionsCalledOnLoad/g)).toHaveLength(1);
    expect(JSON.parse(bundle['a.js.map'].source!).mappings).toBe(';AAAA,OAAO');
  });
});

describe('shiftSourceMap', () => {
  it('keeps every other field of the map', () => {
    expect(JSON.parse(shiftSourceMap(JSON.stringify({ ...map, file: 'a.js' })))).toEqual({ ...map, file: 'a.js', mappings: ';AAAA,OAAO' });
  });
});
