// The scale section of `npm run bench` (`npm run bench -- scale`): one private portal measured
// with 100 news items and 100 policies, then with 10,000 news items and 1,000 policies (each in
// Chinese and English; synthetic, bench/lib/syntheticContent.ts), page by page, uncached and
// cached; then the site's memory under 50 concurrent clients for 60 s. See bench/README.md.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIfMissing, prepareDatabase, privatePortalEnv, startPortal, type RunningPortal } from '../scripts/lib/portal.ts';
import { freePort } from '../scripts/lib/processes.ts';
import { autocannon, BenchError, get, percentile, revalidate, round, rssMb, sampleRss, summary, timedGet } from './lib/measure.ts';
import { addSyntheticContent, syntheticContentFile } from './lib/syntheticContent.ts';

const settings = {
  small: { news: 100, policies: 100 },
  large: { news: 10_000, policies: 1_000 },
  uncachedSamples: 10,
  cachedSamples: 20,
  searchBuildSamples: 3,
  newsPageSize: 10,
  memory: { connections: 50, seconds: 60 },
};

interface Target {
  name: string;
  path: string;
}

function targets(newsCount: number): Target[] {
  const deepPage = Math.max(1, Math.ceil(newsCount / settings.newsPageSize) - 1);
  return [
    { name: 'news list, page 1 (zh)', path: '/zh/news' },
    { name: 'news list, page 1 (en)', path: '/en/news' },
    { name: 'news list, second-to-last page', path: `/zh/news?page=${deepPage}` },
    { name: 'policies ?type=incentive', path: '/zh/policies?type=incentive' },
    { name: 'policies ?industry=clean-energy', path: '/en/policies?industry=clean-energy' },
    { name: 'policies ?status=in-force', path: '/zh/policies?status=in-force' },
    { name: 'sitemap index', path: '/sitemap.xml' },
    { name: 'sitemap zh', path: '/sitemap-zh.xml' },
    { name: 'sitemap en', path: '/sitemap-en.xml' },
    { name: 'RSS news (zh)', path: '/zh/news/rss.xml' },
    { name: 'RSS policies (en)', path: '/en/policies/rss.xml' },
  ];
}

const searches: Target[] = [
  { name: 'search 招商 (zh)', path: `/zh/search?q=${encodeURIComponent('招商')}` },
  { name: 'search investment (en)', path: '/en/search?q=investment' },
];

function siteAlive(portal: RunningPortal): boolean {
  try {
    process.kill(portal.pids.site, 0);
    return true;
  } catch {
    return false;
  }
}

async function counts(cmsUrl: string): Promise<{ news: number; policies: number; search: number }> {
  const total = async (collection: string, where = '&where[_status][equals]=published') =>
    ((await (await get(`${cmsUrl}/api/${collection}?limit=1&depth=0${where}&select[slug]=true`)).json()) as { totalDocs: number })
      .totalDocs;
  // The search plugin's collection: one row per published document (cms/src/search/).
  return { news: await total('news'), policies: await total('policies'), search: await total('search', '') };
}

