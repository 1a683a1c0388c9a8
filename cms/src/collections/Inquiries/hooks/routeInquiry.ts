import type { CollectionBeforeChangeHook } from 'payload';
import { addWorkingDays } from '../../../lib/workingDays';
import { leadDeskSettings, officerFor } from '../leadDesk';

/**
 * A new inquiry gets its first-response deadline and, unless the bureau created it with an
 * owner, the officer the routing rules (or the default officer) name. A lead with an owner
 * starts in the stage `assigned`; without one (no rule, no default officer) it stays `new` for
 * an admin to assign.
 */
export const routeInquiry: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data;
  const desk = await leadDeskSettings(req);
  const next: Record<string, unknown> = { ...data, respondBy: addWorkingDays(new Date(), desk.workingDays, desk.holidays).toISOString() };
  if (next.owner == null) {
    const owner = await officerFor(req, { industry: next.industry as string | undefined, park: next.park }, desk.defaultOfficer);
    if (owner != null) next.owner = owner;
  }
  if (next.owner != null && (next.stage == null || next.stage === 'new')) next.stage = 'assigned';
  return next;
};
