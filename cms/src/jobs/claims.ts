// Several CMS processes work one jobs queue (docs/operations.md, "More than one server"). Payload
// 3.90's runner claims due jobs by reading them and then setting `processing` on each by id, in
// both adapters and with no transaction on SQLite (its transactions are off unless
// `transactionOptions` is given): two runners ticking in the same second read the same jobs and
// both run them, so a lead's email went out twice. Here each job is claimed with Payload's own
// compare-and-set, `db.updateOne({ where, options: { atomic: true } })` (what its forgot-password
// reservation uses): one conditional UPDATE on SQLite, one findOneAndUpdate on MongoDB, that
// succeeds for one runner only. A job whose claim another runner won is left to that runner.
import type { BaseDatabaseAdapter, DatabaseAdapterObj, Job, UpdateJobsArgs, Where } from 'payload';

const jobs = 'payload-jobs';

/**
 * Whether an updateJobs call is the runner taking due jobs: Payload's runJobs sets `processing`
 * (and `updatedAt`) on the jobs its `where` finds. By-id runs (`jobs.runByID`, an operator's
 * explicit choice) and every other update keep Payload's own path.
 */
export function isClaim(args: Pick<UpdateJobsArgs, 'data' | 'id'>): boolean {
  const { data, id } = args;
  if (id !== undefined || data.processing !== true) return false;
  return Object.keys(data).every((key) => key === 'processing' || key === 'updatedAt');
}

/** The condition that makes a claim of job `id` succeed once: it is still not being processed. */
export function unclaimed(id: number | string): Where {
  return { and: [{ id: { equals: id } }, { processing: { equals: false } }] };
}

async function claimJobs(adapter: BaseDatabaseAdapter, args: UpdateJobsArgs): Promise<Job[] | null> {
  const { data, limit, req, returning, sort, where } = args;
  const candidates = await adapter.find({ collection: jobs, where, limit, sort, pagination: false, req });
  const claimed: (number | string)[] = [];
  for (const { id } of candidates.docs) {
    const won = await adapter.updateOne({
      collection: jobs,
      data: { ...data },
      where: unclaimed(id),
      options: { atomic: true },
      req,
    });
    // null: nothing matched, another runner claimed this job first.
    if (won) claimed.push(id);
  }
  if (returning === false || claimed.length === 0) return returning === false ? null : [];
  // The claimed jobs as Payload's runner reads them (with their log), in the runner's order.
  const found = await adapter.find({ collection: jobs, where: { id: { in: claimed } }, sort, limit: 0, pagination: false, req });
  return found.docs as Job[];
}

/** `adapter` with the runner's claims made atomic; everything else is the adapter's own. */
export function withAtomicJobClaims(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args);
      const updateJobs = db.updateJobs.bind(db);
      db.updateJobs = (jobArgs) => (isClaim(jobArgs) ? claimJobs(db, jobArgs) : updateJobs(jobArgs));
      return db;
    },
  };
}
