// Development: the API (rebuilt on change by tsc --watch) and the Vite dev server with hot reload.
import { spawn } from 'node:child_process';
import { requireSupportedNode } from './node-version.mjs';

requireSupportedNode('Cantiere');

const env = { ...process.env, ALLOWED_ORIGINS: process.env.ALLOWED_ORIGINS ?? 'http://localhost:5173', NX_DAEMON: 'false' };
const children = [
  spawn('npx', ['nx', 'run', 'api:serve'], { stdio: 'inherit', env }),
  spawn('npx', ['vite', '--config', 'apps/web/vite.config.mts'], { stdio: 'inherit', env }),
];
const stop = (signal) => children.forEach((c) => c.kill(signal));
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
for (const c of children) c.on('exit', () => stop('SIGTERM'));
