import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Payload, Where } from 'payload';
import { newKey, publishInquiryIndustries, validInquiry } from '../helpers/inquiries';
import { authHeader, makeUser, startTestCms, type TestCms } from '../helpers/payload';
import { startLeadMailServer, type TestSmtpServer } from '../helpers/smtp';

// Claims of due jobs (cms/src/jobs/claims.ts) on a real SQLite file, through Payload's own
// updateJobs and runner. Two claims of the same jobs at once stand for two CMS processes ticking
// in the same second; tests/e2e/jobs-workers.spec.ts runs two real CMS processes.

let cms: TestCms;
let smtp: TestSmtpServer;
let site: Record<string, string>;

beforeAll(async () => {
  smtp = await startLeadMailServer();
  cms = await startTestCms();
  await publishInquiryIndustries(cms.payload);
  site = await authHeader(cms.payload, await makeUser(cms.payload, 'site-service'));
});
afterAll(async () => {
  await cms?.close();
  await smtp?.stop();
});

/** Due jobs as a runner read them a moment ago: before any other runner set `processing`. */
const dueEarlier: Where = { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] };

/** What Payload's runner asks of the adapter when it takes due jobs (runJobs). */
function claim(payload: Payload, where: Where = dueEarlier, limit = 100) {
  return payload.db.updateJobs({
    data: { processing: true, updatedAt: new Date().toISOString() },
    limit,
    where,
    sort: 'createdAt',
    returning: true,
  });
}

async function queueJobs(count: number): Promise<(number | string)[]> {
  const ids: (number | string)[] = [];
  for (let n = 0; n < count; n += 1) {
    // An inquiry that does not exist: were the job run, it would send nothing.
    const job = await cms.payload.jobs.queue({ task: 'sendInquiryEmail', input: { inquiry: '0', kind: 'bureau' } });
    ids.push(job.id);
  }
  return ids;
}

async function clearJobs() {
  await cms.payload.db.deleteMany({ collection: 'payload-jobs', where: { id: { exists: true } } });
}

describe('claiming due jobs', () => {
  it('a runner that read the due jobs before another claimed them gets none of them', async () => {
    await clearJobs();
    const ids = await queueJobs(5);
    const first = await claim(cms.payload);
    expect(first?.map((job) => job.id).sort()).toEqual([...ids].sort());
    expect(first?.every((job) => job.processing === true && job.taskSlug === 'sendInquiryEmail')).toBe(true);
    expect(await claim(cms.payload)).toEqual([]);
    const { docs } = await cms.payload.find({ collection: 'payload-jobs', overrideAccess: true, limit: 0, pagination: false });
    expect(docs.map((job) => job.processing)).toEqual([true, true, true, true, true]);
  });

  it('two runners claiming at once share the due jobs: each job is claimed by exactly one of them', async () => {
    await clearJobs();
    const ids = await queueJobs(40);
    const [a, b] = await Promise.all([claim(cms.payload), claim(cms.payload)]);
    const taken = [...(a ?? []), ...(b ?? [])].map((job) => job.id);
    expect(taken.sort()).toEqual([...ids].sort());
    expect(new Set(taken).size).toBe(40);
  });

  it('keeps the limit and the order the runner asks for', async () => {
    await clearJobs();
    const ids = await queueJobs(6);
    const due: Where = { and: [...dueEarlier.and!, { processing: { equals: false } }] };
    const first = await claim(cms.payload, due, 4);
    expect(first?.map((job) => job.id)).toEqual(ids.slice(0, 4));
    const second = await claim(cms.payload, due, 4);
    expect(second?.map((job) => job.id)).toEqual(ids.slice(4));
  });

  it('leaves updates that are not claims to Payload: a job released by the runner can be claimed again', async () => {
    await clearJobs();
    const [id] = await queueJobs(1);
    await claim(cms.payload);
    // What the runner does with a job of a concurrency key already running: puts it back.
    await cms.payload.db.updateJobs({ data: { processing: false }, where: { id: { in: [id!] } }, returning: false });
    expect((await claim(cms.payload))?.map((job) => job.id)).toEqual([id]);
  });
});

describe('two job runs at once', () => {
  it('send every notification of 10 inquiries exactly once', async () => {
    await clearJobs();
    const references: string[] = [];
    for (let n = 0; n < 10; n += 1) {
      const response = await cms.api('POST', '/inquiries/submit', {
        headers: site,
        body: { ...validInquiry, idempotencyKey: newKey(), email: `claims-${n}@example.com` },
      });
      expect(response.status, await response.clone().text()).toBe(201);
      references.push(((await response.json()) as { reference: string }).reference);
    }
    const { totalDocs: queued } = await cms.payload.count({ collection: 'payload-jobs', overrideAccess: true });
    expect(queued).toBeGreaterThanOrEqual(20);
    const before = smtp.messages.length;
    // Both runners go on until the queue is empty, as two processes' ticks would.
    for (let round = 0; round < 10; round += 1) {
      const { totalDocs } = await cms.payload.count({ collection: 'payload-jobs', overrideAccess: true });
      if (totalDocs === 0) break;
      await Promise.all([cms.payload.jobs.run({ limit: 100 }), cms.payload.jobs.run({ limit: 100 })]);
    }
    const sent = smtp.messages.slice(before);
    expect(sent).toHaveLength(queued);
    const keys = sent.map((mail) => `${JSON.stringify(mail.to)} ${mail.subject}`);
    expect(new Set(keys).size).toBe(queued);
    for (const reference of references) expect(sent.filter((mail) => mail.subject?.includes(reference)).length).toBe(queued / 10);
  });
});
