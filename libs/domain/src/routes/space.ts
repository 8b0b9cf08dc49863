import { pageOf } from '../listing';
import { z } from 'zod';
import { membershipInputSchema, membershipSchema, membershipUpdateSchema, spaceInputSchema, spaceSchema, spaceUpdateSchema } from '../space';
import { route } from './route';

const flag = /* @__PURE__ */ z.object({ includeArchived: z.enum(['true', 'false']).default('false'), includePast: z.enum(['true', 'false']).default('false') });
const spaceResponse = /* @__PURE__ */ z.object({ space: spaceSchema });
const memberResponse = /* @__PURE__ */ z.object({ member: membershipSchema });

export const spaceRoutes = {
  list: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/spaces',
    summary: 'List spaces',
    status: 200,
    description: 'The spaces the caller may see, each Cantiere followed by its tables',
    query: flag,
    response: /* @__PURE__ */ pageOf(spaceSchema),
    errors: [400, 401],
  }),
  get: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/spaces/:id',
    summary: 'Get a space',
    status: 200,
    description: 'One space',
    response: spaceResponse,
    errors: [401, 404],
  }),
  create: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/spaces',
    summary: 'Create a space',
    status: 201,
    description: 'Space created (admins only)',
    body: spaceInputSchema,
    response: spaceResponse,
    errors: [400, 401, 403],
  }),
  update: /* @__PURE__ */ route({
    method: 'PATCH',
    path: '/api/spaces/:id',
    summary: 'Update a space',
    status: 200,
    description: 'Space updated (admins only)',
    body: spaceUpdateSchema,
    response: spaceResponse,
    errors: [400, 401, 403, 404],
  }),
  archive: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/spaces/:id/archive',
    summary: 'Archive a space',
    status: 200,
    description: 'Space archived (admins only)',
    response: spaceResponse,
    errors: [401, 403, 404],
  }),
  restore: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/spaces/:id/restore',
    summary: 'Restore an archived space',
    status: 200,
    description: 'Space restored (admins only)',
    response: spaceResponse,
    errors: [401, 403, 404],
  }),
  members: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/spaces/:id/members',
    summary: 'List the members of a space',
    status: 200,
    description: 'Representatives of the member organisations',
    query: flag,
    queryNotes: { includePast: '`true` also lists representatives who left' },
    response: /* @__PURE__ */ pageOf(membershipSchema),
    errors: [400, 401, 404],
  }),
  addMember: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/spaces/:id/members',
    summary: 'Add a representative to a space',
    status: 201,
    description: "Representative added (admins and the space's facilitators)",
    body: membershipInputSchema,
    response: memberResponse,
    errors: [400, 401, 403, 404, 409],
  }),
  updateMember: /* @__PURE__ */ route({
    method: 'PATCH',
    path: '/api/spaces/:id/members/:memberId',
    summary: 'Update the membership of a representative',
    status: 200,
    description: 'Role, representation or leaving date changed',
    body: membershipUpdateSchema,
    response: memberResponse,
    errors: [400, 401, 403, 404],
  }),
  leave: /* @__PURE__ */ route({
    method: 'DELETE',
    path: '/api/spaces/:id/members/:memberId',
    summary: 'Remove a representative from a space',
    status: 204,
    description: 'The representative leaves the space today; the record stays',
    errors: [401, 403, 404, 409],
  }),
} as const;
