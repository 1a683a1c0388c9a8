import { expect, test } from '@playwright/test';
import { cmsUrl, signIn } from '../helpers/e2e.ts';

test('anonymous visitors and editors are refused inquiries; the admin reads them', async ({ request }) => {
  const admin = await signIn(request);
  const editor = { email: `editor-${Date.now()}@portal.invalid`, password: 'editor-password-for-tests' };
  const created = await request.post(`${cmsUrl()}/api/users`, { headers: { authorization: admin }, data: { ...editor, role: 'editor' } });
  expect(created.status()).toBe(201);
  const asEditor = await signIn(request, editor);

  for (const [who, headers] of [
    ['anonymous', {}],
    ['editor', { authorization: asEditor }],
  ] as const) {
    const list = await request.get(`${cmsUrl()}/api/inquiries`, { headers });
    expect(list.status(), `${who} list`).toBe(403);
    const one = await request.get(`${cmsUrl()}/api/inquiries/1`, { headers });
    expect([403, 404], `${who} read`).toContain(one.status());
    expect(JSON.stringify(await one.json())).not.toContain('@');
    const change = await request.patch(`${cmsUrl()}/api/inquiries/1`, { headers, data: { stage: 'closed' } });
    expect([403, 404], `${who} update`).toContain(change.status());
  }
  expect((await request.get(`${cmsUrl()}/api/inquiries`, { headers: { authorization: admin } })).status()).toBe(200);

  // GraphQL is another door to the same collection, with the same rules.
  const query = { query: '{ Inquiries { docs { reference email message } } }' };
  const activityQuery = { query: '{ InquiryActivities { docs { action note } } }' };
  // Payload answers in the admin's default language (zh) unless asked for English.
  for (const [who, headers] of [
    ['anonymous', { 'accept-language': 'en' }],
    ['editor', { authorization: asEditor, 'accept-language': 'en' }],
  ] as const) {
    const answer = (await (await request.post(`${cmsUrl()}/api/graphql`, { headers, data: query })).json()) as {
      data?: { Inquiries: unknown };
      errors?: { message: string }[];
    };
    expect(answer.data?.Inquiries ?? null, who).toBeNull();
    // Anonymous callers get no GraphQL at all; an editor is refused the collection.
    expect(answer.errors?.[0]?.message, who).toMatch(who === 'anonymous' ? /GraphQL is for signed-in staff only/ : /not allowed/i);
    // The activity log holds notes on prospects: the same rules.
    const log = (await (await request.post(`${cmsUrl()}/api/graphql`, { headers, data: activityQuery })).json()) as {
      data?: { InquiryActivities: unknown };
      errors?: { message: string }[];
    };
    expect(log.data?.InquiryActivities ?? null, who).toBeNull();
    expect(log.errors?.[0]?.message, who).toMatch(who === 'anonymous' ? /GraphQL is for signed-in staff only/ : /not allowed/i);
    for (const path of ['inquiry-activities', 'inquiries/export.csv', 'inquiries/stats', 'routing-rules', 'globals/lead-desk']) {
      expect((await request.get(`${cmsUrl()}/api/${path}`, { headers })).status(), `${who} ${path}`).toBe(403);
    }
  }
  const asAdmin = (await (await request.post(`${cmsUrl()}/api/graphql`, { headers: { authorization: admin }, data: query })).json()) as {
    data: { Inquiries: { docs: unknown[] } };
  };
  expect(Array.isArray(asAdmin.data.Inquiries.docs)).toBe(true);
});
