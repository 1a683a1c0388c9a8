// What the site's `/readyz` asks the CMS: one cheap read of published content (the site
// global's `updatedAt`), the kind of read every page makes. The CMS's own readiness (database
// writes, jobs) is not the site's to report: a stalled jobs runner must not take the pages out
// of a load balancer.
import { shared, type CheckResult } from '#common/health.ts';
import { cmsProbe } from './client';
import { CmsUnavailableError } from './errors';

/** Why a read failed, in words fit for anyone: never the CMS's address. */
function reason(error: unknown): string {
  if (!(error instanceof CmsUnavailableError)) return 'failed';
  const cause = error.cause as { name?: string } | undefined;
  if (cause?.name === 'TimeoutError') return 'timed out';
  const status = /^CMS answered (\d{3})\b/.exec(error.message)?.[1];
  return status ? `answered ${status}` : 'unreachable';
}

/** `ok` when the CMS answers a read within checkTimeoutMs; probes arriving meanwhile share it. */
export const cmsReadable: () => Promise<CheckResult> = shared(async () => {
  try {
    await cmsProbe.findGlobal({ slug: 'site', depth: 0, select: { updatedAt: true } });
    return 'ok';
  } catch (error) {
    return reason(error);
  }
});
