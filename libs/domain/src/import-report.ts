import { z } from 'zod';
import { IMPORT_ROW_OUTCOMES } from './constants';

export const importRowSchema = z.object({
  line: z.number().int(),
  outcome: z.enum(IMPORT_ROW_OUTCOMES),
  key: z.string(),
  errors: z.array(z.object({ column: z.string(), message: z.string() })),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const importReportSchema = z.object({
  dryRun: z.boolean(),
  applied: z.boolean(),
  counts: z.object({ create: z.number().int(), update: z.number().int(), reject: z.number().int() }),
  rows: z.array(importRowSchema),
});
export type ImportReport = z.infer<typeof importReportSchema>;

/** `?dryRun=true` (the default) only reports; `false` applies the file, all or nothing. */
export const importQuerySchema = z.object({ dryRun: z.enum(['true', 'false'], { message: 'must_be_boolean' }).default('true') });
