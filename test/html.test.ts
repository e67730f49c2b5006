import {describe, expect, it} from 'vitest';
import {declutter, documentBlocks, htmlToLines, InputError, looksLikeHtml, readHtml} from '../src/index.js';

const ARTICLE = [
  'The council met on Tuesday evening to vote on the new road through the old town centre.',
  'After three hours of debate it voted to close the road to cars for a year, starting in the spring.',
  'Shopkeepers said the closure would cost them customers, while residents welcomed the quieter streets.',
];

/** A page as a site serves it: head, scripts, a menu, the article, a footer. */
function page(): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><title>Road closed</title><meta charset="utf-8">',
    '<style>p { color: red }</style><script>var tracking = "Read more about our partners";</script></head>',
    '<body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>',
    '<article><h1>Council closes the old road for a year</h1>',
    ...ARTICLE.map((p) => `<p>${p.replace('three hours', '<b>three</b> hours')}</p>`),
    '<div class="ad">ADVERTISEMENT</div><noscript>Enable JavaScript to see this page.</noscript></article>',
    '<footer><p>&copy; 2026 The Town Paper. All rights reserved.</p></footer></body></html>',
  ].join('\n');
}

describe('looksLikeHtml', () => {
  it('knows an HTML document by how it starts: a doctype or a page tag, or a common tag with the page markers after it', () => {
    for (const start of ['<!DOCTYPE html><p>x', '<!doctype html>', '<html><body>x', '\uFEFF  <html>', '<!-- saved page -->\n<html lang="de">', '<head><title>x</title>', '<div class="a">x</div><body>', '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">', '<style>p {}</style>', '<br />\n<b>Deprecated</b>: a PHP warning above the page\n<!DOCTYPE html><html>', `<!-- ${'a long licence '.repeat(400)} -->\n<html>`]) {
      expect(looksLikeHtml(start), start).toBe(true);
    }
  });

  it('leaves text alone, even text that mentions a tag or starts with one, unless a page marker follows', () => {
    for (const text of ['Plain text.\n\nMore text.', 'Use the <p> element for paragraphs.', '# Markdown <html> heading', '<3 this article', '<https://example.com>', '<name@example.com> wrote:', '<<< back', '<p align="center"><img src="logo.png"></p>\n\n# A README\n\nIts text.', '<b>Note:</b> the text goes on.', '<div>a fragment of markup alone</div>', '']) {
      expect(looksLikeHtml(text), text).toBe(false);
    }
  });
});

describe('looksLikeHtml on pages that do not start as pages do', () => {
  const body = Array.from({length: 6}, (_, i) => `<tr><td class="c"><a href="/s/${i}">Section ${i}</a></td><td>&nbsp;</td></tr>`).join('\n');
  it('knows a doctype of any spelling, and markup that is mostly tags wherever it starts', () => {
    for (const start of [
      '<!DOCTYPE doctype PUBLIC "-//w3c//dtd html 4.0 transitional//en">\n<p>x',
      '<!doctype>\n<p>x',
      `<!-- saved from a crawl -->\n<div id="top"><table>${body}</table></div>`,
      `<table width="100%">${body}</table><p>The article begins here.</p>`,
      `<font=comic sans><html>\n<center><table>${body}</table></center>`,
      `Warning: session_start() failed\n<div class="page"><table>${body}</table></div>`,
    ]) {
      expect(looksLikeHtml(start), start).toBe(true);
    }
  });

  it('leaves text that mentions tags, or shows markup after its prose, as text', () => {
    const tutorial = ['Tables in HTML', 'A table starts with <table>, each row is a <tr> and each cell a <td>. Close each with </td>, </tr> and </table>.', 'Use <th> for a header cell, and <br> for a line break inside a cell; <b> makes text bold.'].join('\n\n');
    const codeAfterProse = `Run the code\n\nCopy the example into a file and start the server with:\n\n$ <span style="color:#4E9A06">serve</span> ${'<font color="#D3D7CF"> app </font>'.repeat(20)}`;
    for (const text of [tutorial, codeAfterProse, `${'A sentence of prose that runs on. '.repeat(20)}<div><p>x</p></div><br><br><br><br><br><br>`]) {
      expect(looksLikeHtml(text), text).toBe(false);
    }
  });
});

describe('looksLikeHtml on many comments', () => {
  // A comment pattern that could end at a later "-->" tried every grouping of the comments: this never returned.
  it('decides a text of thousands of comments and no tag at once (false), and finds the page after a few', () => {
    expect(looksLikeHtml('<!-- a -->'.repeat(3000))).toBe(false);
    expect(looksLikeHtml(`${'<!-- a --> '.repeat(100)}<html><body>x`)).toBe(true);
  });
});

