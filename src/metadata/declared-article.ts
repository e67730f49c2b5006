import type {PageHead} from '../read/page-head.js';
import {jsonLdNodes, mainNode, types} from './json-ld.js';
import {ARTICLE_TYPES} from './schema-types.js';

/**
 * What an HTML page says it is: an article, by the type of its JSON-LD main entity (`jsonLd`: Article, NewsArticle,
 * BlogPosting...), or only by its OpenGraph type (`openGraph`: `og:type` "article"); undefined where it says neither.
 * JSON-LD comes first: a publisher sets og:type "article" on listings and products too more often than it names them
 * articles in its structured data.
 */
export type DeclaredArticle = 'jsonLd' | 'openGraph';

// Only a script that names an article type can declare one: the others are not parsed for it.
const MAY_NAME_ARTICLE = /Article|BlogPosting/;

export function declaredArticle(head: PageHead | undefined): DeclaredArticle | undefined {
  if (!head) return undefined;
  if (head.jsonLd.some((script) => MAY_NAME_ARTICLE.test(script))) {
    const main = mainNode(head.jsonLd.flatMap((_script, i) => jsonLdNodes(head.jsonLd, i)));
    if (main && types(main).some((type) => ARTICLE_TYPES.test(type))) return 'jsonLd';
  }
  const ogType = head.metas.find((meta) => meta.key === 'og:type');
  return ogType?.content.trim().toLowerCase() === 'article' ? 'openGraph' : undefined;
}
