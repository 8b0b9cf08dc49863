import { pageOf } from '../listing';
import { accountUpdateSchema, passwordChangeSchema, sessionSchema, userResponseSchema } from '../auth';
import { route } from './route';

export const accountRoutes = {
  update: route({
    method: 'PATCH',
    path: '/api/account',
    summary: 'Update my account',
    status: 200,
    description: 'The updated account',
    body: accountUpdateSchema,
    response: userResponseSchema,
    errors: [400, 401, 403],
  }),
  changePassword: route({
    method: 'POST',
    path: '/api/account/password',
    summary: 'Change my password',
    status: 204,
    description: 'Password changed; every other session is ended',
    body: passwordChangeSchema,
    errors: [400, 401, 403],
  }),
  sessions: route({
    method: 'GET',
    path: '/api/account/sessions',
    summary: 'List my sessions',
    status: 200,
    description: 'Active sessions of the account',
    response: pageOf(sessionSchema),
    errors: [401],
  }),
  revokeSession: route({
    method: 'DELETE',
    path: '/api/account/sessions/:id',
    summary: 'End one of my sessions',
    status: 204,
    description: 'Session ended',
    errors: [401, 403, 404],
  }),
} as const;
