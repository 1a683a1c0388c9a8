import { createLocalReq } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schedulePublishServerFunction } from '../../cms/src/scheduling/serverFunction';
import { scheduledEvents } from '../../cms/src/scheduling/upcoming';
import { makeUser, startTestCms, type TestCms } from '../helpers/payload';

// Scheduling as the admin does it: through the `schedule-publish` server function the admin's
// drawer calls (cms/src/app/(payload)/layout.tsx registers ours in place of Payload's), then the
// jobs queue, run here by hand so that the moment a job runs is known.
let cms: TestCms;
let editor: Awaited<ReturnType<typeof makeUser>>;
let officer: Awaited<ReturnType<typeof makeUser>>;
let admin: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  cms = await startTestCms();
  [editor, officer, admin] = await Promise.all([
    makeUser(cms.payload, 'editor'),
    makeUser(cms.payload, 'investment-officer'),
    makeUser(cms.payload, 'admin'),
  ]);
}, 60_000);
afterAll(async () => {
  await cms?.close();
});

const reqAs = (user: { id: number | string } | null, language: 'zh' | 'en' = 'zh') =>
  createLocalReq({ user: user ? ({ ...user, collection: 'users' } as never) : undefined, locale: language }, cms.payload);

/** A never-published news draft, as the editor leaves it: no publication date typed. */
async function aDraft(title = `定时新闻 ${Math.random().toString(36).slice(2)}`) {
  return cms.payload.create({
    collection: 'news',
    locale: 'zh',
    draft: true,
    data: { title, slug: `scheduled-${Math.random().toString(36).slice(2)}`, _status: 'draft' },
    user: editor,
    overrideAccess: false,
    context: { skipRevalidate: true },
  });
}

/** What the drawer's Save sends (ScheduleDrawer in @payloadcms/ui), as this user. */
async function schedule(user: typeof editor, id: number | string, date: Date, type: 'publish' | 'unpublish' = 'publish') {
  const req = await reqAs(user);
  const args = { type, date, doc: { relationTo: 'news' as const, value: String(id) }, timezone: 'Asia/Shanghai', req };
  return (await schedulePublishServerFunction(args as never)) as { error?: string; message?: string };
}

const scheduledJobsOf = async (id: number | string) =>
  (
    await cms.payload.find({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { 'input.doc.value': { equals: String(id) } }] },
    })
  ).docs;

describe('a time that has passed is refused', () => {
  it('a publish scheduled for a minute ago: a message in both languages, no job, the draft stays a draft', async () => {
    const draft = await aDraft();
    const answer = await schedule(editor, draft.id, new Date(Date.now() - 2 * 60_000));
    expect(answer.error).toBe(
      '这个时间已经过去，不能安排。请选择将来的时间（中国时间）。 / This time has already passed and cannot be scheduled. Choose a time in the future (China time).',
    );
    expect(await scheduledJobsOf(draft.id)).toHaveLength(0);
    await cms.payload.jobs.run({ limit: 50 });
    const after = await cms.payload.findByID({ collection: 'news', id: draft.id, overrideAccess: true });
    expect(after._status).toBe('draft');
  });

  it('no time at all is refused too (it would publish at once)', async () => {
    const draft = await aDraft();
    const req = await reqAs(editor);
    const answer = (await schedulePublishServerFunction({
      type: 'publish',
      doc: { relationTo: 'news', value: String(draft.id) },
      req,
    } as never)) as {
      error?: string;
    };
    expect(answer.error).toMatch(/已经过去.*already passed/);
    expect(await scheduledJobsOf(draft.id)).toHaveLength(0);
  });

  it('a time in the future is queued for that time, and the drawer can delete it again', async () => {
    const draft = await aDraft();
    const at = new Date(Date.now() + 10 * 60_000);
    const answer = await schedule(editor, draft.id, at);
    expect(answer.error).toBeUndefined();
    const jobs = await scheduledJobsOf(draft.id);
    expect(jobs).toHaveLength(1);
    expect(new Date(jobs[0]!.waitUntil!).getTime()).toBe(at.getTime());
    expect(jobs[0]!.input).toMatchObject({ type: 'publish', timezone: 'Asia/Shanghai' });

    const req = await reqAs(editor);
    const deleted = (await schedulePublishServerFunction({ deleteID: jobs[0]!.id, req } as never)) as { error?: string };
    expect(deleted.error).toBeUndefined();
    expect(await scheduledJobsOf(draft.id)).toHaveLength(0);
  });
});

