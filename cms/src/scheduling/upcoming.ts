import type { CollectionSlug, PayloadRequest, Where } from 'payload';
import { hasScheduledPublishEnabled } from 'payload/shared';
import { chinaOffsetMs } from '#common/chinaTime.ts';

/** One upcoming scheduled publish or unpublish of a document, as the "scheduled" list shows it. */
export interface ScheduledEvent {
  jobId: number | string;
  docId: number | string;
  title: string;
  type: 'publish' | 'unpublish';
  /** The one language a publish is limited to; absent when it publishes every language. */
  locale?: string;
  waitUntil: string;
}

/** `2026-12-01 19:12`: an instant as China's clocks show it (UTC+8 all year), to the minute. */
export function chinaMinute(iso: string): string {
  return new Date(new Date(iso).getTime() + chinaOffsetMs).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * The upcoming scheduled events of one collection, for the member of staff making the request.
 * Only someone who may edit documents of the collection gets any, and only for the documents
 * they may edit; anyone else (an investment officer, a visitor) gets none.
 */
export async function scheduledEvents(req: PayloadRequest, collection: CollectionSlug): Promise<ScheduledEvent[]> {
  const config = req.payload.collections[collection]?.config;
  if (!req.user || !config || !hasScheduledPublishEnabled(config)) return [];
  const mayUpdate = await config.access.update({ req });
  if (!mayUpdate) return [];

  // Past access on purpose: the jobs collection is readable by administrators only, because the
  // inputs of other jobs (inquiry notifications) name prospects. This reads scheduled-publish
  // jobs of this one collection and hands back only a document id, the kind of event and its
  // time, and only for documents the caller's own access lets them edit (checked below).
  const jobs = await req.payload.find({
    collection: 'payload-jobs',
    overrideAccess: true,
    depth: 0,
    limit: 200,
    pagination: false,
    sort: 'waitUntil',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { waitUntil: { greater_than: new Date().toISOString() } },
        { completedAt: { exists: false } },
        { 'input.doc.relationTo': { equals: collection } },
      ],
    },
  });
  const pending = jobs.docs.flatMap((job) => {
    const input = job.input as { type?: string; locale?: string; doc?: { value?: unknown } } | null;
    const docId = input?.doc?.value;
    if ((typeof docId !== 'string' && typeof docId !== 'number') || !job.waitUntil) return [];
    return [
      {
        jobId: job.id,
        docId: String(docId),
        type: input?.type === 'unpublish' ? 'unpublish' : 'publish',
        locale: input?.locale,
        waitUntil: job.waitUntil,
      },
    ] as const;
  });
  if (pending.length === 0) return [];

  const titleField = config.admin?.useAsTitle ?? 'id';
  const ids = [...new Set(pending.map((event) => event.docId))];
  const where: Where = { and: [{ id: { in: ids } }, ...(typeof mayUpdate === 'object' ? [mayUpdate] : [])] };
  // The caller's own access: the documents they may read and edit, drafts included.
  const docs = await req.payload.find({
    collection,
    where,
    draft: true,
    depth: 0,
    limit: ids.length,
    pagination: false,
    locale: req.locale ?? undefined,
    overrideAccess: false,
    user: req.user,
    req,
  });
  const titles = new Map(
    docs.docs.map((doc) => [String(doc.id), String((doc as unknown as Record<string, unknown>)[titleField] ?? doc.id)]),
  );
  return pending.flatMap((event) => {
    const title = titles.get(event.docId);
    if (title === undefined) return [];
    const docId = docs.docs.find((doc) => String(doc.id) === event.docId)!.id;
    return [{ ...event, docId, title }];
  });
}
