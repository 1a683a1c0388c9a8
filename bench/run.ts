// `npm run bench [-- part…]`: every benchmark of the portal, each section on a private portal
// (temporary database, random secrets, free ports), results merged into
// bench/results/latest.json, then bench/README.md's tables and bench/results/chart.svg are
// generated from that file (bench/report.ts). Parts: throughput, render, publish, compression, leads, coldstart,
// scale, scaleout (default: all, in that order); `report` only regenerates the README and chart.
// See bench/README.md.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { buildIfMissing, prepareDatabase, privatePortalEnv, root, startPortal, type RunningPortal } from '../scripts/lib/portal.ts';
import { freePort, stop } from '../scripts/lib/processes.ts';
import {
  assertClean,
  autocannon,
  BenchError,
  cpuMs,
  get,
  machine,
  percentile,
  revalidate,
  round,
  startBaselineProcess,
  summary,
  timedGet,
} from './lib/measure.ts';
import { measureColdStart } from './coldstart.ts';
import { measureCompression } from './compression.ts';
import { measureScale } from './scale.ts';
import { measureScaleOut } from './scaleout.ts';
import { expiryClock, measurePolicyExpiry, measurePublishToLive } from './publishing.ts';
import { writeReport } from './report.ts';

const settings = {
  page: '/en/',
  connections: 20,
  warmupSeconds: 2,
  durationSeconds: 10,
  publishSamples: Number(process.env.BENCH_PUBLISHES) || 50,
  renderSamples: 20,
  restSamples: 20,
  pollTimeoutMs: 10_000,
};

const benchDir = import.meta.dirname;
export const resultsFile = path.join(benchDir, 'results', 'latest.json');

/** A running private portal as the sections see it: URLs, process ids, the admin and the revalidation secret. */
export interface BenchPortal extends RunningPortal {
  admin: { email: string; password: string };
  revalidateSecret: string;
  env: NodeJS.ProcessEnv;
}

/**
 * A section measures on the shared private portal (`portal: true`) or starts what it needs
 * itself, and returns what goes under its name in latest.json. The publishing benchmark of
 * another branch plugs in here as
 *   { name: 'publishing', portal: true, run: ({ portal }) => measurePublishToLive(portal, { publishes: 50 }) }
 * and { name: 'policyExpiry', portal: true, run: ({ portal }) => measurePolicyExpiry(portal) }.
 */
interface Section {
  name: string;
  portal: boolean;
  run(context: { portal: BenchPortal; tmp: string }): Promise<unknown>;
}

const sections: Section[] = [
  { name: 'throughput', portal: true, run: ({ portal, tmp }) => measureThroughput(portal, tmp) },
  { name: 'render', portal: true, run: ({ portal }) => measureUncachedRender(portal) },
  { name: 'publish', portal: true, run: ({ portal }) => measurePublishing(portal) },
  { name: 'compression', portal: true, run: ({ portal, tmp }) => measureCompression(portal, tmp) },
  { name: 'expiry', portal: false, run: ({ tmp }) => measureExpiry(tmp) },
  { name: 'leads', portal: false, run: () => runLeads() },
  { name: 'coldstart', portal: false, run: () => measureColdStart() },
  { name: 'scale', portal: false, run: () => measureScale() },
  { name: 'scaleout', portal: false, run: () => measureScaleOut() },
];

// The baseline runs in its own process, like the site, so it does not share an event loop
// with the load generator.
if (process.argv[2] === 'serve-baseline') {
  serveBaseline(process.argv[3]!, process.argv[4]!);
} else {
  await main(process.argv.slice(2));
}

/** Child mode: answers every request with the bytes in `bodyFile`; reports its port to the parent. */
function serveBaseline(bodyFile: string, contentType: string): void {
  const body = fs.readFileSync(bodyFile);
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': contentType, 'content-length': body.length });
    response.end(body);
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
  });
  process.on('disconnect', () => process.exit(0));
}

function readResults(): Record<string, unknown> {
  return fs.existsSync(resultsFile) ? (JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as Record<string, unknown>) : {};
}

function saveSection(name: string, value: unknown): void {
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  const results = { ...readResults(), [name]: { date: new Date().toISOString(), machine: machine(), ...(value as object) } };
  fs.writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
}

