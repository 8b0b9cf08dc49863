import { QueryFailedError } from 'typeorm';
import { AppError } from '../errors/app-error';

/**
 * Turns a unique-constraint violation into a 409 naming the field, so that a race between two requests
 * that both passed the pre-check still ends in a clear answer, never a 500.
 */
export async function mapUniqueViolation<T>(work: () => Promise<T>, fieldByConstraint: Record<string, string>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const driverError = err instanceof QueryFailedError ? (err.driverError as { code?: string; constraint?: string }) : undefined;
    if (driverError?.code === '23505') {
      const field = fieldByConstraint[driverError.constraint ?? ''];
      throw new AppError('conflict', 'A record with the same value already exists', field ? [{ path: field, message: 'already_exists' }] : undefined);
    }
    throw err;
  }
}
