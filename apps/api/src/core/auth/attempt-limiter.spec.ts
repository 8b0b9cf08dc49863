import { AppError } from '../errors/app-error';
import { AttemptLimiter } from './attempt-limiter';

describe('AttemptLimiter', () => {
  it('allows `limit` attempts per window, then refuses with a Retry-After until the window ends', () => {
    const limiter = new AttemptLimiter(2, 60_000);
    limiter.hit('k', 0);
    limiter.hit('k', 1_000);
    let error: unknown;
    try {
      limiter.check('k', 30_000);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(429);
    expect((error as AppError).headers).toEqual({ 'Retry-After': '30' });
    expect(() => limiter.check('other', 30_000)).not.toThrow();
    expect(() => limiter.check('k', 60_001)).not.toThrow();
  });

  it('forgets a key on reset', () => {
    const limiter = new AttemptLimiter(1, 60_000);
    limiter.hit('k', 0);
    expect(() => limiter.check('k', 1)).toThrow(AppError);
    limiter.reset('k');
    expect(() => limiter.check('k', 2)).not.toThrow();
  });
});
