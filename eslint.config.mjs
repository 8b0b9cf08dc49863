import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

// Boundaries inside the api (issue 14). Rules are set per file group; a later group replaces a rule's options for
// its files, so each group states the complete list it needs.
const API = 'apps/api/src';
const MODULES = `${API}/modules`;

/** core is what modules build on: it never reaches into a module or the collaboration engine. */
const CORE_IMPORTS = {
  patterns: [
    {
      regex: '^\\.{1,2}/(.*/)?(modules|collab)(/|$)',
      message: 'core never imports modules/ or collab/: pass what it needs in from the application (see apps/api/src/entities.ts).',
    },
  ],
};

/** Modules reach live documents only through the collaboration engine's facade (collab/index.ts: CollabDocuments). */
const COLLAB_FACADE = {
  patterns: [
    {
      regex: '^(\\.{1,2}/)+collab/.',
      message: "Import the collaboration engine only through its index ('../../collab'): CollabDocuments is what modules may use.",
    },
  ],
};

/** A module uses another module only through that module's index.ts, which exports no entity or repository value. */
const CROSS_MODULE = [
  {
    selector:
      'ImportDeclaration[source.value=/^\\.\\.\\/[^./][^/]*\\/./], ExportNamedDeclaration[source.value=/^\\.\\.\\/[^./][^/]*\\/./], ExportAllDeclaration[source.value=/^\\.\\.\\/[^./][^/]*\\/./], ImportExpression[source.value=/^\\.\\.\\/[^./][^/]*\\/./]',
    message: "Import another module only through its index ('../<module>'): its entities and repositories are its own.",
  },
  {
    selector: 'ImportDeclaration[source.value=/(^|\\/)modules\\//]',
    message: "Import another module only through its index ('../<module>'): its entities and repositories are its own.",
  },
];

/** Only `*.repository.ts` files run SQL: they alone reach DataSource, an EntityManager, query or getRepository. */
const SQL_CALLS = [
  {
    selector: 'CallExpression > MemberExpression.callee[property.name=/^(query|getRepository|createQueryBuilder|transaction)$/]',
    message: 'Only *.repository.ts files run SQL (query, getRepository, createQueryBuilder, transaction): move it into a repository named by intent.',
  },
  {
    selector: 'MemberExpression[property.name="manager"]',
    message: 'Only *.repository.ts files reach the EntityManager: move the query into a repository.',
  },
];
const SQL_IMPORTS = {
  paths: [
    { name: 'typeorm', importNames: ['DataSource', 'QueryRunner'], message: 'Only *.repository.ts files touch DataSource or QueryRunner.' },
    // A service may hand a transaction on (e.g. to AuditService.record), so the EntityManager type stays allowed.
    {
      name: 'typeorm',
      importNames: ['EntityManager'],
      allowTypeImports: true,
      message: 'Only *.repository.ts files use an EntityManager; a service may only pass one on (import type).',
    },
    {
      name: '@nestjs/typeorm',
      importNames: ['InjectDataSource', 'InjectEntityManager'],
      message: 'Only *.repository.ts files touch DataSource or EntityManager.',
    },
  ],
};

/** An index exports types of its entities (for signatures) but never an entity or repository class. */
const MODULE_INDEX = [
  {
    selector: "ExportNamedDeclaration[exportKind='value'][source.value=/\\.(entity|repository)$/], ExportAllDeclaration",
    message: "A module's index.ts exports its entities only as types (export type {...}) and never its repositories.",
  },
];

/**
 * Known exceptions, kept short and named file by file until the data they touch is reached through the owning
 * module's service.
 */
// Files that still read or write another module's table (or join it in one transaction) through its entity class.
const CROSS_MODULE_EXCEPTIONS = [
  'invitation/invitation.repository.ts', // accepting links the person to the new account in the same transaction
  'minutes/minutes-projection.repository.ts', // the minutes' texts live on the meeting's rows, written in one transaction
  'person/person-privacy.repository.ts', // space depends on person, so the export cannot call SpaceService
];
// Services that still run their SQL themselves.
const SQL_EXCEPTIONS = [];

// A rule given only a severity keeps the options set earlier, so an empty list must turn the rule off.
const restrictedSyntax = (...selectors) => (selectors.length ? ['error', ...selectors] : 'off');
const moduleRules = ({ sql = true, boundary = true } = {}) => ({
  'no-restricted-syntax': restrictedSyntax(...(boundary ? CROSS_MODULE : []), ...(sql ? SQL_CALLS : [])),
  '@typescript-eslint/no-restricted-imports': sql ? ['error', SQL_IMPORTS] : 'off',
});
const apiBoundaries = [
  { files: [`${API}/core/**/*.ts`], rules: { 'no-restricted-imports': ['error', CORE_IMPORTS] } },
  { files: [`${MODULES}/**/*.ts`], rules: moduleRules() },
  { files: [`${MODULES}/**/*.ts`], rules: { 'no-restricted-imports': ['error', COLLAB_FACADE] } },
  // Repositories are where SQL lives; tests next to the code are outside the SQL rule.
  { files: [`${MODULES}/**/*.repository.ts`, `${MODULES}/**/*.spec.ts`], rules: moduleRules({ sql: false }) },
  { files: [`${MODULES}/*/index.ts`], rules: { 'no-restricted-syntax': ['error', ...CROSS_MODULE, ...MODULE_INDEX] } },
  ...[...new Set([...CROSS_MODULE_EXCEPTIONS, ...SQL_EXCEPTIONS])].map((file) => ({
    files: [`${MODULES}/${file}`],
    rules: moduleRules({
      boundary: !CROSS_MODULE_EXCEPTIONS.includes(file),
      sql: !SQL_EXCEPTIONS.includes(file) && !file.endsWith('.repository.ts'),
    }),
  })),
];

