import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimiter } from './rateLimit';
import { clientPart, rateLimitPrefix, type RateLimitKind } from './rateLimitKey';
import type { RedisConnection } from './redisConnection';

/**
 * What a limit does while Redis cannot count: `accept` lets every attempt through (an inquiry
 * is worth more than its limit), a limiter of this process counts in its place (a lookup guessed
 * at stays bounded, as on one server).
 */
export type WhenRedisFails = 'accept' | RateLimiter;

/**
 * A fixed-window counter per client address kept in Redis, so that every site process counts
 * against the same number. rate-limiter-flexible increments and sets the window's expiry in one
 * Lua script (`SET NX EX` + `INCRBY` + `PTTL`): concurrent attempts from several processes are
 * counted once each, and a window ends by itself when its key expires.
 */
export class SharedRateLimiter {
  private readonly counter: RateLimiterRedis;

  constructor(
    private readonly connection: RedisConnection,
    kind: RateLimitKind,
    limit: number,
    windowSeconds: number,
    private readonly whenRedisFails: WhenRedisFails,
  ) {
    // Redis expires keys in whole seconds; a window under one second would never expire.
    const seconds = Math.max(1, Math.round(windowSeconds));
    this.counter = new RateLimiterRedis({
      storeClient: connection.client,
      keyPrefix: rateLimitPrefix(kind, seconds),
      points: limit,
      duration: seconds,
      // Fail at once rather than send while disconnected; and no per-process blocking beside Redis.
      rejectIfRedisNotReady: true,
      inMemoryBlockOnConsumed: 0,
    });
  }

  /** Counts one attempt; false when the address has used up its attempts in this window. */
  async attempt(address: string): Promise<boolean> {
    await this.connection.started();
    try {
      await this.counter.consume(clientPart(address));
      this.connection.health.succeeded();
      return true;
    } catch (outcome) {
      // The library refuses with the counter's state when the limit is reached, and with an
      // Error when Redis did not answer.
      if (outcome instanceof RateLimiterRes) {
        this.connection.health.succeeded();
        return false;
      }
      this.connection.health.failed(outcome);
      return this.whenRedisFails === 'accept' ? true : this.whenRedisFails.attempt(clientPart(address));
    }
  }
}
