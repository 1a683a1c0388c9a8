/** The id a relationship or upload field holds, whether Payload returned it as an id or as the document. */
export function idOf(value: unknown): number | string | undefined {
  const id = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : value;
  return typeof id === 'number' || typeof id === 'string' ? id : undefined;
}