// Feature folders of the web client (issue 14): apps/web/src/modules/<feature>/ is used from outside only through its
// index.ts. Import strings are resolved against the importing file, so depth and `index` spellings do not matter.
const WEB_FEATURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'apps/web/src/modules');
/** The feature a file lies in and its path inside it ('' for the feature's index), or null outside every feature. */
function featurePath(file) {
  const rel = path.relative(WEB_FEATURES, file);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const [feature, ...inner] = rel.split(path.sep);
  return {
    feature,
    inner: inner
      .join('/')
      .replace(/\.[cm]?[jt]sx?$/, '')
      .replace(/(^|\/)index$/, ''),
  };
}
const featureBoundaries = {
  meta: {
    type: 'problem',
    schema: [{ type: 'object', properties: { allowLazy: { type: 'array', items: { type: 'string' } } }, additionalProperties: false }],
    messages: {
      internal: "'{{source}}' reaches inside the {{feature}} feature: import it through its index ('modules/{{feature}}').",
      lazy: "'{{source}}' loads a part of the {{feature}} feature that is not a route: import() only its index or its pages/*.",
    },
  },
  create(context) {
    const allowLazy = new Set(context.options[0]?.allowLazy ?? []);
    const from = featurePath(context.filename);
    const check = (node, source, lazy) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = featurePath(path.resolve(path.dirname(context.filename), source));
      if (!target || !target.inner || target.feature === from?.feature) return;
      // A route is loaded on its own, after the entry: importing pages/* lazily keeps it out of every other chunk.
      if (lazy && (/^pages\/[^/]+$/.test(target.inner) || allowLazy.has(`${target.feature}/${target.inner}`))) return;
      context.report({ node, messageId: lazy ? 'lazy' : 'internal', data: { source, feature: target.feature } });
    };
    const fromSource = (node) => node.source && check(node.source, node.source.value, false);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value, true),
      TSImportType: (node) => check(node, node.argument?.literal?.value, false),
    };
  },
};
// Parts of a feature other code still loads lazily by their own path, named one by one with the reason.
const LAZY_FEATURE_PARTS = {
  // The header's bell: loaded after the page so that the socket client is not in every first paint (Layout.tsx).
  'apps/web/src/components/Layout.tsx': ['notifications/NotificationBell'],
  // The meeting's queries without the rest of the feature, fetched at start beside the page's code.
  'apps/web/src/routing/landing-data.ts': ['meetings/api/queries'],
};
const webBoundaries = [
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { web: { rules: { 'feature-boundaries': featureBoundaries } } },
    rules: { 'web/feature-boundaries': 'error' },
  },
  ...Object.entries(LAZY_FEATURE_PARTS).map(([file, allowLazy]) => ({ files: [file], rules: { 'web/feature-boundaries': ['error', { allowLazy }] } })),
  // One way to the API: call(route, ...) from the route table, which types the URL, the input and the answer.
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ignores: ['apps/web/src/api/client.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: "Call the API with call(route, ...) from 'api/client.ts'." }],
      'no-restricted-properties': ['error', { object: 'window', property: 'fetch', message: "Call the API with call(route, ...) from 'api/client.ts'." }],
    },
  },
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.nx/**', '**/coverage/**', 'tmp/**', '**/vite.config.mts.timestamp-*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:lib'] },
            {
              sourceTag: 'type:lib',
              onlyDependOnLibsWithTags: ['type:lib'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'react', 'react-dom', 'react/*', 'express', 'pg'],
            },
            { sourceTag: 'scope:web', notDependOnLibsWithTags: ['scope:api'] },
            { sourceTag: 'scope:api', notDependOnLibsWithTags: ['scope:web'] },
          ],
        },
      ],
    },
  },
  // Node scripts: bench/ and scripts/ are Nx projects of their own so that `nx run-many -t lint` covers them too.
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        clearTimeout: 'readonly',
        global: 'readonly',
        fetch: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        AbortController: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        setImmediate: 'readonly',
        queueMicrotask: 'readonly',
        structuredClone: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Issue 14: no source file over 400 lines, tests included; split by concern before it grows past that.
  {
    files: ['apps/**/*.{ts,tsx,mts,cts,js,mjs,cjs}', 'libs/**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }] },
  },
  ...apiBoundaries,
  ...webBoundaries,
);
