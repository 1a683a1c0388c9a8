import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../cms/src/lib/markdown';

describe('the editor guide renderer', () => {
  it('renders headings, paragraphs, lists, bold and code', () => {
    expect(renderMarkdown('# Guide\n\nSome **bold** and `code`.\n\n- one\n- two\n\n1. first\n2. second')).toBe(
      '<h1>Guide</h1>\n<p>Some <strong>bold</strong> and <code>code</code>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<ol>\n<li>first</li>\n<li>second</li>\n</ol>',
    );
  });
  it('escapes markup in the text', () => {
    expect(renderMarkdown('<script>alert(1)</script> & "x"')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</p>');
  });
  it('renders an image alone on its line at the address the caller gives, and leaves out one it gives none for', () => {
    const imageSrc = (file: string) => (file.startsWith('images/') ? `/api/editor-guide/${file}` : undefined);
    expect(renderMarkdown('![The "news" list](images/editor-guide/en/02-news-list.png)', { imageSrc })).toBe(
      '<p><img src="/api/editor-guide/images/editor-guide/en/02-news-list.png" alt="The &quot;news&quot; list" loading="lazy"></p>',
    );
    expect(renderMarkdown('![x](https://example.com/a.png)\n\ntext', { imageSrc })).toBe('<p>text</p>');
    expect(renderMarkdown('![x](images/a.png)')).toBe('');
  });
});
