import {describe, expect, it} from 'vitest';
import {htmlCdataAsBrowsersRead} from '../src/read/html-cdata.js';
import {readHtml} from '../src/index.js';

describe('<![CDATA[ in an HTML page', () => {
  it("reads a page's content after a CDATA opening in its body, as browsers do (a bogus comment to the first >)", () => {
    const html = '<html><body><![CDATA[\n<div id="top"></div>\n<p>First post of the thread.</p><p>Second post.</p></body></html>';
    expect(readHtml(html).lines).toEqual(['First post of the thread.', 'Second post.']);
  });

  it('keeps the length of the page, so that offsets into it hold', () => {
    const html = '<p>a</p><![CDATA[ x <b>y</b> ]]><p>b</p>';
    const read = htmlCdataAsBrowsersRead(html);
    expect(read).toHaveLength(html.length);
    expect(read).toBe('<p>a</p><!_CDATA[ x <b>y</b> ]]><p>b</p>');
  });

  it('leaves CDATA in scripts, styles, SVG and MathML as it is', () => {
    const html = [
      '<script>//<![CDATA[\nvar a = "<p>";\n//]]></script>',
      '<style>/*<![CDATA[*/ p { color: red } /*]]>*/</style>',
      '<svg><text><![CDATA[1 < 2]]></text></svg>',
      '<math><mi><![CDATA[x]]></mi></math>',
      '<svg viewBox="0 0 1 1"/>',
    ].join('');
    expect(htmlCdataAsBrowsersRead(html)).toBe(html);
    expect(htmlCdataAsBrowsersRead(`${html}<![CDATA[<p>shown</p>`)).toBe(`${html}<!_CDATA[<p>shown</p>`);
  });

  it('returns a page without CDATA as it is', () => {
    const html = '<p>No sections here.</p>';
    expect(htmlCdataAsBrowsersRead(html)).toBe(html);
  });
});
