import http from 'node:http';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { cmsUrl, newStaff, newTag, signIn, siteUrl } from '../helpers/e2e.ts';

// Findings of the outside security test, replayed against the built servers of `npm start`.

const siteKey = () => `users API-Key ${process.env.E2E_SITE_API_KEY}`;

const graphql = (request: APIRequestContext, query: string, authorization?: string) =>
  request.post(`${cmsUrl()}/api/graphql`, {
    headers: { 'accept-language': 'en', ...(authorization ? { authorization } : {}) },
    data: { query },
  });

test('GraphQL answers signed-in staff only; anonymous callers and the site account get 403 before any query runs', async ({ request }) => {
  for (const authorization of [undefined, siteKey()]) {
    const refused = await graphql(request, '{ allNews(limit: 1) { docs { title } } }', authorization);
    expect(refused.status()).toBe(403);
    const body = (await refused.json()) as { data?: unknown; errors: { message: string }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]!.message).toBe('GraphQL 仅供登录的工作人员使用 / GraphQL is for signed-in staff only');
  }
  const asAdmin = await graphql(request, '{ allNews(limit: 1) { docs { title } } }', await signIn(request));
  expect(asAdmin.status()).toBe(200);
  expect(((await asAdmin.json()) as { data: { allNews: { docs: unknown[] } } }).data.allNews.docs).toHaveLength(1);
});

test('a GraphQL query of 200 aliases is refused by its cost, and errors name no fields of the schema', async ({ request }) => {
  const authorization = await signIn(request);
  const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: allNews(limit: 100) { docs { id title bodyHtml } }`).join(' ');
  const costly = await graphql(request, `{ ${aliases} }`, authorization);
  const answer = (await costly.json()) as { data?: unknown; errors: { message: string }[] };
  expect(answer.data ?? null).toBeNull();
  const messages = answer.errors.map((e) => e.message).join('\n');
  expect(messages).toContain('At most 20 top-level fields per request');
  const six = Array.from({ length: 6 }, (_, i) => `a${i}: allNews(limit: 100) { docs { id } }`).join(' ');
  const tooMany = (await (await graphql(request, `{ ${six} }`, authorization)).json()) as { data?: unknown; errors: { message: string }[] };
  expect(tooMany.data ?? null).toBeNull();
  expect(tooMany.errors[0]!.message).toBe('一次查询最多读取 500 篇文档 / At most 500 documents per request');
  const typo = await graphql(request, '{ allNews { docs { titel } } }', authorization);
  const typoMessage = ((await typo.json()) as { errors: { message: string }[] }).errors[0]!.message;
  expect(typoMessage).toContain('Cannot query field "titel"');
  expect(typoMessage).not.toContain('Did you mean');
  // The CMS is answering others meanwhile.
  expect((await request.get(`${cmsUrl()}/api/globals/site`)).status()).toBe(200);
});

/** Sends a raw request to the CMS, with a body of `bytes` bytes, chunked when no length is given. */
function rawPost(path: string, bytes: number, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${cmsUrl()}${path}`, { method: 'POST', headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', (error) =>
      (error as NodeJS.ErrnoException).code === 'EPIPE' || (error as NodeJS.ErrnoException).code === 'ECONNRESET'
        ? undefined
        : reject(error),
    );
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const write = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once('drain', write);
      }
      request.end();
    };
    write();
  });
}

test('the CMS refuses an oversized or unmeasured API body before reading it, and says so in both languages', async () => {
  const big = 30 * 1024 * 1024;
  const tooLarge = await rawPost('/api/users/login', big, { 'content-type': 'application/json', 'content-length': String(big) });
  expect(tooLarge.status).toBe(413);
  expect(tooLarge.body).toContain('请求内容过大 / The request body is too large');
  expect(tooLarge.body.length).toBeLessThan(1000);
  const chunked = await rawPost('/api/users/login', 2 * 1024 * 1024, {
    'content-type': 'application/json',
    'transfer-encoding': 'chunked',
  });
  expect(chunked.status).toBe(411);
  expect(chunked.body).toContain('Content-Length');
});

