import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedContent } from '../../cms/src/seed/content';
import { makeUser, startTestCms, type TestCms } from '../helpers/payload';

// The CMS as it runs in production: its own job runner works off the queue (here every second
// instead of every five), and a real HTTP server stands in for the site's POST /api/revalidate.
// The receiver can be switched to answer 503 or to refuse connections altogether.
const secret = 'publishing-test-secret';
let mode: 'up' | 'unavailable' = 'up';
const received: string[][] = [];
let refused = 0;
const receiver = http.createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    if (mode === 'unavailable') {
      refused += 1;
      response.writeHead(503).end();
      return;
    }
    if (request.method === 'POST' && request.url === '/api/revalidate' && request.headers.authorization === `Bearer ${secret}`) {
      received.push((JSON.parse(body) as { tags: string[] }).tags);
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
});
let port = 0;

let cms: TestCms;
beforeAll(async () => {
  process.env.JOBS_AUTORUN_CRON = '* * * * * *';
  process.env.REVALIDATE_RETRY_DELAY_MS = '200';
  process.env.REVALIDATE_RETRY_MAX_DELAY_MS = '1000';
  cms = await startTestCms(undefined, { jobRunner: true });
  await seedContent(cms.payload, path.resolve(import.meta.dirname, '../../content'));
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  port = (receiver.address() as AddressInfo).port;
  process.env.SITE_URL = `http://127.0.0.1:${port}`;
  process.env.REVALIDATE_SECRET = secret;
}, 60_000);
afterAll(async () => {
  receiver.close();
  await cms?.close();
});
beforeEach(() => {
  mode = 'up';
  received.length = 0;
  refused = 0;
});

const until = async (condition: () => boolean | Promise<boolean>, timeoutMs = 15_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};
const receivedTags = (tags: string[]) => received.some((call) => tags.every((tag) => call.includes(tag)));

async function aNewsItem(status: 'draft' | 'published') {
  const created = await cms.payload.create({
    collection: 'news',
    locale: 'zh',
    data: {
      title: `定时发布 ${Math.random()}`,
      slug: `scheduled-${Date.now()}-${Math.round(Math.random() * 1e6)}`,
      publishedAt: new Date().toISOString(),
      _status: status,
    },
    overrideAccess: true,
    context: { skipRevalidate: true },
  });
  await cms.payload.update({
    collection: 'news',
    id: created.id,
    locale: 'en',
    data: { title: 'Scheduled news', summary: 'A scheduled news item.' },
    overrideAccess: true,
    context: { skipRevalidate: true },
    ...(status === 'draft' ? { draft: true } : {}),
  });
  return created;
}

describe('scheduled publishing runs in the CMS itself', () => {
  it('a publish scheduled by an editor (as the admin schedules it) happens on time and drops the cached pages', async () => {
    const editor = await makeUser(cms.payload, 'editor');
    const news = await aNewsItem('draft');
    const at = new Date(Date.now() + 1500);
    // What the admin's "Schedule publish" drawer does (@payloadcms/ui schedulePublishHandler).
    const job = await cms.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'news', value: news.id }, user: { relationTo: 'users', value: editor.id } },
      waitUntil: at,
    });
    // The built-in task goes to the queue our runner works off (payload.config.ts jobs.autoRun).
    expect(job.queue ?? 'default').toBe(
      cms.payload.config.jobs.autoRun && Array.isArray(cms.payload.config.jobs.autoRun)
        ? cms.payload.config.jobs.autoRun[0]!.queue
        : 'missing',
    );

    await until(() => receivedTags(['news', `news:${news.id}`]));
    const published = await cms.payload.findByID({ collection: 'news', id: news.id, locale: 'en', overrideAccess: true });
    expect(published._status).toBe('published');
    expect(published.title).toBe('Scheduled news');
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime());
  }, 30_000);

  it('a scheduled unpublish takes the document off the site and drops its pages', async () => {
    const news = await aNewsItem('published');
    await cms.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'unpublish', doc: { relationTo: 'news', value: news.id } },
      waitUntil: new Date(Date.now() + 1000),
    });
    await until(() => receivedTags(['news', `news:${news.id}`]));
    const publicRead = await cms.payload.find({ collection: 'news', where: { id: { equals: news.id } }, overrideAccess: false });
    expect(publicRead.totalDocs).toBe(0);
  }, 30_000);
});

describe('a site that does not answer never fails a save and gets its invalidation later', () => {
  it('answering 503: the save succeeds at once, the tags arrive once the site is back', async () => {
    const { docs } = await cms.payload.find({ collection: 'parks', limit: 1, depth: 0, where: { _status: { equals: 'published' } } });
    const park = docs[0]!;
    mode = 'unavailable';
    const started = Date.now();
    const saved = await cms.payload.update({
      collection: 'parks',
      id: park.id,
      locale: 'en',
      data: { summary: 'Changed while the site was down' },
      overrideAccess: true,
    });
    expect(saved.summary).toBe('Changed while the site was down');
    expect(Date.now() - started).toBeLessThan(2500);
    // Retried while the site still refuses: each job that fails queues the next attempt
    // (completed jobs are deleted; what waits in the queue is the next attempt).
    const nextAttempt = async () => {
      const { docs } = await cms.payload.find({
        collection: 'payload-jobs',
        where: { and: [{ taskSlug: { equals: 'revalidateSite' } }, { completedAt: { exists: false } }, { processing: { equals: false } }] },
        depth: 0,
      });
      return docs.map((job) => job.input as { attempt: number; tags: string[] });
    };
    await until(async () => refused >= 3 && (await nextAttempt()).some((input) => input.attempt >= 3));
    expect((await nextAttempt()).every((input) => input.tags.join() === `parks,parks:${park.id}`)).toBe(true);
    expect(received).toEqual([]);

    mode = 'up';
    await until(() => receivedTags(['parks', `parks:${park.id}`]));
  }, 30_000);

  it('refusing connections (site stopped): the same', async () => {
    const { docs } = await cms.payload.find({ collection: 'industries', limit: 1, depth: 0, where: { _status: { equals: 'published' } } });
    const industry = docs[0]!;
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
    const saved = await cms.payload.update({
      collection: 'industries',
      id: industry.id,
      locale: 'zh',
      data: { summary: '网站停机时修改' },
      overrideAccess: true,
    });
    expect(saved.summary).toBe('网站停机时修改');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(received).toEqual([]);
    await new Promise<void>((resolve) => receiver.listen(port, '127.0.0.1', resolve));
    await until(() => receivedTags(['industries', `industries:${industry.id}`]));
  }, 30_000);

  it('a global edit while the site is down reaches it too', async () => {
    mode = 'unavailable';
    await cms.payload.updateGlobal({ slug: 'site', locale: 'en', data: { tagline: 'Edited during an outage' }, overrideAccess: true });
    await until(() => refused >= 2);
    mode = 'up';
    await until(() => receivedTags(['global:site']));
  }, 30_000);
});
