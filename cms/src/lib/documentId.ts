const objectId = /^[0-9a-f]{24}$/i;
const positiveInteger = /^[1-9]\d{0,15}$/;

/**
 * The document id that `text` names in a database whose ids are of `type`, or undefined when no
 * document there can have it. Ids are numbers on SQLite (`defaultIDType` 'number') and
 * ObjectId strings on MongoDB ('text'); a collection with a custom text id takes any non-empty
 * string. Endpoints that read an id from a path or a form use this, so the same code serves both.
 */
export function documentIdFrom(text: string, type: 'number' | 'text', customText = false): number | string | undefined {
  if (type === 'number') return positiveInteger.test(text) ? Number(text) : undefined;
  if (customText) return text.length > 0 ? text : undefined;
  return objectId.test(text) ? text.toLowerCase() : undefined;
}
