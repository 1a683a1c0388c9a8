import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastJobsRun } from '../../cms/src/health/jobsHeartbeat';
import { signPreview } from '../../cms/src/lib/previewToken';
import { seedContent } from '../../cms/src/seed/content';
import { titleFields } from '#common/publicCollections.ts';
import { graphQL } from '../helpers/graphql';
import { newKey, validInquiry } from '../helpers/inquiries';
import { minimalPdf } from '../helpers/pdf';
import { authHeader, makeUser, startTestCms, type TestCms } from '../helpers/payload';

// The role table, as callers meet it: every collection, global and custom endpoint of the CMS
// through its REST API, and every collection's GraphQL list, for the five callers. Letters, in
// order (a "-" where refused):
//   L  lists every document; l lists only some (published ones, one's own);
//   C  may create (the request is not refused for access; an empty body may still be invalid);
//   R  reads a document it did not write (a draft, another user, a lead);
//   U  updates that document;
//   D  may delete (a request for a missing id answers 404, not 403);
//   V  lists versions (collections with versions only; "." where there are none).
// GraphQL (G or -) is the collection's list query through Payload's resolvers; the /api/graphql
// route itself answers anonymous callers and the site's account 403 before any resolver
// (tests/e2e/graphql.spec.ts). A collection, global or endpoint without a row fails the test.
const callers = ['admin', 'editor', 'investment-officer', 'site-service', 'anonymous'] as const;
type Caller = (typeof callers)[number];
type Row = Record<Caller, string>;
const row = (admin: string, editor: string, officer: string, service: string, anonymous: string): Row => ({
  admin,
  editor,
  'investment-officer': officer,
  'site-service': service,
  anonymous,
});

