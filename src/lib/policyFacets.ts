import { policyStatus, type policyStatusFilters } from '#common/policyStatus.ts';

type Id = number | string;
type StatusFilter = (typeof policyStatusFilters)[number];

/** What the policy list can be filtered by, of one published policy. */
export interface PolicyFacet {
  type?: string | null;
  industries?: readonly (Id | { id: Id } | null)[] | null;
  effectiveFrom?: string | null;
  expiresOn?: string | null;
}

export interface PolicyChoices {
  types: Set<string>;
  industries: Set<string>;
  statuses: Set<StatusFilter>;
}

/**
 * The filter choices that find at least one published policy on their own, by the same status
 * rule the CMS's query uses, so the list never offers a choice that can only answer "none".
 */
export function policyChoices(policies: readonly PolicyFacet[], now: Date = new Date()): PolicyChoices {
  const choices: PolicyChoices = { types: new Set(), industries: new Set(), statuses: new Set() };
  for (const policy of policies) {
    if (policy.type) choices.types.add(policy.type);
    for (const industry of policy.industries ?? []) {
      if (industry !== null && industry !== undefined)
        choices.industries.add(String(typeof industry === 'object' ? industry.id : industry));
    }
    const status = policyStatus(policy, now);
    if (status === 'in-force' || status === 'expired') choices.statuses.add(status);
  }
  return choices;
}

/** The options of one filter worth offering: those that find something, and the one chosen (so it stays visible). */
export function offered<T extends { value: string }>(options: readonly T[], available: (option: T) => boolean, chosen?: string): T[] {
  return options.filter((option) => option.value === chosen || available(option));
}
