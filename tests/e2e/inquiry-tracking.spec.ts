import { expect, test } from '@playwright/test';
import { cmsUrl, findInquiry, inquiryFormFields, signIn, siteUrl } from '../helpers/e2e.ts';

const referenceIn = (html: string) => /data-testid="inquiry-reference"[^>]*>(XT-\d{4}-\d{6})</.exec(html)?.[1];

for (const lang of ['zh', 'en'] as const) {
  test(`a prospect tracks an inquiry in ${lang}: stage and officer with the right email, the same "not found" otherwise`, async ({
    page,
    request,
  }) => {
    const email = `track-${lang}-${Date.now()}@example.com`;
    const sent = await request.post(`${siteUrl()}/${lang}/contact?_action=sendInquiry`, {
      headers: { origin: siteUrl() },
      form: inquiryFormFields(lang, { email }),
    });
    const reference = referenceIn(await sent.text())!;
    // The bureau gives it to a named officer, who contacts the prospect.
    const admin = await signIn(request);
    const officer = await request.post(`${cmsUrl()}/api/users`, {
      headers: { authorization: admin },
      data: {
        email: `officer-${lang}-${Date.now()}@portal.invalid`,
        password: 'officer-password-for-tests',
        role: 'investment-officer',
        name: lang === 'zh' ? '李娜' : 'Officer Li Na',
      },
    });
    expect(officer.status(), await officer.text()).toBe(201);
    const officerId = ((await officer.json()) as { doc: { id: number } }).doc.id;
    const [lead] = await findInquiry(request, reference);
    const patched = await request.patch(`${cmsUrl()}/api/inquiries/${lead.id}`, {
      headers: { authorization: admin },
      data: { owner: officerId, stage: 'contacted' },
    });
    expect(patched.status()).toBe(200);

    const lookUp = async (ref: string, mail: string) => {
      await page.goto(`${siteUrl()}/${lang}/track`);
      await page.locator('#reference').fill(ref);
      await page.locator('#email').fill(mail);
      await page.getByRole('button', { name: lang === 'zh' ? '查询' : 'Look up' }).click();
    };
    await lookUp(reference.toLowerCase(), email.toUpperCase());
    await expect(page.getByTestId('track-stage')).toHaveText(lang === 'zh' ? '已联系' : 'Contacted');
    await expect(page.getByTestId('track-officer')).toHaveText(lang === 'zh' ? '李娜' : 'Officer Li Na');

    const notFound = lang === 'zh' ? '未找到与此编号和电子邮箱相符的咨询' : 'No inquiry matches this reference number and email address';
    await lookUp(reference, 'someone.else@example.com');
    await expect(page.getByTestId('track-alert')).toContainText(notFound);
    await expect(page.getByTestId('track-result')).toHaveCount(0);
    const wrongEmailPage = await page.locator('main').innerText();
    await lookUp('XT-1999-000001', 'someone.else@example.com');
    await expect(page.getByTestId('track-alert')).toContainText(notFound);
    expect(await page.locator('main').innerText()).toBe(wrongEmailPage.replace(reference, 'XT-1999-000001'));
  });
}
