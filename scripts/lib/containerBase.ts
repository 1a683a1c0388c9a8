// The base image `npm run test:deploy` builds deploy/Dockerfile on where no image can be
// pulled: a minimal Debian from Debian's own packages (debootstrap), with the Node 24 binary the
// lock file pins (the `node` package), the npm that runs the script, and a `node` user of uid
// 1000, laid out as the official `node:24-bookworm-slim` is (/usr/local/bin/node, npm under
// /usr/local/lib/node_modules), so the Dockerfile runs on it unchanged. It also trusts what this
// machine trusts (its CA bundle): where an HTTPS proxy re-signs the npm registry's certificate,
// as on these machines, `npm ci` in the build needs that.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The Debian release of the official `node:24-bookworm-slim`. */
export const debianRelease = 'bookworm';

/** Where apt looks when this machine's sources name no mirror for the release. */
export const defaultDebianMirror = 'http://deb.debian.org/debian';

/**
 * The first archive in apt's sources (one-line `deb …` lists and deb822 `.sources` stanzas) that
 * carries `release` itself, not only its `-security` or `-updates` suites: the mirror this machine
 * already reaches. Undefined when none does.
 */
export function debianMirrorFromSources(texts: string[], release = debianRelease): string | undefined {
  for (const text of texts) {
    for (const line of text.split('\n')) {
      const fields = line
        .replace(/#.*/, '')
        .replace(/\[[^\]]*\]/, '')
        .trim()
        .split(/\s+/);
      if (fields[0] === 'deb' && fields[2] === release && fields[1]) return fields[1].replace(/\/$/, '');
    }
    for (const stanza of text.split(/\n\s*\n/)) {
      const field = (name: string) =>
        stanza
          .split('\n')
          .find((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`))
          ?.slice(name.length + 1)
          .trim()
          .split(/\s+/) ?? [];
      const types = field('Types');
      if (types.includes('deb') && field('Suites').includes(release) && field('URIs')[0]) return field('URIs')[0].replace(/\/$/, '');
    }
  }
  return undefined;
}

/** This machine's mirror for `release` (DEBIAN_MIRROR wins), read from /etc/apt. */
export function debianMirror(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DEBIAN_MIRROR) return env.DEBIAN_MIRROR;
  const files = ['/etc/apt/sources.list'];
  const dir = '/etc/apt/sources.list.d';
  if (fs.existsSync(dir)) files.push(...fs.readdirSync(dir).map((name) => path.join(dir, name)));
  const texts = files.filter((file) => fs.existsSync(file) && fs.statSync(file).isFile()).map((file) => fs.readFileSync(file, 'utf8'));
  return debianMirrorFromSources(texts) ?? defaultDebianMirror;
}

/** The executable `name` on PATH or in the sbin directories root's PATH has; undefined if absent. */
export function findExecutable(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(':'), '/usr/local/sbin', '/usr/sbin', '/sbin'];
  return dirs.map((dir) => path.join(dir, name)).find((file) => fs.existsSync(file));
}

/** Runs a command with inherited output at the lowest CPU and I/O priority; rejects on failure. */
function runQuietly(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('nice', ['-n', '19', 'ionice', '-c3', command, ...args], { stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (exit ${code})`))));
  });
}

export interface BaseImageSource {
  /** The Node 24 binary to install as /usr/local/bin/node. */
  node: string;
  /** npm's package directory (the one with bin/npm-cli.js), installed as /usr/local/lib/node_modules/npm. */
  npm: string;
  /** This machine's CA bundle (PEM), installed as /etc/ssl/certs/ca-certificates.crt for Node. */
  caBundle?: string;
}

/** The CA bundle this machine's Node and npm trust: NODE_EXTRA_CA_CERTS, else Debian's. */
export function machineCaBundle(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return [env.NODE_EXTRA_CA_CERTS, env.SSL_CERT_FILE, '/etc/ssl/certs/ca-certificates.crt'].find(
    (file): file is string => !!file && fs.existsSync(file),
  );
}

/** The image tag of a base made from `source`: a new Node or npm makes a new base. */
export function baseImageTag(nodeVersion: string, npmVersion: string): string {
  return `xiangtan-portal-base:${debianRelease}-node${nodeVersion}-npm${npmVersion}`;
}

/**
 * Makes the base image `tag` in the local engine: debootstrap into `workDir`, Node, npm and the
 * `node` user added, apt's downloads dropped, then `docker import`. Needs root (debootstrap and
 * chroot) and reaches only the Debian mirror.
 */
export async function makeBaseImage(tag: string, source: BaseImageSource, workDir: string): Promise<void> {
  const debootstrap = findExecutable('debootstrap');
  if (!debootstrap) throw new Error('debootstrap is not installed: apt-get install debootstrap');
  const rootfs = path.join(workDir, 'rootfs');
  const mirror = debianMirror();
  console.log(`Making the base image ${tag}: debootstrap ${debianRelease} from ${mirror} (a few minutes)…`);
  await runQuietly(debootstrap, ['--variant=minbase', debianRelease, rootfs, mirror]);

  fs.copyFileSync(fs.realpathSync(source.node), path.join(rootfs, 'usr/local/bin/node'));
  fs.chmodSync(path.join(rootfs, 'usr/local/bin/node'), 0o755);
  const npmDir = path.join(rootfs, 'usr/local/lib/node_modules/npm');
  fs.cpSync(source.npm, npmDir, { recursive: true });
  fs.symlinkSync('../lib/node_modules/npm/bin/npm-cli.js', path.join(rootfs, 'usr/local/bin/npm'));
  fs.symlinkSync('../lib/node_modules/npm/bin/npx-cli.js', path.join(rootfs, 'usr/local/bin/npx'));
  const changes = ['ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'CMD ["node"]'];
  if (source.caBundle) {
    fs.mkdirSync(path.join(rootfs, 'etc/ssl/certs'), { recursive: true });
    fs.copyFileSync(source.caBundle, path.join(rootfs, 'etc/ssl/certs/ca-certificates.crt'));
    changes.push('ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt');
  }
  // The official image's user: the Dockerfile's `USER node` and `chown node:node`.
  for (const args of [
    ['groupadd', '--gid', '1000', 'node'],
    ['useradd', '--uid', '1000', '--gid', 'node', '--shell', '/bin/bash', '--create-home', 'node'],
  ]) {
    const result = spawnSync('chroot', [rootfs, ...args], { stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`chroot ${args.join(' ')} failed`);
  }
  for (const dir of ['var/cache/apt/archives', 'var/lib/apt/lists']) {
    for (const name of fs.readdirSync(path.join(rootfs, dir))) {
      if (name !== 'partial' && name !== 'lock') fs.rmSync(path.join(rootfs, dir, name), { recursive: true, force: true });
    }
  }

  console.log(`Importing ${rootfs} as ${tag}…`);
  await new Promise<void>((resolve, reject) => {
    const tar = spawn('tar', ['--numeric-owner', '-C', rootfs, '-c', '.'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const importer = spawn('docker', ['import', ...changes.flatMap((change) => ['--change', change]), '-', tag], {
      stdio: ['pipe', 'inherit', 'inherit'],
    });
    tar.stdout.pipe(importer.stdin);
    tar.once('error', reject);
    importer.once('error', reject);
    importer.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`docker import failed (exit ${code})`))));
  });
}
