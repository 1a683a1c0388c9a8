import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readParameters } from '../../src/lib/pageQuery';
import { startVarnish, varnishd } from '../../scripts/lib/varnish';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const vcl = fs.readFileSync(path.join(root, 'deploy', 'varnish', 'portal.vcl'), 'utf8');
// Only what each case gives: none of the render's variables from the environment (undefined ones are left out).
const unset = {
  PORTAL_SITE_BACKENDS: undefined,
  REVALIDATE_SECRET: undefined,
  PORTAL_PURGE_ALLOW: undefined,
  PORTAL_FRONT_PROXIES: undefined,
};
const render = (env: Record<string, string>) =>
  run(path.join(root, 'deploy', 'varnish', 'render.sh'), [], { env: { ...process.env, ...unset, ...env } });
const secret = 'a1b2c3d4e5f6a7b8c9d0e1f2';

describe('deploy/varnish', () => {
  it("keeps in a query exactly the parameters the site's pages read (src/lib/pageQuery.ts)", () => {
    const kept = /\(\?!\(\?:([a-z|]+)\)\(\?:=\|&\|\$\)\)/.exec(vcl);
    expect(kept, 'the parameter list in portal.vcl').not.toBeNull();
    expect(kept![1]!.split('|')).toEqual([...readParameters]);
  });

  it('render.sh writes one probed backend per instance, the director, the ACLs and the secret; Varnish compiles it with portal.vcl', async () => {
    const { stdout } = await render({ PORTAL_SITE_BACKENDS: '127.0.0.1:4321 10.0.0.12:4322', REVALIDATE_SECRET: secret });
    expect(stdout).toMatch(/backend site_1 \{\s+\.host = "127\.0\.0\.1";\s+\.port = "4321";\s+\.probe = portal_site_health;/);
    expect(stdout).toMatch(/backend site_2 \{\s+\.host = "10\.0\.0\.12";\s+\.port = "4322";/);
    expect(stdout).toContain('.url = "/healthz";');
    expect(stdout).toContain('portal_site.add_backend(site_2);');
    // A retry goes to the other instance, never back to the one that failed.
    expect(stdout).toMatch(/new portal_after_site_1 = directors\.fallback\(\);\s+portal_after_site_1\.add_backend\(site_2\);\s+new/);
    expect(stdout).toMatch(/new portal_after_site_2 = directors\.fallback\(\);\s+portal_after_site_2\.add_backend\(site_1\);\s+\}/);
    expect(stdout).toContain(`"Bearer ${secret}"`);
    expect(stdout).toMatch(/acl portal_purgers \{\s+"127\.0\.0\.1";\s+"::1";\s+"10\.0\.0\.0"\/8;/);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'varnish-config-'));
    fs.chmodSync(dir, 0o755);
    fs.writeFileSync(path.join(dir, 'portal-site.vcl'), stdout, { mode: 0o644 });
    fs.writeFileSync(path.join(dir, 'portal.vcl'), vcl, { mode: 0o644 });
    // -C compiles the VCL (to C, on stderr) and exits: every vmod and include resolved.
    await expect(run(varnishd, ['-C', '-f', path.join(dir, 'portal.vcl'), '-n', path.join(dir, 'n')])).resolves.toBeDefined();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('render.sh refuses what would make a wrong or open configuration', async () => {
    await expect(render({ REVALIDATE_SECRET: secret })).rejects.toThrow(/PORTAL_SITE_BACKENDS/);
    await expect(render({ PORTAL_SITE_BACKENDS: '127.0.0.1:4321' })).rejects.toThrow(/REVALIDATE_SECRET/);
    await expect(render({ PORTAL_SITE_BACKENDS: '127.0.0.1:4321', REVALIDATE_SECRET: 'short' })).rejects.toThrow(/shorter than 16/);
    await expect(render({ PORTAL_SITE_BACKENDS: '127.0.0.1:4321', REVALIDATE_SECRET: `${secret}"; }` })).rejects.toThrow(/may hold only/);
    await expect(render({ PORTAL_SITE_BACKENDS: '127.0.0.1', REVALIDATE_SECRET: secret })).rejects.toThrow(/not host:port/);
  });
});

/**
 * A stand-in site instance: every page cacheable with its tags in xkey, as the site sends them
 * with CACHE_TAG_HEADER=true, naming the instance and the version it renders; it can be made to
 * answer 500 (its CMS down) or be closed (killed).
 */
function standIn(name: string) {
  const state = { version: 1, failing: false, requests: 0 };
  const server = http.createServer((request, response) => {
    if (request.url === '/healthz') return void response.writeHead(200, { 'cache-control': 'private, no-store' }).end('{}');
    state.requests += 1;
    if (state.failing || request.url!.startsWith('/zh/contact'))
      return void response
        .writeHead(state.failing ? 500 : 200, { 'cache-control': 'private, no-store' })
        .end(state.failing ? 'error' : `contact from ${name}`);
    response
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'public, max-age=0, s-maxage=600, stale-while-revalidate=60',
        vary: 'Accept-Encoding',
        xkey: 'global:site news',
        'x-astro-cache': 'MISS',
      })
      .end(`v${state.version} from ${name} for ${request.url} as ${request.headers['accept-encoding'] ?? 'identity'}`);
  });
  const listening = new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
  return { state, server, listening };
}

