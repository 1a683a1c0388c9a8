import { describe, expect, it, test } from 'vitest';
import { bodyHtml, languageRuns, tagChineseInHtml } from '../../src/lib/richText';

describe('bodyHtml', () => {
  test('a body starting at h3 is lifted so its first level is h2, keeping relative levels', () => {
    expect(bodyHtml('<p>x</p><h3 class="a">One</h3><p>y</p><h4>Sub</h4><h3>Two</h3>')).toBe(
      '<p>x</p><h2 class="a">One</h2><p>y</p><h3>Sub</h3><h2>Two</h2>',
    );
  });

  test('a body whose headings already start at h2, or that has none, is unchanged', () => {
    expect(bodyHtml('<h2>A</h2><h3>B</h3>')).toBe('<h2>A</h2><h3>B</h3>');
    expect(bodyHtml('<p>no headings, <header>not one</header></p>')).toBe('<p>no headings, <header>not one</header></p>');
    expect(bodyHtml(null)).toBe('');
  });

  test('an h1 in a body is pushed down below the page heading', () => {
    expect(bodyHtml('<h1>A</h1><h2>B</h2>')).toBe('<h2>A</h2><h3>B</h3>');
  });

  test('under an h2 section the body can start at h3', () => {
    expect(bodyHtml('<h2>A</h2>', 3)).toBe('<h3>A</h3>');
  });

  test("list items lose the converter's empty class and style and the `value` the W3C checker refuses", () => {
    const converted =
      '<ul class="list-bullet"><li\n          class=""\n          style=""\n          value="1"\n        >one</li><li\n          class="nestedListItem"\n          style="list-style-type: none;"\n          value="2"\n        ><ul><li class="" style="" value="1">two</li></ul></li></ul>';
    expect(bodyHtml(converted)).toBe(
      '<ul class="list-bullet"><li>one</li><li class="nestedListItem" style="list-style-type: none;"><ul><li>two</li></ul></li></ul>',
    );
  });
});

describe('Chinese inside English pages', () => {
  it('is marked lang="zh-CN" in a body, run by run, with its full-width punctuation', () => {
    const html = '<p>Timken (Hunan) Bearing Co., Ltd. (铁姆肯（湖南）轴承有限公司) and the 骏马奖.</p>';
    expect(bodyHtml(html, 2, 'en')).toBe(
      '<p>Timken (Hunan) Bearing Co., Ltd. (<span lang="zh-CN">铁姆肯（湖南）轴承有限公司</span>) and the <span lang="zh-CN">骏马奖</span>.</p>',
    );
  });

  it('leaves tags, attributes and English-only text alone, and Chinese pages as they are', () => {
    expect(tagChineseInHtml('<a href="/zh/园区" title="x">Parks</a>')).toBe('<a href="/zh/园区" title="x">Parks</a>');
    expect(bodyHtml('<p>湘潭高新区</p>', 2, 'zh')).toBe('<p>湘潭高新区</p>');
    expect(bodyHtml('<p>湘潭高新区</p>')).toBe('<p>湘潭高新区</p>');
  });

  it('splits plain text into English and Chinese runs', () => {
    expect(languageRuns('the “four ones” (四个一) mechanism')).toEqual([
      { text: 'the “four ones” (', chinese: false },
      { text: '四个一', chinese: true },
      { text: ') mechanism', chinese: false },
    ]);
    expect(languageRuns('No Chinese here')).toEqual([{ text: 'No Chinese here', chinese: false }]);
  });
});
