import {describe, expect, it} from 'vitest';
import {declutter, toJson, toMarkdown, toText, type CleanedDocument} from '../src/index.js';
import {bodyParagraphs, printedText} from '../src/pipeline/body.js';
import {withoutBreakHints} from '../src/text/break-hints.js';
import {textPieces} from '../src/write/text.js';

const SHY = '\u00ad';
const ZWSP = '\u200b';
const PROSE = 'Danach ging alles weiter wie zuvor, und niemand sprach mehr über die seltsame Nacht im Herbst des Jahres.';
const page = (extra = '') =>
  [
    `<html><body><article><h1>Gleich${SHY}zeitig</h1>`,
    `<p>Eine Gleich${SHY}zeitigkeit der Ereignisse, die niemand erwartet hatte, prägte den Abend in der Stadt und ihre${ZWSP} Bewohner.</p>`,
    extra,
    `<p>${PROSE}</p>`,
    '</article></body></html>',
  ].join('');
const block = (text: string) => ({text, kept: true, label: 'body' as const, score: 1, reasons: []});

describe('break hints', () => {
  it('are soft hyphens and zero-width spaces, not the joiners that change how a script or an emoji is drawn', () => {
    expect(withoutBreakHints(`Gleich${SHY}zeitig${ZWSP}keit`)).toBe('Gleichzeitigkeit');
    for (const kept of ['می\u200cخواهم', '👩\u200d💻', 'plain text']) expect(withoutBreakHints(kept)).toBe(kept);
  });

  it('are left out of the text format and body, and kept in the blocks the scorer read and in Markdown', () => {
    const doc = declutter(page());
    expect(doc.blocks.some((b) => b.text.includes(SHY))).toBe(true);
    for (const printed of [toText(doc), [...textPieces(doc, 5)].join(''), doc.body, JSON.parse(toJson(doc)).body]) {
      expect(printed).not.toMatch(/[\u00ad\u200b]/);
    }
    expect(toText(doc)).toContain('Gleichzeitig\n\nEine Gleichzeitigkeit der Ereignisse');
    expect(toMarkdown(declutter(page(), {structure: true}))).toContain(`Gleich${SHY}zeitigkeit`);
  });

  it('never leave a blank line inside a paragraph, nor an empty paragraph, title line or comment', () => {
    const pre = declutter(page(`<pre>line one\n${ZWSP}\n  ${ZWSP}line two</pre>`));
    expect(toText(pre)).toContain('\n\nline one\n  line two\n\n');
    expect(printedText(`first line\n${ZWSP}\n${ZWSP} second line`)).toBe('first line\nsecond line');
    expect(printedText(ZWSP)).toBe('');
    expect(printedText(`enough words ${ZWSP} to be kept, ihre${ZWSP} Bewohner, Gleich${SHY}zeitigkeit`)).toBe('enough words to be kept, ihre Bewohner, Gleichzeitigkeit');
    // A heading of nothing but a hint names no title (not an empty one), and no format prints an empty line or heading.
    const hinted = page().replace(`<h1>Gleich${SHY}zeitig</h1>`, `<h1>${SHY}</h1>`);
    expect(declutter(hinted).title).not.toBe('');
    expect(toText(declutter(hinted))).toMatch(/^Eine Gleichzeitigkeit/);
    expect(toMarkdown(declutter(hinted, {structure: true})).startsWith(`Eine Gleich${SHY}zeitigkeit`)).toBe(true);
    expect(bodyParagraphs([block('one'), block(ZWSP), block(`t${SHY}wo`)], null)).toEqual(['one', 'two']);
    const doc: CleanedDocument = {...declutter('One paragraph of text.'), titleBlock: null, comments: [ZWSP, `a com${SHY}ment`]};
    expect(toText(doc)).toBe('One paragraph of text.\n\n--- comments ---\n\na comment\n');
    const titled = declutter(page());
    expect(titled.titleBlock).not.toBeNull();
    titled.blocks[titled.titleBlock!]!.text = `${ZWSP}${SHY}`;
    expect(toText(titled)).toMatch(/^Eine Gleichzeitigkeit/);
    expect([...textPieces(titled)].join('')).toBe(toText(titled));
  });
});
