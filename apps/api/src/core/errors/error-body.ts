import { ErrorBody, ErrorCode, FieldIssue } from '@cantiere/domain';

export function errorBody(code: ErrorCode, message: string, details?: FieldIssue[] | Record<string, unknown>): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}
