import { describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/processes.ts';
import { RateLimiter } from '../../src/lib/rateLimit';
import { rateLimits } from '../../src/lib/rateLimits';
import { RedisHealth, redisAddress } from '../../src/lib/redisConnection';

function collectingLog() {
  const lines: { level: 'error' | 'info'; line: string }[] = [];
  return {
    lines,
    log: { error: (line: string) => lines.push({ level: 'error', line }), info: (line: string) => lines.push({ level: 'info', line }) },
  };
}

describe('the health of the shared Redis', () => {
  it('logs an outage once when it starts and once when it ends, however many requests fail', () => {
    const { lines, log } = collectingLog();
    const health = new RedisHealth('127.0.0.1:6379', log);
    health.succeeded();
    expect(lines).toEqual([]);
    for (let i = 0; i < 50; i += 1) health.failed(new Error('connect ECONNREFUSED 127.0.0.1:6379'));
    expect(health.available).toBe(false);
    for (let i = 0; i < 50; i += 1) health.succeeded();
    health.failed(new Error('Command timed out\nwith more lines'));
    expect(lines.map(({ level }) => level)).toEqual(['error', 'info', 'error']);
    expect(lines[0]!.line).toContain('Redis at 127.0.0.1:6379 is unreachable (connect ECONNREFUSED 127.0.0.1:6379)');
    expect(lines[0]!.line).toContain('inquiries are accepted without a limit');
    expect(lines[1]!.line).toContain('answers again');
    expect(lines[2]!.line).toContain('(Command timed out)');
  });

  it('names Redis by host and port only, never with its password', () => {
    expect(redisAddress('redis://:s3cret@cache.internal:6380/2')).toBe('cache.internal:6380');
    expect(redisAddress('rediss://user:s3cret@cache.internal')).toBe('cache.internal:6379');
    expect(redisAddress('not a url')).toBe('the configured address');
  });
});

describe('the site rate limits', () => {
  it('without REDIS_URL count in this process, as they always have', async () => {
    for (const redisUrl of [undefined, '']) {
      const limits = rateLimits({ redisUrl, inquiryLimit: 2, trackLimit: 1, windowSeconds: 60 });
      expect(limits.inquiry).toBeInstanceOf(RateLimiter);
      expect([await limits.inquiry.attempt('a'), await limits.inquiry.attempt('a'), await limits.inquiry.attempt('a')]).toEqual([
        true,
        true,
        false,
      ]);
      expect([await limits.track.attempt('a'), await limits.track.attempt('a')]).toEqual([true, false]);
      expect([await limits.answer.attempt('a'), await limits.answer.attempt('a')]).toEqual([true, false]);
      await limits.close();
    }
  });

  it('with a REDIS_URL that is no Redis URL say so once, without its value, and count in this process', async () => {
    const { lines, log } = collectingLog();
    const limits = rateLimits({ redisUrl: 'cache.internal:6379', inquiryLimit: 1, trackLimit: 1, windowSeconds: 60, log });
    expect(limits.inquiry).toBeInstanceOf(RateLimiter);
    expect([await limits.inquiry.attempt('a'), await limits.inquiry.attempt('a')]).toEqual([true, false]);
    expect(lines).toEqual([{ level: 'error', line: expect.stringContaining('REDIS_URL is not a redis:// or rediss:// URL') }]);
    expect(lines[0]!.line).not.toContain('cache.internal');
  });

  it('with a Redis that cannot be reached accept inquiries, limit lookups per process, answer at once, and log once', async () => {
    // A port nothing listens on: every connection is refused, as when Redis is down.
    const port = await freePort();
    const { lines, log } = collectingLog();
    const limits = rateLimits({ redisUrl: `redis://127.0.0.1:${port}`, inquiryLimit: 1, trackLimit: 2, windowSeconds: 60, log });
    try {
      const started = performance.now();
      const inquiries = [];
      for (let i = 0; i < 5; i += 1) inquiries.push(await limits.inquiry.attempt('198.51.100.7'));
      expect(inquiries).toEqual([true, true, true, true, true]);
      const lookups = [];
      for (let i = 0; i < 3; i += 1) lookups.push(await limits.track.attempt('198.51.100.7'));
      expect(lookups).toEqual([true, true, false]);
      expect([
        await limits.answer.attempt('198.51.100.7'),
        await limits.answer.attempt('198.51.100.7'),
        await limits.answer.attempt('198.51.100.7'),
      ]).toEqual([true, true, false]);
      // Only the first attempt waits, for the connection's first try (bounded by its timeout).
      expect(performance.now() - started).toBeLessThan(1500);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(lines).toHaveLength(1);
      expect(lines[0]!.level).toBe('error');
      expect(lines[0]!.line).toContain(`Redis at 127.0.0.1:${port} is unreachable`);
      expect(lines[0]!.line).not.toContain('198.51.100.7');
    } finally {
      await limits.close();
    }
  });
});