// Drafted collections: anyone lists what is published; admins and editors write and read drafts and versions.
const drafted = row('LCRUDV G', 'LCRUDV G', 'l----- G', 'l----- G', 'l----- G');
// Published as a whole (no drafts): anyone reads, admins and editors write.
const open = row('LCRUD. G', 'LCRUD. G', 'L-R--. G', 'L-R--. G', 'L-R--. G');
const bureau = (officer: string) => row('LCRUD. G', '-----. -', officer, '-----. -', '-----. -');
const nobody = row('-----. -', '-----. -', '-----. -', '-----. -', '-----. -');
const expectedCollections: Record<string, Row> = {
  industries: drafted,
  parks: drafted,
  projects: drafted,
  policies: drafted,
  news: drafted,
  stories: drafted,
  offices: drafted,
  pages: drafted,
  figures: open,
  'news-categories': open,
  media: open,
  documents: open,
  // Leads: officers work them, the site only stores them, only admins delete (PIPL erasure).
  inquiries: row('LCRUD. G', '-----. -', 'LCRU-. G', '-C---. -', '-----. -'),
  // Written by the inquiries' hooks only.
  'inquiry-activities': row('L-R--. G', '-----. -', 'L-R--. G', '-----. -', '-----. -'),
  // Routing is the admins' to change; officers see why a lead came to them.
  // Officers write replies to prospects; a sent reply is a record nobody edits or deletes.
  'inquiry-replies': row('LCR--. G', '-----. -', 'LCR--. G', '-----. -', '-----. -'),
  // Reply templates are the admins' to keep; officers pick one.
  'reply-templates': bureau('L-R--. G'),
  'routing-rules': bureau('L-R--. G'),
  // The pipeline: officers see their task force's projects and their own (the fixture is neither),
  // create projects and read their history; only admins delete.
  'investment-projects': row('LCRUDV G', '------ -', 'lC---V G', '------ -', '------ -'),
  // The standard steps are the admins' to keep; officers place a project on one.
  'project-steps': bureau('L-R--. G'),
  'promotion-activities': bureau('LCRUD. G'),
  counters: nobody,
  // The search plugin's index: published text only, written by hooks; editors may fix or drop a row.
  search: row('L-RUD. G', 'L-RUD. G', 'L-R--. G', 'L-R--. G', 'L-R--. G'),
  // Staff accounts: admins manage them; everyone else reads and edits only themselves, officers
  // also read their colleagues (to hand a lead over). The fixture is an admin's account.
  users: row('LCRUD. G', 'l----. G', 'l-R--. G', 'l----. G', '-----. -'),
  'payload-kv': nobody,
  // Job records name inquiries: admins only.
  'payload-jobs': row('L-R--. G', '-----. -', '-----. -', '-----. -', '-----. -'),
  // Locks are made by the admin itself; the fixture is the admin's lock on a news draft: editors
  // see it and may take it over, officers (who cannot edit news) see none, nobody but the holder
  // or an admin releases one.
  'payload-locked-documents': row('L-RUD. G', 'L-RU-. G', 'l----. G', '-----. -', '-----. -'),
  // Each user's own preferences; the fixture is the admin's.
  'payload-preferences': row('LCR-D. G', 'lC--D. G', 'lC--D. G', 'lC--D. G', '-----. -'),
};
const expectedGlobals: Record<string, Row> = {
  site: row('RU. G', 'RU. G', 'R-. G', 'R-. G', 'R-. G'),
  location: row('RU. G', 'RU. G', 'R-. G', 'R-. G', 'R-. G'),
  'lead-desk': row('RU. G', '--. -', 'R-. G', '--. -', '--. -'),
  // Payload's statistics of scheduled jobs: admins only.
  'payload-jobs-stats': row('RU. G', '--. -', '--. -', '--. -', '--. -'),
};
const seoGenerate = row('200', '200', '403', '401', '401');
const expectedEndpoints: Record<string, Row> = {
  'get /preview': row('200', '200', '200', '200', '200'),
  'get /site-search': row('200', '200', '200', '200', '200'),
  'post /inquiries/submit': row('201', '403', '201', '201', '403'),
  // An unknown reference: the same 404 as a wrong email.
  'post /inquiries/track': row('404', '403', '404', '404', '403'),
  // The prospect's answer from the tracking page: as the look-up, an unknown reference is a 404.
  'post /inquiries/answer': row('404', '403', '404', '404', '403'),
  // A template's text for an inquiry, for the reply form: the bureau only.
  'post /inquiry-replies/draft': row('200', '403', '200', '403', '403'),
  // Merging a duplicate: the bureau only; the fixture merged into itself is a field error.
  'post /inquiries/:id/merge': row('400', '403', '400', '403', '403'),
  // Turning a lead into a project: the bureau only; the fixture is a new lead, not yet qualified (a field error).
  'post /inquiries/:id/project': row('400', '403', '400', '403', '403'),
  'get /inquiries/export.csv': row('200', '403', '200', '403', '403'),
  'get /investment-projects/ledger.csv': row('200', '403', '200', '403', '403'),
  'get /inquiries/stats': row('200', '403', '200', '403', '403'),
  // The monthly report's tables as CSV: the bureau, each with its own access.
  'get /monthly-report.csv': row('200', '403', '200', '403', '403'),
  // Publishing a period's figures: administrators only; the fixture's period is a field error.
  'post /ledger-figures/publish': row('400', '403', '403', '403', '403'),
  // A project's public page: administrators only; the fixture is a lead, not yet signed (a field error).
  'post /investment-projects/:id/public-page': row('400', '403', '403', '403', '403'),
  'post /search/reindex': row('200', '200', '403', '403', '401'),
  // Only one's own preference: the admin's is found, nobody else has one of that key.
  'delete /payload-preferences/:key': row('200', '404', '404', '404', '401'),
  // Dropping the empty draft "Create new" left: those who may delete; the fixture has a title, so it is kept.
  'delete /untouched-draft/:collection/:id': row('409', '409', '403', '403', '401'),
  // The SEO panel's buttons: staff who may read the document.
  'post /plugin-seo/generate-title': seoGenerate,
  'post /plugin-seo/generate-description': seoGenerate,
  'post /plugin-seo/generate-image': seoGenerate,
  'post /plugin-seo/generate-url': seoGenerate,
  // Unlocking a locked account: administrators only (CVE-2026-11779).
  'post /users/unlock': row('200', '403', '403', '403', '403'),
  // The editor guide's screenshots: for the staff who use the admin.
  'get /editor-guide/images/:lang/:file': row('200', '200', '200', '403', '401'),
  // Health answers are the same for everyone and name nothing private (tests/integration/health.test.ts).
  'get /healthz': row('200', '200', '200', '200', '200'),
  'get /readyz': row('200', '200', '200', '200', '200'),
};

