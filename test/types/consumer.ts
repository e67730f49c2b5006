// A program that uses declutter as a dependency would: compiled by api.test.ts against the built package's types
// (dist/*.d.ts, through package.json "exports"). Each @ts-expect-error is a misuse the types must reject.
import {declutter, decodeBytes, matchCues, toJson, type CleanedDocument, type DeclutterOptions, type Label, type PageMetadata, type ScoredBlock} from 'declutter';

const options: DeclutterOptions = {favor: 'precision', threshold: 0.5, language: 'eng'};
const doc: CleanedDocument = declutter('Some text.', options);

const title: string | null = doc.title;
const body: string = doc.body;
const first: ScoredBlock | undefined = doc.blocks[0];
if (first) {
  const text: string = first.text;
  const kept: boolean = first.kept;
  const label: Label = first.label;
  const score: number = first.score;
  const reasons: string[] = first.reasons;
  void [text, kept, label, score, reasons];
}
const json: string = toJson(doc);
const metadata: PageMetadata = doc.metadata;
const authors: string[] = metadata.author;
const published: string | null = metadata.date;
void [title, body, json, authors, published];

// An option read from an unset variable is undefined, which means the default, under exactOptionalPropertyTypes too.
const fromEnvironment: string | undefined = process.env['DECLUTTER_LANGUAGE'];
declutter('text', {language: fromEnvironment, favor: undefined, threshold: undefined});
decodeBytes(new Uint8Array(), {charset: fromEnvironment});
decodeBytes(new ArrayBuffer(8));

// @ts-expect-error: favor is one of three words
declutter('text', {favor: 'maximum'});
// @ts-expect-error: threshold is a number
declutter('text', {threshold: '0.5'});
// @ts-expect-error: declutter takes text, not bytes
declutter(new Uint8Array());
// @ts-expect-error: labels are a closed set
const wrong: Label = 'footer';
// @ts-expect-error: the title may be missing
const sure: string = doc.title;
// @ts-expect-error: matchCues takes the block's text alone (the keyed form is internal)
matchCues('Read more', 'read more');
// @ts-expect-error: the metadata is read, not written
doc.metadata = metadata;
void [wrong, sure];
