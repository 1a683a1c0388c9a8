/**
 * One site process's rate limits, alone in a Node process, for tests that need several
 * processes counting against one Redis. Settings from the environment as the site reads them
 * (REDIS_URL, INQUIRY_RATE_LIMIT, TRACK_RATE_LIMIT, RATE_LIMIT_WINDOW_SECONDS); each stdin line
 * `<inquiry|track|answer> <address>` is answered on stdout by `<same line> <true|false> <ms>`.
 * Log lines, the outage's and its end's, go to stderr: stdout carries the answers.
 */
import readline from 'node:readline';
import { rateLimits } from '../../src/lib/rateLimits.ts';

const limits = rateLimits({
  redisUrl: process.env.REDIS_URL,
  inquiryLimit: Number(process.env.INQUIRY_RATE_LIMIT),
  trackLimit: Number(process.env.TRACK_RATE_LIMIT),
  windowSeconds: Number(process.env.RATE_LIMIT_WINDOW_SECONDS),
  log: { error: (line) => console.error(line), info: (line) => console.error(line) },
});

for await (const line of readline.createInterface({ input: process.stdin })) {
  const [kind, address] = line.split(' ') as ['inquiry' | 'track' | 'answer', string];
  const started = performance.now();
  const allowed = await limits[kind].attempt(address);
  process.stdout.write(`${line} ${allowed} ${Math.round(performance.now() - started)}\n`);
}
await limits.close();
