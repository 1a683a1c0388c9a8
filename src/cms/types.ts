// The CMS's documents as the site reads them: the generated Payload types, by collection.
import type { Industry, News, Office, Page, Park, Policy, Project, Story } from '../../cms/src/payload-types';
import type { DocumentCollection } from '#common/publicCollections.ts';

export type {
  Document,
  Figure,
  Industry,
  Location,
  Media,
  News,
  NewsCategory,
  Office,
  Page,
  Park,
  Policy,
  Project,
  Site,
  Story,
} from '../../cms/src/payload-types';

export interface DocumentTypes extends Record<DocumentCollection, unknown> {
  industries: Industry;
  parks: Park;
  projects: Project;
  policies: Policy;
  news: News;
  stories: Story;
  offices: Office;
  pages: Page;
}
