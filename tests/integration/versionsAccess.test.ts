import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftedCollections } from '#common/publicCollections.ts';
import { graphQL } from '../helpers/graphql';
import { authHeader, makeUser, startTestCms, type TestCms } from '../helpers/payload';

// Versions hold every draft. They are for the people who edit: the site's account and the lead
// desk read published documents only, through REST and GraphQL alike.
let cms: TestCms;
let draftId: number | string;
beforeAll(async () => {
  cms = await startTestCms();
  const draft = await cms.payload.create({
    collection: 'news',
    overrideAccess: true,
    draft: true,
    data: { title: '未发布的草稿标题', slug: 'draft-only', publishedAt: new Date().toISOString(), _status: 'draft' },
  });
  draftId = draft.id;
});
afterAll(async () => cms?.close());

const graphQLName: Record<string, string> = {
  industries: 'versionsIndustries',
  parks: 'versionsParks',
  projects: 'versionsProjects',
  policies: 'versionsPolicies',
  news: 'versionsallNews',
  stories: 'versionsStories',
  offices: 'versionsOffices',
  pages: 'versionsPages',
};

describe('versions of drafted collections', () => {
  it('are refused to the site, officers and anonymous callers through REST, and read by editors and admins', async () => {
    for (const role of ['site-service', 'investment-officer', 'editor', 'admin'] as const) {
      const headers = await authHeader(cms.payload, await makeUser(cms.payload, role));
      const mayRead = role === 'editor' || role === 'admin';
      for (const collection of draftedCollections) {
        const response = await cms.api('GET', `/${collection}/versions?where[parent][equals]=${draftId}`, { headers });
        expect(response.status, `${role} ${collection}`).toBe(mayRead ? 200 : 403);
      }
      const text = await (await cms.api('GET', `/news/versions?where[parent][equals]=${draftId}`, { headers })).text();
      expect(text.includes('未发布的草稿标题'), role).toBe(mayRead);
    }
    const anonymous = await cms.api('GET', `/news/versions?where[parent][equals]=${draftId}`);
    expect(anonymous.status).toBe(403);
    expect(await anonymous.text()).not.toContain('未发布的草稿标题');
  });

  it('are refused through GraphQL in the same way', async () => {
    expect(Object.keys(graphQLName).sort()).toEqual([...draftedCollections].sort());
    for (const role of ['site-service', 'investment-officer', 'editor', 'admin'] as const) {
      const user = await makeUser(cms.payload, role);
      const mayRead = role === 'editor' || role === 'admin';
      for (const collection of draftedCollections) {
        const result = await graphQL(cms.payload, user, `{ ${graphQLName[collection]}(limit: 5) { docs { id } } }`);
        expect(result.errors?.length ?? 0, `${role} ${collection} ${JSON.stringify(result.errors)}`).toBe(mayRead ? 0 : 1);
        if (!mayRead) expect(result.errors?.[0]?.message, `${role} ${collection}`).toMatch(/not allowed|无权/);
      }
      const news = await graphQL(
        cms.payload,
        user,
        `{ versionsallNews(where: { parent: { equals: ${JSON.stringify(draftId)} } }) { docs { version { title } } } }`,
      );
      expect(JSON.stringify(news.data ?? {}).includes('未发布的草稿标题'), role).toBe(mayRead);
    }
  });
});
