import {describe, expect, it} from 'vitest';
import {
  declutter,
  decodeBytes,
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
    ['toText of blocks alone', () => toText(loose({blocks: []})), /toText takes a document that declutter\(\) returned, not an object whose body is undefined, not a string$/],
    ['toMarkdown of a kept block without text', () => toMarkdown(loose({...DOC, titleBlock: null, blocks: [{kept: true, label: 'body'}]})), /toMarkdown takes a document .*, not an object whose blocks\[0\] has no text \(a string\): its text is undefined/],
    ['toText of a title block without text', () => toText(loose({...DOC, titleBlock: 0, blocks: [{kept: true}]})), /toText takes a document .*, not an object whose blocks\[0\] has no text/],
    ['toJson of a block that is no object', () => toJson(loose({...DOC, blocks: [null]})), /toJson takes a document .*, not an object whose blocks\[0\] is null$/],
    ['toText of a title block out of range', () => toText(loose({...DOC, titleBlock: 9})), /not an object whose titleBlock is 9, not null or the index of one of its 2 blocks/],
    ['toText of a body that is no string', () => toText(loose({...DOC, body: 5})), /toText takes a document .*, not an object whose body is 5, not a string/],
    ['toJson of metadata that is no object', () => toJson(loose({...DOC, metadata: 'none'})), /toJson takes a document .*, not an object whose metadata is "none", not an object/],
    ['toMarkdown of front matter from metadata that is no object', () => toMarkdown(loose({...DOC, metadata: 5}), {frontMatter: true}), /toMarkdown takes a document .*, not an object whose metadata is 5, not an object/],
    ['toJson of a title that is no string', () => toJson(loose({...DOC, title: 5})), /toJson takes a document .*, not an object whose title is 5, not a string or null/],
    ['toMdast of comments not strings', () => toMdast(loose({...DOC, comments: [1]})), /toMdast takes a document .*, not an object whose comments is an array, not an array of strings$/],
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
    // Copied, changed, or its JSON read back: a document still.
    expect(toText({...DOC})).toBe(toText(DOC));
    const read = JSON.parse(toJson(DOC)) as typeof DOC;
    expect(toText(read)).toBe(toText(DOC));
    expect(toJson(read)).toBe(toJson(DOC));
    expect(toText({...DOC, blocks: DOC.blocks.map((block) => ({...block, kept: false})), titleBlock: null, body: ''})).toBe('');
 
    // A field a printer does not read is not looked at, and optional fields may be null or absent, as a document saved
    // by an older version, or built by hand, has them.
    const {metadata: _, ...withoutMetadata} = {...DOC};
    const changed = [withoutMetadata, {...DOC, title: undefined}, {...DOC, comments: null}, {...DOC, blocks: DOC.blocks.map((block) => ({...block, kept: 1}))}];
    for (const doc of changed.map((value) => loose<typeof DOC>(value))) {
      expect(toText(doc)).toBe(toText(DOC));
      expect(toMarkdown(doc)).toBe(toMarkdown(DOC));
      expect(toMdast(doc)).toEqual(toMdast(DOC));
      expect(JSON.parse(toJson(doc))).toMatchObject({body: DOC.body});
    }
    expect(toMarkdown(loose({...DOC, titleBlock: undefined, structure: null, preformatted: null}))).toBe(toMarkdown(DOC));
  });

  it('names a structure the Markdown printers cannot read, rather than failing inside them', () => {
    const page = declutter('<html><body><h1>A title</h1><p>A first paragraph of the page, long enough to be read as the body.</p><p>And a second one, as long as the first, or nearly.</p></body></html>', {structure: true});
    const shapes = page.blocks.map(() => null);
    expect(() => toMarkdown(loose({...page, structure: {shapes}}))).toThrow(
      /^toMarkdown takes a document that declutter\(\) returned, not an object whose structure has a shapes\[0\] of null, not a block's shape \(\{kind, level, containers, marks\}\)$/,
    );
    expect(() => toMdast(loose({...page, structure: {shapes: 'none'}}))).toThrow(/not an object whose structure has shapes of "none", not an array$/);
    expect(() => toMdast(loose({...page, structure: 5}))).toThrow(/not an object whose structure is 5, not \{shapes, baseUrl\?\}$/);
    expect(() => toMdast(loose({...page, structure: {shapes: page.structure!.shapes, baseUrl: 1}}))).toThrow(/not an object whose structure has a baseUrl of 1, not a string$/);
    expect(toMarkdown({...page})).toBe(toMarkdown(page));
  });

  it('decodeBytes takes bytes by what they are, not by the tag an object claims', () => {
    const claims = (tag: string) => loose<Uint8Array>({[Symbol.toStringTag]: tag, length: 3, buffer: new ArrayBuffer(3), byteOffset: 0, byteLength: 3});
    expect(() => decodeBytes(claims('Uint8Array'))).toThrow(/^decodeBytes takes bytes \(a Uint8Array, Buffer or ArrayBuffer\), not an object that only claims to be a Uint8Array$/);
    expect(() => decodeBytes(claims('ArrayBuffer'))).toThrow(/not an object that only claims to be an ArrayBuffer$/);
    expect(decodeBytes(Buffer.from('Köln')).text).toBe('Köln');
  });
});
