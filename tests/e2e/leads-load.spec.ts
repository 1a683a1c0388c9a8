import { randomBytes } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { hostileCases, runHostile, runLoad, taggedWhere } from '../../bench/lib/leads.ts';
import { cmsUrl, signIn, siteUrl } from '../helpers/e2e.ts';

// Small correctness versions of the lead-desk benchmark (bench/leads.ts); no timing assertions.
async function storedWithTag(request: APIRequestContext, tag: string) {
  const authorization = await signIn(request);
  const response = await request.get(`${cmsUrl()}/api/inquiries`, {
    headers: { authorization },
    params: { ...taggedWhere(tag), limit: 1000, depth: 0 },
  });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { docs: { reference: string }[] }).docs;
}

test('100 inquiries from 10 concurrent clients through the site: 100 leads, one per reference, no errors', async ({ request }) => {
  const tag = `load${randomBytes(4).toString('hex')}`;
  const { results } = await runLoad(siteUrl(), { total: 100, clients: 10, tag });
  expect(results.filter((r) => r.status !== 200).map((r) => r.status)).toEqual([]);
  const references = results.map((r) => r.reference);
  expect(references.every(Boolean)).toBe(true);
  expect(new Set(references).size).toBe(100);
  // Exactly these 100 are stored: every acknowledged reference, once, and nothing else.
  const stored = await storedWithTag(request, tag);
  expect(stored.map((d) => d.reference).sort()).toEqual([...references].sort());
});

test('malformed and hostile requests get 4xx with field errors, never 5xx, and store nothing', async ({ request }) => {
  const tag = `hostile${randomBytes(4).toString('hex')}`;
  const cases = hostileCases(siteUrl(), tag);
  expect(cases.length).toBeGreaterThanOrEqual(150);
  const results = await runHostile(cases, 4);
  const wrong = results.filter((r) => r.status < 400 || r.status >= 500 || (r.expectedFieldError && !r.fieldError));
  expect(wrong).toEqual([]);
  expect(await storedWithTag(request, tag)).toEqual([]);
});
