// `npm run test:deploy` (opt-in, never part of `npm test`): builds deploy/Dockerfile's image on
// a base made here from Debian's packages (no image can be pulled on these machines:
// ./lib/containerBase.ts), then runs it as compose.yaml does, with SQLite in a temporary
// directory instead of MongoDB: the preparation once, then the CMS and the site, each its own
// container, on this machine's loopback. It checks what a server's operator relies on: both
// servers answer their health and readiness probes, a page in each language and the admin's
// login page in both admin languages; they run as the image's unprivileged user, with the code read-only to it and the
// database in /data; and each stops on SIGTERM by itself within compose's grace period.
// Needs the Docker engine (Debian's docker.io: `dockerd --iptables=false --bridge=none`) and,
// the first time, root and debootstrap for the base. `--rebuild-base` makes the base again.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { baseImageTag, findExecutable, machineCaBundle, makeBaseImage } from './lib/containerBase.ts';
import { root } from './lib/portal.ts';
import { freePort } from './lib/processes.ts';

const image = 'xiangtan-portal:test-deploy';
/** compose.yaml's stop_grace_period for the site and the CMS. */
const stopGraceSeconds = 15;

class NotRunnable extends Error {}

/** `docker …` with its output captured; rejects with the output on a non-zero exit. */
function docker(args: string[]): { status: number; out: string } {
  const result = spawnSync('docker', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status ?? 1, out: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() };
}

/** `docker …` with its output shown as it comes (build, import). */
function dockerShown(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('docker', args, { stdio: 'inherit', env });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`docker ${args[0]} failed (exit ${code})`))));
  });
}

function assertEngine(): void {
  if (!findExecutable('docker'))
    throw new NotRunnable(
      'docker is not installed: apt-get install docker.io, then start the engine with `dockerd --iptables=false --bridge=none &`.',
    );
  const info = docker(['info', '--format', '{{.ServerVersion}}']);
  if (info.status !== 0)
    throw new NotRunnable(
      `the Docker engine does not answer (${info.out.split('\n').pop()}): start it with \`dockerd --iptables=false --bridge=none &\` (as root).`,
    );
  console.log(`Docker engine ${info.out}.`);
}

