import type { Request } from 'express';

/** What the server could read for a page: the answers by path, and the paths left for the client to ask itself. */
export interface PageAnswers {
  answers: Record<string, unknown>;
  missing: string[];
}

export interface PageAnswersOptions {
  /** How long the page waits for its data before it goes without (the client then asks as before). */
  timeoutMs?: number;
  /** The most JSON a page carries; the paths beyond it are left to the client. */
  maxBytes?: number;
}

// Headers that make the read the visitor's own: who they are, and the language answers may depend on.
const FORWARDED = ['cookie', 'accept-language', 'user-agent'] as const;

/** This server's own address as the request reached it: loopback or not, behind a proxy or not, it answers there. */
function ownOrigin(req: Request): string | null {
  const { localAddress, localPort } = req.socket;
  if (!localAddress || !localPort) return null;
  return localAddress.includes(':') ? `http://[${localAddress}]:${localPort}` : `http://${localAddress}:${localPort}`;
}

/**
 * Reads API paths for the page a request asks for, as its visitor: a `GET` to this server with the request's own
 * cookie, so the answer is exactly what the client's request would get (the same guards, checks and serialisation).
 * Only 200 answers are kept; a refusal, an error, a timeout or the size limit leaves a path to the client, which asks
 * for it as it would without this and reports what goes wrong.
 */
export async function readPageAnswers(req: Request, paths: readonly string[], options: PageAnswersOptions = {}): Promise<PageAnswers> {
  const origin = ownOrigin(req);
  if (!origin || paths.length === 0) return { answers: {}, missing: [...paths] };
  const headers: Record<string, string> = { accept: 'application/json' };
  for (const name of FORWARDED) {
    const value = req.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  const signal = AbortSignal.timeout(options.timeoutMs ?? 2000);
  const read = async (path: string): Promise<{ path: string; text: string } | null> => {
    try {
      const res = await fetch(origin + path, { headers, signal, redirect: 'manual' });
      if (res.status !== 200 || !res.headers.get('content-type')?.startsWith('application/json')) return null;
      return { path, text: await res.text() };
    } catch {
      return null;
    }
  };
  const results = await Promise.all(paths.map(read));
  const answers: Record<string, unknown> = {};
  const missing: string[] = [];
  let bytes = 0;
  const maxBytes = options.maxBytes ?? 512 * 1024;
  for (const [i, result] of results.entries()) {
    if (!result || bytes + result.text.length > maxBytes) {
      missing.push(paths[i]);
      continue;
    }
    try {
      answers[result.path] = JSON.parse(result.text) as unknown;
      bytes += result.text.length;
    } catch {
      missing.push(paths[i]);
    }
  }
  return { answers, missing };
}
