import type { APIRequestContext } from '@playwright/test';

export const testAdmin = { email: 'e2e-admin@portal.invalid', password: 'e2e-admin-password-not-secret' };

export const siteUrl = () => required('E2E_SITE_URL');
export const cmsUrl = () => required('E2E_CMS_URL');

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set; run the tests with \`npx playwright test\` so global-setup starts the portal`);
  return value;
}

/** Signs in to the CMS REST API and returns the Authorization header value. */
export async function signIn(request: APIRequestContext, user = testAdmin): Promise<string> {
  const response = await request.post(`${cmsUrl()}/api/users/login`, { data: user });
  if (!response.ok()) throw new Error(`login as ${user.email} failed: ${response.status()}`);
  const { token } = (await response.json()) as { token: string };
  return `JWT ${token}`;
}

/** The inquiries with this reference number, read as the admin through the REST API. */
export async function findInquiry(request: APIRequestContext, reference: string) {
  const authorization = await signIn(request);
  const response = await request.get(`${cmsUrl()}/api/inquiries`, {
    params: { 'where[reference][equals]': reference, depth: 0 },
    headers: { authorization },
  });
  if (!response.ok()) throw new Error(`reading inquiries failed: ${response.status()}`);
  return ((await response.json()) as { docs: Record<string, unknown>[] }).docs;
}

export async function countInquiries(request: APIRequestContext): Promise<number> {
  const authorization = await signIn(request);
  const response = await request.get(`${cmsUrl()}/api/inquiries`, { params: { limit: 1, depth: 0 }, headers: { authorization } });
  return ((await response.json()) as { totalDocs: number }).totalDocs;
}
