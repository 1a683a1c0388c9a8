import { Redis } from 'ioredis';

/** Where the site's Redis problems go: one line when an outage starts, one when it ends. */
export interface RedisLog {
  error(line: string): void;
  info(line: string): void;
}

/** Bounds on every wait for Redis, in milliseconds: no request waits longer than these. */
export interface RedisTimeouts {
  /** Opening the connection (also how long a request waits for the first one at start). */
  connect: number;
  /** One command, from sending it to its reply. */
  command: number;
  /** The longest pause between two attempts to reconnect while Redis is away. */
  reconnect: number;
}

export const defaultRedisTimeouts: RedisTimeouts = { connect: 1000, command: 500, reconnect: 1000 };

/** `host:port` of a Redis URL, for log lines: never its user name or password. */
export function redisAddress(url: string): string {
  try {
    const { hostname, port } = new URL(url);
    return `${hostname}:${port || '6379'}`;
  } catch {
    return 'the configured address';
  }
}

/**
 * The first line of an error, shortened: what a log needs to tell an outage's cause
 * ("connect ECONNREFUSED 127.0.0.1:6379", "Command timed out"), and never a command's arguments.
 */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0]!.slice(0, 200);
}

/**
 * Whether Redis answers, as the requests and the connection find it. An outage is logged once,
 * when the first failure comes after a success (or at start), and its end once, when Redis
 * answers again: a flood of refused requests during an outage makes no flood of log lines.
 */
export class RedisHealth {
  private down = false;

  constructor(
    private readonly address: string,
    private readonly log: RedisLog,
  ) {}

  get available(): boolean {
    return !this.down;
  }

  failed(error: unknown): void {
    if (this.down) return;
    this.down = true;
    this.log.error(
      `Rate limits: Redis at ${this.address} is unreachable (${reasonOf(error)}); until it returns, inquiries are accepted without a limit and lookups are limited by each site process alone.`,
    );
  }

  succeeded(): void {
    if (!this.down) return;
    this.down = false;
    this.log.info(`Rate limits: Redis at ${this.address} answers again; limits are counted across all site processes again.`);
  }
}

/** A Redis client whose every wait is bounded, with the health its requests report to. */
export interface RedisConnection {
  client: Redis;
  health: RedisHealth;
  /**
   * Resolves once the first connection is open or has failed, or after the connect bound counted
   * from the first call (not from start-up, when loading the rest of the site may hold the event
   * loop longer than that); at once ever after.
   */
  started(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Connects to `url` (`redis://[user:password@]host:port[/db]`, `rediss://` for TLS). Nothing
 * waits on Redis beyond the bounds: no offline queue (a command while disconnected fails at
 * once), a command timeout, no resending after a reconnect. The client keeps reconnecting in the
 * background, so the limits are shared again as soon as Redis is back.
 */
export function connectRedis(url: string, log: RedisLog = console, timeouts: RedisTimeouts = defaultRedisTimeouts): RedisConnection {
  const health = new RedisHealth(redisAddress(url), log);
  const client = new Redis(url, {
    connectionName: 'portal-site',
    connectTimeout: timeouts.connect,
    commandTimeout: timeouts.command,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
    retryStrategy: (attempt) => Math.min(attempt * 100, timeouts.reconnect),
  });
  // Without a listener ioredis prints every failed reconnect; the health logs the outage once.
  client.on('error', (error) => health.failed(error));
  client.on('ready', () => health.succeeded());
  let settled = false;
  const settle = () => (settled = true);
  client.once('ready', settle);
  client.once('error', settle);
  let waiting: Promise<void> | undefined;
  const started = () => {
    if (settled) return Promise.resolve();
    waiting ??= new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        client.off('ready', done);
        client.off('error', done);
        resolve();
      };
      const timer = setTimeout(done, timeouts.connect);
      client.once('ready', done);
      client.once('error', done);
    });
    return waiting;
  };
  return {
    client,
    health,
    started,
    close: async () => {
      await client.quit().catch(() => client.disconnect());
    },
  };
}
