import type { CollectionAfterChangeHook, PayloadRequest, TaskConfig } from 'payload';
import { nextPolicyStatusChange, policyStatusChanges } from '#common/policyStatus.ts';
import { collectionTag, documentTag, documentTags, maxTagsPerRevalidation } from '#common/cacheTags.ts';
import { revalidateTags } from '../revalidation/hooks';

interface PolicyDates {
  id: number | string;
  effectiveFrom?: string | null;
  expiresOn?: string | null;
  _status?: 'draft' | 'published' | null;
}

const jobKey = (policy: number | string) => `policy-status:${policy}`;

/** The version of a policy the public sees (the main document), or undefined when it is not public. */
async function publishedPolicy(id: number | string, req: PayloadRequest): Promise<PolicyDates | undefined> {
  const found = await req.payload.find({
    collection: 'policies',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    select: { effectiveFrom: true, expiresOn: true, _status: true },
    req,
  });
  const policy = found.docs[0] as PolicyDates | undefined;
  return policy?._status === 'published' ? policy : undefined;
}

/**
 * Makes sure the published policy has one pending `policyStatusChange` job, due at the next
 * change of its status (src/common/policyStatus.ts). A job for other dates is replaced (the task's
 * concurrency key supersedes it); a job already due at that instant is kept.
 */
export async function schedulePolicyStatusChange(policy: PolicyDates, req: PayloadRequest, now: Date = new Date()): Promise<void> {
  const next = nextPolicyStatusChange(policy, now);
  if (!next) return;
  const pending = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { concurrencyKey: { equals: jobKey(policy.id) } },
        { completedAt: { exists: false } },
        { processing: { equals: false } },
        { hasError: { not_equals: true } },
      ],
    },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  });
  const due = pending.docs[0]?.waitUntil;
  if (due && new Date(due).getTime() === next.getTime()) return;
  await req.payload.jobs.queue({ task: 'policyStatusChange', input: { policy: String(policy.id) }, waitUntil: next, req });
}

/** After every save of a policy: schedule the invalidation at its next change of status. */
export const schedulePolicyStatusAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  // A draft save leaves the published dates as they were; those are what the public sees.
  const policy = await publishedPolicy(doc.id, req);
  if (policy) await schedulePolicyStatusChange(policy, req);
  return doc;
};

/**
 * At the instant a policy's status changes (midnight in China starting its effective day, or
 * the day after its expiry day), drops the cached pages that show it: the policy, and through
 * the `policies` tag every list, the home page, industry pages, feeds, sitemaps and search, in
 * both languages. The site computes the new status itself when it renders them again. Then
 * queues the policy's next change, if any.
 */
export const policyStatusChange: TaskConfig<{ input: { policy: string }; output: object }> = {
  slug: 'policyStatusChange',
  label: 'Refresh a policy whose status changes (in force / expired)',
  inputSchema: [{ name: 'policy', type: 'text', required: true }],
  concurrency: { key: ({ input }) => jobKey(input.policy), exclusive: true, supersedes: true },
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 10_000 } },
  handler: async ({ input, req }) => {
    await revalidateTags(documentTags('policies', input.policy), req);
    const policy = await publishedPolicy(input.policy, req);
    if (policy) await schedulePolicyStatusChange(policy, req);
    return { output: {} };
  },
};

/**
 * Refreshes published policies whose status changed in the two hours before `now` (harmless if
 * their job already did) and gives every published policy its next job if it has none (e.g. a
 * database restored from a backup without its jobs). Returns how many policies were refreshed.
 */
export async function sweepPolicyStatus(req: PayloadRequest, now: Date = new Date()): Promise<number> {
  const since = now.getTime() - 2 * 3600_000;
  const { docs } = await req.payload.find({
    collection: 'policies',
    where: { _status: { equals: 'published' } },
    depth: 0,
    limit: 0,
    overrideAccess: true,
    select: { effectiveFrom: true, expiresOn: true, _status: true },
    req,
  });
  const changed: string[] = [];
  for (const policy of docs as PolicyDates[]) {
    if (policyStatusChanges(policy).some((change) => change.getTime() > since && change.getTime() <= now.getTime()))
      changed.push(documentTag('policies', policy.id));
    await schedulePolicyStatusChange(policy, req, now);
  }
  // Each call names the collection and as many policies as the site takes besides.
  const batch = maxTagsPerRevalidation - 1;
  for (let i = 0; i < changed.length; i += batch) await revalidateTags([collectionTag('policies'), ...changed.slice(i, i + batch)], req);
  return changed.length;
}

/**
 * Safety net, hourly (Payload's schedule runs in the server's time zone, whatever that is, so
 * "one minute past every hour" is the one rule that follows midnight in China everywhere).
 */
export const policyStatusSweep: TaskConfig<{ input: object; output: { refreshed: number } }> = {
  slug: 'policyStatusSweep',
  label: 'Check policy status changes (safety net)',
  schedule: [{ cron: '0 1 * * * *', queue: 'default' }],
  handler: async ({ req }) => ({ output: { refreshed: await sweepPolicyStatus(req) } }),
};
