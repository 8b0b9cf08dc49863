import { pageOf } from '../listing';
import { z } from 'zod';
import { invitationCreateSchema, invitationSchema } from '../auth';
import { route } from './route';

export const invitationRoutes = {
  list: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/invitations',
    summary: 'List invitations',
    status: 200,
    description: 'Invitations, newest first (admins only)',
    response: /* @__PURE__ */ pageOf(invitationSchema),
    errors: [401, 403],
  }),
  create: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/invitations',
    summary: 'Send an invitation',
    status: 201,
    description: 'Invitation created and emailed (admins only)',
    body: invitationCreateSchema,
    response: /* @__PURE__ */ z.object({ invitation: invitationSchema }),
    errors: [400, 401, 403, 409],
  }),
  revoke: /* @__PURE__ */ route({
    method: 'DELETE',
    path: '/api/invitations/:id',
    summary: 'Revoke an invitation',
    status: 204,
    description: 'Invitation revoked (admins only)',
    errors: [401, 403, 404, 409],
  }),
} as const;
