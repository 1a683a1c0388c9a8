import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { portIsFree, run, stop, waitForUrl } from './processes.ts';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

export interface PortalOptions {
  port: number;
  cmsPort: number;
  /** Interface the public site listens on. */
  host: string;
  /** Interface the CMS listens on; loopback unless the admin must be reached from elsewhere. */
  cmsHost: string;
  env: NodeJS.ProcessEnv;
  /** Print the servers' own output (true for `npm start`). */
  inheritOutput: boolean;
  /** With piped output, each chunk the servers write (tests read their log lines). */
  onOutput?: (server: 'site' | 'cms', chunk: Buffer) => void;
}

export interface RunningPortal {
  siteUrl: string;
  cmsUrl: string;
  /** Process ids of the two servers (the benchmarks read their CPU time and memory). */
  pids: { site: number; cms: number };
  stop(): Promise<void>;
  /**
   * Stops the CMS alone as a service manager does (SIGTERM; SIGKILL only after 10 s) and
   * resolves with how it ended: its exit code or signal, and how long it took.
   */
  stopCms(): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
  /** Starts the CMS again after stopCms() and resolves when it answers. */
  startCms(): Promise<void>;
  /** Resolves with the exit code when either server stops by itself. */
  exited: Promise<number>;
}

export class PortInUseError extends Error {}

export async function assertPortsFree(ports: { port: number; name: string; variable: string }[]): Promise<void> {
  for (const { port, name, variable } of ports) {
    if (!(await portIsFree(port))) {
      throw new PortInUseError(
        `Port ${port} for the ${name} is already in use. Stop what uses it or choose another port with ${variable}=…`,
      );
    }
  }
}

/**
 * Builds the CMS and the site when their build output is missing, side by side (the site's
 * build is short and mostly waits on files; the CMS's uses both cores). This build is marked
 * PORTAL_START_BUILD=1, which makes `next build` leave out what only a developer's rebuild uses
 * (cms/next.config.mjs): the type check, which `npm run check` runs, and Turbopack's build cache.
 */
