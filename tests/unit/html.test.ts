import { describe, expect, test } from 'vitest';
import { escapeHtml } from '#common/html.ts';
import { bilingual } from '../../cms/src/lib/bilingual';

describe('escapeHtml', () => {
  test('escapes the five characters that end text or an attribute in HTML, and nothing else', () => {
    expect(escapeHtml(`<a href="x" title='y'>R&D 研发</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;R&amp;D 研发&lt;/a&gt;');
  });

  test('writes nothing for a missing value and the text of any other', () => {
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(42)).toBe('42');
  });
});

describe('bilingual', () => {
  test('puts the Chinese and the English message side by side', () => {
    expect(bilingual('此项为必填项', 'this field is required')).toBe('此项为必填项 / this field is required');
  });
});
