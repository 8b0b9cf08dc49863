import { AppError } from '../errors/app-error';

/**
 * Counts attempts per key in a fixed window held in memory. Enough for one instance; a multi-instance
 * deployment divides the effective limit by nothing worse than its number of instances.
 */
export class AttemptLimiter {
  private readonly buckets = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Throws 429 with Retry-After once `key` has used up its attempts in the current window. */
  check(key: string, now = Date.now()): void {
    const bucket = this.buckets.get(key);
    if (bucket && bucket.resetAt > now && bucket.count >= this.limit) {
      const retryAfter = Math.ceil((bucket.resetAt - now) / 1000);
      throw new AppError(
        'rate_limited',
        'Too many attempts; try again later',
        { retryAfterSeconds: retryAfter },
        {
          'Retry-After': String(retryAfter),
        },
      );
    }
  }

  hit(key: string, now = Date.now()): void {
    const bucket = this.buckets.get(key);
    if (!bucket || bucket.resetAt <= now) {
      this.buckets.set(key, { count: 1, resetAt: now + this.windowMs });
      if (this.buckets.size > 50_000) this.sweep(now);
      return;
    }
    bucket.count += 1;
  }

  reset(key: string): void {
    this.buckets.delete(key);
  }

  private sweep(now: number) {
    for (const [key, bucket] of this.buckets) if (bucket.resetAt <= now) this.buckets.delete(key);
  }
}
