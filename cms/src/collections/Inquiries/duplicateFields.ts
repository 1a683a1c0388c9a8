import type { Field } from 'payload';

// Written by the CMS only (the duplicate check on arrival, the merge endpoint): nobody sets them by hand.
const byTheCms = { create: () => false, update: () => false };

/**
 * The lead desk's duplicate marks, in the sidebar: the other inquiries from the same email address
 * or company within 90 days (hooks/flagDuplicates.ts), the inquiry this one was merged into, and
 * the button that merges it (endpoints/merge.ts). The collection is the bureau's alone, so these
 * are too; the site's submit endpoint never returns them.
 */
export const duplicateFields: Field[] = [
  {
    name: 'duplicates',
    type: 'relationship',
    relationTo: 'inquiries',
    hasMany: true,
    label: { zh: '可能重复', en: 'Possible duplicates' },
    access: byTheCms,
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: {
        zh: '90 天内来自同一邮箱或同一公司的其他咨询。核实后可将本咨询合并到其中一条。',
        en: 'Other inquiries from the same email address or company within 90 days. Once checked, this inquiry can be merged into one of them.',
      },
    },
  },
  {
    name: 'mergedInto',
    type: 'relationship',
    relationTo: 'inquiries',
    index: true,
    label: { zh: '已合并到', en: 'Merged into' },
    access: byTheCms,
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.mergedInto) },
  },
  {
    name: 'merge',
    type: 'ui',
    label: { zh: '合并到…', en: 'Merge into…' },
    admin: { position: 'sidebar', components: { Field: '/components/MergeInquiry#MergeInquiry' } },
  },
];
