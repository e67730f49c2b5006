import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {declutter, toMarkdown} from '../src/index.js';
import {frontMatterFields} from '../src/write/front-matter.js';
import {declutterCli as cli} from './helpers/spawn.js';

const BODY = [
  'The council voted on Tuesday to keep the old library open for another five years, after a campaign by readers.',
  'Its reading room, built in 1902, will be repaired first; the roof and the heating follow next spring.',
  'Opening hours stay as they are, and the children\'s corner moves to the ground floor by the summer holidays.',
];

// A page whose keywords YAML readers would take for other things than strings if written bare.
const PAGE = `<!doctype html><html lang="en-GB"><head>
<title>Library stays open | Town Gazette</title>
<meta property="og:title" content="Library stays open: &quot;a win for readers&quot;">
<meta property="og:site_name" content="Town Gazette">
<meta name="author" content="Ann Example">
<meta property="article:published_time" content="2024-05-01T09:30:00+01:00">
<meta name="keywords" content="libraries, yes, on, 2024-05-01, #local">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article>
<h1>Library stays open</h1>${BODY.map((p) => `<p>${p}</p>`).join('')}
</article><footer>© Town Gazette</footer></body></html>`;

/** The front matter of a Markdown document, and what follows it. */
function split(markdown: string): {yaml: string; rest: string} | undefined {
  const match = /^---\n([\s\S]*?)\n---\n\n/.exec(markdown);
  return match ? {yaml: match[1]!, rest: markdown.slice(match[0].length)} : undefined;
}

describe('Markdown front matter', () => {
  const doc = declutter(PAGE, {structure: true});

  it('writes the fields the page states, which read back as the same strings in YAML 1.1 and 1.2', () => {
    const parts = split(toMarkdown(doc, {frontMatter: true}));
    expect(parts).toBeDefined();
    const stated = frontMatterFields(doc.metadata);
    expect(stated?.author).toEqual(['Ann Example']);
    expect(stated?.tags).toContain('yes');
    expect(parse(parts!.yaml, {version: '1.1'})).toEqual(stated);
    expect(parse(parts!.yaml, {version: '1.2'})).toEqual(stated);
  });

  it('writes a control character of a page\'s mojibake as an escape, which YAML readers accept, read back as the same string', () => {
    const mojibake = 'itertools \u00e2\u0080\u0094 Functions creating iterators\u007f';
    const page = PAGE.replaceAll('Library stays open', mojibake).replace(/<meta property="og:title"[^>]*>/, '');
    const yaml = split(toMarkdown(declutter(page, {structure: true}), {frontMatter: true}))!.yaml;
    expect(yaml).toContain('itertools \u00e2\\x80\\x94 Functions creating iterators\\x7f');
    expect(yaml).not.toMatch(/[\x7f-\x9f]/);
    expect((parse(yaml, {version: '1.1'}) as {title: string}).title).toBe(mojibake);
  });

  it('quotes and escapes a value holding U+FFFE or U+FFFF alone, which yaml would write plain', () => {
    const odd = 'Library stays open\uffff all week\ufffe';
    const page = PAGE.replaceAll('Library stays open', odd).replace(/<meta property="og:title"[^>]*>/, '');
    const yaml = split(toMarkdown(declutter(page, {structure: true}), {frontMatter: true}))!.yaml;
    expect(yaml).not.toMatch(/[\ufffe\uffff]/);
    for (const version of ['1.1', '1.2'] as const) expect((parse(yaml, {version}) as {title: string}).title).toContain(odd);
  });

  it('leaves out the fields the page does not state', () => {
    const fields = parse(split(toMarkdown(doc, {frontMatter: true}))!.yaml) as Record<string, unknown>;
    for (const [name, value] of Object.entries(doc.metadata)) {
      const stated = value !== null && !(Array.isArray(value) && value.length === 0);
      expect(name in fields, name).toBe(stated);
    }
  });

  it('puts it before the Markdown of the page, which stays as it is', () => {
    expect(split(toMarkdown(doc, {frontMatter: true}))!.rest).toBe(toMarkdown(doc));
  });

  it('writes none for a document that states nothing', () => {
    const text = declutter(BODY.join('\n\n'));
    expect(frontMatterFields(text.metadata)).toBeUndefined();
    expect(toMarkdown(text, {frontMatter: true})).toBe(toMarkdown(text));
  });
});

describe('declutter -f markdown --front-matter', () => {
  it('prints the front matter, then the Markdown', async () => {
    const result = await cli(['-f', 'markdown', '--front-matter', '-'], {input: PAGE});
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(toMarkdown(declutter(PAGE, {structure: true}), {frontMatter: true}));
  });

  it('is refused with another format', async () => {
    const result = await cli(['--front-matter', join(import.meta.dirname, '..', 'fixtures', 'nato', 'input.txt')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--front-matter is an option of -f markdown');
  });
});
