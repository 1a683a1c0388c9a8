// The scale-out section of `npm run bench` (`npm run bench -- scaleout`): one private portal with
// two site instances behind Debian's Varnish (deploy/varnish, as docs/operations.md "More than one
// server" sets it up and tests/e2e/scale-out.spec.ts tests it), measured in one run: a cached
// page through Varnish against a bare node:http server sending the same bytes (and against an
// instance's own route cache); publish-to-live at Varnish and at each instance; and what a
// `kill -9` of one instance under load costs the clients. See bench/README.md.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  buildIfMissing,
  prepareDatabase,
  privatePortalEnv,
  startPortal,
  startSiteInstance,
  type RunningPortal,
  type SiteInstance,
} from '../scripts/lib/portal.ts';
import { freePort, stop } from '../scripts/lib/processes.ts';
import { startVarnish, varnishd, type RunningVarnish } from '../scripts/lib/varnish.ts';
import { tallyLostRequests, type LoadEvent } from './lib/lostRequests.ts';
import { assertClean, autocannon, BenchError, cpuMs, get, round, startBaselineProcess } from './lib/measure.ts';
import { measurePublishToLive } from './publishing.ts';

const settings = {
  page: '/en/',
  connections: 20,
  warmupSeconds: 2,
  durationSeconds: 10,
  publishes: Number(process.env.BENCH_PUBLISHES) || 50,
  kill: {
    connections: 16,
    seconds: 12,
    killAfterSeconds: 4,
    /** How long after the kill counts as "while the probes have not noticed" (2 of 3 probes, 1 s apart). */
    windowMs: 3000,
    purgeEveryMs: 200,
    // Pages an instance renders for every request (Varnish passes contact and search), cached
    // pages, and the pages the purges below keep sending back to the instances.
    paths: ['/zh/contact', '/en/contact', '/en/search?q=park', '/zh/news', '/en/parks', '/zh/', '/en/industries'],
  },
};

/** CPU time of a process and its children (varnishd's manager and its cache worker), in ms. */
function treeCpuMs(pid: number): number {
  const children = fs
    .readdirSync(`/proc/${pid}/task`)
    .flatMap((task) => fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
  return cpuMs(pid) + children.reduce((sum, child) => sum + treeCpuMs(child), 0);
}

interface LoadRun {
  rps: number;
  p99Ms: number;
  cpuUsPerRequest: number;
}

async function loadRun(name: string, url: string, expectBody: string, cpu: () => number): Promise<LoadRun> {
  console.log(
    `Load test of ${name}: ${settings.warmupSeconds} s warm-up, ${settings.durationSeconds} s measured, ${settings.connections} connections…`,
  );
  assertClean(
    `${name} warm-up`,
    await autocannon({ url, connections: settings.connections, duration: settings.warmupSeconds, expectBody }),
  );
  const before = cpu();
  const run = await autocannon({ url, connections: settings.connections, duration: settings.durationSeconds });
  const spent = cpu() - before;
  assertClean(`${name} measured run`, run);
  console.log(
    `  ${Math.round(run.requests.average)} requests/s, p99 ${run.latency.p99} ms, ${round((spent * 1000) / run.requests.total, 1)} µs CPU each`,
  );
  return { rps: Math.round(run.requests.average), p99Ms: run.latency.p99, cpuUsPerRequest: round((spent * 1000) / run.requests.total, 1) };
}

/** The page as Varnish keeps it without an encoding, once it answers from its cache. */
async function cachedAtVarnish(url: string): Promise<{ body: Buffer; contentType: string }> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const response = await get(url, { headers: { 'accept-encoding': 'identity' } });
    const body = Buffer.from(await response.arrayBuffer());
    if (response.status !== 200) throw new BenchError(`${url} answered ${response.status}`);
    if (response.headers.get('content-encoding')) throw new BenchError(`${url} was sent encoded although no encoding was accepted`);
    if (response.headers.get('x-cache') === 'hit') return { body, contentType: response.headers.get('content-type') ?? 'text/html' };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new BenchError(`${url} never answered X-Cache: hit; Varnish does not keep the page`);
}

/** After a load run: the page (without an encoding, as autocannon asked) must still be the cached copy. */
async function expectState(url: string, header: string, value: string): Promise<void> {
  const response = await get(url, { headers: { 'accept-encoding': 'identity' } });
  await response.arrayBuffer();
  if (response.headers.get(header) !== value)
    throw new BenchError(
      `after the load test ${url} answered ${header}: ${response.headers.get(header)}; the run did not measure the cache`,
    );
}

