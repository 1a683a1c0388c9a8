/**
 * Where the CMS sends each change's cache tags: REVALIDATE_TARGETS, the base URLs of every site
 * instance and of the shared cache in front (Varnish, deploy/varnish/portal.vcl), separated by
 * commas; without it SITE_URL, a list of one. Every target gets the same call
 * (./transport.ts), so the list needs no word on which is which.
 */
export interface RevalidationTargets {
  /** Normalised base URLs (origin and path, no trailing slash), each once, in the given order. */
  targets: string[];
  /** Entries that are not http(s) URLs, as written: logged, never called. */
  invalid: string[];
}

export function revalidationTargets(env: Record<string, string | undefined> = process.env): RevalidationTargets {
  const list = env.REVALIDATE_TARGETS?.trim() ? env.REVALIDATE_TARGETS : (env.SITE_URL ?? '');
  const targets: string[] = [];
  const invalid: string[] = [];
  for (const entry of list.split(',').map((part) => part.trim())) {
    if (!entry) continue;
    const target = normalisedTarget(entry);
    if (target === undefined) invalid.push(entry);
    else if (!targets.includes(target)) targets.push(target);
  }
  return { targets, invalid };
}

function normalisedTarget(entry: string): string | undefined {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash || url.username) return undefined;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
