import { idOf } from '#common/idOf.ts';

/** The ids a relationship field holds, whether Payload returned them as ids or as documents. */
export function relationIds(value: unknown): (number | string)[] {
  const list = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
  return list.map(idOf).filter((id) => id !== undefined);
}
