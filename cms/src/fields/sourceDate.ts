import type { DateField } from 'payload';
import { dayOnlyDate } from './dateFormat';

/**
 * The date of the source a document's facts come from (an article, a report), kept apart from the
 * date of the event itself: the site shows both where they differ (issue 18), so that an event of
 * 3 July reported on 4 September is never shown as "published 3 July".
 */
export const sourceDateField: DateField = {
  name: 'sourceDate',
  type: 'date',
  label: { zh: '来源日期', en: 'Source date' },
  admin: {
    position: 'sidebar',
    date: dayOnlyDate,
    description: {
      zh: '来源（报道、文件）发布的日期，不是事件本身的日期。',
      en: 'The day the source (article, document) was published, not the day of the event.',
    },
  },
};

/** The day an event happened, where the source gives it (empty when it gives only a month). */
export const eventDateField: DateField = {
  name: 'eventDate',
  type: 'date',
  label: { zh: '事件日期', en: 'Event date' },
  admin: {
    position: 'sidebar',
    date: dayOnlyDate,
    description: {
      zh: '事件发生的日期（来源只给月份时留空，在正文中写明）。',
      en: 'The day the event happened (leave empty when the source gives only the month, and say so in the text).',
    },
  },
};
