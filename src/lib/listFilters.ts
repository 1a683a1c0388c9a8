/**
 * List filters read from the query string. A filter is either absent or one of its allowed
 * values; anything else makes the whole request invalid, and the page answers 404 (a URL that
 * names no list), never a 500 and never a silently different list.
 */
export type FilterSpec = Record<string, readonly string[]>;
export type FilterValues<S extends FilterSpec> = { [K in keyof S]?: S[K][number] };

export function parseFilters<S extends FilterSpec>(params: URLSearchParams, spec: S): FilterValues<S> | undefined {
  const values: Record<string, string> = {};
  for (const [name, allowed] of Object.entries(spec)) {
    const all = params.getAll(name);
    if (all.length > 1) return undefined;
    const value = all[0];
    if (value === undefined || value === '') continue;
    if (!allowed.includes(value)) return undefined;
    values[name] = value;
  }
  return values as FilterValues<S>;
}

/** The query string for a list page with these filters (and page number when past the first). */
export function filterQuery(values: Record<string, string | undefined>, page = 1): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value) params.set(name, value);
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}
