import type { ChildProcess } from 'node:child_process';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { stop } from '../../scripts/lib/processes.ts';
import { cmsUrl, countTagged, inquiryFormFields, newTag } from '../helpers/e2e.ts';
import { TestRedisServer } from '../helpers/redis.ts';
import { startSiteProcess } from '../helpers/siteProcess.ts';

/** One built site instance on the shared CMS, its output kept for the log lines. */
interface Instance {
  url: string;
  process: ChildProcess;
  output: string;
}

// Two site instances on one Redis, as behind a balancer, with low limits: two inquiries and two
// lookups per client in all, not per instance.
let redis: TestRedisServer;
let instances: [Instance, Instance];

async function startInstance(): Promise<Instance> {
  const started = await startSiteProcess(
    { CMS_URL: cmsUrl(), SITE_API_KEY: process.env.E2E_SITE_API_KEY, REDIS_URL: redis.url, INQUIRY_RATE_LIMIT: '2', TRACK_RATE_LIMIT: '2' },
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const instance: Instance = { ...started, output: '' };
  started.process.stdout!.on('data', (chunk) => (instance.output += chunk));
  started.process.stderr!.on('data', (chunk) => (instance.output += chunk));
  return instance;
}

test.beforeAll(async () => {
  redis = await TestRedisServer.start();
  instances = [await startInstance(), await startInstance()];
});
test.afterAll(async () => {
  await Promise.all((instances ?? []).map((instance) => stop(instance.process)));
  await redis?.stop();
});

test.describe.configure({ mode: 'serial' });

function sendInquiry(request: APIRequestContext, instance: Instance, company: string, lang: 'zh' | 'en' = 'en') {
  return request.post(`${instance.url}/${lang}/contact?_action=sendInquiry`, {
    headers: { origin: instance.url },
    form: inquiryFormFields(lang, { company }),
  });
}

function lookUp(request: APIRequestContext, instance: Instance) {
  return request.post(`${instance.url}/en/track?_action=trackInquiry`, {
    headers: { origin: instance.url },
    form: { reference: 'XT-2026-999999', email: 'guess@example.com' },
  });
}

const lines = (instance: Instance, text: string) => instance.output.split('\n').filter((line) => line.includes(text)).length;

test('the inquiry limit is counted once across both instances, in both languages', async ({ request }) => {
  const [a, b] = instances;
  const tag = newTag('shared');
  expect((await sendInquiry(request, a, `Shared ${tag}`)).status()).toBe(200);
  expect((await sendInquiry(request, b, `Shared ${tag}`)).status()).toBe(200);
  const refusedByA = await sendInquiry(request, a, `Shared ${tag}`);
  expect(refusedByA.status()).toBe(429);
  expect(await refusedByA.text()).toContain('Too many submissions');
  const refusedByB = await sendInquiry(request, b, `Shared ${tag}`, 'zh');
  expect(refusedByB.status()).toBe(429);
  expect(await refusedByB.text()).toContain('提交次数过多');
  expect(await countTagged(request, tag)).toBe(2);
});

test('tracking lookups are counted once across both instances', async ({ request }) => {
  const [a, b] = instances;
  expect((await lookUp(request, a)).status()).toBe(200);
  expect((await lookUp(request, b)).status()).toBe(200);
  expect((await lookUp(request, a)).status()).toBe(429);
  expect((await lookUp(request, b)).status()).toBe(429);
});

test('with Redis down, inquiries are accepted and stored, and each instance logs the outage once', async ({ request }) => {
  await redis.kill();
  const tag = newTag('outage');
  for (const instance of instances) {
    for (let i = 0; i < 3; i += 1) {
      const started = Date.now();
      expect((await sendInquiry(request, instance, `Outage ${tag}`)).status()).toBe(200);
      // The CMS stores the inquiry; Redis adds at most its bounded timeouts.
      expect(Date.now() - started).toBeLessThan(5000);
    }
  }
  expect(await countTagged(request, tag)).toBe(6);
  for (const instance of instances) {
    expect(lines(instance, 'is unreachable')).toBe(1);
    expect(instance.output).toContain(`Rate limits: Redis at 127.0.0.1:${redis.port} is unreachable`);
  }
});

test('when Redis returns, both instances limit again with one count', async ({ request }) => {
  await redis.start();
  await expect.poll(() => instances.map((instance) => lines(instance, 'answers again')), { timeout: 10_000 }).toEqual([1, 1]);
  const [a, b] = instances;
  const tag = newTag('resumed');
  expect((await sendInquiry(request, b, `Resumed ${tag}`)).status()).toBe(200);
  expect((await sendInquiry(request, a, `Resumed ${tag}`)).status()).toBe(200);
  expect((await sendInquiry(request, b, `Resumed ${tag}`)).status()).toBe(429);
  expect(await countTagged(request, tag)).toBe(2);
});
