import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {List, Root, RootContent, Table} from 'mdast';
import {fromMarkdown} from 'mdast-util-from-markdown';
import {gfmFromMarkdown} from 'mdast-util-gfm';
import {gfm} from 'micromark-extension-gfm';
import {describe, expect, it} from 'vitest';
import {declutter, readHtml, toMarkdown, toMdast, toText} from '../src/index.js';
import {MAX_NESTING} from '../src/write/mdast.js';
import {declutterCli as cli} from './helpers/spawn.js';

const fixtures = new URL('./fixtures/markdown/', import.meta.url).pathname;
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const RIVER = read('river.html');
/** A page's Markdown, as `-f markdown` writes it. */
const markdownOf = (page: string) => toMarkdown(declutter(page, {structure: true}));

// Every input under test/fixtures/markdown/ (NAME.html or NAME.txt) has its Markdown in NAME.expected.md.
describe('markdown fixtures', () => {
  for (const name of readdirSync(fixtures).filter((file) => /\.(html|txt)$/.test(file))) {
    it(`writes ${name} as its expected Markdown`, () => {
      const expected = read(name.replace(/\.(html|txt)$/, '.expected.md'));
      expect(markdownOf(read(name))).toBe(expected);
    });
  }
});

function nodes(tree: Root | RootContent, type: string): RootContent[] {
  const found: RootContent[] = tree.type === type ? [tree as RootContent] : [];
  if ('children' in tree) for (const child of tree.children) found.push(...nodes(child as RootContent, type));
  return found;
}

