import { pageOf } from '../listing';
import { z } from 'zod';
import { apiTokenCreateSchema, apiTokenSchema } from '../document';
import { route } from './route';

export const apiTokenRoutes = {
  list: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/account/tokens',
    summary: 'List my API tokens',
    status: 200,
    description: 'Active personal API tokens (secrets are never shown again)',
    response: /* @__PURE__ */ pageOf(apiTokenSchema),
    errors: [401],
  }),
  create: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/account/tokens',
    summary: 'Create an API token',
    status: 201,
    description: 'Token created; `secret` is shown only in this response',
    body: apiTokenCreateSchema,
    response: /* @__PURE__ */ z.object({ token: /* @__PURE__ */ apiTokenSchema.extend({ secret: z.string() }) }),
    errors: [400, 401, 403],
  }),
  revoke: /* @__PURE__ */ route({
    method: 'DELETE',
    path: '/api/account/tokens/:id',
    summary: 'Revoke an API token',
    status: 204,
    description: 'Token revoked',
    errors: [401, 403, 404],
  }),
} as const;
