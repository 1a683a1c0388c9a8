import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedContent } from '../../cms/src/seed/content';
import { startTestCms, type TestCms } from '../helpers/payload';

// Several targets (REVALIDATE_TARGETS): real HTTP servers stand in for two site instances and the
// shared cache (answering as Varnish does, `{"purged": n}`), each recording what the CMS sends it
// and in which order. The CMS runs its own job runner (every
// second) as in production. One target can be made to answer 503 or to refuse connections.
const secret = 'revalidation-targets-secret';

interface Target {
  name: string;
  server: http.Server;
  port: number;
  url: string;
  mode: 'up' | 'unavailable' | 'hanging';
  received: { tags: string[]; purge?: string; authorization?: string; at: number; order: number }[];
  refused: number;
}

/** Receipts across all targets, numbered in the order they arrived. */
let receipts = 0;

function makeTarget(name: string, answer = '{"invalidated":[]}'): Target {
  const target: Target = { name, server: http.createServer(), port: 0, url: '', mode: 'up', received: [], refused: 0 };
  target.server.on('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      // Takes the call and never answers: the CMS gives up after two seconds.
      if (target.mode === 'hanging') return;
      if (target.mode === 'unavailable') {
        target.refused += 1;
        response.writeHead(503).end();
        return;
      }
      if (request.method === 'POST' && request.url === '/api/revalidate') {
        target.received.push({
          tags: (JSON.parse(body) as { tags: string[] }).tags,
          purge: request.headers['xkey-purge'] as string | undefined,
          authorization: request.headers.authorization,
          at: Date.now(),
          order: ++receipts,
        });
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(answer);
    });
  });
  return target;
}

const listen = (target: Target, port = 0) =>
  new Promise<void>((resolve) =>
    target.server.listen(port, '127.0.0.1', () => {
      target.port = (target.server.address() as AddressInfo).port;
      target.url = `http://127.0.0.1:${target.port}`;
      resolve();
    }),
  );

const siteA = makeTarget('site A');
const siteB = makeTarget('site B');
const varnish = makeTarget('varnish', '{"purged":1}');
const all = [siteA, siteB, varnish];

let cms: TestCms;
beforeAll(async () => {
  process.env.JOBS_AUTORUN_CRON = '* * * * * *';
  process.env.REVALIDATE_RETRY_DELAY_MS = '200';
  process.env.REVALIDATE_RETRY_MAX_DELAY_MS = '1000';
  cms = await startTestCms(undefined, { jobRunner: true });
  await seedContent(cms.payload, path.resolve(import.meta.dirname, '../../content'));
  for (const target of all) await listen(target);
  // REVALIDATE_TARGETS wins over SITE_URL, which then names no one that is told.
  process.env.SITE_URL = 'http://127.0.0.1:9';
  process.env.REVALIDATE_TARGETS = all.map((target) => target.url).join(',');
  process.env.REVALIDATE_SECRET = secret;
}, 60_000);
afterAll(async () => {
  delete process.env.REVALIDATE_TARGETS;
  for (const target of all) target.server.close();
  await cms?.close();
});
beforeEach(() => {
  for (const target of all) {
    target.mode = 'up';
    target.received.length = 0;
    target.refused = 0;
  }
});

const until = async (condition: () => boolean | Promise<boolean>, timeoutMs = 15_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

async function aPublishedDocument(collection: 'parks' | 'news' | 'industries') {
  const { docs } = await cms.payload.find({ collection, limit: 1, depth: 0, where: { _status: { equals: 'published' } } });
  return docs[0]!;
}

/** The retries waiting in the queue, with the target each is for. */
async function waitingRetries() {
  const { docs } = await cms.payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'revalidateSite' } }, { completedAt: { exists: false } }] },
    depth: 0,
    limit: 100,
  });
  return docs.map((job) => job.input as { attempt: number; tags: string[]; target?: string });
}

