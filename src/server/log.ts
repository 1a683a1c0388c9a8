// The site's log: JSON lines on standard output at LOG_LEVEL (src/common/logging.ts).
import { createLogger } from '#common/logging.ts';

export const log = createLogger('site');
export { logRequests } from '#common/requestLog.ts';
