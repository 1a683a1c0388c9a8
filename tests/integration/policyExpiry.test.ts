import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLocalReq } from 'payload';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sweepPolicyStatus } from '../../cms/src/jobs/policyStatusChange';
import { chinaDate } from '#common/chinaTime.ts';
import { policyStatusChanges } from '#common/policyStatus.ts';
import { startTestCms, type TestCms } from '../helpers/payload';

// Policies change status at midnight in China without anyone saving them; the CMS queues a job
// for that instant which drops the cached pages. The tests do not wait for midnight: they make
// a queued job due (as if the clock had reached its time) and run the queue as the CMS's runner
// does. A real HTTP server stands in for the site's POST /api/revalidate.
const received: string[][] = [];
const receiver = http.createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    if (request.url === '/api/revalidate') received.push((JSON.parse(body) as { tags: string[] }).tags);
    response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
});

let cms: TestCms;
beforeAll(async () => {
  cms = await startTestCms();
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  process.env.SITE_URL = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  process.env.REVALIDATE_SECRET = 'policy-expiry-secret';
}, 60_000);
afterAll(async () => {
  receiver.close();
  await cms?.close();
});
beforeEach(() => {
  received.length = 0;
});

const day = (offset: number) => chinaDate(new Date(Date.now() + offset * 86_400_000));
// Noon in China on that day, as the admin's day picker stores a date.
const noon = (date: string) => new Date(`${date}T12:00:00+08:00`).toISOString();

async function pendingJobs(policy: number | string) {
  const { docs } = await cms.payload.find({
    collection: 'payload-jobs',
    where: { and: [{ concurrencyKey: { equals: `policy-status:${policy}` } }, { completedAt: { exists: false } }] },
    depth: 0,
    overrideAccess: true,
  });
  return docs;
}

async function aPolicy(dates: { effectiveFrom?: string; expiresOn?: string }, status: 'draft' | 'published' = 'published') {
  return cms.payload.create({
    collection: 'policies',
    locale: 'zh',
    data: {
      title: '测试政策',
      slug: `policy-${Date.now()}-${Math.round(Math.random() * 1e6)}`,
      type: 'incentive',
      ...dates,
      _status: status,
    },
    overrideAccess: true,
  });
}

describe('a policy expires by itself and its cached pages follow', () => {
  it('saving a policy in force queues one job at the midnight (China) after its expiry day', async () => {
    const policy = await aPolicy({ effectiveFrom: noon('2020-01-01'), expiresOn: noon(day(0)) });
    const jobs = await pendingJobs(policy.id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ taskSlug: 'policyStatusChange', input: { policy: String(policy.id) } });
    expect(new Date(jobs[0]!.waitUntil!).toISOString()).toBe(new Date(`${day(1)}T00:00:00+08:00`).toISOString());
  });

  it('an upcoming policy gets its job at the start of its effective day', async () => {
    const policy = await aPolicy({ effectiveFrom: noon(day(3)), expiresOn: noon(day(30)) });
    const jobs = await pendingJobs(policy.id);
    expect(jobs.map((job) => new Date(job.waitUntil!).toISOString())).toEqual([new Date(`${day(3)}T00:00:00+08:00`).toISOString()]);
  });

  it('changing the dates replaces the job; a draft or an unpublished policy does not move it', async () => {
    const policy = await aPolicy({ effectiveFrom: noon('2020-01-01'), expiresOn: noon(day(2)) });
    await cms.payload.update({ collection: 'policies', id: policy.id, data: { expiresOn: noon(day(10)) }, overrideAccess: true });
    let jobs = await pendingJobs(policy.id);
    expect(jobs.map((job) => new Date(job.waitUntil!).toISOString())).toEqual([new Date(`${day(11)}T00:00:00+08:00`).toISOString()]);

    // A draft with other dates is not public: the job stays at the published expiry.
    await cms.payload.update({
      collection: 'policies',
      id: policy.id,
      data: { expiresOn: noon(day(20)) },
      draft: true,
      overrideAccess: true,
    });
    jobs = await pendingJobs(policy.id);
    expect(jobs.map((job) => new Date(job.waitUntil!).toISOString())).toEqual([new Date(`${day(11)}T00:00:00+08:00`).toISOString()]);

    const draftOnly = await aPolicy({ effectiveFrom: noon('2020-01-01'), expiresOn: noon(day(5)) }, 'draft');
    expect(await pendingJobs(draftOnly.id)).toEqual([]);
  });

  it("when the job is due, the runner drops the policy's pages and every list showing policies", async () => {
    const policy = await aPolicy({ effectiveFrom: noon('2020-01-01'), expiresOn: noon(day(0)) });
    const [job] = await pendingJobs(policy.id);
    // As if the clock had reached midnight: the job's time is now in the past.
    await cms.payload.db.updateOne({
      collection: 'payload-jobs',
      id: job!.id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    });
    await cms.payload.jobs.run({ queue: 'default' });
    expect(received).toContainEqual(['policies', `policies:${policy.id}`]);
    // The real midnight has not come yet, so the same change is queued again for it.
    const again = await pendingJobs(policy.id);
    expect(again.map((j) => new Date(j.waitUntil!).toISOString())).toEqual([new Date(`${day(1)}T00:00:00+08:00`).toISOString()]);
  });

  it('the hourly safety sweep refreshes a policy whose status changed in the last two hours and requeues missing jobs', async () => {
    const policy = await aPolicy({ effectiveFrom: noon('2020-01-01'), expiresOn: noon('2024-03-31') });
    const [expiry] = policyStatusChanges({ expiresOn: noon('2024-03-31') });
    const req = await createLocalReq({}, cms.payload);

    received.length = 0;
    await sweepPolicyStatus(req, new Date(expiry!.getTime() + 3600_000));
    expect(received.some((tags) => tags[0] === 'policies' && tags.includes(`policies:${policy.id}`))).toBe(true);

    received.length = 0;
    await sweepPolicyStatus(req, new Date(expiry!.getTime() + 3 * 3600_000));
    expect(received.some((tags) => tags.includes(`policies:${policy.id}`))).toBe(false);

    // A policy whose job went missing gets it back.
    const upcoming = await aPolicy({ effectiveFrom: noon(day(4)) });
    await cms.payload.db.deleteMany({ collection: 'payload-jobs', where: { concurrencyKey: { equals: `policy-status:${upcoming.id}` } } });
    await sweepPolicyStatus(req);
    expect((await pendingJobs(upcoming.id)).map((job) => new Date(job.waitUntil!).toISOString())).toEqual([
      new Date(`${day(4)}T00:00:00+08:00`).toISOString(),
    ]);
  });
});
