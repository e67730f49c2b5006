import {createRequire} from 'node:module';

// As HTML sniffing does, the first 64 KiB decide.
const SNIFF_CHARS = 65536;
// A Markdown link or image to an address: `[text](https://…)`, `[text](/path)`, `![alt](…)`.
const MARKDOWN_LINK = /\[[^\]\n]{0,200}\]\((?:https?:\/\/|\/|#|mailto:)[^)\s]*\)/;
// How many lines with one make a text Markdown: a page a scraper wrote as Markdown has its menus' links, dozens of
// them; text scraped as text has none, or a few that a page quoted.
const MARKDOWN_LINK_LINES = 10;

/**
 * Does this text read as Markdown, as scrapers that write Markdown give a page? Decided on its first kilobytes by its
 * links: ten lines or more that hold a Markdown link or image to an address. Markdown without links reads as well
 * as text.
 */
export function looksLikeMarkdown(text: string): boolean {
  const start = text.slice(0, SNIFF_CHARS);
  // Most texts have no "](" at all: they pay for this search alone.
  if (!start.includes('](')) return false;
  let lines = 0;
  for (const line of start.split('\n')) if (line.includes('](') && MARKDOWN_LINK.test(line) && ++lines >= MARKDOWN_LINK_LINES) return true;
  return false;
}

interface Libraries {
  fromMarkdown: typeof import('mdast-util-from-markdown').fromMarkdown;
  gfm: typeof import('micromark-extension-gfm').gfm;
  gfmFromMarkdown: typeof import('mdast-util-gfm').gfmFromMarkdown;
  frontmatter: typeof import('micromark-extension-frontmatter').frontmatter;
  frontmatterFromMarkdown: typeof import('mdast-util-frontmatter').frontmatterFromMarkdown;
  toHast: typeof import('mdast-util-to-hast').toHast;
  toHtml: typeof import('hast-util-to-html').toHtml;
  parseYaml: typeof import('yaml').parse;
}
let libraries: Libraries | undefined;

/**
 * The unified libraries that read Markdown, loaded on the first Markdown document (require of an ES module, Node >=
 * 20.19): text and HTML never load them.
 */
function markdownLibraries(): Libraries {
  if (!libraries) {
    const require = createRequire(import.meta.url);
    libraries = {
      fromMarkdown: (require('mdast-util-from-markdown') as typeof import('mdast-util-from-markdown')).fromMarkdown,
      gfm: (require('micromark-extension-gfm') as typeof import('micromark-extension-gfm')).gfm,
      gfmFromMarkdown: (require('mdast-util-gfm') as typeof import('mdast-util-gfm')).gfmFromMarkdown,
      frontmatter: (require('micromark-extension-frontmatter') as typeof import('micromark-extension-frontmatter')).frontmatter,
      frontmatterFromMarkdown: (require('mdast-util-frontmatter') as typeof import('mdast-util-frontmatter')).frontmatterFromMarkdown,
      toHast: (require('mdast-util-to-hast') as typeof import('mdast-util-to-hast')).toHast,
      toHtml: (require('hast-util-to-html') as typeof import('hast-util-to-html')).toHtml,
      parseYaml: (require('yaml') as typeof import('yaml')).parse,
    };
  }
  return libraries;
}

/**
 * A Markdown document as the HTML page it renders to, which declutter then reads as it reads any page: its headings,
 * lists, tables, code and links become the markup the HTML scorer reads (a menu of links is link text, as on the
 * page it was converted from), and its text is what a reader of the rendered page sees, the syntax gone. Parsed by
 * mdast-util-from-markdown with GFM (tables, strikethrough, autolinks, task lists, footnotes); HTML written inside
 * the Markdown passes through as HTML. YAML or TOML front matter is no text of the page: its `title`, if any, becomes
 * the page's `<title>`, as the head of a page states one.
 */
export function markdownAsHtml(markdown: string): string {
  const {fromMarkdown, gfm, gfmFromMarkdown, frontmatter, frontmatterFromMarkdown, toHast, toHtml} = markdownLibraries();
  const tree = fromMarkdown(markdown, {
    extensions: [gfm(), frontmatter(['yaml', 'toml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
  });
  const title = frontMatterTitle(tree.children[0]);
  const body = toHtml(toHast(tree, {allowDangerousHtml: true}), {allowDangerousHtml: true});
  const head = title ? `<title>${toHtml({type: 'text', value: title})}</title>` : '';
  return `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
}

/** The `title` a YAML front matter states, if it is a string; TOML's and any other's are not read. */
function frontMatterTitle(node: {type: string; value?: string} | undefined): string | undefined {
  if (node?.type !== 'yaml' || !node.value) return undefined;
  try {
    const fields: unknown = markdownLibraries().parseYaml(node.value);
    const title = fields && typeof fields === 'object' ? (fields as Record<string, unknown>)['title'] : undefined;
    return typeof title === 'string' && title.trim() ? title.trim() : undefined;
  } catch {
    // Front matter that is not YAML a parser reads says nothing the page needs.
    return undefined;
  }
}
