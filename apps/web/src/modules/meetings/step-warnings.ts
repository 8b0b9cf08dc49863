import type { StepWarning, StepWarningCode } from '@cantiere/domain';
import { ApiError } from '../../api/client';

/** The warnings of a step the server refused until confirmed, or null when the error is something else. */
export function warningsOf(err: unknown): StepWarning[] | null {
  if (!(err instanceof ApiError) || err.code !== 'confirmation_required' || Array.isArray(err.details)) return null;
  const warnings = (err.details as { warnings?: StepWarning[] } | undefined)?.warnings;
  return Array.isArray(warnings) ? warnings : null;
}

export const codesOf = (warnings: StepWarning[] | null): StepWarningCode[] | undefined => (warnings?.length ? warnings.map((w) => w.code) : undefined);
