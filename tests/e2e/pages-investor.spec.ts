import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { cmsUrl, signIn, siteUrl } from '../helpers/e2e.ts';

const langTag = { zh: 'zh-CN', en: 'en' } as const;
type Lang = keyof typeof langTag;

// Every page type of the investor site, with its heading in each language (from the seed).
const pages: { path: string; h1: Record<Lang, string | RegExp> }[] = [
  { path: '/industries', h1: { zh: '主导产业', en: 'Industries' } },
  { path: '/industries/clean-energy', h1: { zh: '清洁能源', en: 'Clean Energy' } },
  { path: '/parks/motor-drive', h1: { zh: '电机电控电传动产业园', en: /Motors/ } },
  { path: '/projects', h1: { zh: '项目', en: 'Projects' } },
  { path: '/projects/timken-phase-ii', h1: { zh: '铁姆肯二期', en: 'Timken Phase II' } },
  { path: '/policies', h1: { zh: '政策文件', en: 'Policies' } },
  { path: '/policies/precision-investment-action-plan', h1: { zh: '精准招商行动方案', en: 'Precision Investment Promotion Action Plan' } },
  { path: '/news?category=investment-promotion', h1: { zh: '新闻动态', en: 'News' } },
  { path: '/stories', h1: { zh: '成功案例', en: 'Success stories' } },
  { path: '/stories/timken', h1: { zh: '铁姆肯', en: 'Timken' } },
  { path: '/offices', h1: { zh: '灵活办公', en: 'Flexible offices' } },
  { path: '/offices/iwg-flexible-office-centre', h1: { zh: '跨国灵活办公中心', en: 'International flexible office centre' } },
  { path: '/figures', h1: { zh: '招商数据', en: 'Investment figures' } },
  { path: '/location', h1: { zh: /交通枢纽/, en: /transport hub/ } },
  { path: '/about', h1: { zh: '关于湘潭高新区', en: 'About Xiangtan Hi-tech Zone' } },
  { path: '/investment-services', h1: { zh: '投资服务', en: 'Investment services' } },
  { path: '/privacy', h1: { zh: '隐私声明', en: 'Privacy notice' } },
  { path: '/accessibility', h1: { zh: '无障碍声明', en: 'Accessibility statement' } },
];

