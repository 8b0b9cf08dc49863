import { Injectable } from '@nestjs/common';
import type { PlanComment, PlanCommentCount, PlanCommentCreate, PlanCommentTarget, PlanCommentUpdate } from '@cantiere/domain';
import { AccessService } from '../../../core/access/access.service';
import type { Actor } from '../../../core/auth/actor';
import { Transactional } from '../../../core/database/transaction';
import { AppError } from '../../../core/errors/app-error';
import { OrganisationService } from '../../organisation';
import type { PlanEntity } from '../plan.entity';
import { PlanRepository } from '../plan.repository';
import { PlanCommentNotifications } from './plan-comment-notifications';
import type { MentionedOrganisation, PlanCommentEntity } from './plan-comment.entity';
import { toPlanComment } from './plan-comment.mapper';
import { PlanCommentRepository } from './plan-comment.repository';

/** What the caller may do on the plan's comments, asked once per request. */
interface CommentRights {
  comment: boolean;
  manage: boolean;
}

/**
 * Comments on a plan's objectives and actions. Readers of the plan read them; `plan.comment` writes them; each
 * author edits and deletes their own; a thread is resolved or reopened by its author or the space's facilitators.
 */
@Injectable()
export class PlanCommentService {
  constructor(
    private readonly plans: PlanRepository,
    private readonly rows: PlanCommentRepository,
    private readonly access: AccessService,
    private readonly organisations: OrganisationService,
    private readonly notifications: PlanCommentNotifications,
  ) {}

  async list(actor: Actor, planId: string, filter: { recordKind?: PlanCommentTarget; recordId?: string }): Promise<PlanComment[]> {
    const plan = await this.readable(actor, planId);
    const rights = await this.rights(actor, plan);
    return (await this.rows.list(planId, filter)).map((row) => this.view(actor, row, rights));
  }

  async counts(actor: Actor, planId: string): Promise<PlanCommentCount[]> {
    await this.readable(actor, planId);
    return this.rows.counts(planId);
  }

  @Transactional()
  async create(actor: Actor, planId: string, input: PlanCommentCreate): Promise<PlanComment> {
    const plan = await this.readable(actor, planId);
    await this.access.require(actor, 'plan.comment', [planId]);
    const recordKind = input.recordKind as PlanCommentTarget;
    if (!(await this.rows.recordExists(planId, recordKind, input.recordId))) throw AppError.validation([{ path: 'recordId', message: 'unknown_record' }]);
    let rootId: string | null = null;
    if (input.parentId) {
      const parent = await this.rows.find(planId, input.parentId);
      if (!parent) throw AppError.validation([{ path: 'parentId', message: 'unknown_comment' }]);
      if (parent.recordId !== input.recordId) throw AppError.validation([{ path: 'parentId', message: 'other_record' }]);
      // Threads are one level deep: answering a reply answers its thread.
      rootId = parent.parentId ?? parent.id;
    }
    const mentions = await this.mentions(input.mentionedOrganisationIds ?? []);
    const row = await this.rows.insert({
      planId,
      recordKind,
      recordId: input.recordId,
      parentId: rootId,
      body: input.body,
      mentions,
      authorUserId: actor.user.id,
      authorName: actor.user.name,
      authorOrganisation: await this.access.organisationLabel(actor),
    });
    await this.notifications.mentioned(plan, row, mentions);
    return this.view(actor, row, await this.rights(actor, plan));
  }

  @Transactional()
  async update(actor: Actor, planId: string, id: string, input: PlanCommentUpdate): Promise<PlanComment> {
    const { plan, row } = await this.ownLiveComment(actor, planId, id);
    const mentions = await this.mentions(input.mentionedOrganisationIds ?? []);
    const before = new Set(row.mentions.map((m) => m.organisationId));
    await this.rows.update(id, { body: input.body, mentions, editedAt: new Date() });
    const updated = { ...row, body: input.body, mentions };
    await this.notifications.mentioned(
      plan,
      updated,
      mentions.filter((m) => !before.has(m.organisationId)),
    );
    return this.view(actor, (await this.rows.find(planId, id))!, await this.rights(actor, plan));
  }

