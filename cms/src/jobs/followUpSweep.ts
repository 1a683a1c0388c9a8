import type { PayloadRequest, TaskConfig } from 'payload';
import { chinaDate, chinaMidnight } from '#common/chinaTime.ts';
import { idOf } from '#common/idOf.ts';
import { finishedStages, nonResponsiveDays, reminderDue, turnsNonResponsive } from '../collections/Inquiries/followUp';
import { queueEmail } from '../collections/Inquiries/queueEmail';

const dayMs = 86_400_000;

/** Runs one lead's step; a lead that fails is logged and left for the next round. */
async function oneLead(req: PayloadRequest, id: number | string, step: () => Promise<void>) {
  try {
    await step();
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `followUpSweep: inquiry ${id} skipped this round` });
  }
}

/**
 * Takes the reminder of `day` for one lead, unless another round took it first. Two CMS processes
 * working one queue can each schedule and run an hourly round in the same minute (Payload counts
 * the waiting rounds, then queues one), and both read the lead before either writes: this
 * compare-and-set (one conditional UPDATE on SQLite, one findOneAndUpdate on MongoDB, as the job
 * claims in ../jobs/claims.ts) lets exactly one of them send it.
 */
async function reserveReminder(req: PayloadRequest, id: number | string, day: string): Promise<boolean> {
  const won = await req.payload.db.updateOne({
    collection: 'inquiries',
    data: { remindedFor: day },
    where: { and: [{ id: { equals: id } }, { or: [{ remindedFor: { exists: false } }, { remindedFor: { not_equals: day } }] }] },
    options: { atomic: true },
    req,
  });
  return Boolean(won);
}

/** Gives the reservation back when the lead cannot be saved, so that it is tried again next round. */
async function releaseReminder(req: PayloadRequest, id: number | string, day: string, previous: string | null) {
  await req.payload.db.updateOne({
    collection: 'inquiries',
    data: { remindedFor: previous },
    where: { and: [{ id: { equals: id } }, { remindedFor: { equals: day } }] },
    options: { atomic: true },
    req,
  });
}

/**
 * The lead desk's daily round, at `now`: queues the owner's reminder of every open lead whose next
 * action day has come (China's morning), once per day (the day is kept on the lead as
 * `remindedFor`, reserved atomically, in the same request as the queued email), and marks non-responsive every open
 * lead whose prospect has not answered for six weeks after the officer's last reply, saying so on
 * its timeline (it stays open: closing it is the officer's call). Returns what it did.
 */
export async function sweepFollowUps(req: PayloadRequest, now: Date = new Date()) {
  const { payload } = req;
  const tomorrow = chinaMidnight(chinaDate(new Date(now.getTime() + dayMs)));
  const due = await payload.find({
    collection: 'inquiries',
    where: { and: [{ nextActionOn: { less_than: tomorrow } }, { owner: { exists: true } }, { stage: { not_in: [...finishedStages] } }] },
    depth: 0,
    limit: 0,
    overrideAccess: true,
    select: { stage: true, owner: true, nextActionOn: true, remindedFor: true },
    req,
  });
  let reminded = 0;
  for (const lead of due.docs) {
    const day = reminderDue(lead, now);
    if (!day) continue;
    // One lead that no longer saves (e.g. its owner lost the officer role) must not hold up the others' reminders.
    await oneLead(req, lead.id, async () => {
      if (!(await reserveReminder(req, lead.id, day))) return;
      try {
        // The save that validates the lead as it stands (an owner who is no officer any more fails here).
        await payload.update({ collection: 'inquiries', id: lead.id, data: { remindedFor: day }, overrideAccess: true, req });
      } catch (error) {
        await releaseReminder(req, lead.id, day, lead.remindedFor ?? null);
        throw error;
      }
      await queueEmail(req, { inquiry: lead.id, kind: 'reminder', officer: idOf(lead.owner), day });
      reminded++;
    });
  }
  const silent = await payload.find({
    collection: 'inquiries',
    where: {
      and: [
        { awaitingAnswerSince: { less_than_equal: new Date(now.getTime() - nonResponsiveDays * dayMs).toISOString() } },
        { nonResponsive: { not_equals: true } },
        { stage: { not_in: [...finishedStages] } },
      ],
    },
    depth: 0,
    limit: 0,
    overrideAccess: true,
    select: { stage: true, awaitingAnswerSince: true, nonResponsive: true },
    req,
  });
  let markedNonResponsive = 0;
  for (const lead of silent.docs) {
    if (!turnsNonResponsive(lead, now)) continue;
    await oneLead(req, lead.id, async () => {
      await payload.update({ collection: 'inquiries', id: lead.id, data: { nonResponsive: true }, overrideAccess: true, req });
      await payload.create({
        collection: 'inquiry-activities',
        data: { inquiry: lead.id, action: 'nonResponsive', from: 'false', to: 'true' },
        overrideAccess: true,
        req,
      });
      markedNonResponsive++;
    });
  }
  return { reminded, markedNonResponsive };
}

/**
 * The follow-up round, five minutes past every hour (Payload's schedule runs in the server's time
 * zone, so an hourly rule is the one that reaches 08:00 in China everywhere). `now` (an ISO
 * instant) sets the round's clock; only tests give it, through the admins-only jobs queue, as the
 * bench shifts a portal's clock. One round at a time (concurrency key), so no day is reminded twice.
 */
export const followUpSweep: TaskConfig<{ input: { now?: string }; output: { reminded: number; markedNonResponsive: number } }> = {
  slug: 'followUpSweep',
  label: 'Lead follow-up: reminders and non-responsive leads',
  inputSchema: [{ name: 'now', type: 'text' }],
  outputSchema: [
    { name: 'reminded', type: 'number' },
    { name: 'markedNonResponsive', type: 'number' },
  ],
  schedule: [{ cron: '0 5 * * * *', queue: 'default' }],
  concurrency: { key: () => 'follow-up-sweep', exclusive: true },
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => {
    const now = input?.now ? new Date(input.now) : new Date();
    if (Number.isNaN(now.getTime())) throw new Error(`followUpSweep: "now" is not an instant: ${input.now}`);
    return { output: await sweepFollowUps(req, now) };
  },
};