/** Each collection's GraphQL list query, as Payload names it. */
const listQueries: Record<string, string> = {
  industries: 'Industries',
  parks: 'Parks',
  projects: 'Projects',
  figures: 'Figures',
  policies: 'Policies',
  news: 'allNews',
  'news-categories': 'NewsCategories',
  stories: 'Stories',
  offices: 'Offices',
  pages: 'Pages',
  media: 'allMedia',
  documents: 'Documents',
  inquiries: 'Inquiries',
  'inquiry-activities': 'InquiryActivities',
  'inquiry-replies': 'InquiryReplies',
  'reply-templates': 'ReplyTemplates',
  'routing-rules': 'RoutingRules',
  'investment-projects': 'InvestmentProjects',
  'project-steps': 'ProjectSteps',
  'promotion-activities': 'PromotionActivities',
  counters: 'Counters',
  users: 'Users',
  search: 'Searches',
  'payload-kv': 'PayloadKvs',
  'payload-jobs': 'PayloadJobs',
  'payload-locked-documents': 'PayloadLockedDocuments',
  'payload-preferences': 'PayloadPreferences',
};
const globalQueries: Record<string, string> = {
  site: 'Site',
  location: 'Location',
  'lead-desk': 'LeadDesk',
  'payload-jobs-stats': 'PayloadJobsStat',
};

/** Payload's own endpoints: every collection's REST routes, the accounts' (login, unlock, …), uploads' and jobs'. */
const payloadCollectionRoutes = [
  ...[
    'get /',
    'post /',
    'patch /',
    'delete /',
    'get /:id',
    'patch /:id',
    'put /:id',
    'delete /:id',
    'post /access/:id?',
    'get /versions',
    'get /versions/:id',
    'post /versions/:id',
    'get /count',
    'post /:id/duplicate',
  ],
  ...[
    'post /login',
    'post /logout',
    'post /unlock',
    'post /refresh-token',
    'get /me',
    'post /forgot-password',
    'post /reset-password',
    'post /verify/:id',
    'post /first-register',
    'get /init',
  ],
  ...[
    'get /file/:filename',
    'get /paste-url/:id?',
    'get /:key',
    'post /:key',
    'delete /:key',
    'get /run',
    'post /run',
    'get /handle-schedules',
  ],
];
const payloadRootRoutes = ['get /access', 'post /access', 'get /graphql', 'post /graphql'];

function payloadOwn(endpoint: string, collection?: string): boolean {
  if (customRoutes.has(endpoint)) return false;
  if (!collection) return payloadRootRoutes.includes(endpoint);
  const [method, url] = endpoint.split(' ') as [string, string];
  return payloadCollectionRoutes.includes(`${method} ${url.slice(collection.length + 1) || '/'}`);
}

/** Payload's endpoints the table lists too: our preference delete stands in for Payload's, and who may unlock an account is ours to say. */
const customRoutes = new Set(['delete /payload-preferences/:key', 'post /users/unlock']);

