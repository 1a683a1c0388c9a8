import { expect, test, type Page } from '@playwright/test';
import { cmsUrl, newStaff, newTag } from '../helpers/e2e.ts';

// The admin's session cookie in a real browser against the built CMS: it works from the admin's
// own addresses (the one npm start gives the CMS, and localhost on the same port) and signs no one
// in when a page of another site sends it (Payload's csrf list, cms/src/lib/adminOrigins.ts).

async function signInAdmin(page: Page, base: string, user: { email: string; password: string }) {
  await page.context().addCookies([{ name: 'payload-lng', value: 'en', url: base }]);
  await page.goto(`${base}/admin/login`);
  await page.locator('#field-email').fill(user.email);
  await page.locator('#field-password').fill(user.password);
  await page.getByRole('button', { name: 'Login', exact: true }).click();
  await page.waitForURL(/\/admin(?!\/login)/);
}

for (const host of ['127.0.0.1', 'localhost']) {
  test(`an editor signed in at ${host} stays signed in across the admin, and the cookie counts from no other site`, async ({
    browser,
    request,
  }) => {
    const editor = await newStaff(request, 'editor', 'Session Editor');
    const base = cmsUrl().replace('127.0.0.1', host);
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await signInAdmin(page, base, editor);

    // A server-rendered page and the admin's own API calls both see the session.
    await page.goto(`${base}/admin/collections/news`);
    await expect(page).not.toHaveURL(/\/admin\/login/);
    const me = await page.evaluate(
      async () => (await (await fetch('/api/users/me', { credentials: 'include' })).json()) as { user: { email: string } | null },
    );
    expect(me.user?.email).toBe(editor.email);
    const own = await page.evaluate(async () => {
      const response = await fetch('/api/payload-preferences/admin-session-e2e', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ value: { seen: true } }),
      });
      return response.status;
    });
    expect(own).toBe(200);

    // The same cookie sent by another site's page (its Origin), as a form or a text/plain fetch would.
    const form = new FormData();
    form.append(
      '_payload',
      JSON.stringify({ title: 'cross-site', slug: newTag('cross-site-'), publishedAt: '2026-01-05T00:00:00.000Z', _status: 'draft' }),
    );
    const news = await context.request.post(`${base}/api/news`, { headers: { origin: 'http://evil.example' }, multipart: form });
    expect([401, 403]).toContain(news.status());
    const preferences = await context.request.post(`${base}/api/payload-preferences/admin-session-evil`, {
      headers: { origin: 'http://evil.example', 'content-type': 'text/plain' },
      data: JSON.stringify({ value: { evil: true } }),
    });
    expect([401, 403]).toContain(preferences.status());
    await context.close();
  });
}