  @Transactional()
  async remove(actor: Actor, planId: string, id: string): Promise<void> {
    await this.ownLiveComment(actor, planId, id);
    await this.rows.update(id, { deletedAt: new Date(), body: '', mentions: [] });
  }

  /** Resolving a reply resolves its thread; asking for the state a thread already has changes nothing. */
  @Transactional()
  async resolve(actor: Actor, planId: string, id: string, resolved: boolean): Promise<PlanComment> {
    const plan = await this.readable(actor, planId);
    const found = await this.rows.find(planId, id);
    if (!found) throw AppError.notFound('Comment');
    const root = found.parentId ? await this.rows.find(planId, found.parentId) : found;
    if (!root) throw AppError.notFound('Comment');
    await this.access.require(actor, 'plan.comment', [planId]);
    const rights = await this.rights(actor, plan);
    if (root.authorUserId !== actor.user.id && !rights.manage) {
      throw AppError.forbidden("Only the thread's author and the space's facilitators resolve or reopen it");
    }
    if (root.deletedAt) throw new AppError('conflict', 'The thread was deleted');
    if ((root.resolvedAt !== null) !== resolved) {
      await this.rows.update(
        root.id,
        resolved
          ? { resolvedAt: new Date(), resolvedBy: actor.user.id, resolvedByName: actor.user.name }
          : { resolvedAt: null, resolvedBy: null, resolvedByName: null },
      );
    }
    return this.view(actor, (await this.rows.find(planId, root.id))!, rights);
  }

  /** A plan the caller may not read reads as not found, and so do its comments. */
  private async readable(actor: Actor, planId: string): Promise<PlanEntity> {
    const plan = await this.plans.find(planId);
    if (!plan) throw AppError.notFound('Plan');
    await this.access.require(actor, 'plan.read', [planId], { notFound: 'Plan' });
    return plan;
  }

  /** A comment the caller wrote, not deleted, while they may still comment. */
  private async ownLiveComment(actor: Actor, planId: string, id: string) {
    const plan = await this.readable(actor, planId);
    const row = await this.rows.find(planId, id);
    if (!row) throw AppError.notFound('Comment');
    await this.access.require(actor, 'plan.comment', [planId]);
    if (row.authorUserId !== actor.user.id) throw AppError.forbidden('Only its author changes or deletes a comment');
    if (row.deletedAt) throw new AppError('conflict', 'The comment was deleted');
    return { plan, row };
  }

  private async rights(actor: Actor, plan: PlanEntity): Promise<CommentRights> {
    const [comment, manage] = await Promise.all([
      this.access.allowed(actor, 'plan.comment', [plan.id]),
      this.access.allowed(actor, 'space.manage', [plan.spaceId]),
    ]);
    return { comment: comment.has(plan.id), manage: manage.has(plan.spaceId) };
  }

  private view(actor: Actor, row: PlanCommentEntity, rights: CommentRights): PlanComment {
    const live = rights.comment && row.deletedAt === null;
    const own = row.authorUserId === actor.user.id;
    return toPlanComment(row, {
      edit: live && own,
      delete: live && own,
      resolve: live && row.parentId === null && (own || rights.manage),
      reply: rights.comment,
    });
  }

  /** The organisations named, each once, with their names now; an unknown one is a field error. */
  private async mentions(ids: string[]): Promise<MentionedOrganisation[]> {
    const wanted = [...new Set(ids.map((id) => id.toLowerCase()))];
    if (!wanted.length) return [];
    const names = new Map((await this.organisations.identifiers()).map((o) => [o.id, o.name]));
    const unknown = ids.flatMap((id, i) => (names.has(id.toLowerCase()) ? [] : [{ path: `mentionedOrganisationIds.${i}`, message: 'unknown_organisation' }]));
    if (unknown.length) throw AppError.validation(unknown);
    return wanted.map((organisationId) => ({ organisationId, name: names.get(organisationId)! }));
  }
}
