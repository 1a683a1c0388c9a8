import type { ChildProcess } from 'node:child_process';
import net from 'node:net';
import { expect, test, type APIResponse } from '@playwright/test';
import { freePort, stop } from '../../scripts/lib/processes.ts';
import { cmsUrl, siteUrl } from '../helpers/e2e.ts';
import { startSiteProcess } from '../helpers/siteProcess.ts';

// The health endpoints of the built site and CMS: on the suite's portal (both ready), and on
// sites of their own whose CMS is down or does not answer (the site not ready, naming the CMS).

function expectNeverStored(response: APIResponse) {
  const headers = response.headers();
  // The site says `private, no-store` of everything it never caches; the CMS says `no-store`.
  expect(headers['cache-control']).toMatch(/^(private, )?no-store$/);
  expect(headers['content-type']).toMatch(/^application\/json/);
  // Answered fresh each time, never from the route cache.
  expect(headers['x-astro-cache']).toBeUndefined();
}

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
}

/** Nothing an outsider should learn: no addresses, ports, paths, versions or stack traces. */
function expectNothingPrivate(text: string, ...addresses: string[]) {
  for (const address of addresses) expect(text).not.toContain(new URL(address).host);
  expect(text).not.toMatch(/127\.0\.0\.1|localhost|\/tmp\/|portal\.db|\bat \S+ \(|Error:|\d+\.\d+\.\d+/);
}

test.describe('on a running portal', () => {
  test('the site answers /healthz and /readyz: alive and ready, JSON, never cached, with its security headers', async ({ request }) => {
    for (let i = 0; i < 2; i += 1) {
      const healthz = await request.get(`${siteUrl()}/healthz`);
      expect(healthz.status()).toBe(200);
      expect(await healthz.json()).toEqual({ status: 'alive' });
      expectNeverStored(healthz);
      expectSecurityHeaders(healthz);

      const readyz = await request.get(`${siteUrl()}/readyz`);
      expect(readyz.status()).toBe(200);
      expect(await readyz.json()).toEqual({ status: 'ready', checks: { cms: 'ok' } });
      expectNeverStored(readyz);
      expectSecurityHeaders(readyz);
      expectNothingPrivate(await readyz.text(), cmsUrl());
    }
  });

  test('the CMS answers /api/healthz and /api/readyz: alive, and ready once its jobs runner has run', async ({ request }) => {
    const healthz = await request.get(`${cmsUrl()}/api/healthz`);
    expect(healthz.status()).toBe(200);
    expect(await healthz.json()).toEqual({ status: 'alive' });
    expectNeverStored(healthz);
    expectSecurityHeaders(healthz);

    // The runner ticks every five seconds from the CMS's start.
    await expect.poll(async () => (await request.get(`${cmsUrl()}/api/readyz`)).status(), { timeout: 15_000 }).toBe(200);
    const readyz = await request.get(`${cmsUrl()}/api/readyz`);
    const body = (await readyz.json()) as { status: string; checks: Record<string, string>; jobsRanAt: string };
    expect(body).toEqual({
      status: 'ready',
      checks: { 'database.read': 'ok', 'database.write': 'ok', jobs: 'ok' },
      jobsRunner: 'on',
      jobsRanAt: expect.any(String),
    });
    expect(Date.now() - Date.parse(body.jobsRanAt)).toBeLessThan(60_000);
    expectNeverStored(readyz);
    expectSecurityHeaders(readyz);
    expectNothingPrivate(await readyz.text(), cmsUrl(), siteUrl());
  });

  test('probes are never rate limited: 60 in a row from one address all answer', async ({ request }) => {
    const statuses = [];
    for (let i = 0; i < 30; i += 1) {
      statuses.push((await request.get(`${siteUrl()}/healthz`)).status(), (await request.get(`${siteUrl()}/readyz`)).status());
    }
    expect(statuses).toEqual(Array(60).fill(200));
  });
});

test.describe('a site whose CMS is not there', () => {
  let site: ChildProcess | undefined;
  let stuck: net.Server | undefined;
  test.afterEach(async () => {
    if (site) await stop(site);
    stuck?.close();
    site = stuck = undefined;
  });

  async function startSite(cmsPort: number) {
    const started = await startSiteProcess(
      { CMS_URL: `http://127.0.0.1:${cmsPort}`, SITE_API_KEY: 'k'.repeat(48), REVALIDATE_SECRET: 'r'.repeat(48) },
      { readyPath: '/healthz' },
    );
    site = started.process;
    return started.url;
  }

  test('with the CMS down, /readyz answers 503 naming the CMS check, and /healthz is still alive', async ({ request }) => {
    const deadCmsPort = await freePort();
    const url = await startSite(deadCmsPort);
    const readyz = await request.get(`${url}/readyz`);
    expect(readyz.status()).toBe(503);
    expect(await readyz.json()).toEqual({ status: 'not ready', failing: ['cms'], checks: { cms: 'unreachable' } });
    expectNeverStored(readyz);
    expectSecurityHeaders(readyz);
    expectNothingPrivate(await readyz.text(), `http://127.0.0.1:${deadCmsPort}`);
    expect((await request.get(`${url}/healthz`)).status()).toBe(200);
  });

  test('with a CMS that accepts but never answers, /readyz answers 503 "timed out" within its few seconds', async ({ request }) => {
    // A frozen CMS process: the connection is taken, no answer ever comes.
    const cmsPort = await freePort();
    stuck = net.createServer(() => {});
    await new Promise<void>((resolve) => stuck!.listen(cmsPort, '127.0.0.1', resolve));
    const url = await startSite(cmsPort);
    const started = Date.now();
    const readyz = await request.get(`${url}/readyz`, { timeout: 20_000 });
    expect(readyz.status()).toBe(503);
    expect(await readyz.json()).toEqual({ status: 'not ready', failing: ['cms'], checks: { cms: 'timed out' } });
    expect(Date.now() - started).toBeLessThan(8000);
    // Liveness needs no CMS at all.
    const healthz = await request.get(`${url}/healthz`);
    expect(healthz.status()).toBe(200);
  });
});
