import type { GenerateDescription, GenerateTitle, SEOPluginConfig } from '@payloadcms/plugin-seo/types';

type Doc = { title?: string; name?: string; company?: string; summary?: string };

const siteNames: Record<string, string> = { zh: '湘潭高新区', en: 'Xiangtan Hi-tech Zone' };

/** "Document title · Xiangtan Hi-tech Zone", what the "generate" button in the SEO panel fills in. */
export const seoTitle: GenerateTitle<Doc> = ({ doc, locale }) => {
  const heading = doc.title ?? doc.name ?? doc.company ?? '';
  return `${heading} · ${siteNames[locale ?? 'zh'] ?? siteNames.zh}`;
};

/** The document's own summary, cut to the 160 characters search engines show. */
export const seoDescription: GenerateDescription<Doc> = ({ doc }) => (doc.summary ?? '').slice(0, 160);

/** The SEO panel's labels in the admin's language (the plugin names its fields in English only). */
const seoLabels: Record<string, { zh: string; en: string }> = {
  title: { zh: '搜索结果标题', en: 'Search result title' },
  description: { zh: '搜索结果描述', en: 'Search result description' },
  image: { zh: '分享图片', en: 'Sharing image' },
};

export const seoFields: NonNullable<SEOPluginConfig['fields']> = ({ defaultFields }) =>
  defaultFields.map((field) => ('name' in field && seoLabels[field.name] ? { ...field, label: seoLabels[field.name] } : field));
