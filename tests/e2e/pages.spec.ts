import { expect, test } from '@playwright/test';
import { siteUrl } from '../helpers/e2e.ts';

const langTag = { zh: 'zh-CN', en: 'en' } as const;
const pages = [
  { path: '/', h1: { zh: '投资湘潭高新区', en: 'Invest in Xiangtan Hi-tech Zone' } },
  { path: '/parks', h1: { zh: '产业园区', en: 'Industrial parks' } },
  { path: '/parks/clean-energy', h1: { zh: /清洁能源/, en: /clean energy/i } },
  { path: '/news', h1: { zh: '新闻动态', en: 'News' } },
  { path: '/news/iwg-flexible-office-centre-agreement', h1: { zh: /IWG/, en: /IWG/ } },
  { path: '/contact', h1: { zh: '投资咨询', en: 'Invest with us' } },
  { path: '/privacy', h1: { zh: '隐私声明', en: 'Privacy notice' } },
];
const navNews = { zh: '新闻动态', en: 'News' };

for (const lang of ['zh', 'en'] as const) {
  for (const { path, h1 } of pages) {
    test(`${path} is served in ${lang} with its heading, navigation, footer and no stray JavaScript`, async ({ page }) => {
      const response = await page.goto(`${siteUrl()}/${lang}${path === '/' ? '/' : path}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', langTag[lang]);
      await expect(page.locator('h1')).toHaveText(h1[lang]);
      await expect(page.getByRole('navigation').first().getByRole('link', { name: navNews[lang], exact: true })).toBeVisible();
      await expect(page.locator('footer')).toContainText(lang === 'zh' ? '联系我们' : 'Contact');
      await expect(page.locator(`link[rel="alternate"][hreflang="${langTag[lang === 'zh' ? 'en' : 'zh']}"]`)).toHaveCount(1);
      // Only the contact page ships JavaScript: the inquiry form island. (JSON-LD is data.)
      const scripts = await page.locator('script:not([type="application/ld+json"])').count();
      if (path === '/contact') expect(scripts).toBeGreaterThan(0);
      else expect(scripts).toBe(0);
    });
  }

  test(`a missing page answers 404 in ${lang}, saying so in both languages`, async ({ page }) => {
    for (const path of ['/no-such-page', '/news/no-such-item', '/parks/no-such-park']) {
      const response = await page.goto(`${siteUrl()}/${lang}${path}`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', langTag[lang]);
      await expect(page.locator('h1')).toHaveText(lang === 'zh' ? '页面未找到' : 'Page not found');
      await expect(page.locator('main')).toContainText(lang === 'zh' ? 'Page not found' : '页面未找到');
    }
  });
}

test('the language switch leads to the same document in the other language', async ({ page }) => {
  await page.goto(`${siteUrl()}/zh/news/iwg-flexible-office-centre-agreement`);
  await expect(page.locator('h1')).toContainText('签约');
  await page.getByRole('link', { name: '切换到英文版' }).click();
  await expect(page).toHaveURL(/\/en\/news\/iwg-flexible-office-centre-agreement$/);
  await expect(page.locator('h1')).toContainText('flexible office centre');
  await page.getByRole('link', { name: 'Switch to the Chinese version' }).click();
  await expect(page).toHaveURL(/\/zh\/news\/iwg-flexible-office-centre-agreement$/);

  await page.goto(`${siteUrl()}/en/parks/clean-energy`);
  await page.getByRole('link', { name: 'Switch to the Chinese version' }).click();
  await expect(page).toHaveURL(/\/zh\/parks\/clean-energy$/);
  await expect(page.locator('h1')).toContainText('清洁能源');
});

test('/ sends visitors to their language, Chinese when in doubt', async ({ request }) => {
  const cases = [
    ['en-US,en;q=0.9', '/en/'],
    ['zh-CN,zh;q=0.9', '/zh/'],
    ['de-DE', '/zh/'],
    ['', '/zh/'],
  ] as const;
  for (const [acceptLanguage, location] of cases) {
    const response = await request.get(`${siteUrl()}/`, { headers: { 'accept-language': acceptLanguage }, maxRedirects: 0 });
    expect(response.status(), acceptLanguage).toBe(302);
    expect(response.headers().location).toBe(location);
  }
});

test('the footer shows no invented contact details and links the inquiry form instead', async ({ page }) => {
  await page.goto(`${siteUrl()}/en/`);
  const footer = page.locator('footer');
  await expect(footer).toContainText('Contact details will be published soon');
  await expect(footer.locator('a[href^="tel:"]')).toHaveCount(0);
});
