import type { GenerateDescription, GenerateTitle } from '@payloadcms/plugin-seo/types';

type Doc = { title?: string; name?: string; company?: string; summary?: string };

const siteNames: Record<string, string> = { zh: '湘潭高新区', en: 'Xiangtan Hi-tech Zone' };

/** "Document title · Xiangtan Hi-tech Zone", what the "generate" button in the SEO panel fills in. */
export const seoTitle: GenerateTitle<Doc> = ({ doc, locale }) => {
  const heading = doc.title ?? doc.name ?? doc.company ?? '';
  return `${heading} · ${siteNames[locale ?? 'zh'] ?? siteNames.zh}`;
};

/** The document's own summary, cut to the 160 characters search engines show. */
export const seoDescription: GenerateDescription<Doc> = ({ doc }) => (doc.summary ?? '').slice(0, 160);
