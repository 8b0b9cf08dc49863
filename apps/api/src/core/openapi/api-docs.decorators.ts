import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiResponse } from '@nestjs/swagger';
import { z, type ZodType } from 'zod';
import { ERROR_CODES } from '@cantiere/domain';

type JsonSchema = Record<string, unknown>;

export function toOpenApi(schema: ZodType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  return json;
}

const errorSchema = toOpenApi(
  z.object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  }),
  'output',
);

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: `validation_failed` with one detail per field',
  401: 'Not authenticated (`unauthorized`) or wrong credentials (`invalid_credentials`)',
  403: 'Not allowed (`forbidden`) or cross-site request refused (`csrf_rejected`)',
  404: 'Not found (`not_found`)',
  409: 'Conflict with existing data (`conflict`)',
  410: 'Link expired, used or revoked (`gone`)',
  413: 'Payload too large (`payload_too_large`)',
  429: 'Too many attempts (`rate_limited`), see Retry-After',
  503: 'A dependency is unavailable (`service_unavailable`)',
};

/** Documents a request body with the same zod schema that validates it. */
export const ApiZodBody = (schema: ZodType) => ApiBody({ schema: toOpenApi(schema, 'input') as never });

/** Documents a success response with the zod schema of its shape (or no body). */
export const ApiZodResponse = (status: number, description: string, schema?: ZodType) =>
  ApiResponse({ status, description, ...(schema ? { schema: toOpenApi(schema, 'output') as never } : {}) });

/** Documents the error responses a route can give, all in the one error model. */
export const ApiErrors = (...statuses: number[]) =>
  applyDecorators(...statuses.map((status) => ApiResponse({ status, description: ERROR_DESCRIPTIONS[status] ?? 'Error', schema: errorSchema as never })));
