import type {PageHead} from '../read/page-head.js';

/**
 * The address an HTML page states for itself: its canonical link (`<link rel="canonical">`), else its `og:url`; only
 * an absolute http or https address. A page fetched with `curl` and piped through declutter carries its address this
 * way, and it stands for `--url` where none is given.
 */
export function statedAddress(head: PageHead | undefined): string | undefined {
  if (!head) return undefined;
  const ogUrl = head.metas.find((meta) => meta.key === 'og:url')?.content;
  for (const candidate of [head.canonical, ogUrl]) {
    if (candidate && URL.canParse(candidate) && /^https?:$/.test(new URL(candidate).protocol)) return candidate;
  }
  return undefined;
}
