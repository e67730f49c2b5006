import {describe, expect, it} from 'vitest';
import {
  declutter,
  documentBlocks,
  htmlToLines,
  learnTemplates,
  looksLikeHtml,
  pageHashes,
  readHtml,
  splitBlocks,
  toJson,
  toMarkdown,
  toMdast,
  toText,
} from '../src/index.js';

// Plain JavaScript and parsed JSON reach the library without its types: each public function names what is wrong.
const loose = <T>(value: unknown) => value as T;
const DOC = declutter('A first paragraph of the page, long enough to be read as the body of it.\n\nAnd a second one.');

describe("the public functions' arguments", () => {
  it.each([
    ['splitBlocks', () => splitBlocks(loose(5)), /splitBlocks takes text as a string, not 5/],
    ['splitBlocks layout', () => splitBlocks('a', loose('paras')), /splitBlocks's layout must be "lines" or left out, not "paras"/],
    ['documentBlocks', () => documentBlocks(loose(null)), /documentBlocks takes text as a string, not null/],
    ['documentBlocks format', () => documentBlocks('a', loose('pdf')), /documentBlocks's format must be one of auto, text, html, markdown, not "pdf"/],
    ['documentBlocks options', () => documentBlocks('a', 'html', loose({withoutScript: true})), /documentBlocks has no option "withoutScript" \(its options: structure, withoutScripts, url\)/],
    ['readHtml', () => readHtml(loose(5)), /readHtml takes html as a string, not 5/],
    ['readHtml options', () => readHtml('<p>a</p>', loose({structure: 'yes'})), /readHtml's structure must be a boolean, not "yes"/],
    ['readHtml url', () => readHtml('<p>a</p>', loose({url: 5})), /readHtml's url must be a string, not 5/],
    ['htmlToLines', () => htmlToLines(loose([])), /htmlToLines takes html as a string, not an array/],
    ['looksLikeHtml', () => looksLikeHtml(loose(undefined)), /looksLikeHtml takes text as a string, not undefined/],
    ['pageHashes', () => pageHashes(loose(5)), /pageHashes takes text as a string, not 5/],
    ['pageHashes format', () => pageHashes('a', loose('pdf')), /pageHashes's format must be one of/],
    ['learnTemplates of one string', () => learnTemplates(loose('abc')), /learnTemplates takes the site's pages, an iterable of strings \(an array\), not one string/],
    ['learnTemplates of nothing', () => learnTemplates(loose(undefined)), /learnTemplates takes the site's pages, .*not undefined/],
    ['learnTemplates options', () => learnTemplates(['a'], loose({format: 'pdf'})), /learnTemplates's format must be one of/],
    ['learnTemplates option names', () => learnTemplates(['a'], loose({formats: 'html'})), /learnTemplates has no option "formats" \(its options: format\)/],
    ['toText', () => toText(loose({})), /toText takes a document that declutter\(\) returned, not an object without blocks/],
    ['toJson', () => toJson(loose('text')), /toJson takes a document that declutter\(\) returned, not "text"/],
    ['toJson options', () => toJson(DOC, loose({pretty: 1})), /toJson's pretty must be a boolean, not 1/],
    ['toMarkdown', () => toMarkdown(loose(undefined)), /toMarkdown takes a document that declutter\(\) returned, not undefined/],
    ['toMarkdown options', () => toMarkdown(DOC, loose(null)), /toMarkdown's options must be an object, not null/],
    ['toMarkdown misspelt', () => toMarkdown(DOC, loose({link: false})), /toMarkdown has no option "link" \(its options: links, images, frontMatter\)/],
    ['toMarkdown a string for a boolean', () => toMarkdown(DOC, loose({links: 'no'})), /toMarkdown's links must be a boolean, not "no"/],
    ['toMdast', () => toMdast(DOC, loose({images: 'yes'})), /toMdast's images must be a boolean, not "yes"/],
  ])('%s: says what is wrong', (_name, call, message) => {
    expect(call).toThrow(message);
  });

  it('takes what the types allow, and options left undefined', () => {
    expect(splitBlocks('One.\n\nTwo.', 'lines').blocks.length).toBeGreaterThan(0);
    expect(documentBlocks('<p>One.</p>', 'html', {structure: true, url: undefined}).layout).toBe('html');
    expect(readHtml('<p>One.</p>', {withoutScripts: false}).lines).toEqual(['One.']);
    expect(learnTemplates(new Set(['One.\n\nTwo.']), {format: undefined})).toBeDefined();
    expect(toMarkdown(DOC, {links: false, images: undefined, frontMatter: true})).toContain('A first paragraph');
    expect(toJson(DOC, {pretty: true})).toContain('\n  "title"');
    expect(toText(DOC)).toContain('And a second one.');
  });
});
