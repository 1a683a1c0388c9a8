import type { CollectionConfig } from 'payload';

/**
 * Versions of every editor-written collection with a public page: drafts that autosave while an
 * editor types, publishing and unpublishing scheduled through Payload's jobs queue (the CMS runs
 * the queue itself), and enough history to compare and restore.
 */
export const editorialVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 2000 }, schedulePublish: true },
  maxPerDoc: 100,
};
