/**
 * A fixed-window counter per key (the client's IP address) in this process's memory: enough for
 * one site process; several processes behind a balancer each count on their own.
 */
export class RateLimiter {
  private readonly hits = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one attempt; false when the key has used up its attempts in this window. */
  attempt(key: string, now = Date.now()): boolean {
    if (this.hits.size > 10_000) for (const [k, v] of this.hits) if (v.resetAt <= now) this.hits.delete(k);
    const entry = this.hits.get(key);
    if (!entry || entry.resetAt <= now) {
      this.hits.set(key, { count: 1, resetAt: now + this.windowMs });
      return this.limit > 0;
    }
    entry.count += 1;
    return entry.count <= this.limit;
  }
}
