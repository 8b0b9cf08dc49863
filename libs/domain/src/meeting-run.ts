import { z } from 'zod';
import { RUN_ACTIONS } from './constants';

/** Where a running meeting is: the item under discussion and since when, by the server's clock. */
export const runStateSchema = z.object({
  currentItemId: z.uuid().nullable(),
  itemStartedAt: z.string().nullable(),
  serverNow: z.string(),
});
export type RunState = z.infer<typeof runStateSchema>;

export const runCommandSchema = z
  .object({ action: z.enum(RUN_ACTIONS, { message: 'unknown_value' }), itemId: z.uuid({ message: 'invalid_id' }).optional() })
  .refine((v) => v.action !== 'goto' || !!v.itemId, { message: 'required', path: ['itemId'] });
export type RunCommand = z.input<typeof runCommandSchema>;