async function open(page: Page, lang: Lang, path: string) {
  const response = await page.goto(`${siteUrl()}/${lang}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

const main = (page: Page) => page.locator('main');

for (const lang of ['zh', 'en'] as const) {
  test(`every investor page type answers in ${lang} with its heading, breadcrumbs and no JavaScript`, async ({ page }) => {
    for (const { path, h1 } of pages) {
      await open(page, lang, path);
      await expect(page.locator('html'), path).toHaveAttribute('lang', langTag[lang]);
      await expect(page.locator('h1'), path).toHaveText(h1[lang]);
      const breadcrumb = page.getByRole('navigation', { name: lang === 'zh' ? '当前位置' : 'Breadcrumb' });
      await expect(breadcrumb.getByRole('link').first(), path).toHaveAttribute('href', `/${lang}/`);
      // Structured data is not JavaScript; nothing else may be shipped.
      expect(await page.locator('script:not([type="application/ld+json"])').count(), path).toBe(0);
    }
  });

  test(`the ${lang} home page answers "why here": positioning, headline figures, parks, news, policies and a call to inquire`, async ({
    page,
  }) => {
    await open(page, lang, '/');
    const hero = page.locator('.hero');
    await expect(hero).toContainText(lang === 'zh' ? '两优三特一融' : 'strong technology, strong industry and a strong economy');
    // A slogan the article does not explain stays out of English.
    if (lang === 'en') await expect(hero).not.toContainText('two advantageous');
    const figures = hero.locator('dl.figures');
    await expect(figures).toContainText(lang === 'zh' ? '76.7亿元' : '¥7.67 billion');
    for (const value of ['19', '7', '61']) await expect(figures.locator('dd', { hasText: new RegExp(`^${value}$`) })).toHaveCount(1);
    await expect(hero.getByRole('link', { name: lang === 'zh' ? '提交投资咨询' : 'Send an inquiry' })).toHaveAttribute(
      'href',
      `/${lang}/contact`,
    );
    await expect(main(page).locator('a[href^="/' + lang + '/parks/"]')).not.toHaveCount(0);
    await expect(main(page).locator('a[href^="/' + lang + '/news/"]')).not.toHaveCount(0);
    await expect(main(page).locator('a[href^="/' + lang + '/policies/"]')).not.toHaveCount(0);
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
  });

  test(`the ${lang} figures page draws each series as an SVG chart beside a table with period and source`, async ({ page }) => {
    await open(page, lang, '/figures');
    // The article's two series (January–August 2024); periods published from the ledger by other
    // tests (monthly-report.spec) may sit beside them.
    const article = main(page).locator('section.chart-block', { hasText: lang === 'zh' ? '2024年1—8月' : 'January–August 2024' });
    await expect(article).toHaveCount(2);
    const tables = article.locator('table');
    await expect(tables).toHaveCount(2);
    const counts = tables.filter({ hasText: '19' });
    for (const value of ['19', '7', '61']) await expect(counts.locator('td', { hasText: new RegExp(`^${value}$`) })).toHaveCount(1);
    await expect(tables.filter({ hasText: lang === 'zh' ? '76.7亿元' : '¥7.67 billion' })).toHaveCount(1);
    await expect(counts.locator('caption')).not.toBeEmpty();
    await expect(counts.locator('th[scope="row"]')).toHaveCount(3);
    const charts = article.locator('svg[role="img"]');
    await expect(charts).toHaveCount(2);
    await expect(charts.first().locator('title')).not.toBeEmpty();
    await expect(charts.first().locator('desc')).toContainText('61');
    await expect(main(page)).toContainText(lang === 'zh' ? '2024年1—8月' : 'January–August 2024');
    await expect(main(page)).toContainText(lang === 'zh' ? '湖南日报' : 'Hunan Daily');
  });

  test(`project filters in ${lang} change the results and bad values answer 404`, async ({ page }) => {
    await open(page, lang, '/projects?stage=in-production');
    // The seeded projects; monthly-report.spec publishes one of its own ("E2E …") beside them.
    const cards = main(page).locator('li.card').filter({ hasNotText: 'E2E' });
    await expect(cards).toHaveCount(3);
    await expect(main(page)).toContainText(lang === 'zh' ? '铁姆肯二期' : 'Timken Phase II');
    await expect(main(page)).not.toContainText(lang === 'zh' ? '氢能装备产业园' : 'Hydrogen');

    await open(page, lang, '/projects?industry=clean-energy');
    await expect(cards).toHaveCount(2);
    await expect(main(page)).toContainText(lang === 'zh' ? '氢能装备产业园' : 'Hydrogen Energy Equipment');
    await expect(main(page)).toContainText(lang === 'zh' ? '10亿元' : '¥1 billion');

    // The filter form works without JavaScript: a plain GET to the list.
    await open(page, lang, '/projects');
    await expect(cards).toHaveCount(9);
    await page.locator('#filter-stage').selectOption('signed');
    await page.locator('form.filters button[type="submit"]').click();
    await expect(page).toHaveURL(/stage=signed/);
    await expect(cards).toHaveCount(3);

    for (const bad of ['?stage=planned', '?industry=no-such-industry', '?page=0', '?stage=signed&stage=signed']) {
      const response = await page.goto(`${siteUrl()}/${lang}/projects${bad}`);
      expect(response?.status(), bad).toBe(404);
    }
  });

  test(`policy filters in ${lang} by type, industry and status; undated policies are not called in force`, async ({ page }) => {
    await open(page, lang, '/policies');
    const cards = main(page).locator('li.card');
    await expect(cards).toHaveCount(4);
    await expect(cards.first()).toContainText(lang === 'zh' ? '待确认（生效日期未知）' : 'To be confirmed (effective date unknown)');

    await open(page, lang, '/policies?type=project-management');
    await expect(cards).toHaveCount(2);
    await open(page, lang, '/policies?industry=clean-energy');
    await expect(cards).toHaveCount(1);
    await expect(cards).toContainText(lang === 'zh' ? '精准招商行动方案' : 'Precision Investment Promotion Action Plan');
    await open(page, lang, '/policies?status=in-force');
    await expect(cards).toHaveCount(0);
    await expect(main(page)).toContainText(lang === 'zh' ? '没有符合条件的内容' : 'Nothing matches these filters');

    await open(page, lang, '/policies/going-global-action-plan');
    await expect(main(page).locator('dl.facts')).toContainText(
      lang === 'zh' ? '待确认（生效日期未知）' : 'To be confirmed (effective date unknown)',
    );
    await expect(main(page).locator('dl.facts')).not.toContainText(lang === 'zh' ? '现行有效' : 'In force');

    for (const bad of ['?status=valid', '?type=bogus']) {
      expect((await page.goto(`${siteUrl()}/${lang}/policies${bad}`))?.status(), bad).toBe(404);
    }
  });

  test(`news in ${lang} filters by category and shows related industries`, async ({ page }) => {
    await open(page, lang, '/news?category=visits-events');
    await expect(main(page).locator('li.card')).toHaveCount(3);
    await open(page, lang, '/news?category=investment-promotion');
    await expect(main(page).locator('li.card')).toHaveCount(3);
    expect((await page.goto(`${siteUrl()}/${lang}/news?category=nope`))?.status()).toBe(404);

    await open(page, lang, '/news/january-august-2024-investment-results');
    const related = main(page).locator('section.related');
    await expect(related.getByRole('link', { name: lang === 'zh' ? '清洁能源' : 'Clean Energy', exact: true })).toHaveAttribute(
      'href',
      `/${lang}/industries/clean-energy`,
    );
  });

  test(`an industry and a park in ${lang} list their related parks, projects, policies and news`, async ({ page }) => {
    await open(page, lang, '/industries/clean-energy');
    const related = main(page).locator('section.related');
    await expect(related.locator(`a[href="/${lang}/parks/clean-energy"]`)).toHaveCount(1);
    await expect(related.locator(`a[href="/${lang}/projects/hydrogen-energy-equipment-park"]`)).toHaveCount(1);
    await expect(related.locator(`a[href="/${lang}/policies/precision-investment-action-plan"]`)).toHaveCount(1);
    await expect(related.locator(`a[href="/${lang}/news/january-august-2024-investment-results"]`)).toHaveCount(1);

    await open(page, lang, '/parks/clean-energy');
    await expect(main(page).locator(`section.related a[href="/${lang}/industries/clean-energy"]`)).toHaveCount(1);
    await expect(
      main(page).getByRole('link', { name: lang === 'zh' ? '咨询本园区土地与厂房' : 'Ask about land and factories in this park' }),
    ).toHaveAttribute('href', `/${lang}/contact?type=land-or-factory&park=clean-energy`);

    await open(page, lang, '/projects/hydrogen-energy-equipment-park');
    const facts = main(page).locator('dl.facts');
    await expect(facts.locator(`a[href="/${lang}/industries/clean-energy"]`)).toHaveText(lang === 'zh' ? '清洁能源' : 'Clean Energy');
    await expect(facts).toContainText(lang === 'zh' ? '10亿元' : '¥1 billion');
    await expect(facts).toContainText(lang === 'zh' ? '已签约' : 'Signed');
  });

  test(`a park's inquiry link in ${lang} opens the form asking about land or factories in that park`, async ({ page }) => {
    await open(page, lang, '/parks/clean-energy');
    await main(page)
      .getByRole('link', { name: lang === 'zh' ? '咨询本园区土地与厂房' : 'Ask about land and factories in this park' })
      .click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/contact\\?`));
    await expect(page.locator('#inquiryType option:checked')).toHaveText(lang === 'zh' ? '土地或厂房' : 'Land or factory');
    await expect(page.locator('#park option:checked')).toHaveText(lang === 'zh' ? '清洁能源产业园' : 'Clean Energy Industrial Park');
  });

  test(`the ${lang} office page states the IWG facts and starts an office-space inquiry`, async ({ page }) => {
    await open(page, lang, '/offices/iwg-flexible-office-centre');
    const stats = main(page).locator('dl.stats');
    await expect(stats).toContainText('1989');
    await expect(stats).toContainText('2016');
    await expect(stats).toContainText('120+');
    await expect(stats).toContainText(lang === 'zh' ? '约4000处' : 'about 4,000');
    await expect(main(page).getByRole('link', { name: lang === 'zh' ? '咨询办公空间' : 'Ask about office space' })).toHaveAttribute(
      'href',
      `/${lang}/contact?type=office-space`,
    );
  });

  test(`the ${lang} location page draws travel times as an accessible SVG and lists the advantages`, async ({ page }) => {
    await open(page, lang, '/location');
    const diagram = main(page).locator('svg[role="img"]');
    await expect(diagram.locator('desc')).toContainText(lang === 'zh' ? '长沙黄花国际机场' : 'Changsha Huanghua International Airport');
    await expect(diagram.locator('desc')).toContainText(lang === 'zh' ? '30分钟' : '30 min');
    await expect(main(page).locator('#advantages-heading + ul li')).not.toHaveCount(0);
    expect(await page.locator('img[src^="http"], script[src], link[rel="stylesheet"][href^="http"]').count()).toBe(0);
  });

  test(`the ${lang} navigation fits a 360px screen without JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await open(page, lang, '/');
    // The links sit behind the menu button (a disclosure element), which opens without JavaScript.
    await page.locator('.site-header summary').click();
    const nav = page.getByRole('navigation', { name: lang === 'zh' ? '主导航' : 'Main navigation' });
    for (const href of ['/industries', '/parks', '/location', '/policies', '/projects', '/news', '/offices', '/contact']) {
      await expect(nav.locator(`a[href="/${lang}${href}"]`), href).toBeVisible();
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });
}

