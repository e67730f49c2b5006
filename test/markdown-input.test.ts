import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {declutter, toMarkdown, toText} from '../src/index.js';
import {declutterCli as cli} from './helpers/spawn.js';

// A page as scrapers that write Markdown give it: front matter, a menu of links, the article, a teaser list, a footer.
const PAGE = `---
title: How the river came back
source: https://fenlandcourier.example/river
---

[Home](https://fenlandcourier.example/) | [News](https://fenlandcourier.example/news) | [Sport](https://fenlandcourier.example/sport) | [Subscribe](https://fenlandcourier.example/subscribe)

# How the river came back

Ten years after the *last* factory upstream closed, salmon are back in the **Great Ouse**, and the otters have followed them downstream to the [town of Ely](https://fenlandcourier.example/places/ely).

Volunteers have counted fish at the weir every autumn since the cleanup began, and this year they counted more than at any time since records started in 1952.

| Year | Salmon counted |
|------|----------------|
| 2015 | 12 |
| 2025 | 340 |

The counts are kept in a script the volunteers share:

\`\`\`python
for year, count in counts:
    print(year, count)
\`\`\`

## Related stories

- [Eel numbers rise in the fens](https://fenlandcourier.example/eels)
- [New footbridge opens at Littleport](https://fenlandcourier.example/footbridge)
- [Council backs flood plan](https://fenlandcourier.example/flood)

© 2025 Fenland Courier. All rights reserved. [Privacy policy](https://fenlandcourier.example/privacy)
`;

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, {recursive: true, force: true});
});

