import { healthSchema } from '../auth';
import { route } from './route';

export const healthRoutes = {
  check: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/health',
    summary: 'Check the service and its database',
    status: 200,
    description: 'The service and its database are up',
    response: healthSchema,
    alsoAnswers: [{ status: 503, description: 'The database is unreachable' }],
    errors: [400],
    public: true,
  }),
} as const;
