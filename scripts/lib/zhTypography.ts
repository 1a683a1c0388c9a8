// The zone's written convention for Chinese text (docs/glossary.md, "Chinese typography"), as
// zhlint rules: full-width punctuation (，。：；？！“”（）) in Chinese, and no space between Chinese
// characters and Latin letters or digits (76.7亿元, IWG集团), as the Hunan Daily and the zone's own
// documents write it. The rules are listed one by one rather than taken from zhlint's default
// preset, whose spacing rule is the opposite (文字 foo 文字).
import fs from 'node:fs';
import path from 'node:path';
import { run, type Options } from 'zhlint';

export const zhTypographyRules: NonNullable<Options['rules']> = {
  fullwidthPunctuation: '，。：；？！“”‘’（）',
  adjustedFullwidthPunctuation: '“”‘’',
  spaceBetweenMixedwidthContent: false,
  skipZhUnits: '',
  noSpaceBetweenFullwidthContent: true,
  noSpaceBeforePauseOrStop: true,
  noSpaceAfterFullwidthPauseOrStop: true,
  noSpaceOutsideFullwidthQuotation: true,
  noSpaceInsideQuotation: true,
  noSpaceOutsideFullwidthBracket: true,
  noSpaceInsideBracket: true,
  trimSpace: true,
};

export interface ZhText {
  /** The file and the place inside it, e.g. `content/news/x.json .body.zh`. */
  where: string;
  text: string;
  /** Sets the corrected text back where it came from (for `--fix`). */
  set(value: string): void;
}

export interface ZhFinding {
  where: string;
  text: string;
  corrected: string;
}

/** The text as the convention writes it. Placeholders such as {{page}} are kept as they are. */
export function correctZh(text: string): string {
  return run(text, { rules: zhTypographyRules }).result;
}

export function lintZh(texts: ZhText[]): ZhFinding[] {
  return texts.flatMap(({ where, text }) => {
    const corrected = correctZh(text);
    return corrected === text ? [] : [{ where, text, corrected }];
  });
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Every string under a `zh` key of a seed file (the Chinese half of each `{ zh, en }` field). */
function zhFieldsOf(
  value: Json,
  where: string,
  inZh: boolean,
  found: ZhText[],
  parent?: { [key: string]: Json } | Json[],
  key?: string | number,
): void {
  if (typeof value === 'string') {
    if (inZh && parent !== undefined && key !== undefined)
      found.push({ where, text: value, set: (v) => ((parent as Record<string | number, Json>)[key] = v) });
    return;
  }
  if (Array.isArray(value)) value.forEach((item, i) => zhFieldsOf(item, `${where}[${i}]`, inZh, found, value, i));
  else if (value && typeof value === 'object')
    for (const [k, item] of Object.entries(value)) zhFieldsOf(item, `${where}.${k}`, inZh || k === 'zh', found, value, k);
}

function jsonFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const file = path.join(dir, entry.name);
      return entry.isDirectory() ? jsonFiles(file) : entry.name.endsWith('.json') ? [file] : [];
    })
    .sort();
}

export interface ZhSource {
  file: string;
  data: Json;
  texts: ZhText[];
}

/** The zh UI strings and the Chinese of every seed content file, ready to lint (and fix). */
export function zhSources(root: string): ZhSource[] {
  const files = [path.join(root, 'src/common/strings/zh.json'), ...jsonFiles(path.join(root, 'content'))];
  return files.map((file) => {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
    const texts: ZhText[] = [];
    const label = path.relative(root, file);
    // The UI strings file is Chinese throughout; seed files hold both languages.
    const wholeFileIsZh = file.endsWith(path.join('strings', 'zh.json'));
    zhFieldsOf(data, label + ' ', wholeFileIsZh, texts);
    return { file, data, texts };
  });
}
