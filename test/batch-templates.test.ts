import {describe, expect, it} from 'vitest';
import {blockHash, blockHashes, knownTemplateBlocks, normalizeBlock, pageHashes, siteTemplates, TemplateCounter} from '../src/templates.js';
import {declutter, toText} from '../src/index.js';
import {PROMO_LINES, SHARED_SENTENCE, SITE_PAGES, sitePage} from './batch-site.js';

function learnSite(pages: readonly string[]): number[] {
  const counter = new TemplateCounter();
  for (const page of pages) counter.addPage('site', pageHashes(page));
  return counter.templatesOf('site');
}

describe('template hashes', () => {
  it('treat copies that differ in case, spacing or numbers as one line', () => {
    expect(normalizeBlock('  12  Comments\n')).toBe('0 comments');
    expect(normalizeBlock('Share\tthis\u00a0story  now \u3000 ok')).toBe('share this story now ok');
    expect(blockHash('12 comments')).toBe(blockHash('3  Comments'));
    expect(blockHash('Subscribe now')).not.toBe(blockHash('Subscribe later'));
  });

  it('are plain safe integers, so the index holds no text', () => {
    const hash = blockHash('Subscribe to our daily newsletter');
    expect(Number.isSafeInteger(hash)).toBe(true);
  });

  it('count a line once per page however often the page repeats it', () => {
    expect(pageHashes('Menu\n\nMenu\n\nMenu\n')).toHaveLength(1);
  });

  it('split a page as the cleaner does with the same format: HTML by its elements, or as text when asked', () => {
    const fragment = 'Top\n<p>Menu</p><p>Home</p><p>About</p>';
    expect(pageHashes(fragment, 'html')).toEqual(['Top', 'Menu', 'Home', 'About'].map(blockHash));
    expect(pageHashes(fragment)).toHaveLength(2);
  });
});

describe('TemplateCounter', () => {
  const pages = (count: number, line: (i: number) => string[]) => Array.from({length: count}, (_, i) => line(i).join('\n\n'));

  it('takes a line on every page of a site as template', () => {
    const templates = learnSite(pages(5, (i) => ['Sign in', `Story number ${'abcde'[i]} is here.`]));
    expect(templates).toEqual([blockHash('Sign in')]);
  });

  it('needs at least three pages: a line on two of three is not template', () => {
    const templates = learnSite(pages(3, (i) => (i < 2 ? ['Shared line', `page ${'abc'[i]}`] : [`page ${'abc'[i]}`])));
    expect(templates).toEqual([]);
  });

  it('needs a share of the pages too: a line on 3 of 20 pages is not template', () => {
    const templates = learnSite(pages(20, (i) => (i < 3 ? ['Quoted line', `page ${String.fromCharCode(97 + i)}`] : [`page ${String.fromCharCode(97 + i)}`])));
    expect(templates).not.toContain(blockHash('Quoted line'));
  });

  it('counts a page once however many copies of it the site has, numbers aside', () => {
    const article = (n: number) => ['Weather for Springfield', `Today the high will be ${60 + n} degrees and the low ${40 + n}.`];
    expect(learnSite(pages(5, (i) => article(i)))).toEqual([]);
    // Beside two other pages, the copies are one page of three, and only the line all three have is template.
    const site = [...pages(4, (i) => article(i)), 'Weather for Springfield\n\nA page of its own.', 'Weather for Springfield\n\nAnd another.'];
    expect(learnSite(site)).toEqual([blockHash('Weather for Springfield')]);
  });

  it('keeps sites apart', () => {
    const counter = new TemplateCounter();
    for (let i = 0; i < 3; i++) counter.addPage('a', [1, 2, 3 + i]);
    counter.addPage('b', [1]);
    expect(counter.templatesOf('a').sort()).toEqual([1, 2]);
    expect(counter.templatesOf('b')).toEqual([]);
  });
});

describe('site-template rule', () => {
  const site = Array.from({length: SITE_PAGES}, (_, i) => sitePage(i));
  const templates = siteTemplates(learnSite(site));

  it('removes the site lines that cleaning a page alone keeps', () => {
    for (const page of site) {
      const alone = toText(declutter(page));
      const withSite = declutter(page, {templates});
      for (const line of PROMO_LINES) {
        expect(alone).toContain(line);
        expect(toText(withSite)).not.toContain(line);
        expect(withSite.blocks.find((block) => block.text === line)?.reasons[0]).toBe('site-template');
      }
    }
  });

  it('keeps a body sentence that two pages share', () => {
    expect(toText(declutter(site[0]!, {templates}))).toContain(SHARED_SENTENCE);
    expect(toText(declutter(site[2]!, {templates}))).toContain(SHARED_SENTENCE);
  });

  it('keeps long prose even when it is on every page', () => {
    const paragraph =
      'This long paragraph appears on every page of the site, but it has far too many words to be a menu, a footer or a prompt: ' +
      'it reads like an article, with several clauses, and the rule leaves prose like this to the scorer, which keeps it as body text.';
    const pages = site.map((page) => page.replace(SHARED_SENTENCE, paragraph) + '\n' + paragraph + '\n');
    const learned = siteTemplates(learnSite(pages));
    expect(learned.isTemplate(paragraph, 0)).toBe(true);
    expect(declutter(pages[0]!, {templates: learned}).blocks.find((block) => block.text === paragraph)?.kept).toBe(true);
  });

  it('drops a site\'s lines from a short article too, however much of the page they are', () => {
    const page = site[0]!;
    const alone = declutter(page);
    // Every kept line but the first marked template: most of the page's words, as a long author box and pitch under
    // a short article are.
    const firstKept = alone.blocks.findIndex((block) => block.kept);
    const marks = Uint8Array.from(alone.blocks, (block, i) => (block.kept && i !== firstKept ? 1 : 0));
    const cleaned = declutter(page, {templates: knownTemplateBlocks(marks)});
    expect(cleaned.blocks.filter((block) => block.kept && block.reasons[0] !== 'site-template').map((block) => block.text)).toEqual([alone.blocks[firstKept]!.text]);
  });

  it('judges a page the same from its blocks marked by place as from their texts hashed again', () => {
    const learned = new Set(learnSite(site));
    for (const page of site) {
      const marks = Uint8Array.from(blockHashes(page), (hash) => (learned.has(hash) ? 1 : 0));
      expect(marks).toContain(1);
      expect(declutter(page, {templates: knownTemplateBlocks(marks)})).toEqual(declutter(page, {templates}));
    }
  });

  it('changes nothing without templates, or with none learned', () => {
    for (const page of site) {
      expect(declutter(page, {templates: siteTemplates([])})).toEqual(declutter(page));
    }
  });
});