export async function buildIfMissing(env: NodeJS.ProcessEnv): Promise<void> {
  const quiet: NodeJS.ProcessEnv = { ...env, NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
  const builds: Promise<void>[] = [];
  if (!fs.existsSync(path.join(root, 'cms', '.next', 'BUILD_ID'))) {
    console.log('Building the CMS (next build, about a minute)…');
    builds.push(run(bin('next'), ['build', 'cms'], { cwd: root, env: { ...quiet, PORTAL_START_BUILD: '1' } }));
  }
  if (!fs.existsSync(path.join(root, 'dist', 'server', 'entry.mjs'))) {
    console.log('Building the site (astro build)…');
    builds.push(run(bin('astro'), ['build'], { cwd: root, env: quiet }));
  }
  // Both finish (or fail) before start-up goes on or stops: none is left running behind it.
  const failed = (await Promise.allSettled(builds)).find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}

/** Migrations, first admin, service account and seed content (cms/src/seed/prepare.ts). */
export function prepareDatabase(env: NodeJS.ProcessEnv, args: string[] = []): Promise<void> {
  return run(process.execPath, ['--import', 'tsx', path.join(root, 'cms', 'src', 'seed', 'prepare.ts'), ...args], { cwd: root, env });
}

/**
 * V8's old-space limit for the site process: SITE_MAX_OLD_SPACE_MB, 128 by default, `0` for V8's
 * own (which on this machine lets the heap grow to several times what is alive). Measured with 50
 * clients at 10,000 items (bench/README.md, scale): after a full GC the site holds 21-26 MB of
 * live heap, yet without a limit V8 let the heap grow to 105-173 MB of mostly garbage before
 * collecting it, and RSS with it. A limit far above the live set makes V8 collect sooner; it does
 * not hold less data. Too low a limit would crash the site: keep it well above the live heap.
 */
export function siteHeapFlags(env: Record<string, string | undefined>): string[] {
  const value = env.SITE_MAX_OLD_SPACE_MB || '128';
  const mb = Number(value);
  if (!Number.isInteger(mb) || mb < 0)
    throw new Error(`SITE_MAX_OLD_SPACE_MB must be a whole number of megabytes (0 for V8's default), not ${value}`);
  return mb > 0 ? [`--max-old-space-size=${mb}`] : [];
}

/**
 * One process of the built CMS (cms/server.ts: `next start` with a JSON log line per request),
 * on its own address and port: the admin's origins its session cookies are accepted from.
 */
function spawnCmsProcess(options: { env: NodeJS.ProcessEnv; cmsPort: number; cmsHost: string; stdio: 'inherit' | 'pipe' }): ChildProcess {
  const { env, cmsPort, cmsHost, stdio } = options;
  return spawn(process.execPath, [path.join(root, 'cms', 'server.ts')], {
    cwd: root,
    stdio,
    env: {
      ...env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      CMS_URL: `http://127.0.0.1:${cmsPort}`,
      CMS_HOST: cmsHost,
      CMS_PORT: String(cmsPort),
    },
  });
}

/** Starts the built CMS and site and waits until both answer. */
export async function startPortal(options: PortalOptions): Promise<RunningPortal> {
  const { port, cmsPort, host, cmsHost, env } = options;
  const cmsUrl = `http://127.0.0.1:${cmsPort}`;
  const siteUrl = `http://127.0.0.1:${port}`;
  const stdio = options.inheritOutput ? 'inherit' : 'pipe';
  const children: ChildProcess[] = [];
  const spawnCms = () => spawnCmsProcess({ env: { ...env, SITE_URL: siteUrl }, cmsPort, cmsHost, stdio });
  let cms = spawnCms();
  children.push(cms);
  const site = spawn(process.execPath, [...siteHeapFlags(env), path.join(root, 'dist', 'server', 'entry.mjs')], {
    cwd: root,
    stdio,
    // CMS_PORT too: the site lets the admin's addresses frame live preview (src/common/adminOrigins.ts).
    env: { ...env, NODE_ENV: 'production', HOST: host, PORT: String(port), CMS_URL: cmsUrl, CMS_PORT: String(cmsPort) },
  });
  children.push(site);
  // With piped output, keep each server's last lines to explain a failed start; never let a
  // full pipe block a server. PORTAL_DEBUG=1 also prints them as they come.
  const recent = new Map<ChildProcess, string[]>();
  const keepOutput = (child: ChildProcess) => {
    if (stdio !== 'pipe') return;
    const lines: string[] = [];
    recent.set(child, lines);
    const keep = (chunk: Buffer) => {
      if (process.env.PORTAL_DEBUG) process.stderr.write(chunk);
      options.onOutput?.(child === site ? 'site' : 'cms', chunk);
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      lines.splice(0, Math.max(0, lines.length - 40));
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
  };
  children.forEach(keepOutput);
  const stopAll = async () => {
    await Promise.all(children.map((child) => stop(child)));
  };
  // A CMS stopped by stopCms() has not stopped by itself.
  const stoppedOnPurpose = new Set<ChildProcess>();
  let exitedBy: (code: number) => void;
  const exited = new Promise<number>((resolve) => (exitedBy = resolve));
  const watchExit = (child: ChildProcess) => child.once('exit', (code) => stoppedOnPurpose.has(child) || exitedBy(code ?? 1));
  children.forEach(watchExit);
  try {
    await Promise.all([waitForUrl(`${cmsUrl}/api/globals/site`, cms), waitForUrl(`${siteUrl}/zh/privacy`, site)]);
  } catch (error) {
    await stopAll();
    const output = [...recent.entries()]
      .map(([child, lines]) => `--- last output of ${child === cms ? 'the CMS' : 'the site'} ---\n${lines.join('\n')}`)
      .join('\n');
    throw new Error(`${(error as Error).message}${output ? `\n${output}` : ''}`, { cause: error });
  }
  const pids = { site: site.pid!, cms: cms.pid! };
  const stopCms = async () => {
    const started = performance.now();
    stoppedOnPurpose.add(cms);
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      cms.exitCode !== null || cms.signalCode !== null
        ? resolve({ code: cms.exitCode, signal: cms.signalCode })
        : cms.once('exit', (code, signal) => resolve({ code, signal })),
    );
    await stop(cms);
    return { ...(await ended), ms: performance.now() - started };
  };
  const startCms = async () => {
    children.splice(children.indexOf(cms), 1);
    cms = spawnCms();
    children.push(cms);
    keepOutput(cms);
    watchExit(cms);
    pids.cms = cms.pid!;
    await waitForUrl(`${cmsUrl}/api/globals/site`, cms);
  };
  return { siteUrl, cmsUrl, pids, stop: stopAll, stopCms, startCms, exited };
}

/**
 * The environment of a throw-away portal (tests, benchmarks): production mode, a database and
 * media folder in `dir`, fresh random secrets, and the first administrator given; `extra` adds
 * or overrides variables (e.g. raised rate limits).
 */
export function privatePortalEnv(
  dir: string,
  admin: { email: string; password: string },
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: `file:${path.join(dir, 'portal.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    REVALIDATE_SECRET: randomBytes(24).toString('hex'),
    SITE_API_KEY: randomBytes(24).toString('hex'),
    PREVIEW_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    ...extra,
  };
}

export interface SiteInstance {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts one more instance of the built site against a running CMS (as a second server would
 * run it: the same environment, its own port) and waits until it answers.
 */
export async function startSiteInstance(options: {
  port: number;
  host: string;
  cmsPort: number;
  env: NodeJS.ProcessEnv;
  onOutput?: (chunk: Buffer) => void;
}): Promise<SiteInstance> {
  const { port, host, cmsPort, env } = options;
  const child = spawn(process.execPath, [...siteHeapFlags(env), path.join(root, 'dist', 'server', 'entry.mjs')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...env,
      NODE_ENV: 'production',
      HOST: host,
      PORT: String(port),
      CMS_URL: `http://127.0.0.1:${cmsPort}`,
      CMS_PORT: String(cmsPort),
    },
  });
  const keep = (chunk: Buffer) => {
    if (process.env.PORTAL_DEBUG) process.stderr.write(chunk);
    options.onOutput?.(chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForUrl(`${url}/zh/privacy`, child);
  } catch (error) {
    await stop(child);
    throw error;
  }
  return { url, child, stop: () => stop(child) };
}

export interface CmsInstance {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts one more process of the built CMS on the same database (as a second server would run
 * it: the same environment, its own port; `env` decides e.g. JOBS_AUTORUN) and waits until it
 * answers. The database must be prepared already (prepareDatabase).
 */
export async function startCmsInstance(options: {
  port: number;
  env: NodeJS.ProcessEnv;
  onOutput?: (chunk: Buffer) => void;
}): Promise<CmsInstance> {
  const child = spawnCmsProcess({ env: options.env, cmsPort: options.port, cmsHost: '127.0.0.1', stdio: 'pipe' });
  const keep = (chunk: Buffer) => {
    if (process.env.PORTAL_DEBUG) process.stderr.write(chunk);
    options.onOutput?.(chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${options.port}`;
  try {
    await waitForUrl(`${url}/api/globals/site`, child);
  } catch (error) {
    await stop(child);
    throw error;
  }
  return { url, child, stop: () => stop(child) };
}