/** One request per endpoint of ours; the role table below says what each caller gets. */
const endpointRequests: Record<string, () => Promise<{ method: string; path: string; body?: unknown }>> = {
  // A link holder reads the one draft it names, whoever they are.
  'get /preview': async () => ({
    method: 'GET',
    path: `/preview?locale=zh&token=${encodeURIComponent(signPreview({ collection: 'news', id: fixtures.news!, uid: users.editor.id, origin: 'http://cms.test', exp: Date.now() + 60_000 }))}`,
  }),
  'get /site-search': async () => ({ method: 'GET', path: `/site-search?q=${encodeURIComponent('湘潭')}&locale=zh` }),
  'post /inquiries/submit': async () => ({
    method: 'POST',
    path: '/inquiries/submit',
    body: { ...validInquiry, idempotencyKey: newKey() },
  }),
  'post /inquiries/track': async () => ({
    method: 'POST',
    path: '/inquiries/track',
    body: { reference: 'XT-2099-000001', email: 'nobody@example.com' },
  }),
  'post /inquiries/answer': async () => ({
    method: 'POST',
    path: '/inquiries/answer',
    body: { reference: 'XT-2099-000001', email: 'nobody@example.com', message: 'Hello', idempotencyKey: newKey() },
  }),
  'post /inquiry-replies/draft': async () => ({
    method: 'POST',
    path: '/inquiry-replies/draft',
    body: { inquiry: fixtures.inquiries, template: fixtures['reply-templates'] },
  }),
  'post /inquiries/:id/merge': async () => ({
    method: 'POST',
    path: `/inquiries/${fixtures.inquiries}/merge`,
    body: { into: fixtures.inquiries },
  }),
  'post /inquiries/:id/project': async () => ({ method: 'POST', path: `/inquiries/${fixtures.inquiries}/project` }),
  'get /inquiries/export.csv': async () => ({ method: 'GET', path: '/inquiries/export.csv' }),
  'get /investment-projects/ledger.csv': async () => ({ method: 'GET', path: '/investment-projects/ledger.csv?year=2026' }),
  'get /inquiries/stats': async () => ({ method: 'GET', path: '/inquiries/stats' }),
  'post /search/reindex': async () => ({ method: 'POST', path: '/search/reindex' }),
  'delete /payload-preferences/:key': async () => ({ method: 'DELETE', path: '/payload-preferences/role-table' }),
  'delete /untouched-draft/:collection/:id': async () => ({ method: 'DELETE', path: `/untouched-draft/news/${fixtures.news}` }),
  ...Object.fromEntries(
    ['title', 'description', 'image', 'url'].map((what) => [
      `post /plugin-seo/generate-${what}`,
      async () => ({
        method: 'POST',
        path: `/plugin-seo/generate-${what}`,
        body: { collectionSlug: 'news', id: fixtures.news, doc: { title: '草稿' }, locale: 'zh' },
      }),
    ]),
  ),
  'post /users/unlock': async () => ({ method: 'POST', path: '/users/unlock', body: { email: users.editor.email } }),
  'get /editor-guide/images/:lang/:file': async () => ({ method: 'GET', path: '/editor-guide/images/zh/01-dashboard.png' }),
  'get /monthly-report.csv': async () => ({ method: 'GET', path: '/monthly-report.csv?period=2026-11&table=signed-by-band' }),
  'post /ledger-figures/publish': async () => ({ method: 'POST', path: '/ledger-figures/publish', body: { period: 'not a period' } }),
  'post /investment-projects/:id/public-page': async () => ({
    method: 'POST',
    path: `/investment-projects/${fixtures['investment-projects']}/public-page`,
  }),
  'get /healthz': async () => ({ method: 'GET', path: '/healthz' }),
  'get /readyz': async () => {
    // Ready once the jobs runner (started by Payload's first REST request, every 5 s) has run.
    for (let i = 0; i < 100 && !lastJobsRun(cms.payload); i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    return { method: 'GET', path: '/readyz' };
  },
};

let cms: TestCms;
const headers = {} as Record<Caller, Record<string, string>>;
const users = {} as Record<Exclude<Caller, 'anonymous'>, { id: number | string; email: string; role?: string | null }>;
/** Per collection: a document no caller wrote (a draft where there are drafts, the admin's own account). */
const fixtures: Record<string, number | string> = {};

const png = () =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#2a6' } })
    .png()
    .toBuffer();

beforeAll(async () => {
  cms = await startTestCms();
  const { payload } = cms;
  await seedContent(payload, path.resolve(import.meta.dirname, '../../content'));
  for (const role of ['admin', 'editor', 'investment-officer', 'site-service'] as const) {
    users[role] = await makeUser(payload, role, `${role} name`);
    headers[role] = await authHeader(payload, users[role]);
  }
  headers.anonymous = {};
  for (const [collection, titleField] of Object.entries(titleFields)) {
    const draft = await payload.create({
      collection: collection as 'news',
      overrideAccess: true,
      draft: true,
      data: { [titleField]: '草稿', slug: `role-table-${collection}`, _status: 'draft' } as never,
    });
    fixtures[collection] = draft.id;
  }
  const inquiry = await payload.create({
    collection: 'inquiries',
    overrideAccess: true,
    data: { ...validInquiry, idempotencyKey: newKey() } as never,
  });
  fixtures.inquiries = inquiry.id;
  fixtures['reply-templates'] = (
    await payload.create({
      collection: 'reply-templates',
      overrideAccess: true,
      data: { name: '模板', bodyZh: '{name}您好', bodyEn: 'Dear {name}' },
    })
  ).id;
  fixtures['inquiry-replies'] = (
    await payload.create({
      collection: 'inquiry-replies',
      overrideAccess: true,
      data: { inquiry: inquiry.id, body: '您好' },
    })
  ).id;
  const first = async (collection: string) =>
    (await payload.find({ collection: collection as 'news', overrideAccess: true, limit: 1, depth: 0 })).docs[0]?.id;
  for (const collection of ['figures', 'news-categories', 'inquiry-activities', 'counters', 'search', 'payload-jobs'])
    fixtures[collection] = (await first(collection))!;
  fixtures.media = (
    await payload.create({
      collection: 'media',
      overrideAccess: true,
      data: { altZh: '图', altEn: 'Image' } as never,
      file: { data: await png(), mimetype: 'image/png', name: 'role-table.png', size: 100 },
    })
  ).id;
  fixtures.documents = (
    await payload.create({
      collection: 'documents',
      overrideAccess: true,
      data: { title: '文件' } as never,
      file: { data: minimalPdf(), mimetype: 'application/pdf', name: 'role-table.pdf', size: minimalPdf().length },
    })
  ).id;
  fixtures['routing-rules'] = (
    await payload.create({
      collection: 'routing-rules',
      overrideAccess: true,
      data: { name: '规则', officer: users['investment-officer'].id } as never,
    })
  ).id;
  fixtures['investment-projects'] = (
    await payload.create({
      collection: 'investment-projects',
      overrideAccess: true,
      data: { name: '项目', source: 'department', stage: 'lead' },
    })
  ).id;
  fixtures['project-steps'] = (
    await payload.create({ collection: 'project-steps', overrideAccess: true, data: { name: '步骤', order: 99 } })
  ).id;
  fixtures['promotion-activities'] = (
    await payload.create({
      collection: 'promotion-activities',
      overrideAccess: true,
      data: { kind: 'mission', title: '外出招商', startsOn: '2026-11-03' },
    })
  ).id;
  fixtures.users = users.admin.id;
  // A lock on a document nothing in this test saves (a save releases the document's locks).
  const locked = await payload.create({
    collection: 'news',
    overrideAccess: true,
    draft: true,
    data: { title: '锁定', slug: 'role-table-locked', _status: 'draft' } as never,
  });
  fixtures['payload-locked-documents'] = (
    await payload.db.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'news', value: locked.id }, user: { relationTo: 'users', value: users.admin.id } },
    })
  ).id;
  // Preferences are addressed by key, each user's own: the fixture is the admin's.
  await cms.api('POST', '/payload-preferences/role-table', { headers: headers.admin, body: { value: { marker: 'admin-preference' } } });
  fixtures['payload-preferences'] = 'role-table';
  await payload.kv?.set?.('role-table', { at: 1 });
}, 240_000);
afterAll(async () => cms?.close());

