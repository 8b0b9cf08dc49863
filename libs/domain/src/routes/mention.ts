import { mentionCandidatePageSchema, mentionCandidateQuerySchema } from '../mention';
import { route } from './route';

export const mentionRoutes = {
  candidates: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/mention-candidates',
    summary: 'Who may be mentioned in a shared document',
    status: 200,
    description:
      'People with an account and organisations who may read the document, matching `q`, for a caller who may write it (one page, at most `pageSize`)',
    query: mentionCandidateQuerySchema,
    queryNotes: { docId: 'the shared document, as `<kind>:<uuid>`', q: 'what was typed after @' },
    response: mentionCandidatePageSchema,
    errors: [400, 401, 403, 404],
  }),
} as const;
