import { useTranslations } from '../i18n';
import type { Locale } from '../i18n/locales';
import { CmsUnavailableError, getSite, type Site } from './cms';

/**
 * The site global for pages that need nothing else from the CMS (contact, privacy), so they stay
 * usable while it is down: then the site name comes from the UI strings and `live` is false, and
 * the page must not be cached. Read in the page, before it decides on caching; a layout renders
 * too late to opt a response out of the cache.
 */
export async function siteDetailsOrFallback(locale: Locale): Promise<{ site: Site; live: boolean }> {
  try {
    return { site: await getSite(locale), live: true };
  } catch (error) {
    if (!(error instanceof CmsUnavailableError)) throw error;
    return { site: { id: 0, name: useTranslations(locale)('site.name') }, live: false };
  }
}