describe('toMdast from HTML', () => {
  const tree = toMdast(declutter(RIVER, {structure: true}));

  it('writes the title as a level-1 heading and the page headings at their levels', () => {
    expect(nodes(tree, 'heading').map((node) => (node as {depth: number}).depth)).toEqual([1, 2, 2]);
  });

  it('nests a list in the item it belongs to, and keeps an ordered list ordered', () => {
    const lists = nodes(tree, 'list') as List[];
    expect(lists.map((list) => [list.ordered, list.children.length])).toEqual([
      [true, 3],
      [false, 2],
    ]);
    expect(nodes(lists[0]!.children[0]!, 'list')).toHaveLength(1);
  });

  it('writes a data table as a table, its rows and cells in place', () => {
    const [table] = nodes(tree, 'table') as Table[];
    expect(table!.children).toHaveLength(4);
    expect(table!.children.every((row) => row.children.length === 3)).toBe(true);
  });

  it('keeps each cell in its column: a cell empty or removed stays, empty, and a spanning cell counts its columns', () => {
    const prose = '<p>We compared many long-distance moving companies on price, deposit and the places they serve, and list them here for you.</p>';
    const rows = ['<tr><th>Company</th><th>Best for</th><th>Quote</th></tr>', '<tr><td>Allied</td><td>Value</td><td>$9,000</td></tr>', '<tr><td>Mayflower</td><td></td><td>$8,000</td></tr>', '<tr><td colspan="2">Atlas and United, both</td><td>$7,500</td></tr>'];
    const markdown = markdownOf(`<html><body><article><h1>Movers</h1>${prose}<table>${rows.join('')}</table>${prose}</article></body></html>`);
    expect(markdown).toContain('| Mayflower | | $8,000 |');
    expect(markdown).toContain('| Atlas and United, both | | $7,500 |');
    // A table of one column is a box, not a grid: its text is written as paragraphs.
    const box = markdownOf(`<html><body><article><h1>Movers</h1>${prose}<table><tr><td>Book your move two months ahead in the summer season.</td></tr></table>${prose}</article></body></html>`);
    expect(box).toContain('\n\nBook your move two months ahead in the summer season.\n');
    expect(box).not.toContain('|');
    // Nor is a table of one row, a layout's strip of columns, each of short paragraphs: a header over no rows.
    const strip = markdownOf(`<html><body><article><h1>Movers</h1>${prose}<table><tr><td><p>Book early.</p><p>Summer is busy.</p></td><td><p>Ask for a quote.</p><p>It is free.</p></td></tr></table>${prose}</article></body></html>`);
    expect(strip).toContain('\n\nBook early.\n\nSummer is busy.\n\nAsk for a quote.\n\nIt is free.\n');
    expect(strip).not.toContain('|');
  });

  it('writes the caption of a table inside another table\'s cell, and counts no cell of an inner table in an outer row', () => {
    const prose = '<p>Readers compared the plans of three insurers on cover, age limits and price, and wrote down what each one offers.</p>';
    const inner = '<table><caption>Plans compared in full</caption><tr><td>Basic</td><td>Medical</td></tr><tr><td>Plus</td><td>Medical and trip</td></tr></table>';
    const page = `<html><body><article><h1>Travel insurance</h1>${prose}<table><tr><td>${inner}</td><td>Side note</td></tr></table>${prose}</article></body></html>`;
    const doc = declutter(page, {structure: true});
    expect(toMarkdown(doc)).toContain('Plans compared in full');
    for (const shape of doc.structure!.shapes) {
      const cells = shape.containers.filter((container) => container.kind === 'cell');
      if (cells.length > 1) expect(cells.at(-1)!.column ?? 0).toBeLessThan(2);
    }
  });

  it('numbers an ordered list from its first kept item, where the items above it were removed', () => {
    const step = 'Preheat the oven to two hundred degrees and grease a large baking tin with butter before you start.';
    const items = [step, 'Mix the flour, the yeast and the salt in a large bowl, then add the warm water slowly.', 'Knead the dough for ten minutes on a floured table until it is smooth and elastic.'];
    const page = `<html><body><article><h1>Bread</h1><p>${step}</p><p>This simple bread takes an hour from start to finish and needs no special equipment at all.</p><ol start="4">${items.map((item) => `<li>${item}</li>`).join('')}</ol></article></body></html>`;
    const doc = declutter(page, {structure: true});
    // The first item repeats the paragraph above it: repeated-text removes it.
    expect(doc.blocks.find((block) => block.text === step && !block.kept)?.reasons).toEqual(['repeated-text']);
    expect(toMarkdown(doc)).toContain(`5. ${items[1]}\n6. ${items[2]}`);
  });

  it('writes the items of a sublist whose item above was removed in its place, not under an empty bullet', () => {
    const entries = ['2021-08-09 Emphasizing the difference between the two kinds of travel cover', '2021-07-01 Updated the prices of every plan for the summer season'];
    const prose = '<p>Readers compared the plans of three insurers on cover, age limits and price, and wrote down what each one offers.</p>';
    const page = `<html><body><article><h1>Travel insurance</h1>${prose}<ul><li>Updates<ul>${entries.map((entry) => `<li>${entry}</li>`).join('')}</ul></li><li>Methodology</li></ul>${prose}</article></body></html>`;
    const doc = declutter(page, {structure: true, threshold: 0});
    for (const block of doc.blocks) if (block.text === 'Updates') block.kept = false;
    const markdown = toMarkdown(doc);
    expect(markdown).toContain(`- ${entries[0]}\n- ${entries[1]}\n- Methodology`);
    expect(markdown).not.toMatch(/^- -/m);
    // With its item's text kept, the sublist stays under it.
    expect(toMarkdown(declutter(page, {structure: true, threshold: 0}))).toContain(`- Updates\n  - ${entries[0]}`);
  });

  it('numbers no paragraph or list straight in an ordered list, outside its items, as an item', () => {
    const steps = ['Mix the flour, the yeast and the salt in a large bowl, then add the warm water slowly.', 'Knead the dough for ten minutes on a floured table until it is smooth and elastic.'];
    const note = 'Keep back a little of the water in case the dough turns out too wet to handle.';
    const prose = '<p>This simple bread takes an hour from start to finish and needs no special equipment at all.</p>';
    const markdown = (list: string) => markdownOf(`<html><body><article><h1>Bread</h1>${prose}${list}${prose}</article></body></html>`);
    // Between items, it goes on in the item before it; the next item keeps its number.
    const between = markdown(`<ol><li>${steps[0]}</li><p>${note}</p><ul><li>Rye flour works as well.</li></ul><li>${steps[1]}</li></ol>`);
    expect(between).toContain(`1. ${steps[0]}\n\n   ${note}\n   - Rye flour works as well.\n2. ${steps[1]}`);
    // Before the first item, it goes before the list.
    const before = markdown(`<ol><p>${note}</p><li>${steps[0]}</li><li>${steps[1]}</li></ol>`);
    expect(before).toContain(`\n\n${note}\n\n1. ${steps[0]}\n2. ${steps[1]}`);
  });

  it('nests a bulleted list straight in another, after an item, in that item, and lifts its items where no item comes first', () => {
    const points = ['The ferry leaves the harbour every hour from six in the morning until ten at night.', 'The last ferry of the night waits for the train from the city when it runs late.'];
    const note = 'Tickets are sold on board, and children under five travel free of charge.';
    const prose = '<p>The island can be reached by ferry all year round, and by the small plane twice a week in summer.</p>';
    const after = '<p>In winter the timetable is shorter, and a storm can keep the ferry in the harbour for a day or two.</p>';
    const markdown = (list: string) => markdownOf(`<html><body><article><h1>Ferries</h1>${prose}${list}${after}</article></body></html>`);
    // As browsers show it: indented under the item before it.
    expect(markdown(`<ul><li>${points[0]}</li><ul><li>${note}</li></ul><li>${points[1]}</li></ul>`)).toContain(`- ${points[0]}\n  - ${note}\n- ${points[1]}`);
    // Before any item, its items are the outer list's: one list, no empty bullet.
    expect(markdown(`<ul><ul><li>${note}</li></ul><li>${points[0]}</li></ul>`)).toContain(`\n\n- ${note}\n- ${points[0]}\n\n`);
  });

  it('writes a caption before its table, a cell of a few short parts as one cell, and a table in a list item apart from the line above', () => {
    const prose = '<p>Readers compared the plans of three insurers on cover, age limits and price, and wrote down what each one offers.</p>';
    const table = '<table><caption>Plans compared</caption><tr><th>Plan</th><th>Cover</th></tr><tr><td>Basic</td><td>Medical<p>up to $50,000</p></td></tr><tr><td>Plus</td><td>Medical and trip</td></tr></table>';
    const page = `<html><body><article><h1>Travel insurance</h1>${prose}<ul><li><p>What we like</p><ul><li>Wide choice of plans for every budget</li></ul>${table}</li></ul>${prose}</article></body></html>`;
    const markdown = markdownOf(page);
    const tables = nodes(fromMarkdown(markdown, {extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()]}), 'table') as Table[];
    expect(tables).toHaveLength(1);
    expect(tables[0]!.children.map((row) => row.children.length)).toEqual([2, 2, 2]);
    expect(markdown).toContain('Plans compared\n\n');
    expect(markdown).toMatch(/\| Basic +\| Medical up to \$50,000 +\|/);
  });

  it('names a code block\'s language where its markup does (language-X, lang-X, brush: X, data-lang), and no other', () => {
    const prose = '<p>The loop below reads every line of the file and counts the words in it, then prints the total at the end.</p>';
    const fence = (pre: string) => markdownOf(`<html><body><article><h1>Counting words</h1>${prose}${pre}${prose}</article></body></html>`).match(/```(.*)\n/)?.[1];
    expect(fence('<pre><code class="hljs language-Python">for line in open(path):\n    total += len(line.split())</code></pre>')).toBe('python');
    expect(fence('<pre class="brush: js notranslate"><code>for (const line of lines) total += line.split(" ").length;</code></pre>')).toBe('js');
    expect(fence('<pre data-lang="rust"><code>for line in text.lines() { total += line.split_whitespace().count(); }</code></pre>')).toBe('rust');
    expect(fence('<pre class="code-sample"><code class="language-`x`">for line in lines: total += 1</code></pre>')).toBe('');
    // A highlighter's wrapper around the <pre> (Sphinx, GitHub), unless the <pre> or its <code> names another.
    expect(fence('<div class="highlight-python3 notranslate"><div class="highlight"><pre>for line in open(path):\n    total += len(line.split())</pre></div></div>')).toBe('python3');
    expect(fence('<div class="highlight highlight-source-js"><pre>for (const line of lines) total += line.split(" ").length;</pre></div>')).toBe('js');
    expect(fence('<div class="highlight-python3"><pre><code class="language-pycon">&gt;&gt;&gt; total = sum(len(line.split()) for line in lines)</code></pre></div>')).toBe('pycon');
    expect(fence('<div class="highlight-default notranslate"><pre>for line in lines: total += 1</pre></div>')).toBe('');
    // Jekyll's and MkDocs' wrapper; not a lang- wrapper, as often the language of the page's text.
    expect(fence('<div class="language-python highlighter-rouge"><div class="highlight"><pre class="highlight"><code>for line in lines: total += 1</code></pre></div></div>')).toBe('python');
    expect(fence('<div class="lang-en"><pre>for line in lines: total += 1</pre></div>')).toBe('');
    expect(fence('<div class="language-en"><pre>for line in lines: total += 1</pre></div>')).toBe('');
  });

  it('keeps the indentation and line breaks of a code block', () => {
    const [code] = nodes(tree, 'code') as {value: string}[];
    expect(code!.value).toContain('\n    with open(path) as counts:\n        return sum(');
  });

  it('writes a heading whose lines a <br> parts as one heading, a space between them', () => {
    const page = '<html><body><article><h1>News Product<br>Management Certification</h1><p>The course teaches editors how to plan and ship the products that newsrooms build, over twelve weeks of evening classes.</p><h2>What you learn</h2><p>How to find what readers need, how to test an idea before building it, and how to lead a team that ships.</p></article></body></html>';
    const markdown = markdownOf(page);
    expect(markdown).toMatch(/^# News Product Management Certification$/m);
    expect(markdown).not.toMatch(/^# Management Certification$/m);
    // Below the title too; but a heading of many such lines is a list set in a heading, each line a heading still.
    const contents = ['Make a budget', 'Create a mood board', 'Choose an object', 'Plan the layout'].join('<br>');
    const more = page.replace('<h2>What you learn</h2>', '<h2>What you<br>learn</h2>').replace('</article>', `<h3>${contents}</h3><p>Each step takes an evening or two, and the course gives a worked example of every one of them.</p></article>`);
    const written = markdownOf(more);
    expect(written).toMatch(/^## What you learn$/m);
    expect(written).toMatch(/^### Make a budget$/m);
    expect(written).toMatch(/^### Plan the layout$/m);
  });

  it('writes a heading wholly in strong as the heading alone, and keeps strong over a part of one', () => {
    const page = '<html><body><article><h1>Keeping systems safe</h1><p>Most breaches start with a password that was used twice, or with an account that nobody closed when its owner left.</p><h2><strong>1. Control who has access</strong></h2><p>Give each person the access their work needs, and take it back on the day that work ends, whatever their role.</p><h2>Step 2: <strong>patch</strong> everything</h2><p>Updates close the holes that attackers know about, so install them the week they come out, on every machine.</p></article></body></html>';
    const markdown = markdownOf(page);
    expect(markdown).toContain('\n## 1. Control who has access\n');
    expect(markdown).toContain('\n## Step 2: **patch** everything\n');
  });

  it('writes a table whose caption comes between its rows as one table, the caption before it', () => {
    const prose = '<p>The trust counted the salmon at the old lock every autumn since the work on the river began, with volunteers.</p>';
    const table = '<table><thead><tr><th>Year</th><th>Salmon</th></tr></thead><caption>Salmon counted at the lock</caption><tbody><tr><td>2014</td><td>3</td></tr><tr><td>2024</td><td>310</td></tr></tbody></table>';
    const markdown = markdownOf(`<html><body><article><h1>Counts</h1>${prose}${table}${prose}</article></body></html>`);
    expect(markdown).toContain('Salmon counted at the lock\n\n| Year | Salmon |\n| - | - |\n| 2014 | 3 |\n| 2024 | 310 |\n');
  });

  it('writes two spans of strong side by side as one', () => {
    const page = '<html><body><article><h1>Run levels</h1><p>The kernel loads init at boot time, and init reads its table to learn what needs to be done next on this system.</p><ul><li><strong>/etc/inittab</strong><strong>:</strong> a colon separated table that makes everything happen at boot.</li><li><em>rc</em><em>.d</em> holds the scripts of each run level, linked from the scripts folder.</li></ul></article></body></html>';
    const markdown = markdownOf(page);
    expect(markdown).toContain('- **/etc/inittab:** a colon separated table');
    expect(markdown).toContain('- *rc.d* holds the scripts');
  });

  it('writes two code spans side by side as two spans, parted by an empty comment', () => {
    const page = '<html><body><article><h1>Search</h1><p>The search box finds every page of the manual by its title and by the words of its first paragraph.</p><p>Press <kbd>Ctrl</kbd><kbd>K</kbd> to open it, then <code>Tab</code> <code>Enter</code> to open the first page it finds.</p></article></body></html>';
    const markdown = markdownOf(page);
    expect(markdown).toContain('Press `Ctrl`<!---->`K` to open it, then `Tab` `Enter` to open');
    const spans = nodes(fromMarkdown(markdown, {extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()]}), 'inlineCode');
    expect(spans.map((span) => (span as {value: string}).value)).toEqual(['Ctrl', 'K', 'Tab', 'Enter']);
  });

  it('writes a footnote reference in its superscript, apart from the word before it, and other superscripts as their text', () => {
    const sentence = (reference: string) =>
      `<p>Most of the developers we spoke to want to keep using Rust${reference} for their services, and not only for the fast parts of them.</p>`;
    const page = (reference: string) => `<html><body><article><h1>Why Rust</h1>${sentence(reference)}<p>The 1<sup>st</sup> reason they gave was the compiler, which catches their mistakes before the code ever runs.</p></article></body></html>`;
    const markdown = markdownOf(page('<sup class="footnote-ref"><a href="https://blog.example/why-rust#fn1">1</a></sup>'));
    expect(markdown).toContain('using Rust<sup>[1](https://blog.example/why-rust#fn1)</sup> for their services');
    expect(markdown).toContain('The 1st reason');
    // The link inside the superscript or around it; with links off, the number alone, still raised.
    expect(markdownOf(page('<a href="https://blog.example/why-rust#fn1"><sup>1</sup></a>'))).toContain('using Rust[<sup>1</sup>](https://blog.example/why-rust#fn1) for');
    const doc = declutter(page('<sup><a href="https://blog.example/why-rust#fn1">1</a></sup>'), {structure: true});
    expect(toMarkdown(doc, {links: false})).toContain('using Rust<sup>1</sup> for');
  });

  describe('escapes an `_`, `*` or `~` where another in its paragraph pairs with it, as written', () => {
    const prose = '<p>The notes below were copied from the wiki of the team, with their odd marks and line breaks kept as they were.</p>';
    const markdown = (line: string) => toMarkdown(declutter(`<html><body><article><h1>Notes</h1>${prose}<p>${line}</p></article></body></html>`, {structure: true, threshold: 0}));
    /** The paragraph's Markdown, and whether it reads back with emphasis or a deletion in it. */
    const written = (line: string) => {
      const paragraph = markdown(line).split('\n\n')[2]!.trimEnd();
      const tree = fromMarkdown(paragraph, {extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()]});
      return {paragraph, marked: ['emphasis', 'strong', 'delete'].some((type) => nodes(tree, type).length > 0)};
    };

    it('beside a line break, which is written as a backslash', () => {
      expect(written('Sizes (_<br>x_ and y.')).toEqual({paragraph: 'Sizes (\\_\\\nx\\_ and y.', marked: false});
      expect(written('Paths (~<br>x~ and y.')).toEqual({paragraph: 'Paths (\\~\\\nx\\~ and y.', marked: false});
      expect(written('Stars (*<br>x* and y.')).toEqual({paragraph: 'Stars (\\*\\\nx\\* and y.', marked: false});
    });

    it('every one of a run at a line\'s start, whose first is escaped as a rule\'s or a bullet\'s', () => {
      expect(written('a _b<br>__ c')).toEqual({paragraph: 'a \\_b\\\n\\_\\_ c', marked: false});
      expect(written('A line _one<br>___ rule')).toEqual({paragraph: 'A line \\_one\\\n\\_\\_\\_ rule', marked: false});
      expect(written('a *b<br>** c')).toEqual({paragraph: 'a \\*b\\\n\\*\\* c', marked: false});
    });

    it('beside a `~`, which GFM counts with the markers of emphasis', () => {
      expect(written('The pattern x*~y* finds both.')).toEqual({paragraph: 'The pattern x\\*~y\\* finds both.', marked: false});
    });

    it('and no other: an `_` inside a word or alone, at a line\'s start too, stays as it is', () => {
      expect(written('snake_case_name and _private')).toEqual({paragraph: 'snake_case_name and _private', marked: false});
      expect(written('_private keys<br>_config files')).toEqual({paragraph: '_private keys\\\n_config files', marked: false});
      // At a line's start, the first of two escaped (a rule), and the other too where an `_` before it would pair with it.
      expect(written('the keys<br>__ and a rule')).toEqual({paragraph: 'the keys\\\n\\__ and a rule', marked: false});
      expect(written('_private keys<br>__ and a rule')).toEqual({paragraph: '\\_private keys\\\n\\_\\_ and a rule', marked: false});
    });
  });

  it('writes a layout table holding paragraphs and headings as those blocks', () => {
    const page = `<html><body><table><tr><td><h1>A harbour reopens after the storm</h1><p>The harbour of the town reopened on Monday after a storm closed it for most of the week, the port authority said.</p><p>Fishing boats were the first to leave, early in the morning, followed by the ferry to the islands.</p></td><td>Menu</td></tr></table></body></html>`;
    const layout = toMdast(declutter(page, {structure: true}));
    expect(nodes(layout, 'table')).toHaveLength(0);
    expect(nodes(layout, 'paragraph').length).toBeGreaterThanOrEqual(2);
  });

  it('reads relative links against <base href>, itself read against the canonical URL', () => {
    const page = `<html><head><link rel="canonical" href="https://example.org/a/b/page"><base href="/docs/"></head><body><p>The answer to the question is in <a href="guide/start.html">the guide</a>, which explains every step of the process.</p></body></html>`;
    const markdown = markdownOf(page);
    expect(markdown).toContain('[the guide](https://example.org/docs/guide/start.html)');
  });

  it('reads relative links against the page\'s own URL where it is known', () => {
    const page = `<html><head><link rel="canonical" href="https://example.org/elsewhere/"></head><body><p>The answer to the question is in <a href="guide/start.html">the guide</a>, which explains every step of the process.</p></body></html>`;
    const markdown = toMarkdown(declutter(page, {structure: true, url: 'https://mirror.example.net/docs/index.html'}));
    expect(markdown).toContain('[the guide](https://mirror.example.net/docs/guide/start.html)');
  });

  it('keeps the text of links alone with links off, and images only when asked', () => {
    const doc = declutter(RIVER, {structure: true});
    const withLinks = toMarkdown(doc);
    const noLinks = toMarkdown(doc, {links: false});
    expect(withLinks).toContain('[Ely](https://fenlandcourier.example/places/ely)');
    expect(noLinks).not.toContain('](');
    expect(noLinks).toContain('The town of Ely spent');
    expect(withLinks).not.toContain('![');
    expect(toMarkdown(doc, {images: true})).toContain('![The river at Ely in spring](https://fenlandcourier.example/images/river-ouse.jpg)');
  });

  it('keeps the text alone of a link to a script or to a document written into its address (data:)', () => {
    const prose = (link: string) =>
      `<!doctype html><html><body><p>The council voted on Tuesday to rebuild the ${link} across the river before the spring floods came.</p></body></html>`;
    // As a browser reads the address: tabs, line breaks and control characters taken out first.
    for (const href of ['javascript:alert(1)', ' JavaScript:void(0)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)', 'java&#9;script:alert(1)', '&#1;javascript:x', 'da&#10;ta:text/html,x']) {
      const markdown = toMarkdown(declutter(prose(`<a href="${href}">old footbridge</a>`), {structure: true}));
      expect(markdown).toContain('rebuild the old footbridge across');
      expect(markdown).not.toContain('](');
    }
    expect(toMarkdown(declutter(prose('<a href="https://city.example/bridge">old footbridge</a>'), {structure: true}))).toContain('[old footbridge](https://city.example/bridge)');
  });

  it('takes an image\'s address from where lazy loading keeps it, never a data: placeholder, and sets an image at a block\'s edge on its own line', () => {
    const prose = 'The council voted on Tuesday to rebuild the old footbridge across the river before the spring floods.';
    const page = (img: string) =>
      `<html><head><link rel="canonical" href="https://news.example/a/"></head><body><article><p>${img}${prose}</p><p>${prose} Then it adjourned.</p></article></body></html>`;
    const markdown = (img: string) => toMarkdown(declutter(page(img), {structure: true}), {images: true});
    const placeholder = 'src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="';
    expect(markdown(`<img ${placeholder} data-lazy-src="/img/bridge.jpg" alt="The bridge">`)).toContain(
      `![The bridge](https://news.example/img/bridge.jpg)\\\n${prose}`,
    );
    expect(markdown(`<img ${placeholder} srcset="/img/bridge-300.jpg 300w, /img/bridge-600.jpg 600w" alt="The bridge">`)).toContain(
      '![The bridge](https://news.example/img/bridge-300.jpg)',
    );
    expect(markdown(`<img ${placeholder} alt="The bridge">`)).not.toContain('![');
    // A placeholder file in `src` gives way to the address the lazy loader keeps.
    expect(markdown('<img src="/img/dummy.png" data-lazyload="/img/bridge.jpg" alt="The bridge">')).toContain('![The bridge](https://news.example/img/bridge.jpg)');
    // LinkedIn's articles keep it in data-delayed-url, with no src at all.
    expect(markdown('<img data-delayed-url="/img/bridge.jpg" alt="The bridge">')).toContain('![The bridge](https://news.example/img/bridge.jpg)');
    // A lazy loader's flag or label is no address: the src stands.
    expect(markdown('<img src="/img/bridge.jpg" data-lazyload="true" data-src="Facebook" alt="The bridge">')).toContain('![The bridge](https://news.example/img/bridge.jpg)');
    // In a heading, which a line break would end, it stays beside the words.
    const heading = toMarkdown(declutter(page('').replace('</p><p>', '</p><h2><img src="/i/logo.png" alt="Logo">What the council said next</h2><p>'), {structure: true}), {images: true});
    expect(heading).toContain('## ![Logo](https://news.example/i/logo.png)What the council said next');
    // Inside the words, an image stays where it stands.
    const inline = toMarkdown(declutter(page('').replace('the old footbridge', 'the old <img src="/i/icon.png" alt="">footbridge'), {structure: true}), {images: true});
    expect(inline).toContain('the old ![](https://news.example/i/icon.png)footbridge');
  });

  it('writes the image of a block above a heading or a code block before it, and the heading with its words alone', () => {
    const prose = 'The council voted on Tuesday to rebuild the old footbridge across the river before the spring floods.';
    const page = `<html><head><link rel="canonical" href="https://news.example/a/"></head><body><article><h1>The bridge</h1><p>${prose}</p><figure><img src="/img/bridge.jpg" alt="The bridge"></figure><h2>What the council said next</h2><p>${prose} Then it adjourned.</p></article></body></html>`;
    const doc = declutter(page, {structure: true});
    expect(toMarkdown(doc, {images: true})).toContain('\n\n![The bridge](https://news.example/img/bridge.jpg)\n\n## What the council said next\n\n');
    expect(toMarkdown(doc)).toContain(`${prose}\n\n## What the council said next\n\n`);
    // Above a code block, which holds text alone, it is kept too, before the block.
    const code = declutter(page.replace('<h2>What the council said next</h2>', '<pre>bridge.open()</pre>'), {structure: true});
    expect(toMarkdown(code, {images: true})).toContain('\n\n![The bridge](https://news.example/img/bridge.jpg)\n\n```\nbridge.open()\n```\n');
    // An image on a line of its own in a <pre> goes before the code block, which stays whole.
    const split = declutter(page.replace('<h2>What the council said next</h2>', '<pre>bridge.open()<br><img src="/img/deck.jpg" alt="The deck"><br>bridge.close()</pre>'), {structure: true});
    expect(toMarkdown(split, {images: true})).toContain(
      '\n\n![The bridge](https://news.example/img/bridge.jpg)![The deck](https://news.example/img/deck.jpg)\n\n```\nbridge.open()\nbridge.close()\n```\n',
    );
    expect(toMarkdown(split)).toContain(`${prose}\n\n\`\`\`\nbridge.open()\nbridge.close()\n\`\`\`\n`);
  });

  it('writes lists nested thousands deep at a bounded depth, every word kept, where the serialiser would overflow', () => {
    const depth = 3000;
    const items = Array.from({length: depth}, (_, i) => `<ul><li>item number ${i} of the nested list`).join('');
    const html = `<!doctype html><html><body><p>The council met on Tuesday to decide the future of the quay, empty for a decade.</p>${items}${'</li></ul>'.repeat(depth)}</body></html>`;
    const doc = declutter(html, {structure: true});
    const markdown = toMarkdown(doc);
    const words = (text: string) => (text.match(/[a-z0-9]+/gi) ?? []).join(' ');
    expect(words(markdown)).toBe(words(toText(doc)));
    const lists = (node: Root | RootContent): number =>
      'children' in node ? (node.type === 'list' ? 1 : 0) + Math.max(0, ...(node.children as RootContent[]).map(lists)) : 0;
    expect(lists(toMdast(doc) as Root)).toBe(MAX_NESTING / 2);
  });

  it('has the blocks of the text format, in order, without structure too', () => {
    const plain = declutter(RIVER);
    expect(plain.structure).toBeUndefined();
    const structured = declutter(RIVER, {structure: true});
    expect(structured.blocks).toEqual(plain.blocks);
    expect(toText(structured)).toBe(toText(plain));
  });
});

