import fs from 'node:fs';
import type { EmbeddedPostgres } from '../../src/core/database/embedded-postgres';

export default async function globalTeardown() {
  const state = (globalThis as Record<string, unknown>).__cantiereTestPg as { pg: EmbeddedPostgres; dir: string } | undefined;
  if (!state) return;
  await state.pg.stop();
  fs.rmSync(state.dir, { recursive: true, force: true });
}
