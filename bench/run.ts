// `npm run bench`: starts a private portal (temporary database, random secrets, free ports) and
// measures (a) the throughput of a cached page against a plain Node server sending the same bytes
// and (b) how long a published change takes to reach the public page. Writes
// bench/results/latest.json and the table in bench/README.md. See bench/README.md.
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error autocannon ships no type declarations; the shape used here is typed below.
import autocannonUntyped from 'autocannon';
import { buildIfMissing, prepareDatabase, privatePortalEnv, startPortal, type RunningPortal } from '../scripts/lib/portal.ts';
import { freePort, stop } from '../scripts/lib/processes.ts';

const settings = {
  page: '/en/',
  connections: 20,
  warmupSeconds: 2,
  durationSeconds: 10,
  publishSamples: 20,
  pollTimeoutMs: 10_000,
  requestTimeoutMs: 10_000,
};

interface Histogram {
  average: number;
  p99: number;
}
interface AutocannonResult {
  requests: Histogram;
  latency: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
}
interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  expectBody?: string;
}
const autocannon = autocannonUntyped as (options: AutocannonOptions) => Promise<AutocannonResult>;

const benchDir = import.meta.dirname;
const readmeFile = path.join(benchDir, 'README.md');
const resultsFile = path.join(benchDir, 'results', 'latest.json');
const markers = { start: '<!-- results:start -->', end: '<!-- results:end -->' };

class BenchError extends Error {}

// The baseline runs in its own process, like the site, so it does not share an event loop
// with the load generator.
if (process.argv[2] === 'serve-baseline') {
  serveBaseline(process.argv[3], process.argv[4]);
} else {
  await main();
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

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-'));
  let portal: RunningPortal | undefined;
  let baseline: ChildProcess | undefined;
  let cleaning: Promise<void> | undefined;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      if (baseline) await stop(baseline);
      if (portal) await portal.stop();
      fs.rmSync(tmp, { recursive: true, force: true });
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void cleanUp().then(() => process.exit(130)));
  }

  try {
    const env = privatePortalEnv(tmp, { email: 'bench@portal.invalid', password: randomBytes(18).toString('base64url') });
    // BENCH_PORT / BENCH_CMS_PORT pin the ports when a free one will not do (see bench/README.md).
    const port = Number(process.env.BENCH_PORT) || (await freePort());
    const cmsPort = Number(process.env.BENCH_CMS_PORT) || (await freePort());

    await buildIfMissing(env);
    console.log('Preparing a private database…');
    await prepareDatabase(env);
    console.log(`Starting the portal (site :${port}, CMS :${cmsPort})…`);
    portal = await startPortal({ port, cmsPort, host: '127.0.0.1', cmsHost: '127.0.0.1', env, inheritOutput: false });

    // (a) Throughput of a cached page against a plain server sending the same bytes.
    const pageUrl = new URL(settings.page, portal.siteUrl).href;
    const page = await warmCachedPage(pageUrl);
    const bodyFile = path.join(tmp, 'page.html');
    fs.writeFileSync(bodyFile, page.body);
    const started = await startBaseline(bodyFile, page.contentType);
    baseline = started.child;
    const baselineUrl = `http://127.0.0.1:${started.port}${settings.page}`;
    const expected = page.body.toString('utf8');
    const site = await measureThroughput('site', pageUrl, expected);
    await expectCacheHit(pageUrl);
    const plain = await measureThroughput('baseline', baselineUrl, expected);

    // (b) Publish-to-live latency.
    const samples = await measurePublishToLive(portal, env.ADMIN_EMAIL!, env.ADMIN_PASSWORD!);

    const results = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.version },
      throughput: {
        site: site,
        baseline: plain,
        ratio: round(site.rps / plain.rps, 3),
      },
      publishToLive: {
        samples: samples.length,
        p50Ms: round(percentile(samples, 50), 1),
        p95Ms: round(percentile(samples, 95), 1),
        maxMs: round(Math.max(...samples), 1),
      },
    };
    fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
    // Keep the entries other benchmarks wrote (bench/leads.ts adds `leads`).
    const existing = fs.existsSync(resultsFile) ? (JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as Record<string, unknown>) : {};
    fs.writeFileSync(resultsFile, `${JSON.stringify({ ...existing, ...results }, null, 2)}\n`);
    writeReadmeTable(results);
    console.log(`\n${resultsTable(results)}\n\nWrote ${path.relative(process.cwd(), resultsFile)} and the table in ${path.relative(process.cwd(), readmeFile)}.`);
  } catch (error) {
    const detail = error instanceof BenchError || !process.env.PORTAL_DEBUG ? (error as Error).message : (error as Error).stack;
    console.error(`\nBenchmark failed: ${detail}`);
    if (!process.env.PORTAL_DEBUG) console.error('Run with PORTAL_DEBUG=1 to see the servers\' error output.');
    process.exitCode = 1;
  } finally {
    await cleanUp();
  }
  // Keep-alive sockets of fetch would hold the process a few seconds longer.
  process.exit(process.exitCode ?? 0);
}

