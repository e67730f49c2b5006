import {describe, expect, it} from 'vitest';
import {declutter, learnTemplates, toText} from '../src/index.js';
import {sitePage, PROMO_LINES, SHARED_SENTENCE, SITE_PAGES} from './batch-site.js';

describe('learnTemplates (the library)', () => {
  const site = Array.from({length: SITE_PAGES}, (_, i) => sitePage(i));

  it('learns a site’s template lines from its pages, for declutter’s templates option', () => {
    const templates = learnTemplates(site);
    for (const line of PROMO_LINES) expect(templates.isTemplate(line)).toBe(true);
    expect(templates.isTemplate(SHARED_SENTENCE)).toBe(false);
    const cleaned = toText(declutter(site[0]!, {templates}));
    for (const line of PROMO_LINES) expect(cleaned).not.toContain(line);
    expect(toText(declutter(site[0]!))).toContain(PROMO_LINES[0]);
  });

  it('takes any iterable, and learns nothing from too few pages', () => {
    function* pages() {
      yield* site;
    }
    expect(learnTemplates(pages()).isTemplate(PROMO_LINES[0]!)).toBe(true);
    expect(learnTemplates(site.slice(0, 2)).isTemplate(PROMO_LINES[0]!)).toBe(false);
  });

  it('refuses a page that is not a string', () => {
    expect(() => learnTemplates([site[0]!, 42 as unknown as string])).toThrow(TypeError);
  });
});
