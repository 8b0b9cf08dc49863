import express, { ErrorRequestHandler } from 'express';
import { errorBody } from '../errors/error-body';

export const JSON_BODY_LIMIT = '1mb';

export const CSV_BODY_LIMIT = '10mb';

export const jsonBody = express.json({ limit: JSON_BODY_LIMIT });

/** CSV uploads (imports) arrive raw, so that their encoding can be checked before decoding. */
export const csvBody = express.raw({ type: ['text/csv', 'application/csv', 'text/plain'], limit: CSV_BODY_LIMIT });

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
