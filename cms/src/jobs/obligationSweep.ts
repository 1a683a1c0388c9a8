import type { PayloadRequest, TaskConfig } from 'payload';
import { chinaDate, chinaMidnight } from '#common/chinaTime.ts';
import { idOf } from '#common/idOf.ts';
import { obligationRound } from '../collections/InvestmentProjects/obligations';
import { chinaNoon } from '../fields/chinaDay';
import { nextSequence } from '../lib/sequence';

const dayMs = 86_400_000;

/**
 * The contract ledger's daily round, at `now`: every open obligation whose due day has come is
 * mailed to its project's officer and zone leader (China's morning, once: the day is kept on the
 * obligation as `remindedOn`, saved with the queued emails), and every open obligation whose due
 * day has passed turns late. Each project is saved once per round, so its history (versions) shows
 * the change. A project that fails is logged and left for the next round. Returns what it did.
 */
export async function sweepObligations(req: PayloadRequest, now: Date = new Date()) {
  const { payload } = req;
  const tomorrow = chinaMidnight(chinaDate(new Date(now.getTime() + dayMs)));
  const due = await payload.find({
    collection: 'investment-projects',
    where: { and: [{ 'obligations.status': { equals: 'open' } }, { 'obligations.dueOn': { less_than: tomorrow } }] },
    depth: 0,
    limit: 0,
    overrideAccess: true,
    select: { obligations: true, officer: true, zoneLeader: true },
    req,
  });
  let reminded = 0;
  let markedLate = 0;
  for (const project of due.docs) {
    const rows = project.obligations ?? [];
    const rounds = rows.map((row) => obligationRound(row, now));
    if (!rounds.some((round) => round.remind || round.late)) continue;
    try {
      await payload.update({
        collection: 'investment-projects',
        id: project.id,
        data: {
          obligations: rows.map((row, i) => ({
            ...row,
            ...(rounds[i]!.remind ? { remindedOn: chinaNoon(rounds[i]!.remind) } : {}),
            ...(rounds[i]!.late ? { status: 'late' as const } : {}),
          })),
        },
        overrideAccess: true,
        depth: 0,
        req,
      });
      const recipients = [...new Set([idOf(project.officer), idOf(project.zoneLeader)].filter((id) => id !== undefined))];
      for (const [i, row] of rows.entries()) {
        const day = rounds[i]!.remind;
        if (!day || !row.id) continue;
        // Two rounds at the same moment (two CMS processes each scheduled one) both save the same
        // remindedOn; the notice goes from whichever takes this obligation's day first, in one
        // atomic statement (the counter is 1 only for it).
        if ((await nextSequence(payload, `obligation-notice:${project.id}:${row.id}:${day}`)) !== 1) continue;
        for (const recipient of recipients)
          await payload.jobs.queue({
            task: 'sendInquiryEmail',
            input: { kind: 'obligation', project: String(project.id), obligation: row.id, officer: String(recipient), day },
            req,
          });
        reminded++;
      }
      markedLate += rounds.filter((round) => round.late).length;
    } catch (error) {
      payload.logger.error({ err: error, msg: `obligationSweep: investment project ${project.id} skipped this round` });
    }
  }
  return { reminded, markedLate };
}

/**
 * The ledger's round, ten minutes past every hour (Payload's schedule runs in the server's time
 * zone, so an hourly rule reaches China's morning everywhere). `now` (an ISO instant) sets the
 * round's clock; only tests give it, through the admins-only jobs queue. One round at a time.
 */
export const obligationSweep: TaskConfig<{ input: { now?: string }; output: { reminded: number; markedLate: number } }> = {
  slug: 'obligationSweep',
  label: 'Contract ledger: obligations due and late',
  inputSchema: [{ name: 'now', type: 'text' }],
  outputSchema: [
    { name: 'reminded', type: 'number' },
    { name: 'markedLate', type: 'number' },
  ],
  schedule: [{ cron: '0 10 * * * *', queue: 'default' }],
  concurrency: { key: () => 'obligation-sweep', exclusive: true },
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => {
    const now = input?.now ? new Date(input.now) : new Date();
    if (Number.isNaN(now.getTime())) throw new Error(`obligationSweep: "now" is not an instant: ${input.now}`);
    return { output: await sweepObligations(req, now) };
  },
};
