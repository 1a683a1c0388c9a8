import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { expect, test } from '@playwright/test';
import { multipartFileLimit } from '../../cms/src/lib/bodyLimits.ts';
import { requestBodyLimit } from '../../src/lib/requestBodyLimit.ts';
import { prepareDatabase, privatePortalEnv, startPortal, type RunningPortal } from '../../scripts/lib/portal.ts';
import { freePort, stop } from '../../scripts/lib/processes.ts';
import { fillInquiryForm, inquiryFormFields, newTag, startUsingInquiryForm, testAdmin } from '../helpers/e2e.ts';
import { selfSignedCertificate } from '../helpers/selfSignedCertificate.ts';

const root = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
// Debian's package puts it in /usr/sbin, which an unprivileged user's PATH may lack.
const nginxBinary = fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';

// The deployment of deploy/: Debian's nginx with deploy/nginx/portal.conf.template as committed,
// rendered by deploy/nginx/render.sh (only ports, paths and the certificate differ from a
// server's), terminating TLS in front of a built portal of its own on loopback, started with
// TRUST_PROXY=true as the service units start it. The public site is `localhost` (the host name
// the site was built for: SITE_PUBLIC_URL, http://localhost:4321 by default, is where Astro
// trusts forwarded headers), the admin `admin.localhost`; a client picks its loopback source
// address (127.0.0.2, 127.0.0.3) to stand for another visitor. nginx runs unprivileged ports.
const siteHost = 'localhost';
const adminHost = 'admin.localhost';
/** Inquiries the site takes per client and window: low, so the test can reach it. */
const inquiryLimit = 3;
/** The CMS's largest upload body: the largest file, the byte that tells "too large", the form's other fields. */
const cmsBodyLimit = multipartFileLimit() + 1024 * 1024;

let dir: string;
let ca: Buffer;
let httpsPort: number;
let httpPort: number;
let portal: RunningPortal;
let nginx: ChildProcess;
let nginxOutput = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-proxy-'));
  // nginx's workers (another user when the test runs as root) write request bodies under it.
  fs.chmodSync(dir, 0o755);
  const { key, cert } = await selfSignedCertificate(dir, siteHost, `DNS:${siteHost},DNS:${adminHost}`);
  ca = fs.readFileSync(cert);

  [httpsPort, httpPort] = [await freePort(), await freePort()];
  const [sitePort, cmsPort] = [await freePort(), await freePort()];
  const env = privatePortalEnv(path.join(dir, 'data'), testAdmin, {
    TRUST_PROXY: 'true',
    CMS_PUBLIC_URL: `https://${adminHost}:${httpsPort}`,
    SITE_PUBLIC_URL: `https://${siteHost}:${httpsPort}`,
    INQUIRY_RATE_LIMIT: String(inquiryLimit),
  });
  fs.mkdirSync(path.join(dir, 'data'));
  await prepareDatabase(env);
  portal = await startPortal({ port: sitePort, cmsPort, host: '127.0.0.1', cmsHost: '127.0.0.1', env, inheritOutput: false });

  const rendered = await run(path.join(root, 'deploy', 'nginx', 'render.sh'), [], {
    env: {
      ...process.env,
      PORTAL_SITE_HOST: siteHost,
      PORTAL_ADMIN_HOST: adminHost,
      PORTAL_TLS_CERTIFICATE: cert,
      PORTAL_TLS_CERTIFICATE_KEY: key,
      PORTAL_HTTPS_PORT: String(httpsPort),
      PORTAL_HTTP_PORT: String(httpPort),
      PORTAL_SITE_UPSTREAM: `127.0.0.1:${sitePort}`,
      PORTAL_CMS_UPSTREAM: `127.0.0.1:${cmsPort}`,
      PORTAL_ADMIN_ALLOW: '127.0.0.1',
      PORTAL_LOG_DIR: dir,
    },
  });
  fs.writeFileSync(path.join(dir, 'portal.conf'), rendered.stdout);
  // What Debian's /etc/nginx/nginx.conf gives the included file (gzip on among it), with the
  // files nginx writes kept in the test's directory.
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      `pid ${dir}/nginx.pid;`,
      'error_log stderr;',
      'events { worker_connections 256; }',
      'http {',
      '  sendfile on; tcp_nopush on; types_hash_max_size 2048;',
      '  include /etc/nginx/mime.types; default_type application/octet-stream;',
      '  ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3; ssl_prefer_server_ciphers on;',
      '  gzip on;',
      `  access_log ${dir}/access.log;`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${dir}/${name}_temp;`),
      `  include ${dir}/portal.conf;`,
      '}',
    ].join('\n'),
  );
  const nginxArgs = ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', 'stderr'];
  await run(nginxBinary, [...nginxArgs, '-t']);
  nginx = spawn(nginxBinary, [...nginxArgs, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  nginx.stderr?.on('data', (chunk: Buffer) => (nginxOutput += chunk.toString()));
  for (let i = 0; ; i++) {
    try {
      await get(siteHost, '/zh/privacy');
      break;
    } catch (error) {
      if (i > 100 || nginx.exitCode !== null) throw new Error(`nginx did not answer: ${nginxOutput}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
});

