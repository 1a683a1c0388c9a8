/**
 * Web addresses that editors and prospects enter, and that the site turns into links: http(s)
 * only, so that no `javascript:`, `data:` or other scheme ever reaches an `href`. The CMS checks
 * them when they are saved (cms/src/fields/webLink.ts), the inquiry form when it is sent
 * (src/lib/inquirySchema.ts), and the site again when it renders a link.
 */

/** `value` when it is an absolute http(s) URL (`https://example.com/x`); undefined otherwise. */
export function httpUrl(value: unknown, { httpsOnly = false } = {}): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  // The scheme is checked on the text as written too: URL parsing drops tabs and newlines
  // (`java\tscript:`), and a link is output as written.
  if (!(httpsOnly ? /^https:\/\//i : /^https?:\/\//i).test(text)) return undefined;
  if (!URL.canParse(text)) return undefined;
  const { protocol, hostname } = new URL(text);
  return (protocol === 'https:' || (!httpsOnly && protocol === 'http:')) && hostname ? text : undefined;
}

/** A web address as people write it: with an http(s) scheme or without one (`example.com`, `https://例子.中国/投资`). */
export const websitePattern = /^(https?:\/\/)?[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d{1,5})?(\/\S*)?$/iu;

/** A website as the bureau stores it: a bare domain gets `https://`. */
export function withScheme(website: string): string {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}
