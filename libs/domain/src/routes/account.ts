import { pageOf } from '../listing';
import { accountUpdateSchema, passwordChangeSchema, sessionSchema, userResponseSchema } from '../auth';
import { route } from './route';

export const accountRoutes = {
  update: /* @__PURE__ */ route({
    method: 'PATCH',
    path: '/api/account',
    summary: 'Update my account',
    status: 200,
    description: 'The updated account',
    body: accountUpdateSchema,
    response: userResponseSchema,
    errors: [400, 401, 403],
  }),
  changePassword: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/account/password',
    summary: 'Change my password',
    status: 204,
    description: 'Password changed; every other session is ended',
    body: passwordChangeSchema,
    errors: [400, 401, 403],
  }),
  sessions: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/account/sessions',
    summary: 'List my sessions',
    status: 200,
    description: 'Active sessions of the account',
    response: /* @__PURE__ */ pageOf(sessionSchema),
    errors: [401],
  }),
  revokeSession: /* @__PURE__ */ route({
    method: 'DELETE',
    path: '/api/account/sessions/:id',
    summary: 'End one of my sessions',
    status: 204,
    description: 'Session ended',
    errors: [401, 403, 404],
  }),
} as const;
