import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { shutdownGraceMs } from '#common/shutdown.ts';

// The site's SIGTERM handling (src/server/gracefulShutdown.ts) in a real process with a real
// HTTP server whose answers take `?ms=` milliseconds, stopped by a real signal.
const moduleUrl = new URL('../../src/server/gracefulShutdown.ts', import.meta.url).href;
const script = `
import http from 'node:http';
import { stopGracefullyOnSignals } from '${moduleUrl}';
const server = http.createServer((request, response) => {
  const ms = Number(new URL(request.url, 'http://x').searchParams.get('ms') ?? 0);
  setTimeout(() => response.end('done'), ms);
});
stopGracefullyOnSignals(server);
server.listen(0, '127.0.0.1', () => console.log('port ' + server.address().port));
`;

let child: ChildProcess | undefined;
afterEach(() => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

async function startServer(env: Record<string, string> = {}) {
  child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  while (!/port \d+/.test(output)) await once(child.stdout!, 'data');
  const port = Number(/port (\d+)/.exec(output)![1]);
  const exited = once(child, 'exit').then(([code]) => code as number);
  return { child, port, exited, output: () => output };
}

function get(port: number, agent: http.Agent, ms: number) {
  return new Promise<{ status?: number; connection?: string; body?: string; error?: string }>((resolve) => {
    http
      .get({ host: '127.0.0.1', port, path: `/?ms=${ms}`, agent }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode, connection: response.headers.connection, body }));
        response.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
      })
      .on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
  });
}

describe('the site server on SIGTERM', () => {
  it('finishes the request in flight, closes kept-alive connections, refuses new ones and exits 0 at once', async () => {
    const server = await startServer();
    const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
    // Two kept-alive connections: one idle when the signal comes, one answering a slow request.
    await Promise.all([get(server.port, agent, 100), get(server.port, agent, 100)]);
    const slow = get(server.port, agent, 1500);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const signalled = performance.now();
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await get(server.port, new http.Agent(), 0)).toEqual({ error: 'ECONNREFUSED' });
    expect(await slow).toEqual({ status: 200, connection: 'close', body: 'done' });
    expect(await server.exited).toBe(0);
    // Not held up by the idle connection until Node's 5 s keep-alive timeout.
    expect(performance.now() - signalled).toBeLessThan(4000);
    expect(server.output()).toContain('SIGTERM: finishing 1 request(s) in flight, at most 8 s');
    agent.destroy();
  });

  it('cuts what is still running after SHUTDOWN_TIMEOUT_SECONDS and exits 1', async () => {
    const server = await startServer({ SHUTDOWN_TIMEOUT_SECONDS: '1' });
    const hung = get(server.port, new http.Agent(), 60_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const signalled = performance.now();
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(1);
    const took = performance.now() - signalled;
    expect(took).toBeGreaterThanOrEqual(900);
    expect(took).toBeLessThan(3000);
    expect((await hung).error).toBeDefined();
    expect(server.output()).toContain('Requests still in flight after 1 s were cut off');
  });
});

describe('SHUTDOWN_TIMEOUT_SECONDS', () => {
  it('is 8 s unless set, and must be a positive number of seconds', () => {
    expect(shutdownGraceMs({})).toBe(8000);
    expect(shutdownGraceMs({ SHUTDOWN_TIMEOUT_SECONDS: '2.5' })).toBe(2500);
    for (const value of ['0', '-1', 'soon'])
      expect(() => shutdownGraceMs({ SHUTDOWN_TIMEOUT_SECONDS: value })).toThrow(/SHUTDOWN_TIMEOUT_SECONDS/);
  });
});
