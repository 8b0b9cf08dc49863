import { QueryFailedError } from 'typeorm';
import { AppError } from '../errors/app-error';

const UNIQUE_VIOLATION = '23505';

const camelCase = (column: string) => column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * The field a unique index protects, as the client named it. PostgreSQL's detail reads
 * `Key (space_id, person_id)=(...) already exists.`: the leading columns scope the index (the space, the
 * meeting), the last one is what the client chose, so it names the field unless `fieldByConstraint` says otherwise.
 */
function conflictingField(driverError: { constraint?: string; detail?: string }, fieldByConstraint: Record<string, string>): string | undefined {
  const named = fieldByConstraint[driverError.constraint ?? ''];
  if (named) return named;
  const columns = /^Key \(([^)]+)\)=/
    .exec(driverError.detail ?? '')?.[1]
    ?.split(',')
    .map((c) => c.trim().replace(/^"|"$/g, ''));
  const last = columns?.[columns.length - 1];
  return last ? camelCase(last) : undefined;
}

/** A unique violation as a 409 `conflict` naming the field; null for any other error. */
export function uniqueViolationError(err: unknown, fieldByConstraint: Record<string, string> = {}): AppError | null {
  const driverError = err instanceof QueryFailedError ? (err.driverError as { code?: string; constraint?: string; detail?: string }) : undefined;
  if (driverError?.code !== UNIQUE_VIOLATION) return null;
  const field = conflictingField(driverError, fieldByConstraint);
  return new AppError('conflict', 'A record with the same value already exists', field ? [{ path: field, message: 'already_exists' }] : undefined);
}

/**
 * Runs `work`, turning a unique violation into a 409 naming the field, so that a race between two requests that
 * both passed the pre-check still ends in a clear answer. The global filter does the same for every query with
 * the generic naming; this form lets a service name the field when the index's last column is not it.
 */
export async function mapUniqueViolation<T>(work: () => Promise<T>, fieldByConstraint: Record<string, string>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw uniqueViolationError(err, fieldByConstraint) ?? err;
  }
}