test.afterAll(async () => {
  if (nginx) await stop(nginx);
  await portal?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: http2.IncomingHttpHeaders;
  /** Header names and values as they came, repeats kept. */
  raw: string[];
  body: Buffer;
  alpn: string | false | null;
}

/** A TLS connection to nginx for `host` (SNI), from a chosen loopback address. */
function connect(host: string, from = '127.0.0.1'): tls.TLSSocket {
  const socket = net.connect({ host: '127.0.0.1', port: httpsPort, localAddress: from });
  return tls.connect({ socket, servername: host, ca, ALPNProtocols: ['h2', 'http/1.1'] });
}

/** One request over HTTP/2, as browsers talk to the proxy. */
function send(
  host: string,
  pathname: string,
  {
    method = 'GET',
    headers = {},
    body,
    from,
  }: { method?: string; headers?: Record<string, string>; body?: Buffer | string; from?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const session = http2.connect(`https://${host}:${httpsPort}`, { createConnection: () => connect(host, from) });
    session.once('error', reject);
    const length = body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) };
    const stream = session.request({ ':method': method, ':path': pathname, ...length, ...headers });
    const chunks: Buffer[] = [];
    let answer: Omit<Answer, 'body'>;
    stream.once('response', (headers, _flags, raw: string[]) => {
      answer = { status: Number(headers[':status']), headers, raw, alpn: session.alpnProtocol ?? null };
    });
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.once('close', () => {
      session.close();
      if (answer) resolve({ ...answer, body: Buffer.concat(chunks) });
      else reject(new Error(`no answer for ${method} https://${host}${pathname} (stream code ${stream.rstCode})`));
    });
    stream.once('error', () => {});
    // A large body is sent a moment after its headers, as a browser sends an upload: one that the
    // proxy refuses by its declared length is answered at once, before its bytes are sent.
    if (body && Buffer.byteLength(body) > 64 * 1024) {
      const later = setTimeout(() => stream.end(body), 300);
      stream.once('response', () => {
        clearTimeout(later);
        if (!stream.writableEnded) stream.end();
      });
    } else stream.end(body);
  });
}
const get = (host: string, pathname: string, headers: Record<string, string> = {}) => send(host, pathname, { headers });

const json = (answer: Answer) => JSON.parse(answer.body.toString('utf8')) as Record<string, unknown>;

