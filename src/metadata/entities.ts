import {createRequire} from 'node:module';

type Entities = typeof import('entities');
let entities: Entities | undefined;

/**
 * A string with its HTML character references decoded: JSON-LD is script text, which the HTML parser leaves as it
 * is, and many sites write `&#039;` or `&amp;` into it. Loaded on the first string that has one.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  entities ??= createRequire(import.meta.url)('entities') as Entities;
  return entities.decodeHTML(text);
}
