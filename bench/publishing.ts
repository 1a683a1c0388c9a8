// Publishing benchmarks: publish-to-live latency over many publishes, and how long an
// expiring policy takes to show as expired once its day is over. Exported for `npm run bench`
// (bench/run.ts); `node bench/publishing.ts` runs both alone on a private portal and prints them.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIfMissing, prepareDatabase, privatePortalEnv, startPortal, type RunningPortal } from '../scripts/lib/portal.ts';
import { freePort } from '../scripts/lib/processes.ts';
import { chinaDate, chinaMidnight } from '#common/chinaTime.ts';

export interface Admin {
  email: string;
  password: string;
}
export interface Latency {
  p50: number;
  p95: number;
  max: number;
  n: number;
}

class PublishingBenchError extends Error {}

const requestTimeoutMs = 10_000;
const pollTimeoutMs = 15_000;

const get = (url: string, init: RequestInit = {}) => fetch(url, { ...init, signal: AbortSignal.timeout(requestTimeoutMs) });

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const round = (value: number) => Math.round(value * 10) / 10;

async function signIn(portal: RunningPortal, admin: Admin): Promise<Record<string, string>> {
  const login = await get(`${portal.cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en' },
    body: JSON.stringify(admin),
  });
  const { token } = (await login.json().catch(() => ({}))) as { token?: string };
  if (!login.ok || !token) throw new PublishingBenchError(`admin login at ${portal.cmsUrl} failed (${login.status})`);
  return { authorization: `JWT ${token}`, 'accept-language': 'en', 'content-type': 'application/json' };
}

/**
 * Polls each page back to back, on its own, until it contains its text; resolves with the
 * moment (performance.now()) each one first did, in the order given. A page polled on its own
 * is not held back by a slower one (another server, another language).
 */
async function untilShown(pages: { url: string; text: string }[], timeoutMs = pollTimeoutMs): Promise<number[]> {
  const deadline = performance.now() + timeoutMs;
  return Promise.all(
    pages.map(async (page) => {
      for (;;) {
        if (performance.now() > deadline)
          throw new PublishingBenchError(`${page.url} did not show "${page.text}" within ${timeoutMs / 1000} s`);
        const response = await get(page.url);
        const shown = response.status === 200 && (await response.text()).includes(page.text);
        if (shown) return performance.now();
      }
    }),
  );
}

const adminFrom = (admin?: Admin): Admin => {
  const found =
    admin ??
    (process.env.ADMIN_EMAIL && process.env.ADMIN_PASSWORD
      ? { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD }
      : undefined);
  if (!found)
    throw new PublishingBenchError(
      "pass the portal's administrator ({ admin: { email, password } }) or set ADMIN_EMAIL and ADMIN_PASSWORD",
    );
  return found;
};

/** What measurePublishToLive() found: over all sites (as Latency), and for each site and for the saves alone. */
export interface PublishToLive extends Latency {
  /** Per site, from the first save until both language pages there show the new title. */
  sites: Record<string, Latency>;
  /** Per site, from the moment the last save returned (the invalidations are sent before it does). */
  sitesAfterSaves: Record<string, Latency>;
  /** The two saves alone (each sends the change's tags to every invalidation target before it returns). */
  saves: Latency;
}

/** A public address to watch, named for the results (`site`, `varnish`, `instance 2`). */
export interface WatchedSite {
  name: string;
  url: string;
}

const latency = (samples: number[]): Latency => ({
  p50: round(percentile(samples, 50)),
  p95: round(percentile(samples, 95)),
  max: round(Math.max(...samples)),
  n: samples.length,
});

/**
 * Publishes a news item again and again with a new title in both languages, each time from the
 * start of the CMS API call until the public page in Chinese and in English both show the new
 * title (one PATCH per language, since Payload's REST API writes one locale a call; both calls
 * count). With `sites` (several instances, a cache in front) every one of them is watched, each
 * page polled on its own, and a publication is live when the last of them shows it; each site's
 * own time is kept too. The first round is a warm-up and is not counted.
 */
export async function measurePublishToLive(
  portal: RunningPortal,
  options: { publishes?: number; admin?: Admin; sites?: WatchedSite[] } = {},
): Promise<PublishToLive> {
  const publishes = options.publishes ?? 50;
  const sites = options.sites ?? [{ name: 'site', url: portal.siteUrl }];
  const auth = await signIn(portal, adminFrom(options.admin));
  const list = await get(`${portal.cmsUrl}/api/news?limit=1&depth=0`);
  const item = ((await list.json()) as { docs?: { id: number | string; slug: string }[] }).docs?.[0];
  if (!item) throw new PublishingBenchError('the CMS has no published news item to edit; the seed content should have created some');
  console.log(
    `Publish-to-live: ${publishes} publications of /zh and /en/news/${item.slug}, watched at ${sites.map((s) => s.name).join(', ')}…`,
  );

  const samples: number[] = [];
  const saves: number[] = [];
  const bySite = new Map(sites.map((site) => [site.name, [] as number[]]));
  const bySiteAfterSaves = new Map(sites.map((site) => [site.name, [] as number[]]));
  for (let round = 0; round <= publishes; round += 1) {
    const tag = randomBytes(4).toString('hex');
    const titles = { zh: `基准标题 ${round} ${tag}`, en: `Bench title ${round} ${tag}` };
    const started = performance.now();
    for (const locale of ['zh', 'en'] as const) {
      const save = await get(`${portal.cmsUrl}/api/news/${item.id}?locale=${locale}&depth=0`, {
        method: 'PATCH',
        headers: auth,
        body: JSON.stringify({ title: titles[locale], _status: 'published' }),
      });
      if (!save.ok)
        throw new PublishingBenchError(
          `publishing news ${item.id} (${locale}) answered ${save.status}: ${(await save.text()).slice(0, 300)}`,
        );
      await save.arrayBuffer();
    }
    const saved = performance.now();
    const pages = sites.flatMap((site) =>
      (['zh', 'en'] as const).map((locale) => ({ site: site.name, url: `${site.url}/${locale}/news/${item.slug}`, text: titles[locale] })),
    );
    const shownAt = await untilShown(pages);
    if (round === 0) continue;
    saves.push(saved - started);
    samples.push(Math.max(...shownAt) - started);
    for (const site of sites) {
      const last = Math.max(...shownAt.filter((_, index) => pages[index]!.site === site.name));
      bySite.get(site.name)!.push(last - started);
      bySiteAfterSaves.get(site.name)!.push(last - saved);
    }
  }
  return {
    ...latency(samples),
    sites: Object.fromEntries([...bySite].map(([name, values]) => [name, latency(values)])),
    sitesAfterSaves: Object.fromEntries([...bySiteAfterSaves].map(([name, values]) => [name, latency(values)])),
    saves: latency(saves),
  };
}

/**
 * The clock of a portal for measurePolicyExpiry(): every process of the portal started with
 * `env` runs `offsetMs` ahead, so that midnight in China (a policy's expiry boundary) falls
 * `leadSeconds` after this call in real time. Pass `env` as the `extra` of privatePortalEnv();
 * start the portal and run the other measurements within `leadSeconds`.
 */
export interface ExpiryClock {
  env: Record<string, string>;
  offsetMs: number;
  /** Real time (Date.now()) at which the portal's clock reaches midnight in China. */
  boundaryAt: number;
}
let lastClock: ExpiryClock | undefined;

export function expiryClock(leadSeconds = 150): ExpiryClock {
  const boundaryAt = Date.now() + leadSeconds * 1000;
  // The first midnight in China after the real boundary time, then shifted back onto it.
  const chinaMidnightAfter = new Date(chinaMidnight(chinaDate(new Date(boundaryAt + 86_400_000)))).getTime();
  const offsetMs = chinaMidnightAfter - boundaryAt;
  const preload = `--import=${pathToFileURL(path.join(import.meta.dirname, 'lib', 'shiftedClock.mjs')).href}`;
  lastClock = {
    offsetMs,
    boundaryAt,
    env: { BENCH_CLOCK_OFFSET_MS: String(offsetMs), NODE_OPTIONS: [process.env.NODE_OPTIONS, preload].filter(Boolean).join(' ') },
  };
  return lastClock;
}

/**
 * Seconds from a policy's expiry boundary (midnight in China ending its expiry day) until
 * `/zh/policies/<slug>` and `/en/policies/<slug>` both show it as expired. The portal must run
 * on expiryClock()'s clock. The policy is created in force, expiring on the portal's current
 * day; both pages are read (and cached) while it is in force; then nobody touches anything and
 * the benchmark polls the pages from the boundary on. What makes them change is the CMS's own
 * policyStatusChange job, queued by the save for that midnight, and the revalidation it sends.
 */
export async function measurePolicyExpiry(portal: RunningPortal, options: { admin?: Admin; clock?: ExpiryClock } = {}): Promise<number> {
  const clock = options.clock ?? lastClock;
  if (!clock) throw new PublishingBenchError('start the portal with expiryClock().env to measure policy expiry');
  const portalNow = () => new Date(Date.now() + clock.offsetMs);
  const secondsLeft = (clock.boundaryAt - Date.now()) / 1000;
  if (secondsLeft < 10)
    throw new PublishingBenchError(`the policy boundary came ${Math.round(-secondsLeft)} s too early: give expiryClock() a longer lead`);
  const auth = await signIn(portal, adminFrom(options.admin));
  const expiryDay = chinaDate(portalNow());
  const slug = `bench-expiry-${randomBytes(3).toString('hex')}`;
  const created = await get(`${portal.cmsUrl}/api/policies?locale=zh`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({
      title: '基准测试政策',
      summary: '基准测试中到期的政策。',
      slug,
      type: 'incentive',
      effectiveFrom: '2024-01-01T04:00:00.000Z',
      expiresOn: `${expiryDay}T04:00:00.000Z`,
      _status: 'published',
    }),
  });
  if (created.status !== 201)
    throw new PublishingBenchError(`creating the policy answered ${created.status}: ${(await created.text()).slice(0, 300)}`);
  const { doc } = (await created.json()) as { doc: { id: number | string } };
  const english = await get(`${portal.cmsUrl}/api/policies/${doc.id}?locale=en`, {
    method: 'PATCH',
    headers: auth,
    body: JSON.stringify({ title: 'Bench policy', summary: 'A policy that expires during the benchmark.', _status: 'published' }),
  });
  if (!english.ok) throw new PublishingBenchError(`adding English answered ${english.status}`);

  const pages = [
    { url: `${portal.siteUrl}/zh/policies/${slug}`, inForce: '现行有效', expired: '已失效' },
    { url: `${portal.siteUrl}/en/policies/${slug}`, inForce: 'In force', expired: 'Expired' },
  ];
  await untilShown(pages.map((page) => ({ url: page.url, text: page.inForce })));
  for (const page of pages) {
    const cached = await get(page.url);
    if (cached.headers.get('x-astro-cache') !== 'HIT')
      throw new PublishingBenchError(`${page.url} is not served from the cache; the run would not measure invalidation`);
    await cached.arrayBuffer();
  }
  console.log(
    `Policy expiry: ${slug} expires at the portal's midnight in China, in ${Math.round((clock.boundaryAt - Date.now()) / 1000)} s…`,
  );
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, clock.boundaryAt - Date.now())));
  await untilShown(
    pages.map((page) => ({ url: page.url, text: page.expired })),
    120_000,
  );
  return round((Date.now() - clock.boundaryAt) / 1000);
}

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-publishing-'));
  const admin = { email: 'bench@portal.invalid', password: randomBytes(18).toString('base64url') };
  let portal: RunningPortal | undefined;
  try {
    await buildIfMissing(process.env);
    // The boundary falls this long after here: enough to prepare, start and run publish-to-live.
    const clock = expiryClock(Number(process.env.BENCH_EXPIRY_LEAD_SECONDS) || 150);
    const env = privatePortalEnv(tmp, admin, clock.env);
    console.log('Preparing a private database…');
    await prepareDatabase(env);
    const [port, cmsPort] = [await freePort(), await freePort()];
    console.log(`Starting the portal (site :${port}, CMS :${cmsPort}) on a clock ${Math.round(clock.offsetMs / 60_000)} min ahead…`);
    portal = await startPortal({ port, cmsPort, host: '127.0.0.1', cmsHost: '127.0.0.1', env, inheritOutput: false });
    const publishToLive = await measurePublishToLive(portal, { publishes: Number(process.env.BENCH_PUBLISHES) || 50, admin });
    console.log(
      `Publish-to-live (both languages): p50 ${publishToLive.p50} ms, p95 ${publishToLive.p95} ms, max ${publishToLive.max} ms, n ${publishToLive.n}`,
    );
    const expirySeconds = await measurePolicyExpiry(portal, { admin, clock });
    console.log(`Policy expiry: shown as expired in both languages ${expirySeconds} s after its boundary`);
  } catch (error) {
    console.error(`\nBenchmark failed: ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    await portal?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  process.exit(process.exitCode ?? 0);
}

if (import.meta.filename === process.argv[1]) await main();
