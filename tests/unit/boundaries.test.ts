import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

// Neither app imports the other's internals: what both use lives in src/common/, reached by its
// name (`#common/…`, package.json "imports"), and the site knows the CMS only by the generated
// types of what it reads.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sourceFile = /\.(ts|tsx|mts|js|mjs|astro)$/;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === '.next' ? [] : filesUnder(relative);
    return sourceFile.test(entry.name) ? [relative] : [];
  });
}

interface Import {
  file: string;
  specifier: string;
  /** The repository path it names, for a relative specifier. */
  target?: string;
  typeOnly: boolean;
}

const staticImport = /\b(?:import|export)\s+(type\s+)?(?:[\w$*{},\s]+?\s+from\s+)?['"]([^'"]+)['"]/g;
const dynamicImport = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): Import[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const resolve = (specifier: string) =>
    specifier.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)) : undefined;
  const found: Import[] = [];
  for (const [, type, specifier] of text.matchAll(staticImport))
    found.push({ file, specifier: specifier!, target: resolve(specifier!), typeOnly: !!type });
  // `import('…')` in a declaration file is a type; anywhere else it loads the module.
  for (const [, specifier] of text.matchAll(dynamicImport))
    found.push({ file, specifier: specifier!, target: resolve(specifier!), typeOnly: file.endsWith('.d.ts') });
  return found;
}

const show = (found: Import[]) => found.map((i) => `${i.file}: ${i.specifier}`);
const inside = (target: string | undefined, dir: string) => target !== undefined && (target === dir || target.startsWith(`${dir}/`));
const generatedTypes = /^cms\/src\/payload-types(\.ts)?$/;

describe('the boundary between the site and the CMS', () => {
  test('the scan finds the imports it looks for', () => {
    const cms = filesUnder('cms/src').flatMap(importsOf);
    expect(cms.some((i) => i.specifier.startsWith('#common/'))).toBe(true);
    expect(
      filesUnder('src')
        .flatMap(importsOf)
        .some((i) => generatedTypes.test(i.target ?? '')),
    ).toBe(true);
  });

  test('the CMS reaches the site only through #common', () => {
    const climbs = filesUnder('cms/src')
      .flatMap(importsOf)
      .filter((i) => i.target !== undefined && !inside(i.target, 'cms'));
    expect(show(climbs)).toEqual([]);
  });

  test('the site reads only the CMS’s generated types, as types', () => {
    const reaches = filesUnder('src')
      .filter((file) => !inside(file, 'src/common'))
      .flatMap(importsOf)
      .filter((i) => inside(i.target, 'cms') || i.specifier === '@payload-config')
      .filter((i) => !(generatedTypes.test(i.target ?? '') && i.typeOnly));
    expect(show(reaches)).toEqual([]);
  });

  test('src/common depends on neither app', () => {
    const outward = filesUnder('src/common')
      .flatMap(importsOf)
      .filter(
        (i) =>
          (i.target !== undefined && !inside(i.target, 'src/common')) ||
          i.specifier === '@payload-config' ||
          i.specifier.startsWith('astro'),
      );
    expect(show(outward)).toEqual([]);
  });

  test('everything else names src/common by #common, never by a relative path', () => {
    const climbs = ['src', 'cms/src', 'scripts', 'bench', 'tests']
      .flatMap(filesUnder)
      .filter((file) => !inside(file, 'src/common'))
      .flatMap(importsOf)
      .filter((i) => inside(i.target, 'src/common'));
    expect(show(climbs)).toEqual([]);
  });
});