test("an editor's preview link shows the draft and nothing of a lead or a staff account, and a body cannot link one", async ({
  browser,
  request,
}) => {
  const editor = await newStaff(request, 'editor');
  const editorAuth = await signIn(request, editor);
  const tag = newTag('preview-');
  const lead = await request.post(`${cmsUrl()}/api/inquiries/submit`, {
    headers: { authorization: siteKey() },
    data: {
      name: 'Secret Prospect',
      jobTitle: 'CFO',
      email: `${tag}@example.com`,
      company: 'Secret GmbH',
      country: 'DE',
      companySize: '50-249',
      inquiryType: 'new-investment',
      industry: 'clean-energy',
      investmentBand: '1m-10m',
      jobsBand: '50-199',
      timeline: 'exploring',
      message: `Confidential ${tag}`,
      preferredLanguage: 'en',
      contactChannel: 'email',
      consent: true,
      locale: 'en',
      idempotencyKey: crypto.randomUUID(),
    },
  });
  expect(lead.status()).toBe(201);
  const body = (relationTo: string, value: number) => ({
    root: {
      type: 'root',
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      children: [{ type: 'relationship', version: 2, format: '', relationTo, value }],
    },
  });
  for (const [relationTo, value] of [
    ['inquiries', 1],
    ['users', 1],
    ['inquiry-activities', 1],
  ] as const) {
    const refused = await request.post(`${cmsUrl()}/api/news?draft=true`, {
      headers: { authorization: editorAuth, 'accept-language': 'en' },
      data: {
        title: `${tag} ${relationTo}`,
        slug: `${tag}-${relationTo}`,
        publishedAt: new Date().toISOString(),
        _status: 'draft',
        body: body(relationTo, value),
      },
    });
    expect(refused.status(), relationTo).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('The body may link only public content');
  }
  const draft = await request.post(`${cmsUrl()}/api/news?draft=true`, {
    headers: { authorization: editorAuth },
    data: { title: `预览 ${tag}`, slug: tag, publishedAt: new Date().toISOString(), _status: 'draft' },
  });
  expect(draft.status()).toBe(201);
  const { doc } = (await draft.json()) as { doc: { id: number } };

  // The link the admin's Preview button gives the editor.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${cmsUrl()}/admin/login`);
  await page.locator('#field-email').fill(editor.email);
  await page.locator('#field-password').fill(editor.password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL(/\/admin(?!\/login)/);
  await page.goto(`${cmsUrl()}/admin/collections/news/${doc.id}`);
  const href = await page.locator('#preview-button').getAttribute('href');
  expect(href).toContain(`${siteUrl()}/zh/preview?token=`);
  await context.close();

  const token = new URL(href!).searchParams.get('token')!;
  const anonymous = await request.get(`${cmsUrl()}/api/preview`, { params: { token, locale: 'zh' } });
  expect(anonymous.status()).toBe(200);
  const text = await anonymous.text();
  expect(text).toContain(`预览 ${tag}`);
  for (const secret of [`${tag}@example.com`, 'Secret Prospect', 'Confidential', editor.email, 'e2e-admin@portal.invalid', 'sessions'])
    expect(text).not.toContain(secret);
  const sitePreview = await request.get(href!);
  expect(sitePreview.status()).toBe(200);
  expect(await sitePreview.text()).toContain(`预览 ${tag}`);
});

test('versions of a draft are not readable with the site key; a malformed id answers 404', async ({ request }) => {
  const authorization = await signIn(request);
  const tag = newTag('draft-');
  const draft = await request.post(`${cmsUrl()}/api/news?draft=true`, {
    headers: { authorization },
    data: { title: `草稿 ${tag}`, slug: tag, publishedAt: new Date().toISOString(), _status: 'draft' },
  });
  const { doc } = (await draft.json()) as { doc: { id: number } };
  expect((await request.get(`${cmsUrl()}/api/news/${doc.id}`, { headers: { authorization: siteKey() } })).status()).toBe(404);
  const versions = await request.get(`${cmsUrl()}/api/news/versions`, {
    headers: { authorization: siteKey() },
    params: { 'where[parent][equals]': String(doc.id) },
  });
  expect(versions.status()).toBe(403);
  expect(await versions.text()).not.toContain(tag);
  for (const path of ['/api/news/abc', '/api/inquiries/versions', '/api/users/abc'])
    expect((await request.get(`${cmsUrl()}${path}`, { headers: { authorization } })).status(), path).toBe(404);
});

test('document locks cannot be forged with the site key or listed by it', async ({ request }) => {
  const officer = await newStaff(request, 'investment-officer');
  const forged = await request.post(`${cmsUrl()}/api/payload-locked-documents`, {
    headers: { authorization: siteKey() },
    data: { document: { relationTo: 'inquiries', value: 1 }, user: { relationTo: 'users', value: officer.id } },
  });
  expect(forged.status()).toBe(403);
  expect((await request.get(`${cmsUrl()}/api/payload-locked-documents`, { headers: { authorization: siteKey() } })).status()).toBe(403);
});
