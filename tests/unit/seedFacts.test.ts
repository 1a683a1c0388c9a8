// The seed content against the article (../shared/source/): its key facts are stated as the article
// states them, and time is stated absolutely, never relative to a reader's "now".
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const contentDir = path.resolve(import.meta.dirname, '../../content');
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    return e.isDirectory() ? (e.name === 'corrections' ? [] : files(file)) : e.name.endsWith('.json') ? [file] : [];
  });
}

/** The published text of every seed file in one language (editorNotes are never published). */
function texts(locale: 'zh' | 'en'): Array<{ file: string; text: string }> {
  const found: Array<{ file: string; text: string }> = [];
  const walk = (value: Json, file: string, lang?: string): void => {
    if (typeof value === 'string') {
      if (lang === locale) found.push({ file, text: value });
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, file, lang));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) if (k !== 'editorNotes') walk(v, file, k === 'zh' || k === 'en' ? k : lang);
  };
  for (const file of files(contentDir)) walk(JSON.parse(fs.readFileSync(file, 'utf8')), path.relative(contentDir, file));
  return found;
}
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(contentDir, file), 'utf8'));
const all = (locale: 'zh' | 'en') =>
  texts(locale)
    .map((t) => t.text)
    .join('\n');

describe('seed content states time absolutely', () => {
  const relative = {
    zh: /今年|去年|明年|年内|本月|近日|日前|前不久|目前|当前|近期/,
    en: /\b(this|last|next) (year|month|week)\b|\bwithin the year\b|\brecently\b|\bcurrently\b|\bso far\b|\bat present\b|\bnowadays\b/i,
  };
  for (const locale of ['zh', 'en'] as const)
    it(`has no relative time words in ${locale}`, () => {
      const hits = texts(locale)
        .filter((t) => relative[locale].test(t.text))
        .map((t) => `${t.file}: …${t.text.match(relative[locale])![0]}…`);
      expect(hits).toEqual([]);
    });

  it('finds such words where they are (the check is not empty)', () => {
    expect(relative.zh.test('有望年内竣工投产')).toBe(true);
    expect(relative.en.test('Projects signed this year include')).toBe(true);
    expect(relative.en.test('in 2024')).toBe(false);
  });
});

describe('seed content holds the article’s key facts', () => {
  it('January–August 2024: 19 projects signed (签约引进), 7 brought in (引进), ¥7.67 billion planned, 61 missions', () => {
    const figures = Object.fromEntries(
      (read('figures.json') as Array<{ key: string; value: number; label: { zh: string; en: string } }>).map((f) => [f.key, f]),
    );
    expect(figures['projects-100m-plus']).toMatchObject({ value: 19, label: { zh: '签约引进亿元以上项目' } });
    expect(figures['projects-20m-100m']).toMatchObject({ value: 7, label: { zh: '引进2000万元至1亿元项目' } });
    expect(figures['total-investment']).toMatchObject({ value: 7_670_000_000, label: { en: expect.stringMatching(/planned/i) } });
    expect(figures['outbound-missions']!.value).toBe(61);
    const news = read('news/january-august-2024-investment-results.json');
    // Only the 19 are 签约引进; the 7 are 引进, and the article does not say which projects the total covers.
    expect(news.title.zh).not.toContain('签约引进项目总投资');
    expect(news.body.en).not.toMatch(/signed 19 [^.]* and 7 projects/);
    expect(news.body.zh).toContain('签约引进亿元以上项目19个，引进2000万元至1亿元项目7个，总投资规模76.7亿元');
  });

  it('the three signed projects at ¥2 bn, ¥1 bn and ¥1 bn', () => {
    expect(read('projects/wide-magnesium-plate-deep-processing-park.json').investmentCny).toBe(2_000_000_000);
    expect(read('projects/hydrogen-energy-equipment-park.json').investmentCny).toBe(1_000_000_000);
    expect(read('projects/wind-solar-clean-energy-integration-project.json').investmentCny).toBe(1_000_000_000);
  });

  it('IWG: signed by Xiangtan Hi-tech Group on 3 July 2024; founded 1989 in 布尔赛斯 (Brussels), Belgium; listed in London 2016; 120+ countries, about 4,000 centres', () => {
    const office = read('offices/iwg-flexible-office-centre.json');
    expect(office.agreementDate).toBe('2024-07-03');
    expect(office.signedBy).toEqual({ zh: '湘潭高新集团与IWG集团', en: 'Xiangtan Hi-tech Group and IWG' });
    expect(office.partner).toMatchObject({
      foundedYear: 1989,
      foundedIn: { zh: '比利时布尔赛斯', en: 'Brussels, Belgium' },
      listedYear: 2016,
      countries: '120+',
      centres: '4,000',
    });
    // The zone itself did not sign: no text says it partnered with IWG.
    expect(all('en')).not.toMatch(/zone(?:'s)? (?:has )?partner(?:ed|s)? (?:with )?IWG/i);
    expect(all('zh')).not.toMatch(/湘潭高新区与IWG/);
  });

  it('Digital China event: June 2024, 60+ experts, scholars and business representatives; no host or venue the article does not give', () => {
    const item = read('news/digital-china-new-quality-productive-forces-investment-event.json');
    expect(item.summary.zh).toMatch(/^2024年6月/);
    expect(item.summary.zh).toContain('60余位专家学者、企业代表');
    expect(`${item.title.en} ${item.summary.en} ${item.body.en}`).not.toMatch(/hosted|gathered in|business leaders/);
  });

  it('Chen Rong visited 宏光 and 惠博 on 23 August 2024, and the title adds no purpose of its own', () => {
    const item = read('news/chen-rong-visits-hongguang-and-huibo.json');
    expect(item).toMatchObject({ eventDate: '2024-08-23', sourceDate: '2024-09-04', publishedAt: '2024-09-04' });
    expect(item.summary.zh).toContain('湘潭宏光变流电气有限公司、湘潭惠博离心机有限公司');
    expect(item.title.en).not.toMatch(/review their needs/);
  });

  it('the clean energy park adds nothing about the investment map the article does not say', () => {
    expect(read('parks/clean-energy.json').body.zh).not.toContain('列入招商图谱中的细分行业');
  });

  it('the airport is 30 minutes by car, and the zone a transport hub in central China, nowhere overstated', () => {
    // The article: 距黄花国际机场仅半小时车程 (the location page names the airport in full).
    expect(all('zh')).toMatch(/距(长沙)?黄花国际机场(仅)?半小时车程/);
    expect(
      texts('en')
        .filter((t) => /sits on a transport hub/.test(t.text))
        .map((t) => t.file),
    ).toEqual([]);
  });

  it('projects under construction say when that was reported', () => {
    for (const slug of ['jinbei-electric-phase-iii', 'taixin-taide', 'wanyang-zhongchuang']) {
      const project = read(`projects/${slug}.json`);
      expect(project.stage).toBe('under-construction');
      expect(project.dateNote.zh).toContain('2024年9月4日');
      expect(project.dateNote.en).toContain('4 September 2024');
    }
  });
});
