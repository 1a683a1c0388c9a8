import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate, chinaMidnight } from '#common/chinaTime.ts';
import { policyStatus } from '#common/policyStatus.ts';
import { graphQL } from '../helpers/graphql';
import { authHeader, makeUser, startTestCms, type TestCms } from '../helpers/payload';

// The admin's policies list shows each policy's status (in force, not yet, expired, to be
// confirmed) from the same rule as the site, computed when read: the list's own data, by REST
// (as the admin's list and the site read it) and GraphQL, agrees with policyStatus() today.
let cms: TestCms;
let editor: Awaited<ReturnType<typeof makeUser>>;
const day = 24 * 3600_000;
/** Noon (as the admin's date input stores a day) of a day of China's calendar `offset` days from today. */
const chinaDay = (offset: number) =>
  new Date(new Date(chinaMidnight(chinaDate(new Date()))).getTime() + offset * day + 4 * 3600_000).toISOString();
const cases: Record<string, { effectiveFrom?: string; expiresOn?: string; status: string }> = {
  'in-force': { effectiveFrom: chinaDay(-400), status: 'in-force' },
  'last-day-today': { effectiveFrom: chinaDay(-400), expiresOn: chinaDay(0), status: 'in-force' },
  expired: { effectiveFrom: chinaDay(-400), expiresOn: chinaDay(-1), status: 'expired' },
  upcoming: { effectiveFrom: chinaDay(30), status: 'upcoming' },
  unconfirmed: { status: 'unconfirmed' },
};

beforeAll(async () => {
  cms = await startTestCms();
  editor = await makeUser(cms.payload, 'editor');
  for (const [slug, { status: _status, ...dates }] of Object.entries(cases))
    await cms.payload.create({ collection: 'policies', overrideAccess: true, data: { title: slug, slug, type: 'land', ...dates } });
});
afterAll(async () => cms?.close());

describe('the status column of the policies list', () => {
  it('is in the list data, by REST, for every kind of dates', async () => {
    const response = await cms.api('GET', '/policies?limit=100&depth=0&draft=true', { headers: await authHeader(cms.payload, editor) });
    const { docs } = (await response.json()) as { docs: { slug: string; status: string; effectiveFrom?: string; expiresOn?: string }[] };
    expect(Object.fromEntries(docs.map((d) => [d.slug, d.status]))).toEqual(
      Object.fromEntries(Object.entries(cases).map(([slug, c]) => [slug, c.status])),
    );
    for (const doc of docs) expect(doc.status, doc.slug).toBe(policyStatus(doc));
  });

  it('is in the list data by GraphQL', async () => {
    const result = await graphQL(cms.payload, editor, '{ Policies(limit: 100, draft: true) { docs { slug status } } }');
    expect(result.errors).toBeUndefined();
    const docs = (result.data as { Policies: { docs: { slug: string; status: string }[] } }).Policies.docs;
    expect(Object.fromEntries(docs.map((d) => [d.slug, d.status]))).toEqual(
      // GraphQL enum values spell hyphens as underscores.
      Object.fromEntries(Object.entries(cases).map(([slug, c]) => [slug, c.status.replace('-', '_')])),
    );
  });

  it('is a default column of the list, and never stored', async () => {
    const config = cms.payload.collections.policies.config;
    expect(config.admin.defaultColumns).toContain('status');
    const field = config.fields.find((f) => 'name' in f && f.name === 'status') as { virtual?: boolean };
    expect(field.virtual).toBe(true);
  });
});
