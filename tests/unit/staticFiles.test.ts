import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode, raw } from '../helpers/rawHttp';
import { staticFiles } from '../../src/server/staticFiles';

describe("the build's text files from memory", () => {
  let base = '';
  let server: http.Server;
  let dir = '';
  const script = `export const form = ${JSON.stringify('湘潭 inquiry form '.repeat(300))};`;
  const fallbacks: string[] = [];
  // Reads of the files are counted: each is read (and compressed) once.
  let reads = 0;
  const readFile = fs.promises.readFile;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'static-files-'));
    fs.mkdirSync(path.join(dir, '_astro'));
    fs.writeFileSync(path.join(dir, '_astro', 'InquiryForm.abc123.js'), script);
    fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>');
    fs.writeFileSync(path.join(dir, 'photo.png'), Buffer.alloc(100, 3));
    const serve = staticFiles(dir, '/_astro/');
    fs.promises.readFile = ((...args: Parameters<typeof readFile>) => {
      reads += 1;
      return readFile(...args);
    }) as typeof readFile;
    server = http.createServer((request, response) => {
      if (serve(request, response, () => response.writeHead(598).end())) return;
      fallbacks.push(request.url!);
      response.writeHead(599).end('to the adapter');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    fs.promises.readFile = readFile;
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves a hashed script in each encoding with its own strong ETag, a year of caching, and 304s; the file is read once', async () => {
    const tags = new Set<string>();
    for (const [accept, encoding] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
      ['', undefined],
    ] as const) {
      const response = await raw(`${base}/_astro/InquiryForm.abc123.js`, accept ? { 'accept-encoding': accept } : {});
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers.vary).toBe('Accept-Encoding');
      expect(response.headers['content-length']).toBe(String(response.body.length));
      expect(decode(response.body, encoding)).toBe(script);
      const etag = response.headers.etag!;
      expect(etag).toMatch(/^"[^"]+"$/);
      tags.add(etag);
      const again = await raw(`${base}/_astro/InquiryForm.abc123.js`, {
        ...(accept ? { 'accept-encoding': accept } : {}),
        'if-none-match': etag,
      });
      expect([again.status, again.headers.etag, again.body.length]).toEqual([304, etag, 0]);
      expect(again.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    expect(tags.size).toBe(3);
    expect(reads).toBe(1);
  });

  it('revalidates files whose names are not hashed, answers HEAD without a body, and leaves images to the adapter', async () => {
    const icon = await raw(`${base}/favicon.svg?v=2`, { 'accept-encoding': 'gzip' });
    expect([icon.status, icon.headers['content-encoding'], icon.headers['content-type']]).toEqual([
      200,
      'gzip',
      'image/svg+xml; charset=utf-8',
    ]);
    expect(icon.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    const head = await raw(`${base}/favicon.svg`, { 'accept-encoding': 'gzip' }, 'HEAD');
    expect([head.status, head.headers['content-length'], head.body.length]).toEqual([200, icon.headers['content-length'], 0]);
    expect((await raw(`${base}/photo.png`)).status).toBe(599);
    expect((await raw(`${base}/zh/`)).status).toBe(599);
    expect(fallbacks).toEqual(['/photo.png', '/zh/']);
  });
});
