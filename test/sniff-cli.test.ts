import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {readFileSync} from 'node:fs';
import {WARCRecord, WARCSerializer} from 'warcio';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {documentFormatFor} from '../src/cli/stream/input-format.js';
import {jsonLines, removeTempDirs, runCli, tempDir} from './stream-cli.js';

const PARAGRAPHS = [
  'The council met on Tuesday evening to vote on the new road through the old town centre of the city.',
  'After three hours of debate it voted to close the road to cars for a year, starting in the spring.',
];
// A saved fragment: too little markup for its content alone to say HTML.
const FRAGMENT = `<div>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>\n`;

afterAll(removeTempDirs);

describe('the file name decides HTML in auto', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    for (const name of ['page.html', 'page.htm', 'page.xhtml', 'PAGE.HTML', 'page.txt']) writeFileSync(join(dir, name), FRAGMENT);
    writeFileSync(join(dir, 'page.html.gz'), gzipSync(FRAGMENT));
  });

  it('reads a fragment named .html, .htm or .xhtml (gzipped or not) as HTML: no tag reaches the output', () => {
    for (const name of ['page.html', 'page.htm', 'page.xhtml', 'PAGE.HTML', 'page.html.gz']) {
      const run = runCli(['-f', 'json', name], undefined, dir);
      expect(run.status, name).toBe(0);
      const doc = JSON.parse(run.stdout) as {layout: string; blocks: {text: string}[]};
      expect(doc.layout, name).toBe('html');
      expect(doc.blocks.map((block) => block.text), name).toEqual(PARAGRAPHS);
    }
  });

  it('reads the same fragment named .txt by its content (text), and as --input-format text says for .html', () => {
    expect(JSON.parse(runCli(['-f', 'json', 'page.txt'], undefined, dir).stdout).layout).not.toBe('html');
    expect(JSON.parse(runCli(['-f', 'json', '--input-format', 'text', 'page.html'], undefined, dir).stdout).layout).not.toBe('html');
  });

  it('reads a file named .html that holds no tag at all by its content: text, its lines kept', () => {
    writeFileSync(join(dir, 'plain.html'), `${PARAGRAPHS.join('\n\n')}\n`);
    const doc = JSON.parse(runCli(['-f', 'json', 'plain.html'], undefined, dir).stdout) as {layout: string; blocks: {text: string}[]};
    expect(doc.layout).not.toBe('html');
    expect(doc.blocks.map((block) => block.text)).toEqual(PARAGRAPHS);
  });

  it('reads it the same way in batch mode', () => {
    const run = runCli(['page.html', '-o', 'out', '--no-templates', '-f', 'json', '--out-ext', 'json', '-j', '1'], undefined, dir);
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'page.json'), 'utf8')).layout).toBe('html');
  });
});

describe('a file named as text', () => {
  const NOTES = `# Notes on arithmetic\n\nWe know that 2*3*4 = 24, and that a <b> tag makes text bold in a page of HTML.\n\n${PARAGRAPHS.join('\n\n')}\n`;
  const LINKS = Array.from({length: 12}, (_, i) => `- [Section ${i + 1}](https://example.com/section-${i + 1})`).join('\n');
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    for (const name of ['notes.txt', 'notes.TEXT', 'notes', 'notes.rst']) writeFileSync(join(dir, name), NOTES);
    writeFileSync(join(dir, 'notes.txt.gz'), gzipSync(NOTES));
    writeFileSync(join(dir, 'scraped.txt'), `# A page a scraper wrote as Markdown\n\n${LINKS}\n\n${PARAGRAPHS.join('\n\n')}\n`);
  });

  it('is read as text though it opens with a heading: Markdown would take its asterisks for emphasis and its <b> for a tag', () => {
    for (const name of ['notes.txt', 'notes.TEXT', 'notes.txt.gz']) {
      const doc = JSON.parse(runCli(['-f', 'json', name], undefined, dir).stdout) as {layout: string; blocks: {text: string}[]};
      expect(doc.layout, name).not.toBe('html');
      expect(doc.blocks.map((block) => block.text), name).toContain('We know that 2*3*4 = 24, and that a <b> tag makes text bold in a page of HTML.');
    }
  });

  it('is read as Markdown by its links, and a file its name says nothing of by an opening heading too', () => {
    expect(JSON.parse(runCli(['-f', 'json', 'scraped.txt'], undefined, dir).stdout).layout).toBe('html');
    for (const name of ['notes', 'notes.rst']) expect(JSON.parse(runCli(['-f', 'json', name], undefined, dir).stdout).layout, name).toBe('html');
    expect(JSON.parse(runCli(['-f', 'json', '-'], NOTES, dir).stdout).layout).toBe('html');
  });

  it('is left to its content where its links say Markdown, so that Markdown that cannot be read as such stays text', () => {
    const links = readFileSync(join(dir, 'scraped.txt'), 'utf8');
    expect(documentFormatFor('scraped.txt', undefined, links)).toBeUndefined();
    expect(documentFormatFor('notes.txt', undefined, NOTES)).toBe('text');
    expect(documentFormatFor('notes.txt', 'markdown', NOTES)).toBe('markdown');
  });

  it('is read the same way in batch mode', () => {
    const run = runCli(['notes.txt', '-o', 'out', '--no-templates', '-f', 'json', '--out-ext', 'json', '-j', '1'], undefined, dir);
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'notes.json'), 'utf8')).layout).not.toBe('html');
  });
});

describe('a WARC file given as one text', () => {
  const warc = readFileSync(new URL('../fixtures/warc-crawl/input.warc.gz', import.meta.url));

  it('is cleaned as the one text stdin is, with a note that says how to read its records', () => {
    const run = runCli(['-f', 'json'], warc);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('declutter: <stdin>: reads as a WARC file, cleaned as one text document (--input-format warc cleans its records)');
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('is read as records, with no such note, when said to be WARC', () => {
    const run = runCli(['--input-format', 'warc'], warc);
    expect(run.stderr).not.toContain('reads as a WARC file');
    expect(run.stdout.trim().split('\n').length).toBeGreaterThan(1);
  });
});

describe('a WARC record\'s Content-Type decides', () => {
  it('reads a conversion record said to be text/plain as text though it starts with a page tag, and one said to be text/html as HTML', async () => {
    const dir = tempDir();
    // A text about HTML that starts as a page does: only the Content-Type can tell.
    const aboutHtml = `<html> is the root element of a page.\n\n${PARAGRAPHS.join('\n\n')}`;
    const record = (type: string, text: string) =>
      WARCRecord.create({url: `https://example.org/${type.replace('/', '-')}`, type: 'conversion', warcHeaders: {'Content-Type': type}}, [new TextEncoder().encode(text)]);
    const parts = await Promise.all([record('text/plain', aboutHtml), record('text/html', FRAGMENT)].map((r) => WARCSerializer.serialize(r, {gzip: true})));
    writeFileSync(join(dir, 'pages.warc.gz'), Buffer.concat(parts));
    const run = runCli(['--blocks', 'pages.warc.gz'], undefined, dir);
    expect(run.status).toBe(0);
    const [plain, html] = jsonLines(run.stdout) as Array<{blocks: {text: string}[]}>;
    expect(plain!.blocks[0]!.text).toBe('<html> is the root element of a page.');
    expect(html!.blocks.map((block) => block.text)).toEqual(PARAGRAPHS);
  });
});
