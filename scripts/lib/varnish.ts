import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { stop } from './processes.ts';

// Debian's Varnish in front of site instances on loopback, for the scale-out tests
// (tests/e2e/scale-out.spec.ts, tests/integration/varnishConfig.test.ts) and the scale-out
// benchmark (bench/scaleout.ts).
const root = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
// Debian's package puts it in /usr/sbin, which an unprivileged user's PATH may lack.
export const varnishd = fs.existsSync('/usr/sbin/varnishd') ? '/usr/sbin/varnishd' : 'varnishd';

export interface RunningVarnish {
  url: string;
  /** The manager process (`varnishd -F`); the cache worker is its child. */
  pid: number;
  /** What varnishd wrote (its errors explain a failed start). */
  output: () => string;
  stop(): Promise<void>;
}

/**
 * Debian's varnishd with deploy/varnish/portal.vcl as committed and its per-server part rendered
 * by deploy/varnish/render.sh for these site instances, in the foreground on a loopback port,
 * its working directory (`-n`) inside `dir`. Started as a server starts it, with
 * http_gzip_support off (the VCL's header says why).
 */
export async function startVarnish(options: {
  dir: string;
  port: number;
  backends: string[];
  secret: string;
  env?: Record<string, string>;
}): Promise<RunningVarnish> {
  const { dir, port } = options;
  // Varnish's compiler and its worker (another user when run as root) read the files.
  fs.chmodSync(dir, 0o755);
  const rendered = await run(path.join(root, 'deploy', 'varnish', 'render.sh'), [], {
    env: { ...process.env, ...options.env, PORTAL_SITE_BACKENDS: options.backends.join(' '), REVALIDATE_SECRET: options.secret },
  });
  fs.writeFileSync(path.join(dir, 'portal-site.vcl'), rendered.stdout, { mode: 0o644 });
  fs.copyFileSync(path.join(root, 'deploy', 'varnish', 'portal.vcl'), path.join(dir, 'portal.vcl'));
  fs.chmodSync(path.join(dir, 'portal.vcl'), 0o644);
  let output = '';
  const child: ChildProcess = spawn(
    varnishd,
    [
      '-F',
      '-a',
      `127.0.0.1:${port}`,
      '-f',
      path.join(dir, 'portal.vcl'),
      '-n',
      path.join(dir, 'varnish'),
      '-p',
      'http_gzip_support=off',
      '-s',
      'malloc,64m',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      const response = await fetch(`${url}/zh/privacy`);
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (i > 150 || child.exitCode !== null) {
      await stop(child);
      throw new Error(`varnishd did not answer: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, pid: child.pid!, output: () => output, stop: () => stop(child) };
}