async function main(args: string[]): Promise<void> {
  const known = new Set([...sections.map((s) => s.name), 'report']);
  const unknown = args.filter((a) => !known.has(a));
  if (unknown.length) {
    console.error(`Unknown part ${unknown.join(', ')}; parts: ${[...known].join(', ')}`);
    process.exit(2);
  }
  const chosen = args.length === 0 ? sections : sections.filter((s) => args.includes(s.name));
  const startedAt = performance.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-'));
  let portal: BenchPortal | undefined;
  let cleaning: Promise<void> | undefined;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      if (portal) await portal.stop();
      fs.rmSync(tmp, { recursive: true, force: true });
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanUp().then(() => process.exit(130)));

  try {
    for (const section of chosen) {
      const began = performance.now();
      console.log(`\n== ${section.name} ==`);
      if (section.portal && !portal) portal = await startBenchPortal(tmp);
      if (!section.portal && portal) {
        // Sections with their own servers get the machine to themselves.
        await portal.stop();
        portal = undefined;
      }
      try {
        const value = await section.run({ portal: portal!, tmp });
        if (value !== undefined) saveSection(section.name, { ...(value as object), seconds: round((performance.now() - began) / 1000, 1) });
      } catch (error) {
        // A part that fails is recorded as failed (its last good figures are replaced, never kept
        // as if current), and the other parts still run.
        if (!(error instanceof BenchError)) throw error;
        console.error(`\n${section.name} failed: ${error.message}`);
        saveSection(section.name, { failed: error.message });
        process.exitCode = 1;
      }
    }
    if (portal) await portal.stop();
    portal = undefined;
    writeReport();
    console.log(
      `\nWrote ${path.relative(process.cwd(), resultsFile)}, bench/README.md and the charts in bench/results/ in ${round((performance.now() - startedAt) / 60_000, 1)} min.`,
    );
  } catch (error) {
    const detail = error instanceof BenchError || !process.env.PORTAL_DEBUG ? (error as Error).message : (error as Error).stack;
    console.error(`\nBenchmark failed: ${detail}`);
    if (!process.env.PORTAL_DEBUG) console.error("Run with PORTAL_DEBUG=1 to see the servers' error output.");
    process.exitCode = 1;
  } finally {
    await cleanUp();
  }
  // Keep-alive sockets of fetch would hold the process a few seconds longer.
  process.exit(process.exitCode ?? 0);
}

async function startBenchPortal(tmp: string): Promise<BenchPortal> {
  const admin = { email: 'bench@portal.invalid', password: randomBytes(18).toString('base64url') };
  const dir = fs.mkdtempSync(path.join(tmp, 'portal-'));
  const env = privatePortalEnv(dir, admin);
  // BENCH_PORT / BENCH_CMS_PORT pin the ports when a free one will not do (see bench/README.md).
  const port = Number(process.env.BENCH_PORT) || (await freePort());
  const cmsPort = Number(process.env.BENCH_CMS_PORT) || (await freePort());
  await buildIfMissing(env);
  console.log('Preparing a private database…');
  await prepareDatabase(env);
  console.log(`Starting the portal (site :${port}, CMS :${cmsPort})…`);
  const running = await startPortal({ port, cmsPort, host: '127.0.0.1', cmsHost: '127.0.0.1', env, inheritOutput: false });
  return { ...running, admin, revalidateSecret: env.REVALIDATE_SECRET!, env };
}

// ---------------------------------------------------------------------------------------------
// (1) Throughput of a cached page against a plain server sending the same bytes.
// ---------------------------------------------------------------------------------------------

async function measureThroughput(portal: BenchPortal, tmp: string) {
  const pageUrl = new URL(settings.page, portal.siteUrl).href;
  const page = await warmCachedPage(pageUrl);
  const bodyFile = path.join(tmp, 'page.html');
  fs.writeFileSync(bodyFile, page.body);
  const baseline = await startBaseline(bodyFile, page.contentType);
  try {
    const baselineUrl = `http://127.0.0.1:${baseline.port}${settings.page}`;
    const expected = page.body.toString('utf8');
    // Site, baseline, site, baseline: the two halves are averaged, so a neighbour's burst of work
    // on the shared machine weighs on both sides rather than on one.
    const site1 = await loadRun('site', pageUrl, expected, portal.pids.site);
    const plain1 = await loadRun('baseline', baselineUrl, expected, baseline.child.pid!);
    const site2 = await loadRun('site', pageUrl, expected, portal.pids.site);
    const plain2 = await loadRun('baseline', baselineUrl, expected, baseline.child.pid!);
    await expectCacheHit(pageUrl);
    const mean = (a: LoadRun, b: LoadRun) => ({
      rps: Math.round((a.rps + b.rps) / 2),
      p99Ms: Math.max(a.p99Ms, b.p99Ms),
      cpuUsPerRequest: round((a.cpuUsPerRequest + b.cpuUsPerRequest) / 2, 1),
      runs: [a, b],
    });
    const site = mean(site1, site2);
    const plain = mean(plain1, plain2);
    return {
      page: settings.page,
      bytes: page.body.length,
      connections: settings.connections,
      durationSeconds: settings.durationSeconds,
      site,
      baseline: plain,
      ratio: round(site.rps / plain.rps, 3),
      // Requests per CPU-second of the serving process, site against baseline: the same ratio
      // measured by cost rather than by speed, so less at the mercy of other work on the machine.
      cpuRatio: round(plain.cpuUsPerRequest / site.cpuUsPerRequest, 3),
    };
  } finally {
    await stop(baseline.child);
  }
}

