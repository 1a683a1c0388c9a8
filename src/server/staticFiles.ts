// The build's text files (dist/client: the hashed scripts under /_astro/ and what public/ holds,
// such as favicon.svg) served from memory in each encoding: each file is read and compressed once,
// on its first request (brotli 11 and gzip 9, src/lib/contentEncoding.ts), then kept for the life
// of the process; they are a few small files, so they are not counted in PAGE_CACHE_MAX_BYTES.
// Every encoding has its own strong ETag and answers If-None-Match with a 304. Anything else
// (images, fonts, larger files) is left to the adapter's static handler (`send`).
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { compressOnce, negotiateEncoding, type Encoding } from '../lib/contentEncoding';
import { entityTag, ifNoneMatchMatches, notModifiedHeaderNames } from '../lib/httpCaching';

/** Content types of the text files a build holds, with their charset. */
const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Larger files are streamed by the adapter (and compressed on the way, src/server/responseEncoding.ts). */
const largestKept = 1024 * 1024;

interface StaticFile {
  status: 200;
  variants: Record<Encoding, { headers: Record<string, string>; body: Uint8Array; etag: string }>;
}

/** The kept text files of a build's client folder by URL path, listed once at start (no I/O per request). */
function listFiles(clientDir: string): Map<string, { file: string; type: string }> {
  const files = new Map<string, { file: string; type: string }>();
  if (!fs.existsSync(clientDir)) return files;
  for (const entry of fs.readdirSync(clientDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const type = types[path.extname(entry.name).toLowerCase()];
    const file = path.join(entry.parentPath, entry.name);
    if (!type || fs.statSync(file).size > largestKept) continue;
    const urlPath = `/${path.relative(clientDir, file).split(path.sep).join('/')}`;
    files.set(urlPath, { file, type });
  }
  return files;
}

async function load(file: string, type: string, cacheControl: string): Promise<StaticFile> {
  const [body, stat] = await Promise.all([fs.promises.readFile(file), fs.promises.stat(file)]);
  const compressed = await compressOnce(body);
  const variant = (bytes: Uint8Array, encoding: Encoding) => {
    const etag = entityTag(bytes);
    const headers: Record<string, string> = {
      'content-type': type,
      'content-length': String(bytes.length),
      'cache-control': cacheControl,
      'last-modified': stat.mtime.toUTCString(),
      vary: 'Accept-Encoding',
      etag,
      'x-content-type-options': 'nosniff',
    };
    if (encoding !== 'identity') headers['content-encoding'] = encoding;
    return { headers, body: bytes, etag };
  };
  return {
    status: 200,
    variants: { identity: variant(body, 'identity'), br: variant(compressed.br, 'br'), gzip: variant(compressed.gzip, 'gzip') },
  };
}

/**
 * A handler for the build's text files: returns true when it answers the request (GET or HEAD
 * of one of them), false to leave it to the adapter. `assetsPrefix` (`/_astro/`) holds hashed
 * names, kept by browsers for a year; other files are revalidated on every use.
 */
export function staticFiles(clientDir: string, assetsPrefix: string) {
  const files = listFiles(clientDir);
  const loaded = new Map<string, Promise<StaticFile>>();
  return function serveStaticFile(request: IncomingMessage, response: ServerResponse, fallback: () => void): boolean {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !request.url) return false;
    let pathname = request.url.split('?')[0]!;
    try {
      if (pathname.includes('%')) pathname = decodeURI(pathname);
    } catch {
      return false;
    }
    const found = files.get(pathname);
    if (!found) return false;
    const cacheControl = pathname.startsWith(assetsPrefix) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate';
    let pending = loaded.get(pathname);
    if (!pending) {
      pending = load(found.file, found.type, cacheControl);
      loaded.set(pathname, pending);
      // A file that could not be read is tried again next time, and the adapter answers now.
      pending.catch(() => loaded.delete(pathname));
    }
    pending.then(
      (file) => {
        const variant = file.variants[negotiateEncoding(request.headers['accept-encoding'])];
        if (ifNoneMatchMatches(request.headers['if-none-match'], variant.etag)) {
          const headers: Record<string, string> = {};
          for (const name of notModifiedHeaderNames) if (variant.headers[name] !== undefined) headers[name] = variant.headers[name];
          response.writeHead(304, headers).end();
          return;
        }
        response.writeHead(file.status, variant.headers);
        response.end(request.method === 'HEAD' ? undefined : variant.body);
      },
      () => fallback(),
    );
    return true;
  };
}