async function get(url: string, init: RequestInit = {}): Promise<Response> {
  return fetch(url, { ...init, signal: AbortSignal.timeout(settings.requestTimeoutMs) });
}

/** Requests the page until the route cache answers it, then returns the cached bytes. */
async function warmCachedPage(url: string): Promise<{ body: Buffer; contentType: string }> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const response = await get(url);
    const body = Buffer.from(await response.arrayBuffer());
    if (response.status !== 200) throw new BenchError(`${url} answered ${response.status}`);
    if (response.headers.get('x-astro-cache') === 'HIT') {
      return { body, contentType: response.headers.get('content-type') ?? 'text/html' };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new BenchError(`${url} never answered with x-astro-cache: HIT; the page is not served from the route cache`);
}

async function expectCacheHit(url: string): Promise<void> {
  const response = await get(url);
  await response.arrayBuffer();
  const state = response.headers.get('x-astro-cache');
  if (state !== 'HIT') throw new BenchError(`after the load test ${url} answered x-astro-cache: ${state}; the run did not measure the cache`);
}

function startBaseline(bodyFile: string, contentType: string): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(import.meta.filename, ['serve-baseline', bodyFile, contentType], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new BenchError('the baseline server did not start within 10 s'));
    }, 10_000);
    child.once('message', (message: { port?: number }) => {
      clearTimeout(timer);
      if (message.port) resolve({ child, port: message.port });
      else reject(new BenchError('the baseline server reported no port'));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new BenchError(`the baseline server exited (${code}) before it was ready`));
    });
  });
}

/**
 * A warm-up run that also checks every response is the expected page, then the measured run
 * (without body checks, which would cost the load generator time).
 */
async function measureThroughput(name: string, url: string, expectBody: string): Promise<{ rps: number; p99Ms: number }> {
  console.log(`Load test of the ${name}: ${settings.warmupSeconds} s warm-up, ${settings.durationSeconds} s measured, ${settings.connections} connections…`);
  const warmup = await autocannon({ url, connections: settings.connections, duration: settings.warmupSeconds, expectBody });
  assertClean(name, 'warm-up', warmup);
  const run = await autocannon({ url, connections: settings.connections, duration: settings.durationSeconds });
  assertClean(name, 'measured run', run);
  return { rps: Math.round(run.requests.average), p99Ms: run.latency.p99 };
}

function assertClean(name: string, phase: string, result: AutocannonResult): void {
  const problems = [
    result.errors && `${result.errors} errors`,
    result.timeouts && `${result.timeouts} timeouts`,
    result.non2xx && `${result.non2xx} non-2xx responses`,
    result.mismatches && `${result.mismatches} responses that differ from the cached page`,
  ].filter(Boolean);
  if (problems.length > 0) throw new BenchError(`${name} ${phase}: ${problems.join(', ')}`);
}

/**
 * Publishes a new English title for one news item, again and again, and times from the end of
 * each save until the public page shows it. The first round is a warm-up and not counted; it
 * also proves that the site reads this CMS and is told about its changes.
 */