interface LoadRun {
  rps: number;
  p99Ms: number;
  cpuUsPerRequest: number;
}

/**
 * A warm-up run that also checks every response is the expected page, then the measured run
 * (without body checks, which would cost the load generator time), with the server's CPU time.
 */
async function loadRun(name: string, url: string, expectBody: string, pid: number): Promise<LoadRun> {
  console.log(
    `Load test of the ${name}: ${settings.warmupSeconds} s warm-up, ${settings.durationSeconds} s measured, ${settings.connections} connections…`,
  );
  assertClean(
    `${name} warm-up`,
    await autocannon({ url, connections: settings.connections, duration: settings.warmupSeconds, expectBody }),
  );
  const cpuBefore = cpuMs(pid);
  const run = await autocannon({ url, connections: settings.connections, duration: settings.durationSeconds });
  const cpu = cpuMs(pid) - cpuBefore;
  assertClean(`${name} measured run`, run);
  return { rps: Math.round(run.requests.average), p99Ms: run.latency.p99, cpuUsPerRequest: round((cpu * 1000) / run.requests.total, 1) };
}

/** Requests the page until the route cache answers it, then returns the cached bytes. */
async function warmCachedPage(url: string): Promise<{ body: Buffer; contentType: string }> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const response = await get(url);
    const body = Buffer.from(await response.arrayBuffer());
    if (response.status !== 200) throw new BenchError(`${url} answered ${response.status}`);
    if (response.headers.get('x-astro-cache') === 'HIT') return { body, contentType: response.headers.get('content-type') ?? 'text/html' };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new BenchError(`${url} never answered with x-astro-cache: HIT; the page is not served from the route cache`);
}

async function expectCacheHit(url: string): Promise<void> {
  const response = await get(url);
  await response.arrayBuffer();
  const state = response.headers.get('x-astro-cache');
  if (state !== 'HIT')
    throw new BenchError(`after the load test ${url} answered x-astro-cache: ${state}; the run did not measure the cache`);
}

function startBaseline(bodyFile: string, contentType: string): Promise<{ child: ChildProcess; port: number }> {
  return startBaselineProcess(import.meta.filename, ['serve-baseline', bodyFile, contentType]);
}

// ---------------------------------------------------------------------------------------------
// (2) Uncached render: the route cache is emptied before every request, as a publish does.
// ---------------------------------------------------------------------------------------------

interface Published {
  newsSlug: string;
  policyType: string;
}

async function firstPublished(cmsUrl: string): Promise<Published> {
  const news = (await (await get(`${cmsUrl}/api/news?limit=1&depth=0&where[_status][equals]=published`)).json()) as {
    docs: { slug: string }[];
  };
  const policies = (await (await get(`${cmsUrl}/api/policies?limit=1&depth=0&where[_status][equals]=published`)).json()) as {
    docs: { type: string }[];
  };
  if (!news.docs[0] || !policies.docs[0]) throw new BenchError('the seed content should include a published news item and policy');
  return { newsSlug: news.docs[0].slug, policyType: policies.docs[0].type };
}

/**
 * For each page in each language: `global:site` (a tag every cached page carries) is
 * invalidated through POST /api/revalidate, then the page is requested and timed; the response
 * must say `X-Astro-Cache: MISS`. Beside it, the CMS REST request that carries the page's main
 * content (the same query src/cms/documents.ts sends) is timed alone.
 */
