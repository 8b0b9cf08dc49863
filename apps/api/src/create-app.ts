import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import { CurrentSession } from './core/auth/current-session';
import { SESSION_COOKIE } from './core/auth/session-cookie';
import type { AppConfig } from './core/config/config';
import { HttpExceptionFilter } from './core/errors/http-exception.filter';
import { bodyParserErrors, csvBody, jsonBody, unreadBody } from './core/http/body-parsing';
import { csrfProtection } from './core/http/csrf.middleware';
import { mountOpenApi } from './core/http/openapi';
import { requestLogging } from './core/http/request-logging';
import { securityHeaders } from './core/http/security-headers';
import { readPageAnswers } from './core/http/page-answers';
import { webClient } from './core/http/web-client';
import { PinoNestLogger } from './core/logging/logger';

export type RunnableConfig = AppConfig & { databaseUrl: string };

/** Builds the whole HTTP application (used by main and by the integration tests alike). */
export async function createApp(config: RunnableConfig, logger: Logger): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger), {
    bodyParser: false,
    abortOnError: false,
    logger: new PinoNestLogger(logger.child({ component: 'nest' })),
  });
  app.set('trust proxy', config.trustProxy ? 1 : false);
  app.disable('x-powered-by');
  app.use(requestLogging(logger));
  app.use(securityHeaders(config.cookieSecure));
  app.use(cookieParser());
  app.use('/api', csrfProtection(config.allowedOrigins), jsonBody, csvBody, bodyParserErrors, unreadBody);
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new HttpExceptionFilter(logger));
  mountOpenApi(app, config);
  const sessions = app.get(CurrentSession);
  const web = webClient(config.webDistDir, {
    session: (req) => sessions.fromCookie(req.cookies?.[SESSION_COOKIE]),
    onSessionError: (err) => logger.warn({ err }, 'session lookup for the page failed; the page goes without it'),
    answers: (req, paths) => readPageAnswers(req, paths),
  });
  if (web) app.use(web);
  else logger.warn({ dir: config.webDistDir }, 'no built web client found; serving the API only');
  await app.init();
  return app;
}
