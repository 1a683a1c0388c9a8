import type { Field } from 'payload';

/** Position in lists, smallest first. */
export const orderField: Field = {
  name: 'order',
  type: 'number',
  defaultValue: 0,
  label: { zh: '排序', en: 'Order' },
  admin: { position: 'sidebar' },
};
