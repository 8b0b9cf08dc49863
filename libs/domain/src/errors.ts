/** Error codes shared by the API and its clients; one error model everywhere. */
export const ERROR_CODES = [
  'validation_failed',
  'unauthorized',
  'invalid_credentials',
  'account_disabled',
  'forbidden',
  'csrf_rejected',
  'not_found',
  'conflict',
  /** 409: an irreversible step with warnings; repeat it naming the warnings in `confirm` (details list them). */
  'confirmation_required',
  'gone',
  'payload_too_large',
  'rate_limited',
  'service_unavailable',
  'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `email` or `items.2.title`. */
  path: string;
  message: string;
}

export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    details?: FieldIssue[] | Record<string, unknown>;
  };
}
