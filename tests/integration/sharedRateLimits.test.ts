import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestRedisServer } from '../helpers/redis.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** A Node process holding one site process's limits (tests/helpers/rateLimitProcess.ts). */
class LimitProcess {
  readonly child: ChildProcessWithoutNullStreams;
  stderr = '';
  private readonly replies: ((line: string) => void)[] = [];

  constructor(env: Record<string, string>) {
    this.child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'tests', 'helpers', 'rateLimitProcess.ts')], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    this.child.stderr.on('data', (chunk) => (this.stderr += chunk));
    readline.createInterface({ input: this.child.stdout }).on('line', (line) => this.replies.shift()?.(line));
  }

  /** One attempt: whether it was allowed, and how long the process took to decide. */
  attempt(kind: 'inquiry' | 'track' | 'answer', address: string): Promise<{ allowed: boolean; ms: number }> {
    return new Promise((resolve) => {
      this.replies.push((line) => {
        const [, , allowed, ms] = line.split(' ');
        resolve({ allowed: allowed === 'true', ms: Number(ms) });
      });
      this.child.stdin.write(`${kind} ${address}\n`);
    });
  }

  async allowed(kind: 'inquiry' | 'track' | 'answer', address: string, times = 1): Promise<boolean[]> {
    const results: boolean[] = [];
    for (let i = 0; i < times; i += 1) results.push((await this.attempt(kind, address)).allowed);
    return results;
  }

  lines(text: string): number {
    return this.stderr.split('\n').filter((line) => line.includes(text)).length;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      this.child.once('exit', () => resolve());
      this.child.stdin.end();
      setTimeout(() => this.child.kill('SIGKILL'), 5000).unref();
    });
  }
}

async function until(condition: () => boolean, what: string, debug: () => string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${debug()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const unreachable = 'is unreachable';
const answersAgain = 'answers again';

describe('rate limits shared through Redis by two site processes', () => {
  let redis: TestRedisServer;
  let a: LimitProcess;
  let b: LimitProcess;

  beforeAll(async () => {
    redis = await TestRedisServer.start();
    const env = { REDIS_URL: redis.url, INQUIRY_RATE_LIMIT: '3', TRACK_RATE_LIMIT: '2', RATE_LIMIT_WINDOW_SECONDS: '60' };
    [a, b] = [new LimitProcess(env), new LimitProcess(env)];
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  it('count one address once across both processes, per limit', async () => {
    const client = '203.0.113.10';
    expect(await a.allowed('inquiry', client)).toEqual([true]);
    expect(await b.allowed('inquiry', client)).toEqual([true]);
    expect(await a.allowed('inquiry', client)).toEqual([true]);
    expect(await b.allowed('inquiry', client)).toEqual([false]);
    expect(await a.allowed('inquiry', client)).toEqual([false]);
    // Another address, and the same address's lookups, have counters of their own.
    expect(await b.allowed('inquiry', '203.0.113.11')).toEqual([true]);
    expect(await a.allowed('track', client)).toEqual([true]);
    expect(await b.allowed('track', client)).toEqual([true]);
    expect(await a.allowed('track', client)).toEqual([false]);
    expect(await b.allowed('answer', client)).toEqual([true]);
  });

  it('count attempts sent at the same moment from both processes exactly', async () => {
    const client = '203.0.113.12';
    const sent = await Promise.all([...Array(10).keys()].map((i) => (i % 2 ? a : b).attempt('inquiry', client)));
    expect(sent.filter((result) => result.allowed)).toHaveLength(3);
    const reader = await redis.client();
    try {
      expect(await reader.get('portal:rate-limit:inquiry:60s:203.0.113.12')).toBe('10');
    } finally {
      reader.disconnect();
    }
  });

  it('keep each counter under its limit, its window and its address, expiring with the window', async () => {
    const reader = await redis.client();
    try {
      const key = 'portal:rate-limit:inquiry:60s:203.0.113.10';
      expect(await reader.get(key)).toBe('5');
      const ttl = await reader.ttl(key);
      expect(ttl).toBeGreaterThan(50);
      expect(ttl).toBeLessThanOrEqual(60);
      expect(await reader.get('portal:rate-limit:track:60s:203.0.113.10')).toBe('3');
      expect(await reader.get('portal:rate-limit:answer:60s:203.0.113.10')).toBe('1');
      // The dual-stack form of an IPv4 address is the same client.
      expect(await b.allowed('inquiry', '::ffff:203.0.113.11')).toEqual([true]);
      expect(await reader.get('portal:rate-limit:inquiry:60s:203.0.113.11')).toBe('2');
    } finally {
      reader.disconnect();
    }
  });

  it('accept inquiries while Redis is down, log the outage once per process, and keep lookups limited per process', async () => {
    await redis.kill();
    const client = '203.0.113.10'; // over its inquiry limit in Redis before the outage
    for (const process of [a, b]) {
      for (let i = 0; i < 5; i += 1) {
        const { allowed, ms } = await process.attempt('inquiry', client);
        expect(allowed).toBe(true);
        expect(ms).toBeLessThan(1500);
      }
    }
    // Each process counts lookups alone while Redis is away: 2 each, not 2 in all.
    expect(await a.allowed('track', '203.0.113.20', 3)).toEqual([true, true, false]);
    expect(await b.allowed('track', '203.0.113.20', 3)).toEqual([true, true, false]);
    // Reconnection attempts go on in the background; still one line per process.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const process of [a, b]) {
      expect(process.lines(unreachable)).toBe(1);
      expect(process.stderr).toContain(`Redis at 127.0.0.1:${redis.port}`);
      // No client address in the log.
      expect(process.stderr).not.toMatch(/203\.0\.113\./);
    }
  });

  it('limit again across both processes when Redis is back', async () => {
    await redis.start();
    await until(
      () => a.lines(answersAgain) === 1 && b.lines(answersAgain) === 1,
      'both processes to reconnect',
      () => a.stderr + b.stderr,
    );
    // A fresh Redis (no persistence): the count starts again, shared.
    const client = '203.0.113.10';
    expect([...(await a.allowed('inquiry', client, 2)), ...(await b.allowed('inquiry', client, 2))]).toEqual([true, true, true, false]);
    expect(await a.allowed('inquiry', client)).toEqual([false]);
  });

  it('never keep a request waiting on a Redis that stopped answering', async () => {
    redis.pause();
    try {
      const { allowed, ms } = await a.attempt('inquiry', '203.0.113.30');
      expect(allowed).toBe(true);
      expect(ms).toBeLessThan(1500);
      expect(a.lines(unreachable)).toBe(2);
    } finally {
      redis.resume();
    }
    // The connection stayed open: the next answer from Redis ends the outage, and limits hold again.
    expect(await a.allowed('inquiry', '203.0.113.10')).toEqual([false]);
    expect(a.lines(answersAgain)).toBe(2);
  });
});

describe('a shared window', () => {
  it('ends by itself: the address may go on in the next window', async () => {
    const redis = await TestRedisServer.start();
    const single = new LimitProcess({
      REDIS_URL: redis.url,
      INQUIRY_RATE_LIMIT: '1',
      TRACK_RATE_LIMIT: '1',
      RATE_LIMIT_WINDOW_SECONDS: '1',
    });
    try {
      expect(await single.allowed('inquiry', '198.51.100.1', 2)).toEqual([true, false]);
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(await single.allowed('inquiry', '198.51.100.1', 2)).toEqual([true, false]);
      expect(single.lines(unreachable)).toBe(0);
    } finally {
      await single.stop();
      await redis.stop();
    }
  });
});
