import { pageOf } from '../listing';
import { z } from 'zod';
import { documentCreateSchema, documentSchema, documentUpdateSchema, documentVersionSchema, namedVersionSchema } from '../document';
import { route } from './route';

const documentResponse = /* @__PURE__ */ z.object({ document: documentSchema });
const listQuery = /* @__PURE__ */ z.object({ spaceId: z.uuid({ message: 'invalid_id' }), includeArchived: z.enum(['true', 'false']).default('false') });

export const documentRoutes = {
  create: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/documents',
    summary: 'Create a document',
    status: 201,
    description: 'Document created (members of the space); edit its body over the collaboration socket',
    body: documentCreateSchema,
    response: documentResponse,
    errors: [400, 401, 403, 409],
  }),
  list: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/documents',
    summary: 'List the documents of a space',
    status: 200,
    description: 'Documents of a space, most recently changed first',
    query: listQuery,
    response: /* @__PURE__ */ pageOf(documentSchema),
    errors: [400, 401, 404],
  }),
  get: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/documents/:id',
    summary: 'Get a document',
    status: 200,
    description: 'One document, with the projected plain text of its body',
    response: documentResponse,
    errors: [401, 404],
  }),
  update: /* @__PURE__ */ route({
    method: 'PATCH',
    path: '/api/documents/:id',
    summary: 'Rename, archive or restore a document',
    status: 200,
    description: 'Renamed (writers) or archived/restored (facilitators and admins)',
    body: documentUpdateSchema,
    response: documentResponse,
    errors: [400, 401, 403, 404],
  }),
  versions: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/documents/:id/versions',
    summary: 'List the versions of a document',
    status: 200,
    description: 'History: automatic, named and restore versions, newest first',
    response: /* @__PURE__ */ pageOf(documentVersionSchema),
    errors: [401, 404],
  }),
  nameVersion: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/documents/:id/versions',
    summary: 'Save a named version of a document',
    status: 201,
    description: 'A named version of the current state',
    body: namedVersionSchema,
    response: /* @__PURE__ */ z.object({ version: documentVersionSchema }),
    errors: [400, 401, 403, 404],
  }),
  version: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/documents/:id/versions/:versionId',
    summary: 'Get one version of a document',
    status: 200,
    description: 'A version read-only (HTML and text), with the current body to compare',
    response: /* @__PURE__ */ z.object({
      version: documentVersionSchema,
      then: /* @__PURE__ */ z.object({ html: z.string(), text: z.string() }),
      now: /* @__PURE__ */ z.object({ html: z.string(), text: z.string() }),
    }),
    errors: [401, 404],
  }),
  restore: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/documents/:id/versions/:versionId/restore',
    summary: 'Restore a version of a document',
    status: 200,
    description: 'The version is restored as a forward change that every editor receives live',
    response: /* @__PURE__ */ z.object({ seq: z.number().int() }),
    errors: [401, 403, 404],
  }),
} as const;
