import {describe, expect, it} from 'vitest';
import {declutter, readHtml} from '../src/index.js';
import type {ElementTree} from '../src/read/element-tree.js';
import {MAX_ELEMENT_DEPTH} from '../src/read/bounded-depth-parser.js';

// Pages nested deeper than browsers nest them. The bound works through members htmlparser2 keeps private
// (src/read/bounded-depth-parser.ts): where an upgrade changes them, the reading is unbounded again and the depth
// checks here fail; where it changes what they do, the lines do.

const SHALLOW = 40;
const DEEP = 1500;

/** How deep the tree's elements nest, the outermost at depth 1. */
function depthOf(tree: ElementTree): number {
  const depths = new Int32Array(tree.parents.length);
  let deepest = 0;
  tree.parents.forEach((parent, e) => {
    depths[e] = parent < 0 ? 1 : depths[parent]! + 1;
    deepest = Math.max(deepest, depths[e]!);
  });
  return deepest;
}

const levels = (n: number) => Array.from({length: n}, (_, i) => i);
const page = (body: string) => `<!DOCTYPE html><html><body>${body}</body></html>`;

describe('HTML nested deeper than browsers nest it', () => {
  it('is read no deeper than the bound, every word in the line it is in on the page', () => {
    const nest = (n: number) =>
      page(
        levels(n).map((i) => `<div>open${i} `).join('') +
          '<p>the bottom</p>' +
          levels(n).reverse().map((i) => `</div>close${i} `).join(''),
      );
    const lines = (n: number) => [...levels(n).map((i) => `open${i}`), 'the bottom', ...levels(n).reverse().map((i) => `close${i}`)];
    const shallow = readHtml(nest(SHALLOW));
    expect(shallow.lines).toEqual(lines(SHALLOW));
    expect(depthOf(shallow.tree)).toBe(SHALLOW + 3);
    const deep = readHtml(nest(DEEP));
    expect(deep.lines).toEqual(lines(DEEP));
    expect(depthOf(deep.tree)).toBe(MAX_ELEMENT_DEPTH);
  });

  it('splits no line where it closes a block early or opens it again around inline markup', () => {
    // Each level a block with an inline element in it; the text after each inline element's end runs on in its line.
    const nest = (n: number) =>
      page(
        levels(n).map((i) => `<section>s${i} <span>in${i}`).join('') +
          levels(n).reverse().map((i) => `</span>after${i}</section>x${i} `).join(''),
      );
    const lines = (n: number) => [
      ...levels(n - 1).map((i) => `s${i} in${i}`),
      `s${n - 1} in${n - 1}after${n - 1}`,
      ...levels(n - 1).reverse().map((i) => `x${i + 1} after${i}`),
      'x0',
    ];
    // Each line lies in the element its first text is in: a block closed early is opened again for what follows.
    const elementTags = (n: number) => [...levels(n).map(() => 'section'), ...levels(n - 1).map(() => 'span'), 'body'];
    const tagsOfLines = ({markup, tree}: ReturnType<typeof readHtml>) => markup.map((m) => tree.tags[m.element]);
    const shallow = readHtml(nest(SHALLOW));
    expect(shallow.lines).toEqual(lines(SHALLOW));
    expect(tagsOfLines(shallow)).toEqual(elementTags(SHALLOW));
    const deep = readHtml(nest(DEEP));
    expect(deep.lines).toEqual(lines(DEEP));
    expect(tagsOfLines(deep)).toEqual(elementTags(DEEP));
    expect(depthOf(deep.tree)).toBe(MAX_ELEMENT_DEPTH);
  });

  it("ends a line where a block's end tag closes it after it was closed early, an inline element open in it", () => {
    // Each level a block holding an unclosed <b>: each </div> closes the <b> and the block, and ends the line.
    const nest = (n: number) => page(levels(n).map((i) => `<div>d${i} <b>b${i} `).join('') + levels(n).reverse().map((i) => `</div>e${i} `).join(''));
    const lines = (n: number) => [...levels(n).map((i) => `d${i} b${i}`), ...levels(n).reverse().map((i) => `e${i}`)];
    expect(readHtml(nest(SHALLOW)).lines).toEqual(lines(SHALLOW));
    expect(readHtml(nest(DEEP)).lines).toEqual(lines(DEEP));
  });

  it('ends the lines of the blocks that an inline end tag closes with it', () => {
    // Each level an inline element, a block in it and an inline element in that: each </span> closes its block too.
    const nest = (n: number) => page(levels(n).map((i) => `<span>s${i} <div>d${i} <i>i${i} `).join('') + levels(n).reverse().map((i) => `</span>a${i} `).join(''));
    const lines = (n: number) => ['s0', ...levels(n - 1).map((i) => `d${i} i${i} s${i + 1}`), `d${n - 1} i${n - 1}`, ...levels(n).reverse().map((i) => `a${i}`)];
    expect(readHtml(nest(SHALLOW)).lines).toEqual(lines(SHALLOW));
    expect(readHtml(nest(DEEP)).lines).toEqual(lines(DEEP));
  });

  it('ends the lines of the blocks that an end tag round them all closes', () => {
    // Inline elements down past the bound, then blocks: </b> closes them all, and the last block's line ends.
    const nest = (inline: number) => page(`<b>${'<span>'.repeat(inline)}${levels(20).map((i) => `<div>d${i} <i>s${i} `).join('')}</b>after`);
    const lines = [...levels(20).map((i) => `d${i} s${i}`), 'after'];
    expect(readHtml(nest(SHALLOW)).lines).toEqual(lines);
    expect(readHtml(nest(MAX_ELEMENT_DEPTH + 10)).lines).toEqual(lines);
  });

  it('reads what elements past the bound hide, link, head or say by their class as it reads them shallow', () => {
    const content = [
      '<h2 class="title">A heading <em>in parts</em> to its end</h2>',
      '<p><a href="/story">a link <b>in bold</b> and on</a> and plain words</p>',
      '<svg><g><text>drawn text</text></g>more drawn text</svg>',
      '<noscript><div>shown <b>without</b> scripts</div></noscript>',
      '<div class="comments"><p>A comment <i>said</i> this.</p><p>Another one.</p></div>',
      '<table><tr><td>a cell</td></tr><caption>The <b>caption</b></caption></table>',
      '<p>The last words.</p>',
    ].join('');
    const read = (depth: number) => {
      const {lines, markup, head, withoutScripts} = readHtml(page('<div>'.repeat(depth) + content + '</div>'.repeat(depth)));
      return {lines, markup: markup.map(({element, ...rest}) => rest), head, withoutScripts};
    };
    const deep = read(MAX_ELEMENT_DEPTH + 20);
    expect(deep.lines).toContain('The caption');
    expect(deep).toEqual(read(SHALLOW));
  });

  it('keeps the words of tags a broken template leaves unclosed in one line, in order', () => {
    const nest = (n: number) => page(`${levels(n).map((i) => `<font size="2">word${i} `).join('')}<p>The end of the page.</p>`);
    const lines = (n: number) => [levels(n).map((i) => `word${i}`).join(' '), 'The end of the page.'];
    expect(readHtml(nest(SHALLOW)).lines).toEqual(lines(SHALLOW));
    const deep = readHtml(nest(DEEP));
    expect(deep.lines).toEqual(lines(DEEP));
    expect(depthOf(deep.tree)).toBe(MAX_ELEMENT_DEPTH);
  });

  it('cleans a page nested 600 deep as it cleans it shallow', () => {
    const article = [
      'The council met on Tuesday evening to vote on the new road through the old town centre.',
      'After three hours of debate it voted to close the road to cars for a year, starting in the spring.',
      'Shopkeepers said the closure would cost them customers, while residents welcomed the quieter streets.',
    ];
    const nested = (depth: number) =>
      [
        '<!DOCTYPE html><html lang="en"><head><title>Road closed</title></head><body>',
        '<div class="wrap">'.repeat(depth),
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>',
        '<article><h1>Council closes the old road for a year</h1>',
        ...article.map((p) => `<p>${p.replace('three hours', '<b>three</b> hours')}</p>`),
        '<div class="ad">ADVERTISEMENT</div></article>',
        '<footer><p>&copy; 2026 The Town Paper. All rights reserved.</p></footer>',
        '</div>'.repeat(depth),
        '</body></html>',
      ].join('\n');
    const verdicts = (depth: number) => declutter(nested(depth), {format: 'html'}).blocks.map(({text, kept, label}) => ({text, kept, label}));
    const deep = declutter(nested(600), {format: 'html'});
    expect(deep.body).toBe(article.join('\n\n'));
    expect(verdicts(600)).toEqual(verdicts(0));
    expect(depthOf(readHtml(nested(600)).tree)).toBe(MAX_ELEMENT_DEPTH);
  });
});

