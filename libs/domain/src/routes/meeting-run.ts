import { z } from 'zod';
import { runCommandSchema, runStateSchema } from '../meeting-run';
import { route } from './route';

/** Run mode of a meeting in progress. */
export const meetingRunRoutes = {
  command: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/meetings/:id/run',
    summary: 'Drive the run mode of a meeting',
    status: 200,
    description: 'Run mode: go to an item, next, previous or stop; everyone watching follows live',
    body: runCommandSchema,
    response: /* @__PURE__ */ z.object({ run: runStateSchema }),
    errors: [400, 401, 403, 404, 409],
  }),
} as const;
