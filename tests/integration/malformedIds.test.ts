import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeader, makeUser, startTestCms, type TestCms } from '../helpers/payload';

// An id that cannot exist answers 404 like an unknown one, on every collection, for every caller;
// never a 500 from the database driver.
let cms: TestCms;
beforeAll(async () => {
  cms = await startTestCms();
});
afterAll(async () => cms?.close());

/** Collections with a REST API (Payload's migrations have none: every request to them answers 501). */
const withApi = () => cms.payload.config.collections.filter((c) => c.endpoints !== false);

describe('a malformed document id', () => {
  it('answers 404 (or 403 where the caller may not read at all) on every collection, never 500', async () => {
    const admin = await authHeader(cms.payload, await makeUser(cms.payload, 'admin'));
    for (const { slug: collection, versions } of withApi()) {
      for (const id of [...(versions ? [] : ['versions']), 'abc', '1.5', '-1', '0x10', '99999999999999999999']) {
        for (const [who, headers] of [
          ['admin', admin],
          ['anonymous', {}],
        ] as const) {
          for (const method of ['GET', 'PATCH', 'DELETE']) {
            const response = await cms.api(method, `/${collection}/${encodeURIComponent(id)}`, {
              headers,
              body: method === 'PATCH' ? {} : undefined,
            });
            expect(response.status, `${who} ${method} /${collection}/${id}`).toBeLessThan(500);
            // Preferences are addressed by key, not id: any key is a valid (maybe empty) preference.
            if (who === 'admin' && method === 'GET' && collection !== 'payload-preferences')
              expect([404, 403], `${who} GET /${collection}/${id}`).toContain(response.status);
          }
        }
      }
    }
  });

  it('on versions of a collection that keeps none answers 404', async () => {
    const admin = await authHeader(cms.payload, await makeUser(cms.payload, 'admin'));
    for (const collection of withApi()
      .filter((c) => !c.versions)
      .map((c) => c.slug)) {
      for (const path of ['versions', 'versions/1']) {
        const response = await cms.api('GET', `/${collection}/${path}`, { headers: admin });
        expect(response.status, `/${collection}/${path}`).toBe(404);
      }
    }
    expect((await cms.api('GET', '/news/versions', { headers: admin })).status).toBe(200);
    expect((await cms.api('GET', '/payload-migrations/abc', { headers: admin })).status).toBe(501);
  });
});
