import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

export default defineConfig({
  root: here,
  plugins: [react()],
  resolve: {
    alias: {
      '@cantiere/domain': path.join(root, 'libs/domain/src/index.ts'),
      '@cantiere/collab': path.join(root, 'libs/collab/src/index.ts'),
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:3000',
      '/socket.io': { target: 'http://localhost:3000', ws: true },
    },
  },
  build: { outDir: path.join(here, 'dist'), emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 900 },
  test: { environment: 'jsdom', include: ['src/**/*.spec.{ts,tsx}'], setupFiles: [path.join(here, 'src/test-setup.ts')] },
});
