// schema.org objects for the JSON-LD in page heads (Base.astro's `jsonLd` prop). They state only
// what the CMS holds: a field an editor left empty is left out, never filled in.
import { localeInfo, type Locale } from '#common/locales.ts';
import type { Media, News, Site } from '../../cms/src/payload-types';
import { imageUrl } from './media';
import { localePath } from './localePath';
import { httpUrl } from '#common/webAddress.ts';

type Json = Record<string, unknown>;

const nonEmpty = (value: string | null | undefined) => (value && value.trim() ? value.trim() : undefined);

function withoutEmpty(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

/** The zone's bureau as the organization behind the portal, without the schema.org `@context`. */
function organization(site: Site, locale: Locale, siteUrl: URL): Json {
  const contact = site.contact ?? {};
  const telephone = nonEmpty(contact.phone);
  const email = nonEmpty(contact.email);
  const address = nonEmpty(contact.address);
  const sameAs = (site.social ?? []).map((account) => httpUrl(account.url)).filter((url): url is string => Boolean(url));
  return withoutEmpty({
    '@type': 'GovernmentOrganization',
    name: nonEmpty(site.name),
    url: new URL(localePath(locale), siteUrl).href,
    address: address && { '@type': 'PostalAddress', streetAddress: address },
    contactPoint:
      telephone || email
        ? withoutEmpty({ '@type': 'ContactPoint', contactType: 'customer service', telephone, email, availableLanguage: ['zh-CN', 'en'] })
        : undefined,
    sameAs: sameAs.length ? sameAs : undefined,
  });
}

/** GovernmentOrganization for the home page, in the page's language. */
export function governmentOrganization(site: Site, locale: Locale, siteUrl: URL): Json {
  return { '@context': 'https://schema.org', ...organization(site, locale, siteUrl) };
}

/** NewsArticle for a news item's page (only for a language the item has text in). */
export function newsArticle(
  item: Pick<News, 'title' | 'summary' | 'publishedAt' | 'updatedAt' | 'cover'>,
  slug: string,
  locale: Locale,
  site: Site,
  siteUrl: URL,
): Json {
  const url = new URL(localePath(locale, `/news/${slug}`), siteUrl).href;
  return withoutEmpty({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    // Search engines cut headlines after 110 characters.
    headline: Array.from(item.title ?? '')
      .slice(0, 110)
      .join(''),
    description: nonEmpty(item.summary),
    datePublished: item.publishedAt,
    dateModified: item.updatedAt,
    image: imageUrl(item.cover as number | Media | null | undefined, 'hero', siteUrl),
    inLanguage: localeInfo(locale).lang,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    publisher: organization(site, locale, siteUrl),
  });
}
