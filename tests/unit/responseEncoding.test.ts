import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode, raw } from '../helpers/rawHttp';
import { encodeResponse } from '../../src/server/responseEncoding';

const page = `<!doctype html><html lang="zh"><body>${'<p>湘潭高新区 联系我们 Contact us</p>'.repeat(200)}</body></html>`;

describe('what the adapter writes leaves with the caching rules, compressed by Accept-Encoding', () => {
  let base = '';
  let server: http.Server;
  beforeAll(async () => {
    // Written the ways the adapter writes: Astro's writeResponse (head with headers, chunks, end),
    // `send` piping a file (headers set, no explicit head), and a plain end(body).
    server = http.createServer((request, response) => {
      encodeResponse(request, response);
      const url = new URL(request.url!, 'http://site.test');
      if (url.pathname === '/contact') {
        response.writeHead(200, { 'content-type': 'text/html' });
        for (let index = 0; index < page.length; index += 1000) response.write(page.slice(index, index + 1000));
        response.end();
      } else if (url.pathname === '/piped.css') {
        response.statusCode = 200;
        response.setHeader('Content-Type', 'text/css; charset=UTF-8');
        response.setHeader('Cache-Control', 'public, max-age=0');
        response.setHeader('ETag', '"plain-bytes"');
        Readable.from([Buffer.from(page.slice(0, 3000)), Buffer.from(page.slice(3000))]).pipe(response);
      } else if (url.pathname === '/missing') {
        response.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=600' });
        response.end(page);
      } else if (url.pathname === '/cookie') {
        response.writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'a=b' });
        response.end(JSON.stringify({ page }));
      } else if (url.pathname === '/small') {
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': '2' });
        response.end('{}');
      } else if (url.pathname === '/media.png') {
        response.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'public, max-age=86400' });
        response.end(Buffer.alloc(5000, 1));
      } else if (url.pathname === '/document.pdf') {
        response.writeHead(200, { 'content-type': 'application/pdf', 'cache-control': 'public, max-age=86400' });
        response.end(Buffer.alloc(5000, 2));
      } else if (url.pathname === '/redirect') {
        response.writeHead(302, { location: '/zh/', vary: 'Accept-Language', 'cache-control': 'no-store' });
        response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => void server.close());

  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0.2, gzip;q=0.8', 'gzip'],
    ['', undefined],
  ])('a page rendered per visitor (Accept-Encoding %j) is %s, private, no-store, with its charset', async (accept, encoding) => {
    const response = await raw(`${base}/contact`, accept ? { 'accept-encoding': accept } : {});
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe(encoding);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect(decode(response.body, encoding)).toBe(page);
    if (encoding) expect(response.body.length).toBeLessThan(Buffer.byteLength(page) / 4);
  });

  it('compresses a piped file, keeps its caching rule, and weakens its strong ETag for the other bytes', async () => {
    const response = await raw(`${base}/piped.css`, { 'accept-encoding': 'br' });
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('public, max-age=0');
    expect(response.headers.etag).toBe('W/"plain-bytes"');
    expect(response.headers['content-length']).toBeUndefined();
    expect(decode(response.body, 'br')).toBe(page);
    const plain = await raw(`${base}/piped.css`);
    expect(plain.headers.etag).toBe('"plain-bytes"');
    expect(plain.body.toString()).toBe(page);
  });

  it('says private, no-store on errors, on anything that sets a cookie, and on redirects by language', async () => {
    const missing = await raw(`${base}/missing`, { 'accept-encoding': 'gzip' });
    expect([missing.status, missing.headers['cache-control'], missing.headers['content-encoding']]).toEqual([
      404,
      'private, no-store',
      'gzip',
    ]);
    const cookie = await raw(`${base}/cookie`, { 'accept-encoding': 'br' });
    expect(cookie.headers['cache-control']).toBe('private, no-store');
    expect(cookie.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(decode(cookie.body, 'br'))).toEqual({ page });
    const redirect = await raw(`${base}/redirect`);
    expect([redirect.status, redirect.headers['cache-control'], redirect.headers.vary]).toEqual([
      302,
      'private, no-store',
      'Accept-Language',
    ]);
  });

  it('sends images, PDFs and tiny bodies as they are', async () => {
    for (const [pathname, type] of [
      ['/media.png', 'image/png'],
      ['/document.pdf', 'application/pdf'],
    ]) {
      const response = await raw(`${base}${pathname}`, { 'accept-encoding': 'br, gzip' });
      expect(response.headers['content-encoding'], pathname).toBeUndefined();
      expect(response.headers.vary, pathname).toBeUndefined();
      expect(response.headers['content-type'], pathname).toBe(type);
      expect(response.headers['cache-control'], pathname).toBe('public, max-age=86400');
      expect(response.body.length, pathname).toBe(5000);
    }
    const small = await raw(`${base}/small`, { 'accept-encoding': 'br' });
    expect([small.headers['content-encoding'], small.headers['content-length'], small.body.toString()]).toEqual([undefined, '2', '{}']);
  });

  it('answers HEAD with the head and no body', async () => {
    const response = await raw(`${base}/contact`, { 'accept-encoding': 'br' }, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.body.length).toBe(0);
  });
});
