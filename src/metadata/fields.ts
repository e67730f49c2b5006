import type {PageMetadata} from '../types.js';

export type {PageMetadata} from '../types.js';

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
