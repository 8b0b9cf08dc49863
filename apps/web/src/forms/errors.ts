import type { TFunction as NamespaceTFunction } from 'i18next';
import type { ZodError } from 'zod';
import { ApiError } from '../api/client';
import type { TextNamespace } from '../i18n';

/** The `t` of any namespace: all of them fall back to `common`, where the error texts are. */
type TFunction = NamespaceTFunction<TextNamespace>;

export type FieldErrors = Record<string, string>;

/** A message key from the API or a zod schema, as a translated sentence. */
export function messageFor(t: TFunction, key: string): string {
  const translated = t(`errors.${key}`, { defaultValue: '' });
  return translated || t('errors.generic');
}

/** Field errors from a zod failure, keyed by the field's path. */
export function zodFieldErrors(t: TFunction, error: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.') || '_';
    out[path] ??= messageFor(t, issue.message);
  }
  return out;
}

/** Field errors from an API 400/409, and a general message for the rest. */
export function apiErrors(t: TFunction, error: unknown): { fields: FieldErrors; message: string | null } {
  if (!(error instanceof ApiError)) return { fields: {}, message: t('errors.server') };
  if (error.status === 0) return { fields: {}, message: t('errors.network') };
  if (error.status === 429) return { fields: {}, message: t('errors.rate_limited') };
  if (error.status === 403) return { fields: {}, message: t('errors.forbidden') };
  const fields: FieldErrors = {};
  for (const issue of error.fieldIssues) fields[issue.path] ??= messageFor(t, issue.message);
  if (Object.keys(fields).length > 0) return { fields, message: null };
  return { fields, message: error.status >= 500 ? t('errors.server') : error.message };
}

/** Moves the focus to the first invalid field, so that keyboard and screen-reader users land on it. */
export function focusFirstError(fields: FieldErrors, idPrefix = '') {
  const first = Object.keys(fields)[0];
  if (!first) return;
  requestAnimationFrame(() => document.getElementById(`${idPrefix}${first.replace(/\./g, '-')}`)?.focus());
}