describe('htmlToLines', () => {
  it('writes each block-level element on a line of its own, inline markup joined into its line', () => {
    expect(htmlToLines('<div><h2>Title</h2><p>One <b>bold</b> <a href="#">link</a>.</p><ul><li>a</li><li>b</li></ul></div>')).toBe(
      'Title\nOne bold link.\na\nb',
    );
    expect(htmlToLines('before<center>centred</center>after')).toBe('before\ncentred\nafter');
  });

  it('keeps only what a reader sees: no head, scripts, styles, noscript, templates, svg or option lists', () => {
    const lines = htmlToLines(page()).split('\n');
    expect(lines).toEqual([
      'Home',
      'News',
      'Council closes the old road for a year',
      ...ARTICLE,
      'ADVERTISEMENT',
      '© 2026 The Town Paper. All rights reserved.',
    ]);
    expect(htmlToLines('<div>a<svg><text>chart</text></svg><select><option>France</option></select><template><p>t</p></template>b</div>')).toBe('ab');
  });

  it('reads a page whose head is never closed, as browsers do, and a stray <head> in the body', () => {
    expect(htmlToLines('<!doctype html><html><head><title>T</title><meta charset=utf-8><p>First</p><p>Second</p></html>')).toBe('First\nSecond');
    expect(htmlToLines('<body><p>A</p><head><p>B</p><p>C</p></body>')).toBe('A\nB\nC');
  });

  it('decodes entities, collapses white space, breaks lines at <br> and splits table cells', () => {
    expect(htmlToLines('<p>Fish &amp;&nbsp;chips\n   today</p><p>first<br>second</p><table><tr><td>1</td><td>2</td></tr></table>')).toBe(
      'Fish & chips today\nfirst\nsecond\n1\n2',
    );
  });

  it('leaves out a code block\'s line numbers (Chroma, Pygments, Rouge gutters), not the words of an element so named', () => {
    const chroma = '<table class="lntable"><tr><td class="lntd"><pre><code><span class="lnt">1\n</span><span class="lnt">2\n</span></code></pre></td><td class="lntd"><pre><code>a = 1\nb = 2</code></pre></td></tr></table>';
    expect(htmlToLines(`<p>Before</p>${chroma}<p>After</p>`)).toBe('Before\na = 1 b = 2\nAfter');
    expect(htmlToLines('<pre><span class="ln">1</span>x = 1\n<span class="linenos">2</span>y = 2</pre>')).toBe('x = 1 y = 2');
    expect(htmlToLines('<table><tr><td class="rouge-gutter gutter"><pre class="lineno">1\n2\n</pre></td><td><pre>x\ny</pre></td></tr></table>')).toBe('x y');
    expect(htmlToLines('<table><tr><td class="gutter"><pre><span class="line">1</span><br><span class="line">2</span></pre></td><td><pre>x<br>y</pre></td></tr></table>')).toBe('x\ny');
    expect(htmlToLines('<div class="gutter"><p>Opening hours</p><p>2026</p></div><p><span class="ln">Smith</span></p>')).toBe('Opening hours\n2026\nSmith');
    // A data table's column that its site calls `ln` keeps its numbers.
    expect(htmlToLines('<table><tr><th>Lane</th><th>Runner</th></tr><tr><td class="ln">4</td><td>Smith</td></tr></table>')).toBe('Lane\nRunner\n4\nSmith');
  });

  it('leaves out a heading\'s permalink (a link of its sign alone, or of a permalink\'s class), not a sign that says something', () => {
    expect(htmlToLines('<h2>Debug Mode<a class="headerlink" href="#debug-mode">&#182;</a></h2><p>x</p>')).toBe('Debug Mode\nx');
    expect(htmlToLines('<h3><a href="#a"><span>#</span></a> Routing</h3><dt>close()<a class="headerlink" href="#c">Â¶</a></dt>')).toBe('Routing\nclose()');
    expect(htmlToLines('<h2>Issue <a href="/issues/5">#5</a></h2><p>Read <a href="#s">¶</a> 4 and <a class="anchor" href="#t">the terms</a></p>')).toBe('Issue #5\nRead ¶ 4 and the terms');
  });

  it('reads a table\'s caption above its rows, where browsers show it, wherever the markup puts it', () => {
    const rows = '<tr><td>2014</td><td>3</td></tr><tr><td>2024</td><td>310</td></tr>';
    expect(htmlToLines(`<p>Counts</p><table><thead><tr><th>Year</th><th>Salmon</th></tr></thead><caption>Salmon a year</caption><tbody>${rows}</tbody></table><p>After</p>`)).toBe(
      'Counts\nSalmon a year\nYear\nSalmon\n2014\n3\n2024\n310\nAfter',
    );
    expect(htmlToLines(`<table>${rows}<caption>Salmon <b>a</b> year</caption></table>`)).toBe('Salmon a year\n2014\n3\n2024\n310');
    expect(htmlToLines(`<table><caption>First</caption>${rows}</table><caption>Stray</caption>`)).toBe('First\n2014\n3\n2024\n310\nStray');
  });

  it('reads broken markup without throwing: unclosed tags, stray closers, a script never closed', () => {
    expect(htmlToLines('<div><p>open paragraph<p>next one</div></span><p>last')).toBe('open paragraph\nnext one\nlast');
    expect(htmlToLines('<p>before</p><script>never closed <p>hidden')).toBe('before');
  });
});

