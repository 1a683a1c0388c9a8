import { expect, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';

export const testAdmin = { email: 'e2e-admin@portal.invalid', password: 'e2e-admin-password-not-secret' };

export const siteUrl = () => required('E2E_SITE_URL');
export const cmsUrl = () => required('E2E_CMS_URL');

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set; run the tests with \`npx playwright test\` so global-setup starts the portal`);
  return value;
}

const tokens = new Map<string, Promise<string>>();

/**
 * Signs in to the CMS REST API once per user and test worker and returns the Authorization header
 * value. Once, because Payload keeps a user's sessions in the user's own record: logins of one
 * user racing each other can drop each other's session, signing the other test out.
 */
export function signIn(request: APIRequestContext, user = testAdmin): Promise<string> {
  let token = tokens.get(user.email);
  if (!token) {
    token = (async () => {
      const response = await request.post(`${cmsUrl()}/api/users/login`, { data: user });
      if (!response.ok()) throw new Error(`login as ${user.email} failed: ${response.status()}`);
      return `JWT ${((await response.json()) as { token: string }).token}`;
    })();
    token.catch(() => tokens.delete(user.email));
    tokens.set(user.email, token);
  }
  return token;
}

/**
 * Signs in afresh. Payload keeps a user's sessions in the user record: two test workers signing
 * in as the same admin at the same instant can each save the record without the other's new
 * session, and the loser's token is then refused (401/403). Tests that act on a first request
 * call this when it is refused.
 */
export function signInAgain(request: APIRequestContext, user = testAdmin): Promise<string> {
  tokens.delete(user.email);
  return signIn(request, user);
}

/**
 * Sends a request as the test admin, signing in again once when Payload's session race (see
 * signInAgain) refused the first token.
 */
export async function asAdmin(request: APIRequestContext, send: (authorization: string) => Promise<APIResponse>): Promise<APIResponse> {
  const response = await send(await signIn(request));
  if (response.status() !== 401 && response.status() !== 403) return response;
  return send(await signInAgain(request));
}

/**
 * A new member of staff of this role, created by the test admin through the REST API (signing the
 * admin in again when Payload's session race refused the first request).
 */
export async function newStaff(request: APIRequestContext, role: 'editor' | 'investment-officer', name = `E2E ${role}`) {
  const user = { email: `${newTag(`${role}-`)}@portal.invalid`, password: 'staff-password-for-e2e-tests', name };
  const create = async (authorization: string) =>
    request.post(`${cmsUrl()}/api/users`, { headers: { authorization }, data: { ...user, role } });
  let created = await create(await signIn(request));
  if (created.status() === 401 || created.status() === 403) created = await create(await signInAgain(request));
  expect(created.status()).toBe(201);
  return { ...user, id: ((await created.json()) as { doc: { id: number } }).doc.id };
}

/** The inquiries with this reference number, read as the admin through the REST API. */
export async function findInquiry(request: APIRequestContext, reference: string) {
  const response = await asAdmin(request, (authorization) =>
    request.get(`${cmsUrl()}/api/inquiries`, { params: { 'where[reference][equals]': reference, depth: 0 }, headers: { authorization } }),
  );
  if (!response.ok()) throw new Error(`reading inquiries failed: ${response.status()}`);
  return ((await response.json()) as { docs: Record<string, unknown>[] }).docs;
}

export interface InquiryFormFill {
  name?: string;
  company?: string;
  email?: string;
  /** An ISO 3166-1 code; Singapore unless given. */
  country?: string;
  message?: string;
  /** An industry's slug; a seeded industry unless given. */
  industry?: string;
  /** Leave the consent box unticked. */
  noConsent?: boolean;
  /** Only the required answers: the "help us prepare" fieldset stays empty. */
  onlyRequired?: boolean;
}

/**
 * The inquiry form hydrates on first use (`client:interaction`, src/directives/interaction.ts):
 * focuses its first field, as a visitor starting to type would, and waits until the island is
 * hydrated (Astro drops its `ssr` attribute).
 */
export async function startUsingInquiryForm(page: Page): Promise<void> {
  await page.locator('astro-island').getByRole('textbox').first().focus();
  await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
}

/** Fills the inquiry form's required fields and, unless `onlyRequired`, its optional ones, in either language. */
export async function fillInquiryForm(page: Page, lang: 'zh' | 'en', fill: InquiryFormFill = {}) {
  await page.locator('#name').fill(fill.name ?? (lang === 'zh' ? '张伟' : 'Jane Doe'));
  await page.locator('#email').fill(fill.email ?? 'prospect@example.com');
  await page.locator('#company').fill(fill.company ?? 'Example Motors Pte Ltd');
  await page.locator('#country').selectOption(fill.country ?? 'SG');
  await page.locator('#inquiryType').selectOption('land-or-factory');
  await page
    .locator('#message')
    .fill(fill.message ?? (lang === 'zh' ? '我们计划在湘潭建设电机工厂。' : 'We plan a motor plant in Xiangtan.'));
  if (!fill.onlyRequired) {
    await page.locator('#jobTitle').fill(lang === 'zh' ? '投资总监' : 'Head of expansion');
    await page.locator('#phone').fill('+65 6000 0000');
    await page.locator('#website').fill('example.com');
    await page.locator('#companySize').selectOption('250-999');
    await page.locator('#industry').selectOption(fill.industry ?? 'motors-electric-drive');
    await page.locator('#investmentBand').selectOption('10m-50m');
    await page.locator('#jobsBand').selectOption('200-499');
    await page.locator('#timeline').selectOption('6-12-months');
    await page.locator('#contactChannel').selectOption('email');
  }
  if (!fill.noConsent) await page.locator('#consent').check();
}

/** The fields of a valid inquiry as the no-JavaScript form posts them. */
export function inquiryFormFields(lang: 'zh' | 'en', overrides: Record<string, string> = {}): Record<string, string> {
  return {
    name: 'Form Poster',
    jobTitle: 'CEO',
    email: 'poster@example.com',
    company: 'Poster GmbH',
    country: 'DE',
    companySize: '50-249',
    inquiryType: 'new-investment',
    industry: 'clean-energy',
    investmentBand: '1m-10m',
    jobsBand: '50-199',
    timeline: 'exploring',
    message: 'Please send information.',
    preferredLanguage: lang,
    contactChannel: 'email',
    consent: 'on',
    locale: lang,
    ...overrides,
  };
}

/**
 * Inquiries whose name, email, company or message contain `tag`: how a test counts what it stored
 * itself while other tests store inquiries at the same time.
 */
export async function countTagged(request: APIRequestContext, tag: string): Promise<number> {
  const authorization = await signIn(request);
  const params: Record<string, string | number> = { limit: 1, depth: 0 };
  ['name', 'email', 'company', 'message'].forEach((field, i) => (params[`where[or][${i}][${field}][contains]`] = tag));
  const response = await request.get(`${cmsUrl()}/api/inquiries`, { params, headers: { authorization } });
  return ((await response.json()) as { totalDocs: number }).totalDocs;
}

export const newTag = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * Opens an admin list and waits until Payload's list has written its query (limit, sort) into the
 * address. It does so once it runs in the browser, with `history.replaceState`, and Chromium drops
 * a link's navigation (or a download) started a moment before: a click is safe only after it.
 */
export async function openAdminList(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page).toHaveURL(/[?&]limit=\d+/, { timeout: 30_000 });
}
