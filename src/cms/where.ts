// The domain's filters as Payload queries. Pure (no CMS call), so the policy status query can be
// checked against a real CMS by the tests.
import type { Where } from 'payload';
import { chinaDate, chinaMidnight } from '#common/chinaTime.ts';
import type { policyStatusFilters } from '#common/policyStatus.ts';

type Id = number | string;

export const published: Where = { _status: { equals: 'published' } };

/** Every clause must hold; `undefined` clauses (a filter not chosen) are left out, and none is no filter. */
export function allOf(...clauses: (Where | undefined)[]): Where | undefined {
  const chosen = clauses.filter((clause): clause is Where => clause !== undefined);
  return chosen.length > 1 ? { and: chosen } : chosen[0];
}

export const idIn = (ids: readonly Id[]): Where => ({ id: { in: ids.join(',') } });
export const slugIs = (slug: string): Where => ({ slug: { equals: slug } });
/** A has-many relationship field that includes this document. */
export const relatesTo = (field: string, id: Id): Where => ({ [field]: { in: String(id) } });
export const fieldIs = (field: string, value: string | number | boolean): Where => ({ [field]: { equals: value } });

/**
 * Policies with a status, by the same rule as policyStatus(), so the CMS filters and pages the
 * list however many policies there are.
 */
export function policyStatusWhere(status: (typeof policyStatusFilters)[number], now: Date = new Date()): Where {
  const startOfToday = chinaMidnight(chinaDate(now));
  if (status === 'expired') return { expiresOn: { less_than: startOfToday } };
  const startOfTomorrow = new Date(new Date(startOfToday).getTime() + 24 * 3600_000).toISOString();
  return {
    and: [
      { effectiveFrom: { less_than: startOfTomorrow } },
      { or: [{ expiresOn: { exists: false } }, { expiresOn: { greater_than_equal: startOfToday } }] },
    ],
  };
}
