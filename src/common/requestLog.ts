// One JSON line per request, for the site's server (src/server.ts) and the CMS's (cms/server.ts).
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { requestLine } from './logging.ts';
import { requestContext, requestIdOf } from './requestContext.ts';

/**
 * Wraps a server's request handler: gives the request its id (the one it came with when
 * acceptable, else a new one), puts that id on the request for the code below and on the
 * response for the client, runs the handler in the request's context (so the CMS calls it makes
 * send the id on, and Payload's lines carry it), and logs the request when its response has gone.
 */
export function withRequestLog(logger: Logger, listener: (request: IncomingMessage, response: ServerResponse) => void): RequestListener {
  return (request, response) => {
    const startedAt = process.hrtime.bigint();
    // As it came: the site's server narrows a page's query before rendering.
    const url = request.url;
    const requestId = requestIdOf(request.headers['x-request-id']);
    request.headers['x-request-id'] = requestId;
    response.setHeader('X-Request-Id', requestId);
    response.once('close', () => {
      logger.info(
        requestLine({
          method: request.method,
          url,
          // No status when the client left before one was sent.
          status: response.headersSent ? response.statusCode : null,
          startedAt,
          requestId,
          finished: response.writableFinished,
        }),
        'request',
      );
    });
    requestContext.run({ requestId }, () => listener(request, response));
  };
}
