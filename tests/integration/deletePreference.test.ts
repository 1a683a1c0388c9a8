import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeader, makeUser, startTestCms, type TestCms } from '../helpers/payload';

// DELETE /api/payload-preferences/:key (cms/src/endpoints/deletePreference.ts): a user's stored
// admin preference is deleted by its key, on SQLite too.
let cms: TestCms;
beforeAll(async () => {
  cms = await startTestCms();
});
afterAll(async () => cms?.close());

describe("a user's own preference", () => {
  it('is deleted by its key, and an unknown key answers 404', async () => {
    const editor = await makeUser(cms.payload, 'editor');
    const headers = await authHeader(cms.payload, editor);
    expect((await cms.api('POST', '/payload-preferences/news-list', { headers, body: { value: { columns: ['title'] } } })).status).toBe(
      200,
    );
    const before = (await (await cms.api('GET', '/payload-preferences/news-list', { headers })).json()) as { value?: unknown };
    expect(before.value).toEqual({ columns: ['title'] });
    expect((await cms.api('DELETE', '/payload-preferences/news-list', { headers })).status).toBe(200);
    const after = (await (await cms.api('GET', '/payload-preferences/news-list', { headers })).json()) as { value?: unknown };
    expect(after.value ?? null).toBeNull();
    expect((await cms.api('DELETE', '/payload-preferences/news-list', { headers })).status).toBe(404);
  });
});
