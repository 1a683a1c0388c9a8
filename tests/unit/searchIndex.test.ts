import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locale } from '#common/locales.ts';
import {
  highlighter,
  matchText,
  maxQueryLength,
  maxQueryTerms,
  queryTerms,
  rankCandidates,
  scoreDocument,
  searchDocuments,
  snippet,
  tokenize,
  type SearchableDocument,
} from '#common/searchIndex.ts';

const titleFields: Record<string, string> = {
  industries: 'name',
  parks: 'name',
  projects: 'name',
  policies: 'title',
  news: 'title',
  stories: 'company',
  offices: 'name',
  pages: 'title',
};

/** The seed content, as the search collection holds it (bodies are the seed's markdown text). */
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
        docs.push({
          collection,
          id,
          slug: data.slug,
          locale,
          title,
          summary: data.summary?.[locale] ?? '',
          body: data.body?.[locale] ?? '',
        });
      }
    }
  }
  return docs;
}

const seed = seedDocuments();
/** What the CMS endpoint does with the database's candidates, over the seed held in memory. */
const index = { search: (q: string, locale: Locale) => searchDocuments(q, seed, locale) };

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
      {
        collection: 'news',
        id: 1,
        slug: 'apart',
        locale: 'en',
        title: 'Energy news',
        summary: 'Clean water and hydrogen energy',
        body: '',
      },
      { collection: 'news', id: 2, slug: 'phrase', locale: 'en', title: 'Other news', summary: 'Energy from clean hydrogen', body: '' },
    ];
    expect(searchDocuments('clean hydrogen', docs, 'en').map((hit) => hit.slug)).toEqual(['phrase', 'apart']);
  });

  it('escapes the document text and the query in what it returns', () => {
    const docs: SearchableDocument[] = [
      {
        collection: 'news',
        id: 1,
        slug: 'x',
        locale: 'en',
        title: '<script>alert(1)</script> hydrogen',
        summary: 'a & b <b>hydrogen</b>',
        body: '',
      },
    ];
    const [hit] = searchDocuments('hydrogen <img src=x>', docs, 'en');
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

describe('query terms and ranking', () => {
  it('turns a query into the distinct, bounded terms the database matches', () => {
    expect(queryTerms('湘潭高新区 Hydrogen hydrogen')).toEqual(['湘潭', '潭高', '高新', '新区', 'hydrogen']);
    expect(queryTerms('***')).toEqual([]);
    expect(queryTerms('a b c d e f g h i j k l').length).toBe(maxQueryTerms);
    expect(matchText({ title: 'ＴＩＭＫＥＮ Plant', summary: 'A', body: 'B' })).toBe('timken plant a b');
  });

  it('ranks title above summary above body for the same words', () => {
    const docs: SearchableDocument[] = [
      { collection: 'news', id: 1, slug: 'body', locale: 'en', title: 'News', summary: 'Other', body: 'hydrogen energy' },
      { collection: 'news', id: 2, slug: 'title', locale: 'en', title: 'Hydrogen energy', summary: 'Other', body: '' },
      { collection: 'news', id: 3, slug: 'summary', locale: 'en', title: 'News', summary: 'hydrogen energy', body: '' },
    ];
    expect(rankCandidates('hydrogen energy', docs, 'en').map((hit) => hit.slug)).toEqual(['title', 'summary', 'body']);
    expect(scoreDocument('hydrogen', docs[1]!)).toBeGreaterThan(scoreDocument('hydrogen', docs[2]!));
  });

  it('keeps only candidates with every term when any has them all, otherwise those with some', () => {
    const docs: SearchableDocument[] = [
      { collection: 'news', id: 1, slug: 'both', locale: 'zh', title: '氢能产业园', summary: '', body: '' },
      { collection: 'news', id: 2, slug: 'one', locale: 'zh', title: '氢能', summary: '', body: '' },
    ];
    expect(rankCandidates('氢能产业', docs, 'zh').map((hit) => hit.slug)).toEqual(['both']);
    expect(
      rankCandidates('氢能 电机', docs, 'zh')
        .map((hit) => hit.slug)
        .sort(),
    ).toEqual(['both', 'one']);
  });

  it('lists a document found in both languages once, in the reader’s language, with a plain-text snippet', () => {
    const docs: SearchableDocument[] = [
      { collection: 'news', id: 1, slug: 'x', locale: 'zh', title: 'Timken 湘潭工厂', summary: '摘要 <b>', body: '' },
      { collection: 'news', id: 1, slug: 'x', locale: 'en', title: 'Timken Xiangtan plant', summary: 'Summary <b>', body: '' },
    ];
    expect(rankCandidates('timken', docs, 'zh').map((hit) => hit.locale)).toEqual(['zh']);
    const [hit] = rankCandidates('timken', docs, 'en');
    expect(hit).toMatchObject({ locale: 'en', snippet: 'Summary <b>' });
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
