import type { ServerFunction } from 'payload';
import { schedulePublishHandler, type SchedulePublishHandlerArgs } from '@payloadcms/ui/utilities/schedulePublishHandler';
import { bilingual } from '../lib/bilingual';
import { isPastForServer, pastTimeMessage } from './pastTime';

/**
 * The admin's `schedule-publish` server function (the only way to schedule: the jobs collection
 * takes no REST or GraphQL creates), registered in cms/src/app/(payload)/layout.tsx in place of
 * Payload's own. Payload queues a job whose time has passed, and the queue then runs it at once:
 * the document goes live before the moment the editor meant. Such a time is refused here with
 * the drawer's own words; everything else (deleting an event, queueing a future one) is Payload's.
 */
export const schedulePublishServerFunction: ServerFunction<SchedulePublishHandlerArgs> = async (args) => {
  if (!args.deleteID) {
    // No time at all would queue a job that runs at once, too.
    const when = args.date ? new Date(args.date) : undefined;
    if (!when || Number.isNaN(when.getTime()) || isPastForServer(when)) return { error: bilingual(pastTimeMessage.zh, pastTimeMessage.en) };
  }
  return schedulePublishHandler(args);
};
