import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { useTranslations } from '../i18n';
import { isLocale, localeInfo } from '#common/locales.ts';
import { documentPath } from '#common/publicCollections.ts';
import { getSite, listDocuments } from '../cms/documents';
import { localePath } from './localePath';
import { cachePage } from './pageCache';
import { collectionTag } from '#common/cacheTags.ts';
import { notFound } from './routeParams';

const feedSize = 50;

const feeds = {
  news: { titleKey: 'feed.newsTitle', descriptionKey: 'feed.newsDescription', dateField: 'publishedAt' },
  policies: { titleKey: 'feed.policiesTitle', descriptionKey: 'feed.policiesDescription', dateField: 'effectiveFrom' },
} as const;

/**
 * The RSS feed of a collection in the page's language: its latest published documents that have
 * text in that language (an untranslated one would only be a notice), newest first.
 */
export async function feedResponse(context: APIContext, collection: keyof typeof feeds): Promise<Response> {
  const locale = context.params.lang;
  if (!isLocale(locale)) return notFound();
  const t = useTranslations(locale);
  const { titleKey, descriptionKey, dateField } = feeds[collection];
  const [site, list] = await Promise.all([getSite(locale), listDocuments(collection, locale, { limit: feedSize, fields: [dateField] })]);
  cachePage(context, [collectionTag(collection)]);
  const base = context.site ?? context.url;
  return rss({
    title: `${site.name ?? ''} · ${t(titleKey)}`,
    description: t(descriptionKey),
    site: new URL(localePath(locale, `/${collection}`), base).href,
    customData: `<language>${localeInfo(locale).lang.toLowerCase()}</language>`,
    items: list.docs
      .filter((doc) => doc.translated)
      .map((doc) => {
        const date = (doc.fields[dateField] as string | null) ?? doc.updatedAt;
        return {
          title: doc.title,
          link: new URL(localePath(locale, documentPath(collection, doc.slug)), base).href,
          pubDate: date ? new Date(date) : undefined,
          description: doc.summary,
        };
      }),
  });
}
