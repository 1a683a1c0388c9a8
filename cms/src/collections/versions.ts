import type { CollectionConfig } from 'payload';

/**
 * Versions of every editor-written collection with a public page: drafts that autosave while an
 * editor types, publishing and unpublishing scheduled through Payload's jobs queue (the CMS runs
 * the queue itself), and enough history to compare and restore.
 *
 * The schedule drawer offers every minute (a typed 19:12 stays 19:12, not the nearest five
 * minutes) on a 24-hour clock, in China time (`admin.timezones` in cms/src/payload.config.ts).
 */
export const editorialVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 2000 }, schedulePublish: { timeIntervals: 1, timeFormat: 'HH:mm' } },
  maxPerDoc: 100,
};