test('documents without English say so on their English page and link the Chinese one, for stories and pages', async ({
  page,
  request,
}) => {
  const admin = await signIn(request);
  const stamp = Date.now();
  const created = [
    {
      collection: 'stories',
      path: '/stories',
      data: { company: '仅有中文的企业', slug: `zh-only-story-${stamp}`, _status: 'published' },
      text: '仅有中文的企业',
    },
    {
      collection: 'pages',
      path: '',
      data: { title: '仅有中文的页面', slug: `zh-only-page-${stamp}`, _status: 'published' },
      text: '仅有中文的页面',
    },
  ];
  // Removed afterwards: other specs count the site's stories and crawl its pages.
  const made: { collection: string; id: number }[] = [];
  try {
    for (const { collection, path, data, text } of created) {
      const response = await request.post(`${cmsUrl()}/api/${collection}`, {
        params: { locale: 'zh' },
        headers: { authorization: admin },
        data,
      });
      expect(response.status(), collection).toBe(201);
      made.push({ collection, id: ((await response.json()) as { doc: { id: number } }).doc.id });
      await open(page, 'en', `${path}/${data.slug}`);
      await expect(main(page)).toContainText('This content is not yet available in English.');
      await expect(main(page)).not.toContainText(text);
      await page.getByRole('link', { name: 'Read it in Chinese' }).click();
      await expect(page).toHaveURL(new RegExp(`/zh${path}/${data.slug}$`));
      await expect(page.locator('h1')).toHaveText(text);
    }
    await open(page, 'en', '/stories');
    const card = main(page).locator('li.card', { hasText: '仅有中文的企业' });
    await expect(card).toContainText('Chinese only');
    await expect(card.getByRole('link')).toHaveAttribute('lang', 'zh-CN');
  } finally {
    for (const { collection, id } of made)
      await request.delete(`${cmsUrl()}/api/${collection}/${id}`, { headers: { authorization: admin } });
  }
});

