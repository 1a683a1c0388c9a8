import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { freePort } from '../../scripts/lib/processes.ts';

/**
 * A real Debian `redis-server` on 127.0.0.1, on a free port, in a temporary directory, with no
 * persistence (no RDB snapshot, no AOF): a restart starts empty. `kill()` and `start()` take it
 * down and bring it back on the same port, as an outage of the shared Redis would.
 */
export class TestRedisServer {
  private process?: ChildProcess;
  private constructor(
    readonly port: number,
    readonly dir: string,
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  static async start(): Promise<TestRedisServer> {
    if (spawnSync('redis-server', ['--version']).error) {
      throw new Error('redis-server is not installed: apt-get install -y redis-server (.ci/run installs it on CI)');
    }
    const server = new TestRedisServer(await freePort(), fs.mkdtempSync(path.join(os.tmpdir(), 'portal-redis-')));
    await server.start();
    return server;
  }

  async start(): Promise<void> {
    // Its log stays beside it in the temporary directory, for a failing test to be read.
    const log = fs.openSync(path.join(this.dir, 'redis.log'), 'a');
    const child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
      { stdio: ['ignore', log, log] },
    );
    fs.closeSync(log);
    this.process = child;
    const deadline = Date.now() + 10_000;
    while (!(await this.ping())) {
      if (child.exitCode !== null) throw new Error(`redis-server exited (${child.exitCode}) before answering on port ${this.port}`);
      if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${this.port} within 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Ends the server at once (SIGKILL), as a crash or a network cut would. */
  async kill(): Promise<void> {
    const child = this.process;
    this.process = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  /** Freezes the server (SIGSTOP): connections stay open and nothing answers. */
  pause(): void {
    this.process?.kill('SIGSTOP');
  }

  resume(): void {
    this.process?.kill('SIGCONT');
  }

  async stop(): Promise<void> {
    this.resume();
    await this.kill();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  /** A connected client of this server for a test's own reads (keys, TTLs); the caller disconnects it. */
  async client(): Promise<Redis> {
    const client = new Redis(this.url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    client.on('error', () => {});
    await client.connect();
    return client;
  }

  private async ping(): Promise<boolean> {
    let client: Redis | undefined;
    try {
      client = await this.client();
      return (await client.ping()) === 'PONG';
    } catch {
      return false;
    } finally {
      client?.disconnect();
    }
  }
}