const get = async (url: string, headers: Record<string, string> = {}) => {
  const response = await fetch(url, { headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
};

describe('portal.vcl in front of two stand-in instances', () => {
  it('keeps pages per encoding without their tags, purges by tag with the secret only, serves stale copies when the instances fail, and retries a dead instance on the other', async () => {
    const one = standIn('one');
    const two = standIn('two');
    const [portOne, portTwo] = [await one.listening, await two.listening];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'varnish-vcl-'));
    const port = await new Promise<number>((resolve) => {
      const probe = http.createServer().listen(0, '127.0.0.1', () => {
        const free = (probe.address() as AddressInfo).port;
        probe.close(() => resolve(free));
      });
    });
    const varnish = await startVarnish({ dir, port, backends: [`127.0.0.1:${portOne}`, `127.0.0.1:${portTwo}`], secret });
    try {
      const page = `${varnish.url}/en/news?utm_source=x&page=2`;
      const first = await get(page, { 'accept-encoding': 'gzip, deflate, br' });
      const hit = await get(`${varnish.url}/en/news?page=2`, { 'accept-encoding': 'br' });
      expect(hit.headers.get('x-cache')).toBe('hit');
      expect(hit.text).toBe(first.text);
      // The instance was asked for the query it reads and for brotli alone.
      expect(first.text).toMatch(/^v1 from (one|two) for \/en\/news\?page=2 as br$/);
      for (const header of ['xkey', 'x-astro-cache', 'via', 'x-varnish']) expect(hit.headers.get(header), header).toBeNull();
      expect((await get(page, { 'accept-encoding': 'gzip' })).text).toMatch(/as gzip$/);
      expect((await get(page, { 'accept-encoding': 'identity' })).text).toMatch(/as identity$/);

      const purge = (authorization?: string) =>
        fetch(`${varnish.url}/api/revalidate`, {
          method: 'POST',
          headers: { 'xkey-purge': 'news', ...(authorization ? { authorization } : {}) },
          body: '{}',
        });
      one.state.version = two.state.version = 2;
      expect((await purge()).status).toBe(401);
      expect((await purge('Bearer wrong-secret-wrong-secret')).status).toBe(401);
      expect((await get(page, { 'accept-encoding': 'br' })).text).toMatch(/^v1 /);
      expect((await purge(`Bearer ${secret}`)).status).toBe(200);
      expect((await get(page, { 'accept-encoding': 'br' })).text).toMatch(/^v2 /);

      // Both instances failing (their CMS down) after a purge: the last copy, not the error.
      one.state.failing = two.state.failing = true;
      expect((await purge(`Bearer ${secret}`)).status).toBe(200);
      for (let i = 0; i < 3; i++) {
        const stale = await get(page, { 'accept-encoding': 'br' });
        expect(stale.status).toBe(200);
        expect(stale.headers.get('x-cache')).toBe('stale');
        expect(stale.text).toMatch(/^v2 /);
      }
      const never = await get(`${varnish.url}/en/other`);
      expect(never.status).toBe(500);
      one.state.failing = two.state.failing = false;

      // One instance gone: every request, cached or not, is answered by the other.
      await new Promise<void>((resolve) => two.server.close(() => resolve()));
      two.server.closeAllConnections();
      expect((await purge(`Bearer ${secret}`)).status).toBe(200);
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => get(`${varnish.url}/${i % 2 ? 'zh/contact' : 'en/news'}`)));
      expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200));
      expect(answers.every((answer) => answer.text.includes('one'))).toBe(true);
    } finally {
      await varnish.stop();
      one.server.close();
      two.server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