const missingId = '987654321';
const refused = (status: number) => status === 401 || status === 403;

async function collectionRow(slug: string, caller: Caller): Promise<string> {
  const h = headers[caller];
  const config = cms.payload.collections[slug as 'news'].config;
  const all = (await cms.payload.count({ collection: slug as never, overrideAccess: true })).totalDocs;
  const list = await cms.api('GET', `/${slug}?limit=1&depth=0`, { headers: h });
  const listed = list.status === 200 ? ((await list.json()) as { totalDocs: number }).totalDocs : -1;
  const L = listed < 0 ? '-' : listed === all ? 'L' : 'l';
  const C = refused((await cms.api('POST', `/${slug}`, { headers: h, body: {} })).status) ? '-' : 'C';
  const fixture = fixtures[slug];
  const read = await cms.api('GET', `/${slug}/${fixture}?depth=0${config.versions ? '&draft=true' : ''}`, { headers: h });
  const R =
    read.status === 200 &&
    (await read.text()).includes(slug === 'payload-preferences' ? 'admin-preference' : `"id":${JSON.stringify(fixture)}`)
      ? 'R'
      : '-';
  const U =
    slug !== 'payload-preferences' &&
    (await cms.api('PATCH', `/${slug}/${fixture}?depth=0${config.versions ? '&draft=true' : ''}`, { headers: h, body: {} })).status === 200
      ? 'U'
      : '-';
  const D = (await cms.api('DELETE', `/${slug}/${missingId}`, { headers: h })).status === 404 ? 'D' : '-';
  const V = config.versions ? ((await cms.api('GET', `/${slug}/versions?limit=1`, { headers: h })).status === 200 ? 'V' : '-') : '.';
  return `${L}${C}${R}${U}${D}${V}`;
}

