import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpLinkMessage, websiteMessage } from '../../cms/src/fields/webLink';
import { newKey, publishInquiryIndustries, validInquiry } from '../helpers/inquiries';
import { authHeader, makeUser, startTestCms, type TestCms } from '../helpers/payload';

let cms: TestCms;
let editor: Awaited<ReturnType<typeof makeUser>>;
let serviceHeaders: Record<string, string>;

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false';
  cms = await startTestCms();
  await publishInquiryIndustries(cms.payload);
  editor = await makeUser(cms.payload, 'editor');
  serviceHeaders = await authHeader(cms.payload, await makeUser(cms.payload, 'site-service'));
});
afterAll(async () => cms?.close());

const figure = {
  label: '签约项目',
  key: 'signed-projects',
  value: 61,
  unit: 'projects',
  series: 'investment',
  periodStart: '2024-01-01T00:00:00.000Z',
  periodEnd: '2024-08-31T00:00:00.000Z',
  periodLabel: '2024年1-8月',
  source: '湖南日报',
  sourceUrl: 'https://www.hunantoday.cn/news/2024.html',
};

/** The field errors of a refused Local API call: path and message of each. */
async function fieldErrorsOf(call: Promise<unknown>): Promise<{ path: string; message: string }[]> {
  const error = (await call.then(
    () => undefined,
    (refused: unknown) => refused,
  )) as { status?: number; data?: { errors?: { path: string; message: string }[] } } | undefined;
  expect(error, 'the call was refused').toBeDefined();
  expect(error!.status).toBe(400);
  return (error!.data?.errors ?? []).map(({ path, message }) => ({ path, message }));
}

describe("a figure's source link", () => {
  it('is refused as javascript: with its own bilingual field error, and the figure stays as it was', async () => {
    const saved = await cms.payload.create({ collection: 'figures', overrideAccess: false, user: editor, data: figure as never });
    const errors = await fieldErrorsOf(
      cms.payload.update({
        collection: 'figures',
        id: saved.id,
        overrideAccess: false,
        user: editor,
        data: { sourceUrl: 'javascript:alert(1)' },
      }),
    );
    expect(errors).toEqual([{ path: 'sourceUrl', message: httpLinkMessage }]);
    const after = await cms.payload.findByID({ collection: 'figures', id: saved.id, overrideAccess: true });
    expect(after.sourceUrl).toBe(figure.sourceUrl);
    expect(after.updatedAt).toBe(saved.updatedAt);
  });

  it('is refused as any other scheme on a new figure, which is then not stored', async () => {
    const before = (await cms.payload.count({ collection: 'figures', overrideAccess: true })).totalDocs;
    for (const sourceUrl of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', ' JAVASCRIPT:alert(1)']) {
      const errors = await fieldErrorsOf(
        cms.payload.create({
          collection: 'figures',
          overrideAccess: false,
          user: editor,
          data: { ...figure, key: `other-${before}`, sourceUrl } as never,
        }),
      );
      expect(errors, sourceUrl).toEqual([{ path: 'sourceUrl', message: httpLinkMessage }]);
    }
    expect((await cms.payload.count({ collection: 'figures', overrideAccess: true })).totalDocs).toBe(before);
  });
});

describe("an inquiry's website", () => {
  it('is refused as javascript: with a bilingual error on that field, and nothing is stored', async () => {
    const before = (await cms.payload.count({ collection: 'inquiries', overrideAccess: true })).totalDocs;
    const errors = await fieldErrorsOf(
      cms.payload.create({
        collection: 'inquiries',
        overrideAccess: true,
        data: { ...validInquiry, website: 'javascript:alert(1)', idempotencyKey: newKey() },
      }),
    );
    expect(errors).toEqual([{ path: 'website', message: websiteMessage }]);

    // The same through the endpoint the site sends inquiries to: a 400 naming the field, never a 500.
    const response = await cms.api('POST', '/inquiries/submit', {
      body: { ...validInquiry, website: 'javascript:alert(1)', idempotencyKey: newKey() },
      headers: serviceHeaders,
    });
    expect(response.status).toBe(400);
    const json = (await response.json()) as { errors: { data: { errors: { path: string; message: string }[] } }[] };
    expect(json.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'website', message: websiteMessage })]);
    expect((await cms.payload.count({ collection: 'inquiries', overrideAccess: true })).totalDocs).toBe(before);
  });

  it('is stored as a bare domain or an http(s) URL', async () => {
    for (const website of ['example.com', 'https://example.com/de']) {
      const stored = await cms.payload.create({
        collection: 'inquiries',
        overrideAccess: true,
        data: { ...validInquiry, website, idempotencyKey: newKey() },
      });
      expect(stored.website).toBe(website);
    }
  });
});