describe('toMdast from text', () => {
  const doc = declutter(read('allotment.txt'));

  it('writes headings as level-2 headings and bulleted and numbered lines as lists', () => {
    const tree = toMdast(doc);
    expect(nodes(tree, 'heading').map((node) => (node as {depth: number}).depth)).toEqual([2, 2, 2]);
    const lists = nodes(tree, 'list') as List[];
    expect(lists.map((list) => [list.ordered, list.children.length])).toEqual([
      [false, 3],
      [true, 3],
    ]);
  });

  it('starts a new list where the numbers do not follow on, so that no number changes', () => {
    const text = 'A note on steps\n\nThese are the steps that the council asks every tenant to follow, in the order given below.\n\n1. Cut everything down to the ground with shears, and clear the cuttings away to the heap.\n\n3. Cover what you cannot dig this year with cardboard, and leave it there until the spring.';
    const markdown = toMarkdown(declutter(text, {threshold: 0}));
    expect(markdown).toMatch(/^1\. Cut everything down/m);
    expect(markdown).toMatch(/^3\) Cover what you cannot dig/m);
  });

  it('keeps a URL plain, or guards it where an escape would fall in it, without escaping the words around it', () => {
    const text = 'Send it with curl -X POST https://api.example.com/\\$SID/messages \\ --data from@example.org and wait for the answer.';
    const markdown = toMarkdown(declutter(text, {threshold: 0}));
    expect(markdown).toContain('curl -X POST https\\://api.example.com/\\\\$SID/messages \\ --data from@example.org and wait');
  });

  it('escapes what Markdown would read as syntax, so that the text reads back the same', () => {
    const text = 'Prices and *stars* in the [shop] listing\n\n# not a heading, and a line with `ticks` and <b>tags</b> and 1\\. too\n\n+ plus sign | pipe | and _underscores_ in the text of the item';
    const markdown = toMarkdown(declutter(text, {threshold: 0}));
    expect(markdown).toContain('\\*stars\\*');
    // A bracket mid-line forms no link: no `](` follows it, and the Markdown has no definitions.
    expect(markdown).toContain(' the [shop] listing');
    expect(markdown).toContain('\\# not a heading');
  });

  it('leaves a `~` or an `_` that starts no construct as it is, at a line\'s start too, and escapes one that does', () => {
    const text = (line: string) => toMarkdown(declutter(`A note on paths\n\n${line}`, {threshold: 0}));
    expect(text('~/projects holds the code, about ~5 GB of it, and _private the keys of every server in the office.')).toContain(
      '\n~/projects holds the code, about ~5 GB of it, and _private the keys of every server',
    );
    expect(text('~~~ is a fence of tildes, and __init__ is the constructor of a class in the Python language.')).toContain('\\~~~ is a fence of tildes, and \\_\\_init\\_\\_ is');
    expect(text('_ _ _ is a rule of underscores, and ~one~ is struck through in the text of a GFM renderer.')).toContain('\\_ _ _ is a rule of underscores, and \\~one\\~ is');
  });
});

