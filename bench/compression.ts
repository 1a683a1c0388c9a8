// `npm run bench -- compression`: what compression saves on the wire and what it costs a cached
// page (bench/README.md, part 7). Bytes of `/zh/` and `/en/` as sent with brotli and gzip against
// the plain page; then `/en/` with `Accept-Encoding: br` from the route cache against a bare
// node:http server (its own process) sending the same brotli bytes with the same encoding, loaded
// by autocannon the same way, in the same run.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { stop } from '../scripts/lib/processes.ts';
import { assertClean, autocannon, BenchError, cpuMs, round, startBaselineProcess } from './lib/measure.ts';

const settings = { pages: ['/zh/', '/en/'], loadPage: '/en/', connections: 20, warmupSeconds: 2, durationSeconds: 10, checks: 50 };

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One GET as it comes over the wire (node:http does not decompress). */
function raw(url: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

/**
 * The page in each encoding from the route cache, every one a hit of the same stored render
 * (the decoded bytes must equal the plain ones), asked for until the cache holds it.
 */
async function cachedEncodings(url: string): Promise<{ plain: Buffer; br: Raw; gzip: Raw }> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const plain = await raw(url);
    const br = await raw(url, { 'accept-encoding': 'br' });
    const gzip = await raw(url, { 'accept-encoding': 'gzip' });
    if ([plain, br, gzip].some((response) => response.status !== 200))
      throw new BenchError(`${url} answered ${plain.status}/${br.status}/${gzip.status}`);
    const hits = [plain, br, gzip].every((response) => response.headers['x-astro-cache'] === 'HIT');
    if (hits && br.headers['content-encoding'] === 'br' && gzip.headers['content-encoding'] === 'gzip') {
      if (!zlib.brotliDecompressSync(br.body).equals(plain.body) || !zlib.gunzipSync(gzip.body).equals(plain.body))
        throw new BenchError(`${url}: the brotli or gzip bytes do not decode to the plain page`);
      return { plain: plain.body, br, gzip };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new BenchError(`${url} never answered from the route cache in brotli and gzip`);
}

/** Requests that must each get exactly `expected` (autocannon does not compare binary bodies). */
async function expectBytes(name: string, url: string, expected: Buffer): Promise<void> {
  for (let index = 0; index < settings.checks; index += 1) {
    const response = await raw(url, { 'accept-encoding': 'br' });
    if (response.status !== 200 || response.headers['content-encoding'] !== 'br' || !response.body.equals(expected))
      throw new BenchError(`${name} did not send the page's brotli bytes (status ${response.status})`);
  }
}

async function loadRun(name: string, url: string, expected: Buffer, pid: number) {
  console.log(
    `Load test of the ${name} (br): ${settings.warmupSeconds} s warm-up, ${settings.durationSeconds} s measured, ${settings.connections} connections…`,
  );
  const headers = { 'accept-encoding': 'br' };
  await expectBytes(name, url, expected);
  assertClean(`${name} warm-up`, await autocannon({ url, connections: settings.connections, duration: settings.warmupSeconds, headers }));
  const cpuBefore = cpuMs(pid);
  const run = await autocannon({ url, connections: settings.connections, duration: settings.durationSeconds, headers });
  const cpu = cpuMs(pid) - cpuBefore;
  assertClean(`${name} measured run`, run);
  await expectBytes(name, url, expected);
  return { rps: Math.round(run.requests.average), p99Ms: run.latency.p99, cpuUsPerRequest: round((cpu * 1000) / run.requests.total, 1) };
}

function startBaseline(bodyFile: string, headers: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  return startBaselineProcess(import.meta.filename, ['serve-compressed-baseline', bodyFile, JSON.stringify(headers)]);
}

/** Child mode: every request gets the same compressed bytes and headers; reports its port. */
function serveBaseline(bodyFile: string, headers: Record<string, string>): void {
  const body = fs.readFileSync(bodyFile);
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { ...headers, 'content-length': body.length });
    response.end(body);
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
  });
  process.on('disconnect', () => process.exit(0));
}

if (process.argv[2] === 'serve-compressed-baseline')
  serveBaseline(process.argv[3]!, JSON.parse(process.argv[4]!) as Record<string, string>);

/** The `compression` part: bytes on the wire per page, and compressed cached throughput against the baseline. */
export async function measureCompression(portal: { siteUrl: string; pids: { site: number } }, tmp: string) {
  const pages = [];
  for (const page of settings.pages) {
    const { plain, br, gzip } = await cachedEncodings(new URL(page, portal.siteUrl).href);
    pages.push({
      page,
      rawBytes: plain.length,
      brBytes: br.body.length,
      gzipBytes: gzip.body.length,
      brRatio: round(br.body.length / plain.length, 3),
      gzipRatio: round(gzip.body.length / plain.length, 3),
    });
    console.log(
      `  ${page}: ${plain.length} bytes, br ${br.body.length} (${round((100 * br.body.length) / plain.length, 1)} %), gzip ${gzip.body.length}`,
    );
  }

  const pageUrl = new URL(settings.loadPage, portal.siteUrl).href;
  const { br } = await cachedEncodings(pageUrl);
  const bodyFile = path.join(tmp, 'page.html.br');
  fs.writeFileSync(bodyFile, br.body);
  // The baseline sends what the site sends with the page, less what only the site computes.
  const same = ['content-type', 'content-encoding', 'vary', 'etag', 'cache-control', 'content-security-policy', 'x-frame-options'];
  const headers = Object.fromEntries(
    same.filter((name) => typeof br.headers[name] === 'string').map((name) => [name, br.headers[name] as string]),
  );
  const baseline = await startBaseline(bodyFile, headers);
  try {
    const baselineUrl = `http://127.0.0.1:${baseline.port}${settings.loadPage}`;
    // Site, baseline, site, baseline, averaged: a neighbour's burst weighs on both sides.
    const site1 = await loadRun('site', pageUrl, br.body, portal.pids.site);
    const plain1 = await loadRun('baseline', baselineUrl, br.body, baseline.child.pid!);
    const site2 = await loadRun('site', pageUrl, br.body, portal.pids.site);
    const plain2 = await loadRun('baseline', baselineUrl, br.body, baseline.child.pid!);
    type Run = Awaited<ReturnType<typeof loadRun>>;
    const mean = (a: Run, b: Run) => ({
      rps: Math.round((a.rps + b.rps) / 2),
      p99Ms: Math.max(a.p99Ms, b.p99Ms),
      cpuUsPerRequest: round((a.cpuUsPerRequest + b.cpuUsPerRequest) / 2, 1),
      runs: [a, b],
    });
    const site = mean(site1, site2);
    const plain = mean(plain1, plain2);
    return {
      pages,
      throughput: {
        page: settings.loadPage,
        encoding: 'br',
        bytes: br.body.length,
        connections: settings.connections,
        durationSeconds: settings.durationSeconds,
        site,
        baseline: plain,
        ratio: round(site.rps / plain.rps, 3),
        cpuRatio: round(plain.cpuUsPerRequest / site.cpuUsPerRequest, 3),
      },
    };
  } finally {
    await stop(baseline.child);
  }
}
