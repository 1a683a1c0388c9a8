import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  prepareDatabase,
  privatePortalEnv,
  startPortal,
  startSiteInstance,
  type RunningPortal,
  type SiteInstance,
} from '../../scripts/lib/portal.ts';
import { freePort } from '../../scripts/lib/processes.ts';
import { siteUrl, testAdmin } from '../helpers/e2e.ts';
import { decode } from '../helpers/rawHttp.ts';
import { isSharedCacheAnswer } from '../../cms/src/revalidation/transport.ts';
import { startVarnish, type RunningVarnish } from '../../scripts/lib/varnish.ts';

// More than one server, on loopback: Debian's Varnish with deploy/varnish/portal.vcl in front of
// two instances of the built site, and the CMS invalidating all three (REVALIDATE_TARGETS), as
// docs/operations.md ("More than one server") describes. A client picks its source address
// (127.0.0.2) to stand for a visitor who is not on the server itself.
const visitor = '127.0.0.2';

let dir: string;
let portal: RunningPortal;
let second: SiteInstance;
let varnish: RunningVarnish;
let env: NodeJS.ProcessEnv;
let ports: { cms: number; site1: number; site2: number; varnish: number };
let instances: string[];

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** One request with a fresh connection, from `from`, the body decoded as sent. */
function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string; from?: string } = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const request = http.request(
      url,
      { method: options.method ?? 'GET', headers: options.headers, localAddress: options.from, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode!,
            headers: response.headers,
            text: decode(Buffer.concat(chunks), response.headers['content-encoding'] as string | undefined),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

const purge = (tags: string, headers: Record<string, string> = {}, from?: string) =>
  send(`${varnish.url}/api/revalidate`, { method: 'POST', headers: { 'xkey-purge': tags, ...headers }, body: '{}', from });

async function signIn(): Promise<string> {
  const response = await fetch(`${portal.cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(testAdmin),
  });
  expect(response.status).toBe(200);
  return `JWT ${((await response.json()) as { token: string }).token}`;
}

async function aPublishedNewsItem(): Promise<{ id: number | string; slug: string }> {
  const response = await fetch(`${portal.cmsUrl}/api/news?where[_status][equals]=published&limit=1&depth=0&locale=zh`);
  const { docs } = (await response.json()) as { docs: { id: number; slug: string }[] };
  return docs[0]!;
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scale-out-'));
  fs.chmodSync(dir, 0o755);
  ports = { cms: await freePort(), site1: await freePort(), site2: await freePort(), varnish: await freePort() };
  instances = [`http://127.0.0.1:${ports.site1}`, `http://127.0.0.1:${ports.site2}`];
  env = privatePortalEnv(path.join(dir, 'data'), testAdmin, {
    // Behind Varnish: the tags go out in xkey, and Varnish says who the client is.
    CACHE_TAG_HEADER: 'true',
    TRUST_PROXY: 'true',
    REVALIDATE_TARGETS: [...instances, `http://127.0.0.1:${ports.varnish}`].join(','),
    REVALIDATE_RETRY_DELAY_MS: '200',
    REVALIDATE_RETRY_MAX_DELAY_MS: '1000',
  });
  fs.mkdirSync(path.join(dir, 'data'));
  await prepareDatabase(env);
  portal = await startPortal({ port: ports.site1, cmsPort: ports.cms, host: '127.0.0.1', cmsHost: '127.0.0.1', env, inheritOutput: false });
  second = await startSiteInstance({ port: ports.site2, host: '127.0.0.1', cmsPort: ports.cms, env });
  varnish = await startVarnish({
    dir,
    port: ports.varnish,
    backends: [`127.0.0.1:${ports.site1}`, `127.0.0.1:${ports.site2}`],
    secret: env.REVALIDATE_SECRET!,
  });
});

test.afterAll(async () => {
  await varnish?.stop();
  await second?.stop();
  await portal?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('a cached page reaches the client without its tags: the site sends them to Varnish in xkey, Varnish strips them', async () => {
  const page = '/en/parks';
  const direct = await send(`${instances[0]}${page}`);
  expect(direct.status).toBe(200);
  expect(direct.headers.xkey).toContain('global:site');
  expect(direct.headers.xkey).toContain('parks');

  await send(`${varnish.url}${page}`);
  const hit = await send(`${varnish.url}${page}`, { headers: { 'accept-encoding': 'br' } });
  const again = await send(`${varnish.url}${page}`, { headers: { 'accept-encoding': 'br' } });
  expect(again.headers['x-cache']).toBe('hit');
  for (const answer of [hit, again]) {
    expect(answer.status).toBe(200);
    for (const header of ['xkey', 'x-astro-cache', 'x-portal-cacheable', 'x-portal-purged', 'via', 'x-varnish']) {
      expect(answer.headers[header], header).toBeUndefined();
    }
  }
  // The site compresses, once; Varnish keeps the brotli copy apart from the others.
  expect(again.headers['content-encoding']).toBe('br');
  expect(again.headers.vary).toMatch(/accept-encoding/i);
  expect(again.text).toContain('</html>');
  const gzip = await send(`${varnish.url}${page}`, { headers: { 'accept-encoding': 'gzip, deflate' } });
  expect(gzip.headers['content-encoding']).toBe('gzip');
  expect(gzip.text).toBe(again.text);
  const plain = await send(`${varnish.url}${page}`);
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.text).toBe(again.text);
});

test('a site without CACHE_TAG_HEADER (the default, as the suite runs it) sends no xkey', async () => {
  const response = await send(`${siteUrl()}/en/parks`);
  const again = await send(`${siteUrl()}/en/parks`);
  expect([response.status, again.status]).toEqual([200, 200]);
  expect(again.headers['x-astro-cache']).toBe('HIT');
  expect(response.headers.xkey).toBeUndefined();
  expect(again.headers.xkey).toBeUndefined();
});

test('a publish through the CMS is served by Varnish and by both instances soon after, in both languages', async () => {
  const news = await aPublishedNewsItem();
  const urls = (lang: 'zh' | 'en') => [varnish.url, ...instances].map((base) => `${base}/${lang}/news/${news.slug}`);
  // Every copy is cached first, so a stale one would be what is served.
  for (const lang of ['zh', 'en'] as const) {
    for (const url of urls(lang)) {
      await send(url);
      expect((await send(url)).status, url).toBe(200);
    }
  }
  expect((await send(urls('en')[0]!)).headers['x-cache']).toBe('hit');
  const authorization = await signIn();
  const titles = { zh: `规模化发布 ${Date.now()}`, en: `Scale-out publish ${Date.now()}` };
  const started = Date.now();
  for (const lang of ['zh', 'en'] as const) {
    const response = await fetch(`${portal.cmsUrl}/api/news/${news.id}?locale=${lang}`, {
      method: 'PATCH',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ title: titles[lang], _status: 'published' }),
    });
    expect(response.status, await response.clone().text()).toBe(200);
  }
  const saved = Date.now() - started;
  const seenAfter: Record<string, number> = {};
  await Promise.all(
    (['zh', 'en'] as const).flatMap((lang) =>
      urls(lang).map(async (url) => {
        for (;;) {
          const answer = await send(url);
          if (answer.text.includes(titles[lang])) {
            seenAfter[url] = Date.now() - started;
            return;
          }
          if (Date.now() - started > 15_000) throw new Error(`${url} still shows the old title after 15 s`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }),
    ),
  );
  console.log(`saves took ${saved} ms; new title seen after (ms since the first save):`, seenAfter);
  // The invalidation goes out before each save returns, so a copy is fresh about when the saves
  // are done; the bound is generous (a loaded machine), the figures are in the output.
  for (const [url, ms] of Object.entries(seenAfter)) expect(ms, url).toBeLessThan(saved + 5000);
});

test("a query parameter from one visitor never appears in another's page", async () => {
  const marker = `poison${Date.now()}`;
  const poisoned = await send(`${varnish.url}/en/news?utm_source=${marker}&ref=%3Cb%3E${marker}&page=1`, {
    from: visitor,
    headers: { 'x-forwarded-host': `${marker}.example`, 'x-forwarded-proto': 'http' },
  });
  expect(poisoned.status).toBe(200);
  expect(poisoned.text).not.toContain(marker);
  for (const url of ['/en/news?page=1', '/en/news?ref=x&page=1', '/en/news']) {
    const other = await send(`${varnish.url}${url}`);
    expect(other.status, url).toBe(200);
    expect(other.text, url).not.toContain(marker);
  }
  // The visitor's request and the others' share one clean copy.
  expect((await send(`${varnish.url}/en/news?page=1&utm_campaign=x`)).headers['x-cache']).toBe('hit');
});

test('forms, tracking, search, previews, actions and anything with a cookie go to an instance every time, never kept', async () => {
  for (const url of ['/zh/contact', '/en/contact?park=1', '/en/track', '/en/search?q=park', '/zh/preview?token=x']) {
    await send(`${varnish.url}${url}`);
    const again = await send(`${varnish.url}${url}`);
    expect(again.status, url).toBeLessThan(500);
    expect(again.headers['x-cache'], url).toBe('pass');
  }
  const post = await send(`${varnish.url}/en/contact`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'a=b',
  });
  expect(post.status).toBeLessThan(500);
  expect(post.headers['x-cache']).toBe('pass');
  const page = '/en/industries';
  await send(`${varnish.url}${page}`);
  expect((await send(`${varnish.url}${page}`)).headers['x-cache']).toBe('hit');
  const withCookie = await send(`${varnish.url}${page}`, { headers: { cookie: 'payload-lng=en' } });
  expect(withCookie.status).toBe(200);
  expect(withCookie.headers['x-cache']).toBe('pass');
});

test('a purge without the secret, with a wrong one, from outside the allowed addresses or by GET is refused, and the page stays', async () => {
  const page = '/zh/parks';
  await send(`${varnish.url}${page}`);
  expect((await send(`${varnish.url}${page}`)).headers['x-cache']).toBe('hit');
  const secret = env.REVALIDATE_SECRET!;
  expect((await purge('global:site')).status).toBe(401);
  expect((await purge('global:site', { authorization: `Bearer ${secret.slice(0, -1)}x` })).status).toBe(401);
  // Right secret, but from an address the ACL leaves out (only 127.0.0.1, ::1 and private networks).
  expect((await purge('global:site', { authorization: `Bearer ${secret}` }, visitor)).status).toBe(403);
  expect(
    (await send(`${varnish.url}/api/revalidate`, { headers: { authorization: `Bearer ${secret}`, 'xkey-purge': 'global:site' } })).status,
  ).toBe(405);
  // None of them reached an instance either: the page is still the cached copy.
  expect((await send(`${varnish.url}${page}`)).headers['x-cache']).toBe('hit');

  const accepted = await purge('global:site', { authorization: `Bearer ${secret}` });
  expect(accepted.status).toBe(200);
  expect(JSON.parse(accepted.text).purged).toBeGreaterThan(0);
  // The answer by which the CMS tells this cache from a site instance (purged again after them).
  expect(isSharedCacheAnswer(JSON.parse(accepted.text))).toBe(true);
  expect((await send(`${varnish.url}${page}`)).headers['x-cache']).toBe('miss');
});

test('kill -9 of one instance under load: no 5xx and no failed request through Varnish', async () => {
  test.setTimeout(120_000);
  // Pages every instance renders on each request (contact and search are never cached), cached
  // pages, and pages purged while the load runs.
  const paths = ['/zh/contact', '/en/contact', '/en/search?q=park', '/zh/news', '/en/parks', '/zh/', '/en/industries'];
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  let running = true;
  // Requests sent after the kill and ended (answered or failed): the load goes on until enough
  // of them have met the dead instance's absence, however slow the machine is.
  let killedAt = 0;
  let endedAfterKill = 0;
  const client = async (n: number) => {
    for (let i = n; running; i++) {
      const url = `${varnish.url}${paths[i % paths.length]}`;
      const sentAfterKill = killedAt > 0;
      try {
        const answer = await send(url);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        if (answer.status >= 500) failures.push(`${answer.status} ${url}`);
      } catch (error) {
        failures.push(`${(error as Error).message} ${url}`);
      }
      if (sentAfterKill) endedAfterKill += 1;
    }
  };
  const purging = (async () => {
    while (running) {
      await purge('parks news', { authorization: `Bearer ${env.REVALIDATE_SECRET}` });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  const total = () => [...statuses.values()].reduce((sum, count) => sum + count, 0);
  const until = async (done: () => boolean) => {
    while (!done()) await new Promise((resolve) => setTimeout(resolve, 100));
  };
  const clients = Array.from({ length: 16 }, (_, n) => client(n));
  // The load is under way (every client answered at least once, on average) before the kill.
  await until(() => total() >= 16);
  const beforeKill = total();
  second.child.kill('SIGKILL');
  killedAt = Date.now();
  // Past the probes' notice (2 of 3 failed, 1 s apart) and with 100 requests sent after the kill.
  await until(() => Date.now() - killedAt >= 4000 && endedAfterKill >= 100);
  running = false;
  await Promise.all([...clients, purging]);
  console.log('statuses through Varnish while one instance was killed:', Object.fromEntries(statuses), 'total', total(), {
    beforeKill,
    endedAfterKill,
  });
  expect(failures).toEqual([]);
  expect(endedAfterKill).toBeGreaterThanOrEqual(100);
  expect([...statuses.keys()]).toEqual([200]);

  // The instance started again is taken back once its probe passes.
  second = await startSiteInstance({ port: ports.site2, host: '127.0.0.1', cmsPort: ports.cms, env });
});

test('with the CMS stopped, Varnish serves the last copies of pages, not errors, even once they are purged', async () => {
  test.setTimeout(120_000);
  const pages = ['/zh/news', '/en/news', '/zh/parks', '/en/parks'];
  const before: Record<string, string> = {};
  for (const page of pages) {
    await send(`${varnish.url}${page}`);
    const answer = await send(`${varnish.url}${page}`);
    expect(answer.status, page).toBe(200);
    before[page] = answer.text;
  }
  await portal.stopCms();
  // Nothing fresh is left anywhere: Varnish's copies and both instances' route caches purged.
  const secret = env.REVALIDATE_SECRET!;
  expect((await purge('global:site', { authorization: `Bearer ${secret}` })).status).toBe(200);
  for (const instance of instances) {
    const response = await send(`${instance}/api/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tags: ['global:site'] }),
    });
    expect(response.status, instance).toBe(200);
  }
  // An instance cannot render without the CMS…
  expect((await send(`${instances[0]}/en/news`)).status).toBe(500);
  // …and Varnish answers with what it last had, again and again.
  for (let round = 0; round < 3; round++) {
    for (const page of pages) {
      const answer = await send(`${varnish.url}${page}`);
      expect(answer.status, page).toBe(200);
      expect(answer.headers['x-cache'], page).toBe('stale');
      expect(answer.text, page).toBe(before[page]);
    }
  }
  // A page it never had is the site's own error page, not a cached one.
  const never = await send(`${varnish.url}/en/news?page=2`);
  expect(never.status).toBe(500);
  expect(never.headers['cache-control']).toBe('private, no-store');

  await portal.startCms();
  const fresh = await send(`${varnish.url}/en/news`);
  expect(fresh.status).toBe(200);
  expect(fresh.headers['x-cache']).toBe('miss');
});