describe('the reader with structure', () => {
  it('records a shape for every line, with marks as offsets into the line', () => {
    const reading = readHtml('<p>One <em>two</em>   <a href="x">three  four</a></p><h3>Five</h3>', {structure: true});
    expect(reading.lines).toEqual(['One two three four', 'Five']);
    const [first, second] = reading.shapes!;
    expect(first!.marks.map((mark) => [mark.kind, reading.lines[0]!.slice(mark.start, mark.end)])).toEqual([
      ['emphasis', 'two'],
      ['link', 'three four'],
    ]);
    expect([second!.kind, second!.level]).toEqual(['heading', 3]);
  });

  it('refuses a structure option that is not a boolean', () => {
    expect(() => declutter('<p>x</p>', {structure: 'yes' as unknown as boolean})).toThrow('structure must be a boolean');
  });

  it('records nothing of the kind without it', () => {
    expect(readHtml('<p>One <em>two</em></p>').shapes).toBeUndefined();
  });

  it('tells where each line lies in the markup', () => {
    const html = '<div><p>Alpha &amp; beta</p><p> gamma </p></div>';
    const reading = readHtml(html, {structure: true});
    expect(reading.shapes!.map((shape) => html.slice(shape.source.start, shape.source.end))).toEqual(['Alpha &amp; beta', ' gamma ']);
  });
});

