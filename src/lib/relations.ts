/** The ids a relationship field holds, whether Payload returned them as ids or as documents. */
export function relationIds(value: unknown): (number | string)[] {
  const list = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
  return list
    .map((item) => (typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : item))
    .filter((id): id is number | string => typeof id === 'number' || typeof id === 'string');
}
