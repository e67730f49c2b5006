import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';
import {checkDeclutterArguments} from '../src/check-options.js';
import {FEATURE_NAMES} from '../src/features/vector.js';
import {validateModel} from '../src/pipeline/model.js';
import type {Tree, TreeEnsemble} from '../src/score/trees.js';
import {
  BOILERPLATE_LABELS,
  CONTEXT_RULES,
  CUES,
  declutter,
  DEFAULT_ORDER,
  FIELD_ORDER,
  InputError,
  defaultModel,
  loadModel,
  MARKUP_CONTEXTS,
  TITLE_FEATURE_NAMES,
  thresholdFor,
  toJson,
  toText,
  type CleanedDocument,
  type ContextRule,
  type Label,
} from '../src/index.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const NATO = readFileSync(new URL('../fixtures/nato/input.txt', import.meta.url), 'utf8');
const KEPT_LABELS: readonly Label[] = ['title', 'heading', 'body'];

describe('declutter(): the structure, whatever the weights', () => {
  const doc = declutter(NATO);

  it('returns title, titleBlock, body, blocks, layout, language, threshold and metadata, and nothing else', () => {
    expect(Object.keys(doc).sort()).toEqual(['blocks', 'body', 'language', 'layout', 'metadata', 'threshold', 'title', 'titleBlock']);
    expect(doc.layout).toBe('paragraphs');
    expect(doc.language).toBe('eng');
  });

  it('gives every block its text, verdict, label, score in [0, 1] and reasons', () => {
    for (const block of doc.blocks) {
      expect(Object.keys(block).sort()).toEqual(['kept', 'label', 'reasons', 'score', 'text']);
      expect(block.score).toBeGreaterThanOrEqual(0);
      expect(block.score).toBeLessThanOrEqual(1);
      expect(block.reasons.every((reason) => typeof reason === 'string')).toBe(true);
      // Kept blocks are title, heading or body; removed ones a kind of boilerplate, with a reason.
      if (block.kept) expect(KEPT_LABELS).toContain(block.label);
      else {
        expect(BOILERPLATE_LABELS).toContain(block.label);
        expect(block.reasons.length).toBeGreaterThan(0);
      }
    }
  });

  it('keeps the input’s paragraphs, in order, never rewriting them', () => {
    const paragraphs = NATO.split(/\n\s*\n/).map((p) => p.trim());
    expect(doc.blocks.map((block) => block.text)).toEqual(paragraphs.filter(Boolean));
  });

  it('makes the title the title block’s text and the body the other kept blocks, a blank line apart', () => {
    const titles = doc.blocks.filter((block) => block.label === 'title');
    expect(titles.length).toBeLessThanOrEqual(1);
    expect(doc.title).toBe(titles[0]?.text ?? null);
    const kept = doc.blocks.filter((block) => block.kept && block.label !== 'title').map((block) => block.text);
    expect(doc.body).toBe(kept.join('\n\n'));
  });

  it('joins the body from the blocks as they are when it is read: a block a caller drops leaves every printer alike', () => {
    const doc = declutter(NATO);
    const before = doc.body;
    const dropped = doc.blocks.find((block, i) => block.kept && i !== doc.titleBlock)!;
    dropped.kept = false;
    expect(doc.body).not.toBe(before);
    expect(doc.body).not.toContain(dropped.text);
    expect(toText(doc)).not.toContain(dropped.text);
    expect(JSON.parse(toJson(doc)).body).toBe(doc.body);
    // A body the caller sets is the body.
    doc.body = 'Set by hand.';
    expect(toText(doc).endsWith('Set by hand.\n')).toBe(true);
  });

  it('is pure: the same text gives the same document; CRLF gives the same as LF', () => {
    expect(declutter(NATO)).toEqual(doc);
    expect(declutter(NATO.replace(/\n/g, '\r\n'))).toEqual(doc);
  });

  it('cleans empty text to an empty document', () => {
    expect(declutter('')).toMatchObject({title: null, body: '', blocks: []});
    expect(toText(declutter(''))).toBe('');
  });
});

