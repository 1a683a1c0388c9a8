/**
 * The little Markdown the editor guide uses (headings, paragraphs, lists, **bold**, `code`, and
 * an image alone on its line), rendered to HTML with every text escaped. Enough for a file the
 * team writes; not a general parser.
 */
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const inline = (text: string) =>
  escape(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>');

export interface MarkdownOptions {
  /** Where an image's relative path is served from; an image it gives no address for is left out. */
  imageSrc?: (relativePath: string) => string | undefined;
}

export function renderMarkdown(source: string, options: MarkdownOptions = {}): string {
  const html: string[] = [];
  let list: 'ul' | 'ol' | null = null;
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) html.push(`<p>${inline(paragraph.join(' '))}</p>`);
    paragraph = [];
  };
  const closeList = () => {
    if (list) html.push(`</${list}>`);
    list = null;
  };
  for (const line of source.split(/\r?\n/)) {
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+\.\s+(.*)$/.exec(line);
    const image = /^!\[([^\]]*)\]\(([^)\s]+)\)$/.exec(line.trim());
    if (image) {
      flush();
      closeList();
      const src = options.imageSrc?.(image[2]!);
      if (src) html.push(`<p><img src="${escape(src)}" alt="${escape(image[1]!)}" loading="lazy"></p>`);
    } else if (heading) {
      flush();
      closeList();
      const level = heading[1]!.length;
      html.push(`<h${level}>${inline(heading[2]!)}</h${level}>`);
    } else if (bullet || numbered) {
      flush();
      const kind = bullet ? 'ul' : 'ol';
      if (list !== kind) {
        closeList();
        html.push(`<${kind}>`);
        list = kind;
      }
      html.push(`<li>${inline((bullet ?? numbered)![1]!)}</li>`);
    } else if (line.trim() === '') {
      flush();
      closeList();
    } else if (list && /^\s+/.test(line)) {
      // A wrapped list item: append to the last item.
      html[html.length - 1] = html[html.length - 1]!.replace(/<\/li>$/, ` ${inline(line.trim())}</li>`);
    } else {
      closeList();
      paragraph.push(line.trim());
    }
  }
  flush();
  closeList();
  return html.join('\n');
}
