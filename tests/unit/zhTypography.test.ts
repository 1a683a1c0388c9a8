import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { correctZh, lintZh, zhSources } from '../../scripts/lib/zhTypography.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('Chinese typography convention (zhlint)', () => {
  it('turns half-width colons and brackets in Chinese into full-width ones', () => {
    expect(correctZh('统计期: 2024年1—8月')).toBe('统计期：2024年1—8月');
    expect(correctZh('合作伙伴: IWG')).toBe('合作伙伴：IWG');
    expect(correctZh('姓名 (必填)')).toBe('姓名（必填）');
  });

  it('writes no space between Chinese and digits or Latin letters', () => {
    expect(correctZh('100 万美元以下')).toBe('100万美元以下');
    expect(correctZh('5000 人以上')).toBe('5000人以上');
    expect(correctZh('湘潭高新集团与 IWG 集团签约')).toBe('湘潭高新集团与IWG集团签约');
  });

  it('leaves text that follows the convention alone, quotes and placeholders included', () => {
    for (const text of ['“两优三特一融”产业', '总投资规模76.7亿元', '第 {{page}} 页，共 {{total}} 页', '1至8月，园区签约'])
      expect(correctZh(text)).toBe(text);
  });

  it('reports where a text breaks it', () => {
    const findings = lintZh([{ where: 'x.json .a.zh', text: '来源: 湖南日报', set: () => {} }]);
    expect(findings).toEqual([{ where: 'x.json .a.zh', text: '来源: 湖南日报', corrected: '来源：湖南日报' }]);
  });

  it('reads the zh UI strings and only the Chinese half of seed content', () => {
    const sources = zhSources(root);
    const strings = sources.find((s) => s.file.endsWith(path.join('strings', 'zh.json')))!;
    expect(strings.texts.map((t) => t.where)).toContain('src/common/strings/zh.json .common.labelled');
    const news = sources.find((s) => s.file.endsWith('iwg-flexible-office-centre-agreement.json'))!;
    expect(news.texts.map((t) => t.where)).toContain('content/news/iwg-flexible-office-centre-agreement.json .title.zh');
    expect(news.texts.some((t) => t.where.endsWith('.en') || t.where.includes('editorNotes'))).toBe(false);
  });

  it('holds for the zh UI strings and the seed content as committed', () => {
    expect(zhSources(root).flatMap((s) => lintZh(s.texts))).toEqual([]);
  });
});
