import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {decodeBytes, declutter, documentBlocks, InputError, toText, type CleanedDocument} from '../src/index.js';
import {printedText} from '../src/pipeline/body.js';
import {asHtml, asParagraphs, isSubsequence, pageBlocks, printedParagraphs} from './helpers/page-arbitraries.js';

// Property tests: a fixed seed, so a failure is made again by the same run, and a modest number of runs each.
const RUNS = {seed: 20_260_105, numRuns: 60};

/**
 * The title and the kept blocks, in the order the text format prints them, as a reader sees them: without soft hyphens
 * and zero-width spaces, and without a block of nothing else.
 */
function printedBlocks(doc: CleanedDocument): string[] {
  const kept = doc.blocks.filter((block, i) => block.kept && i !== doc.titleBlock).map((block) => block.text);
  const shown = kept.flatMap((text) => (printedText(text) === '' && text !== '' ? [] : [printedText(text)]));
  const title = doc.titleBlock === null ? '' : printedText(doc.blocks[doc.titleBlock]!.text);
  return title === '' ? shown : [title, ...shown];
}

/** The title block is the one kept block labelled title, or there is none; on text, the title is its words. */
function expectOneTitleBlock(doc: CleanedDocument): void {
  const titled = doc.blocks.flatMap((block, i) => (block.label === 'title' ? [i] : []));
  expect(titled).toEqual(doc.titleBlock === null ? [] : [doc.titleBlock]);
  if (doc.titleBlock !== null) expect(doc.blocks[doc.titleBlock]!.kept).toBe(true);
  if (doc.layout !== 'html') expect(doc.title).toBe(doc.titleBlock === null ? null : doc.blocks[doc.titleBlock]!.text);
}

/** An arbitrary document: realistic blocks as text or HTML with arbitrary strings spliced between them. */
const mixedDocument = fc
  .tuple(pageBlocks, fc.array(fc.string({unit: 'binary', maxLength: 200}), {maxLength: 6}), fc.boolean(), fc.nat())
  .map(([blocks, strays, html, at]) => {
    const parts = html ? asHtml(blocks).split('\n') : asParagraphs(blocks).split('\n\n');
    for (const [index, stray] of strays.entries()) parts.splice((at + index * 7) % (parts.length + 1), 0, stray);
    return parts.join(html ? '\n' : '\n\n');
  });

describe('output blocks are input blocks, whole and in order', () => {
  it('for text of realistic blocks: every printed paragraph is one of them', () => {
    let printedAny = 0;
    fc.assert(
      fc.property(pageBlocks, (blocks) => {
        const printed = printedParagraphs(toText(declutter(asParagraphs(blocks))));
        expect(isSubsequence(printed, blocks.map((block) => block.text))).toBe(true);
        if (printed.length > 0) printedAny++;
      }),
      RUNS,
    );
    // The pages are realistic enough that most keep something: the property is not met by printing nothing.
    expect(printedAny).toBeGreaterThan(RUNS.numRuns / 2);
  });

  it('for HTML of realistic blocks: every printed paragraph is the text of one of its elements', () => {
    let printedAny = 0;
    fc.assert(
      fc.property(pageBlocks, (blocks) => {
        const doc = declutter(asHtml(blocks));
        expect(doc.layout).toBe('html');
        expectOneTitleBlock(doc);
        const printed = printedParagraphs(toText(doc));
        expect(isSubsequence(printed, blocks.map((block) => block.text))).toBe(true);
        if (printed.length > 0) printedAny++;
      }),
      RUNS,
    );
    expect(printedAny).toBeGreaterThan(RUNS.numRuns / 2);
  });

  it('for realistic blocks mixed with arbitrary strings, as text and as HTML: every block is scored, the printed ones among them', () => {
    fc.assert(
      fc.property(mixedDocument, (input) => {
        const doc = declutter(input);
        const inputBlocks = documentBlocks(input).blocks.map((block) => block.text);
        expect(doc.blocks.map((block) => block.text)).toEqual(inputBlocks);
        expect(isSubsequence(printedBlocks(doc), inputBlocks.map(printedText))).toBe(true);
        expect(toText(doc)).toBe(printedBlocks(doc).map((text) => text + '\n').join('\n'));
        expectOneTitleBlock(doc);
      }),
      RUNS,
    );
  });
});

describe('cleaning is deterministic', () => {
  it('cleans a document the same way twice, whatever was cleaned in between', () => {
    fc.assert(
      fc.property(mixedDocument, mixedDocument, (first, between) => {
        const once = declutter(first);
        declutter(between);
        expect(declutter(first)).toEqual(once);
      }),
      {...RUNS, numRuns: 30},
    );
  });
});

describe('cleaning never throws', () => {
  it('on any string', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 2000}), (input) => {
        expect(() => toText(declutter(input))).not.toThrow();
      }),
      {...RUNS, numRuns: 200},
    );
  });

  it('on any byte array: it is decoded and cleaned, or refused with an InputError', () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 4000}), (bytes) => {
        let decoded;
        try {
          decoded = decodeBytes(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          return;
        }
        expect(() => toText(declutter(decoded.text))).not.toThrow();
      }),
      {...RUNS, numRuns: 200},
    );
  });
});
