/**
 * The query parameters each page reads, by its path after the locale prefix. A page that reads
 * a parameter from `Astro.url` declares it here: every other parameter (utm_*, ref, anything a
 * link or a visitor adds) is dropped before the page is rendered (src/server.ts) and is no part
 * of its route-cache key (src/lib/pageCacheProvider.ts). So a page is rendered from exactly what
 * its cache key holds, and nothing a stored page shows can come from a parameter that another
 * request with the same key did not send.
 */
const pageParameters: Record<string, readonly string[]> = {
  '/news': ['category', 'page'],
  '/policies': ['industry', 'page', 'status', 'type'],
  '/projects': ['industry', 'page', 'stage'],
  '/search': ['page', 'q'],
  // Presets of the inquiry form, from the page the prospect came from.
  '/contact': ['park', 'type'],
  '/preview': ['token'],
};

const none: readonly string[] = [];

/** Every parameter some page reads, sorted: what Varnish keeps in a query (deploy/varnish/portal.vcl). */
export const readParameters: readonly string[] = [...new Set(Object.values(pageParameters).flat())].sort();

/**
 * The parameters the route at `pathname` reads; undefined for Astro's own routes (`/_image`,
 * `/_actions/…`, `/_server-islands/…`), whose queries are theirs and are left as they are.
 */
export function parametersOf(pathname: string): readonly string[] | undefined {
  if (pathname.startsWith('/_')) return undefined;
  const match = /^\/[^/]+(\/.*?)\/?$/.exec(pathname);
  return (match && pageParameters[match[1]]) || none;
}

/** The query a page is rendered for: only the parameters it reads, sorted by name; '' for none. */
export function pageQuery(pathname: string, params: URLSearchParams): string {
  if (params.size === 0) return '';
  const names = parametersOf(pathname);
  const kept = new URLSearchParams(names ? [...params].filter(([name]) => names.includes(name)) : params);
  kept.sort();
  return kept.size > 0 ? `?${kept}` : '';
}

/** True when `url` carries a parameter its page does not read. */
export function hasUnreadParameters(url: URL): boolean {
  const names = parametersOf(url.pathname);
  if (!names) return false;
  for (const name of url.searchParams.keys()) if (!names.includes(name)) return true;
  return false;
}

/**
 * A request target (`/en/news?page=1&utm_source=x`) as its page is rendered: the path, and the
 * query with only the parameters the page reads, sorted (`/en/news?page=1`). A target without a
 * query is returned as it is.
 */
export function pageTarget(target: string): string {
  if (!target.includes('?') || !target.startsWith('/') || target.startsWith('/_')) return target;
  // Malformed percent-encoding is left as it came, for the server to refuse (400): parsing it
  // here would quietly turn it into replacement characters.
  if (!wellEncoded(target.slice(target.indexOf('?') + 1))) return target;
  // Joined as the Node adapter joins host and target, so the path is the one Astro sees.
  let url: URL;
  try {
    url = new URL(`http://site.invalid${target}`);
  } catch {
    return target;
  }
  return `${url.pathname}${pageQuery(url.pathname, url.searchParams)}`;
}

function wellEncoded(query: string): boolean {
  try {
    // The result is used: a bundler drops a call it sees as free of side effects.
    return decodeURIComponent(query).length >= 0;
  } catch {
    return false;
  }
}