describe('formats over the library’s structure', () => {
  const doc = declutter(NATO);

  it('json is the library’s document, exactly', () => {
    const json = toJson(doc);
    expect(json.endsWith('\n')).toBe(true);
    expect(json.trimEnd()).not.toContain('\n');
    expect(JSON.parse(json)).toEqual(doc);
    expect(JSON.parse(toJson(doc, {pretty: true}))).toEqual(doc);
  });

  it('text is the title block, then the body, a blank line apart, ending in a newline; `title` alone prints nothing', () => {
    const titleLine = doc.titleBlock === null ? null : doc.blocks[doc.titleBlock]!.text;
    const parts = [titleLine, doc.body].filter((part) => part !== null && part !== '');
    expect(toText(doc)).toBe(parts.join('\n\n') + '\n');
    expect(toText({...doc, title: 'A title no block says'})).toBe(toText(doc));
    const noTitle: CleanedDocument = {...doc, title: null, titleBlock: null};
    expect(toText(noTitle)).toBe(doc.body + '\n');
  });
});

describe('options', () => {
  it('threshold 0 keeps at least what threshold 1 keeps, and more here', () => {
    const all = declutter(NATO, {threshold: 0}).blocks.filter((block) => block.kept).length;
    const none = declutter(NATO, {threshold: 1}).blocks.filter((block) => block.kept).length;
    expect(all).toBeGreaterThan(none);
  });

  it('favor moves the threshold: precision at or above balanced, recall at or below', () => {
    const model = defaultModel();
    const balanced = thresholdFor(model, {});
    expect(thresholdFor(model, {favor: 'balanced'})).toBe(balanced);
    expect(thresholdFor(model, {favor: 'precision'})).toBeGreaterThanOrEqual(balanced);
    expect(thresholdFor(model, {favor: 'recall'})).toBeLessThanOrEqual(balanced);
    expect(thresholdFor(model, {favor: 'recall', threshold: 0.42})).toBe(0.42);
  });

  it('thresholdFor refuses the options declutter refuses', () => {
    const model = defaultModel();
    expect(() => thresholdFor(model, {favor: 'maximum' as 'balanced'})).toThrow(/favor must be one of/);
    expect(() => thresholdFor(model, {threshold: 2})).toThrow(RangeError);
    expect(() => thresholdFor(model, {threshold: Number.NaN})).toThrow(/threshold must be a number from 0 to 1/);
  });

  it('reports the threshold a page was judged by: the one asked for, or the page’s own under balanced', () => {
    const model = defaultModel();
    expect(declutter(NATO, {threshold: 0.42}).threshold).toBe(0.42);
    expect(declutter(NATO, {favor: 'precision'}).threshold).toBe(thresholdFor(model, {favor: 'precision'}));
    const own = declutter(NATO).threshold;
    expect(own).toBeGreaterThanOrEqual(0.15);
    expect(own).toBeLessThanOrEqual(0.6);
    // Every block kept by the scorer alone (no context rule among its reasons) scored at least that threshold.
    for (const block of declutter(NATO).blocks) if (block.kept && block.reasons.length === 0) expect(block.score).toBeGreaterThanOrEqual(own - 0.001);
  });

  it('a model round-tripped through JSON, as --model reads it, cleans the same', () => {
    const model = loadModel(JSON.parse(JSON.stringify(defaultModel())));
    expect(declutter(NATO, {model})).toEqual(declutter(NATO));
  });

  it('shared objects cannot be changed by one caller for the others: the bundled model\'s settings, the rules, the cues', () => {
    const model = defaultModel() as {threshold: number; thresholds: {precision: number}};
    expect(() => (model.threshold = 0.99)).toThrow(TypeError);
    expect(() => (model.thresholds.precision = 0.99)).toThrow(TypeError);
    expect(() => ((CONTEXT_RULES as ContextRule[]).length = 0)).toThrow(TypeError);
    expect(() => ((CONTEXT_RULES[0] as {name: string}).name = 'renamed')).toThrow(TypeError);
    expect(() => ((CUES[0] as {whole: boolean}).whole = !CUES[0]!.whole)).toThrow(TypeError);
    // The lists the library exports: the metadata's order of sources, the labels, the markup's contexts, the columns.
    expect(() => ((FIELD_ORDER as Record<string, unknown>)['url'] = ['jsonLd'])).toThrow(TypeError);
    expect(() => (FIELD_ORDER.url as string[]).reverse()).toThrow(TypeError);
    for (const list of [DEFAULT_ORDER, BOILERPLATE_LABELS, MARKUP_CONTEXTS, TITLE_FEATURE_NAMES]) expect(() => (list as string[]).reverse()).toThrow(TypeError);
    // A copy is the caller's to change.
    const copy = loadModel(structuredClone(defaultModel()));
    copy.thresholds!.precision = 1;
    expect(declutter(NATO, {model: copy, favor: 'precision'}).body).not.toBe(declutter(NATO, {favor: 'precision'}).body);
    expect(defaultModel().thresholds!.precision).not.toBe(1);
  });

  it('a language given is used instead of the detected one', () => {
    expect(declutter(NATO, {language: 'deu'}).language).toBe('deu');
  });

  it('loadModel refuses what is not a model of this version', () => {
    expect(() => loadModel({})).toThrow(/not a declutter model/);
    expect(() => loadModel({...defaultModel(), version: 99})).toThrow(/version/);
    expect(() => loadModel({...defaultModel(), features: ['x']})).toThrow(/features/);
    expect(() => loadModel({...defaultModel(), features: FEATURE_NAMES.slice(0, FEATURE_NAMES.indexOf('markup:html') - 1)})).toThrow(/features/);
  });

  it('the shipped model passes every check a model read from a file must pass, its trees walked node by node', () => {
    // defaultModel() leaves its trees unwalked, for start-up: this is where they are checked.
    const shipped = defaultModel();
    expect(shipped.html && shipped.container && shipped.title).toBeTruthy();
    expect(() => validateModel(structuredClone(shipped))).not.toThrow();
  });

  it('loadModel refuses thresholds outside [0, 1], which would keep every block or none', () => {
    const copy = () => structuredClone(defaultModel());
    expect(() => loadModel({...copy(), threshold: 7})).toThrow(/threshold must be from 0 to 1, not 7/);
    expect(() => loadModel({...copy(), thresholds: {precision: 7, recall: 0.2}})).toThrow(/thresholds\.precision must be from 0 to 1/);
    expect(() => loadModel({...copy(), thresholds: 'x'})).toThrow(/thresholds is not an object/);
    const html = copy();
    expect(() => loadModel({...html, html: {...html.html!, threshold: -1}})).toThrow(/html\.threshold must be from 0 to 1/);
  });

  it('loadModel refuses trees a walk could not finish or read, naming the stage and the tree', () => {
    const withTree = (change: (tree: Tree) => void, stage: 'blockStage' | 'contextStage' = 'blockStage') => {
      const model = structuredClone(defaultModel());
      change((model[stage] as TreeEnsemble).trees[3]!);
      return model;
    };
    const inner = (tree: Tree) => tree.feature.findIndex((feature) => feature >= 0);
    expect(() => loadModel(withTree((tree) => (tree.left[inner(tree)] = 99_999)))).toThrow(/blockStage tree 3 has node \d+ whose children are not nodes after it/);
    expect(() => loadModel(withTree((tree) => (tree.right[inner(tree)] = 0)))).toThrow(/blockStage tree 3 has node/);
    expect(() => loadModel(withTree((tree) => (tree.feature[inner(tree)] = 10_000), 'contextStage'))).toThrow(/contextStage tree 3 reads column 10000/);
    expect(() => loadModel(withTree((tree) => tree.value.pop()))).toThrow(/blockStage tree 3 needs lists/);
    // A node under two parents (each walk doubles), and a chain deeper than any learner grows (the walks overflow).
    const shared = (tree: Tree) => {
      const at = inner(tree);
      tree.right[at] = tree.left[at]!;
    };
    expect(() => loadModel(withTree(shared))).toThrow(/blockStage tree 3 has node \d+ under two parents/);
    const chain = (tree: Tree) => {
      const n = 200;
      Object.assign(tree, {
        feature: Array.from({length: 2 * n + 1}, (_, i) => (i % 2 === 0 && i < 2 * n ? 0 : -1)),
        threshold: Array.from({length: 2 * n + 1}, () => 0),
        left: Array.from({length: 2 * n + 1}, (_, i) => (i % 2 === 0 && i < 2 * n ? i + 2 : -1)),
        right: Array.from({length: 2 * n + 1}, (_, i) => (i % 2 === 0 && i < 2 * n ? i + 1 : -1)),
        value: Array.from({length: 2 * n + 1}, () => 0),
      });
    };
    expect(() => loadModel(withTree(chain))).toThrow(/blockStage tree 3 is deeper than 64 levels/);
    expect(() => loadModel(withTree((tree) => Object.assign(tree, {threshold: undefined})))).toThrow(/blockStage tree 3 needs lists/);
  });

  it('walks a model\'s trees once, however many declutter() calls it is given to, and its settings at every call', () => {
    const model = loadModel(structuredClone(defaultModel()));
    expect(declutter(NATO, {model}).body).toBe(declutter(NATO).body);
    // Its settings are still checked at each call: a threshold set out of range after the first is refused.
    const threshold = model.threshold;
    model.threshold = 7;
    expect(() => declutter(NATO, {model})).toThrow(/model: model's threshold must be from 0 to 1, not 7/);
    model.threshold = threshold;
    // Its tree lists were walked at the first check: one broken in place afterwards is not walked again (its copy is).
    const tree = (model.blockStage as TreeEnsemble).trees[3]!;
    tree.left[tree.feature.findIndex((feature) => feature >= 0)] = 99_999;
    expect(() => loadModel(model)).not.toThrow();
    expect(() => loadModel(structuredClone(model))).toThrow(/blockStage tree 3 has node/);
  });

  it('loadModel refuses a model whose block features are a prefix of this version\'s, and says how to retrain', () => {
    const {html: _html, title: _title, ...textScorer} = defaultModel();
    const textColumns = {...textScorer, features: FEATURE_NAMES.slice(0, FEATURE_NAMES.indexOf('markup:html'))};
    expect(() => loadModel(textColumns)).toThrow(/column \d+ is nothing, not "markup:html"\. Retrain it with `declutter train/);
  });
});

describe('option validation (checkDeclutterArguments)', () => {
  it.each([
    [{threshold: 1.5}, RangeError, /threshold/],
    [{threshold: -0.1}, RangeError, /threshold/],
    [{threshold: Number.NaN}, RangeError, /threshold/],
    [{threshold: '0.5'}, RangeError, /threshold/],
    [{favor: 'maximum'}, RangeError, /favor/],
    [{language: 'english'}, RangeError, /language/],
    // Three letters, but no stopword list: it would be cleaned with English stopwords and no word table.
    [{language: 'zzz'}, RangeError, /language "zzz" has no stopword list/],
    [{model: {}}, TypeError, /model/],
    [{maxBlocks: 0}, RangeError, /maxBlocks/],
    [{maxBlocks: 2.5}, RangeError, /maxBlocks/],
    [{maxBlocks: '10'}, RangeError, /maxBlocks/],
    [null, TypeError, /options/],
    [{templates: {}}, TypeError, /templates must be an object with an isTemplate/],
    [{url: 'not an address'}, RangeError, /url must be an absolute address/],
    [{url: '/news/story'}, RangeError, /url must be an absolute address/],
    // As `--url` refuses it: the scheme "example.com", and no host.
    [{url: 'example.com:8080/news/story'}, RangeError, /url must be an absolute address/],
    [{favour: 'precision'}, TypeError, /declutter has no option "favour" \(its options: .*favor/],
  ])('refuses %j', (options, type, message) => {
    expect(() => checkDeclutterArguments('text', options)).toThrow(type);
    expect(() => checkDeclutterArguments('text', options)).toThrow(message);
  });

  it('refuses text that is not a string', () => {
    expect(() => checkDeclutterArguments(new Uint8Array(), {})).toThrow(TypeError);
  });

  it('takes every valid option', () => {
    const valid = {threshold: 0, favor: 'recall', language: 'eng', model: defaultModel(), maxBlocks: 1, url: 'https://example.com/news/story'};
    expect(() => checkDeclutterArguments('text', valid)).not.toThrow();
    expect(() => checkDeclutterArguments('text', {threshold: 1})).not.toThrow();
    expect(() => checkDeclutterArguments('text', undefined)).not.toThrow();
  });

  it('maxBlocks refuses a document of more blocks with an InputError, and cleans one of as many', () => {
    const text = 'First paragraph of prose here.\n\nSecond paragraph of prose here.\n\nThird paragraph of prose here.';
    expect(declutter(text, {maxBlocks: 3}).blocks).toHaveLength(3);
    let thrown: unknown;
    try {
      declutter(text, {maxBlocks: 2});
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect(thrown).toMatchObject({code: 'too-large', message: 'has 3 blocks, over the limit of 2'});
  });

  // A bad threshold would keep nothing and a bad favor clean as balanced, silently: declutter() refuses them.
  it('declutter() refuses bad options', () => {
    expect(() => declutter(NATO, {threshold: 5})).toThrow(RangeError);
    expect(() => declutter(NATO, {favor: 'max' as 'recall'})).toThrow(RangeError);
  });
});

describe('the package, as a dependency sees it (built dist/)', () => {
  it("import {declutter} from 'declutter' returns what the json format prints", async () => {
    const script = [
      "import {declutter} from 'declutter';",
      "import {readFileSync} from 'node:fs';",
      "process.stdout.write(JSON.stringify(declutter(readFileSync('fixtures/nato/input.txt', 'utf8'))));",
    ].join('\n');
    const {stdout} = await run(process.execPath, ['--input-type=module', '-e', script], {cwd: root});
    expect(JSON.parse(stdout)).toEqual(JSON.parse(toJson(declutter(NATO))));
  });

  it('loads its lazy parsers (htmlparser2, parse-english) itself, whatever require the host has about', async () => {
    // node -e, a REPL or a CommonJS test runner have a global require that resolves from elsewhere.
    const script = [
      "globalThis.require = () => { throw new Error('the host require was used'); };",
      "const {declutter} = await import('declutter');",
      "const html = declutter('<!DOCTYPE html><p>Mr. Smith met U.S. officials.</p>');",
      'process.stdout.write(JSON.stringify([html.layout, html.blocks[0].text]));',
    ].join('\n');
    const {stdout} = await run(process.execPath, ['--input-type=module', '-e', script], {cwd: root});
    expect(JSON.parse(stdout)).toEqual(['html', 'Mr. Smith met U.S. officials.']);
  });

  it('its types accept proper use and reject misuse (tsc on test/types/consumer.ts)', async () => {
    const tsc = fileURLToPath(new URL('../node_modules/.bin/tsc', import.meta.url));
    const result = await run(tsc, ['-p', 'test/types/tsconfig.json'], {cwd: root}).catch((error: {stdout: string}) => error);
    expect(result.stdout).toBe('');
  });
});
