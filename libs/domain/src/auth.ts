import { z } from 'zod';
import { safeString, text } from './text';
import { GLOBAL_ROLES, LOCALES, PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, INVITATION_STATUSES } from './constants';

export const globalRoleSchema = z.enum(GLOBAL_ROLES);
export type GlobalRole = z.infer<typeof globalRoleSchema>;

export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

export const emailSchema = text()
  .toLowerCase()
  .max(254, 'too_long')
  .pipe(z.email({ message: 'invalid_email' }));

/** A new password: long enough to resist guessing, bounded so hashing stays cheap. */
export const newPasswordSchema = safeString().min(PASSWORD_MIN_LENGTH, 'password_too_short').max(PASSWORD_MAX_LENGTH, 'too_long');

export const personNameSchema = text().min(1, 'required').max(120, 'too_long');

export const loginRequestSchema = z.object({
  email: emailSchema,
  password: safeString().min(1, 'required').max(PASSWORD_MAX_LENGTH, 'too_long'),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: globalRoleSchema,
  locale: localeSchema,
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const userResponseSchema = z.object({ user: userSchema });

/** An account as administrators see it on the users page: deactivated ones cannot log in. */
export const adminUserSchema = userSchema.extend({ disabledAt: z.string().nullable() });
export type AdminUser = z.infer<typeof adminUserSchema>;
export type UserResponse = z.infer<typeof userResponseSchema>;

export const meResponseSchema = z.object({ user: userSchema, organisation: z.string().nullable() });
export type MeResponse = z.infer<typeof meResponseSchema>;

export const passwordResetRequestSchema = z.object({ email: emailSchema });
export type PasswordResetRequest = z.infer<typeof passwordResetRequestSchema>;

export const tokenSchema = safeString().min(20, 'invalid_token').max(200, 'invalid_token');

export const passwordResetConfirmSchema = z.object({
  token: tokenSchema,
  password: newPasswordSchema,
});
export type PasswordResetConfirm = z.infer<typeof passwordResetConfirmSchema>;

export const invitationCreateSchema = z.object({
  email: emailSchema,
  name: personNameSchema,
  role: globalRoleSchema.default('user'),
});
export type InvitationCreate = z.input<typeof invitationCreateSchema>;

export const invitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: globalRoleSchema,
  status: z.enum(INVITATION_STATUSES),
  expiresAt: z.string(),
  createdAt: z.string(),
  invitedBy: z.string().nullable(),
});
export type Invitation = z.infer<typeof invitationSchema>;

/** What an invitee sees before accepting: no ids, nothing about the inviter's account. */
export const invitationPreviewSchema = z.object({
  email: z.string(),
  name: z.string(),
  expiresAt: z.string(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

export const invitationAcceptSchema = z.object({
  name: personNameSchema.optional(),
  password: newPasswordSchema,
});
export type InvitationAccept = z.infer<typeof invitationAcceptSchema>;

export const accountUpdateSchema = z
  .object({ name: personNameSchema.optional(), locale: localeSchema.optional() })
  .refine((v) => v.name !== undefined || v.locale !== undefined, { message: 'empty_update' });
export type AccountUpdate = z.infer<typeof accountUpdateSchema>;

export const passwordChangeSchema = z.object({
  currentPassword: safeString().min(1, 'required').max(PASSWORD_MAX_LENGTH, 'too_long'),
  newPassword: newPasswordSchema,
});
export type PasswordChange = z.infer<typeof passwordChangeSchema>;

export const sessionSchema = z.object({
  id: z.uuid(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  current: z.boolean(),
});
export type Session = z.infer<typeof sessionSchema>;

export const healthSchema = z.object({ status: z.enum(['ok', 'error']), db: z.enum(['ok', 'error']) });
export type Health = z.infer<typeof healthSchema>;
