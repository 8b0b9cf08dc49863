import { ErrorCode, FieldIssue } from '@cantiere/domain';

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthorized: 401,
  invalid_credentials: 401,
  account_disabled: 403,
  forbidden: 403,
  csrf_rejected: 403,
  not_found: 404,
  conflict: 409,
  confirmation_required: 409,
  gone: 410,
  payload_too_large: 413,
  rate_limited: 429,
  service_unavailable: 503,
  internal_error: 500,
};

/** The one exception type of the application; filters turn it into `{ error: { code, message, details } }`. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldIssue[] | Record<string, unknown>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.status = STATUS_BY_CODE[code];
  }

  static validation(details: FieldIssue[], message = 'Some fields are not valid') {
    return new AppError('validation_failed', message, details);
  }
  static notFound(what: string) {
    return new AppError('not_found', `${what} not found`);
  }
  static forbidden(message = 'You are not allowed to do this') {
    return new AppError('forbidden', message);
  }
  static unauthorized(message = 'Authentication required') {
    return new AppError('unauthorized', message);
  }
}
