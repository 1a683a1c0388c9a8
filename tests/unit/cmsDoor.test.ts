import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

// The site talks to the CMS through src/cms/ only: pages, components and layouts ask for
// documents in the domain's words, and never write Payload's query syntax or a request.
const src = path.resolve(import.meta.dirname, '../../src');
const door = path.join(src, 'cms');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return file === door ? [] : filesUnder(file);
    return /\.(?:ts|tsx|astro|mjs|js)$/.test(entry.name) ? [file] : [];
  });
}

const outsideTheDoor = filesUnder(src).map((file) => ({ name: path.relative(src, file), text: fs.readFileSync(file, 'utf8') }));
const offending = (pattern: RegExp) => outsideTheDoor.filter(({ text }) => pattern.test(text)).map(({ name }) => name);

describe('the door to the CMS', () => {
  test('the check sees the pages, components and layouts', () => {
    const names = outsideTheDoor.map(({ name }) => name);
    for (const dir of ['pages', 'components', 'layouts']) expect(names.some((name) => name.startsWith(`${dir}${path.sep}`))).toBe(true);
  });

  test('no file outside src/cms/ builds a Payload query string', () => {
    expect(offending(/\b(?:where|select|sort|populate)\[/)).toEqual([]);
  });

  test('no file outside src/cms/ sends a request or holds a CMS client', () => {
    expect(offending(/\bfetch\s*\(/)).toEqual([]);
    expect(offending(/@payloadcms\/sdk|SITE_API_KEY/)).toEqual([]);
  });
});
