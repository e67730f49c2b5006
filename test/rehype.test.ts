import {readFileSync} from 'node:fs';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import {unified} from 'unified';
import {describe, expect, it} from 'vitest';
import {declutter, readHtml, type DeclutterOptions} from '../src/index.js';
import rehypeDeclutter from '../src/rehype.js';

const RIVER = readFileSync(new URL('./fixtures/markdown/river.html', import.meta.url), 'utf8');

/** The blocks declutter keeps of a page, title included, in order. */
function keptBlocks(html: string, options: DeclutterOptions = {}): string[] {
  const doc = declutter(html, {...options, format: 'html'});
  const title = doc.blocks.findIndex((block) => block.label === 'title');
  return doc.blocks.filter((block, index) => block.kept || index === title).map((block) => block.text);
}

describe('rehype-declutter', () => {
  it('leaves a tree whose text is the blocks declutter keeps, in order', () => {
    const clean = String(unified().use(rehypeParse).use(rehypeDeclutter).use(rehypeStringify).processSync(RIVER));
    expect(readHtml(clean).lines).toEqual(keptBlocks(RIVER));
    expect(clean).toContain('<table>');
    expect(clean).not.toContain('Related stories');
    expect(clean).not.toContain('<nav');
  });

  it('maps blocks to the tree whatever the line endings', () => {
    const crlf = RIVER.replace(/\n/g, '\r\n');
    const clean = String(unified().use(rehypeParse).use(rehypeDeclutter).use(rehypeStringify).processSync(crlf));
    expect(readHtml(clean).lines).toEqual(keptBlocks(crlf));
  });

  it('gives the article as Markdown through rehype-remark and remark-stringify', async () => {
    const file = await unified().use(rehypeParse).use(rehypeDeclutter).use(rehypeRemark).use(remarkGfm).use(remarkStringify).process(RIVER);
    const markdown = String(file);
    expect(markdown).toMatch(/^# How the river came back$/m);
    expect(markdown).toMatch(/^\| Year +\| Salmon counted +\| Otter sightings +\|$/m);
    expect(markdown).not.toContain('Privacy policy');
    expect(markdown).not.toContain('Eel numbers rise');
  });

  it('passes its options to declutter', () => {
    const strict = String(unified().use(rehypeParse).use(rehypeDeclutter, {threshold: 0.98}).use(rehypeStringify).processSync(RIVER));
    expect(readHtml(strict).lines).toEqual(keptBlocks(RIVER, {threshold: 0.98}));
    expect(keptBlocks(RIVER)).toContain('What was done');
    expect(readHtml(strict).lines).not.toContain('What was done');
  });
});
