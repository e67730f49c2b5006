/**
 * A page's metadata: what it says about itself. A field the page does not state is `null` (or an empty list): no
 * value is guessed.
 */
export interface PageMetadata {
  title: string | null;
  /** The authors' names, as the page gives them, in its order. */
  author: string[];
  /** When the page was published: ISO 8601 (a date, or a date and time as precise as the page states it). */
  date: string | null;
  /** When it was last changed, as `date`. */
  modified: string | null;
  siteName: string | null;
  description: string | null;
  /** The canonical URL. */
  url: string | null;
  /** The page's lead image (a URL as the page gives it). */
  image: string | null;
  /** The language the page declares (a BCP 47 tag such as `en` or `de-DE`). */
  language: string | null;
  /** Keywords, tags and sections the page names. */
  tags: string[];
}

export const SCALAR_FIELDS = ['title', 'date', 'modified', 'siteName', 'description', 'url', 'image', 'language'] as const;
export const LIST_FIELDS = ['author', 'tags'] as const;
export type ScalarField = (typeof SCALAR_FIELDS)[number];
export type ListField = (typeof LIST_FIELDS)[number];
export type MetadataField = ScalarField | ListField;

/** What one source of metadata found: only the fields it states. */
export type FoundMetadata = Partial<Pick<PageMetadata, ScalarField>> & Partial<Pick<PageMetadata, ListField>>;

/** The metadata of a page that states nothing. */
export function emptyMetadata(): PageMetadata {
  return {title: null, author: [], date: null, modified: null, siteName: null, description: null, url: null, image: null, language: null, tags: []};
}
