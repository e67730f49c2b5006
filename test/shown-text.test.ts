import {describe, expect, it} from 'vitest';
import {readHtml} from '../src/read/html.js';

const read = (body: string) => readHtml(`<!doctype html><html><head><title>Page</title></head><body>${body}</body></html>`);

describe('the words of a line as a reader sees them', () => {
  it('keep the words on each side of hidden text apart, as a browser lays out what it parted', () => {
    const page = read('<h1><span class="kicker">Klimaschutz</span><span class="visually-hidden">: </span><span>Bohren, bis es heiß wird</span></h1><p>Text.</p>');
    expect(page.lines[0]).toBe('Klimaschutz: Bohren, bis es heiß wird');
    expect(page.shownText.get(0)).toBe('Klimaschutz Bohren, bis es heiß wird');
  });

  it('stay with their line when a table’s caption is read above its rows', () => {
    const page = read('<p>Intro</p><table><tr><td>Price <button>Copy</button></td></tr><tr><td>Size</td></tr><caption>Plans <button>Share</button></caption></table>');
    expect(page.lines).toEqual(['Intro', 'Plans Share', 'Price Copy', 'Size']);
    expect([...page.shownText].sort(([a], [b]) => a - b)).toEqual([
      [1, 'Plans'],
      [2, 'Price'],
    ]);
  });

  it('leave out what hidden elements and buttons inside the line say, and keep the line’s text whole', () => {
    const page = read(
      [
        '<h1>Access overview <page-actions hidden><span>Save this page to your collections</span></page-actions></h1>',
        '<h1>Crate parser <button type="button" title="Copy">Copy the path</button></h1>',
        '<h1><span class="visually-hidden">Collection:</span> Wireless speakers</h1>',
        '<h1>Desks<span aria-hidden="true"> (102+)</span></h1>',
        '<p>A paragraph of the article.</p>',
      ].join(''),
    );
    expect(page.lines).toEqual([
      'Access overview Save this page to your collections',
      'Crate parser Copy the path',
      'Collection: Wireless speakers',
      'Desks (102+)',
      'A paragraph of the article.',
    ]);
    expect([...page.shownText]).toEqual([
      [0, 'Access overview'],
      [1, 'Crate parser'],
      [2, 'Wireless speakers'],
      [3, 'Desks'],
    ]);
  });

  it('keep a link that acts as a button, whose words are the headline’s own', () => {
    expect(read('<h1>Shelf unit, white, <a role="button" href="#size">30x57"</a></h1>').shownText.size).toBe(0);
  });

  it('are the line’s text where the whole line is hidden: a heading kept for screen readers says the headline', () => {
    const page = read('<h1 class="sr-only">Council passes the budget</h1><p>The council met.</p><div hidden><p>A menu</p></div>');
    expect(page.lines).toEqual(['Council passes the budget', 'The council met.', 'A menu']);
    expect(page.shownText.size).toBe(0);
  });
});
