import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../cms/src/lib/replyTemplate';

const template = {
  bodyZh: '{name}您好：您的咨询 {reference} 由{officer}负责。{park}',
  bodyEn: 'Dear {name}, {officer} handles {reference}. {park} {other}',
  linkIndustry: true,
  linkPark: true,
  linkPolicies: true,
};
const context = {
  name: 'Jane',
  reference: 'XT-2026-000007',
  officer: 'Li Na',
  park: 'Motor Park',
  industrySlug: 'clean-energy',
  parkSlug: 'motor-park',
  site: 'https://invest.example',
};

describe('a reply template', () => {
  it('fills its placeholders in the reply’s language and leaves unknown ones as written', () => {
    expect(renderTemplate(template, 'en', { ...context, site: undefined })).toBe(
      'Dear Jane, Li Na handles XT-2026-000007. Motor Park {other}',
    );
    expect(renderTemplate(template, 'zh', { ...context, site: undefined })).toBe(
      'Jane您好：您的咨询 XT-2026-000007 由Li Na负责。Motor Park',
    );
  });

  it('adds absolute links to the industry, park and policies pages in that language, as the template asks', () => {
    expect(renderTemplate(template, 'zh', context).split('\n\n')[1]).toBe(
      [
        '产业介绍: https://invest.example/zh/industries/clean-energy',
        '园区介绍: https://invest.example/zh/parks/motor-park',
        '扶持政策: https://invest.example/zh/policies',
      ].join('\n'),
    );
    expect(renderTemplate({ ...template, linkPark: false, linkPolicies: false }, 'en', context)).toMatch(
      /\n\nThe industry: https:\/\/invest\.example\/en\/industries\/clean-energy$/,
    );
  });

  it('links no industry page for "other", no park page without a park, and nothing without the site’s address', () => {
    const body = renderTemplate(template, 'en', { ...context, industrySlug: 'other', parkSlug: null, park: '' });
    expect(body).toBe('Dear Jane, Li Na handles XT-2026-000007.  {other}\n\nPolicies: https://invest.example/en/policies');
    expect(renderTemplate(template, 'en', { ...context, site: undefined })).not.toContain('http');
  });
});
