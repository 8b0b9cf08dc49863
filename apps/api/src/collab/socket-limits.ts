/** Token bucket per socket: `rate` updates per second, bursts up to twice that. */
export class RateBucket {
  private tokens: number;
  private last = Date.now();
  constructor(private readonly rate: number) {
    this.tokens = rate * 2;
  }
  take(): boolean {
    const now = Date.now();
    this.tokens = Math.min(this.rate * 2, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Counts malformed events; a client that keeps sending garbage is disconnected. */
export class GarbageCounter {
  private count = 0;
  private windowStart = Date.now();
  constructor(
    private readonly limit = 50,
    private readonly windowMs = 60_000,
  ) {}
  /** True when the limit is passed. */
  strike(): boolean {
    const now = Date.now();
    if (now - this.windowStart > this.windowMs) {
      this.windowStart = now;
      this.count = 0;
    }
    this.count += 1;
    return this.count > this.limit;
  }
}
