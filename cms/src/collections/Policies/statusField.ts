import type { Field, FieldHook } from 'payload';
import { policyStatus, type PolicyStatus } from '#common/policyStatus.ts';
import { uiLabel } from '../../lib/optionLabels';

export const policyStatuses = ['in-force', 'upcoming', 'expired', 'unconfirmed'] as const satisfies readonly PolicyStatus[];

/** Today's status, from the dates just read: the same rule and the same words as the site. */
const computeStatus: FieldHook = ({ siblingData }) =>
  policyStatus(siblingData as { effectiveFrom?: string | null; expiresOn?: string | null });

/**
 * Whether a policy is in force today, as the site shows it: computed on every read (never
 * stored), so it turns from in force to expired on the expiry date without a save. A list
 * column and a read-only line in the sidebar; being virtual, the list neither sorts nor filters
 * by it (the dates themselves do both).
 */
export const policyStatusField: Field = {
  name: 'status',
  type: 'select',
  virtual: true,
  // Not the site's bare "状态 / Status": the list already has Payload's draft/published column of that name.
  label: { zh: '政策状态', en: 'Policy status' },
  options: policyStatuses.map((value) => ({ value, label: uiLabel(`policies.status.${value}`) })),
  hooks: { afterRead: [computeStatus] },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      zh: '按生效日期和失效日期（中国时间）自动得出，与网站显示的一致。',
      en: 'Derived from the effective and expiry dates (China time), as the site shows it.',
    },
  },
};
