import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import path from 'node:path';
import { freePort, waitForUrl } from '../../scripts/lib/processes.ts';

const root = path.resolve(import.meta.dirname, '../..');

export interface SiteProcess {
  url: string;
  process: ChildProcess;
}

/**
 * One more built site (dist/server/entry.mjs) on a free loopback port, for tests that need a site
 * of their own: on a CMS that is down, with low limits, or its memory its own. `env` adds to (or
 * overrides) the test process's environment; resolves once `readyPath` answers.
 */
export async function startSiteProcess(
  env: Record<string, string | undefined>,
  { readyPath = '/en/privacy', nodeFlags = [], stdio = 'ignore' }: { readyPath?: string; nodeFlags?: string[]; stdio?: StdioOptions } = {},
): Promise<SiteProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...nodeFlags, path.join(root, 'dist', 'server', 'entry.mjs')], {
    cwd: root,
    stdio,
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), ...env },
  });
  await waitForUrl(`${url}${readyPath}`, child, 60_000);
  return { url, process: child };
}
