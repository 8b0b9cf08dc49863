import path from 'node:path';
import type { Plugin } from 'vite';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) yield* walk(item);
    } else if (isNode(value)) yield* walk(value);
  }
}

const keyName = (property: Node) => {
  const key = property.key as Node & { name?: string; value?: unknown };
  return key.type === 'Identifier' ? key.name : typeof key.value === 'string' ? key.value : undefined;
};

/** What `call()` reads of a route: its address, and the media type of an upload route's body (a literal). */
const CALLED = ['method', 'path', 'upload'];

/** A property written over several lines, on one (its line ends are added back after the route). */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

/** The same number of line ends as `text` holds, so that what follows keeps its line in the source map. */
const sameLines = (text: string) => '\n'.repeat(text.split('\n').length - 1);

/**
 * The route tables as the web client uses them: `call()` (src/api/client.ts) reads a route's method and path, never
 * its schemas. Each `route({...})` of a table becomes `{ method, path }` (and `upload` on an upload route), and the module's own schema constants (the
 * ones it does not export, which only its routes used) go, so that a page calling the API does not bring zod and
 * every schema of the domain (about 35 KB gzip, and its longest script evaluation) to its first paint; only the forms
 * that validate with a schema bring them. Line counts stay the same, so that the source maps still point right.
 */
export function routeAddresses(parse: (code: string) => Node): (code: string) => string {
  return (code) => {
    const program = parse(code);
    const edits: [number, number, string][] = [];
    for (const node of walk(program)) {
      const callee = node.callee as Node & { name?: string };
      const [spec] = (node.arguments as Node[] | undefined) ?? [];
      if (node.type !== 'CallExpression' || callee.type !== 'Identifier' || callee.name !== 'route' || spec?.type !== 'ObjectExpression') continue;
      const kept = (spec.properties as Node[]).filter((p) => p.type === 'Property' && CALLED.includes(keyName(p) ?? ''));
      if (kept.filter((p) => keyName(p) !== 'upload').length !== 2)
        throw new Error(`a route without a literal method and path: ${code.slice(node.start, node.start + 120)}`);
      const pure = /\/\*\s*[#@]__PURE__\s*\*\/\s*$/.exec(code.slice(0, node.start));
      const start = pure ? node.start - pure[0].length : node.start;
      edits.push([start, node.end, `{ ${kept.map((p) => oneLine(code.slice(p.start, p.end))).join(', ')} }${sameLines(code.slice(start, node.end))}`]);
    }
    if (edits.length === 0) return code;
    const dropped: string[] = [];
    for (const statement of program.body as Node[]) {
      if (statement.type !== 'VariableDeclaration') continue;
      for (const declaration of statement.declarations as Node[]) dropped.push((declaration.id as Node & { name: string }).name);
      edits.push([statement.start, statement.end, sameLines(code.slice(statement.start, statement.end))]);
    }
    // From the end, so that earlier offsets stay valid.
    const out = edits.sort((a, b) => b[0] - a[0]).reduce((text, [start, end, replacement]) => text.slice(0, start) + replacement + text.slice(end), code);
    const stillUsed = dropped.filter((name) => new RegExp(`\\b${name}\\b`).test(out));
    if (stillUsed.length) throw new Error(`a route table uses ${stillUsed.join(', ')} outside its routes' schemas`);
    return out;
  };
}

/**
 * Web builds only: route tables reduced to addresses (above), and the shared libraries' modules (libs/domain,
 * libs/collab) declared free of side effects. They only declare schemas, constants, classes and functions; declared
 * so, a module none of whose exports a page uses is left out, instead of being kept for the schema objects its top
 * level builds: the notification bell, which needs three constants of libs/collab, no longer brings zod and yjs.
 */
export function sharedLibrariesForTheWeb(repoRoot: string): Plugin {
  const libraries = ['libs/domain/src', 'libs/collab/src'].map((dir) => path.join(repoRoot, dir) + path.sep);
  const routes = path.join(repoRoot, 'libs/domain/src/routes') + path.sep;
  return {
    name: 'cantiere-shared-libraries-for-the-web',
    apply: 'build',
    transform(code, id) {
      if (!libraries.some((dir) => id.startsWith(dir))) return null;
      const out = id.startsWith(routes) ? routeAddresses((text) => this.parse(text) as unknown as Node)(code) : code;
      return { code: out, map: null, moduleSideEffects: false };
    },
  };
}
