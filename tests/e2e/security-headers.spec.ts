import { expect, test, type APIResponse, type Page } from '@playwright/test';
import sharp from 'sharp';
import { cmsUrl, signIn, siteUrl, startUsingInquiryForm, testAdmin } from '../helpers/e2e.ts';

/** The directives of a Content-Security-Policy header, by name. */
function directives(csp: string | undefined): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (csp ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}

/** The headers every response of either server carries (over plain HTTP: no HSTS). */
function expectBaseline(response: APIResponse, what: string) {
  const headers = response.headers();
  const csp = directives(headers['content-security-policy']);
  expect(headers['content-security-policy'], `${what}: Content-Security-Policy`).toBeTruthy();
  expect(csp.get('frame-ancestors'), `${what}: frame-ancestors`).toEqual(["'none'"]);
  for (const name of ['script-src', 'default-src']) expect(csp.get(name) ?? [], `${what}: ${name}`).not.toContain("'unsafe-inline'");
  expect(headers['x-content-type-options'], `${what}: nosniff`).toBe('nosniff');
  expect(headers['referrer-policy'], `${what}: Referrer-Policy`).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], `${what}: Permissions-Policy`).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  expect(headers['x-frame-options'], `${what}: X-Frame-Options`).toBe('DENY');
  expect(headers['strict-transport-security'], `${what}: no HSTS over plain HTTP`).toBeUndefined();
  return csp;
}

