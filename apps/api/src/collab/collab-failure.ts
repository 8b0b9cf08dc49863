import type { CollabErrorCode, CollabFailure } from '@cantiere/collab';

export const failure = (code: CollabErrorCode, message: string): CollabFailure => ({ ok: false, error: { code, message } });

/** Thrown inside handlers to end with a failure ack. */
export class CollabError extends Error {
  constructor(
    readonly code: CollabErrorCode,
    message: string,
  ) {
    super(message);
  }
}
