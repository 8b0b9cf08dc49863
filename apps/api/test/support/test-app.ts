import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import supertest from 'supertest';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../src/core/config/config';
import { createLogger } from '../../src/core/logging/logger';
import { createApp } from '../../src/create-app';
import { createTestDatabase, dropTestDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  request: () => ReturnType<typeof supertest>;
  agent: () => ReturnType<typeof supertest.agent>;
  dataSource: DataSource;
  dataDir: string;
  databaseUrl: string;
  close: () => Promise<void>;
}

/** The real application on its own fresh database and data directory; `env` overrides configuration. */
/** With `shareDatabaseOf`, a second instance runs on the first one's database (scale-out tests). */
export async function startTestApp(env: Record<string, string> = {}, shareDatabaseOf?: TestApp): Promise<TestApp> {
  const db = shareDatabaseOf ? { url: shareDatabaseOf.databaseUrl, name: '' } : await createTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-test-data-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    PUBLIC_URL: 'http://cantiere.test',
    WEB_DIST_DIR: path.join(dataDir, 'no-web'),
    ...env,
  });
  const logger = createLogger(config.logLevel);
  let app: NestExpressApplication;
  try {
    app = await createApp({ ...config, databaseUrl: db.url }, logger);
  } catch (err) {
    if (db.name) await dropTestDatabase(db.name);
    throw err;
  }
  const server = app.getHttpServer();
  return {
    app,
    request: () => supertest(server),
    agent: () => supertest.agent(server),
    dataSource: app.get<DataSource>(getDataSourceToken()),
    dataDir,
    databaseUrl: db.url,
    close: async () => {
      await app.close();
      if (db.name) await dropTestDatabase(db.name);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
