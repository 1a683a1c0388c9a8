import type { CollectionConfig } from 'payload';
import { anyone } from '../access/anyone';
import { editorialCollection } from './editorial';
import { localizedText } from '../fields/bilingual';
import { orderField } from '../fields/order';
import { slugField } from '../fields/slug';

/** Categories that news lists can be filtered by. */
export const NewsCategories: CollectionConfig = {
  slug: 'news-categories',
  labels: { singular: { zh: '新闻分类', en: 'News category' }, plural: { zh: '新闻分类', en: 'News categories' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'order'] },
  defaultSort: 'order',
  ...editorialCollection('news-categories', anyone),
  fields: [localizedText('name', { zh: '名称', en: 'Name' }, { required: true }), slugField('name'), orderField],
};
