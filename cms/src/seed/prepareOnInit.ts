import type { Payload } from 'payload';
import { prepareDatabase } from './prepareDatabase';

/**
 * Payload's `onInit` in the CMS server that `npm start` runs (scripts/start.ts sets
 * CMS_PREPARE_DATABASE=1): migrations, first admin, service account and seed before the CMS
 * serves anything, in the process that loads Payload anyway. A separate process for this loaded
 * the whole config a second time and made a restart take several seconds longer. Payload runs
 * `onInit` before `getPayload` resolves, so no request (and no job runner: its crons start after
 * `onInit`) sees a database that still needs a migration. Anywhere else (tests, scripts, a
 * server started some other way) this does nothing.
 */
export async function prepareOnInit(payload: Payload): Promise<void> {
  if (process.env.CMS_PREPARE_DATABASE !== '1' || process.env.NEXT_PHASE === 'phase-production-build') return;
  try {
    await prepareDatabase(payload, { seed: 'empty', devPushedDatabase: 'refuse' });
  } catch (error) {
    // A CMS that cannot prepare its database must not serve: stop, so that `npm start` reports it.
    console.error(`The CMS could not prepare its database: ${(error as Error).message}`);
    process.exit(1);
  }
}
