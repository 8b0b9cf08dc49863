import type { ErrorBody, FieldIssue, RouteInput, RouteOutput, RouteSpec } from '@cantiere/domain';

/** An API error in the one error model; `status` 0 means the server could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: FieldIssue[] | Record<string, unknown>,
  ) {
    super(message);
  }

  get fieldIssues(): FieldIssue[] {
    return Array.isArray(this.details) ? this.details : [];
  }
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'network');
  }
  if (res.status === 204 || res.status === 202) return undefined as T;
  const json = (await res.json().catch(() => null)) as (ErrorBody & T) | null;
  if (!res.ok) throw new ApiError(res.status, json?.error?.code ?? 'internal_error', json?.error?.message ?? res.statusText, json?.error?.details);
  return json as T;
}

/** The URL of a route from the table: its `:params` filled in (encoded) and its query appended, empty values left out. */
export function routeUrl(route: Pick<RouteSpec, 'path'>, params?: Readonly<Record<string, string>>, query?: Readonly<Record<string, unknown>>): string {
  const path = route.path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = params?.[name];
    if (!value) throw new Error(`${route.path} needs its ${name} param`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    search.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

/** The input is optional only when a route has no params and no body. */
type CallArgs<R extends RouteSpec> = object extends RouteInput<R> ? [input?: RouteInput<R>] : [input: RouteInput<R>];

/**
 * Calls a route of the table (`libs/domain/src/routes`): the URL comes from its path, params and query, and the
 * answer has the type of its response schema, so a call site never retypes a path or a response shape.
 */
export function call<R extends RouteSpec>(route: R, ...[input]: CallArgs<R>): Promise<RouteOutput<R>> {
  return api<RouteOutput<R>>(route.method, routeUrl(route, input?.params, input?.query as Record<string, unknown> | undefined), input?.body);
}
