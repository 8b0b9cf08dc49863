import type { INestApplication } from '@nestjs/common';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { IS_PUBLIC } from '../auth/public.decorator';
import { SESSION_COOKIE } from '../auth/session-cookie';
import type { AppConfig } from '../config/config';

/** The security schemes every guarded route accepts: either one authenticates the caller. */
export const SESSION_SCHEME = 'session';
export const API_TOKEN_SCHEME = 'apiToken';

/** Every tag a controller may use; an undeclared tag fails the document's lint. */
const TAGS: Record<string, string> = {
  auth: 'Logging in and out, password reset, accepting an invitation',
  account: "The caller's own account: profile, password, sessions, API tokens and calendar feed",
  users: 'Accounts administration: list, deactivate and reactivate accounts',
  audit: 'The audit trail: who changed what and when, with the changed fields before and after (administrators)',
  invitations: 'Invitations to create an account, sent by administrators',
  'reference lists': 'Controlled vocabularies such as thematic areas, comuni, macro-areas, funding sources and LEPS',
  organisations: 'Member organisations of the co-design table, with CSV import and export',
  people: 'People and their affiliations, with CSV import and export and GDPR access and erasure',
  spaces: 'The Cantiere and its tables, with their member representatives',
  documents: 'Collaborative documents of a space and their version history',
  meetings: 'Meetings: convocation, agenda, attendance register, answers to the convocation and run mode',
  minutes: 'The minutes (verbale) of a meeting: review, remarks, approval and exports',
  outcomes: 'Decisions and actions recorded in the minutes',
  plans: 'Action plans of a space (the Piano di Zona): objectives, actions and indicators co-edited live and read from their rows',
  notifications: 'The notification centre: notifications, preferences per kind, follows and one-click unsubscribe',
  health: 'Liveness of the service and its database',
};

const operationId = (controllerKey: string, methodKey: string) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`;

/**
 * The OpenAPI document of the application: served at /api/openapi.json and linted in the test run.
 * Works on an application created in preview mode too, so it can be written without a database.
 */
export function buildOpenApiDocument(app: INestApplication, config: Pick<AppConfig, 'publicUrl' | 'bodyName'>): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Cantiere API')
    .setDescription(
      'API of the Cantiere Welfare Inclusione sociale co-design workspace. Errors always have the shape ' +
        '`{ "error": { "code", "message", "details"? } }`. Authentication is the `cantiere_session` cookie set by ' +
        '`POST /api/auth/login`, or a personal API token sent as `Authorization: Bearer cnt_...`; browsers must send ' +
        'state-changing requests from the same origin.',
    )
    .setVersion('1')
    .setLicense('EUPL-1.2', 'https://joinup.ec.europa.eu/collection/eupl/eupl-text-eupl-12')
    // Relative: the API is always on the origin that serves this document, so the document is the same in every
    // deployment (and linted as such) and never points at a development address.
    .addServer('/', 'The origin serving this document')
    .addCookieAuth(SESSION_COOKIE, { type: 'apiKey', in: 'cookie', description: 'Session cookie set by `POST /api/auth/login`' }, SESSION_SCHEME)
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', bearerFormat: 'cnt_...', description: 'Personal API token created under `/api/account/tokens`' },
      API_TOKEN_SCHEME,
    )
    .addSecurityRequirements(SESSION_SCHEME)
    .addSecurityRequirements(API_TOKEN_SCHEME);
  for (const [name, description] of Object.entries(TAGS)) builder.addTag(name, description);
  const base = builder.build();
  // The administration running this instance answers for it; DocumentBuilder would also emit an empty email.
  base.info.contact = { name: config.bodyName, url: config.publicUrl };
  const document = SwaggerModule.createDocument(app, base, { operationIdFactory: operationId });
  const publicOperations = publicOperationIds(app);
  for (const item of Object.values(document.paths)) {
    for (const op of Object.values(item)) {
      if (op && typeof op === 'object' && 'operationId' in op && publicOperations.has(op.operationId)) op.security = [];
    }
  }
  return document;
}

/** The operations of handlers marked @Public(), read with the same lookup the auth guard makes. */
function publicOperationIds(app: INestApplication): Set<string> {
  const reflector = new Reflector();
  const ids = new Set<string>();
  for (const module of app.get(ModulesContainer, { strict: false }).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (abstract new (...args: never[]) => unknown) | null;
      if (!controller) continue;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        if (reflector.getAllAndOverride<boolean>(IS_PUBLIC, [handler, controller])) ids.add(operationId(controller.name, name));
      }
    }
  }
  return ids;
}