async function measurePublishToLive(portal: RunningPortal, email: string, password: string): Promise<number[]> {
  const login = await get(`${portal.cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en' },
    body: JSON.stringify({ email, password }),
  });
  const { token } = (await login.json().catch(() => ({}))) as { token?: string };
  if (!login.ok || !token) throw new BenchError(`admin login at ${portal.cmsUrl} failed (${login.status})`);
  const auth = { authorization: `JWT ${token}`, 'accept-language': 'en' };

  const list = await get(`${portal.cmsUrl}/api/news?limit=1&locale=en`, { headers: { accept: 'application/json' } });
  const { docs } = (await list.json()) as { docs?: { id: number | string; slug: string }[] };
  const item = docs?.[0];
  if (!item) throw new BenchError('the CMS has no published news item to edit; the seed content should have created some');
  const pageUrl = `${portal.siteUrl}/en/news/${item.slug}`;
  console.log(`Publish-to-live: ${settings.publishSamples} publications of ${pageUrl}…`);

  const samples: number[] = [];
  for (let round = 0; round <= settings.publishSamples; round += 1) {
    const title = `Bench title ${round} ${randomBytes(4).toString('hex')}`;
    const save = await get(`${portal.cmsUrl}/api/news/${item.id}?locale=en`, {
      method: 'PATCH',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ title, _status: 'published' }),
    });
    if (!save.ok) throw new BenchError(`publishing news ${item.id} answered ${save.status}: ${(await save.text()).slice(0, 300)}`);
    await save.arrayBuffer();
    const savedAt = performance.now();
    const deadline = savedAt + settings.pollTimeoutMs;
    let live = false;
    while (!live && performance.now() < deadline) {
      const response = await get(pageUrl);
      live = response.status === 200 && (await response.text()).includes(title);
    }
    if (!live) {
      throw new BenchError(
        `${pageUrl} did not show the title published ${settings.pollTimeoutMs / 1000} s earlier at ${portal.cmsUrl}. ` +
          'Either the site reads another CMS than this one (CMS_URL) or the CMS cannot reach /api/revalidate (SITE_URL, REVALIDATE_SECRET).',
      );
    }
    if (round > 0) samples.push(performance.now() - savedAt);
  }
  return samples;
}

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

interface Results {
  date: string;
  machine: { cpus: number; node: string };
  throughput: { site: { rps: number; p99Ms: number }; baseline: { rps: number; p99Ms: number }; ratio: number };
  publishToLive: { samples: number; p50Ms: number; p95Ms: number; maxMs: number };
}

function resultsTable(r: Results): string {
  return [
    `Run of ${r.date.slice(0, 16).replace('T', ' ')} UTC, ${r.machine.cpus} CPUs, Node ${r.machine.node}.`,
    '',
    '| measure | site (cached `/en/`) | baseline (`node:http`, same bytes) |',
    '| --- | ---: | ---: |',
    `| requests/s (mean) | ${r.throughput.site.rps} | ${r.throughput.baseline.rps} |`,
    `| p99 latency | ${r.throughput.site.p99Ms} ms | ${r.throughput.baseline.p99Ms} ms |`,
    `| ratio site / baseline | ${r.throughput.ratio} | |`,
    '',
    '| publish-to-live | samples | p50 | p95 | max |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| save returned -> page shows the new title | ${r.publishToLive.samples} | ${r.publishToLive.p50Ms} ms | ${r.publishToLive.p95Ms} ms | ${r.publishToLive.maxMs} ms |`,
  ].join('\n');
}

function writeReadmeTable(results: Results): void {
  const text = fs.readFileSync(readmeFile, 'utf8');
  const start = text.indexOf(markers.start);
  const end = text.indexOf(markers.end);
  if (start < 0 || end < start) throw new BenchError(`${readmeFile} has no ${markers.start} … ${markers.end} block to fill`);
  const next = `${text.slice(0, start + markers.start.length)}\n${resultsTable(results)}\n${text.slice(end)}`;
  fs.writeFileSync(readmeFile, next);
}
