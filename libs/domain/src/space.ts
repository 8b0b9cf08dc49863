import { z } from 'zod';
import { calendarDate, text } from './text';
import { optionalText } from './organisation';
import { SPACE_KINDS, SPACE_VISIBILITIES, QUORUM_KINDS, SPACE_ROLES, REPRESENTATION_KINDS } from './constants';
import { canSchema, SPACE_RIGHTS } from './permissions';

export const spaceKindSchema = z.enum(SPACE_KINDS, { message: 'unknown_value' });
export type SpaceKind = z.infer<typeof spaceKindSchema>;

export const spaceVisibilitySchema = z.enum(SPACE_VISIBILITIES, { message: 'unknown_value' });
export type SpaceVisibility = z.infer<typeof spaceVisibilitySchema>;

export const quorumRuleSchema = z
  .object({ kind: z.enum(QUORUM_KINDS, { message: 'unknown_value' }), value: z.number().positive('must_be_positive').max(10_000).optional() })
  .refine((q) => q.kind === 'majority' || q.value !== undefined, { message: 'required', path: ['value'] })
  .refine((q) => q.kind !== 'fraction' || (q.value !== undefined && q.value <= 1), { message: 'fraction_above_one', path: ['value'] })
  .refine((q) => q.kind !== 'count' || (q.value !== undefined && Number.isInteger(q.value)), { message: 'must_be_integer', path: ['value'] });
export type QuorumRule = z.infer<typeof quorumRuleSchema>;

const spaceFields = z.object({
  name: text().min(2, 'too_short').max(200, 'too_long'),
  description: optionalText(5000),
  kind: spaceKindSchema,
  parentId: z.uuid({ message: 'invalid_id' }).nullable().optional(),
  quorum: quorumRuleSchema.nullable().optional(),
  visibility: spaceVisibilitySchema,
});
export const spaceInputSchema = spaceFields.extend({ visibility: spaceVisibilitySchema.default('network') });
export type SpaceInput = z.input<typeof spaceInputSchema>;
export const spaceUpdateSchema = spaceFields.partial();
export type SpaceUpdate = z.input<typeof spaceUpdateSchema>;

export const spaceRoleSchema = z.enum(SPACE_ROLES, { message: 'unknown_value' });
export type SpaceRole = z.infer<typeof spaceRoleSchema>;

export const representationSchema = z.enum(REPRESENTATION_KINDS, { message: 'unknown_value' });
export type Representation = z.infer<typeof representationSchema>;

export const membershipInputSchema = z.object({
  organisationId: z.uuid({ message: 'invalid_id' }),
  personId: z.uuid({ message: 'invalid_id' }),
  role: spaceRoleSchema.default('member'),
  representation: representationSchema.default('titular'),
  joinedOn: calendarDate().optional(),
});
export type MembershipInput = z.input<typeof membershipInputSchema>;

export const membershipUpdateSchema = z
  .object({ role: spaceRoleSchema.optional(), representation: representationSchema.optional(), leftOn: calendarDate().nullable().optional() })
  .refine((v) => Object.keys(v).length > 0, { message: 'empty_update' });
export type MembershipUpdate = z.input<typeof membershipUpdateSchema>;

export const membershipSchema = z.object({
  id: z.uuid(),
  spaceId: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  personId: z.uuid(),
  personName: z.string(),
  role: spaceRoleSchema,
  representation: representationSchema,
  joinedOn: z.string(),
  leftOn: z.string().nullable(),
});
export type Membership = z.infer<typeof membershipSchema>;

export const spaceSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  kind: spaceKindSchema,
  parentId: z.uuid().nullable(),
  parentName: z.string().nullable(),
  quorum: quorumRuleSchema.nullable(),
  visibility: spaceVisibilitySchema,
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  memberCount: z.number().int(),
  myRole: spaceRoleSchema.nullable(),
  can: canSchema(SPACE_RIGHTS),
});
export type Space = z.infer<typeof spaceSchema>;
