import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import { ErrorCode } from '@cantiere/domain';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { uniqueViolationError } from '../database/unique-violation';
import { AppError } from './app-error';
import { errorBody } from './error-body';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'not_found',
  409: 'conflict',
  410: 'gone',
  413: 'payload_too_large',
  429: 'rate_limited',
  503: 'service_unavailable',
};

/** Maps every error to the one error model; anything unexpected becomes a logged 500 without internals. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(thrown: unknown, host: ArgumentsHost) {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request>();
    // Two requests racing past a service's pre-check meet at a unique index: that is a conflict, not a failure.
    const exception = uniqueViolationError(thrown) ?? thrown;
    if (exception instanceof AppError) {
      for (const [name, value] of Object.entries(exception.headers ?? {})) res.setHeader(name, value);
      res.status(exception.status).json(errorBody(exception.code, exception.message, exception.details));
      return;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = CODE_BY_STATUS[status] ?? (status >= 500 ? 'internal_error' : 'validation_failed');
      const message = status === 404 ? `No route for ${req.method} ${req.originalUrl.split('?')[0]}` : exception.message;
      res.status(status).json(errorBody(code, message));
      return;
    }
    this.logger.error({ err: exception, reqId: req.id, url: req.originalUrl }, 'unhandled error');
    res.status(HttpStatus.INTERNAL_SERVER_ERROR).json(errorBody('internal_error', 'An unexpected error occurred'));
  }
}
