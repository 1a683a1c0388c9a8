import type { Endpoint } from 'payload';
import { alive, healthHeaders, readinessAnswer } from '#common/health.ts';
import { databaseChecks } from './databaseChecks';
import { jobsAutorun } from '../jobs/autorun';
import { jobsRunnerCheck, lastJobsRun } from './jobsHeartbeat';

/** `GET /api/healthz`: liveness; the process runs and Payload answers. No database or other I/O. */
export const healthzEndpoint: Endpoint = {
  path: '/healthz',
  method: 'get',
  handler: () => Response.json(alive, { headers: healthHeaders }),
};

/**
 * `GET /api/readyz`: the CMS can read and write its database (./databaseChecks.ts) and its jobs
 * runner ran within the last minute (./jobsHeartbeat.ts); 503 naming the failing checks when
 * not. A process started with JOBS_AUTORUN=false runs no jobs, so it has no runner to check:
 * it answers `jobsRunner: "off"` and is ready on its database checks alone (another process
 * works the queue and reports its own runner). Answered, never thrown: a 503 here is a report,
 * not an error for Payload's log.
 */
export const readyzEndpoint: Endpoint = {
  path: '/readyz',
  method: 'get',
  handler: async (req) => {
    const database = await databaseChecks(req.payload);
    if (!jobsAutorun()) {
      const { status, body } = readinessAnswer({ ...database }, { jobsRunner: 'off' });
      return Response.json(body, { status, headers: healthHeaders });
    }
    const lastRun = lastJobsRun(req.payload);
    const { status, body } = readinessAnswer(
      { ...database, jobs: jobsRunnerCheck(lastRun) },
      { jobsRunner: 'on', jobsRanAt: lastRun?.toISOString() ?? null },
    );
    return Response.json(body, { status, headers: healthHeaders });
  },
};