describe('the CMS tells every target', () => {
  it('each change reaches every site instance once and the shared cache again after them, with the secret and the tags in the body and in xkey-purge', async () => {
    const park = await aPublishedDocument('parks');
    await cms.payload.update({ collection: 'parks', id: park.id, locale: 'en', data: { summary: 'Told to all' }, overrideAccess: true });
    const expected = ['parks', `parks:${park.id}`];
    // Sent before the save returns: no waiting. The shared cache is told with the instances and
    // once more after both answered, so that no old copy it fetched from one in between stays.
    for (const target of [siteA, siteB])
      expect(
        target.received.map((call) => call.tags),
        target.name,
      ).toEqual([expected]);
    expect(varnish.received.map((call) => call.tags)).toEqual([expected, expected]);
    expect(varnish.received[1]!.order).toBeGreaterThan(Math.max(siteA.received[0]!.order, siteB.received[0]!.order));
    for (const target of all) {
      expect(target.received[0]!.purge, target.name).toBe(expected.join(' '));
      expect(target.received[0]!.authorization, target.name).toBe(`Bearer ${secret}`);
    }
    // Nothing is retried when everyone took it.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(all.map((target) => target.received.length)).toEqual([1, 1, 2]);
    expect(await waitingRetries()).toEqual([]);
  }, 30_000);

  it('one target answering 503: the others get the tags at once and only once; that target alone is retried until it takes them', async () => {
    const park = await aPublishedDocument('parks');
    siteB.mode = 'unavailable';
    const started = Date.now();
    await cms.payload.update({ collection: 'parks', id: park.id, locale: 'zh', data: { summary: '一台停机' }, overrideAccess: true });
    expect(Date.now() - started).toBeLessThan(2500);
    const expected = ['parks', `parks:${park.id}`];
    expect(siteA.received.map((call) => call.tags)).toEqual([expected]);
    expect(varnish.received.map((call) => call.tags)).toEqual([expected, expected]);

    await until(async () => siteB.refused >= 3 && (await waitingRetries()).some((input) => input.attempt >= 3));
    // Every waiting retry is for the target that is down, with the change's tags.
    const retries = await waitingRetries();
    expect(retries.length).toBeGreaterThan(0);
    expect(retries.every((input) => input.target === siteB.url && input.tags.join() === expected.join())).toBe(true);
    // The retries go to the target that is down only.
    expect(siteA.received).toHaveLength(1);
    expect(varnish.received).toHaveLength(2);

    siteB.mode = 'up';
    await until(() => siteB.received.some((call) => call.tags.join() === expected.join()));
    await until(async () => (await waitingRetries()).length === 0);
    // The instance told late may have served the old page to the shared cache meanwhile: the
    // others are told once more, after it.
    await until(() => varnish.received.length === 3);
    expect(varnish.received[2]!.order).toBeGreaterThan(siteB.received[0]!.order);
    expect(siteA.received).toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(all.map((target) => target.received.length)).toEqual([2, 1, 3]);
  }, 40_000);

  it('one target refusing connections (stopped) does not delay the others, and gets the tags once it is back', async () => {
    const industry = await aPublishedDocument('industries');
    await new Promise<void>((resolve) => varnish.server.close(() => resolve()));
    const started = Date.now();
    await cms.payload.update({
      collection: 'industries',
      id: industry.id,
      locale: 'zh',
      data: { summary: '缓存停机' },
      overrideAccess: true,
    });
    const expected = ['industries', `industries:${industry.id}`];
    // Both instances had it before the save returned, and the save did not wait for the cache.
    expect(Date.now() - started).toBeLessThan(2500);
    for (const target of [siteA, siteB])
      expect(
        target.received.map((call) => call.tags),
        target.name,
      ).toEqual([expected]);
    await until(async () => (await waitingRetries()).some((input) => input.target === varnish.url && input.attempt >= 2));
    await listen(varnish, varnish.port);
    await until(() => varnish.received.some((call) => call.tags.join() === expected.join()));
    for (const target of [siteA, siteB]) expect(target.received, target.name).toHaveLength(1);
  }, 40_000);

  it('one target that never answers: the others are told at once, not after its two-second timeout', async () => {
    const news = await aPublishedDocument('news');
    siteA.mode = 'hanging';
    const started = Date.now();
    await cms.payload.update({
      collection: 'news',
      id: news.id,
      locale: 'en',
      data: { summary: 'Told side by side' },
      overrideAccess: true,
    });
    const expected = ['news', `news:${news.id}`];
    expect(siteB.received.map((call) => call.tags)).toEqual([expected]);
    // The cache: at once, and again when siteA's call had given up.
    expect(varnish.received.map((call) => call.tags)).toEqual([expected, expected]);
    for (const target of [siteB, varnish]) expect(target.received[0]!.at - started, target.name).toBeLessThan(1000);
    siteA.mode = 'up';
    await until(() => siteA.received.some((call) => call.tags.join() === expected.join()));
    // The shared cache was told again once siteA's two seconds were up, and both others once
    // more after siteA's retry reached it.
    await until(() => varnish.received.length === 3 && siteB.received.length === 2);
    expect(varnish.received[2]!.order).toBeGreaterThan(siteA.received[0]!.order);
  }, 40_000);

  it('a retry queued before targets were a list (no target) goes to every target', async () => {
    await cms.payload.jobs.queue({ task: 'revalidateSite', input: { tags: ['global:site'], attempt: 1 } });
    await until(() => all.every((target) => target.received.some((call) => call.tags.join() === 'global:site')));
  }, 30_000);
});