describe('HTML whose start tags close elements at the bound', () => {
  // What a start tag closes by itself (a <p> the last <p>, an <a> the last <a>, an <li> or <td> the last one, an <h2>
  // the open <h1>) is closed in the page: where the innermost element is at the bound, it must be closed there too, not
  // shelved and opened again for the text after it, nor may a shelved inline element let the start tag close what it
  // lies in. Each page is read with its start tags at every depth around the bound.
  const pages: Record<string, string> = {
    'a <p> in a <p>': '<div><p>one<p>two<p>three</p> tail words</div>after',
    'an <a> in an <a>': '<p>lead <a href="/1">one<a href="/2">two</a> plain words after the links here</p><p>next</p>',
    'an <li> in an <li>': '<ul><li>a<li>b</li> x<li>c</li> y<li>d</ul>after',
    'headings in headings': '<h1>A title</h1><p>para</p><h2>sub<h3>subsub</h3> tail</h2> more',
    'a <p> in a <b> in a <p>': '<div><p>one <b>two <i>three</i> four<p>five</b> six</p> seven</div>',
    'an <li> in a <span> in an <li>': '<ul><li>a<span>b<i>c</i><li>d</span>e</ul>f',
    'a <td> in a <span> in a <td>': '<table><tr><td>a<span>b<i>c</i><td>d</span>e<tr><td>f</table>g',
    'a <form> in a <form>': '<form><div><form>inner</form>x</div>y</form>z',
  };
  const read = (depth: number, body: string) => {
    const {lines, markup} = readHtml(page('<div>'.repeat(depth) + body + '</div>'.repeat(depth)));
    return {lines, markup: markup.map(({element, ...rest}) => rest)};
  };
  for (const [name, body] of Object.entries(pages)) {
    it(`reads ${name} as it reads it shallow`, () => {
      const shallow = read(SHALLOW, body);
      for (const depth of levels(16).map((i) => MAX_ELEMENT_DEPTH - 14 + i)) expect({depth, ...read(depth, body)}).toEqual({depth, ...shallow});
    });
  }
});

