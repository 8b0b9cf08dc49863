import { z } from 'zod';
import { pageOf } from '../listing';
import {
  planCommentCountSchema,
  planCommentCreateSchema,
  planCommentListQuerySchema,
  planCommentResolutionSchema,
  planCommentSchema,
  planCommentUpdateSchema,
} from '../plan-comment';
import { route } from './route';

const commentResponse = /* @__PURE__ */ z.object({ comment: planCommentSchema });

/**
 * Comments on a plan's objectives and actions, with mentions of organisations. Whoever reads the plan reads them; its
 * space's facilitators and members (not observers) write them, in every status of the plan.
 */
export const planCommentRoutes = {
  list: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/plans/:id/comments',
    summary: "List the comments of a plan's objectives and actions",
    status: 200,
    description: 'Comments oldest first, of the whole plan or of one objective or action; replies name their thread in parentId',
    query: planCommentListQuerySchema,
    response: /* @__PURE__ */ pageOf(planCommentSchema),
    errors: [400, 401, 404],
  }),
  counts: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/plans/:id/comment-counts',
    summary: 'Count the open comment threads of each objective and action of a plan',
    status: 200,
    description: 'One entry per commented objective or action: its open threads and all its threads',
    response: /* @__PURE__ */ z.object({ counts: z.array(planCommentCountSchema) }),
    errors: [401, 404],
  }),
  create: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/plans/:id/comments',
    summary: 'Comment on an objective or an action of a plan',
    status: 201,
    description: 'A new thread, or a reply; the organisations mentioned are told through their people in the space',
    body: planCommentCreateSchema,
    response: commentResponse,
    errors: [400, 401, 403, 404],
  }),
  update: /* @__PURE__ */ route({
    method: 'PATCH',
    path: '/api/plans/:id/comments/:commentId',
    summary: 'Edit a comment',
    status: 200,
    description: 'Its author only; organisations newly mentioned are told, those told before are not told again',
    body: planCommentUpdateSchema,
    response: commentResponse,
    errors: [400, 401, 403, 404, 409],
  }),
  remove: /* @__PURE__ */ route({
    method: 'DELETE',
    path: '/api/plans/:id/comments/:commentId',
    summary: 'Delete a comment',
    status: 204,
    description: 'Its author only; the comment keeps its place in the thread without its text',
    errors: [401, 403, 404, 409],
  }),
  resolution: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/plans/:id/comments/:commentId/resolution',
    summary: 'Resolve or reopen a comment thread',
    status: 200,
    description: "The thread's author, the space's facilitators and administrators; records who did it and when",
    body: planCommentResolutionSchema,
    response: commentResponse,
    errors: [400, 401, 403, 404, 409],
  }),
} as const;
