import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { isTextKey } from '../../i18n';
import type { MINUTES } from '../../i18n/namespaces/minutes';

/** One sentence for a failed minutes request, in the reader's language, field issues first. */
export function describeError(t: TFunction<typeof MINUTES>, err: unknown): string {
  if (err instanceof ApiError) {
    const issue = err.fieldIssues[0];
    if (issue) return isTextKey('minutes', issue.message) ? t(issue.message) : t('common.error', { message: issue.message });
    if (err.status === 409) return t('conflict');
    if (err.status === 403) return t('errors.forbidden');
    if (err.status === 0) return t('errors.network');
  }
  return t('common.error', { message: (err as Error).message });
}