/** An application's page as served: a header and an empty mount point, its posts for readers without scripts. */
function scriptlessThread(notice = 'Please enable JavaScript to take part in the discussion.'): string {
  const posts = ARTICLE.map((text, i) => `<div class="post" itemprop="text"><span class="author">user${i}</span><p>${text}</p></div>`);
  return [
    '<!DOCTYPE html><html><head><title>Road closed - Town Forum</title>',
    '<noscript><style>.app { display: none }</style></noscript></head>',
    '<body><header><a href="/">Town Forum</a></header><div id="app"></div>',
    `<noscript data-path="/t/road-closed/1"><h1>Road closed for a year</h1>${posts.join('').repeat(4)}</noscript>`,
    `<noscript>${notice}</noscript></body></html>`,
  ].join('\n');
}

describe('readHtml on pages that give readers without scripts their content', () => {
  it('reads <noscript> where it holds more text than the rest of the page: an application that writes its content with scripts', () => {
    const {lines, withoutScripts} = readHtml(scriptlessThread());
    expect(withoutScripts).toBe(true);
    expect(lines.slice(0, 4)).toEqual(['Town Forum', 'Road closed for a year', 'user0', ARTICLE[0]]);
    expect(lines).toContain('Please enable JavaScript to take part in the discussion.');
    expect(lines.filter((line) => line === ARTICLE[2])).toHaveLength(4);
  });

  it('leaves <noscript> unread beside a page that shows its content, and where it holds only a notice', () => {
    expect(readHtml(page())).toMatchObject({withoutScripts: false});
    expect(readHtml(page()).lines).not.toContain('Enable JavaScript to see this page.');
    const shell = '<html><body><div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript></body></html>';
    expect(readHtml(shell).lines).toEqual([]);
  });

  it('leaves <noscript> unread where the rest of the page holds more text, and counts no style or script in it', () => {
    const fallback = `<noscript>${'<p>The full story, for readers without scripts, in its own words here.</p>'.repeat(20)}</noscript>`;
    const shown = `<main>${'<p>The story as the page shows it to every reader, in paragraphs of prose.</p>'.repeat(20)}</main>`;
    expect(readHtml(`<body>${shown}${fallback}</body>`).withoutScripts).toBe(false);
    const styled = `<body><header>Town Forum</header><noscript><style>${'.post { display: block; margin: 0 auto; }\n'.repeat(60)}</style><p>Please enable JavaScript.</p></noscript></body>`;
    expect(readHtml(styled)).toMatchObject({withoutScripts: false, lines: ['Town Forum']});
  });

  it('reads <noscript> always or never when asked', () => {
    expect(readHtml(page(), {withoutScripts: true}).lines).toContain('Enable JavaScript to see this page.');
    expect(readHtml(scriptlessThread(), {withoutScripts: false}).lines).toEqual(['Town Forum']);
  });
});

describe('declutter on HTML', () => {
  it('reads an HTML document as HTML: layout html, one block an element, the article kept and the rest dropped', () => {
    const doc = declutter(page());
    expect(doc.layout).toBe('html');
    expect(doc.blocks.map((block) => block.text)).toEqual(htmlToLines(page()).split('\n'));
    expect(doc.body.split('\n\n')).toEqual(ARTICLE);
    expect(doc.title).toBe('Council closes the old road for a year');
  });

  it('reads it as text with format text, and a fragment as HTML with format html', () => {
    expect(declutter(page(), {format: 'text'}).layout).not.toBe('html');
    const fragment = `Some words first <p>${ARTICLE[0]}</p>`;
    expect(looksLikeHtml(fragment)).toBe(false);
    expect(declutter(fragment, {format: 'html'}).blocks.map((block) => block.text)).toEqual(['Some words first', ARTICLE[0]]);
    expect(() => declutter(page(), {format: 'xml' as 'html'})).toThrow(RangeError);
  });

  it("cleans an application's page from what it gives readers without scripts: the posts kept", () => {
    const doc = declutter(scriptlessThread());
    for (const text of ARTICLE) expect(doc.body).toContain(text);
  });

  it('counts the blocks of the page, not of its markup, against maxBlocks', () => {
    expect(() => declutter(page(), {maxBlocks: 7})).toThrow(InputError);
    expect(declutter(page(), {maxBlocks: 8}).blocks).toHaveLength(8);
  });

  it('gives template learning and the evaluation the same blocks as the cleaner (documentBlocks)', () => {
    expect(documentBlocks(page()).blocks.map((block) => block.text)).toEqual(declutter(page()).blocks.map((block) => block.text));
    expect(documentBlocks(page(), 'text').layout).not.toBe('html');
  });
});