/** Console messages and `securitypolicyviolation` events the page reports from now on. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return violations;
}

test('site pages in both languages carry a hash-based policy and the other security headers', async ({ request }) => {
  for (const path of ['/zh/', '/en/', '/en/parks', '/zh/contact', '/en/contact']) {
    const response = await request.get(`${siteUrl()}${path}`);
    expect(response.status(), path).toBe(200);
    const csp = expectBaseline(response, path);
    expect(csp.get('default-src'), path).toEqual(["'none'"]);
    expect(csp.get('script-src')?.[0], path).toBe("'self'");
    expect(csp.get('base-uri'), path).toEqual(["'none'"]);
    expect(csp.get('form-action'), path).toEqual(["'self'"]);
    expect(response.headers()['cross-origin-resource-policy']).toBe('same-origin');
    // Deliberately none on the public site: see src/lib/securityHeaders.ts and docs/quality-gates.md.
    expect(response.headers()['cross-origin-opener-policy'], path).toBeUndefined();
  }
  // The inquiry page's inline hydration script is allowed by its hash, not by 'unsafe-inline'.
  const contact = await request.get(`${siteUrl()}/en/contact`);
  expect(
    directives(contact.headers()['content-security-policy'])
      .get('script-src')
      ?.some((v) => v.startsWith("'sha256-")),
  ).toBe(true);
});

test('error pages, redirects, media, documents, feeds, sitemaps and the API carry them too', async ({ request }) => {
  // An image uploaded in the CMS, served by the site at /media/<file>.
  const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#0b5394' } })
    .png()
    .toBuffer();
  const upload = await request.post(`${cmsUrl()}/api/media`, {
    headers: { authorization: await signIn(request) },
    multipart: {
      file: { name: 'headers-check.png', mimeType: 'image/png', buffer: png },
      _payload: JSON.stringify({ altZh: '标题检查', altEn: 'Header check' }),
    },
  });
  expect(upload.status()).toBe(201);
  const media = `/media/${((await upload.json()) as { doc: { filename: string } }).doc.filename}`;
  const responses: [string, Promise<APIResponse>, number][] = [
    ['404 page', request.get(`${siteUrl()}/zh/no-such-page`), 404],
    ['404 page (en)', request.get(`${siteUrl()}/en/parks/no-such-park`), 404],
    ['language redirect', request.get(`${siteUrl()}/`, { maxRedirects: 0 }), 302],
    ['media', request.get(`${siteUrl()}${media}`), 200],
    ['missing media', request.get(`${siteUrl()}/media/no-such-file.webp`), 404],
    ['news feed', request.get(`${siteUrl()}/en/news/rss.xml`), 200],
    ['sitemap', request.get(`${siteUrl()}/sitemap.xml`), 200],
    ['robots.txt', request.get(`${siteUrl()}/robots.txt`), 200],
    ['revalidate API without a secret', request.post(`${siteUrl()}/api/revalidate`, { data: { tags: ['news'] } }), 401],
  ];
  for (const [what, pending, status] of responses) {
    const response = await pending;
    expect(response.status(), what).toBe(status);
    const csp = expectBaseline(response, what);
    const html = response.headers()['content-type']?.startsWith('text/html');
    // Anything that is not an Astro page may not load or run anything at all.
    if (!html) expect(csp.get('default-src'), what).toEqual(["'none'"]);
  }
});

test('a forged X-Forwarded-Proto does not turn on HSTS when no proxy is trusted', async ({ request }) => {
  const response = await request.get(`${siteUrl()}/en/`, { headers: { 'x-forwarded-proto': 'https' } });
  expect(response.headers()['strict-transport-security']).toBeUndefined();
});

test('the inquiry island hydrates under the policy without a single violation, in both languages', async ({ page }) => {
  const violations = await watchViolations(page);
  for (const lang of ['zh', 'en']) {
    await page.goto(`${siteUrl()}/${lang}/contact`);
    // The island hydrates once someone starts using it; Astro then removes its `ssr` attribute.
    await startUsingInquiryForm(page);
    await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
    // Hydrated, the form checks fields in the browser: an empty send stays on the page.
    await page.getByRole('button', { name: lang === 'zh' ? /发送|提交/ : /send/i }).click();
    await expect(page.locator('[aria-invalid="true"]').first()).toBeFocused();
    expect(page.url()).not.toContain('_action');
  }
  expect(violations).toEqual([]);
});

test('CMS: admin, API and build assets carry the security headers; the admin policy allows scripts by nonce only', async ({ request }) => {
  const login = await request.get(`${cmsUrl()}/admin/login`);
  expect(login.status()).toBe(200);
  const admin = expectBaseline(login, 'admin login');
  // Where editors are signed in, no window of another origin keeps a hold on the admin's.
  expect(login.headers()['cross-origin-opener-policy']).toBe('same-origin');
  const scripts = admin.get('script-src') ?? [];
  expect(scripts.some((v) => /^'nonce-[A-Za-z0-9+/=_-]+'$/.test(v))).toBe(true);
  expect(scripts).toContain("'strict-dynamic'");
  expect(scripts).not.toContain("'unsafe-eval'");
  // A fresh nonce each time.
  const again = directives((await request.get(`${cmsUrl()}/admin/login`)).headers()['content-security-policy']).get('script-src');
  expect(again).not.toEqual(scripts);
  // Next renders its inline scripts with that nonce.
  const nonce = scripts.find((v) => v.startsWith("'nonce-"))!.slice(7, -1);
  expect(await login.text()).toContain(`nonce="${nonce}"`);

  const authorization = await signIn(request);
  for (const [what, response] of [
    ['REST API', await request.get(`${cmsUrl()}/api/news?limit=1`)],
    ['REST API, signed in', await request.get(`${cmsUrl()}/api/users/me`, { headers: { authorization } })],
    ['REST API 404', await request.get(`${cmsUrl()}/api/no-such-collection`)],
  ] as const) {
    expect(expectBaseline(response, what).get('default-src'), what).toEqual(["'none'"]);
  }
  const asset = (await login.text()).match(/\/_next\/static\/[^"']+\.js/)?.[0];
  expect(asset).toBeTruthy();
  const assetResponse = await request.get(`${cmsUrl()}${asset}`);
  expect(assetResponse.headers()['x-content-type-options']).toBe('nosniff');
});

test('CMS: an editor signs in and opens a document under the admin policy without a violation', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(`${cmsUrl()}/admin/login`);
  await page.locator('#field-email').fill(testAdmin.email);
  await page.locator('#field-password').fill(testAdmin.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/\/admin\/?$/);
  await page.goto(`${cmsUrl()}/admin/collections/news`);
  // Opened by its address: a click can land before the list's client router is ready on a busy machine.
  const documentPath = await page.locator('table tbody tr a').first().getAttribute('href');
  await page.goto(`${cmsUrl()}${documentPath}`);
  await expect(page.locator('#field-title')).toBeVisible();
  expect(violations).toEqual([]);
});
