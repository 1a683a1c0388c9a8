import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { prepareDatabase, privatePortalEnv, startPortal, type RunningPortal } from '../../scripts/lib/portal.ts';
import { freePort } from '../../scripts/lib/processes.ts';

// The CMS's own server (cms/server.ts, in place of `next start`) on SIGTERM: no new connections,
// requests in flight finish, idle keep-alive connections are closed, what is left after
// CMS_SHUTDOWN_GRACE_MS is cut, and it exits 143 as `next start` does. A portal of its own, since
// this stops its CMS.
const admin = { email: 'shutdown-admin@portal.invalid', password: 'shutdown-admin-password-not-secret' };
let portal: RunningPortal;
let dir: string;
let cmsOutput = '';
const graceMs = 3000;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-cms-server-'));
  const env = privatePortalEnv(dir, admin, { CMS_SHUTDOWN_GRACE_MS: String(graceMs) });
  await prepareDatabase(env);
  const [port, cmsPort] = [await freePort(), await freePort()];
  portal = await startPortal({
    port,
    cmsPort,
    host: '127.0.0.1',
    cmsHost: '127.0.0.1',
    env,
    inheritOutput: false,
    onOutput: (server, chunk) => {
      if (server === 'cms') cmsOutput += chunk.toString('utf8');
    },
  });
});

test.afterAll(async () => {
  await portal?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** A login whose body is sent in two parts, the second when `finish` is called. */
function slowLogin(cmsUrl: string, requestId: string) {
  const body = JSON.stringify(admin);
  const { port } = new URL(cmsUrl);
  let request!: http.ClientRequest;
  const answer = new Promise<{ status: number; connection?: string; body: string }>((resolve, reject) => {
    request = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/users/login',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-request-id': requestId },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, connection: response.headers.connection, body: text }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.write(body.slice(0, 10));
  });
  return { answer, finish: () => request.end(body.slice(10)) };
}

test('on SIGTERM the CMS finishes the requests in flight, takes no new connection, and exits 143 within the grace time', async () => {
  test.setTimeout(60_000);
  // An idle kept-alive connection must not hold the CMS open.
  const agent = new http.Agent({ keepAlive: true });
  const idle = await new Promise<number>((resolve, reject) =>
    http
      .get(`${portal.cmsUrl}/api/globals/site`, { agent }, (response) => response.resume().on('end', () => resolve(response.statusCode!)))
      .on('error', reject),
  );
  expect(idle).toBe(200);

  const inFlight = slowLogin(portal.cmsUrl, 'shutdown-finished');
  // Never finished: cut off when the grace time is over.
  const stuck = slowLogin(portal.cmsUrl, 'shutdown-stuck');
  const stuckOutcome = stuck.answer.then(
    () => 'answered',
    (error: NodeJS.ErrnoException) => error.code ?? error.message,
  );
  await new Promise((resolve) => setTimeout(resolve, 500));

  const signalled = Date.now();
  process.kill(portal.pids.cms, 'SIGTERM');
  await expect.poll(() => cmsOutput).toContain('"msg":"stopping: finishing requests in flight"');
  // The listening socket is closed: a new connection is refused.
  await expect(fetch(`${portal.cmsUrl}/api/globals/site`, { signal: AbortSignal.timeout(3000) })).rejects.toThrow();

  inFlight.finish();
  const answer = await inFlight.answer;
  expect(answer.status).toBe(200);
  expect(JSON.parse(answer.body)).toHaveProperty('token');
  // The connection is not kept for another request.
  expect(answer.connection).toBe('close');

  expect(await portal.exited).toBe(143);
  const took = Date.now() - signalled;
  expect(took).toBeGreaterThanOrEqual(graceMs - 100);
  expect(took).toBeLessThan(graceMs + 3000);
  expect(await stuckOutcome).toBe('ECONNRESET');
  agent.destroy();

  // The login was logged when its answer had gone, and the stop is in the log too.
  const lines = cmsOutput
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(lines).toContainEqual(expect.objectContaining({ msg: 'request', requestId: 'shutdown-finished', method: 'POST', status: 200 }));
  expect(lines).toContainEqual(expect.objectContaining({ msg: 'request', requestId: 'shutdown-stuck', status: null, aborted: true }));
  expect(lines.at(-1)).toMatchObject({ msg: 'stopped', service: 'cms' });
});
