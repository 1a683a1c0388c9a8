import type { Where } from 'payload';

/** Leads not yet answered whose first-response deadline has passed. */
export const overdueWhere = (now = new Date()): Where => ({
  and: [{ firstResponseAt: { exists: false } }, { respondBy: { less_than: now.toISOString() } }, { stage: { not_equals: 'closed' } }],
});
