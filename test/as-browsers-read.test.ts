import {describe, expect, it} from 'vitest';
import {asBrowsersRead} from '../src/read/as-browsers-read.js';
import {readHtml} from '../src/index.js';

describe('markup read as browsers read it', () => {
  it("reads a page's content after a CDATA opening in its body (a bogus comment to the first >)", () => {
    const html = '<html><body><![CDATA[\n<div id="top"></div>\n<p>First post of the thread.</p><p>Second post.</p></body></html>';
    expect(readHtml(html).lines).toEqual(['First post of the thread.', 'Second post.']);
  });

  it('reads the page after a <noscript> whose iframe does not close before </noscript>', () => {
    const html = '<body><noscript><iframe src="https://tags.example/ns.html" height="0" width="0" /></noscript><h1>Deploy in seconds</h1><p>Push your code and we build it.</p><iframe src="/video"></iframe><p>Then it runs.</p></body>';
    expect(readHtml(html).lines).toEqual(['Deploy in seconds', 'Push your code and we build it.', 'Then it runs.']);
  });

  it('keeps the length of the page, so that offsets into it hold', () => {
    const html = '<p>a</p><![CDATA[ x <b>y</b> ]]><p>b</p><noscript><iframe src=x /></noscript><p>c</p>';
    const read = asBrowsersRead(html);
    expect(read).toHaveLength(html.length);
    expect(read).toBe('<p>a</p><!_CDATA[ x <b>y</b> ]]><p>b</p><noscript><_frame src=x /></noscript><p>c</p>');
  });

  it('leaves CDATA in scripts, styles, SVG and MathML, and raw text closed inside <noscript>, as they are', () => {
    const html = [
      '<script>//<![CDATA[\nvar a = "<p>";\n//]]></script>',
      '<style>/*<![CDATA[*/ p { color: red } /*]]>*/</style>',
      '<svg><text><![CDATA[1 < 2]]></text></svg>',
      '<math><mi><![CDATA[x]]></mi></math>',
      '<svg viewBox="0 0 1 1"/>',
      '<noscript><iframe src="x"></iframe><style>.a { display: none }</style></noscript>',
    ].join('');
    expect(asBrowsersRead(html)).toBe(html);
    expect(asBrowsersRead(`${html}<![CDATA[<p>shown</p>`)).toBe(`${html}<!_CDATA[<p>shown</p>`);
  });

  it('returns a page with neither as it is', () => {
    const html = '<p>No sections here.</p><iframe src="/a" />';
    expect(asBrowsersRead(html)).toBe(html);
  });
});
