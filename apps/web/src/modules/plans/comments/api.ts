import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { planCommentRoutes, type PlanCommentCreate, type PlanCommentTarget, type PlanCommentUpdate } from '@cantiere/domain';
import { call } from '../../../api/client';

/** Query keys of a plan's comments: the whole list and the open counts per record. */
export const commentKeys = {
  all: (planId: string) => ['plans', 'comments', planId] as const,
  list: (planId: string) => [...commentKeys.all(planId), 'list'] as const,
  counts: (planId: string) => [...commentKeys.all(planId), 'counts'] as const,
};

/** Others' comments arrive without a live channel of their own: asked again while the page stays open. */
const REFRESH_MS = 30_000;

/** Every comment of the plan, oldest first (a plan's discussion is small next to its records). */
export function usePlanComments(planId: string) {
  return useQuery({
    queryKey: commentKeys.list(planId),
    queryFn: async () => (await call(planCommentRoutes.list, { params: { id: planId }, query: {} })).items,
    refetchInterval: REFRESH_MS,
  });
}

/** Open threads by record id. */
export function useOpenCounts(planId: string) {
  return useQuery({
    queryKey: commentKeys.counts(planId),
    queryFn: async () => (await call(planCommentRoutes.counts, { params: { id: planId } })).counts,
    select: (counts) => new Map(counts.map((c) => [c.recordId, c.open])),
    refetchInterval: REFRESH_MS,
  });
}

export type CommentChange =
  | { kind: 'create'; input: PlanCommentCreate }
  | { kind: 'update'; id: string; input: PlanCommentUpdate }
  | { kind: 'remove'; id: string }
  | { kind: 'resolve'; id: string; resolved: boolean };

/** Every change to the plan's comments, then the list and the counts asked again. */
export function useCommentChange(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (change: CommentChange): Promise<unknown> => {
      const params = { id: planId };
      switch (change.kind) {
        case 'create':
          return call(planCommentRoutes.create, { params, body: change.input });
        case 'update':
          return call(planCommentRoutes.update, { params: { ...params, commentId: change.id }, body: change.input });
        case 'remove':
          return call(planCommentRoutes.remove, { params: { ...params, commentId: change.id } });
        case 'resolve':
          return call(planCommentRoutes.resolution, { params: { ...params, commentId: change.id }, body: { resolved: change.resolved } });
      }
    },
    onSettled: () => client.invalidateQueries({ queryKey: commentKeys.all(planId) }),
  });
}

export interface CommentedRecord {
  kind: PlanCommentTarget;
  id: string;
  title: string;
}
