import express, { ErrorRequestHandler, RequestHandler } from 'express';
import { errorBody } from '../errors/error-body';

export const JSON_BODY_LIMIT = '1mb';

export const CSV_BODY_LIMIT = '10mb';

export const jsonBody = express.json({ limit: JSON_BODY_LIMIT });

// Typed as Express middleware: pino-http's typings make IncomingMessage.id required, which Request's optional id is not.
const rawCsv = express.raw({ type: ['text/csv', 'application/csv', 'text/plain'], limit: CSV_BODY_LIMIT }) as unknown as RequestHandler;
/** The CSV imports: `POST /api/<list>/import`. */
const CSV_IMPORT = /^\/[a-z-]+\/import$/;

/**
 * CSV uploads (imports) arrive raw, so that their encoding can be checked before decoding. Only there: elsewhere
 * a text body would reach a JSON route as bytes that a schema of optional fields reads as an empty change.
 */
export const csvBody: RequestHandler = (req, res, next) => (CSV_IMPORT.test(req.path) ? rawCsv(req, res, next) : next());

/**
 * A body that no parser read (a form, plain text, an unknown type) would be taken for no body at all, and a
 * partial update would answer 200 having changed nothing: refuse it instead.
 */
export const unreadBody: RequestHandler = (req, res, next) => {
  const sent = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
  if (sent && req.body === undefined) {
    res.status(415).json(errorBody('validation_failed', 'The request body must be JSON (Content-Type: application/json)'));
    return;
  }
  next();
};

/** Body-parser failures (malformed JSON, oversized body) in the one error model, never a 500. */
export const bodyParserErrors: ErrorRequestHandler = (err, _req, res, next) => {
  if (err?.type === 'entity.too.large') {
    res.status(413).json(errorBody('payload_too_large', `The request body is larger than the limit (${err.limit} bytes)`));
    return;
  }
  if (err?.type === 'entity.parse.failed') {
    res.status(400).json(errorBody('validation_failed', 'The request body is not valid JSON'));
    return;
  }
  if (typeof err?.status === 'number' && err.status >= 400 && err.status < 500) {
    res.status(err.status).json(errorBody('validation_failed', 'The request body could not be read'));
    return;
  }
  next(err);
};
