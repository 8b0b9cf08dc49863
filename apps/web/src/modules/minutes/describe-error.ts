import { ApiError } from '../../api/client';
import type { useMinutesText } from './texts';

/** One sentence for a failed minutes request, in the reader's language, field issues first. */
export function describeError(t: ReturnType<typeof useMinutesText>, err: unknown): string {
  if (err instanceof ApiError) {
    const issue = err.fieldIssues[0];
    if (issue) return t.has(issue.message) ? t(issue.message) : t('error', { message: issue.message });
    if (err.status === 409) return t('conflict');
    if (err.status === 403) return t('forbidden');
    if (err.status === 0) return t('network');
  }
  return t('error', { message: (err as Error).message });
}