describe('declutter -f markdown', () => {
  it('prints the Markdown of each input', async () => {
    const result = await cli(['-f', 'markdown', join(fixtures, 'river.html')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(read('river.expected.md'));
  });

  it('refuses --no-links and --images with another format', async () => {
    const result = await cli(['--no-links', join(fixtures, 'river.html')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--no-links is an option of -f markdown');
  });

  it('writes Markdown into the text field of JSON lines', async () => {
    const record = JSON.stringify({id: 1, text: RIVER});
    const result = await cli(['-f', 'markdown', '--input-format', 'jsonl', '-'], {input: record + '\n'});
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).text).toBe(read('river.expected.md').replace(/\n$/, ''));
  });
});

describe('toMdast of a text document with a title', () => {
  it('writes the title as a level-1 heading before the body, whatever its place among the blocks', () => {
    const doc = declutter(read('allotment.txt'));
    const first = doc.blocks.findIndex((block) => block.kept && block.label === 'heading');
    const blocks = doc.blocks.map((block, i) => (i === first ? {...block, label: 'title' as const} : block));
    const titled = {...doc, blocks, title: blocks[first]!.text, titleBlock: first};
    const tree = toMdast(titled);
    expect(tree.children[0]).toEqual({type: 'heading', depth: 1, children: [{type: 'text', value: blocks[first]!.text}]});
    expect(nodes(tree, 'heading').filter((node) => (node as {depth: number}).depth === 1)).toHaveLength(1);
  });
});
