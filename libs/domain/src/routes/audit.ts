import { auditEntrySchema, auditQuerySchema } from '../audit';
import { pageOf } from '../listing';
import { route } from './route';

/** The audit trail, for administrators. */
export const auditRoutes = {
  list: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/audit',
    summary: 'List audit entries',
    status: 200,
    description: 'Audit entries, newest first, filtered by entity, record, actor and time (admins only)',
    query: auditQuerySchema,
    response: /* @__PURE__ */ pageOf(auditEntrySchema),
    errors: [400, 401, 403],
  }),
} as const;
