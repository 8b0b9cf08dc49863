import type { INestApplication } from '@nestjs/common';
import { SwaggerModule } from '@nestjs/swagger';
import type { AppConfig } from '../config/config';
import { buildOpenApiDocument } from '../openapi/openapi-document';

export function mountOpenApi(app: INestApplication, config: Pick<AppConfig, 'publicUrl' | 'bodyName'>) {
  const document = buildOpenApiDocument(app, config);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json', customSiteTitle: 'Cantiere API' });
}
