/**
 * A token bucket: `burst` actions at once, refilled at `perSecond`. The class server keeps one per
 * client (messages) and one per address (joins), so a flood is refused without slowing anyone else.
 * The clock is injected so tests can step time.
 */
export interface RateLimit {
  readonly perSecond: number;
  readonly burst: number;
}

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = limit.burst;
    this.last = now();
  }

  /** Takes one token if there is one; false means "too many, refuse this one". */
  take(): boolean {
    const t = this.now();
    this.tokens = Math.min(this.limit.burst, this.tokens + ((t - this.last) / 1000) * this.limit.perSecond);
    this.last = t;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Buckets by key (an IP address), forgetting keys idle long enough to be full again. */
export class KeyedLimiter {
  private buckets = new Map<string, { bucket: TokenBucket; seen: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): boolean {
    const t = this.now();
    if (this.buckets.size > 10_000) this.sweep(t);
    let entry = this.buckets.get(key);
    if (!entry) {
      entry = { bucket: new TokenBucket(this.limit, this.now), seen: t };
      this.buckets.set(key, entry);
    }
    entry.seen = t;
    return entry.bucket.take();
  }

  private sweep(t: number): void {
    const idle = (this.limit.burst / this.limit.perSecond) * 1000;
    for (const [key, entry] of this.buckets) if (t - entry.seen > idle) this.buckets.delete(key);
  }
}
