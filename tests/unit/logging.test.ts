import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loggedTarget, logLevel, logOptions, requestLine, withoutEmails } from '#common/logging.ts';
import { acceptedRequestId, currentRequestId, requestContext, requestIdOf } from '#common/requestContext.ts';
import { logRequests } from '#common/requestLog.ts';

/** A logger with the servers' options whose lines are kept, parsed, in `lines`. */
function capturedLogger(service: 'site' | 'cms' = 'site', env: Record<string, string> = {}) {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  return { logger: pino(logOptions(service, env), stream), lines, raw };
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('LOG_LEVEL', () => {
  it('is info unless set, and takes any of pino’s levels in any case', () => {
    expect(logLevel({})).toBe('info');
    expect(logLevel({ LOG_LEVEL: '' })).toBe('info');
    expect(logLevel({ LOG_LEVEL: 'DEBUG' })).toBe('debug');
    expect(logLevel({ LOG_LEVEL: 'silent' })).toBe('silent');
  });

  it('refuses a level pino does not have, naming the choices', () => {
    expect(() => logLevel({ LOG_LEVEL: 'verbose' })).toThrow(
      /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, not "verbose"/,
    );
  });

  it('sets which lines are written', () => {
    const { logger, lines } = capturedLogger('site', { LOG_LEVEL: 'warn' });
    logger.info('not written');
    logger.warn('written');
    expect(lines.map((line) => line.msg)).toEqual(['written']);
  });
});

describe('a log line', () => {
  it('is one JSON object with an ISO time, the level as a word and the service', () => {
    const { logger, lines, raw } = capturedLogger('cms');
    logger.info({ collection: 'news' }, 'something happened');
    expect(raw).toHaveLength(1);
    const [line] = lines;
    expect(line).toEqual({ level: 'info', time: expect.any(String), service: 'cms', collection: 'news', msg: 'something happened' });
    expect(new Date(line!.time as string).toISOString()).toBe(line!.time);
  });

  it('carries the id of the request it is written for', () => {
    const { logger, lines } = capturedLogger();
    requestContext.run({ requestId: 'req-0001-abcd' }, () => logger.info('inside'));
    logger.info('outside');
    expect(lines[0]).toMatchObject({ requestId: 'req-0001-abcd', msg: 'inside' });
    expect(lines[1]).not.toHaveProperty('requestId');
  });

  it('never holds an email address, a password, a token or a credential', () => {
    const { logger, raw } = capturedLogger();
    logger.info({ msg: "Email attempted without being configured. To: 'prospect@example.com', Subject: 'Your inquiry'" });
    logger.info('sent to 李雷@例子.中国 and x.y+tag@sub.example.org');
    logger.info({ email: 'top@example.com', user: { email: 'nested@example.com', password: 'hunter2-secret' } }, 'login');
    logger.warn({ headers: { authorization: 'users API-Key abcdef123456', cookie: 'payload-token=tok123' }, token: 'tok456' }, 'call');
    const text = raw.join('\n');
    for (const secret of [
      'prospect@example.com',
      '李雷@例子.中国',
      'x.y+tag@sub.example.org',
      'top@example.com',
      'nested@example.com',
      'hunter2',
      'abcdef123456',
      'tok123',
      'tok456',
    ])
      expect(text).not.toContain(secret);
    expect(text).toContain("To: '[email]', Subject: 'Your inquiry'");
    expect(text).toContain('[redacted]');
  });

  it('keeps an error’s message and type', () => {
    const { logger, lines } = capturedLogger();
    logger.error({ err: new TypeError('the database is locked') }, 'job failed');
    expect(lines[0]).toMatchObject({ level: 'error', msg: 'job failed', err: { type: 'TypeError', message: 'the database is locked' } });
  });

  it('turns addresses into [email] but leaves other @ alone', () => {
    expect(withoutEmails('To: a.b@c.example, @handle, 10 @ 3')).toBe('To: [email], @handle, 10 @ 3');
  });
});

describe('a request’s target in its line', () => {
  it('is the path, and of the query the names only', () => {
    expect(loggedTarget('/zh/track?ref=XT-1&email=someone%40example.com&email=x')).toEqual({ path: '/zh/track', query: ['ref', 'email'] });
    expect(loggedTarget('/api/users/reset-password?token=abc')).toEqual({ path: '/api/users/reset-password', query: ['token'] });
    expect(loggedTarget('/zh/')).toEqual({ path: '/zh/' });
    expect(loggedTarget('/zh/?')).toEqual({ path: '/zh/' });
    expect(loggedTarget(undefined)).toEqual({ path: '/' });
  });

  it('is bounded however long the target', () => {
    const target = loggedTarget(`/${'a'.repeat(5000)}?${Array.from({ length: 500 }, (_, i) => `${'k'.repeat(300)}${i}=1`).join('&')}`);
    expect(target.path).toHaveLength(512);
    expect(target.query).toHaveLength(50);
    expect(target.query!.every((name) => name.length <= 100)).toBe(true);
  });
});

describe('a request line', () => {
  it('has the request id, method, path, status, duration, and says when the client left early', () => {
    const startedAt = process.hrtime.bigint() - 12_345_678n;
    const line = requestLine({
      method: 'POST',
      url: '/_actions/inquiry?x=1',
      status: 303,
      startedAt,
      requestId: 'abcdefgh',
      finished: true,
    });
    expect(line).toEqual({
      requestId: 'abcdefgh',
      method: 'POST',
      path: '/_actions/inquiry',
      query: ['x'],
      status: 303,
      durationMs: expect.any(Number),
    });
    expect(line.durationMs).toBeGreaterThanOrEqual(12.34);
    expect(line.durationMs).toBeLessThan(1000);
    expect(requestLine({ method: 'GET', url: '/', status: 200, startedAt, requestId: 'abcdefgh', finished: false })).toMatchObject({
      aborted: true,
    });
  });
});

describe('an incoming X-Request-Id', () => {
  it('is kept when 8 to 128 letters, digits and -_.:', () => {
    for (const id of ['abcdefgh', 'f0e1d2c3-b4a5-4697-8899-aabbccddeeff', '0123456789abcdef0123456789abcdef', 'a.b_c:d-e', 'x'.repeat(128)])
      expect(acceptedRequestId(id)).toBe(id);
  });

  it('is replaced when short, long, a list, or holding anything else', () => {
    for (const id of [
      '',
      'short',
      'x'.repeat(129),
      'has space 1234',
      'quote"12345678',
      'new\nline12345',
      'a,b,c,d,e,f,g',
      '<script>x</script>',
      'ümlaut12345',
    ])
      expect(acceptedRequestId(id)).toBeUndefined();
    expect(acceptedRequestId(['abcdefgh', 'ijklmnop'])).toBeUndefined();
    expect(acceptedRequestId(undefined)).toBeUndefined();
    expect(requestIdOf('bad id')).toMatch(uuid);
    expect(requestIdOf(undefined)).not.toBe(requestIdOf(undefined));
    expect(requestIdOf('proxy-id-12345')).toBe('proxy-id-12345');
  });
});

describe('a server with the request log', () => {
  async function serve(
    listener: (request: http.IncomingMessage, response: http.ServerResponse) => void,
    onContinue?: (request: http.IncomingMessage, response: http.ServerResponse) => void,
  ) {
    const { logger, lines } = capturedLogger();
    const server = http.createServer(listener);
    logRequests(server, logger);
    // Added after the hook, as src/server.ts does.
    if (onContinue) server.on('checkContinue', onContinue);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { url, lines, close: () => new Promise((resolve) => server.close(resolve)) };
  }

  it('answers with the request’s id, hands it to the handler across awaits, and logs one line per request', async () => {
    const seen: (string | undefined)[] = [];
    const { url, lines, close } = await serve(async (request, response) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      seen.push(currentRequestId(), request.headers['x-request-id'] as string);
      response.statusCode = request.url?.startsWith('/missing') ? 404 : 200;
      response.end('ok');
    });
    try {
      const kept = await fetch(`${url}/zh/news?page=2&q=someone@example.com`, { headers: { 'x-request-id': 'proxy-abc-123' } });
      expect(kept.headers.get('x-request-id')).toBe('proxy-abc-123');
      const made = await fetch(`${url}/missing`, { method: 'HEAD', headers: { 'x-request-id': 'not ok!' } });
      const madeId = made.headers.get('x-request-id');
      expect(madeId).toMatch(uuid);
      expect(seen).toEqual(['proxy-abc-123', 'proxy-abc-123', madeId, madeId]);
      await expect.poll(() => lines.length).toBe(2);
      expect(lines[0]).toEqual({
        level: 'info',
        time: expect.any(String),
        service: 'site',
        requestId: 'proxy-abc-123',
        method: 'GET',
        path: '/zh/news',
        query: ['page', 'q'],
        status: 200,
        durationMs: expect.any(Number),
        msg: 'request',
      });
      expect(lines[0]!.durationMs).toBeGreaterThanOrEqual(15);
      expect(lines[1]).toMatchObject({ requestId: madeId, method: 'HEAD', path: '/missing', status: 404 });
      expect(JSON.stringify(lines)).not.toContain('someone@example.com');
    } finally {
      await close();
    }
  });

  it('logs a request whose client left before the answer, as aborted', async () => {
    const { url, lines, close } = await serve((_request, response) => {
      setTimeout(() => response.end('late'), 300);
    });
    try {
      await fetch(`${url}/slow`, { signal: AbortSignal.timeout(50) }).catch(() => undefined);
      await expect.poll(() => lines.length, { timeout: 5000 }).toBe(1);
      expect(lines[0]).toMatchObject({ path: '/slow', status: null, aborted: true });
    } finally {
      await close();
    }
  });

  /** A POST that waits for `100 Continue` before sending its body; resolves with the answer's status and id. */
  function postExpectingContinue(url: string): Promise<{ status: number; requestId: string | undefined }> {
    return new Promise((resolve, reject) => {
      const { port } = new URL(url);
      const request = http.request({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/_actions/inquiry',
        headers: { expect: '100-continue', 'content-length': 2, 'x-request-id': 'continue-0001' },
      });
      request.on('continue', () => request.end('{}'));
      request.on('response', (response) => {
        response.resume();
        resolve({ status: response.statusCode!, requestId: response.headers['x-request-id'] as string | undefined });
      });
      request.on('error', reject);
      request.setTimeout(5000, () => request.destroy(new Error('no answer: the server never sent 100 Continue')));
    });
  }

  it('still lets Node answer `100 Continue` for a server without a handler of its own, and logs the request', async () => {
    const { url, lines, close } = await serve((request, response) => {
      request.resume().on('end', () => response.end(currentRequestId()));
    });
    try {
      expect(await postExpectingContinue(url)).toEqual({ status: 200, requestId: 'continue-0001' });
      await expect.poll(() => lines.length).toBe(1);
      expect(lines[0]).toMatchObject({ requestId: 'continue-0001', method: 'POST', path: '/_actions/inquiry', status: 200 });
    } finally {
      await close();
    }
  });

  it('logs a request its server’s own `100 Continue` handler refuses, and gives that handler the id', async () => {
    let seen: string | undefined;
    const { url, lines, close } = await serve(
      (_request, response) => response.end('not reached'),
      (_request, response) => {
        seen = currentRequestId();
        response.writeHead(413, { connection: 'close' }).end();
      },
    );
    try {
      expect(await postExpectingContinue(url)).toEqual({ status: 413, requestId: 'continue-0001' });
      expect(seen).toBe('continue-0001');
      await expect.poll(() => lines.length).toBe(1);
      expect(lines[0]).toMatchObject({ requestId: 'continue-0001', method: 'POST', status: 413 });
    } finally {
      await close();
    }
  });
});
