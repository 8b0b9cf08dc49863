import { z } from 'zod';
import { pageOf, pagingSchema } from './listing';

/** How a person hears of one kind of notification besides the in-app centre: a mail at once, the daily digest, or not at all. */
export const NOTIFICATION_CHANNELS = ['immediate', 'digest', 'off'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** What a person can follow; following a subject brings its notifications. */
export const FOLLOW_SUBJECT_TYPES = ['space', 'meeting', 'document'] as const;
export type FollowSubjectType = (typeof FOLLOW_SUBJECT_TYPES)[number];

/** A kind's name: lower snake case, registered by the module that owns its events. */
export const notificationKindSchema = z.string().regex(/^[a-z][a-z0-9_]{1,59}$/, 'invalid_kind');

export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  /** The place in the web client the notification is about (`/sedute/<id>`). */
  link: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationItem = z.infer<typeof notificationSchema>;

export const notificationQuerySchema = pagingSchema.extend({
  unread: z.enum(['true', 'false']).optional(),
});
export type NotificationQuery = z.infer<typeof notificationQuerySchema>;
export const notificationPageSchema = /* @__PURE__ */ pageOf(notificationSchema);
export type NotificationPage = z.infer<typeof notificationPageSchema>;

export const unreadCountSchema = z.object({ unread: z.number().int() });

export const notificationKindPreferenceSchema = z.object({
  kind: notificationKindSchema,
  channel: z.enum(NOTIFICATION_CHANNELS),
});

/** Per kind, how a person hears of it; `digestHour` is the hour (Europe/Rome) of the daily digest. */
export const notificationPreferencesSchema = z.object({
  digestHour: z.number().int('must_be_integer').min(0, 'out_of_range').max(23, 'out_of_range'),
  kinds: z.array(notificationKindPreferenceSchema.extend({ label: z.string() })),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

export const notificationPreferencesInputSchema = z.object({
  digestHour: z.number().int('must_be_integer').min(0, 'out_of_range').max(23, 'out_of_range').optional(),
  kinds: z.array(notificationKindPreferenceSchema).max(100, 'too_many').optional(),
});
export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesInputSchema>;

export const followInputSchema = z.object({
  subjectType: z.enum(FOLLOW_SUBJECT_TYPES),
  subjectId: z.uuid({ message: 'invalid_id' }),
  following: z.boolean(),
});
export type FollowInput = z.infer<typeof followInputSchema>;

export const followSchema = z.object({
  subjectType: z.enum(FOLLOW_SUBJECT_TYPES),
  subjectId: z.uuid(),
  following: z.boolean(),
});
export type Follow = z.infer<typeof followSchema>;

/** What a one-click unsubscribe link stops, and whether it has been used. */
export const unsubscribeSchema = z.object({
  kind: z.string(),
  label: z.string(),
  done: z.boolean(),
});
export type Unsubscribe = z.infer<typeof unsubscribeSchema>;