test('the footer shows the ICP and public-security filing numbers, linked to their registries, once editors set them', async ({
  page,
  request,
}) => {
  const admin = await signIn(request);
  const set = (data: Record<string, string>) => request.post(`${cmsUrl()}/api/globals/site`, { headers: { authorization: admin }, data });
  expect((await set({ icpNumber: '湘ICP备00000000号', psbNumber: '湘公网安备 43030002000000号' })).status()).toBe(200);
  try {
    for (const lang of ['zh', 'en'] as const) {
      await open(page, lang, '/about');
      const footer = page.locator('footer');
      await expect(footer.getByRole('link', { name: '湘ICP备00000000号' })).toHaveAttribute('href', 'https://beian.miit.gov.cn/');
      await expect(footer.getByRole('link', { name: '湘公网安备 43030002000000号' })).toHaveAttribute('href', 'https://beian.mps.gov.cn/');
      await expect(footer.locator(`a[href="/${lang}/privacy"]`)).toHaveCount(1);
      await expect(footer.locator(`a[href="/${lang}/accessibility"]`)).toHaveCount(1);
    }
  } finally {
    await set({ icpNumber: '', psbNumber: '' });
  }
});

async function findId(request: APIRequestContext, collection: string, field: string, value: string) {
  const response = await request.get(`${cmsUrl()}/api/${collection}`, { params: { [`where[${field}][equals]`]: value, depth: 0 } });
  return ((await response.json()) as { docs: { id: number | string }[] }).docs[0]!.id;
}

