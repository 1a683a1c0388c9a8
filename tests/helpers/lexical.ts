/** Lexical rich-text states as the admin's editor saves them, for tests that write a body through the API. */

export const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr',
  textFormat: 0,
  children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
});

/** A block that embeds another document (the editor's "relationship" feature). */
export const relationship = (relationTo: string, value: number | string) => ({
  type: 'relationship',
  version: 2,
  format: '',
  relationTo,
  value,
});

export const body = (...children: unknown[]) => ({ root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children } });
