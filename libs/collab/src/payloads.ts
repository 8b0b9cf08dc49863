import { z } from 'zod';
import { parseDocId } from './doc-id';

/**
 * Runtime validation of every client payload: types are not validation. Binary fields arrive as
 * Uint8Array (Node's Buffer is one) or ArrayBuffer depending on the sender; both become Uint8Array.
 */
export const binarySchema = z
  .custom<Uint8Array | ArrayBuffer>((v) => v instanceof Uint8Array || v instanceof ArrayBuffer, 'binary_expected')
  .transform((v) => (v instanceof Uint8Array ? v : new Uint8Array(v)));

export const docIdSchema = z
  .string()
  .max(100)
  .refine((v) => parseDocId(v) !== null, 'invalid_doc_id');

export const joinPayloadSchema = z.object({ docId: docIdSchema, stateVector: binarySchema });
export const updatePayloadSchema = z.object({ docId: docIdSchema, msgId: z.string().min(1).max(100), update: binarySchema });
export const leavePayloadSchema = z.object({ docId: docIdSchema });
export const awarenessPayloadSchema = z.object({ docId: docIdSchema, update: binarySchema });

export type JoinPayload = z.input<typeof joinPayloadSchema>;
export type UpdatePayload = z.input<typeof updatePayloadSchema>;
export type LeavePayload = z.input<typeof leavePayloadSchema>;
export type AwarenessPayload = z.input<typeof awarenessPayloadSchema>;
