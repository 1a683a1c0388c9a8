// What every answer the adapter writes (renders the route cache does not keep, actions, errors,
// redirects, media, documents, static files not kept in memory) gets on its way out, set when its
// head is written: `charset=utf-8` on text types, the site's Cache-Control rule
// (src/lib/httpCaching.ts cacheControlFor: `private, no-store` for errors, cookies and anything
// that says nothing), and for text worth it, brotli or gzip by Accept-Encoding, streamed through
// zlib at a fast level (src/lib/contentEncoding.ts) since it is paid per request. Pages the route
// cache keeps arrive already encoded (compressed once, when rendered) and pass through unchanged.
import type { IncomingMessage, OutgoingHttpHeader, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { compressingStream, isCompressible, minimumCompressedSize, negotiateEncoding } from '../lib/contentEncoding';
import { cacheControlFor, varyWithAcceptEncoding, withCharset } from '../lib/httpCaching';

type WriteCallback = (error?: Error | null) => void;

function header(response: ServerResponse, name: string): string | undefined {
  const value = response.getHeader(name);
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** Applies the head rules, and returns the coding to compress with (or nothing). */
function prepareHead(request: IncomingMessage, response: ServerResponse, status: number) {
  const type = header(response, 'content-type');
  if (type) response.setHeader('Content-Type', withCharset(type));
  response.setHeader('Cache-Control', cacheControlFor(status, header(response, 'cache-control'), response.hasHeader('set-cookie')));
  if (!isCompressible(type) || response.hasHeader('content-encoding')) return undefined;
  response.setHeader('Vary', varyWithAcceptEncoding(header(response, 'vary')));
  const length = header(response, 'content-length');
  const bodiless = request.method === 'HEAD' || status === 204 || status === 304 || status < 200;
  if (bodiless || (length !== undefined && Number(length) < minimumCompressedSize)) return undefined;
  if (/(?:^|,)\s*no-transform\b/i.test(header(response, 'cache-control') ?? '')) return undefined;
  const coding = negotiateEncoding(request.headers['accept-encoding']);
  if (coding === 'identity') return undefined;
  response.setHeader('Content-Encoding', coding);
  response.removeHeader('Content-Length');
  // Another encoding is other bytes: a strong tag of the plain ones would be a false promise.
  const etag = header(response, 'etag');
  if (etag && !etag.startsWith('W/')) response.setHeader('ETag', `W/${etag}`);
  return coding;
}

/** Sets up `response` so that what the adapter writes to it leaves by the rules above. */
export function encodeResponse(request: IncomingMessage, response: ServerResponse): void {
  // The response's own methods, called with the arguments they were given.
  type Method = (this: ServerResponse, ...args: unknown[]) => unknown;
  const writeHead = response.writeHead as Method;
  const write = response.write as Method as (this: ServerResponse, ...args: unknown[]) => boolean;
  const end = response.end as Method;
  let encoder: ReturnType<typeof compressingStream> | undefined;

  response.writeHead = function (status: number, ...rest: unknown[]) {
    const message = typeof rest[0] === 'string' ? rest[0] : undefined;
    const headers = (typeof rest[0] === 'string' ? rest[1] : rest[0]) as OutgoingHttpHeaders | OutgoingHttpHeader[] | undefined;
    if (Array.isArray(headers)) {
      for (let index = 0; index + 1 < headers.length; index += 2) response.appendHeader(String(headers[index]), String(headers[index + 1]));
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value);
    }
    const coding = prepareHead(request, response, status);
    if (coding) encoder = encoderFor(coding);
    return message === undefined ? writeHead.call(response, status) : writeHead.call(response, status, message);
  } as ServerResponse['writeHead'];

  // A body written before the head (a piped file) writes the head first, through the rules.
  response.write = function (chunk: unknown, encoding?: unknown, callback?: unknown) {
    if (!response.headersSent) response.writeHead(response.statusCode);
    if (!encoder) return write.call(response, chunk, encoding as BufferEncoding, callback as WriteCallback);
    if (typeof encoding === 'function') return encoder.write(chunk, encoding as WriteCallback);
    return encoder.write(chunk, encoding as BufferEncoding, callback as WriteCallback | undefined);
  } as ServerResponse['write'];

  response.end = function (chunk?: unknown, encoding?: unknown, callback?: unknown) {
    if (!response.headersSent) {
      const whole = chunk !== undefined && typeof chunk !== 'function' ? chunk : undefined;
      if (whole !== undefined && !response.hasHeader('content-length'))
        response.setHeader(
          'Content-Length',
          typeof whole === 'string' ? Buffer.byteLength(whole, encoding as BufferEncoding) : (whole as Uint8Array).length,
        );
      response.writeHead(response.statusCode);
    }
    if (!encoder) return end.call(response, chunk, encoding as BufferEncoding, callback as () => void);
    const done = [chunk, encoding, callback].find((argument) => typeof argument === 'function') as (() => void) | undefined;
    if (done) response.once('finish', done);
    if (chunk === undefined || typeof chunk === 'function') encoder.end();
    else if (typeof encoding === 'string') encoder.end(chunk, encoding as BufferEncoding);
    else encoder.end(chunk);
    return response;
  } as ServerResponse['end'];

  function encoderFor(coding: 'br' | 'gzip') {
    const stream = compressingStream(coding);
    stream.on('data', (chunk: Buffer) => {
      if (!write.call(response, chunk)) {
        stream.pause();
        response.once('drain', () => stream.resume());
      }
    });
    stream.on('end', () => end.call(response));
    stream.on('error', (error) => response.destroy(error));
    // A writer that saw `false` waits for `drain` from the response: the encoder's buffer emptied.
    stream.on('drain', () => response.emit('drain'));
    response.once('close', () => stream.destroy());
    return stream;
  }
}
