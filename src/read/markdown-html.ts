import {createRequire} from 'node:module';
import {InputError} from './decode.js';

// As HTML sniffing does, the first 64 KiB decide.
const SNIFF_CHARS = 65536;
// A Markdown link or image to an address, perhaps with a title: `[text](https://…)`, `[text](/path "Title")`, `![alt](…)`.
const MARKDOWN_LINK = /\[[^\]\n]{0,200}\]\((?:https?:\/\/|\/|#|mailto:)[^)\s]*(?:\s+"[^"\n]{0,200}")?\)/;
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
 * The most Markdown read as Markdown: its parser slows down with size (about 270 KB a second, and more than that on
 * documents of many lists), so a larger document is read as text (see `document.ts`).
 */
export const MAX_MARKDOWN_CHARS = 1024 * 1024;

/**
 * A Markdown document as the HTML page it renders to, which declutter then reads as it reads any page: its headings,
 * lists, tables, code and links become the markup the HTML scorer reads (a menu of links is link text, as on the
 * page it was converted from), and its text is what a reader of the rendered page sees, the syntax gone. Parsed by
 * mdast-util-from-markdown with GFM (tables, strikethrough, autolinks, task lists, footnotes); HTML written inside
 * the Markdown passes through as HTML. YAML front matter that is a mapping of fields, and TOML front matter, are no
 * text of the page: a YAML `title` becomes the page's `<title>`, as the head of a page states one. A document that
 * opens with a `---` rule over paragraphs that are no such mapping keeps them as text. Markup nested deeper than the
 * converters' recursion reaches is an `InputError`.
 */
export function markdownAsHtml(markdown: string): string {
  const {toHast, toHtml} = markdownLibraries();
  let tree = parseMarkdown(markdown, true);
  const first = tree.children[0];
  if (first?.type === 'yaml' && yamlFields(first.value) === undefined) tree = parseMarkdown(markdown, false);
  const top = tree.children[0];
  const title = top?.type === 'yaml' ? stringField(yamlFields(top.value), 'title') : undefined;
  let body: string;
  try {
    body = toHtml(toHast(tree, {allowDangerousHtml: true}), {allowDangerousHtml: true});
  } catch (error) {
    throw tooDeep(error) ? new InputError(TOO_DEEP, 'format') : error;
  }
  const head = title ? `<title>${toHtml({type: 'text', value: title})}</title>` : '';
  return `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
}

const TOO_DEEP = 'Markdown nested too deeply to read (quotes, lists or emphasis thousands deep)';

/** The converters recurse a level of nesting at a time: markup thousands deep runs out of stack. */
function tooDeep(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

function parseMarkdown(markdown: string, withFrontMatter: boolean): ReturnType<Libraries['fromMarkdown']> {
  const {fromMarkdown, gfm, gfmFromMarkdown, frontmatter, frontmatterFromMarkdown} = markdownLibraries();
  try {
    return fromMarkdown(markdown, {
      extensions: withFrontMatter ? [gfm(), frontmatter(['yaml', 'toml'])] : [gfm()],
      mdastExtensions: withFrontMatter ? [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])] : [gfmFromMarkdown()],
    });
  } catch (error) {
    throw tooDeep(error) ? new InputError(TOO_DEEP, 'format') : error;
  }
}

/** A YAML front matter's fields, where it is a mapping of them; undefined for other YAML, or text that is not YAML. */
function yamlFields(yaml: string): Record<string, unknown> | undefined {
  try {
    const fields: unknown = markdownLibraries().parseYaml(yaml);
    return fields && typeof fields === 'object' && !Array.isArray(fields) ? (fields as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function stringField(fields: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = fields?.[name];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
