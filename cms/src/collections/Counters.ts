import type { CollectionConfig } from 'payload';

/**
 * Named sequences (e.g. `inquiry-2026`), incremented atomically in the database by
 * `nextSequence` (cms/src/lib/sequence.ts). Nobody reads or writes them through the API.
 */
export const Counters: CollectionConfig = {
  slug: 'counters',
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, index: true },
    { name: 'value', type: 'number', required: true, defaultValue: 0 },
  ],
};
