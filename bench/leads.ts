// `npm run bench -- leads` (also part of `npm run bench`): the lead desk under load, under a crash
// of the CMS, and under hostile input, on a private portal (temporary database, random secrets,
// free ports). Writes the `leads` entry of bench/results/latest.json; bench/report.ts makes its
// table in bench/README.md. See bench/README.md.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIfMissing, prepareDatabase, privatePortalEnv, root } from '../scripts/lib/portal.ts';
import { freePort, stop, waitForUrl } from '../scripts/lib/processes.ts';
import { machine } from './lib/measure.ts';
import { hostileCases, killHard, percentile, runHostile, runLoad, startCms, taggedWhere, type Cms, type Submission } from './lib/leads.ts';

const settings = {
  load: { total: 1000, clients: 50 },
  fault: { total: 600, clients: 50, killAfter: 150, downMs: 1000, retries: 120, retryDelayMs: 500 },
  hostileScale: 2,
};

const benchDir = import.meta.dirname;
const resultsFile = path.join(benchDir, 'results', 'latest.json');

class BenchError extends Error {}

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-leads-'));
  let cms: Cms | undefined;
  let site: ChildProcess | undefined;
  let siteLog: string | undefined;
  const cleanUp = async () => {
    if (site) await stop(site);
    if (cms) await killHard(cms).catch(() => undefined);
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  try {
    const env: NodeJS.ProcessEnv = privatePortalEnv(
      tmp,
      { email: 'bench@portal.invalid', password: randomBytes(18).toString('base64url') },
      {
        // Raised so that 50 clients on one address measure the desk, not the limiter.
        INQUIRY_RATE_LIMIT: '1000000',
      },
    );
    const [port, cmsPort] = [await freePort(), await freePort()];
    const siteUrl = `http://127.0.0.1:${port}`;
    await buildIfMissing(env);
    console.log('Preparing a private database…');
    await prepareDatabase(env);
    console.log(`Starting the portal (site :${port}, CMS :${cmsPort})…`);
    cms = await startCms(env, cmsPort, siteUrl);
    // The site's output goes to a file, shown when a run fails.
    siteLog = path.join(tmp, 'site.log');
    const logFd = fs.openSync(siteLog, 'a');
    site = spawn(process.execPath, [path.join(root, 'dist', 'server', 'entry.mjs')], {
      cwd: root,
      stdio: process.env.PORTAL_DEBUG ? 'inherit' : ['ignore', logFd, logFd],
      env: { ...env, HOST: '127.0.0.1', PORT: String(port), CMS_URL: cms.url },
    });
    await waitForUrl(`${siteUrl}/en/privacy`, site);
    const admin = await adminToken(cms.url, env.ADMIN_EMAIL!, env.ADMIN_PASSWORD!);

    // (1) Load: every submission acknowledged once, stored once.
    console.log(`Load: ${settings.load.total} inquiries from ${settings.load.clients} concurrent clients…`);
    const loadTag = `load${randomBytes(3).toString('hex')}`;
    const load = await runLoad(siteUrl, { ...settings.load, tag: loadTag });
    const loadStored = await storedReferences(cms.url, admin, loadTag);
    const loadRefs = load.results.map((r) => r.reference).filter(Boolean) as string[];
    const loadResult = {
      submissions: load.results.length,
      acknowledged: loadRefs.length,
      stored: loadStored.length,
      duplicates: loadStored.length - new Set(loadStored).size,
      acknowledgedMissing: loadRefs.filter((r) => !loadStored.includes(r)).length,
      status5xx: load.results.filter((r) => r.status >= 500 || r.status === 0).length,
      statusOther: load.results.filter((r) => r.status !== 200 && r.status < 500 && r.status !== 0).length,
      perSecond: round(load.results.length / load.seconds, 1),
      p50Ms: round(
        percentile(
          load.results.map((r) => r.ms),
          50,
        ),
        1,
      ),
      p99Ms: round(
        percentile(
          load.results.map((r) => r.ms),
          99,
        ),
        1,
      ),
    };
    for (const r of load.results.filter((x) => x.status !== 200).slice(0, 5)) console.error(`  ${r.status}: ${r.detail}`);
    if (
      loadResult.stored !== settings.load.total ||
      loadResult.acknowledged !== settings.load.total ||
      loadResult.duplicates ||
      loadResult.status5xx
    ) {
      throw new BenchError(`load: ${JSON.stringify(loadResult)}`);
    }

    // (2) Fault: kill -9 the CMS in the middle of a load, restart it; clients resend what was not acknowledged.
    console.log(`Fault: ${settings.fault.total} inquiries, kill -9 of the CMS after ${settings.fault.killAfter}, restart…`);
    const faultTag = `fault${randomBytes(3).toString('hex')}`;
    let killed: Promise<void> | undefined;
    let killedAt = 0;
    let restartedMs = 0;
    const running = runLoad(siteUrl, {
      total: settings.fault.total,
      clients: settings.fault.clients,
      tag: faultTag,
      retries: settings.fault.retries,
      onProgress: (done) => {
        if (done === settings.fault.killAfter && !killed) {
          killed = (async () => {
            killedAt = performance.now();
            await killHard(cms!);
            await new Promise((resolve) => setTimeout(resolve, settings.fault.downMs));
            cms = await startCms(env, cmsPort, siteUrl);
            restartedMs = performance.now() - killedAt;
          })();
        }
      },
    });
    const fault = await running;
    await killed;
    const faultStored = await storedReferences(cms.url, await adminToken(cms.url, env.ADMIN_EMAIL!, env.ADMIN_PASSWORD!), faultTag);
    const acked = fault.results.filter((r) => r.reference) as Required<Submission>[];
    const faultResult = {
      submissions: fault.results.length,
      acknowledged: acked.length,
      notAcknowledged: fault.results.length - acked.length,
      resent: fault.results.filter((r) => r.attempts > 1).length,
      stored: faultStored.length,
      duplicates: faultStored.length - new Set(faultStored).size,
      acknowledgedMissing: acked.filter((r) => !faultStored.includes(r.reference)).length,
      cmsDownMs: Math.round(restartedMs),
    };
    if (faultResult.acknowledgedMissing || faultResult.duplicates || !killedAt)
      throw new BenchError(`fault: ${JSON.stringify(faultResult)}`);

    // (3) Hostile input: all refused with 4xx, nothing stored.
    const hostileTag = `hostile${randomBytes(3).toString('hex')}`;
    const cases = hostileCases(siteUrl, hostileTag, settings.hostileScale);
    console.log(`Hostile input: ${cases.length} malformed or hostile requests…`);
    const hostile = await runHostile(cases);
    const hostileStored = await storedReferences(cms.url, await adminToken(cms.url, env.ADMIN_EMAIL!, env.ADMIN_PASSWORD!), hostileTag);
    const byStatus: Record<string, number> = {};
    for (const r of hostile) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    const hostileResult = {
      requests: hostile.length,
      byStatus,
      status5xx: hostile.filter((r) => r.status >= 500 || r.status === 0).length,
      not4xx: hostile.filter((r) => r.status < 400 || r.status >= 500).length,
      missingFieldError: hostile.filter((r) => r.expectedFieldError && !r.fieldError).map((r) => r.name),
      stored: hostileStored.length,
    };
    if (hostileResult.not4xx || hostileResult.stored || hostileResult.missingFieldError.length)
      throw new BenchError(`hostile: ${JSON.stringify(hostileResult)}`);

    const leads = { date: new Date().toISOString(), machine: machine(), load: loadResult, fault: faultResult, hostile: hostileResult };
    const existing = fs.existsSync(resultsFile) ? (JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as Record<string, unknown>) : {};
    fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
    fs.writeFileSync(resultsFile, `${JSON.stringify({ ...existing, leads }, null, 2)}\n`);
    console.log(`\n${JSON.stringify(leads, null, 2)}\n\nWrote the leads entry of ${path.relative(process.cwd(), resultsFile)}.`);
  } catch (error) {
    const detail = error instanceof BenchError || !process.env.PORTAL_DEBUG ? (error as Error).message : (error as Error).stack;
    console.error(`\nLead benchmark failed: ${detail}`);
    if (site?.exitCode !== null || site?.signalCode) console.error(`The site exited (${site?.exitCode ?? site?.signalCode}).`);
    if (siteLog && fs.existsSync(siteLog))
      console.error(`--- last output of the site ---\n${fs.readFileSync(siteLog, 'utf8').split('\n').slice(-30).join('\n')}`);
    process.exitCode = 1;
  } finally {
    await cleanUp();
  }
  process.exit(process.exitCode ?? 0);
}

async function adminToken(cmsUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const { token } = (await response.json().catch(() => ({}))) as { token?: string };
  if (!token) throw new BenchError(`admin login failed (${response.status})`);
  return `JWT ${token}`;
}

/** References of the inquiries a run stored (found by the run's tag), as the admin reads them. */
async function storedReferences(cmsUrl: string, authorization: string, tag: string): Promise<string[]> {
  const params = new URLSearchParams({ ...taggedWhere(tag), limit: '0', pagination: 'false', depth: '0', 'select[reference]': 'true' });
  const response = await fetch(`${cmsUrl}/api/inquiries?${params}`, { headers: { authorization } });
  if (!response.ok) throw new BenchError(`reading inquiries answered ${response.status}`);
  return ((await response.json()) as { docs: { reference: string }[] }).docs.map((d) => d.reference);
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

await main();
