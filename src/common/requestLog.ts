// One JSON line per request, for the site's server (src/server.ts) and the CMS's (cms/server.ts).
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { requestLine } from './logging.ts';
import { requestContext, requestIdOf } from './requestContext.ts';

/**
 * Logs every request of `server` (and every one that asks for `100 Continue`), before its own
 * handlers see it: gives the request its id (the one it came with when acceptable, else a new
 * one), puts that id on the request for the code below and on the response for the client,
 * makes it the current request for the handlers that follow (so the CMS calls they make send
 * the id on, and Payload's lines carry it), and writes the line when the response has gone or
 * the client has left.
 */
export function logRequests(server: Server, logger: Logger): void {
  const begin = (request: IncomingMessage, response: ServerResponse) => {
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
    // The listeners after this one run in the same turn, so they and all they start see this
    // request's id; each request (also the next on a kept-alive connection) enters its own.
    requestContext.enterWith({ requestId });
  };
  server.prependListener('request', begin);
  // A request that asks for `100 Continue` goes to the server's own 'checkContinue' handler
  // instead, if it has one (without one, Node answers `100 Continue` itself and emits 'request'):
  // this goes first there too, whenever that handler is added.
  const beforeContinue = () => {
    if (!server.listeners('checkContinue').includes(begin)) server.prependListener('checkContinue', begin);
  };
  if (server.listenerCount('checkContinue') > 0) beforeContinue();
  server.on('newListener', (event, listener) => {
    if (event === 'checkContinue' && listener !== begin) beforeContinue();
  });
}
