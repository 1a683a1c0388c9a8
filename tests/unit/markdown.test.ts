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
});
