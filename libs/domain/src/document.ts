import { z } from 'zod';
import { text } from './text';
import { DOCUMENT_KINDS } from './constants';
import { canSchema, DOCUMENT_RIGHTS } from './permissions';

export const documentKindSchema = z.enum(DOCUMENT_KINDS, { message: 'unknown_value' });
export type DocumentKind = z.infer<typeof documentKindSchema>;

export const documentCreateSchema = z.object({
  spaceId: z.uuid({ message: 'invalid_id' }),
  title: text().min(1, 'required').max(200, 'too_long'),
  kind: documentKindSchema,
});
export type DocumentCreate = z.infer<typeof documentCreateSchema>;

export const documentUpdateSchema = z
  .object({ title: text().min(1, 'required').max(200, 'too_long').optional(), archived: z.boolean().optional() })
  .refine((v) => v.title !== undefined || v.archived !== undefined, { message: 'empty_update' });
export type DocumentUpdate = z.infer<typeof documentUpdateSchema>;

export const documentSchema = z.object({
  id: z.uuid(),
  docId: z.string(),
  spaceId: z.uuid(),
  spaceName: z.string(),
  title: z.string(),
  kind: documentKindSchema,
  bodyText: z.string(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: canSchema(DOCUMENT_RIGHTS),
});
export type SharedDocument = z.infer<typeof documentSchema>;

export const documentVersionSchema = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  kind: z.enum(['auto', 'named', 'restore']),
  name: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export type DocumentVersion = z.infer<typeof documentVersionSchema>;

export const namedVersionSchema = z.object({ name: text().min(1, 'required').max(200, 'too_long') });

export const apiTokenCreateSchema = z.object({ name: text().min(1, 'required').max(100, 'too_long') });
export const apiTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;