async function measureSet(portal: RunningPortal, secret: string, label: string, newsCount: number) {
  const rows: Record<string, { path: string; uncached?: ReturnType<typeof summary>; cached: ReturnType<typeof summary>; bytes: number }> =
    {};
  for (const target of targets(newsCount)) {
    const uncached: number[] = [];
    let bytes = 0;
    for (let i = 0; i < settings.uncachedSamples; i += 1) {
      // Every cached page carries `global:site`: this empties the route cache, as a publish does.
      await revalidate(portal.siteUrl, secret, ['global:site']);
      const result = await timedGet(`${portal.siteUrl}${target.path}`);
      if (result.cache !== 'MISS')
        throw new BenchError(`${target.path} answered x-astro-cache: ${result.cache} right after an invalidation`);
      uncached.push(result.ms);
      bytes = Buffer.byteLength(result.body);
    }
    const cached: number[] = [];
    for (let i = 0; i < settings.cachedSamples; i += 1) {
      const result = await timedGet(`${portal.siteUrl}${target.path}`);
      if (result.cache !== 'HIT') throw new BenchError(`${target.path} answered x-astro-cache: ${result.cache} on a repeat request`);
      cached.push(result.ms);
    }
    rows[target.name] = { path: target.path, uncached: summary(uncached), cached: summary(cached), bytes };
    console.log(
      `  [${label}] ${target.name}: uncached p95 ${round(percentile(uncached, 95), 1)} ms, cached p95 ${round(percentile(cached, 95), 1)} ms, ${bytes} bytes`,
    );
  }

  // Search is never route-cached: the CMS queries its search collection (cms/src/search/) for
  // every search. The first search after a change is timed apart: a search that had to rebuild
  // anything after a change would show it there; here it is like any other.
  const build: number[] = [];
  const rssBefore = rssMb(portal.pids.site);
  let searchError: string | undefined;
  try {
    for (let i = 0; i < settings.searchBuildSamples; i += 1) {
      await revalidate(portal.siteUrl, secret, ['news']);
      build.push((await timedGet(`${portal.siteUrl}${searches[0]!.path}`)).ms);
    }
  } catch (error) {
    // Recorded, not hidden: the rest of the scale run still measures.
    searchError = `the first search after a change failed after ${build.length} rebuilds: ${String(error)}; site ${siteAlive(portal) ? 'still running' : 'gone'}`;
    console.error(`  [${label}] ${searchError}`);
    return { pages: rows, searchError, siteRssMb: { beforeSearch: round(rssBefore, 1) } };
  }
  const rssAfter = rssMb(portal.pids.site);
  rows['search, first after a change'] = { path: searches[0]!.path, cached: summary(build), bytes: 0 };
  for (const target of searches) {
    const warm: number[] = [];
    let bytes = 0;
    for (let i = 0; i < settings.cachedSamples; i += 1) {
      const result = await timedGet(`${portal.siteUrl}${target.path}`);
      warm.push(result.ms);
      bytes = Buffer.byteLength(result.body);
    }
    rows[target.name] = { path: target.path, cached: summary(warm), bytes };
    console.log(`  [${label}] ${target.name}: p95 ${round(percentile(warm, 95), 1)} ms`);
  }
  console.log(
    `  [${label}] first search after a change p50 ${round(percentile(build, 50), 0)} ms; site RSS ${round(rssBefore, 0)} -> ${round(rssAfter, 0)} MB`,
  );
  return { pages: rows, searchError, siteRssMb: { beforeSearch: round(rssBefore, 1), afterSearches: round(rssAfter, 1) } };
}

/** 50 clients for 60 s over a mix of pages (cached and not, detail pages across the whole collection, search). */
async function memoryUnderLoad(portal: RunningPortal, newsCount: number, policyCount: number) {
  const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]!;
  const terms = ['招商', '新能源', '人才', '营商环境', 'investment', 'talent', 'factory', 'electric', 'hydrogen', '湘潭'];
  const paths = () => {
    const lang = pick(['zh', 'en']);
    return pick([
      () => `/${lang}/`,
      () => `/${lang}/news`,
      () => `/${lang}/news?page=${1 + Math.floor(Math.random() * 50)}`,
      () => `/${lang}/news/synthetic-news-${1 + Math.floor(Math.random() * (newsCount - 6))}`,
      () => `/${lang}/policies?type=${pick(['incentive', 'land', 'talent', 'tax'])}`,
      () => `/${lang}/policies/synthetic-policy-${1 + Math.floor(Math.random() * (policyCount - 4))}`,
      () => `/${lang}/search?q=${encodeURIComponent(pick(terms))}`,
      () => `/${lang}/news/rss.xml`,
      () => `/sitemap-${lang}.xml`,
    ])();
  };
  console.log(`Memory: ${settings.memory.connections} clients for ${settings.memory.seconds} s over a mix of pages…`);
  const sampler = sampleRss(portal.pids.site);
  const result = await autocannon({
    url: portal.siteUrl,
    connections: settings.memory.connections,
    duration: settings.memory.seconds,
    timeout: 30,
    requests: [{ setupRequest: (request) => ({ ...request, path: paths() }) }],
  });
  const rss = sampler.stop();
  console.log(
    `  RSS peak ${rss.peakMb} MB, mean ${rss.meanMb} MB; ${round(result.requests.average, 0)} requests/s, ${result.non2xx} non-2xx, ${result.errors} errors`,
  );
  return {
    connections: settings.memory.connections,
    seconds: settings.memory.seconds,
    rss,
    requests: result.requests.total,
    rps: round(result.requests.average, 1),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    limitMb: 300,
  };
}

