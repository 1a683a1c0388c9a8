// The public, slugged collections (each has a page per document and is searched), and the field
// that is each one's heading. Shared by the site (src/cms/) and the CMS's search
// (cms/src/search/fields.ts), so both always cover the same collections.
export const titleFields = {
  industries: 'name',
  parks: 'name',
  projects: 'name',
  policies: 'title',
  news: 'title',
  stories: 'company',
  offices: 'name',
  pages: 'title',
} as const;
export type DocumentCollection = keyof typeof titleFields;
