// The site's production server (built to dist/server/entry.mjs; astro.config.mjs points the Node
// adapter here). It is the adapter's standalone server with one step in front: a GET that the
// route cache holds is answered from it at once (src/lib/pageCacheProvider.ts serveCachedPage),
// the same bytes and headers Astro would send for it, without the adapter's static-file lookup
// (two file-system calls per request) and without building a web Request and Response. Every
// other request goes to the adapter's own handler: static files, rendering, actions. Two things
// happen to every request first: a body over the site's limit is refused while it streams
// (src/server/requestBody.ts), and a GET's query keeps only the parameters its page reads
// (src/lib/pageQuery.ts), so the page renders from exactly what its route-cache key holds.
import './server/noAutostart';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { handler, options } from '@astrojs/node/server.js';
import { serveCachedPage } from './lib/pageCacheProvider';
import { pageTarget } from './lib/pageQuery';
import { requestBodyLimit } from './lib/requestBodyLimit';
import { declaresTooLarge, refuse, withBodyLimit } from './server/requestBody';
import { dropUntrustedForwarding, trustsProxy } from './server/forwardedHeaders';

const port = process.env.PORT ? Number(process.env.PORT) : options.port;
const host = process.env.HOST ?? (typeof options.host === 'string' ? options.host : options.host ? '0.0.0.0' : 'localhost');

const trustProxy = trustsProxy();

function respond(request: http.IncomingMessage, response: http.ServerResponse): void {
  dropUntrustedForwarding(request, trustProxy);
  if (request.url && (request.method === 'GET' || request.method === 'HEAD')) request.url = pageTarget(request.url);
  const render = () => void handler(request, response);
  // A page being rendered for another request is waited for, not rendered again.
  if (serveCachedPage(request, response, render)) return;
  render();
}

const listener: http.RequestListener = (request, response) =>
  withBodyLimit(request, response, requestBodyLimit, () => respond(request, response));

// As the adapter's standalone server: HTTPS when given a certificate and key.
const server =
  process.env.SERVER_CERT_PATH && process.env.SERVER_KEY_PATH
    ? https.createServer(
        { key: fs.readFileSync(process.env.SERVER_KEY_PATH), cert: fs.readFileSync(process.env.SERVER_CERT_PATH) },
        listener,
      )
    : http.createServer(listener);
// A client that waits for `100 Continue` before sending a body over the limit is refused before it sends it.
server.on('checkContinue', (request, response) => {
  if (declaresTooLarge(request, requestBodyLimit)) return refuse(request, response, { close: true });
  response.writeContinue();
  listener(request, response);
});
server.listen(port, host, () => {
  if (process.env.ASTRO_NODE_LOGGING !== 'disabled')
    console.log(`Server listening on ${server instanceof https.Server ? 'https' : 'http'}://${host}:${port}`);
});
