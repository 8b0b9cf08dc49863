import { z } from 'zod';
import { invitationAcceptSchema, invitationPreviewSchema, userResponseSchema } from '../auth';
import { route } from './route';

export const invitationAcceptanceRoutes = {
  preview: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/auth/invitations/:token',
    summary: 'Look up an invitation',
    status: 200,
    description: 'Who the invitation is for',
    response: /* @__PURE__ */ z.object({ invitation: invitationPreviewSchema }),
    errors: [400, 404, 410],
    public: true,
  }),
  accept: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/auth/invitations/:token/accept',
    summary: 'Accept an invitation and create the account',
    status: 200,
    description: 'Account created and logged in; the session cookie is set',
    body: invitationAcceptSchema,
    response: userResponseSchema,
    errors: [400, 403, 404, 409, 410],
    public: true,
  }),
} as const;
