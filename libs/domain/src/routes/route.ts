import { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The names of the `:params` of a path: `'/api/meetings/:id/agenda-items/:itemId'` gives `'id' | 'itemId'`. */
export type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

export type PathParams<P extends string> = { [K in ParamNames<P>]: string };

/** What a route answers with besides JSON: a file download (outside the envelope) of this media type. */
export type FileType =
  | 'text/csv'
  | 'text/calendar'
  | 'application/pdf'
  | 'text/plain'
  | 'application/json'
  | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * One route of the API, declared once: the server applies its method, path, status, documentation and public flag
 * from it, and the web client builds its URL and reads its response type from it.
 */
export interface RouteSpec {
  method: HttpMethod;
  /** Express form, with the `/api` prefix: `/api/meetings/:id`. */
  path: `/api/${string}`;
  /** The operation's summary in the OpenAPI document. */
  summary: string;
  /** The success status. */
  status: number;
  /** What the success response means. */
  description: string;
  query?: z.ZodType;
  /** Descriptions of the query parameters, by name. */
  queryNotes?: Readonly<Record<string, string>>;
  /** A JSON request body. */
  body?: z.ZodType;
  /** A raw upload instead of a JSON body: the request body is the file itself. */
  upload?: { readonly type: 'text/csv'; readonly description: string };
  /** The JSON response body; absent for a response without a body or a file. */
  response?: z.ZodType;
  /** A file download, outside the envelope. */
  file?: FileType;
  /** Other non-error statuses answered with the same response schema (a failing health check). */
  alsoAnswers?: readonly { readonly status: number; readonly description: string }[];
  /** The error statuses the route can answer, all in the one error model. */
  errors: readonly number[];
  /** Reachable without logging in. */
  public?: boolean;
}

export type Route<S extends RouteSpec = RouteSpec> = S & {
  /** The path's params, each a non-empty string; the server's pipes check their format. */
  readonly params: z.ZodObject<{ [K in ParamNames<S['path']>]: z.ZodString }>;
};

/** The names of a path's `:params`, in order. */
export const paramNamesOf = (path: string): string[] => [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]);

/**
 * Declares a route; its params schema comes from its path, so they are never typed twice. The tables mark each
 * entry and schema they build with a `@__PURE__` annotation, so that a web bundle keeps only the tables it calls.
 */
export function route<const S extends RouteSpec>(spec: S): Route<S> {
  const shape = Object.fromEntries(paramNamesOf(spec.path).map((name) => [name, z.string().min(1)]));
  return { ...spec, params: z.object(shape) as Route<S>['params'] };
}

/** The input a caller gives a route: its params, its query and its body, each only when the route has one. */
export type RouteInput<R extends RouteSpec> = ([ParamNames<R['path']>] extends [never] ? { params?: undefined } : { params: PathParams<R['path']> }) &
  (R['query'] extends z.ZodType ? { query?: z.input<R['query']> } : { query?: undefined }) &
  (R['body'] extends z.ZodType ? { body: z.input<R['body']> } : { body?: undefined });

/** What a route answers: its response schema's type, or nothing. */
export type RouteOutput<R extends RouteSpec> = R['response'] extends z.ZodType ? z.output<R['response']> : void;
