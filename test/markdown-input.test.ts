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

  it('takes the title its front matter states, and reads the front matter as no text', () => {
    expect(doc.title).toBe('How the river came back');
    expect(doc.blocks.map((block) => block.text).join('\n')).not.toContain('fenlandcourier.example/river');
  });

  it('writes Markdown back with its headings, emphasis, links, table and code block, not escaped as text', () => {
    // Every block kept, so that each kind is there to be written.
    const markdown = toMarkdown(declutter(PAGE, {format: 'markdown', structure: true, threshold: 0}));
    expect(markdown).toMatch(/^# How the river came back$/m);
    expect(markdown).toContain('the *last* factory');
    expect(markdown).toContain('the **Great Ouse**');
    expect(markdown).toContain('[town of Ely](https://fenlandcourier.example/places/ely)');
    expect(markdown).toMatch(/^\| Year +\| Salmon counted +\|$/m);
    expect(markdown).toContain('```\nfor year, count in counts:\n    print(year, count)\n```');
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
