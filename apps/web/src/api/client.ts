import type { ErrorBody, FieldIssue } from '@cantiere/domain';

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
