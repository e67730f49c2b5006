/**
 * Does a page's address look like a news story's? News sites file stories under a date (`/2025/12/18/`), a `news`,
 * `story` or `article` section, or end them with a long numeric id. The cross-validation's report reads it, to show
 * news stories apart from the other articles, and training may weigh them (`page-weight.ts`).
 */
export function looksLikeNewsUrl(url: string | null | undefined): boolean {
  return url ? NEWS_URL.test(url) : false;
}

const NEWS_URL = /\/(?:19|20)\d\d\/\d{1,2}\/|\/(?:news|story|stories|articles?|politics|world|business)\/|\d{6,}(?:\.html?)?\/?$/i;