async function graphQLLetter(slug: string, caller: Caller): Promise<string> {
  const query = listQueries[slug];
  if (!query) return '?';
  const user = caller === 'anonymous' ? undefined : users[caller];
  const result = await graphQL(cms.payload, user, `{ ${query}(limit: 1) { totalDocs } }`);
  return result.errors?.length ? '-' : 'G';
}

async function globalRow(slug: string, caller: Caller): Promise<string> {
  const h = headers[caller];
  const config = cms.payload.globals.config.find((g) => g.slug === slug)!;
  const R = (await cms.api('GET', `/globals/${slug}?depth=0`, { headers: h })).status === 200 ? 'R' : '-';
  const current = (await cms.payload.findGlobal({ slug: slug as never, overrideAccess: true, depth: 0 })) as Record<string, unknown>;
  const U = (await cms.api('POST', `/globals/${slug}?depth=0`, { headers: h, body: {} })).status === 200 ? 'U' : '-';
  await cms.payload.updateGlobal({ slug: slug as never, overrideAccess: true, data: current as never });
  const V = config.versions ? ((await cms.api('GET', `/globals/${slug}/versions`, { headers: h })).status === 200 ? 'V' : '-') : '.';
  const query = globalQueries[slug];
  const G = query
    ? (await graphQL(cms.payload, caller === 'anonymous' ? undefined : users[caller], `{ ${query} { updatedAt } }`)).errors?.length
      ? '-'
      : 'G'
    : '?';
  return `${R}${U}${V} ${G}`;
}

describe('the role table', () => {
  it('covers every collection, as its callers meet it through REST and GraphQL', async () => {
    const actual: Record<string, Partial<Row>> = {};
    for (const collection of cms.payload.config.collections) {
      if (collection.endpoints === false) continue;
      for (const caller of callers)
        (actual[collection.slug] ??= {})[caller] =
          `${await collectionRow(collection.slug, caller)} ${await graphQLLetter(collection.slug, caller)}`;
    }
    expect(actual).toEqual(expectedCollections);
  }, 240_000);

  it('covers every global', async () => {
    const actual: Record<string, Partial<Row>> = {};
    for (const global of cms.payload.config.globals) {
      for (const caller of callers) (actual[global.slug] ??= {})[caller] = await globalRow(global.slug, caller);
    }
    expect(actual).toEqual(expectedGlobals);
  }, 120_000);

  it("covers every endpoint the CMS adds to Payload's own, by the status each caller gets", async () => {
    const declared = [
      ...(cms.payload.config.endpoints ?? []).map((e) => `${e.method} ${e.path}`).filter((endpoint) => !payloadOwn(endpoint)),
      ...cms.payload.config.collections.flatMap((c) =>
        (Array.isArray(c.endpoints) ? c.endpoints : [])
          .map((e) => `${e.method} /${c.slug}${e.path}`)
          .filter((endpoint) => !payloadOwn(endpoint, c.slug)),
      ),
      ...cms.payload.config.globals
        .flatMap((g) => (Array.isArray(g.endpoints) ? g.endpoints : []).map((e) => `${e.method} /globals/${g.slug}${e.path}`))
        .filter((e) => !/ \/globals\/[^/]+(\/|\/versions.*|\/access)?$/.test(e)),
    ];
    expect([...new Set(declared)].sort()).toEqual(Object.keys(endpointRequests).sort());
    const actual: Record<string, Partial<Row>> = {};
    for (const [endpoint, request] of Object.entries(endpointRequests)) {
      for (const caller of callers) {
        const { method, path: url, body } = await request();
        (actual[endpoint] ??= {})[caller] = String((await cms.api(method, url, { headers: headers[caller], body })).status);
      }
    }
    expect(actual).toEqual(expectedEndpoints);
  }, 120_000);
});

