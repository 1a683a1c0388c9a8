import type { IncomingMessage, ServerResponse } from 'node:http';
import { useTranslations } from '../i18n';
import { defaultLocale, isLocale, localeInfo, locales, type Locale } from '#common/locales.ts';
import { localePath } from '../lib/localePath';
import { privateCacheControl } from '../lib/httpCaching';
import { applySecurityHeaders } from '../lib/securityHeaders';

/**
 * What a refused client may still send. It is read and dropped (never kept), so that the client
 * reads the 413 instead of a reset connection (closing a socket with unread data resets it);
 * a client that goes on past this is cut off.
 */
const drainLimit = 64 * 2 ** 20;

/** A request body as the Node adapter takes it from a body parser: read already, in full. */
type ReadRequest = IncomingMessage & { body?: Buffer };

/**
 * Hands a request to `next` once its body is known to fit in `limit` bytes, and answers 413
 * itself otherwise, before any page or action sees the request. A declared Content-Length over
 * the limit is refused at once, unread; a chunked body is counted while it streams and refused
 * at the byte that passes the limit, so at most `limit` bytes of a body are ever held. A chunked
 * body within the limit is handed on read (`request.body`, which the adapter takes as it is).
 */
export function withBodyLimit(request: IncomingMessage, response: ServerResponse, limit: number, next: () => void): void {
  const declared = request.headers['content-length'];
  if (declared !== undefined) {
    // Node's parser has checked that it is a number and ends the body there.
    if (Number(declared) > limit) refuse(request, response);
    else next();
    return;
  }
  if (request.headers['transfer-encoding'] === undefined) {
    next();
    return;
  }
  const chunks: Buffer[] = [];
  let received = 0;
  const stop = () => {
    request.off('data', onData);
    request.off('end', onEnd);
    request.off('error', stop);
  };
  const onData = (chunk: Buffer) => {
    received += chunk.length;
    if (received <= limit) {
      chunks.push(chunk);
      return;
    }
    stop();
    chunks.length = 0;
    refuse(request, response);
  };
  const onEnd = () => {
    stop();
    (request as ReadRequest).body = Buffer.concat(chunks, received);
    next();
  };
  request.on('data', onData);
  request.once('end', onEnd);
  // A client that went away mid-body is owed no answer.
  request.once('error', stop);
}

/** True when a request that asks `Expect: 100-continue` declares a body over the limit. */
export function declaresTooLarge(request: IncomingMessage, limit: number): boolean {
  const declared = request.headers['content-length'];
  return declared !== undefined && Number(declared) > limit;
}

/** The 413 answer, then what the client still sends is read and dropped. */
export function refuse(request: IncomingMessage, response: ServerResponse, { close = false } = {}): void {
  const pathname = (request.url ?? '/').split('?')[0];
  const first = pathname.split('/')[1];
  const locale: Locale = isLocale(first) ? first : defaultLocale;
  // An action called from the inquiry form's script gets an action error it shows in the form.
  const rpc = pathname.startsWith('/_actions/');
  const body = rpc ? tooLargeJson() : tooLargePage(locale);
  const headers = new Headers({
    'Content-Type': rpc ? 'application/json' : 'text/html; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    // An error for this request only (src/lib/httpCaching.ts).
    'Cache-Control': privateCacheControl,
  });
  if (close) headers.set('Connection', 'close');
  // HTTPS as this server sees it: behind a TLS proxy the answer goes without HSTS, which browsers
  // keep from the site's other answers.
  const encrypted = 'encrypted' in request.socket && Boolean(request.socket.encrypted);
  applySecurityHeaders(headers, { pathname, https: encrypted, adminOrigins: [] });
  response.writeHead(413, Object.fromEntries(headers));
  response.end(body);
  let dropped = 0;
  request.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > drainLimit) request.destroy();
  });
  request.resume();
}

/** Astro's serialised action error, with the form's UI string as its message. */
function tooLargeJson(): string {
  return JSON.stringify({ type: 'AstroActionError', code: 'CONTENT_TOO_LARGE', status: 413, message: 'inquiry.errorTooLarge' });
}

/** A small page in both languages, the request's first. */
export function tooLargePage(locale: Locale): string {
  const order = [locale, ...locales.map((l) => l.code).filter((code) => code !== locale)];
  const t = useTranslations(locale);
  const sections = order
    .map((code) => {
      const other = useTranslations(code);
      const lang = localeInfo(code).lang;
      return `<section lang="${lang}"><h1>${other('error.tooLargeTitle')}</h1><p>${other('error.tooLargeText')}</p><p><a href="${localePath(code)}">${other('nav.home')}</a></p></section>`;
    })
    .join('');
  return `<!doctype html><html lang="${localeInfo(locale).lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${t('error.tooLargeTitle')}</title></head><body><main>${sections}</main></body></html>`;
}
