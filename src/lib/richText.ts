/**
 * A document body's HTML with its headings moved up so that the highest one is `top` (h2 under a
 * page's h1). Editors often start sections at "###"; without this a body would skip a heading
 * level, which screen-reader users navigating by headings notice (WCAG 1.3.1). Relative levels
 * inside the body are kept; nothing goes beyond h6.
 */
export function bodyHtml(raw: string | null | undefined, top = 2): string {
  if (!raw) return '';
  const html = cleanListItems(raw);
  const levels = [...html.matchAll(/<h([1-6])[\s>]/gi)].map((match) => Number(match[1]));
  if (levels.length === 0) return html;
  const shift = Math.min(...levels) - top;
  if (shift === 0) return html;
  return html.replace(
    /<(\/?)h([1-6])(?=[\s>])/gi,
    (_, slash: string, level: string) => `<${slash}h${Math.min(6, Math.max(1, Number(level) - shift))}`,
  );
}

/**
 * Payload's Lexical-to-HTML converter writes every list item as `<li class="" style="" value="1">`:
 * `value` is invalid on items of a `<ul>` (the W3C checker's error) and redundant in an `<ol>`,
 * whose items are numbered in order anyway; empty `class` and `style` attributes say nothing.
 */
function cleanListItems(html: string): string {
  return html.replace(/<li\b([^>]*)>/gi, (_, attributes: string) => {
    const kept = attributes
      .replace(/\s(?:class|style)=""/gi, '')
      .replace(/\svalue="\d+"/gi, '')
      .replace(/\s+/g, ' ')
      .trimEnd();
    return `<li${kept}>`;
  });
}