describe('tag soup at the bound', () => {
  it('reads as it reads shallow, whatever its tags open, close or leave open', () => {
    // Start and end tags of elements that close others by themselves, hide their text, take lines or links, in a
    // fixed pseudo-random order, read with the bound reached at each of their depths.
    const tags = ['div', 'p', 'span', 'b', 'a', 'li', 'ul', 'table', 'tr', 'td', 'th', 'tbody', 'h1', 'h2', 'dt', 'dd', 'form', 'select', 'option', 'svg', 'g', 'br', 'hr', 'input', 'noscript', 'math', 'mi', 'caption', 'rt', 'button'];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const read = (depth: number, body: string) => {
      const {lines, markup} = readHtml(page('<div>'.repeat(depth) + body + '</div>'.repeat(depth)));
      return {lines, markup: markup.map(({element, ...rest}) => rest)};
    };
    for (let n = 0; n < 150; n++) {
      const body = levels(10 + next(30))
        .map((i) => {
          const kind = next(10);
          const tag = tags[next(tags.length)]!;
          return kind < 5 ? `<${tag}${tag === 'a' ? ' href="/x"' : ''}>` : kind < 8 ? `</${tag}>` : `w${i} `;
        })
        .join('');
      const shallow = read(SHALLOW, body);
      for (let depth = MAX_ELEMENT_DEPTH - 12; depth <= MAX_ELEMENT_DEPTH; depth++) expect({body, depth, ...read(depth, body)}).toEqual({body, depth, ...shallow});
    }
  });
});