async function measureUncachedRender(portal: BenchPortal) {
  const { newsSlug, policyType } = await firstPublished(portal.cmsUrl);
  const select = (fields: string[]) => fields.map((f) => `select[${f}]=true`).join('&');
  const pages = (lang: string) => [
    { name: 'home', path: `/${lang}/`, rest: `/api/globals/site?locale=${lang}&fallback-locale=none&depth=0` },
    {
      name: 'news list',
      path: `/${lang}/news`,
      rest: `/api/news?locale=all&where[_status][equals]=published&sort=-publishedAt&limit=10&page=1&depth=0&${select(['title', 'slug', 'summary', 'updatedAt', 'publishedAt', 'category'])}`,
    },
    {
      name: 'news detail',
      path: `/${lang}/news/${newsSlug}`,
      rest: `/api/news?locale=${lang}&fallback-locale=none&where[_status][equals]=published&where[slug][equals]=${newsSlug}&limit=1&depth=1`,
    },
    {
      name: `policies ?type=${policyType}`,
      path: `/${lang}/policies?type=${policyType}`,
      rest: `/api/policies?locale=all&where[_status][equals]=published&where[type][equals]=${policyType}&sort=-effectiveFrom&limit=10&page=1&depth=0&${select(['title', 'slug', 'summary', 'updatedAt', 'type', 'effectiveFrom', 'expiresOn'])}`,
    },
  ];
  const rows = [];
  for (const lang of ['zh', 'en']) {
    for (const page of pages(lang)) {
      const render: number[] = [];
      for (let i = 0; i < settings.renderSamples; i += 1) {
        await revalidate(portal.siteUrl, portal.revalidateSecret, ['global:site']);
        const { ms, cache } = await timedGet(`${portal.siteUrl}${page.path}`);
        if (cache !== 'MISS') throw new BenchError(`${page.path} answered x-astro-cache: ${cache} right after an invalidation`);
        render.push(ms);
      }
      const cached: number[] = [];
      for (let i = 0; i < settings.renderSamples; i += 1) cached.push((await timedGet(`${portal.siteUrl}${page.path}`)).ms);
      const rest: number[] = [];
      for (let i = 0; i < settings.restSamples; i += 1)
        rest.push((await timedGet(`${portal.cmsUrl}${page.rest}`, { headers: { accept: 'application/json' } })).ms);
      console.log(`  ${page.path}: uncached p50 ${round(percentile(render, 50), 1)} ms, CMS call p50 ${round(percentile(rest, 50), 1)} ms`);
      rows.push({
        page: page.name,
        lang,
        path: page.path,
        uncached: summary(render),
        cached: summary(cached),
        cmsRequest: { url: page.rest, ...summary(rest) },
      });
    }
  }
  return { samples: settings.renderSamples, pages: rows };
}

// ---------------------------------------------------------------------------------------------
// (3) Publish-to-live over 50 publications and policy expiry (bench/publishing.ts).
// ---------------------------------------------------------------------------------------------

/**
 * Publish-to-live over 50 publications (bench/publishing.ts): each one is a Chinese and an English
 * save of a news item, timed from the first call until both language pages show the new title.
 */
async function measurePublishing(portal: BenchPortal) {
  const latency = await measurePublishToLive(portal, { publishes: settings.publishSamples, admin: portal.admin });
  return { samples: latency.n, p50Ms: latency.p50, p95Ms: latency.p95, maxMs: latency.max };
}

/**
 * Policy expiry on a portal of its own whose clock runs ahead (bench/publishing.ts): seconds from
 * midnight in China ending the policy's expiry day until both language pages say "expired".
 */
async function measureExpiry(tmp: string) {
  const admin = { email: 'bench@portal.invalid', password: randomBytes(18).toString('base64url') };
  const dir = fs.mkdtempSync(path.join(tmp, 'expiry-'));
  const clock = expiryClock(Number(process.env.BENCH_EXPIRY_LEAD_SECONDS) || 150);
  const env = privatePortalEnv(dir, admin, clock.env);
  await prepareDatabase(env);
  const [port, cmsPort] = [await freePort(), await freePort()];
  const running = await startPortal({ port, cmsPort, host: '127.0.0.1', cmsHost: '127.0.0.1', env, inheritOutput: false });
  try {
    return { secondsAfterBoundary: await measurePolicyExpiry(running, { admin, clock }) };
  } finally {
    await running.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// (4) The lead desk: bench/leads.ts on its own portal; it writes the `leads` entry itself.
// ---------------------------------------------------------------------------------------------

async function runLeads(): Promise<undefined> {
  await new Promise<void>((resolve, reject) => {
    let lastError = '';
    const child = spawn(process.execPath, [path.join(benchDir, 'leads.ts')], { cwd: root, stdio: ['ignore', 'inherit', 'pipe'] });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new BenchError(`bench/leads.ts failed (exit ${code}): ${lastError}`))));
    child.stderr?.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      const line = chunk
        .toString('utf8')
        .split('\n')
        .find((l) => l.startsWith('Lead benchmark failed: '));
      if (line) lastError = line.slice('Lead benchmark failed: '.length);
    });
  });
  return undefined;
}
