import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

export function mountOpenApi(app: INestApplication) {
  const config = new DocumentBuilder()
    .setTitle('Cantiere API')
    .setDescription(
      'API of the Cantiere Welfare Inclusione sociale co-design workspace. Errors always have the shape ' +
        '`{ "error": { "code", "message", "details"? } }`. Authentication is the `cantiere_session` cookie set by ' +
        '`POST /api/auth/login`; browsers must send state-changing requests from the same origin.',
    )
    .setVersion('1')
    .addCookieAuth('cantiere_session')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json', customSiteTitle: 'Cantiere API' });
}