/**
 * Varnish, the bare baseline and one instance's route cache, each loaded the same way (20
 * connections, 2 s warm-up in which every answer must be the page byte for byte, 10 s measured),
 * in turn, twice; the two runs of each are averaged.
 */
async function measureThroughput(varnish: RunningVarnish, instance: { url: string; pid: number }, dir: string) {
  const varnishUrl = `${varnish.url}${settings.page}`;
  const page = await cachedAtVarnish(varnishUrl);
  const bodyFile = path.join(dir, 'page.html');
  fs.writeFileSync(bodyFile, page.body);
  // bench/run.ts's plain baseline (`serve-baseline`): one writeHead and one end per request.
  const baseline = await startBaselineProcess(path.join(import.meta.dirname, 'run.ts'), ['serve-baseline', bodyFile, page.contentType]);
  try {
    const expected = page.body.toString('utf8');
    const targets = {
      varnish: () => loadRun('Varnish', varnishUrl, expected, () => treeCpuMs(varnish.pid)),
      baseline: () =>
        loadRun('the baseline', `http://127.0.0.1:${baseline.port}${settings.page}`, expected, () => cpuMs(baseline.child.pid!)),
      instance: () => loadRun('one instance (its route cache)', `${instance.url}${settings.page}`, expected, () => cpuMs(instance.pid)),
    };
    const runs: Record<keyof typeof targets, LoadRun[]> = { varnish: [], baseline: [], instance: [] };
    for (let round = 0; round < 2; round += 1) {
      for (const name of ['varnish', 'baseline', 'instance'] as const) runs[name].push(await targets[name]());
    }
    await expectState(varnishUrl, 'x-cache', 'hit');
    await expectState(`${instance.url}${settings.page}`, 'x-astro-cache', 'HIT');
    const mean = ([a, b]: LoadRun[]) => ({
      rps: Math.round((a!.rps + b!.rps) / 2),
      p99Ms: Math.max(a!.p99Ms, b!.p99Ms),
      cpuUsPerRequest: round((a!.cpuUsPerRequest + b!.cpuUsPerRequest) / 2, 1),
      runs: [a!, b!],
    });
    const [varnishMean, baselineMean, instanceMean] = [mean(runs.varnish), mean(runs.baseline), mean(runs.instance)];
    return {
      page: settings.page,
      bytes: page.body.length,
      connections: settings.connections,
      durationSeconds: settings.durationSeconds,
      varnish: varnishMean,
      baseline: baselineMean,
      instance: instanceMean,
      ratio: round(varnishMean.rps / baselineMean.rps, 3),
      cpuRatio: round(baselineMean.cpuUsPerRequest / varnishMean.cpuUsPerRequest, 3),
      instanceRatio: round(instanceMean.rps / baselineMean.rps, 3),
      instanceCpuRatio: round(baselineMean.cpuUsPerRequest / instanceMean.cpuUsPerRequest, 3),
    };
  } finally {
    await stop(baseline.child);
  }
}

/**
 * Clients load Varnish with a mix of pages while the cached ones are purged every 200 ms (so
 * the instances keep rendering); after 4 s one instance gets SIGKILL. Every request's end is
 * recorded: lost are those with no answer or a 5xx (bench/lib/lostRequests.ts).
 */
async function measureKill(varnish: RunningVarnish, victim: SiteInstance, secret: string) {
  const { kill } = settings;
  const events: LoadEvent[] = [];
  let next = 0;
  const started = performance.now();
  const load = autocannon({
    url: varnish.url,
    connections: kill.connections,
    duration: kill.seconds,
    timeout: 10,
    requests: [{ setupRequest: (request) => ({ ...request, path: kill.paths[next++ % kill.paths.length]! }) }],
  }) as ReturnType<typeof autocannon> & { on(event: string, listener: (...args: unknown[]) => void): void };
  load.on('response', (_client, status, _bytes, ms) =>
    events.push({ at: performance.now() - started, status: Number(status), ms: Number(ms) }),
  );
  load.on('reqError', () => events.push({ at: performance.now() - started }));
  let running = true;
  const purges = { sent: 0, refused: 0 };
  const purging = (async () => {
    while (running) {
      const response = await get(`${varnish.url}/api/revalidate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secret}`, 'xkey-purge': 'parks news global:site' },
      });
      await response.arrayBuffer();
      purges.sent += 1;
      if (response.status !== 200) purges.refused += 1;
      await new Promise((resolve) => setTimeout(resolve, kill.purgeEveryMs));
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, kill.killAfterSeconds * 1000));
  const killAt = performance.now() - started;
  victim.child.kill('SIGKILL');
  console.log(`  kill -9 of instance 2 (pid ${victim.child.pid}) ${round(killAt / 1000, 1)} s into the load…`);
  const result = await load;
  running = false;
  await purging;
  if (purges.refused) throw new BenchError(`${purges.refused} of ${purges.sent} purges were refused; the run did not purge`);
  const tally = tallyLostRequests(events, killAt, kill.windowMs);
  console.log(
    `  ${tally.requests} requests, ${tally.lost} lost (${JSON.stringify(tally.byStatus)}); in the ${kill.windowMs / 1000} s after the kill ${tally.afterKill.answered} answered, max ${tally.afterKill.maxMs} ms`,
  );
  return {
    connections: kill.connections,
    seconds: kill.seconds,
    killAfterSeconds: round(killAt / 1000, 2),
    windowMs: kill.windowMs,
    paths: kill.paths,
    purges: purges.sent,
    ...tally,
    autocannon: { requests: result.requests.total, errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx },
  };
}

