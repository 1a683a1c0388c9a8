import type { Field } from 'payload';

/**
 * What the source article does not say and editors must supply or confirm. Shown in the admin
 * only; the public site never reads it.
 */
export const editorNotesField: Field = {
  name: 'editorNotes',
  type: 'textarea',
  label: { zh: '待编辑补充或核实', en: 'For editors to supply or confirm' },
  access: { read: ({ req }) => Boolean(req.user && (req.user as { role?: string }).role !== 'site-service') },
  admin: {
    position: 'sidebar',
    description: {
      zh: '来源报道未说明、需要编辑补充或核实的内容。不会在网站上显示。',
      en: 'What the source article does not say and editors must supply or confirm. Never shown on the site.',
    },
  },
};
