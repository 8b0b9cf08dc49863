import { z } from 'zod';
import { pageOf } from './listing';
import { text } from './text';

/** Who a mention names: a person with an account, or an organisation (its people with an account). */
export const MENTION_TARGET_KINDS = ['person', 'organisation'] as const;
export type MentionTargetKind = (typeof MENTION_TARGET_KINDS)[number];

/** A shared document's id as the collaboration protocol spells it: `<kind>:<uuid>` (`document:…`, `minutes:…`). */
const docIdSchema = z
  .string()
  .max(100, 'too_long')
  .regex(/^[a-z][a-z-]{1,40}:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'invalid_id');

/** `?docId=document:<uuid>&q=giu`: who the caller may mention in that document, matching what they typed after `@`. */
export const mentionCandidateQuerySchema = z.object({
  docId: docIdSchema,
  q: text().max(100, 'too_long').optional(),
  page: z.coerce.number().int('must_be_integer').min(1, 'must_be_positive').max(1, 'too_large').default(1),
  pageSize: z.coerce.number().int('must_be_integer').min(1, 'must_be_positive').max(20, 'too_large').default(8),
});
export type MentionCandidateQuery = z.infer<typeof mentionCandidateQuerySchema>;

export const mentionCandidateSchema = z.object({
  kind: z.enum(MENTION_TARGET_KINDS),
  id: z.uuid(),
  /** The name the mention shows: `Nome Cognome`, or the organisation's name. */
  label: z.string(),
  /** What tells two alike apart: a person's organisation, an organisation's comune. */
  detail: z.string().nullable(),
});
export type MentionCandidate = z.infer<typeof mentionCandidateSchema>;
export const mentionCandidatePageSchema = pageOf(mentionCandidateSchema);