test('a changed figure is shown at once on the figures page and the home page, in both languages', async ({ request }) => {
  const admin = await signIn(request);
  const id = await findId(request, 'figures', 'key', 'outbound-missions');
  for (const lang of ['zh', 'en'] as const) {
    // Warm the cache first, so the test proves invalidation rather than a first render.
    await request.get(`${siteUrl()}/${lang}/figures`);
    await request.get(`${siteUrl()}/${lang}/`);
  }
  const patch = (value: number) => request.patch(`${cmsUrl()}/api/figures/${id}`, { headers: { authorization: admin }, data: { value } });
  expect((await patch(6161)).status()).toBe(200);
  try {
    for (const lang of ['zh', 'en'] as const) {
      // Chinese writes four digits without a separator (src/common/formatNumber.ts).
      const shown = lang === 'zh' ? '6161' : '6,161';
      expect(await (await request.get(`${siteUrl()}/${lang}/figures`)).text()).toContain(shown);
      expect(await (await request.get(`${siteUrl()}/${lang}/`)).text()).toContain(shown);
    }
  } finally {
    expect((await patch(61)).status()).toBe(200);
  }
});

test('a policy given dates that have passed is listed as expired, and as in force while they run', async ({ page, request }) => {
  const admin = await signIn(request);
  const id = await findId(request, 'policies', 'slug', 'going-global-action-plan');
  const patch = (data: Record<string, string | null>) =>
    request.patch(`${cmsUrl()}/api/policies/${id}`, { headers: { authorization: admin }, data: { ...data, _status: 'published' } });
  const title = { zh: '“走出国门”行动工作方案', en: '"Going Global" Action Plan' };
  try {
    expect((await patch({ effectiveFrom: '2020-01-01T00:00:00.000Z', expiresOn: '2021-12-31T00:00:00.000Z' })).status()).toBe(200);
    for (const lang of ['zh', 'en'] as const) {
      await open(page, lang, '/policies?status=expired');
      await expect(main(page).locator('li.card')).toHaveCount(1);
      await expect(main(page).locator('li.card')).toContainText(title[lang]);
      await open(page, lang, '/policies/going-global-action-plan');
      await expect(main(page).locator('dl.facts')).toContainText(lang === 'zh' ? '已失效' : 'Expired');
    }
    expect((await patch({ effectiveFrom: '2020-01-01T00:00:00.000Z', expiresOn: null })).status()).toBe(200);
    for (const lang of ['zh', 'en'] as const) {
      await open(page, lang, '/policies?status=in-force');
      await expect(main(page).locator('li.card')).toHaveCount(1);
      await expect(main(page).locator('li.card')).toContainText(lang === 'zh' ? '现行有效' : 'In force');
    }
  } finally {
    await patch({ effectiveFrom: null, expiresOn: null });
  }
});

