import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withBodyLimit } from '../../src/server/requestBody';

const limit = 1000;
let base: string;
let server: http.Server;
/** What the handler behind the limit saw: path and the body's byte count (or -1: not read). */
const handed: { url: string; bytes: number }[] = [];

beforeAll(async () => {
  server = http.createServer((request, response) =>
    withBodyLimit(request, response, limit, () => {
      const read = (request as { body?: Buffer }).body;
      handed.push({ url: request.url!, bytes: read ? read.length : -1 });
      const answer = () => response.writeHead(200).end('handled');
      if (request.readableEnded) answer();
      else request.resume().on('end', answer);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

/** A body sent in chunks with no Content-Length (Transfer-Encoding: chunked). */
function chunked(text: string, chunkSize = 100): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, (offset += chunkSize)));
    },
  });
}

const post = (path: string, body: BodyInit) => fetch(`${base}${path}`, { method: 'POST', body, duplex: 'half' } as RequestInit);

describe('a request body over the limit', () => {
  it('is refused by its Content-Length with a small page in both languages that never shows it', async () => {
    handed.length = 0;
    const typed = `message=${'SECRET-TEXT '.repeat(200)}`;
    const response = await post('/en/contact?_action=sendInquiry', new URLSearchParams(typed));
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).not.toContain('SECRET-TEXT');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Too much data sent');
    expect(html).toContain('提交的内容过大');
    expect(Buffer.byteLength(html)).toBeLessThan(2000);
    expect(handed).toEqual([]);
  });

  it('is refused while it streams when it comes in chunks, and the page is in the language of its path first', async () => {
    handed.length = 0;
    const response = await post('/zh/track?_action=trackInquiry', chunked(`reference=${'SECRET-TEXT'.repeat(500)}`));
    expect(response.status).toBe(413);
    const html = await response.text();
    expect(html).not.toContain('SECRET-TEXT');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html.indexOf('提交的内容过大')).toBeLessThan(html.indexOf('Too much data sent'));
    expect(handed).toEqual([]);
  });

  it("answers an action called from a script with Astro's action error, whose message the form shows", async () => {
    const response = await post('/_actions/sendInquiry', chunked('x'.repeat(5000)));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      type: 'AstroActionError',
      code: 'CONTENT_TOO_LARGE',
      status: 413,
      message: 'inquiry.errorTooLarge',
    });
  });

  it('leaves the connection usable for the next request', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const send = (body: string) =>
      new Promise<number>((resolve, reject) => {
        const request = http.request(
          `${base}/en/contact`,
          { method: 'POST', agent, headers: { 'content-length': Buffer.byteLength(body) } },
          (response) => {
            response.resume();
            response.on('end', () => resolve(response.statusCode!));
          },
        );
        request.on('error', reject);
        request.end(body);
      });
    expect(await send('x'.repeat(50_000))).toBe(413);
    expect(await send('ok=1')).toBe(200);
    agent.destroy();
  });
});

describe('a request body within the limit', () => {
  it('is handed on unread when its length is declared, and read in full when it comes in chunks', async () => {
    handed.length = 0;
    expect((await post('/en/contact', 'a'.repeat(limit))).status).toBe(200);
    expect((await post('/en/contact', chunked('b'.repeat(limit)))).status).toBe(200);
    expect((await fetch(`${base}/en/news`)).status).toBe(200);
    expect(handed).toEqual([
      { url: '/en/contact', bytes: -1 },
      { url: '/en/contact', bytes: limit },
      { url: '/en/news', bytes: -1 },
    ]);
  });
});
