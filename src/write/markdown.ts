import {createRequire} from 'node:module';
import type {CleanedDocument} from '../types.js';
import {escapeUnprintable, frontMatterFields, needsEscapes} from './front-matter.js';
import {narrowEscapes} from './markdown-escapes.js';
import {toMdast, type MarkdownOptions} from './mdast.js';

export type {MarkdownOptions} from './mdast.js';

interface Libraries {
  serializer: typeof import('mdast-util-to-markdown');
  gfm: typeof import('mdast-util-gfm');
  frontmatter: typeof import('mdast-util-frontmatter');
  yaml: typeof import('yaml');
}
let libraries: Libraries | undefined;

/**
 * mdast-util-to-markdown, mdast-util-gfm, mdast-util-frontmatter and yaml, loaded on the first call (require of an ES
 * module, Node >= 20.19): some fifty modules that importing the library would otherwise load for every user, Markdown
 * or not.
 */
function markdownLibraries(): Libraries {
  if (!libraries) {
    const require = createRequire(import.meta.url);
    libraries = {
      serializer: require('mdast-util-to-markdown') as Libraries['serializer'],
      gfm: require('mdast-util-gfm') as Libraries['gfm'],
      frontmatter: require('mdast-util-frontmatter') as Libraries['frontmatter'],
      yaml: require('yaml') as Libraries['yaml'],
    };
  }
  return libraries;
}

/**
 * The markdown format: the title as a level-1 heading, then the kept blocks (see `toMdast`), serialised by
 * mdast-util-to-markdown with GFM tables; its escaping, narrowed to what declutter writes (`narrowEscapes`), keeps
 * every character of the text a character of the text.
 * With `frontMatter`, the page's metadata first, as YAML between `---` lines (the fields it states). Empty when
 * nothing is kept and no front matter is asked for.
 */
export function toMarkdown(doc: CleanedDocument, options: MarkdownOptions = {}): string {
  const tree = toMdast(doc, options);
  const fields = options.frontMatter ? frontMatterFields(doc.metadata) : undefined;
  if (tree.children.length === 0 && !fields) return '';
  const {serializer, gfm, frontmatter, yaml} = markdownLibraries();
  // YAML 1.1's rules for quoting, so that readers of either version (Jekyll and PyYAML read 1.1) take every value for
  // the string it is: `yes`, `on` and dates quoted.
  if (fields) {
    const document = new yaml.Document(fields, {version: '1.1'});
    // A string holding a character only an escape can write is double-quoted, where escapes are read: yaml quotes one
    // holding a C1 control on its own, but writes U+FFFE and U+FFFF plain.
    yaml.visit(document, {
      Scalar(_key, node) {
        if (typeof node.value === 'string' && needsEscapes(node.value)) node.type = 'QUOTE_DOUBLE';
      },
    });
    tree.children.unshift({type: 'yaml', value: escapeUnprintable(document.toString({lineWidth: 0}).trimEnd())});
  }
  const extensions = [gfm.gfmToMarkdown(), frontmatter.frontmatterToMarkdown(['yaml']), narrowEscapes(serializer.defaultHandlers)];
  return serializer.toMarkdown(tree, {bullet: '-', fences: true, listItemIndent: 'one', extensions});
}
