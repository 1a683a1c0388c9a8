import { describe, expect, test } from 'vitest';
import { collectionTag, collectionTags, documentTag, documentTags, globalTag, mediaTags } from '#common/cacheTags.ts';
import { idOf } from '#common/idOf.ts';

describe('cache tags', () => {
  test('name a collection, one document of it, or a global', () => {
    expect(collectionTag('news')).toBe('news');
    expect(collectionTags('parks', 'news-categories')).toEqual(['parks', 'news-categories']);
    expect(documentTag('news', 42)).toBe('news:42');
    expect(documentTag('documents', '6650f0c2a1b2c3d4e5f60718')).toBe('documents:6650f0c2a1b2c3d4e5f60718');
    expect(documentTags('pages', 7)).toEqual(['pages', 'pages:7']);
    expect(globalTag('site')).toBe('global:site');
  });

  test('an image is tagged by its id, whether the upload field holds the id or the document', () => {
    expect(mediaTags(3)).toEqual(['media:3']);
    expect(mediaTags({ id: 'abc', url: '/media/a.jpg' })).toEqual(['media:abc']);
    expect(mediaTags(null)).toEqual([]);
    expect(mediaTags(undefined)).toEqual([]);
    expect(mediaTags({ url: '/media/a.jpg' })).toEqual([]);
  });
});

describe('idOf', () => {
  test('is the id of a relationship value, returned as an id (SQLite numbers, MongoDB strings) or as the document', () => {
    expect(idOf(5)).toBe(5);
    expect(idOf('6650f0c2a1b2c3d4e5f60718')).toBe('6650f0c2a1b2c3d4e5f60718');
    expect(idOf({ id: 5, name: 'Officer' })).toBe(5);
    expect(idOf(null)).toBeUndefined();
    expect(idOf(undefined)).toBeUndefined();
    expect(idOf({})).toBeUndefined();
    expect(idOf(true)).toBeUndefined();
  });
});
