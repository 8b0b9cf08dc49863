import { applyDecorators, HttpCode, RequestMapping, RequestMethod } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiResponse } from '@nestjs/swagger';
import type { RouteSpec } from '@cantiere/domain';
import { Public } from '../auth/public.decorator';
import { ApiCsvBody } from './api-csv-body.decorator';
import { ApiErrors, ApiZodBody, ApiZodResponse, toOpenApi } from './api-docs.decorators';

/** The controller path of a route: its table path without the global `/api` prefix. */
export const handlerPath = (spec: Pick<RouteSpec, 'path'>) => spec.path.replace(/^\/api/, '');

/** One OpenAPI query parameter per property of the route's query schema, as a caller writes it. */
function queryParameters(spec: RouteSpec) {
  if (!spec.query) return [];
  const json = toOpenApi(spec.query, 'input') as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, schema]) =>
    ApiQuery({ name, required: json.required?.includes(name) ?? false, description: spec.queryNotes?.[name], schema: schema as never }),
  );
}

function successResponses(spec: RouteSpec) {
  if (spec.file) {
    // A file is outside the envelope; a JSON export still documents its shape.
    const schema = spec.response ? toOpenApi(spec.response, 'output') : { type: 'string', format: 'binary' };
    return [ApiResponse({ status: spec.status, description: spec.description, content: { [spec.file]: { schema: schema as never } } })];
  }
  return [spec, ...(spec.alsoAnswers ?? [])].map((r) => ApiZodResponse(r.status, r.description, spec.response));
}

/**
 * Serves a handler as the route table declares it: method, path, success status, OpenAPI operation, request and
 * response schemas, error statuses and, where the table says so, access without logging in.
 */
export function Route(spec: RouteSpec) {
  return applyDecorators(
    RequestMapping({ path: handlerPath(spec), method: RequestMethod[spec.method] }),
    HttpCode(spec.status),
    ApiOperation({ summary: spec.summary }),
    ...(spec.body ? [ApiZodBody(spec.body)] : []),
    ...(spec.upload ? [ApiCsvBody(spec.upload.description)] : []),
    ...queryParameters(spec),
    ...successResponses(spec),
    ...(spec.errors.length ? [ApiErrors(...spec.errors)] : []),
    ...(spec.public ? [Public()] : []),
  );
}
