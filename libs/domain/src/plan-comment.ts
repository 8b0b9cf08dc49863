import { z } from 'zod';
import { text } from './text';

/*
 * Comments on a plan's objectives and actions: rows (not part of the live document), so that the discussion goes on
 * after the plan is adopted and its document frozen. One level of threads: a reply to a reply joins the thread of its
 * root. Only a thread (its root) is resolved or reopened. A deleted comment keeps its place in the thread, without its
 * text.
 */

export const PLAN_COMMENT_TARGETS = ['objective', 'action'] as const;
export const planCommentTargetSchema = z.enum(PLAN_COMMENT_TARGETS, { message: 'unknown_value' });
export type PlanCommentTarget = z.infer<typeof planCommentTargetSchema>;

/** The most organisations one comment mentions: enough for a whole table, few enough to keep a mention meaningful. */
export const MAX_COMMENT_MENTIONS = 20;

const id = () => z.uuid({ message: 'invalid_id' });
const commentBody = () => text().min(1, 'required').max(5000, 'too_long');
/** The organisations mentioned (`@Caritas`): each is told, through its people in the plan's space. */
const mentions = () => z.array(id(), { message: 'must_be_list' }).max(MAX_COMMENT_MENTIONS, 'too_many');

export const planCommentCreateSchema = z.object({
  recordKind: planCommentTargetSchema,
  recordId: id(),
  /** The comment answered; omitted or null for a new thread. */
  parentId: id().nullable().optional(),
  body: commentBody(),
  mentionedOrganisationIds: mentions().optional(),
});
export type PlanCommentCreate = z.input<typeof planCommentCreateSchema>;

export const planCommentUpdateSchema = z.object({
  body: commentBody(),
  mentionedOrganisationIds: mentions().optional(),
});
export type PlanCommentUpdate = z.input<typeof planCommentUpdateSchema>;

export const planCommentResolutionSchema = z.object({ resolved: z.boolean({ message: 'must_be_boolean' }) });
export type PlanCommentResolution = z.input<typeof planCommentResolutionSchema>;

export const planCommentListQuerySchema = z.object({
  recordKind: planCommentTargetSchema.optional(),
  recordId: id().optional(),
});

const who = z.object({ userId: z.uuid(), name: z.string() });

export const planCommentSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  recordKind: planCommentTargetSchema,
  recordId: z.uuid(),
  /** The thread's root; null for a root. */
  parentId: z.uuid().nullable(),
  /** Empty once deleted. */
  body: z.string(),
  mentions: z.array(z.object({ organisationId: z.uuid(), name: z.string() })),
  author: who.extend({ organisation: z.string().nullable() }),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  deletedAt: z.string().nullable(),
  /** A thread's state (roots only): who resolved it and when; null while open. */
  resolvedAt: z.string().nullable(),
  resolvedBy: who.nullable(),
  can: z.object({ edit: z.boolean(), delete: z.boolean(), resolve: z.boolean(), reply: z.boolean() }),
});
export type PlanComment = z.infer<typeof planCommentSchema>;

/** Open threads (not resolved, not deleted) and all threads of each commented record. */
export const planCommentCountSchema = z.object({
  recordKind: planCommentTargetSchema,
  recordId: z.uuid(),
  open: z.number().int(),
  threads: z.number().int(),
});
export type PlanCommentCount = z.infer<typeof planCommentCountSchema>;
