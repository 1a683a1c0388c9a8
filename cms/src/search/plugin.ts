// The portal's search index: Payload's official search plugin keeps a `search` collection in
// step with every public collection (a row per published document, created, updated and deleted
// by the plugin's hooks; drafts never get one, and unpublishing removes it). Each row holds, per
// language, the title, summary, a bounded plain-text excerpt of the body and their normalized
// text (cms/src/search/fields.ts); `GET /api/site-search` (./endpoint.ts) queries it through the
// database, so no process holds every document's text in memory.
import { searchPlugin } from '@payloadcms/plugin-search';
import type { Endpoint, Field, PayloadRequest } from 'payload';
import { isLocale } from '#common/locales.ts';
import { allowRoles } from '../access/roles';
import { searchedCollections, searchFields, type SearchedCollection } from './fields';
import { reindexSearch } from './reindex';

const searchOnlyFields: Field[] = [
  { name: 'slug', type: 'text', index: true, label: { zh: '网址标识', en: 'Slug' }, admin: { readOnly: true } },
  { name: 'summary', type: 'textarea', localized: true, label: { zh: '摘要', en: 'Summary' }, admin: { readOnly: true } },
  { name: 'excerpt', type: 'textarea', localized: true, label: { zh: '正文摘录', en: 'Excerpt' }, admin: { readOnly: true } },
  // Title, summary and excerpt normalized (lower case, NFKC, spaces collapsed): what queries match.
  { name: 'text', type: 'textarea', localized: true, admin: { hidden: true } },
];

const pluginFieldLabels: Record<string, { zh: string; en: string }> = {
  title: { zh: '标题', en: 'Title' },
  priority: { zh: '优先级', en: 'Priority' },
  doc: { zh: '对应文档', en: 'Document' },
  docUrl: { zh: '文档链接', en: 'Document link' },
};

/** `POST /api/search/reindex` (the plugin's admin button): rebuilds every row, both languages. */
const reindexEndpoint: Endpoint = {
  path: '/reindex',
  method: 'post',
  handler: async (req) => {
    const role = (req.user as { role?: string } | null)?.role;
    if (role !== 'admin' && role !== 'editor')
      return Response.json({ message: '无权操作 / not allowed' }, { status: req.user ? 403 : 401 });
    const counts = await reindexSearch(req.payload, req);
    return Response.json({ message: `${counts.documents} documents indexed`, ...counts });
  },
};

async function fieldsInLocale(req: PayloadRequest, collection: SearchedCollection, id: number | string, fallback: Record<string, unknown>) {
  // The plugin reads the document with fallback to the other language; the index must not, or an
  // untranslated document would be indexed in a language it has no text in.
  if (!isLocale(req.locale)) return searchFields(collection, fallback);
  const doc = await req.payload.findByID({
    collection,
    id,
    locale: req.locale,
    fallbackLocale: false,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  });
  return searchFields(collection, (doc ?? {}) as Record<string, unknown>);
}

export const portalSearchPlugin = searchPlugin({
  collections: [...searchedCollections],
  localize: true,
  syncDrafts: false,
  deleteDrafts: true,
  beforeSync: async ({ originalDoc, searchDoc, collectionSlug, req }) => {
    const fields = await fieldsInLocale(req, collectionSlug as SearchedCollection, originalDoc.id as number | string, originalDoc);
    return { ...searchDoc, ...fields, title: fields.title ?? undefined } as typeof searchDoc;
  },
  searchOverrides: {
    labels: { singular: { zh: '搜索条目', en: 'Search entry' }, plural: { zh: '搜索索引', en: 'Search index' } },
    admin: {
      group: { zh: '系统', en: 'System' },
      description: {
        zh: '站内搜索的索引，由系统随发布自动更新（每篇已发布内容每种语言一行）。无需手工编辑。',
        en: 'The site search index, kept up to date automatically as content is published (one row per published document and language). Not edited by hand.',
      },
    },
    access: {
      // Only published text is ever written here, so it is as public as the pages themselves.
      read: () => true,
      update: allowRoles('admin', 'editor'),
      delete: allowRoles('admin', 'editor'),
    },
    endpoints: [reindexEndpoint],
    // The plugin's own fields have English names only ("Title" in the Chinese admin).
    fields: ({ defaultFields }) => [
      ...defaultFields.map((field) =>
        'name' in field && pluginFieldLabels[field.name] ? { ...field, label: pluginFieldLabels[field.name] } : field,
      ),
      ...searchOnlyFields,
    ],
  },
});
