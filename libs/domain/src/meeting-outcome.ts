import { z } from 'zod';
import { DECISION_OUTCOMES, VOTING_METHODS, ACTION_STATUSES } from './constants';
import { ACTION_RIGHTS, canSchema } from './permissions';

// What a meeting decides and who does what by when: read back by later meetings and printed in the verbale.

export const decisionOutcomeSchema = z.enum(DECISION_OUTCOMES);
export type DecisionOutcome = z.infer<typeof decisionOutcomeSchema>;
export type VotingMethod = (typeof VOTING_METHODS)[number];

export const decisionSchema = z.object({
  id: z.uuid(),
  meetingId: z.uuid(),
  meetingLabel: z.string(),
  agendaItemId: z.uuid().nullable(),
  agendaItemTitle: z.string().nullable(),
  spaceId: z.uuid(),
  text: z.string(),
  outcome: decisionOutcomeSchema.nullable(),
  votingMethod: z.enum(VOTING_METHODS),
  votesFor: z.number().int().nullable(),
  votesAgainst: z.number().int().nullable(),
  votesAbstained: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Decision = z.infer<typeof decisionSchema>;

export const actionStatusSchema = z.enum(ACTION_STATUSES, { message: 'unknown_value' });
export type ActionStatus = z.infer<typeof actionStatusSchema>;

export const actionSchema = z.object({
  id: z.uuid(),
  meetingId: z.uuid(),
  meetingLabel: z.string(),
  agendaItemId: z.uuid().nullable(),
  agendaItemTitle: z.string().nullable(),
  spaceId: z.uuid(),
  what: z.string(),
  responsibleOrganisationId: z.uuid().nullable(),
  responsibleOrganisationName: z.string().nullable(),
  responsiblePersonId: z.uuid().nullable(),
  responsiblePersonName: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: actionStatusSchema,
  overdue: z.boolean(),
  /** Whether the caller may update the status: the responsible organisation's people and the space's facilitators. */
  can: canSchema(ACTION_RIGHTS),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MeetingAction = z.infer<typeof actionSchema>;
export const actionStatusUpdateSchema = z.object({ status: actionStatusSchema });
