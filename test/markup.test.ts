import {describe, expect, it} from 'vitest';
import {analyze} from '../src/pipeline/analyze.js';
import {FEATURE_NAMES} from '../src/features/vector.js';
import {documentBlocks, MARKUP_CONTEXTS, readHtml, type BlockMarkup, type MarkupContext} from '../src/index.js';

const contextsOf = (markup: BlockMarkup): MarkupContext[] => MARKUP_CONTEXTS.filter((_, i) => (markup.contexts >>> i) & 1);
/** What the class names and ids around each line of `html` say (its `named:` contexts). */
const namedContexts = (html: string): MarkupContext[][] => readHtml(html).markup.map((m) => contextsOf(m).filter((c) => c.startsWith('named:')));

describe('readHtml', () => {
  it('gives every line its place in the markup: tags and roles of all its ancestors', () => {
    const {lines, markup} = readHtml(
      '<body><div role="navigation"><ul><li><a href="/">Home</a></li></ul></div>' +
        '<main><h1>Title</h1><p>Body text.</p><figure><figcaption>A photo</figcaption></figure></main>' +
        '<footer><p>Contact</p></footer></body>',
    );
    expect(lines).toEqual(['Home', 'Title', 'Body text.', 'A photo', 'Contact']);
    expect(markup.map(contextsOf)).toEqual([['nav', 'listItem'], ['heading', 'article'], ['article', 'paragraph'], ['figure', 'article'], ['footer', 'paragraph']]);
  });

  it('knows text a browser does not show: the hidden attribute, aria-hidden, display:none, a screen-reader class', () => {
    const {markup} = readHtml(
      '<div hidden>a</div><div aria-hidden="true">b</div><div style="color: red; display: none">c</div><span class="sr-only">d</span><div aria-hidden="false">e</div>',
    );
    expect(markup.map((m) => contextsOf(m).includes('hidden'))).toEqual([true, true, true, true, false]);
  });

  it('tells what the innermost named element around a block names: a bio box inside the content, a story in a sidebar layout', () => {
    const {markup} = readHtml(
      '<div class="post-content"><p>Story.</p><div class="author-bio"><p>Bio.</p></div></div>' +
        '<div class="sidebar-layout"><div class="entry-body"><p>Text.</p></div></div><div class="post-sidebar"><p>Side.</p></div>',
    );
    const innermost = markup.map((m) => contextsOf(m).filter((c) => c.startsWith('innermost:')));
    expect(innermost).toEqual([['innermost:content'], ['innermost:junk'], ['innermost:content'], ['innermost:junk']]);
    expect(contextsOf(markup[1]!)).toContain('named:author');
  });

  it('reads what class names and ids say, in any case, and only as whole words where a word is short', () => {
    const named = namedContexts(
      '<div class="Related-Stories"><p>Teaser</p></div><div id="comments"><p>Nice</p></div>' +
        '<div class="ad-slot"><p>Buy</p></div><div class="header-shadow"><p>Ship</p></div><div class="post-content"><p>Text</p></div>',
    );
    expect(named).toEqual([['named:related'], ['named:comments'], ['named:ad'], [], ['named:content']]);
  });

  it('reads a shop\'s customer reviews as what readers write, and a review article\'s own body as no such thing', () => {
    const named = namedContexts(
      '<div class="product-reviews"><p>Great mug</p></div><div class="yotpo"><p>Love it</p></div>' +
        '<div class="jdgm judgeme"><p>Five stars</p></div><div class="review-body"><p>The film opens</p></div>',
    );
    expect(named).toEqual([['named:comments'], ['named:comments'], ['named:comments'], ['named:content']]);
  });

  it('measures the share of a line that is link text, and closes what the page leaves open', () => {
    const {lines, markup} = readHtml('<p><a href="/a">Read</a> this</p><p><a href="/b">all of it a link</a></p><nav><p>menu<p>again</nav><p>after');
    expect(lines).toEqual(['Read this', 'all of it a link', 'menu', 'again', 'after']);
    expect(markup.map((m) => m.linkShare)).toEqual([4 / 8, 1, 0, 0, 0]);
    expect(markup.map(contextsOf)).toEqual([['paragraph'], ['paragraph'], ['nav', 'paragraph'], ['nav', 'paragraph'], ['paragraph']]);
  });

  it('gives the level of the heading a line lies in', () => {
    const {lines, markup} = readHtml('<h1>Title <span>here</span></h1><p>Text</p><h3><a href="/">Sub</a></h3><div><h2>A</h2>b</div>');
    expect(lines).toEqual(['Title here', 'Text', 'Sub', 'A', 'b']);
    expect(markup.map((m) => m.heading)).toEqual([1, 0, 3, 2, 0]);
  });

  it('has one markup entry a block, as documentBlocks hands them to the scorer', () => {
    const html = '<!doctype html><html><body><p>One</p>\n\n<p>  </p><div>Two<br>Three</div><script>x</script></body></html>';
    const {blocks, markup} = documentBlocks(html);
    expect(blocks.map((b) => b.text)).toEqual(['One', 'Two', 'Three']);
    expect(markup).toHaveLength(blocks.length);
    expect(documentBlocks('Plain text.\n\nMore.').markup).toBeUndefined();
  });
});

describe('markup features', () => {
  const column = (name: string) => FEATURE_NAMES.indexOf(`markup:${name}`);

  it('describe an HTML block by its place in the markup and its neighbours\' link text', () => {
    const {rows} = analyze('<html><body><nav><a href="/">Home</a></nav><article><p>The council met on Tuesday.</p></article></body></html>');
    expect(rows.map((row) => row[column('html')])).toEqual([1, 1]);
    expect(rows.map((row) => row[column('in:nav')])).toEqual([1, 0]);
    expect(rows.map((row) => row[column('in:article')])).toEqual([0, 1]);
    expect(rows.map((row) => row[column('allLinks')])).toEqual([1, 0]);
    expect(rows.map((row) => row[column('prevLinkShare')])).toEqual([0, 1]);
  });

  it('are all zero for text, which has no markup', () => {
    const {rows} = analyze('Home\n\nThe council met on Tuesday.');
    const columns = FEATURE_NAMES.flatMap((name, i) => (name.startsWith('markup:') ? [i] : []));
    expect(columns.length).toBe(5 + MARKUP_CONTEXTS.length);
    for (const row of rows) expect(columns.map((c) => row[c])).toEqual(columns.map(() => 0));
  });
});
