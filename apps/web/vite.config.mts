import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react, { reactCompilerPreset } from '@vitejs/plugin-react';
import babel from '@rolldown/plugin-babel';
import { defineConfig } from 'vitest/config';
import { landingPages } from './build/landing-pages.mts';
import { precompress } from './build/precompress.mts';
import { purgeBootstrapItalia } from './build/purge-bootstrap-italia.mts';
import { sharedLibrariesForTheWeb } from './build/route-addresses.mts';
import { chunkGroups } from './build/chunk-groups.mts';
import { compileHints } from './build/compile-hints.mts';

const here = path.dirname(fileURLToPath(import.meta.url));
// React Compiler memoises the client's components and hooks: a query's answer re-renders what reads it, not the
// whole page below it. Only the client's own sources (the build scripts and their tests are plain TypeScript).
const REACT_SOURCES = /[\\/]apps[\\/]web[\\/]src[\\/].*\.tsx?$/;
const root = path.resolve(here, '../..');

export default defineConfig(({ command }) => ({
  root: here,
  plugins: [
    react(),
    babel({ include: REACT_SOURCES, presets: [reactCompilerPreset()] }),
    sharedLibrariesForTheWeb(root),
    landingPages(here),
    compileHints(),
    precompress(),
  ],
  resolve: {
    alias: [
      // React Router 7 exports only its development build, whose warnings' checks run at each render
      // (remix-run/react-router#14102): builds take its production build, the same code with the warnings off.
      ...(command === 'build'
        ? [
            { find: /^react-router$/, replacement: path.join(root, 'node_modules/react-router/dist/production/index.mjs') },
            { find: /^react-router\/dom$/, replacement: path.join(root, 'node_modules/react-router/dist/production/dom-export.mjs') },
          ]
        : []),
      // Exact matches, so that the zod-free constants subpath does not fall under the main entry's alias.
      { find: /^@cantiere\/domain\/constants$/, replacement: path.join(root, 'libs/domain/src/constants.ts') },
      { find: /^@cantiere\/domain$/, replacement: path.join(root, 'libs/domain/src/index.ts') },
      { find: /^@cantiere\/collab$/, replacement: path.join(root, 'libs/collab/src/index.ts') },
      { find: /^@cantiere\/editor-schema\/tiptap$/, replacement: path.join(root, 'libs/editor-schema/src/tiptap.ts') },
      { find: /^@cantiere\/editor-schema$/, replacement: path.join(root, 'libs/editor-schema/src/index.ts') },
    ],
  },
  // Only in builds: the dev server keeps the whole stylesheet so that a class added while developing just works.
  css: command === 'build' ? { postcss: { plugins: [purgeBootstrapItalia(here)] } } : undefined,
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:3000',
      '/socket.io': { target: 'http://localhost:3000', ws: true },
    },
  },
  // The manifest lets the bundle budget (scripts/bundle-budget.mjs) follow each route's chunks and their imports.
  build: {
    outDir: path.join(here, 'dist'),
    emptyOutDir: true,
    sourcemap: true,
    manifest: true,
    chunkSizeWarningLimit: 900,
    rolldownOptions: { output: { codeSplitting: { includeDependenciesRecursively: false, groups: chunkGroups } } },
  },
  test: { environment: 'jsdom', include: ['src/**/*.spec.{ts,tsx}', 'build/**/*.spec.mts'], setupFiles: [path.join(here, 'src/test-setup.ts')] },
}));
