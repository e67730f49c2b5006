import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {decodeBytes, declutter, toMarkdown} from '../src/index.js';
// @ts-expect-error: a script's plain JavaScript module, without types.
import {firstDifference, markdownWords, textWords} from '../scripts/markdown-words.mjs';
import {findSharedRoot} from './helpers/shared.js';

// The first pages of each corpus, as fetched and in every text rendering: the Markdown, read back as text, has the
// words of the text format. scripts/check-markdown-words.mjs checks every page the same way.
const PAGES_EACH = 8;
const shared = findSharedRoot();

describe.skipIf(!shared)('markdown says the words of the text format', () => {
  for (const corpus of ['wcxb-dev', 'traf-dev']) {
    const root = join(shared ?? '', 'corpus', corpus);
    for (const rendering of ['html', 'blocks', 'paras', 'lynx', 'region']) {
      it(`on ${corpus} ${rendering}`, () => {
        const folder = rendering === 'html' ? join(root, 'html') : join(root, 'text', rendering);
        const names = readdirSync(folder).sort().slice(0, PAGES_EACH);
        const differences = names.flatMap((name) => {
          const doc = declutter(decodeBytes(readFileSync(join(folder, name))).text, {structure: true, format: rendering === 'html' ? 'html' : 'text'});
          const difference = firstDifference(textWords(doc), markdownWords(toMarkdown(doc)));
          return difference ? [{name, ...difference}] : [];
        });
        expect(differences).toEqual([]);
      });
    }
  }

  it('catches a Markdown that loses a word', () => {
    const doc = declutter('A short title here\n\nThe first paragraph of the article has enough words to be kept as body text by the cleaner.');
    const markdown = toMarkdown(doc);
    expect(firstDifference(textWords(doc), markdownWords(markdown))).toBeUndefined();
    expect(firstDifference(textWords(doc), markdownWords(markdown.replace('first ', '')))).toBeDefined();
  });
});
