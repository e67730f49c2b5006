import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {Corpus} from '../src/learn/corpus.js';
import {trainingDocuments} from '../src/learn/dataset.js';
import {trainContainerScorerInto} from '../src/learn/container-scorer-only.js';
import {trainModel, type TrainingDocument} from '../src/learn/train.js';
import {analyze} from '../src/pipeline/analyze.js';
import {defaultModel, loadModel} from '../src/pipeline/model.js';
import {blockScores} from '../src/score/score.js';
import type {Model} from '../src/score/model.js';

const SENTENCES = [
  'The council met on Tuesday evening to vote on the new road through the old town centre.',
  'After three hours of debate it voted to close the road to cars for a year, starting in the spring.',
  'Shops along the road said they feared losing customers, and asked for more parking nearby.',
];
const CAPTION = 'Photo: the old road at dusk';
const TEASERS = ['Mayor opens the new library in the market square', 'Schools close early for the summer heat'];

/**
 * A page whose body is its sentences, and whose container holds its caption too, not the menu nor the teasers below:
 * the container labels differ from the body's.
 */
function documentOf(n: number, fromHtml = false): TrainingDocument {
  const body = SENTENCES.map((sentence) => sentence.replace('council', `council of town ${n}`));
  const text = ['Home', 'News', CAPTION, ...body, ...TEASERS].join('\n\n');
  const {rows, descriptions, texts} = analyze(text, {withoutWordScores: true});
  const inBody = (t: string) => body.includes(t);
  return {
    rows,
    descriptions,
    labels: texts.map((t) => (inBody(t) ? 1 : 0)),
    containerLabels: texts.map((t) => (inBody(t) || t === CAPTION ? 1 : 0)),
    fromHtml,
  };
}

const pages = (count: number) => Array.from({length: count}, (_, n) => documentOf(n));
const LOGISTIC = {blockStage: 'logistic', contextStage: 'logistic', title: false} as const;
const json = (value: unknown) => JSON.stringify(value);

describe('the container scorer', () => {
  it('is learned from the container labels of the text documents, and rates the caption inside the container', () => {
    const model = trainModel(pages(6), LOGISTIC);
    expect(model.container).toBeDefined();
    const doc = documentOf(99);
    const caption = doc.containerLabels!.findIndex((label, i) => label === 1 && doc.labels[i] === 0);
    const teaser = doc.labels.length - 1;
    const container = blockScores(model.container!.blockStage, doc.rows);
    const body = blockScores(model.blockStage, doc.rows);
    // The body scorer learned the caption is not body; the container scorer that it lies inside the container.
    expect(container[caption]! - container[teaser]!).toBeGreaterThan(body[caption]! - body[teaser]!);
    expect(container[caption]!).toBeGreaterThan(container[teaser]!);
  });

  it('is not learned without container labels, from HTML documents, or when asked not to be', () => {
    const unlabelled = pages(4).map(({containerLabels: _, ...doc}) => doc);
    expect(trainModel(unlabelled, LOGISTIC).container).toBeUndefined();
    expect(trainModel(pages(4), {...LOGISTIC, container: false}).container).toBeUndefined();
    const html = Array.from({length: 4}, (_, n) => documentOf(n, true));
    expect(trainModel([...unlabelled, ...html], LOGISTIC).container).toBeUndefined();
  });

  it('learned alone into a base, is the one trainModel learns, every other part of the base kept', () => {
    const base = trainModel(pages(3), {...LOGISTIC, container: false});
    const anew = trainModel(pages(6), LOGISTIC);
    const spliced = trainContainerScorerInto(base, pages(6), LOGISTIC);
    expect(json(spliced.container)).toBe(json(anew.container));
    for (const part of Object.keys(base) as (keyof Model)[]) expect(json(spliced[part])).toBe(json(base[part]));
    expect(() => trainContainerScorerInto(base, pages(2).map(({containerLabels: _, ...doc}) => doc), LOGISTIC)).toThrow(/no text document with container labels/);
  });

  it('is checked when a model is loaded', () => {
    const shipped = JSON.parse(json(defaultModel())) as Model;
    const broken = {...shipped, container: {...shipped.html!, blockStage: {kind: 'trees', trees: [], bias: 'x'}}};
    expect(() => loadModel(broken)).toThrow(/model's container\.blockStage has no trees or no bias/);
    expect(() => loadModel({...shipped, container: {...shipped.html!, threshold: 2}})).toThrow(/model's container\.threshold must be from 0 to 1/);
    expect(loadModel({...shipped, container: shipped.html}).container).toBeDefined();
  });
});

describe("a corpus's container labels", () => {
  const root = mkdtempSync(join(tmpdir(), 'declutter-container-'));
  afterAll(() => rmSync(root, {recursive: true, force: true}));
  const body = SENTENCES.join('\n\n');
  const page = ['Home', 'News', CAPTION, body, ...TEASERS].join('\n\n');
  for (const folder of ['gold', 'text/paras', 'text/lynx', 'text/region']) mkdirSync(join(root, folder), {recursive: true});
  for (const id of ['0001', '0002']) {
    writeFileSync(join(root, 'gold', `${id}.json`), JSON.stringify({id, page_type: 'article', main_content: SENTENCES.join('\n'), with: [], without: []}));
    writeFileSync(join(root, 'text', 'paras', `${id}.txt`), page);
    writeFileSync(join(root, 'text', 'lynx', `${id}.txt`), page);
  }
  writeFileSync(join(root, 'text', 'region', '0001.txt'), [CAPTION, body].join('\n\n'));
  // A folder where the region of page 0002 should be: no labels for it, and its renderings still read.
  mkdirSync(join(root, 'text', 'region', '0002.txt'));
  const skipped: string[] = [];
  const documents = [...trainingDocuments(new Corpus(root), ['paras', 'lynx', 'region'], 'train', (_, path) => skipped.push(path))];

  it('labels the blocks of the text renderings by the region, and not those of the region itself', () => {
    const labelled = documents.filter((doc) => doc.containerLabels).map((doc) => `${doc.id} ${doc.rendering}`);
    expect(labelled).toEqual(['0001 paras', '0001 lynx']);
    const paras = documents.find((doc) => doc.id === '0001' && doc.rendering === 'paras')!;
    expect(paras.containerLabels).toEqual(paras.texts!.map((text) => (['Home', 'News', ...TEASERS].includes(text) ? 0 : 1)));
  });

  it('reads the renderings of a page whose region cannot be read, without labels', () => {
    expect(documents.filter((doc) => doc.id === '0002').map((doc) => doc.rendering)).toEqual(['paras', 'lynx']);
    // The region rendering itself is reported as a page that cannot be read, as any rendering is.
    expect(skipped).toEqual([join(root, 'text', 'region', '0002.txt')]);
  });
});