export async function measureScale() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-scale-'));
  let portal: RunningPortal | undefined;
  try {
    const env = privatePortalEnv(dir, { email: 'bench@portal.invalid', password: randomBytes(18).toString('base64url') });
    const databaseFile = syntheticContentFile(env.DATABASE_URL, process.cwd());
    await buildIfMissing(env);
    console.log('Preparing a private database…');
    await prepareDatabase(env);
    const [port, cmsPort] = [await freePort(), await freePort()];
    portal = await startPortal({ port, cmsPort, host: '127.0.0.1', cmsHost: '127.0.0.1', env, inheritOutput: false });
    const secret = env.REVALIDATE_SECRET!;

    const seed = await counts(portal.cmsUrl);
    if (seed.search === 0) throw new BenchError('the seeded CMS has no search rows: the search plugin did not index the seed');
    const grow = (to: { news: number; policies: number }, from: { news: number; policies: number }) => {
      const started = performance.now();
      addSyntheticContent(databaseFile, { news: to.news - from.news, policies: 0 }, from.news - seed.news);
      addSyntheticContent(databaseFile, { news: 0, policies: to.policies - from.policies }, from.policies - seed.policies);
      return round((performance.now() - started) / 1000, 1);
    };
    const expectCounts = async (expected: { news: number; policies: number }) => {
      const actual = await counts(portal!.cmsUrl);
      const search = seed.search + (expected.news - seed.news) + (expected.policies - seed.policies);
      if (actual.news !== expected.news || actual.policies !== expected.policies || actual.search !== search) {
        throw new BenchError(`the CMS lists ${JSON.stringify(actual)}, expected ${JSON.stringify({ ...expected, search })}`);
      }
    };

    console.log(`Adding synthetic content up to ${settings.small.news} news items and ${settings.small.policies} policies…`);
    const smallSeconds = grow(settings.small, seed);
    await expectCounts(settings.small);
    await revalidate(portal.siteUrl, secret, ['news', 'policies', 'global:site']);
    const small = await measureSet(portal, secret, 'small', settings.small.news);

    console.log(`Adding synthetic content up to ${settings.large.news} news items and ${settings.large.policies} policies…`);
    const largeSeconds = grow(settings.large, settings.small);
    await expectCounts(settings.large);
    // What the CMS would send after such a change: every list, feed, sitemap and the search index.
    await revalidate(portal.siteUrl, secret, ['news', 'policies', 'global:site']);
    const large = await measureSet(portal, secret, 'large', settings.large.news);

    const ratios: Record<string, { uncachedP95?: number; cachedP95: number }> = {};
    for (const [name, row] of Object.entries(large.pages)) {
      const base = small.pages[name];
      if (!base) continue;
      ratios[name] = {
        ...(row.uncached && base.uncached ? { uncachedP95: round(row.uncached.p95Ms / base.uncached.p95Ms, 2) } : {}),
        cachedP95: round(row.cached.p95Ms / base.cached.p95Ms, 2),
      };
    }
    const memory = siteAlive(portal)
      ? await memoryUnderLoad(portal, settings.large.news, settings.large.policies)
      : { skipped: 'the site process was gone' };
    return {
      small: { ...settings.small, syntheticInsertSeconds: smallSeconds, ...small },
      large: { ...settings.large, syntheticInsertSeconds: largeSeconds, ...large },
      ratios,
      memory,
      databaseMb: round(fs.statSync(databaseFile).size / 2 ** 20, 1),
    };
  } finally {
    if (portal) await portal.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