/** A form post to the site's inquiry action from a browser on the public origin (no JavaScript). */
function postInquiry(from: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return send(siteHost, '/en/contact?_action=sendInquiry', {
    method: 'POST',
    from,
    headers: { origin: `https://${siteHost}:${httpsPort}`, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

async function adminToken(): Promise<string> {
  const login = await send(adminHost, '/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(testAdmin),
  });
  expect(login.status).toBe(200);
  return `JWT ${(json(login) as { token: string }).token}`;
}

test('TLS and HTTP/2 for both hosts, plain HTTP sent to HTTPS, and no answer for any other name', async () => {
  for (const host of [siteHost, adminHost]) {
    const answer = await get(host, host === siteHost ? '/zh/privacy' : '/api/globals/site');
    expect(answer.alpn, host).toBe('h2');
    expect(answer.status, host).toBe(200);
  }
  const socket = connect(siteHost);
  await new Promise((resolve) => socket.once('secureConnect', resolve));
  expect(['TLSv1.2', 'TLSv1.3']).toContain(socket.getProtocol());
  socket.destroy();

  const redirect = await new Promise<http.IncomingMessage>((resolve, reject) =>
    http.get({ host: '127.0.0.1', port: httpPort, path: '/zh/news?page=2', headers: { host: siteHost } }, resolve).once('error', reject),
  );
  expect(redirect.statusCode).toBe(301);
  expect(redirect.headers.location).toBe(`https://${siteHost}:${httpsPort}/zh/news?page=2`);
  redirect.resume();

  // nginx's own line per request, JSON, with the request id it sends on as X-Request-Id.
  const lines = fs
    .readFileSync(path.join(dir, 'portal-access.log'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  expect(lines.find((line) => line.path === '/zh/privacy')).toMatchObject({
    method: 'GET',
    status: 200,
    requestId: expect.stringMatching(/^[0-9a-f]{32}$/),
  });

  const stranger = tls.connect({ host: '127.0.0.1', port: httpsPort, servername: 'unknown.example', ca });
  const refused = await new Promise<Error>((resolve) =>
    stranger.once('error', resolve).once('secureConnect', () => resolve(new Error('connected'))),
  );
  expect(refused.message).not.toBe('connected');
  stranger.destroy();
});

test('a page through the proxy carries the site’s security headers and HSTS over TLS; build assets get nosniff', async () => {
  // The contact page: it loads the inquiry form's script from /_astro/.
  const page = await get(siteHost, '/en/contact');
  expect(page.status).toBe(200);
  // HSTS: the site sends it because the proxy marks the request https and TRUST_PROXY trusts it.
  expect(page.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  expect(page.headers['content-security-policy']).toContain("default-src 'none'");
  expect(page.headers['x-content-type-options']).toBe('nosniff');
  expect(page.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');

  // Build assets skip the site's middleware: the proxy adds nosniff to them.
  const asset = /"(\/_astro\/[^"]+)"/.exec(page.body.toString('utf8'))?.[1];
  expect(asset).toBeTruthy();
  const assetAnswer = await get(siteHost, asset!);
  expect(assetAnswer.status).toBe(200);
  expect(assetAnswer.headers['x-content-type-options']).toBe('nosniff');
  // Once, whether or not the site sends its own.
  expect(assetAnswer.raw.filter((name) => name.toLowerCase() === 'x-content-type-options')).toHaveLength(1);
});

test('the admin is on its own host, for the allowed addresses only, with the CMS’s headers and HSTS', async () => {
  const login = await get(adminHost, '/admin/login');
  expect(login.status).toBe(200);
  expect(login.headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-/);
  expect(login.headers['x-frame-options']).toBe('DENY');
  expect(login.headers['strict-transport-security']).toMatch(/max-age=\d+/);

  // From an address PORTAL_ADMIN_ALLOW does not name (the site stays open to it).
  expect((await send(adminHost, '/admin/login', { from: '127.0.0.2' })).status).toBe(403);
  expect((await send(adminHost, '/api/globals/site', { from: '127.0.0.2' })).status).toBe(403);
  expect((await send(siteHost, '/zh/privacy', { from: '127.0.0.2' })).status).toBe(200);

  // The public host has no admin, and no way to the site's invalidation endpoint.
  expect((await get(siteHost, '/admin')).status).toBe(404);
  const revalidate = await send(siteHost, '/api/revalidate', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer guess' },
    body: '{"tags":["news"]}',
  });
  expect(revalidate.status).toBe(404);
});

test('body limits are the site’s and the CMS’s own, and a refused upload gets the CMS’s bilingual message', async () => {
  // The site: up to its limit the body reaches it (its action then rejects the garbage form).
  const formPost = (bytes: number) =>
    send(siteHost, '/en/contact?_action=sendInquiry', {
      method: 'POST',
      headers: { origin: `https://${siteHost}:${httpsPort}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: Buffer.alloc(bytes, 'a'),
    });
  expect((await formPost(requestBodyLimit)).status).not.toBe(413);
  expect((await formPost(requestBodyLimit + 1)).status).toBe(413);

  // The CMS: an upload body of its largest size reaches it: a 20 MiB file (the image limit) and
  // form fields making up the rest (the CMS then finds it is no PDF: 400, not 413).
  const upload = (bytes: number) => {
    const part = (headers: string, content: Buffer) =>
      Buffer.concat([Buffer.from(`--x\r\n${headers}\r\n\r\n`), content, Buffer.from('\r\n')]);
    const file = part(
      'Content-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf',
      Buffer.alloc(20 * 1024 * 1024, '%'),
    );
    const end = Buffer.from('--x--\r\n');
    const fields: Buffer[] = [];
    let size = file.length + end.length;
    for (let i = 0; size < bytes; i++) {
      const headers = `Content-Disposition: form-data; name="pad${i}"`;
      const overhead = part(headers, Buffer.alloc(0)).length;
      const field = part(headers, Buffer.alloc(Math.max(0, Math.min(512 * 1024, bytes - size - overhead)), 'p'));
      fields.push(field);
      size += field.length;
    }
    const body = Buffer.concat([file, ...fields, end]);
    expect(body.length).toBe(bytes);
    return send(adminHost, '/api/documents', { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body });
  };
  const fits = await upload(cmsBodyLimit);
  expect(fits.status).not.toBe(413);
  expect(fits.status, fits.body.toString('utf8')).toBe(400);
  expect(fits.body.toString('utf8')).toContain('This file is not a valid PDF');
  const tooLarge = await upload(cmsBodyLimit + 1);
  expect(tooLarge.status).toBe(413);
  expect(json(tooLarge)).toEqual({ errors: [{ message: '请求内容过大 / The request body is too large' }] });
});

test('an inquiry sent in Chromium through the proxy is stored, and the rate limit counts each visitor by address', async ({ browser }) => {
  const tag = newTag('proxied');
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await page.goto(`https://${siteHost}:${httpsPort}/en/contact`);
  await startUsingInquiryForm(page);
  await fillInquiryForm(page, 'en', { company: `Proxied ${tag}` });
  await page.getByRole('button', { name: 'Send inquiry' }).click();
  await expect(page.getByTestId('inquiry-reference')).toHaveText(/^XT-\d{4}-\d{6}$/);
  const reference = await page.getByTestId('inquiry-reference').textContent();
  await context.close();

  const authorization = await adminToken();
  const stored = await send(adminHost, `/api/inquiries?where[reference][equals]=${reference}&depth=0`, { headers: { authorization } });
  expect((json(stored) as { docs: { company: string }[] }).docs.map((doc) => doc.company)).toEqual([`Proxied ${tag}`]);

  // Another visitor (127.0.0.2) reaches the limit on their own, whatever address they claim…
  for (let i = 0; i < inquiryLimit; i++) {
    const sent = await postInquiry('127.0.0.2', inquiryFormFields('en', { company: `Visitor two ${tag} ${i}` }));
    expect(sent.status, `inquiry ${i + 1} of the second visitor`).toBe(200);
  }
  const over = await postInquiry('127.0.0.2', inquiryFormFields('en', { company: `Visitor two ${tag} over` }), {
    'x-forwarded-for': '198.51.100.9',
  });
  expect(over.status).toBe(429);
  // …while a third (127.0.0.3) is not held back by them.
  expect((await postInquiry('127.0.0.3', inquiryFormFields('en', { company: `Visitor three ${tag}` }))).status).toBe(200);
});

test('an editor signs in to the admin through the proxy', async ({ browser }) => {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await page.goto(`https://${adminHost}:${httpsPort}/admin/login`);
  await page.locator('#field-email').fill(testAdmin.email);
  await page.locator('#field-password').fill(testAdmin.password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/admin(?!\/login)/);
  await expect(page.locator('.dashboard, [class*="dashboard"]').first()).toBeVisible();
  const cookies = await context.cookies();
  expect(cookies.find((cookie) => cookie.name === 'payload-token')).toMatchObject({ secure: true, httpOnly: true });
  await context.close();
});

// The two tests below check what the site itself does (issue 15: health endpoints; compression
// and ETags) as it reaches a browser through the proxy.
test('health endpoints answer through the proxy: the site’s on its host, the CMS’s on the admin host', async () => {
  for (const [host, pathname] of [
    [siteHost, '/healthz'],
    [siteHost, '/readyz'],
    [adminHost, '/api/healthz'],
    [adminHost, '/api/readyz'],
  ] as const) {
    const answer = await get(host, pathname);
    expect(answer.status, pathname).toBe(200);
    expect(String(answer.headers['content-type']), pathname).toContain('application/json');
    expect(String(answer.headers['cache-control']), pathname).toContain('no-store');
    expect(json(answer), pathname).toBeTruthy();
  }
});

test('the site’s compression, charset and strong ETag pass through the proxy untouched', async () => {
  const page = await get(siteHost, '/en/', { 'accept-encoding': 'br, gzip' });
  expect(page.status).toBe(200);
  expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
  // Debian's nginx.conf has `gzip on`; portal.conf turns it off, so nothing is compressed twice.
  expect(page.headers['content-encoding']).toBe('br');
  expect(String(page.headers.vary)).toMatch(/accept-encoding/i);
  expect(zlib.brotliDecompressSync(page.body).toString('utf8')).toContain('<html');
  const etag = String(page.headers.etag);
  expect(etag).toMatch(/^"[^"]+"$/);
  const again = await get(siteHost, '/en/', { 'accept-encoding': 'br, gzip', 'if-none-match': etag });
  expect(again.status).toBe(304);
  const gzip = await get(siteHost, '/en/', { 'accept-encoding': 'gzip' });
  expect(gzip.headers['content-encoding']).toBe('gzip');
  expect(zlib.gunzipSync(gzip.body).toString('utf8')).toContain('<html');
});
