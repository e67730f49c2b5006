import {readFileSync} from 'node:fs';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import {unified} from 'unified';
import {describe, expect, it} from 'vitest';
import {declutter, readHtml, type DeclutterOptions} from '../src/index.js';
import rehypeDeclutter, {type RehypeDeclutterOptions} from '../src/rehype.js';

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

  it("keeps an application's content where it gives it to readers without scripts (in <noscript>)", () => {
    const posts = [
      'The council met on Tuesday evening to vote on the new road through the old town centre, and the hall was full.',
      'After three hours of debate it voted to close the road to cars for a year, starting in the spring, as planned.',
      'Shopkeepers said the closure would cost them customers, while residents welcomed the quieter streets at last.',
    ].map((text, i) => `<div class="post"><span class="author">user${i}</span><p>${text}</p></div>`);
    const thread = `<html><head><title>Road closed</title></head><body><header><a href="/">Town Forum</a><a href="/latest">Latest</a></header><div id="app"></div><noscript><h1>Road closed for a year</h1>${posts.join('').repeat(4)}<div class="topic-footer"><a href="/privacy">Privacy</a> | <a href="/tos">Terms of service</a></div><footer>Powered by Forumware, best viewed with JavaScript enabled</footer></noscript></body></html>`;
    const clean = String(unified().use(rehypeParse).use(rehypeDeclutter).use(rehypeStringify).processSync(thread));
    // Read as the page was: without scripts.
    expect(readHtml(thread).withoutScripts).toBe(true);
    expect(readHtml(clean, {withoutScripts: true}).lines).toEqual(keptBlocks(thread));
    expect(clean).toContain('quieter streets at last');
    expect(clean).not.toContain('Powered by');
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

  it('removes comments, and links and buttons with neither text nor an image, which Markdown would write as []()', async () => {
    const share = '<div class="share"><a class="share-btn-facebook"><svg><path d="M0 0"/></svg></a><button aria-label="Print"><i class="icon-print"></i></button></div>';
    const photo = '<a href="/photos/river.jpg"><img src="/photos/river.jpg" alt="The river"></a>';
    const page = RIVER.replace('<head>', '<head><!-- analytics snippet -->').replace(/(<h1[^>]*>[^<]*<\/h1>)/, `$1<!-- #masthead -->${share}${photo}`);
    expect(page).toContain(share);
    const file = await unified().use(rehypeParse).use(rehypeDeclutter).use(rehypeRemark).use(remarkGfm).use(remarkStringify).process(page);
    const markdown = String(file);
    expect(markdown).not.toContain('<!--');
    expect(markdown).not.toContain('[]()');
    expect(markdown).toContain('[![The river](/photos/river.jpg)](/photos/river.jpg)');
    const clean = String(unified().use(rehypeParse).use(rehypeDeclutter).use(rehypeStringify).processSync(page));
    expect(clean).not.toContain('share-btn-facebook');
    // A link that is a target stays, for the links that point at it.
    const anchored = String(unified().use(rehypeParse).use(rehypeDeclutter).use(rehypeStringify).processSync(page.replace(share, '<a id="top" name="top"></a>')));
    expect(anchored).toContain('<a id="top" name="top"></a>');
    expect(clean).not.toContain('<button');
    expect(readHtml(clean).lines).toEqual(keptBlocks(page));
  });

  it('passes its options to declutter', () => {
    const keepAll = String(unified().use(rehypeParse).use(rehypeDeclutter, {threshold: 0}).use(rehypeStringify).processSync(RIVER));
    expect(readHtml(keepAll).lines).toEqual(keptBlocks(RIVER, {threshold: 0}));
    expect(readHtml(keepAll).lines).toContain('Home');
  });

  it('refuses the options it decides itself, which it would otherwise ignore', () => {
    for (const option of [{format: 'text'}, {structure: false}, {comments: true}]) {
      expect(() => unified().use(rehypeParse).use(rehypeDeclutter, option as RehypeDeclutterOptions).use(rehypeStringify).processSync(RIVER)).toThrow(
        /rehype-declutter has no option/,
      );
    }
  });

  it('names only the options it takes when one is misspelt', () => {
    const run = () => unified().use(rehypeParse).use(rehypeDeclutter, {favour: 'precision'} as RehypeDeclutterOptions).use(rehypeStringify).processSync(RIVER);
    expect(run).toThrow(/rehype-declutter has no option "favour" \(its options: model, favor, threshold, language, templates, maxBlocks, url\)/);
  });

  it('refuses a tree whose file is not the HTML it was parsed from, rather than clean it by another text', async () => {
    const processor = unified().use(rehypeParse).use(rehypeDeclutter).use(rehypeStringify);
    const tree = processor.parse(RIVER);
    // Run without its file: nothing to clean the tree by.
    await expect(processor.run(structuredClone(tree))).rejects.toThrow(/the file is empty.*rehype-parse/);
    // Run with another page's HTML.
    const other = `<html><body><nav><a href="/">Home</a></nav>${RIVER.slice(RIVER.indexOf('<body>') + 6)}`;
    await expect(processor.run(structuredClone(tree), other)).rejects.toThrow(/is not in the file where the tree says it starts/);
    // With its own HTML it runs.
    const cleaned = await processor.run(structuredClone(tree), RIVER);
    expect(readHtml(processor.stringify(cleaned)).lines).toEqual(keptBlocks(RIVER));
  });

  it('cleans a page of text and no tags (a text body served as HTML), whose only elements are those the parser implied', async () => {
    const text = 'The council met on Tuesday to decide the future of the eastern quay, which has stood empty for a decade.';
    const processor = unified().use(rehypeParse).use(rehypeDeclutter).use(rehypeStringify);
    for (const html of [`<!doctype html>${text}`, text, `${text} Fish &amp; chips on the quay.`]) {
      expect(readHtml(String(processor.processSync(html))).lines).toEqual(keptBlocks(html));
    }
    // Its text nodes say where they start: another text than the tree's is refused still.
    const tree = processor.parse(text);
    await expect(processor.run(structuredClone(tree), text.replace('council', 'cabinet'))).rejects.toThrow(/its text is not in the file/);
  });

  it('maps blocks read out of the markup\'s order (a caption after its table\'s rows), and takes SVG\'s element names as hast spells them', () => {
    const para = (n: number) => `<p>Paragraph ${n} of the story tells how the river rose over the banks of the town and flooded the low streets near the old mill.</p>`;
    const rows = Array.from({length: 6}, (_, i) => `<tr><td>Station ${i}</td><td>${i * 3} metres above normal level</td></tr>`).join('');
    const icon = '<svg viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0"/></linearGradient><clipPath id="c"><rect width="10" height="10"/></clipPath></defs><rect fill="url(#g)" width="10" height="10"/></svg>';
    const page = `<html><head><title>River floods town</title></head><body><nav>${icon}<a href="/">Home</a> <a href="/news">News</a></nav><article><h1>River floods town</h1>${para(1)}${para(2)}<table><tbody>${rows}</tbody><caption>Table 1: River levels at stations along the valley on Monday</caption></table>${para(3)}${para(4)}${para(5)}</article><footer>Copyright 2024 Town News</footer></body></html>`;
    const clean = String(unified().use(rehypeParse).use(rehypeDeclutter).use(rehypeStringify).processSync(page));
    expect(readHtml(clean).lines).toEqual(keptBlocks(page));
    expect(clean).toContain('Station 0');
    expect(clean).toContain('Table 1: River levels');
  });
});