/** The base image for this Node and npm, made when missing (or with --rebuild-base). */
async function ensureBase(): Promise<string> {
  const nodeMajor = Number(process.versions.node.split('.')[0]);
  if (nodeMajor !== 24)
    throw new NotRunnable(
      `this runs on Node ${process.versions.node}; run it as \`npm run test:deploy\` so the lock file's Node 24 runs it.`,
    );
  const npmCli = process.env.npm_execpath;
  if (!npmCli || !fs.existsSync(npmCli)) throw new NotRunnable('npm_execpath is not set: run it as `npm run test:deploy`.');
  const npmDir = path.dirname(path.dirname(npmCli));
  const npmVersion = (JSON.parse(fs.readFileSync(path.join(npmDir, 'package.json'), 'utf8')) as { version: string }).version;
  const tag = baseImageTag(process.versions.node, npmVersion);
  if (!process.argv.includes('--rebuild-base') && docker(['image', 'inspect', tag]).status === 0) {
    console.log(`Base image ${tag} is there (--rebuild-base makes it again).`);
    return tag;
  }
  if (process.getuid?.() !== 0) throw new NotRunnable(`the base image ${tag} is missing, and making it (debootstrap, chroot) needs root.`);
  if (!findExecutable('debootstrap'))
    throw new NotRunnable(`the base image ${tag} is missing, and debootstrap is not installed: apt-get install debootstrap.`);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-base-'));
  try {
    await makeBaseImage(tag, { node: process.execPath, npm: npmDir, caBundle: machineCaBundle() }, workDir);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  return tag;
}

/**
 * The legacy builder: BuildKit would fetch the Dockerfile's `# syntax=docker/dockerfile:1`
 * frontend from Docker Hub, which this machine cannot reach. Host networking, so that `npm ci`
 * reaches the npm registry with the engine's bridge switched off.
 */
async function buildImage(base: string): Promise<void> {
  console.log(`Building ${image} from deploy/Dockerfile on ${base} (npm ci and npm run build inside: several minutes)…`);
  await dockerShown(
    ['build', '--network', 'host', '--file', 'deploy/Dockerfile', '--build-arg', `BASE_IMAGE=${base}`, '--tag', image, root],
    { ...process.env, DOCKER_BUILDKIT: '0' },
  );
}

const failures: string[] = [];
function check(ok: boolean, what: string, detail = ''): void {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${ok || !detail ? '' : `: ${detail}`}`);
  if (!ok) failures.push(what);
}

async function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string; text: string }> {
  const response = await fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(10_000) });
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
}

function running(name: string): boolean {
  return docker(['inspect', '--format', '{{.State.Running}}', name]).out === 'true';
}

/** Polls `url` until it answers `status`, failing early when the container `name` stops. */
async function waitFor(url: string, name: string, status = 200, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (!running(name)) throw new Error(`${name} stopped before ${url} answered:\n${docker(['logs', '--tail', '40', name]).out}`);
    try {
      const answer = await get(url);
      if (answer.status === status) return;
      last = `${answer.status} ${answer.text.slice(0, 200)}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${url} did not answer ${status} within ${timeoutMs / 1000} s (last: ${last})`);
}

async function runImage(): Promise<void> {
  const suffix = randomBytes(4).toString('hex');
  const names = { cms: `portal-test-cms-${suffix}`, site: `portal-test-site-${suffix}` };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-deploy-'));
  const data = path.join(dir, 'data');
  fs.mkdirSync(data);
  // The image's `node` user (uid 1000) owns /data, as the Dockerfile makes it for a named volume.
  if (process.getuid?.() === 0) fs.chownSync(data, 1000, 1000);
  else fs.chmodSync(data, 0o777);
  const [sitePort, cmsPort] = [await freePort(), await freePort()];
  const site = `http://127.0.0.1:${sitePort}`;
  const cms = `http://127.0.0.1:${cmsPort}`;
  // compose.yaml's environment, with loopback addresses for host networking; secrets in a file
  // (mode 600), not on a command line.
  const envFile = path.join(dir, 'portal.env');
  const env = {
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    REVALIDATE_SECRET: randomBytes(24).toString('hex'),
    SITE_API_KEY: randomBytes(24).toString('hex'),
    PREVIEW_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: 'deploy-test@portal.invalid',
    ADMIN_PASSWORD: randomBytes(12).toString('hex'),
    SITE_PUBLIC_URL: site,
    CMS_PUBLIC_URL: cms,
    SITE_URL: site,
    CMS_URL: cms,
    CMS_HOST: '127.0.0.1',
    CMS_PORT: String(cmsPort),
    HOST: '127.0.0.1',
    PORT: String(sitePort),
  };
  fs.writeFileSync(
    envFile,
    Object.entries(env)
      .map(([key, value]) => `${key}=${value}\n`)
      .join(''),
    { mode: 0o600 },
  );
  const common = ['--env-file', envFile, '--label', 'xiangtan-portal-test-deploy=1'];
  try {
    console.log("Preparing the database in the image (compose.yaml's `prepare`: migrations, first admin, seed)…");
    await dockerShown([
      'run',
      '--rm',
      '--network',
      'none',
      ...common,
      '--volume',
      `${data}:/data`,
      image,
      'node',
      '--import',
      'tsx',
      'cms/src/seed/prepare.ts',
    ]);
    const dbStat = fs.statSync(path.join(data, 'portal.db'), { throwIfNoEntry: false });
    check(
      !!dbStat && dbStat.uid === 1000,
      "the preparation writes the SQLite database to /data as the image's node user (uid 1000)",
      dbStat ? `owner uid ${dbStat.uid}` : 'no portal.db',
    );

    console.log(`Starting the CMS (${cms}) and the site (${site}) from the image…`);
    const started = docker([
      'run',
      '--detach',
      '--name',
      names.cms,
      '--network',
      'host',
      ...common,
      '--volume',
      `${data}:/data`,
      image,
      'node',
      'cms/server.ts',
    ]);
    if (started.status !== 0) throw new Error(`docker run (CMS) failed: ${started.out}`);
    await waitFor(`${cms}/api/healthz`, names.cms);
    // As in compose.yaml: the site mounts no data; it reads everything from the CMS.
    const siteStarted = docker(['run', '--detach', '--name', names.site, '--network', 'host', ...common, image]);
    if (siteStarted.status !== 0) throw new Error(`docker run (site) failed: ${siteStarted.out}`);
    await waitFor(`${site}/healthz`, names.site);

    for (const [name, url] of [
      ['site /healthz', `${site}/healthz`],
      ['CMS /api/healthz', `${cms}/api/healthz`],
    ]) {
      const answer = await get(url);
      check(
        answer.status === 200 && answer.text.includes('"alive"'),
        `${name} answers 200 alive`,
        `${answer.status} ${answer.text.slice(0, 200)}`,
      );
    }
    // Readiness: the site reads the CMS; the CMS reads and writes SQLite and its jobs runner ran
    // (within a minute of start-up, so waited for).
    for (const [name, url, container] of [
      ['site /readyz (it reads the CMS)', `${site}/readyz`, names.site],
      ['CMS /api/readyz (database, jobs runner)', `${cms}/api/readyz`, names.cms],
    ]) {
      try {
        await waitFor(url, container, 200, 90_000);
        check(true, `${name} answers 200 ready`);
      } catch (error) {
        check(false, `${name} answers 200 ready`, (error as Error).message);
      }
    }
    for (const [locale, lang] of [
      ['zh', 'zh-CN'],
      ['en', 'en'],
    ]) {
      const page = await get(`${site}/${locale}/`);
      check(
        page.status === 200 && page.type === 'text/html; charset=utf-8' && page.text.includes(`<html lang="${lang}"`),
        `site /${locale}/ answers 200 text/html; charset=utf-8 with <html lang="${lang}">`,
        `${page.status} ${page.type} ${page.text.slice(0, 200)}`,
      );
    }
    // The login form itself is drawn in the browser; the server's page carries the admin's
    // language (zh by default, the `payload-lng` cookie) and the login screen's title.
    for (const [language, title] of [
      ['zh', '登录'],
      ['en', 'Login'],
    ]) {
      const login = await get(`${cms}/admin/login`, { cookie: `payload-lng=${language}` });
      check(
        login.status === 200 && new RegExp(`<html[^>]* lang="${language}"`).test(login.text) && login.text.includes(`<title>${title} `),
        `CMS /admin/login answers 200 in ${language} with the title "${title} · …"`,
        `${login.status} ${login.text.match(/<html[^>]*>|<title>[^<]*<\/title>/g)?.join(' ') ?? login.text.slice(0, 200)}`,
      );
    }

    for (const name of [names.cms, names.site]) {
      const uid = docker(['exec', name, 'id', '-u']);
      check(uid.out === '1000', `${name} runs as uid 1000, not root`, uid.out);
      const write = docker(['exec', name, 'sh', '-c', 'touch /app/package.json']);
      check(write.status !== 0, `${name} cannot write the code in /app`);
      const node = docker(['exec', name, 'node', '--version']);
      check(node.out.startsWith('v24.'), `${name} runs Node 24`, node.out);
    }

    // SIGTERM, then SIGKILL only after compose's grace period: each server must stop by itself,
    // with 0 (the site) or 143 (the CMS, cms/server.ts: 128 + SIGTERM after it has finished), not
    // 137 (killed).
    for (const name of [names.site, names.cms]) {
      const before = Date.now();
      docker(['stop', '--time', String(stopGraceSeconds), name]);
      const seconds = (Date.now() - before) / 1000;
      const code = docker(['inspect', '--format', '{{.State.ExitCode}}', name]).out;
      check(
        (code === '0' || code === '143') && seconds < stopGraceSeconds,
        `${name} stops on SIGTERM by itself (exit 0 or 143) within ${stopGraceSeconds} s`,
        `exit ${code} after ${seconds.toFixed(1)} s`,
      );
    }
  } finally {
    if (failures.length > 0) {
      for (const name of Object.values(names)) {
        const logs = docker(['logs', '--tail', '30', name]);
        if (logs.status === 0) console.log(`--- last output of ${name} ---\n${logs.out}`);
      }
    }
    for (const name of Object.values(names)) docker(['rm', '--force', name]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

try {
  assertEngine();
  const base = await ensureBase();
  await buildImage(base);
  await runImage();
  if (failures.length > 0) {
    console.error(`\ntest:deploy: ${failures.length} check(s) failed: ${failures.join('; ')}`);
    process.exit(1);
  }
  console.log(`\ntest:deploy: the image of deploy/Dockerfile builds on ${base} and serves the portal.`);
} catch (error) {
  console.error(
    error instanceof NotRunnable ? `\ntest:deploy cannot run here: ${error.message}` : `\ntest:deploy failed: ${(error as Error).message}`,
  );
  process.exit(1);
}
