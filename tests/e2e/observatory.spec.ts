import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { freePort, stop, waitForUrl } from '../../scripts/lib/processes.ts';
import { cmsUrl } from '../helpers/e2e.ts';
import { writeReport } from '../helpers/report.ts';
import { selfSignedCertificate } from '../helpers/selfSignedCertificate.ts';

const root = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

// Mozilla's HTTP Observatory grades a site as browsers reach it: over HTTPS on port 443, with
// plain HTTP on port 80 redirecting there. Its scan(hostname) takes no port, so the test builds
// that deployment on a loopback address of its own (127.x.y.z, so nothing else on the machine
// is in the way; binding ports below 1024 needs root, as in CI): a TLS-terminating proxy with a
// certificate made for the run, in front of a site started with TRUST_PROXY=true, as in
// production behind a load balancer. The scanner runs as its own CLI, trusting that certificate.
const address = `127.${1 + Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`;
let dir: string;
let site: ChildProcess;
let sitePort: number;
const servers: (http.Server | https.Server)[] = [];

test.beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'observatory-'));
  const { key, cert } = await selfSignedCertificate(dir, address, `IP:${address}`);

  const port = (sitePort = await freePort());
  site = spawn(process.execPath, [path.join(root, 'dist', 'server', 'entry.mjs')], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), CMS_URL: cmsUrl(), TRUST_PROXY: 'true' },
  });
  await waitForUrl(`http://127.0.0.1:${port}/en/privacy`, site, 60_000);

  const proxy = https.createServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert) }, (request, response) => {
    const upstream = http.request(
      { host: '127.0.0.1', port, path: request.url, method: request.method, headers: { ...request.headers, 'x-forwarded-proto': 'https' } },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => response.writeHead(502).end());
    request.pipe(upstream);
  });
  const redirect = http.createServer((request, response) => {
    response.writeHead(301, { location: `https://${address}${request.url}` }).end();
  });
  for (const [server, listenPort] of [
    [proxy, 443],
    [redirect, 80],
  ] as const) {
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'EACCES'
            ? new Error(`binding ${address}:${listenPort} needs root (the scanner only scans ports 80 and 443)`)
            : error,
        ),
      );
      server.listen(listenPort, address, resolve);
    });
    servers.push(server);
  }
});

test.afterAll(async () => {
  for (const server of servers) await new Promise((resolve) => server.close(resolve));
  if (site) await stop(site);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('Mozilla HTTP Observatory grades the site A+ behind a TLS proxy', async () => {
  test.setTimeout(120_000);
  const packageDir = path.dirname(createRequire(import.meta.url).resolve('@mdn/mdn-http-observatory/package.json'));
  // The scanner reads Chromium's HSTS preload list, which its install script downloads (no
  // network here, so it does not run). An empty list is the truth for a loopback address.
  const preload = path.join(packageDir, 'conf', 'hsts-preload.json');
  if (!fs.existsSync(preload)) fs.writeFileSync(preload, '{}\n');

  const { stdout } = await run(process.execPath, [path.join(packageDir, 'src', 'scan.js'), address], {
    env: { ...process.env, NODE_EXTRA_CA_CERTS: path.join(dir, 'cert.pem') },
    timeout: 90_000,
  }).catch((error: { stdout?: string; message: string }) => ({ stdout: error.stdout ?? error.message }));
  const result = JSON.parse(stdout) as {
    error?: string;
    scan: { grade: string; score: number; testsFailed: number; testsQuantity: number };
    tests: Record<string, { pass: boolean; result: string; scoreModifier: number }>;
  };
  expect(result.error, 'the scan ran').toBeUndefined();
  const rows = Object.entries(result.tests).map(
    ([name, t]) => `| ${name} | ${t.pass ? 'pass' : 'FAIL'} | ${t.result} | ${t.scoreModifier > 0 ? '+' : ''}${t.scoreModifier} |`,
  );
  const markdown = [
    `# Mozilla HTTP Observatory: grade ${result.scan.grade}, score ${result.scan.score} (${result.scan.testsQuantity - result.scan.testsFailed}/${result.scan.testsQuantity} tests passed)`,
    '',
    '| test | | result | score |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  writeReport('observatory', markdown, result);
  console.log(markdown);
  const failed = Object.entries(result.tests)
    .filter(([, t]) => !t.pass)
    .map(([name, t]) => `${name}: ${t.result}`);
  expect(failed, failed.join('\n')).toEqual([]);
  expect(result.scan.grade).toBe('A+');
});

test('behind a trusted proxy, responses over HTTPS carry Strict-Transport-Security and plain HTTP ones do not', async ({ request }) => {
  for (const pathname of ['/en/', '/zh/no-such-page', '/zh/news/rss.xml', '/']) {
    const secure = await request.get(`https://${address}${pathname}`, { ignoreHTTPSErrors: true, maxRedirects: 0 });
    expect(secure.headers()['strict-transport-security'], pathname).toBe('max-age=63072000; includeSubDomains');
    const plain = await request.get(`http://127.0.0.1:${sitePort}${pathname}`, { maxRedirects: 0 });
    expect(plain.headers()['strict-transport-security'], pathname).toBeUndefined();
  }
});
