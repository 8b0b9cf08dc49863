import type { ErrorBody, FieldIssue, RouteInput, RouteOutput, RouteSpec } from '@cantiere/domain';
import { takePageAnswer } from './page-answers';

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

/** A request's body with its media type: JSON, or an upload route's file as it is. */
type Body = { type: string; data: BodyInit };

async function request<T>(method: string, path: string, body?: Body): Promise<T> {
  // The first screen's data may have come with the page: its first request for a path takes that answer.
  const answered = method === 'GET' ? takePageAnswer(path) : undefined;
  if (answered) return answered.value as T;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body ? { 'content-type': body.type, accept: 'application/json' } : { accept: 'application/json' },
      body: body?.data,
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

/** What a caller gives a route: its params, query and body, and the file when the route is an upload. */
type CallInput<R extends RouteSpec> = RouteInput<R> & (R['upload'] extends object ? { file: Blob } : { file?: undefined });

/** The input is optional only when a route has no params, no body and no file. */
type CallArgs<R extends RouteSpec> = object extends CallInput<R> ? [input?: CallInput<R>] : [input: CallInput<R>];

/**
 * A route of the table named by its method and path alone, with the entry's types: for the code of the entry chunk
 * (the session check, the language switch). Importing the tables there would load zod and build every schema before
 * zod-config.ts turns zod's eval probe off, a CSP violation at each start, and would make the first paint of every
 * page wait for them. A method or path that is not the entry's does not compile.
 */
export interface RouteRef<R extends RouteSpec> {
  readonly method: R['method'];
  readonly path: R['path'];
  /** Carries the entry's type; never set. */
  readonly route?: R;
}

/**
 * Calls a route of the table (`libs/domain/src/routes`): the URL comes from its path, params and query, and the
 * answer has the type of its response schema, so a call site never retypes a path or a response shape. An upload
 * route sends `file` as its body, with the media type the route declares.
 */
export function call<R extends RouteSpec>(route: R | RouteRef<R>, ...[input]: CallArgs<R>): Promise<RouteOutput<R>> {
  const url = routeUrl(route, input?.params, input?.query as Record<string, unknown> | undefined);
  const upload = 'upload' in route ? route.upload : undefined;
  const body: Body | undefined =
    upload && input?.file
      ? { type: upload.type, data: input.file }
      : input?.body === undefined
        ? undefined
        : { type: 'application/json', data: JSON.stringify(input.body) };
  return request<RouteOutput<R>>(route.method, url, body);
}

/**
 * Downloads a file route (a document, an export) as a Blob with the file name the server gives it, so that the page can
 * show that a long export is being prepared; errors arrive in the one error model like any call.
 */
export async function download<R extends RouteSpec & { file: string }>(route: R, ...[input]: CallArgs<R>): Promise<{ blob: Blob; name: string | null }> {
  const url = routeUrl(route, input?.params, input?.query as Record<string, unknown> | undefined);
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', 'network');
  }
  if (!res.ok) {
    const json = (await res.json().catch(() => null)) as ErrorBody | null;
    throw new ApiError(res.status, json?.error?.code ?? 'internal_error', json?.error?.message ?? res.statusText, json?.error?.details);
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? null;
  return { blob: await res.blob(), name };
}
