import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { siteUrl } from '../helpers/e2e.ts';

// Each page says its own thing (issue 18): over every page of the sitemap, in each language, a
// sentence of the page's main text that appears on more than three pages is repetition. Navigation,
// header and footer are outside <main>, and cards linking to other pages are removed, so they are
// not counted; short strings (labels, buttons, "Source: …" lines) are left out by length.
const maxPagesPerSentence = 3;
/** How many such sentences the seed content may still have per language, each listed below when it fails. */
const allowedRepeatedSentences = { zh: 2, en: 2 };
const minLength = { zh: 16, en: 40 };
/**
 * The site's own UI strings in each language: a notice the templates print on every document of
 * a kind (an English name still to confirm, a policy text not yet published) is boilerplate like
 * the footer, not the content saying the same thing twice.
 */
const uiStrings = Object.fromEntries(
  (['zh', 'en'] as const).map((lang) => [
    lang,
    new Set(
      Object.values(
        JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../src/common/strings/${lang}.json`), 'utf8')) as Record<
          string,
          string
        >,
      ).map((text) => text.replace(/\s+/g, ' ').trim()),
    ),
  ]),
) as Record<'zh' | 'en', Set<string>>;

function sentencesOf(text: string, lang: 'zh' | 'en'): string[] {
  return text
    .split(/\n+|(?<=[。！？])|(?<=[.!?])\s+(?=[A-Z"“(])/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length >= minLength[lang]);
}

for (const lang of ['zh', 'en'] as const) {
  test(`no more than ${allowedRepeatedSentences[lang]} sentences appear on more than ${maxPagesPerSentence} pages in ${lang}`, async ({
    page,
    request,
  }) => {
    test.setTimeout(240_000);
    const sitemap = await (await request.get(`${siteUrl()}/sitemap-${lang}.xml`)).text();
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(urls.length).toBeGreaterThan(20);
    const pagesOf = new Map<string, Set<string>>();
    for (const path of urls) {
      const response = await page.goto(`${siteUrl()}${path}`);
      expect(response?.status(), path).toBe(200);
      // Cards and related lists point to other pages with those pages' summaries: they are
      // navigation, like the footer, so only the page's own text is counted.
      const text = await page.locator('main').evaluate((main) => {
        main.querySelectorAll('.card, .related, nav').forEach((node) => node.remove());
        return (main as HTMLElement).innerText;
      });
      for (const sentence of new Set(sentencesOf(text, lang).filter((s) => !uiStrings[lang].has(s)))) {
        if (!pagesOf.has(sentence)) pagesOf.set(sentence, new Set());
        pagesOf.get(sentence)!.add(path);
      }
    }
    const repeated = [...pagesOf]
      .filter(([, pages]) => pages.size > maxPagesPerSentence)
      .map(([sentence, pages]) => `${pages.size} pages: ${sentence.slice(0, 120)}`)
      .sort();
    console.log(
      `${lang}: ${urls.length} pages, ${repeated.length} sentences on more than ${maxPagesPerSentence} pages\n${repeated.join('\n')}`,
    );
    expect(repeated.length, repeated.join('\n')).toBeLessThanOrEqual(allowedRepeatedSentences[lang]);
  });
}

test('the sentence splitter finds sentences in both languages and skips labels', () => {
  expect(sentencesOf('园区地处中部地区交通枢纽，距机场仅半小时车程。铁姆肯、梅塞尔等大批外资企业已在园区落户发展。\n来源', 'zh')).toEqual([
    '园区地处中部地区交通枢纽，距机场仅半小时车程。',
    '铁姆肯、梅塞尔等大批外资企业已在园区落户发展。',
  ]);
  expect(
    sentencesOf(
      'Timken, Messer and many other foreign companies operate in the zone. It is 30 minutes from the airport by car.\nSource',
      'en',
    ),
  ).toEqual(['Timken, Messer and many other foreign companies operate in the zone.', 'It is 30 minutes from the airport by car.']);
});
