import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archiveName, listArchives, parseKeep, pruneArchives } from '../../scripts/lib/backup/archives.ts';
import { describeFiles, listFiles, readManifest, verifyFiles, type Manifest } from '../../scripts/lib/backup/manifest.ts';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-unit-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('archive names and retention', () => {
  it('names an archive by its UTC time to the millisecond, so that names sort by time', () => {
    expect(archiveName(new Date('2026-12-01T13:46:39.123Z'))).toBe('portal-backup-2026-12-01T13-46-39-123Z.tar.gz');
    const names = ['2026-12-02T00:00:00.000Z', '2026-11-30T23:59:59.999Z', '2026-12-01T09:00:00.000Z'].map((t) => archiveName(new Date(t)));
    for (const name of names) fs.writeFileSync(path.join(dir, name), '');
    expect(listArchives(dir)).toEqual([...names].sort());
    expect(listArchives(dir)[0]).toBe(names[1]);
  });

  it('keeps the newest N archives and never touches other files', () => {
    const names = [1, 2, 3, 4].map((day) => archiveName(new Date(Date.UTC(2026, 11, day))));
    for (const name of [...names, 'notes.txt', 'portal-backup-manual.tar.gz', `${names[0]}.partial`])
      fs.writeFileSync(path.join(dir, name), '');
    expect(pruneArchives(dir, 2)).toEqual(names.slice(0, 2));
    expect(fs.readdirSync(dir).sort()).toEqual(
      [...names.slice(2), 'notes.txt', 'portal-backup-manual.tar.gz', `${names[0]}.partial`].sort(),
    );
    expect(pruneArchives(dir, 5)).toEqual([]);
  });

  it('has no archives in a folder that does not exist yet', () => {
    expect(listArchives(path.join(dir, 'missing'))).toEqual([]);
  });

  it('reads --keep N and --keep=N, and refuses anything but a whole number of at least 1', () => {
    expect(parseKeep([])).toBeUndefined();
    expect(parseKeep(['--keep', '7'])).toBe(7);
    expect(parseKeep(['--keep=3'])).toBe(3);
    for (const args of [['--keep'], ['--keep', '0'], ['--keep', '-2'], ['--keep', '1.5'], ['--keep=all']]) {
      expect(() => parseKeep(args)).toThrow(/^--keep takes the number of archives to keep, 1 or more/);
    }
  });
});

describe('the manifest', () => {
  const write = (relative: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    fs.writeFileSync(path.join(dir, relative), text);
  };
  const manifestOf = async (): Promise<Manifest> => ({
    format: 'xiangtan-portal-backup',
    version: 1,
    createdAt: '2026-12-01T00:00:00.000Z',
    database: { kind: 'sqlite', file: 'database/portal.db' },
    counts: { documents: { inquiries: 2 }, versions: {} },
    files: await describeFiles(dir),
  });

  it('lists every file with its size and SHA-256, but not itself', async () => {
    write('database/portal.db', 'db');
    write('media/a.webp', 'abc');
    write('manifest.json', '{}');
    expect((await manifestOf()).files).toEqual([
      { path: 'database/portal.db', bytes: 2, sha256: '7bdc25d1694ef984782a16f6f1710c1c6bc83ba7a131b515baf532bea021d011' },
      { path: 'media/a.webp', bytes: 3, sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' },
    ]);
  });

  it('finds a changed, a truncated, a missing and an unlisted file', async () => {
    write('media/a.webp', 'abc');
    write('media/b.webp', 'bcd');
    write('documents/c.pdf', 'cde');
    const manifest = await manifestOf();
    expect(await verifyFiles(dir, manifest)).toEqual([]);
    write('media/a.webp', 'abd');
    write('media/b.webp', 'bc');
    fs.rmSync(path.join(dir, 'documents', 'c.pdf'));
    write('media/extra.webp', 'x');
    expect(await verifyFiles(dir, manifest)).toEqual([
      'documents/c.pdf is missing',
      'media/a.webp does not match its checksum',
      'media/b.webp has 2 bytes, not 3',
      'media/extra.webp is not in the manifest',
    ]);
  });

  it('refuses a folder without a manifest or with one of another format', () => {
    expect(() => readManifest(dir)).toThrow('it has no manifest.json');
    write('manifest.json', JSON.stringify({ format: 'something-else', version: 1, files: [] }));
    expect(() => readManifest(dir)).toThrow('not of a format this version of the portal reads');
  });

  it('refuses a manifest that names files outside the archive’s folders', async () => {
    const manifest = await manifestOf();
    write('manifest.json', JSON.stringify(manifest));
    expect(readManifest(dir).database).toEqual({ kind: 'sqlite', file: 'database/portal.db' });
    for (const evil of [
      { ...manifest, files: [{ path: 'media/../../../etc/passwd', bytes: 1, sha256: '' }] },
      { ...manifest, files: [{ path: '/etc/passwd', bytes: 1, sha256: '' }] },
      { ...manifest, database: { kind: 'sqlite', file: 'media/x.db' } },
    ]) {
      write('manifest.json', JSON.stringify(evil));
      expect(() => readManifest(dir)).toThrow('names files outside the archive');
    }
  });

  it('refuses to back up a link, which a restore could not put back as it was', () => {
    write('media/a.webp', 'abc');
    fs.symlinkSync('/etc/passwd', path.join(dir, 'media', 'link.webp'));
    expect(() => listFiles(dir)).toThrow(/link\.webp is neither a file nor a folder/);
  });
});
