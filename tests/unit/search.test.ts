import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { highlighter, maxQueryLength, SearchIndex, snippet, tokenize, type SearchableDocument } from '../../src/lib/searchIndex';

const titleFields: Record<string, string> = {
  industries: 'name', parks: 'name', projects: 'name', policies: 'title', news: 'title', stories: 'company', offices: 'name', pages: 'title',
};

/** The seed content, as the site indexes it (bodies are the seed's markdown text). */
function seedDocuments(): SearchableDocument[] {
  const docs: SearchableDocument[] = [];
  let id = 0;
  for (const [collection, titleField] of Object.entries(titleFields)) {
    const dir = path.join('content', collection);
    for (const file of fs.readdirSync(dir)) {
      const data = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
      id += 1;
      for (const locale of ['zh', 'en'] as Locale[]) {
        const title = data[titleField]?.[locale];
        if (!title) continue;
        docs.push({ collection, id, slug: data.slug, locale, title, summary: data.summary?.[locale] ?? '', body: data.body?.[locale] ?? '' });
      }
    }
  }
  return docs;
}

const index = new SearchIndex(seedDocuments());

describe('tokenize', () => {
  it('splits Chinese into overlapping character pairs and English into lower-case words', () => {
    expect(tokenize('湘潭高新区 Hydrogen-Energy')).toEqual(['湘潭', '潭高', '高新', '新区', 'hydrogen', 'energy']);
    expect(tokenize('氢')).toEqual(['氢']);
    expect(tokenize('ＴＩＭＫＥＮ')).toEqual(['timken']);
  });
});

describe('search over the seed content', () => {
  it('finds Chinese terms written without spaces', () => {
    for (const term of ['氢能', '电机', '铁姆肯']) {
      const hits = index.search(term, 'zh');
      expect(hits.length, term).toBeGreaterThan(0);
      expect(hits[0]!.locale).toBe('zh');
      expect(hits[0]!.titleHtml + hits[0]!.snippetHtml).toContain('<mark>');
    }
  });

  it('finds English words, whatever their case, and lists a document once in the reader’s language', () => {
    const hits = index.search('Hydrogen', 'en');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.locale === 'en')).toBe(true);
    expect(hits[0]!.titleHtml).toMatch(/<mark>hydrogen<\/mark>/i);
    const keys = hits.map((hit) => `${hit.collection}:${hit.slug}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('answers a query in the other language with that language’s documents', () => {
    const hits = index.search('hydrogen', 'zh');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.locale === 'en')).toBe(true);
    expect(index.search('氢能', 'en').every((hit) => hit.locale === 'zh')).toBe(true);
  });

  it('ranks a title match above a body match', () => {
    const hits = index.search('Timken', 'en');
    expect(hits[0]!.title).toMatch(/Timken/);
    const lastTitleMatch = hits.findLastIndex((hit) => /timken/i.test(hit.title));
    const firstBodyOnly = hits.findIndex((hit) => !/timken/i.test(hit.title));
    if (firstBodyOnly !== -1) expect(lastTitleMatch).toBeLessThan(firstBodyOnly);
  });

  it('ranks the exact phrase above its words found apart', () => {
    const docs: SearchableDocument[] = [
      { collection: 'news', id: 1, slug: 'apart', locale: 'en', title: 'Energy news', summary: 'Clean water and hydrogen energy', body: '' },
      { collection: 'news', id: 2, slug: 'phrase', locale: 'en', title: 'Other news', summary: 'Energy from clean hydrogen', body: '' },
    ];
    expect(new SearchIndex(docs).search('clean hydrogen', 'en').map((hit) => hit.slug)).toEqual(['phrase', 'apart']);
  });

  it('escapes the document text and the query in what it returns', () => {
    const docs: SearchableDocument[] = [
      { collection: 'news', id: 1, slug: 'x', locale: 'en', title: '<script>alert(1)</script> hydrogen', summary: 'a & b <b>hydrogen</b>', body: '' },
    ];
    const [hit] = new SearchIndex(docs).search('hydrogen <img src=x>', 'en');
    expect(hit!.titleHtml).toBe('&lt;script&gt;alert(1)&lt;/script&gt; <mark>hydrogen</mark>');
    expect(hit!.snippetHtml).toBe('a &amp; b &lt;b&gt;<mark>hydrogen</mark>&lt;/b&gt;');
  });

  it('returns nothing, and does not throw, for empty, punctuation-only, odd or very long queries', () => {
    for (const q of ['', '   ', '***', '"', '\u0000', '(()', '\\', '%', '🙂'.repeat(50)]) expect(index.search(q, 'zh'), q).toEqual([]);
    expect(() => index.search('氢'.repeat(10_000), 'zh')).not.toThrow();
    expect(() => index.search('a'.repeat(10_000), 'en')).not.toThrow();
    expect(maxQueryLength).toBe(100);
  });
});

describe('snippet', () => {
  it('cuts long text around the first match', () => {
    const text = `${'x '.repeat(200)}hydrogen ${'y '.repeat(200)}`;
    const cut = snippet(text, highlighter('hydrogen').pattern);
    expect(cut.startsWith('…') && cut.endsWith('…')).toBe(true);
    expect(cut).toContain('hydrogen');
    expect(Array.from(cut).length).toBeLessThanOrEqual(162);
  });
});
