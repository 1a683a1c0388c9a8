/**
 * Structured data as the text of a `<script type="application/ld+json">`. `<` is escaped so
 * that text from the CMS can never close the script element.
 */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
