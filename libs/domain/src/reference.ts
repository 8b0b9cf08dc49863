import { z } from 'zod';
import { text } from './text';
import { REFERENCE_KINDS } from './constants';

export const referenceKindSchema = z.enum(REFERENCE_KINDS, { message: 'unknown_value' });
export type ReferenceKind = z.infer<typeof referenceKindSchema>;

export const referenceItemInputSchema = z.object({
  code: text()
    .min(2, 'too_short')
    .max(60, 'too_long')
    .regex(/^[a-z0-9_]+$/, 'invalid_code'),
  labelIt: text().min(2, 'too_short').max(120, 'too_long'),
  labelEn: text().min(2, 'too_short').max(120, 'too_long'),
});
export type ReferenceItemInput = z.infer<typeof referenceItemInputSchema>;

export const referenceItemSchema = z.object({
  kind: referenceKindSchema,
  code: z.string(),
  labelIt: z.string(),
  labelEn: z.string(),
  active: z.boolean(),
});
export type ReferenceItem = z.infer<typeof referenceItemSchema>;
