import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readParameters } from '../../src/lib/pageQuery';
import { varnishd } from '../helpers/varnish';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const vcl = fs.readFileSync(path.join(root, 'deploy', 'varnish', 'portal.vcl'), 'utf8');
// Only what each case gives: none of the render's variables from the environment (undefined ones are left out).
const unset = {
  PORTAL_SITE_BACKENDS: undefined,
  REVALIDATE_SECRET: undefined,
  PORTAL_PURGE_ALLOW: undefined,
  PORTAL_FRONT_PROXIES: undefined,
};
const render = (env: Record<string, string>) =>
  run(path.join(root, 'deploy', 'varnish', 'render.sh'), [], { env: { ...process.env, ...unset, ...env } });
const secret = 'a1b2c3d4e5f6a7b8c9d0e1f2';

describe('deploy/varnish', () => {
  it("keeps in a query exactly the parameters the site's pages read (src/lib/pageQuery.ts)", () => {
    const kept = /\(\?!\(\?:([a-z|]+)\)\(\?:=\|&\|\$\)\)/.exec(vcl);
    expect(kept, 'the parameter list in portal.vcl').not.toBeNull();
    expect(kept![1]!.split('|')).toEqual([...readParameters]);
  });

  it('render.sh writes one probed backend per instance, the director, the ACLs and the secret; Varnish compiles it with portal.vcl', async () => {
    const { stdout } = await render({ PORTAL_SITE_BACKENDS: '127.0.0.1:4321 10.0.0.12:4322', REVALIDATE_SECRET: secret });
    expect(stdout).toMatch(/backend site_1 \{\s+\.host = "127\.0\.0\.1";\s+\.port = "4321";\s+\.probe = portal_site_health;/);
    expect(stdout).toMatch(/backend site_2 \{\s+\.host = "10\.0\.0\.12";\s+\.port = "4322";/);
    expect(stdout).toContain('.url = "/healthz";');
    expect(stdout).toContain('portal_site.add_backend(site_2);');
    // A retry goes to the other instance, never back to the one that failed.
    expect(stdout).toMatch(/new portal_after_site_1 = directors\.fallback\(\);\s+portal_after_site_1\.add_backend\(site_2\);\s+new/);
    expect(stdout).toMatch(/new portal_after_site_2 = directors\.fallback\(\);\s+portal_after_site_2\.add_backend\(site_1\);\s+\}/);
    expect(stdout).toContain(`"Bearer ${secret}"`);
    expect(stdout).toMatch(/acl portal_purgers \{\s+"127\.0\.0\.1";\s+"::1";\s+"10\.0\.0\.0"\/8;/);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'varnish-config-'));
    fs.chmodSync(dir, 0o755);
    fs.writeFileSync(path.join(dir, 'portal-site.vcl'), stdout, { mode: 0o644 });
    fs.writeFileSync(path.join(dir, 'portal.vcl'), vcl, { mode: 0o644 });
    // -C compiles the VCL (to C, on stderr) and exits: every vmod and include resolved.
    await expect(run(varnishd, ['-C', '-f', path.join(dir, 'portal.vcl'), '-n', path.join(dir, 'n')])).resolves.toBeDefined();
  });

  it('render.sh refuses what would make a wrong or open configuration', async () => {
    await expect(render({ REVALIDATE_SECRET: secret })).rejects.toThrow(/PORTAL_SITE_BACKENDS/);
    await expect(render({ PORTAL_SITE_BACKENDS: '127.0.0.1:4321' })).rejects.toThrow(/REVALIDATE_SECRET/);
    await expect(render({ PORTAL_SITE_BACKENDS: '127.0.0.1:4321', REVALIDATE_SECRET: 'short' })).rejects.toThrow(/shorter than 16/);
    await expect(render({ PORTAL_SITE_BACKENDS: '127.0.0.1:4321', REVALIDATE_SECRET: `${secret}"; }` })).rejects.toThrow(/may hold only/);
    await expect(render({ PORTAL_SITE_BACKENDS: '127.0.0.1', REVALIDATE_SECRET: secret })).rejects.toThrow(/not host:port/);
  });
});
