import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropUntrustedForwarding, trustsProxy } from '../../src/server/forwardedHeaders';

// A real server, so the headers are as Node parses them off the wire.
const servers: http.Server[] = [];
async function echoServer(trustProxy: boolean): Promise<string> {
  const server = http.createServer((request, response) => {
    dropUntrustedForwarding(request, trustProxy);
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(request.headers));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
let untrusting: string;
let trusting: string;
beforeAll(async () => {
  [untrusting, trusting] = [await echoServer(false), await echoServer(true)];
});
afterAll(() => servers.forEach((server) => server.close()));

const forwarded = {
  'x-forwarded-for': '203.0.113.7',
  'x-forwarded-host': 'invest.example.cn',
  'x-forwarded-proto': 'https',
  'x-forwarded-port': '443',
  'x-request-id': 'kept',
};
const seen = async (base: string) => (await (await fetch(base, { headers: forwarded })).json()) as Record<string, string>;

describe('forwarded headers', () => {
  it('are dropped when no proxy is trusted, so a direct client cannot claim an address or HTTPS', async () => {
    const headers = await seen(untrusting);
    for (const name of ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port'])
      expect(headers[name]).toBeUndefined();
    expect(headers['x-request-id']).toBe('kept');
  });

  it('are kept as the proxy sent them with TRUST_PROXY=true', async () => {
    const headers = await seen(trusting);
    expect(headers).toMatchObject(forwarded);
  });

  it('TRUST_PROXY counts only when it is exactly true', () => {
    expect(trustsProxy({ TRUST_PROXY: 'true' })).toBe(true);
    for (const value of [undefined, '', 'false', '1', 'TRUE']) expect(trustsProxy({ TRUST_PROXY: value })).toBe(false);
  });
});
