import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressOnce, isCompressible, negotiateEncoding } from '../../src/lib/contentEncoding';

describe('Accept-Encoding negotiation', () => {
  it.each([
    // What browsers send: brotli first when offered.
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br', 'br'],
    ['x-gzip', 'gzip'],
    ['GZIP', 'gzip'],
    // q-values: the highest weight wins, whatever the order.
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['gzip;q=1.0, br;q=0.999', 'gzip'],
    ['br;q=0.1, gzip; q=0.1', 'br'],
    ['gzip;q=0, br;q=0', 'identity'],
    ['br;q=0, gzip', 'gzip'],
    // `*` covers what is not named.
    ['*', 'br'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['*;q=0', 'identity'],
    // Identity is acceptable unless refused, but a named coding beats it unless weighed higher.
    ['identity', 'identity'],
    ['identity;q=1, gzip;q=0.5', 'identity'],
    ['identity;q=0.2, gzip;q=0.5', 'gzip'],
    ['deflate', 'identity'],
    ['', 'identity'],
    ['  ', 'identity'],
    // Nonsense weights are ignored, not fatal.
    ['br;q=abc', 'br'],
    ['br;q=2, gzip;q=0.5', 'br'],
  ])('%j → %s', (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });

  it('sends identity when the header is absent, and reads a repeated header as one list', () => {
    expect(negotiateEncoding(undefined)).toBe('identity');
    expect(negotiateEncoding(null)).toBe('identity');
    expect(negotiateEncoding(['gzip;q=0.5', 'br;q=0.9'])).toBe('br');
  });

  it('chooses only among the codings offered', () => {
    expect(negotiateEncoding('br, gzip', ['gzip'])).toBe('gzip');
    expect(negotiateEncoding('br', ['gzip'])).toBe('identity');
  });
});

describe('what is compressed', () => {
  it.each([
    'text/html',
    'text/html; charset=utf-8',
    'application/xml; charset=utf-8',
    'application/rss+xml; charset=utf-8',
    'application/json',
    'application/ld+json',
    'image/svg+xml',
    'text/javascript; charset=utf-8',
    'application/javascript',
    'text/css',
    'text/plain; charset=utf-8',
    'application/manifest+json',
  ])('%s is compressed', (type) => expect(isCompressible(type)).toBe(true));

  it.each([
    'image/png',
    'image/webp',
    'image/avif',
    'image/jpeg',
    'application/pdf',
    'font/woff2',
    'application/zip',
    'application/octet-stream',
    '',
    undefined,
  ])('%s is sent as it is', (type) => expect(isCompressible(type)).toBe(false));
});

describe('compressing a stored body', () => {
  it('gives brotli and gzip bytes that decode to the same text, brotli the smaller', async () => {
    const page = Buffer.from(
      `<!doctype html><html lang="zh"><body>${'<p>湘潭高新区 Xiangtan Hi-tech Zone 招商</p>'.repeat(400)}</body></html>`,
    );
    const { br, gzip } = await compressOnce(page);
    expect(Buffer.from(zlib.brotliDecompressSync(br)).equals(page)).toBe(true);
    expect(Buffer.from(zlib.gunzipSync(gzip)).equals(page)).toBe(true);
    expect(br.length).toBeLessThan(gzip.length);
    expect(br.length).toBeLessThan(page.length / 4);
  });
});
