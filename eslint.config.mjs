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
);