describe('the publication date is the moment the item went live', () => {
  it('a draft has none; a scheduled publish run by the queue sets it to when it ran', async () => {
    const draft = await aDraft();
    expect(draft.publishedAt ?? null).toBeNull();
    const at = new Date(Date.now() + 1500);
    expect((await schedule(editor, draft.id, at)).error).toBeUndefined();

    // Not before its time: the queue leaves it waiting.
    await cms.payload.jobs.run({ limit: 50 });
    expect((await cms.payload.findByID({ collection: 'news', id: draft.id, overrideAccess: true }))._status).toBe('draft');

    await new Promise((resolve) => setTimeout(resolve, at.getTime() - Date.now() + 100));
    const ranFrom = Date.now();
    await cms.payload.jobs.run({ limit: 50 });
    const live = await cms.payload.findByID({ collection: 'news', id: draft.id, overrideAccess: true });
    expect(live._status).toBe('published');
    expect(new Date(live.publishedAt).getTime()).toBeGreaterThanOrEqual(ranFrom);
    expect(new Date(live.publishedAt).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('publishing by hand sets it; unpublishing and publishing again keeps the first', async () => {
    const draft = await aDraft();
    const before = Date.now();
    const published = await cms.payload.update({
      collection: 'news',
      id: draft.id,
      data: { _status: 'published' },
      user: editor,
      overrideAccess: false,
      context: { skipRevalidate: true },
    });
    const first = new Date(published.publishedAt).getTime();
    expect(first).toBeGreaterThanOrEqual(before);

    await cms.payload.update({
      collection: 'news',
      id: draft.id,
      data: { _status: 'draft' },
      user: editor,
      overrideAccess: false,
      context: { skipRevalidate: true },
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const again = await cms.payload.update({
      collection: 'news',
      id: draft.id,
      data: { _status: 'published', summary: '改过的摘要' },
      user: editor,
      overrideAccess: false,
      context: { skipRevalidate: true },
    });
    expect(new Date(again.publishedAt).getTime()).toBe(first);
  });

  it('a date the editor set on purpose is kept when the item goes live', async () => {
    const draft = await aDraft();
    await cms.payload.update({
      collection: 'news',
      id: draft.id,
      draft: true,
      data: { publishedAt: '2024-09-04T00:00:00.000Z' },
      user: editor,
      overrideAccess: false,
      context: { skipRevalidate: true },
    });
    const at = new Date(Date.now() + 1000);
    expect((await schedule(editor, draft.id, at)).error).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, at.getTime() - Date.now() + 100));
    await cms.payload.jobs.run({ limit: 50 });
    const live = await cms.payload.findByID({ collection: 'news', id: draft.id, overrideAccess: true });
    expect(live._status).toBe('published');
    expect(live.publishedAt).toBe('2024-09-04T00:00:00.000Z');
  });
});

describe("a collection's scheduled view", () => {
  it('lists upcoming events with title and time to those who may edit, and nothing to anyone else', async () => {
    const title = `下周发布的新闻 ${Math.random().toString(36).slice(2)}`;
    const draft = await aDraft(title);
    const at = new Date(Date.now() + 60 * 60_000);
    const unpublishAt = new Date(Date.now() + 2 * 60 * 60_000);
    expect((await schedule(editor, draft.id, at)).error).toBeUndefined();
    expect((await schedule(editor, draft.id, unpublishAt, 'unpublish')).error).toBeUndefined();

    const forEditor = (await scheduledEvents(await reqAs(editor), 'news')).filter((event) => event.docId === draft.id);
    expect(forEditor).toEqual([
      { jobId: expect.anything(), docId: draft.id, title, type: 'publish', locale: undefined, waitUntil: at.toISOString() },
      { jobId: expect.anything(), docId: draft.id, title, type: 'unpublish', locale: undefined, waitUntil: unpublishAt.toISOString() },
    ]);
    const forAdmin = await scheduledEvents(await reqAs(admin), 'news');
    expect(forAdmin.filter((event) => event.docId === draft.id)).toHaveLength(2);

    // The jobs themselves stay closed to everyone but administrators.
    expect((await cms.api('GET', '/payload-jobs', { headers: {} })).status).toBe(403);
    await expect(cms.payload.find({ collection: 'payload-jobs', user: editor, overrideAccess: false })).rejects.toThrow();

    expect(await scheduledEvents(await reqAs(officer), 'news')).toEqual([]);
    expect(await scheduledEvents(await reqAs(null), 'news')).toEqual([]);
  });

  it('a past event (already run) is not listed', async () => {
    const draft = await aDraft();
    const at = new Date(Date.now() + 800);
    expect((await schedule(editor, draft.id, at)).error).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, at.getTime() - Date.now() + 100));
    await cms.payload.jobs.run({ limit: 50 });
    const events = await scheduledEvents(await reqAs(editor), 'news');
    expect(events.some((event) => event.docId === draft.id)).toBe(false);
  });
});
