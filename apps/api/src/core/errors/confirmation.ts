import type { StepWarning, StepWarningCode } from '@cantiere/domain';
import { AppError } from './app-error';

/**
 * Irreversible steps go ahead only when every warning they raise was acknowledged by code: a client that confirmed
 * one warning (say, an early start) has not confirmed another it was never shown (the chair marked absent).
 * Answers 409 `confirmation_required` listing the warnings; returns them, to be recorded with the step.
 */
export function requireConfirmed(warnings: StepWarning[], confirm: readonly StepWarningCode[] | undefined, message: string): StepWarning[] {
  if (warnings.some((w) => !confirm?.includes(w.code))) throw new AppError('confirmation_required', message, { warnings });
  return warnings;
}