describe('which fields each caller sees', () => {
  const keysOf = async (caller: Caller, url: string) => {
    const response = await cms.api('GET', url, { headers: headers[caller] });
    if (response.status !== 200) return String(response.status);
    return Object.keys((await response.json()) as object)
      .sort()
      .join(' ');
  };

  it('on a published page, staff fields are for staff only', async () => {
    const published = (
      await cms.payload.find({ collection: 'news', overrideAccess: true, limit: 1, where: { _status: { equals: 'published' } } })
    ).docs[0]!;
    const actual = Object.fromEntries(
      await Promise.all(callers.map(async (caller) => [caller, await keysOf(caller, `/news/${published.id}?depth=0`)])),
    );
    const everyone =
      '_status body bodyHtml category cover createdAt eventDate id industries meta parks publishedAt slug source sourceDate summary title translationStatus updatedAt';
    const staff = `${everyone} editorNotes publishedBy updatedBy`.split(' ').sort().join(' ');
    // Whether the slug still follows the title: for those who edit.
    const editors = `${staff} generateSlug`.split(' ').sort().join(' ');
    expect(actual).toEqual({ admin: editors, editor: editors, 'investment-officer': staff, 'site-service': everyone, anonymous: everyone });
  });

  it('on a published policy, its computed status is for everyone, as the site shows it', async () => {
    const published = (
      await cms.payload.find({ collection: 'policies', overrideAccess: true, limit: 1, where: { _status: { equals: 'published' } } })
    ).docs[0]!;
    const actual = Object.fromEntries(
      await Promise.all(callers.map(async (caller) => [caller, await keysOf(caller, `/policies/${published.id}?depth=0`)])),
    );
    const everyone =
      '_status attachments body bodyHtml createdAt effectiveFrom expiresOn id industries issuingBody meta slug status summary title translationStatus type updatedAt';
    const staff = `${everyone} editorNotes publishedBy updatedBy`.split(' ').sort().join(' ');
    // Whether the slug still follows the title (slugField): for those who edit, as on every slugged document.
    const editors = `${staff} generateSlug`.split(' ').sort().join(' ');
    expect(actual).toEqual({ admin: editors, editor: editors, 'investment-officer': staff, 'site-service': everyone, anonymous: everyone });
  });

  it("on a staff account, sessions are their holder's alone and key details the admins' and the holder's", async () => {
    const actual = Object.fromEntries(
      await Promise.all(callers.map(async (caller) => [caller, await keysOf(caller, `/users/${users.admin.id}`)])),
    );
    const colleague = 'collection createdAt displayName email id name role taskForce updatedAt';
    expect(actual).toEqual({
      admin: `${colleague} enableAPIKey hasAPIKey sessions`.split(' ').sort().join(' '),
      editor: '404',
      'investment-officer': colleague,
      'site-service': '404',
      anonymous: '403',
    });
  });

  it('on a lead, the bureau sees everything the prospect sent and nobody else sees anything', async () => {
    const actual = Object.fromEntries(
      await Promise.all(callers.map(async (caller) => [caller, await keysOf(caller, `/inquiries/${fixtures.inquiries}?depth=0`)])),
    );
    const lead = actual.admin as string;
    for (const field of [
      'name',
      'email',
      'phone',
      'company',
      'country',
      'countryAsSubmitted',
      'message',
      'reference',
      'stage',
      'owner',
      'duplicates',
      'mergedInto',
    ])
      expect(lead.split(' '), field).toContain(field);
    expect(actual).toEqual({ admin: lead, editor: '403', 'investment-officer': lead, 'site-service': '403', anonymous: '403' });
  });
});