describe('Markdown input', () => {
  const doc = declutter(PAGE, {format: 'markdown', structure: true});

  it('is read as the page it renders to: its text without the syntax, the article kept and the menu dropped', () => {
    const kept = doc.blocks.filter((block) => block.kept).map((block) => block.text);
    expect(kept).toContain(
      'Ten years after the last factory upstream closed, salmon are back in the Great Ouse, and the otters have followed them downstream to the town of Ely.',
    );
    expect(doc.layout).toBe('html');
    expect(toText(doc)).not.toMatch(/[*#|[\]]|\]\(/);
    expect(toText(doc)).not.toContain('Subscribe');
    expect(toText(doc)).not.toContain('Privacy policy');
  });

  it('reads front matter as no text, its title as the page\'s stated one, and a leading rule over paragraphs as text', () => {
    expect(doc.blocks.map((block) => block.text).join('\n')).not.toContain('fenlandcourier.example/river');
    // A stated title that no block says is the metadata's title, as a <title> is; a heading that says one is the page's.
    const prose = 'Ten years after the last factory upstream closed, salmon are back in the Great Ouse, and the otters followed them.';
    expect(declutter(`---\ntitle: A title no block says\n---\n\n${prose}\n`, {format: 'markdown'}).metadata.title).toBe('A title no block says');
    expect(declutter(`---\ntitle: A title no block says\n---\n\n${prose}\n`, {format: 'text'}).metadata.title).toBeNull();
    // A rule, then paragraphs that are no mapping of fields, then a rule: a thematic break, its paragraphs kept.
    const ruled = declutter(`---\n${prose}\n\nVolunteers have counted fish at the weir every autumn since the cleanup began.\n---\n\nA last note.\n`, {format: 'markdown'});
    expect(ruled.blocks.map((block) => block.text)).toEqual([prose, 'Volunteers have counted fish at the weir every autumn since the cleanup began.', 'A last note.']);
  });

  it('refuses Markdown too deep or too large to read as Markdown when said to be it, and reads it as text when only sniffed', () => {
    const deep = `${'>'.repeat(3000)} hi\n\nA paragraph after the quote.\n`;
    expect(() => declutter(deep, {format: 'markdown'})).toThrow(expect.objectContaining({name: 'InputError', message: expect.stringContaining('nested too deeply')}));
    // Nesting deep but readable loses nothing of what lies deepest.
    expect(declutter(`${'> '.repeat(150)}deepest words\n\nA paragraph after the quote.\n`, {format: 'markdown', threshold: 0}).blocks.map((block) => block.text)).toContain('deepest words');
    const links = Array.from({length: 12}, (_, i) => `- [Section ${i}](https://fenlandcourier.example/s${i} "Section ${i}")`).join('\n');
    expect(declutter(`${links}\n\nA paragraph after the links.\n`).layout).toBe('html');
    expect(declutter(`${links}\n\n${deep}`).blocks.map((block) => block.text)).toContain('A paragraph after the quote.');
    const large = `${links}\n\n${'A paragraph of the long document, one of many.\n\n'.repeat(90_000)}`;
    expect(large.length).toBeGreaterThan(4 * 1024 * 1024);
    expect(() => declutter(large, {format: 'markdown'})).toThrow(expect.objectContaining({name: 'InputError', code: 'too-large'}));
    expect(declutter(large).blocks[0]!.text).toContain('](https://');
  });

  it('writes Markdown back with its headings, emphasis, links, table and code block, not escaped as text', () => {
    // Every block kept, so that each kind is there to be written.
    const markdown = toMarkdown(declutter(PAGE, {format: 'markdown', structure: true, threshold: 0}));
    expect(markdown).toMatch(/^# How the river came back$/m);
    expect(markdown).toContain('the *last* factory');
    expect(markdown).toContain('the **Great Ouse**');
    expect(markdown).toContain('[town of Ely](https://fenlandcourier.example/places/ely)');
    expect(markdown).toMatch(/^\| Year +\| Salmon counted +\|$/m);
    expect(markdown).toContain('```python\nfor year, count in counts:\n    print(year, count)\n```');
    expect(markdown).not.toContain('\\*');
    expect(markdown).not.toContain('# #');
  });

  it('is known by its links when the format is auto: ten lines or more with a Markdown link, as a scraped page\'s menus give', () => {
    const menu = Array.from({length: 10}, (_, i) => `- [Section ${i + 1}](https://fenlandcourier.example/section-${i + 1})`).join('\n');
    const scraped = PAGE.replace('## Related stories', `## Sections\n\n${menu}\n\n## Related stories`);
    expect(declutter(scraped).blocks).toEqual(declutter(scraped, {format: 'markdown'}).blocks);
    expect(toText(declutter(scraped))).not.toContain('](');
    // Fewer such lines are text that quotes a link or two: read as text, every character kept.
    expect(declutter(PAGE).layout).not.toBe('html');
    expect(declutter(PAGE).blocks.some((block) => block.text.includes('](https://'))).toBe(true);
  });

  it('keeps prose that names a tag whose content is raw text: the tag is shown, the rest of the page not hidden', () => {
    const words = (doc: ReturnType<typeof declutter>) => doc.blocks.map((block) => block.text).join('\n');
    for (const tag of ['<script>', '<style>', '<title>', '<textarea>', '<plaintext>', '<noscript>']) {
      const notes = `# Notes\n\nUse the ${tag} tag to include it.\n\nAnother paragraph, which follows the tag.\n\nThe last paragraph of the notes.\n`;
      const read = words(declutter(notes, {format: 'markdown', threshold: 0}));
      expect(read, tag).toContain(`Use the ${tag} tag to include it.`);
      expect(read, tag).toContain('The last paragraph of the notes.');
    }
    // A tag opened at a line's start takes the rest of the document as HTML in Markdown: what follows is read again as
    // Markdown, its headings still headings.
    const opening = '# Notes\n\n<style> is the tag for rules.\n\n## More notes\n\nA paragraph with **bold** words in it, and more.\n';
    const reread = declutter(opening, {format: 'markdown', threshold: 0, structure: true});
    expect(reread.blocks.map((block) => block.text)).toContain('<style> is the tag for rules.');
    expect(toMarkdown(reread)).toMatch(/^## More notes$/m);
    // Thousands of them: each read again would read the rest of the document again; past a few, the rest is text.
    const many = `# Notes\n\n${Array.from({length: 3000}, (_, i) => `<style> is tag ${i}.`).join('\n\n')}\n`;
    const all = words(declutter(many, {format: 'markdown', threshold: 0}));
    expect(all).toContain('<style> is tag 0.');
    expect(all).toContain('<style> is tag 2999.');
    // HTML that closes what it opens, later in its paragraph, past a blank line, or behind a comment, is HTML still.
    for (const hidden of [
      'Watch: <iframe src="https://video.example/v">a player</iframe> and read on, all of it.',
      '<!-- no <script> here -->',
      '<script>var t = "<style>";</script>',
      '<div>\n<script>\nvar a = 1;\n\nvar b = 2;\n</script>\n</div>',
    ]) {
      const texts = words(declutter(`# Notes\n\n${hidden}\n\nA paragraph after it, long enough to be read.\n`, {format: 'markdown', threshold: 0}));
      expect(texts, hidden).toContain('A paragraph after it, long enough to be read.');
      expect(texts, hidden).not.toMatch(/<|var |a player/);
    }
    // A block of HTML that closes what it opens is HTML still: a script's code is no text of the page.
    const closed = '# Notes\n\n<script>\nvar hidden = 1;\n</script>\n\nA paragraph after the script, and <b>bold</b> words in it.\n';
    const read = words(declutter(closed, {format: 'markdown', threshold: 0}));
    expect(read).not.toContain('hidden');
    expect(read).toContain('A paragraph after the script, and bold words in it.');
  });

  it('is known when the format is auto by an opening heading over a blank line, after front matter or not', () => {
    const body = 'Rust is a **systems** language that focuses on safety, speed and concurrency, and this article explains why people like it.';
    for (const opening of [`# Notes on Rust\n\n${body}`, `\uFEFF\n   ## Notes on Rust\r\n\r\n${body}`, `---\ntitle: Notes\n---\n# Notes on Rust\n\n${body}`]) {
      expect(declutter(opening).layout).toBe('html');
      expect(toText(declutter(opening))).not.toContain('**');
    }
    // A hashtag, a number, an editor's mode line, a comment over the next line, a heading further down, one indented as
    // code: text, every character kept.
    const texts = [
      `#rust\n\n${body}`,
      `# 1\n\n${body}`,
      `# -*- coding: utf-8 -*-\n\n${body}`,
      `# set the path\nexport PATH=/opt/bin\n\n${body}`,
      `Notes on Rust\n\n# Part one\n\n${body}`,
      `    # Notes on Rust\n\n${body}`,
    ];
    for (const text of texts) {
      expect(declutter(text).layout).not.toBe('html');
      expect(toText(declutter(text))).toContain('**systems**');
    }
  });

  it('is known by a file\'s name (.md, .markdown) and by --input-format markdown on stdin', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'declutter-markdown-'));
    folders.push(folder);
    writeFileSync(join(folder, 'river.md'), PAGE);
    writeFileSync(join(folder, 'river.markdown'), PAGE);
    const expected = toMarkdown(declutter(PAGE, {format: 'markdown', structure: true}));
    for (const name of ['river.md', 'river.markdown']) {
      const run = await cli(['-f', 'markdown', join(folder, name)]);
      expect(run).toMatchObject({status: 0, stderr: '', stdout: expected});
    }
    // A whole page saved under a Markdown name is read as the HTML it is.
    writeFileSync(join(folder, 'saved.md'), `<!DOCTYPE html><html><body><p>${'Saved page text. '.repeat(8)}</p><script>var x = 1;</script></body></html>`);
    expect((await cli([join(folder, 'saved.md')])).stdout).not.toContain('<');
    rmSync(join(folder, 'saved.md'));
    const piped = await cli(['--input-format', 'markdown'], {input: PAGE});
    expect(piped.stdout).toBe(toText(declutter(PAGE, {format: 'markdown'})));
    // Batch mode, one of them a folder's page (the two would both be written as river.txt).
    rmSync(join(folder, 'river.markdown'));
    const out = mkdtempSync(join(tmpdir(), 'declutter-markdown-out-'));
    folders.push(out);
    const batch = await cli([folder, '-o', out, '-q']);
    expect(batch.status).toBe(0);
    expect(readFileSync(join(out, 'river.txt'), 'utf8')).toBe(piped.stdout);
  });
});
