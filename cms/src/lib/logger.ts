import pino from 'pino';
import type { Config } from 'payload';
import { logOptions } from '#common/logging.ts';

/**
 * Payload's own lines (start-up, jobs, errors) in production: the JSON lines of the CMS's request
 * log (src/common/logging.ts), at LOG_LEVEL, carrying the id of the request they were written
 * for. In development and tests Payload keeps its readable default (pino-pretty).
 */
export function payloadLogger(env: NodeJS.ProcessEnv = process.env): Config['logger'] {
  if (env.NODE_ENV !== 'production') return undefined;
  return { options: logOptions('cms', env), destination: pino.destination({ dest: 1, sync: false }) };
}
