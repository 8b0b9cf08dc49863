import type { PlanComment } from '@cantiere/domain';
import type { PlanCommentEntity } from './plan-comment.entity';

export function toPlanComment(row: PlanCommentEntity, can: PlanComment['can']): PlanComment {
  const deleted = row.deletedAt !== null;
  return {
    id: row.id,
    planId: row.planId,
    recordKind: row.recordKind,
    recordId: row.recordId,
    parentId: row.parentId,
    body: deleted ? '' : row.body,
    mentions: deleted ? [] : row.mentions.map((m) => ({ organisationId: m.organisationId, name: m.name })),
    author: { userId: row.authorUserId, name: row.authorName, organisation: row.authorOrganisation },
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    deletedAt: row.deletedAt?.toISOString() ?? null,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolvedBy: row.resolvedBy && row.resolvedByName ? { userId: row.resolvedBy, name: row.resolvedByName } : null,
    can,
  };
}
