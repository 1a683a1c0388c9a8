import { RateLimiter } from './rateLimit';
import { connectRedis, type RedisLog } from './redisConnection';
import { SharedRateLimiter } from './sharedRateLimit';

export interface RateLimitSettings {
  /** Redis shared by every site process; unset or empty: each process counts on its own. */
  redisUrl?: string | undefined;
  inquiryLimit: number;
  trackLimit: number;
  windowSeconds: number;
  log?: RedisLog;
}

/** One limit, per client address: true while the address may go on. */
export interface AttemptLimit {
  attempt(address: string): boolean | Promise<boolean>;
}

export interface RateLimits {
  /** Inquiries sent. */
  inquiry: AttemptLimit;
  /** Tracking lookups. */
  track: AttemptLimit;
  /** Answers sent from the tracking page (with the lookup's limit). */
  answer: AttemptLimit;
  /** Closes the Redis connection, when there is one. */
  close(): Promise<void>;
}

/**
 * The site's rate limits. With a Redis URL they are counted once across all site processes;
 * while Redis is unreachable inquiries are accepted and lookups counted by this process, and
 * sharing resumes when Redis answers again. Without one, each process counts in its own memory.
 */
export function rateLimits({ redisUrl, inquiryLimit, trackLimit, windowSeconds, log = console }: RateLimitSettings): RateLimits {
  const windowMs = windowSeconds * 1000;
  if (redisUrl && !/^rediss?:\/\//i.test(redisUrl)) {
    // Said once at start, without the value (it may hold a password).
    log.error('Rate limits: REDIS_URL is not a redis:// or rediss:// URL; each site process counts its own limits.');
    redisUrl = undefined;
  }
  if (!redisUrl) {
    return {
      inquiry: new RateLimiter(inquiryLimit, windowMs),
      track: new RateLimiter(trackLimit, windowMs),
      answer: new RateLimiter(trackLimit, windowMs),
      close: async () => {},
    };
  }
  const connection = connectRedis(redisUrl, log);
  return {
    inquiry: new SharedRateLimiter(connection, 'inquiry', inquiryLimit, windowSeconds, 'accept'),
    track: new SharedRateLimiter(connection, 'track', trackLimit, windowSeconds, new RateLimiter(trackLimit, windowMs)),
    answer: new SharedRateLimiter(connection, 'answer', trackLimit, windowSeconds, new RateLimiter(trackLimit, windowMs)),
    close: connection.close,
  };
}