/**
 * One of the three measurements: a failure is recorded under its name (and the run exits
 * non-zero) while the others are still measured on the same portal.
 */
async function part<T>(name: string, measure: () => Promise<T>): Promise<T | { failed: string }> {
  try {
    return await measure();
  } catch (error) {
    console.error(`  ${name} failed: ${(error as Error).message}`);
    process.exitCode = 1;
    return { failed: (error as Error).message };
  }
}

export async function measureScaleOut() {
  if (!fs.existsSync(varnishd)) throw new BenchError('varnishd is not installed (Debian: apt-get install varnish varnish-modules)');
  // Under the system's temporary directory, readable by Varnish's worker (another user when run as root).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-scaleout-'));
  fs.chmodSync(dir, 0o755);
  let portal: RunningPortal | undefined;
  let second: SiteInstance | undefined;
  let varnish: RunningVarnish | undefined;
  try {
    const ports = { cms: await freePort(), site1: await freePort(), site2: await freePort(), varnish: await freePort() };
    const instances = [`http://127.0.0.1:${ports.site1}`, `http://127.0.0.1:${ports.site2}`];
    const admin = { email: 'bench@portal.invalid', password: randomBytes(18).toString('base64url') };
    fs.mkdirSync(path.join(dir, 'data'));
    // As docs/operations.md sets up more than one server: tags in xkey, Varnish says who the
    // client is, and the CMS invalidates both instances and Varnish.
    const env = privatePortalEnv(path.join(dir, 'data'), admin, {
      CACHE_TAG_HEADER: 'true',
      TRUST_PROXY: 'true',
      REVALIDATE_TARGETS: [...instances, `http://127.0.0.1:${ports.varnish}`].join(','),
    });
    await buildIfMissing(env);
    console.log('Preparing a private database…');
    await prepareDatabase(env);
    console.log(`Starting the CMS (:${ports.cms}), two site instances (:${ports.site1}, :${ports.site2}) and Varnish (:${ports.varnish})…`);
    portal = await startPortal({
      port: ports.site1,
      cmsPort: ports.cms,
      host: '127.0.0.1',
      cmsHost: '127.0.0.1',
      env,
      inheritOutput: false,
    });
    second = await startSiteInstance({ port: ports.site2, host: '127.0.0.1', cmsPort: ports.cms, env });
    varnish = await startVarnish({
      dir,
      port: ports.varnish,
      backends: instances.map((url) => url.slice('http://'.length)),
      secret: env.REVALIDATE_SECRET!,
    });

    const throughput = await part('throughput', () => measureThroughput(varnish!, { url: portal!.siteUrl, pid: portal!.pids.site }, dir));
    if (!('failed' in throughput))
      console.log(
        `  Varnish ${throughput.varnish.rps}/s, baseline ${throughput.baseline.rps}/s (ratio ${throughput.ratio}, CPU ${throughput.cpuRatio}); one instance ${throughput.instance.rps}/s`,
      );

    const publish = await part('publish-to-live', () =>
      measurePublishToLive(portal!, {
        publishes: settings.publishes,
        admin,
        sites: [
          { name: 'varnish', url: varnish!.url },
          { name: 'instance 1', url: instances[0]! },
          { name: 'instance 2', url: instances[1]! },
        ],
      }),
    );
    if (!('failed' in publish))
      for (const [name, latency] of Object.entries(publish.sites))
        console.log(`  publish-to-live at ${name}: p50 ${latency.p50} ms, p95 ${latency.p95} ms, max ${latency.max} ms`);

    const kill = await part('kill -9', () => measureKill(varnish!, second!, env.REVALIDATE_SECRET!));
    return { instances: 2, throughput, publish: { goalP95Ms: 200, ...publish }, kill: { goalLost: 0, ...kill } };
  } finally {
    await varnish?.stop();
    await second?.stop();
    await portal?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
