import { useTranslations } from '../i18n';
import type { Locale } from '#common/locales.ts';
import { getSite } from '../cms/documents';
import { CmsUnavailableError } from '../cms/errors';
import type { Site } from '../cms/types';

// The last site global each language was read with: while the CMS is down, the contact page can
// still give the bureau's phone and email (read before the outage by this process).
const lastKnown = new Map<Locale, Site>();

/**
 * The site global for pages that need nothing else from the CMS (contact, privacy), so they stay
 * usable while it is down: then the details last read (or the site name from the UI strings) are
 * used and `live` is false, and the page must not be cached. Read in the page, before it decides
 * on caching; a layout renders too late to opt a response out of the cache.
 */
export async function siteDetailsOrFallback(locale: Locale): Promise<{ site: Site; live: boolean }> {
  try {
    const site = await getSite(locale);
    lastKnown.set(locale, site);
    return { site, live: true };
  } catch (error) {
    if (!(error instanceof CmsUnavailableError)) throw error;
    return { site: lastKnown.get(locale) ?? { id: 0, name: useTranslations(locale)('site.name') }, live: false };
  }
}
