import zlib from 'node:zlib';

/**
 * Content codings the site sends: brotli and gzip from Node's zlib, chosen per request from
 * `Accept-Encoding` (RFC 9110, 12.5.3). Text (HTML, XML, RSS, JSON, SVG, JavaScript, CSS) is
 * compressed; images, PDFs, fonts and archives are already compressed and go as they are.
 */
export type Coding = 'br' | 'gzip';
export type Encoding = Coding | 'identity';

/** What the site offers, best first: brotli is about a fifth smaller than gzip on our pages. */
export const codings: readonly Coding[] = ['br', 'gzip'];

/** Weights by coding from an `Accept-Encoding` value; `x-gzip` is gzip (RFC 9110, 8.4.1.3). */
function weights(header: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...parameters] = part.trim().split(';');
    const coding = name!.trim().toLowerCase();
    if (!coding) continue;
    let q = 1;
    for (const parameter of parameters) {
      const match = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(parameter);
      if (match) q = Number(match[1]);
    }
    const key = coding === 'x-gzip' ? 'gzip' : coding;
    // A coding listed twice keeps its best weight.
    map.set(key, Math.max(map.get(key) ?? 0, q));
  }
  return map;
}

/**
 * The encoding to send for a request's `Accept-Encoding`, among `available` codings (best
 * first): the one with the highest weight above zero, ties to the earlier in `available`;
 * `identity` when the client names none of them (or none at all), or weighs identity higher.
 * A client that refuses identity too (`identity;q=0`) still gets it: a representation it may
 * decode badly beats a 406 for a page (as nginx and Apache answer).
 */
export function negotiateEncoding(header: string | string[] | null | undefined, available: readonly Coding[] = codings): Encoding {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return 'identity';
  // Browsers send a handful of distinct values: each is parsed once (every cache hit asks).
  if (available === codings) {
    const known = negotiated.get(value);
    if (known) return known;
    if (negotiated.size >= 256) negotiated.clear();
    const chosen = choose(value, available);
    negotiated.set(value, chosen);
    return chosen;
  }
  return choose(value, available);
}

const negotiated = new Map<string, Encoding>();

function choose(value: string, available: readonly Coding[]): Encoding {
  if (!value.trim()) return 'identity';
  const accepted = weights(value);
  const any = accepted.get('*');
  let best: Encoding = 'identity';
  // Identity unnamed is acceptable but weighs least: a listed coding wins over it.
  let bestWeight = accepted.get('identity') ?? (any === 0 ? 0 : 0.0005);
  for (const coding of available) {
    const q = accepted.get(coding) ?? any ?? 0;
    if (q > 0 && q > bestWeight) {
      best = coding;
      bestWeight = q;
    }
  }
  return best;
}

/** Text types worth compressing (with their parameters, e.g. `text/html; charset=utf-8`). */
export function isCompressible(contentType: string | null | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type.startsWith('text/')) return true;
  if (type === 'image/svg+xml') return true;
  return /^application\/(?:json|xml|javascript|ecmascript|x-javascript|manifest\+json|[a-z0-9.+-]+\+(?:json|xml))$/.test(type);
}

/** Bodies this small gain less than the `Content-Encoding` header and a round of zlib cost. */
export const minimumCompressedSize = 1024;

/**
 * Above this size brotli quality 11 (best, about 4× slower than 6) costs more than it saves:
 * a 5 MB sitemap takes seconds at 11. Below it (every page but the largest sitemaps) a render is
 * compressed at the best level once, then served as often as it is asked for.
 */
const bestQualityLimit = 512 * 1024;

function brotli(body: Uint8Array, quality: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    zlib.brotliCompress(
      body,
      {
        params: {
          [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
          [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );
}

function gzip(body: Uint8Array, level: number): Promise<Buffer> {
  return new Promise((resolve, reject) => zlib.gzip(body, { level }, (error, result) => (error ? reject(error) : resolve(result))));
}

/**
 * A stored body in each coding, compressed at the best levels (off the event loop, in zlib's
 * thread pool): for what is compressed once and sent many times (cached pages, static files).
 */
export async function compressOnce(body: Uint8Array): Promise<Record<Coding, Uint8Array<ArrayBuffer>>> {
  const best = body.length <= bestQualityLimit;
  const [br, gz] = await Promise.all([brotli(body, best ? 11 : 6), gzip(body, best ? 9 : 6)]);
  return {
    br: new Uint8Array(br.buffer, br.byteOffset, br.length) as Uint8Array<ArrayBuffer>,
    gzip: new Uint8Array(gz.buffer, gz.byteOffset, gz.length) as Uint8Array<ArrayBuffer>,
  };
}

/**
 * A compressing stream for a response rendered for one request only (contact, search, errors):
 * faster levels, since it is paid on every request (brotli 5 is still smaller than gzip 9).
 */
export function compressingStream(coding: Coding): zlib.BrotliCompress | zlib.Gzip {
  return coding === 'br'
    ? zlib.createBrotliCompress({
        params: { [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT, [zlib.constants.BROTLI_PARAM_QUALITY]: 5 },
      })
    : zlib.createGzip({ level: 6 });
}
