import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { Logger } from 'pino';
import { AppModule } from '../../app.module';
import type { AppConfig } from '../config/config';
import { buildOpenApiDocument } from './openapi-document';

/**
 * The same document the running application serves, built from a preview of the module graph: no provider is
 * instantiated, so no database or mail server is needed (the document is written and linted in the test run).
 */
export async function offlineOpenApiDocument(config: AppConfig, logger: Logger): Promise<OpenAPIObject> {
  const app = await NestFactory.create(AppModule.forRoot({ ...config, databaseUrl: config.databaseUrl ?? 'postgres://unused' }, logger), {
    preview: true,
    abortOnError: false,
    logger: false,
  });
  // As in createApp; the OpenAPI test proves this document equals the one the application serves.
  app.setGlobalPrefix('api');
  return buildOpenApiDocument(app, config);
}
