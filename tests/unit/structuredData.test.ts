import { describe, expect, it } from 'vitest';
import type { Media, News, Site } from '../../cms/src/payload-types';
import { governmentOrganization, newsArticle } from '../../src/lib/structuredData';

const siteUrl = new URL('https://invest.example.cn');
const bare: Site = {
  id: 1,
  name: 'Xiangtan Hi-tech Zone Investor Portal',
  contact: { address: '', phone: null, email: null },
  social: [],
} as Site;

describe('governmentOrganization', () => {
  it('names the organization in the page language and gives no contact point the CMS does not hold', () => {
    const data = governmentOrganization(bare, 'en', siteUrl);
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'GovernmentOrganization',
      name: 'Xiangtan Hi-tech Zone Investor Portal',
      url: 'https://invest.example.cn/en/',
    });
  });

  it('adds the contact point, address and social accounts editors entered', () => {
    const site = {
      ...bare,
      contact: { address: 'Address line', phone: '+86 731 0000', email: null },
      social: [{ network: 'weibo', url: 'https://weibo.com/x' }],
    } as Site;
    const data = governmentOrganization(site, 'zh', siteUrl);
    expect(data.url).toBe('https://invest.example.cn/zh/');
    expect(data.contactPoint).toEqual({
      '@type': 'ContactPoint',
      contactType: 'customer service',
      telephone: '+86 731 0000',
      availableLanguage: ['zh-CN', 'en'],
    });
    expect(data.address).toEqual({ '@type': 'PostalAddress', streetAddress: 'Address line' });
    expect(data.sameAs).toEqual(['https://weibo.com/x']);
  });
});

describe('newsArticle', () => {
  const item = {
    title: '氢能装备产业园签约',
    summary: '摘要',
    publishedAt: '2024-09-04T00:00:00.000Z',
    updatedAt: '2024-09-05T08:00:00.000Z',
    cover: { id: 3, filename: 'cover.jpg', sizes: { hero: { filename: 'cover-1600x900.jpg' } } } as Media,
  } satisfies Pick<News, 'title' | 'summary' | 'publishedAt' | 'updatedAt' | 'cover'>;

  it('has headline, dates, image, language, publisher and the page URL', () => {
    const data = newsArticle(item, 'hydrogen', 'zh', bare, siteUrl);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '氢能装备产业园签约',
      description: '摘要',
      datePublished: '2024-09-04T00:00:00.000Z',
      dateModified: '2024-09-05T08:00:00.000Z',
      image: 'https://invest.example.cn/media/cover-1600x900.jpg',
      inLanguage: 'zh-CN',
      url: 'https://invest.example.cn/zh/news/hydrogen',
      publisher: { '@type': 'GovernmentOrganization', name: bare.name },
    });
  });

  it('leaves out an image it does not have and cuts long headlines to 110 characters', () => {
    const data = newsArticle({ ...item, cover: null, summary: null, title: 'x'.repeat(200) }, 'x', 'en', bare, siteUrl);
    expect(data).not.toHaveProperty('image');
    expect(data).not.toHaveProperty('description');
    expect((data.headline as string).length).toBe(110);
  });
});
