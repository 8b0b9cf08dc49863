import fs from 'node:fs';
import path from 'node:path';
import { parseAst, transformWithOxc } from 'vite';
import { describe, expect, it } from 'vitest';
import { routeTables } from '@cantiere/domain';
import { routeAddresses } from './route-addresses.mts';

const routesDir = path.resolve(__dirname, '../../../libs/domain/src/routes');
const reduce = routeAddresses((code) => parseAst(code) as never);
const asBuilt = async (file: string) => (await transformWithOxc(fs.readFileSync(path.join(routesDir, file), 'utf8'), file)).code;

/** Runs a reduced table module on its own: its imports are unused once reduced, so they are left out. */
function load(code: string): Record<string, unknown> {
  const exports: Record<string, unknown> = {};
  new Function('exports', code.replace(/^import .*$/gm, '').replace(/^export const (\w+) =/gm, 'exports.$1 ='))(exports);
  return exports;
}

describe('routeAddresses', () => {
  it("gives every table of the domain with each route's method, path and upload media type alone, and no schema", async () => {
    const tableFiles = fs
      .readdirSync(routesDir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts') && !['route.ts', 'index.ts', 'envelope.ts'].includes(f));
    const reduced: Record<string, unknown> = {};
    for (const file of tableFiles) {
      const source = await asBuilt(file);
      const out = reduce(source);
      expect(out.split('\n').length).toBe(source.split('\n').length);
      // Only the import lines, which the bundler drops as unused, still name zod or a schema.
      expect(out.replace(/^import .*$/gm, '')).not.toMatch(/\bz\b|Schema\b/);
      Object.assign(reduced, load(out));
    }
    const expected = Object.fromEntries(
      Object.entries(routeTables).map(([name, table]) => [
        name,
        Object.fromEntries(
          Object.entries(table).map(([key, route]) => [
            key,
            'upload' in route ? { method: route.method, path: route.path, upload: route.upload } : { method: route.method, path: route.path },
          ]),
        ),
      ]),
    );
    expect(reduced).toEqual(expected);
  });

  it('refuses a table whose schema constants serve more than its routes', () => {
    const code =
      "const shared = z.object({});\nexport const x = { a: route({ method: 'GET', path: '/api/x', response: shared }) };\nexport const y = shared;\n";
    expect(() => reduce(code)).toThrow(/uses shared outside/);
  });

  it('refuses a route whose method or path is not written out', () => {
    expect(() => reduce("export const x = { a: route({ ...base, path: '/api/x' }) };")).toThrow(/without a literal method and path/);
  });

  it('leaves a module without routes as it is', () => {
    const code = 'export const answer = 42;\n';
    expect(reduce(code)).toBe(code);
  });
});
