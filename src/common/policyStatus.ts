import { chinaDate, chinaMidnight } from './chinaTime.ts';

/**
 * Whether a policy is in force, derived from its dates on the calendar of China (UTC+8), where
 * the zone issues them. A policy without an effective date is not presented as in force: the
 * CMS does not know when it took effect, so the site says the date is to be confirmed.
 */
export type PolicyStatus = 'in-force' | 'expired' | 'upcoming' | 'unconfirmed';

/** The statuses a visitor can filter the policy list by. */
export const policyStatusFilters = ['in-force', 'expired'] as const;

interface PolicyDates {
  effectiveFrom?: string | null;
  expiresOn?: string | null;
}

/**
 * A policy is in force from its effective date through its expiry date, both inclusive; it has
 * expired on the day after its expiry date, whether or not the effective date is known.
 */
export function policyStatus({ effectiveFrom, expiresOn }: PolicyDates, now: Date = new Date()): PolicyStatus {
  const today = chinaDate(now);
  if (expiresOn && chinaDate(expiresOn) < today) return 'expired';
  if (!effectiveFrom) return 'unconfirmed';
  if (chinaDate(effectiveFrom) > today) return 'upcoming';
  return 'in-force';
}

/**
 * The instants at which policyStatus() of these dates changes: the start of the effective day
 * (upcoming -> in force) and the start of the day after the expiry day (in force -> expired),
 * both in China's time zone. The CMS queues a cache invalidation at each one.
 */
export function policyStatusChanges({ effectiveFrom, expiresOn }: PolicyDates): Date[] {
  const changes: Date[] = [];
  if (effectiveFrom) changes.push(new Date(chinaMidnight(chinaDate(effectiveFrom))));
  if (expiresOn) changes.push(new Date(new Date(chinaMidnight(chinaDate(expiresOn))).getTime() + 24 * 3600_000));
  return changes.sort((a, b) => a.getTime() - b.getTime());
}

/** The first change of status strictly after `now`, if any. */
export function nextPolicyStatusChange(dates: PolicyDates, now: Date = new Date()): Date | undefined {
  return policyStatusChanges(dates).find((change) => change.getTime() > now.getTime());
}
