import type { Actor } from '../auth/actor';
import { AppError } from '../errors/app-error';

/** Global roles for now; per-space roles join here so that every module asks one place. */
export function requireAdmin(actor: Actor): void {
  if (actor.user.role !== 'admin') throw AppError.forbidden('Only administrators can do this');
}
