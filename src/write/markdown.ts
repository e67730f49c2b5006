import {createRequire} from 'node:module';
import type {CleanedDocument} from '../types.js';
import {frontMatterFields, frontMatterYaml} from './front-matter.js';
import {narrowEscapes} from './markdown-escapes.js';
import {checkMarkdownArguments, mdastOf, type MarkdownOptions} from './mdast.js';

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
  checkMarkdownArguments('toMarkdown', doc, options);
  const tree = mdastOf(doc, options);
  const fields = options.frontMatter ? frontMatterFields(doc.metadata ?? {}) : undefined;
  if (tree.children.length === 0 && !fields) return '';
  const {serializer, gfm, frontmatter, yaml} = markdownLibraries();
  if (fields) tree.children.unshift({type: 'yaml', value: frontMatterYaml(fields, yaml)});
  const extensions = [gfm.gfmToMarkdown({tablePipeAlign: false}), frontmatter.frontmatterToMarkdown(['yaml']), narrowEscapes(serializer.defaultHandlers)];
  return serializer.toMarkdown(tree, {bullet: '-', fences: true, listItemIndent: 'one', extensions});
}
