import { describe, expect, it } from 'vitest';
import { strayText } from '../helpers/adminLanguage.ts';

describe('strayText on a Chinese screen', () => {
  it('finds English interface words', () => {
    expect(strayText('搜索结果标题\nTitle\n自动生成', 'zh')).toEqual(['Title']);
    expect(strayText('Dec 2, 2026 7:14 AM', 'zh')).toEqual(['Dec', 'AM']);
    expect(strayText('Payload 设置', 'zh')).toEqual(['Payload']);
    expect(strayText('You are not allowed to perform this action.', 'zh')).toEqual([
      'You',
      'are',
      'not',
      'allowed',
      'to',
      'perform',
      'this',
      'action',
    ]);
  });

  it('accepts Chinese, numbers, dates and the abbreviations an editor meets as they are', () => {
    expect(strayText('最后修改 2026-12-02 07:14\nSEO\n导出当前筛选 (CSV)\nAPI\n12 / 50', 'zh')).toEqual([]);
    expect(strayText('ICP备案号\n例如：湘ICP备XXXXXXXX号。', 'zh')).toEqual([]);
  });

  it('accepts data: addresses, links, paths, file names, slugs and reference numbers', () => {
    expect(
      strayText('e2e-admin@portal.invalid https://example.com/a?b=1 /zh/news/x cover-photo.jpg motors-electric-drive XT-2026-0001', 'zh'),
    ).toEqual([]);
  });

  it('accepts the phrases a test names as user data, and nothing else around them', () => {
    expect(strayText('负责专员 E2E investment-officer', 'zh', { allow: ['E2E investment-officer'] })).toEqual([]);
    expect(strayText('Owner: E2E editor', 'zh', { allow: ['E2E editor'] })).toEqual(['Owner']);
  });
});

describe('strayText on an English screen', () => {
  it('finds Chinese characters and full-width punctuation', () => {
    expect(strayText('Title\n您无权执行此操作。', 'en')).toEqual(['您无权执行此操作。']);
    expect(strayText('Created 十二月 1日 2026', 'en')).toEqual(['十二月', '日']);
    expect(strayText('Search（all）', 'en')).toEqual(['（', '）']);
  });

  it('accepts English text with numbers and dates, and phrases named as user data', () => {
    expect(strayText('Last modified 2026-12-02 07:14 · SEO · Export this list (CSV)', 'en')).toEqual([]);
    expect(strayText('Company: 湘潭电机', 'en', { allow: ['湘潭电机'] })).toEqual([]);
  });
});
