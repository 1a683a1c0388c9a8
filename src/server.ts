// The site's production server (built to dist/server/entry.mjs; astro.config.mjs points the Node
// adapter here). It is the adapter's standalone server with one step in front: a GET that the
// route cache holds is answered from it at once (src/lib/pageCacheProvider.ts serveCachedPage),
// the same bytes and headers Astro would send for it, without the adapter's static-file lookup
// (two file-system calls per request) and without building a web Request and Response. Every
// other request goes to the adapter's own handler: static files, rendering, actions. Two things
// happen to every request first: a body over the site's limit is refused while it streams
// (src/server/requestBody.ts), and a GET's query keeps only the parameters its page reads
// (src/lib/pageQuery.ts), so the page renders from exactly what its route-cache key holds.
// Hits leave in the encoding the request accepts (kept in the cache, compressed once), or as a
// 304; the build's text files come from memory in each encoding (src/server/staticFiles.ts);
// whatever the adapter writes gets the site's caching headers and is compressed on the way
// (src/server/responseEncoding.ts).
import './server/noAutostart';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { handler, options } from '@astrojs/node/server.js';
import { log, logRequests } from './server/log';
import { serveCachedPage } from './lib/pageCacheProvider';
import { pageTarget } from './lib/pageQuery';
import { requestBodyLimit } from './lib/requestBodyLimit';
import { declaresTooLarge, refuse, withBodyLimit } from './server/requestBody';
import { encodeResponse } from './server/responseEncoding';
import { staticFiles } from './server/staticFiles';

const port = process.env.PORT ? Number(process.env.PORT) : options.port;
const host = process.env.HOST ?? (typeof options.host === 'string' ? options.host : options.host ? '0.0.0.0' : 'localhost');

// The client folder as the adapter finds it: beside this entry's server folder, wherever the build moved.
const clientDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  path.relative(fileURLToPath(options.server), fileURLToPath(options.client)),
);
// Astro's `build.assets` folder, which holds the hashed file names.
const serveStaticFile = staticFiles(clientDir, '/_astro/');

function respond(request: http.IncomingMessage, response: http.ServerResponse): void {
  const adapter = () => {
    encodeResponse(request, response);
    void handler(request, response);
  };
  if (serveStaticFile(request, response, adapter)) return;
  if (request.url && (request.method === 'GET' || request.method === 'HEAD')) request.url = pageTarget(request.url);
  // A page being rendered for another request is waited for, not rendered again.
  if (serveCachedPage(request, response, adapter)) return;
  adapter();
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
// One JSON line per request, with its request id, which the site's CMS calls send on (src/server/log.ts).
logRequests(server, log);
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
