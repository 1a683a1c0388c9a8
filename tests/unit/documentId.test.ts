import { describe, expect, it } from 'vitest';
import { documentIdFrom } from '../../cms/src/lib/documentId';

describe('a document id read from a path or a form', () => {
  it('is a number on SQLite, and only a positive integer of at most 16 digits', () => {
    expect(documentIdFrom('42', 'number')).toBe(42);
    for (const bad of ['0', '-1', '1.5', '0x10', '042', 'abc', '', '99999999999999999999', '65f0c0ffee0123456789abcd']) {
      expect(documentIdFrom(bad, 'number'), bad).toBeUndefined();
    }
  });
  it('is an ObjectId string on MongoDB (24 hex digits, in lower case), never a number', () => {
    expect(documentIdFrom('65f0c0ffee0123456789abcd', 'text')).toBe('65f0c0ffee0123456789abcd');
    expect(documentIdFrom('65F0C0FFEE0123456789ABCD', 'text')).toBe('65f0c0ffee0123456789abcd');
    for (const bad of ['42', 'XT-2026-7K3Q9M', '65f0c0ffee0123456789abc', '65f0c0ffee0123456789abcdz', '']) {
      expect(documentIdFrom(bad, 'text'), bad).toBeUndefined();
    }
  });
  it('is any non-empty string for a collection with a custom text id', () => {
    expect(documentIdFrom('guide-zh', 'text', true)).toBe('guide-zh');
    expect(documentIdFrom('', 'text', true)).toBeUndefined();
  });
});
