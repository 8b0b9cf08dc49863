import fs from 'node:fs';
import type { EmbeddedPostgres } from '../../src/core/database/embedded-postgres';
import { dropTemplateDatabase, TEMPLATE_DATABASE_ENV } from './test-database';

export default async function globalTeardown() {
  const template = process.env[TEMPLATE_DATABASE_ENV];
  if (template) await dropTemplateDatabase(template);
  const state = (globalThis as Record<string, unknown>).__cantiereTestPg as { pg: EmbeddedPostgres; dir: string } | undefined;
  if (!state) return;
  await state.pg.stop();
  fs.rmSync(state.dir, { recursive: true, force: true });
}
