import type {PageMetadata} from '../types.js';

/**
 * The fields of a page's metadata that Markdown front matter carries: those the page states, in `PageMetadata`'s
 * order, under the names of the json format. Undefined when the page states none, so that no empty block is written.
 */
export function frontMatterFields(metadata: PageMetadata): Partial<PageMetadata> | undefined {
  const fields: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(metadata) as [keyof PageMetadata, PageMetadata[keyof PageMetadata]][]) {
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    fields[name] = value;
  }
  return Object.keys(fields).length > 0 ? (fields as Partial<PageMetadata>) : undefined;
}