test("a policy's PDF attachment is linked on its page and served through the site", async ({ page, request }) => {
  const admin = await signIn(request);
  // A minimal PDF: header, two objects, cross-reference table, trailer (Payload checks all three).
  const pdf = Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\nxref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \ntrailer<</Size 3/Root 1 0 R>>\nstartxref\n95\n%%EOF\n',
  );
  const upload = await request.post(`${cmsUrl()}/api/documents`, {
    headers: { authorization: admin },
    multipart: {
      file: { name: `policy-text-${Date.now()}.pdf`, mimeType: 'application/pdf', buffer: pdf },
      _payload: JSON.stringify({ title: '政策全文' }),
    },
  });
  expect(upload.status(), await upload.text()).toBe(201);
  const document = ((await upload.json()) as { doc: { id: number | string; filename: string } }).doc;
  const id = await findId(request, 'policies', 'slug', 'closed-loop-project-management');
  const attach = (attachments: (number | string)[]) =>
    request.patch(`${cmsUrl()}/api/policies/${id}`, { headers: { authorization: admin }, data: { attachments, _status: 'published' } });
  expect((await attach([document.id])).status()).toBe(200);
  try {
    await open(page, 'zh', '/policies/closed-loop-project-management');
    const link = main(page).getByRole('link', { name: '政策全文' });
    await expect(link).toHaveAttribute('href', `/documents/${document.filename}`);
    const file = await request.get(`${siteUrl()}/documents/${document.filename}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('application/pdf');
    expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await request.get(`${siteUrl()}/documents/no-such-file.pdf`)).status()).toBe(404);
    expect((await request.get(`${siteUrl()}/documents/..%2Fsecret.pdf`)).status()).toBe(404);
  } finally {
    await attach([]);
  }
});

test("editors' navigation replaces the default menu in both languages, and the default returns when it is emptied", async ({
  page,
  request,
}) => {
  const admin = await signIn(request);
  const save = (locale: 'zh' | 'en', navigation: Record<string, string>[]) =>
    request.post(`${cmsUrl()}/api/globals/site`, { params: { locale }, headers: { authorization: admin }, data: { navigation } });
  // News stays in the menu so that other specs running meanwhile still find it.
  const zh = await save('zh', [
    { label: '新闻动态', path: '/news' },
    { label: '编辑推荐', path: '/stories' },
  ]);
  expect(zh.status()).toBe(200);
  const rows = ((await zh.json()) as { result: { navigation: { id: string }[] } }).result.navigation;
  try {
    const en = await save('en', [
      { id: rows[0]!.id, label: 'News', path: '/news' },
      { id: rows[1]!.id, label: "Editors' pick", path: '/stories' },
    ]);
    expect(en.status()).toBe(200);
    const expected = { zh: ['新闻动态', '编辑推荐'], en: ['News', "Editors' pick"] };
    for (const lang of ['zh', 'en'] as const) {
      await open(page, lang, '/stories');
      const nav = page.getByRole('navigation', { name: lang === 'zh' ? '主导航' : 'Main navigation' });
      await expect(nav.getByRole('link')).toHaveText(expected[lang]);
      await expect(nav.getByRole('link', { name: expected[lang][1] })).toHaveAttribute('aria-current', 'page');
    }
  } finally {
    await save('zh', []);
  }
  await open(page, 'en', '/');
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link')).toHaveCount(9);
});
