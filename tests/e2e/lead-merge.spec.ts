import { expect, test } from '@playwright/test';
import { cmsUrl, findInquiry, inquiryFormFields, newStaff, newTag, siteUrl } from '../helpers/e2e.ts';

const referenceIn = (html: string) => /data-testid="inquiry-reference"[^>]*>(XT-\d{4}-\d{6})</.exec(html)?.[1];

// Duplicates through the real admin: two inquiries from one prospect are flagged on each other,
// an officer merges one into the other with the sidebar's button, the survivor's timeline holds
// both histories, and the merged reference still works on the site's tracking page.
test('an officer sees two inquiries from one email flagged, merges one into the other, and the old reference still tracks', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const tag = newTag('merge-');
  const email = `${tag}@example.com`;
  const send = async (message: string) => {
    const sent = await request.post(`${siteUrl()}/en/contact?_action=sendInquiry`, {
      headers: { origin: siteUrl() },
      // A company of its own: other tests' inquiries share the form's default one.
      form: inquiryFormFields('en', { email, company: `Company ${tag}`, message }),
    });
    expect(sent.status()).toBe(200);
    return referenceIn(await sent.text())!;
  };
  const kept = await send(`First inquiry ${tag}`);
  const merged = await send(`Second inquiry ${tag}`);
  const [keptLead] = await findInquiry(request, kept);
  const [mergedLead] = await findInquiry(request, merged);
  const officer = await newStaff(request, 'investment-officer', 'Merge Officer');

  for (const lang of ['en', 'zh'] as const) {
    const context = await browser.newContext({ locale: lang === 'en' ? 'en-US' : 'zh-CN' });
    await context.addCookies([{ name: 'payload-lng', value: lang, url: cmsUrl() }]);
    const page = await context.newPage();
    await page.goto(`${cmsUrl()}/admin/login`);
    await page.locator('#field-email').fill(officer.email);
    await page.locator('#field-password').fill(officer.password);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/\/admin(?!\/login)/);

    // The dashboard's link lists the flagged leads; both of this prospect's are among them.
    await page.goto(`${cmsUrl()}/admin/collections/inquiries?where[email][equals]=${encodeURIComponent(email)}`);
    const link = page.getByTestId('duplicates-link');
    await expect(link).toHaveText(lang === 'en' ? 'Possible duplicates' : '可能重复');
    await page.goto(
      `${cmsUrl()}/admin/collections/inquiries?where[and][0][duplicates][exists]=true&where[and][1][mergedInto][exists]=false&where[and][2][email][equals]=${encodeURIComponent(email)}`,
    );
    await expect(page.locator('.table')).toContainText(kept);
    await expect(page.locator('.table')).toContainText(merged);

    // Each one names the other in its sidebar.
    await page.goto(`${cmsUrl()}/admin/collections/inquiries/${mergedLead!.id}`);
    await expect(page.locator('.field-type.relationship', { hasText: lang === 'en' ? 'Possible duplicates' : '可能重复' })).toContainText(
      kept,
    );
    await expect(page.getByTestId('merge-inquiry')).toBeVisible();
    await page.screenshot({ path: `/tmp/lead-merge-flag-${lang}.png`, fullPage: true });
    await context.close();
  }

  const context = await browser.newContext({ locale: 'en-US' });
  await context.addCookies([{ name: 'payload-lng', value: 'en', url: cmsUrl() }]);
  const page = await context.newPage();
  await page.goto(`${cmsUrl()}/admin/login`);
  await page.locator('#field-email').fill(officer.email);
  await page.locator('#field-password').fill(officer.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/\/admin(?!\/login)/);
  await page.goto(`${cmsUrl()}/admin/collections/inquiries/${mergedLead!.id}`);
  const panel = page.getByTestId('merge-inquiry');
  await panel.getByRole('button', { name: 'Merge into…' }).click();
  // Merging into itself is refused beside the field, in both languages.
  await panel.locator('#merge-into').fill(merged);
  await panel.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(panel.getByRole('alert')).toHaveText('不能合并到自身 / an inquiry cannot be merged into itself');
  await panel.locator('#merge-into').fill(kept);
  await panel.getByRole('button', { name: 'Merge', exact: true }).click();
  // The page reloads with the inquiry closed as a duplicate, pointing to the one kept.
  await expect(page.locator('.field-type.relationship', { hasText: 'Merged into' })).toContainText(kept);
  await expect(page.getByTestId('merge-inquiry')).toHaveCount(0);
  await expect(page.locator('#field-stage')).toContainText('Closed');
  await page.screenshot({ path: '/tmp/lead-merge-merged.png', fullPage: true });

  // The survivor's timeline shows its own entries and the merged inquiry's, marked with its reference.
  await page.goto(`${cmsUrl()}/admin/collections/inquiries/${keptLead!.id}`);
  const history = page.locator('.field-type.join', { hasText: 'Timeline' });
  await expect(history).toContainText(`${merged} was merged into this inquiry`);
  await expect(history).toContainText(`[${merged}] Inquiry received`);
  await expect(history).toContainText(`Possible duplicate of ${merged}`);
  await expect(history).toContainText('Inquiry received, stage');
  await page.screenshot({ path: '/tmp/lead-merge-timeline.png', fullPage: true });
  await context.close();

  // The prospect's merged reference still tracks, and shows the lead being worked.
  const site = await browser.newPage();
  await site.goto(`${siteUrl()}/en/track`);
  await site.locator('#reference').fill(merged);
  await site.locator('#email').fill(email);
  await site.getByRole('button', { name: 'Look up' }).click();
  await expect(site.getByTestId('track-reference')).toHaveText(merged);
  await expect(site.getByTestId('track-stage')).not.toHaveText('Closed');
  await site.close();
});
