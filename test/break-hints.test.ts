import {describe, expect, it} from 'vitest';
import {declutter, toJson, toMarkdown, toText} from '../src/index.js';
import {bodyParagraphs} from '../src/pipeline/body.js';
import {withoutBreakHints} from '../src/text/break-hints.js';
import {textPieces} from '../src/write/text.js';

const SHY = '\u00ad';
const ZWSP = '\u200b';
const page = [
  `<html><body><article><h1>Gleich${SHY}zeitig</h1>`,
  `<p>Eine Gleich${SHY}zeitigkeit der Ereignisse, die niemand erwartet hatte, prägte den Abend in der Stadt und ihre${ZWSP} Bewohner.</p>`,
  '<p>Danach ging alles weiter wie zuvor, und niemand sprach mehr über die seltsame Nacht im Herbst des Jahres.</p>',
  '</article></body></html>',
].join('');

describe('break hints', () => {
  it('are soft hyphens and zero-width spaces, not the joiners that change how a script or an emoji is drawn', () => {
    expect(withoutBreakHints(`Gleich${SHY}zeitig${ZWSP}keit`)).toBe('Gleichzeitigkeit');
    for (const kept of ['می\u200cخواهم', '👩\u200d💻', 'plain text']) expect(withoutBreakHints(kept)).toBe(kept);
  });

  it('are left out of every printed format, and kept in the blocks the scorer read', () => {
    const doc = declutter(page);
    expect(doc.blocks.some((block) => block.text.includes(SHY))).toBe(true);
    for (const printed of [toText(doc), [...textPieces(doc, 5)].join(''), toMarkdown(declutter(page, {structure: true})), doc.body, JSON.parse(toJson(doc)).body]) {
      expect(printed).not.toMatch(/[\u00ad\u200b]/);
    }
    expect(toText(doc)).toContain('Gleichzeitig\n\nEine Gleichzeitigkeit der Ereignisse');
    expect(toText(doc)).toContain('ihre Bewohner');
  });

  it('leave no empty paragraph where a block was nothing else', () => {
    const block = (text: string) => ({text, kept: true, label: 'body' as const, score: 1, reasons: []});
    expect(bodyParagraphs([block('one'), block(ZWSP), block(`t${SHY}wo`)], null)).toEqual(['one', 'two']);
  });
});
