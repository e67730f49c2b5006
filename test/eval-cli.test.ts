import {cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {constants, tmpdir} from 'node:os';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {EvalResult} from '../src/eval/run.js';
import {runInProcess} from './helpers/in-process.js';
import {bin, declutterCli as declutter, runCommand, signalWhileRenaming} from './helpers/spawn.js';

const BODY_8 = 'The council met on Tuesday evening to vote on the new road.\n\nIt voted to close the road for a year.';
const BODY_9 = 'Alpha beta gamma delta.';

/** A corpus in the shared layout: two val pages (0008, 0009), one train page (0001), the paras rendering and html. */
function writeCorpus(root: string): void {
  mkdirSync(join(root, 'gold'), {recursive: true});
  mkdirSync(join(root, 'text', 'paras'), {recursive: true});
  mkdirSync(join(root, 'html'), {recursive: true});
  const page = (id: string, body: string, text: string) => {
    const gold = {id, url: `https://example.com/${id}`, page_type: 'article', title: null, main_content: body, with: [], without: ['Menu']};
    writeFileSync(join(root, 'gold', `${id}.json`), JSON.stringify(gold));
    writeFileSync(join(root, 'text', 'paras', `${id}.txt`), text);
    // The same page as fetched: its blocks as elements, with a script no reader sees.
    const elements = text.trim().split('\n\n').map((block) => `<p>${block}</p>`).join('');
    const html = `<!DOCTYPE html><html><head><script>var x = "Menu";</script></head><body>${elements}</body></html>`;
    writeFileSync(join(root, 'html', `${id}.html.gz`), gzipSync(html));
  };
  page('0008', BODY_8, BODY_8 + '\n');
  page('0009', BODY_9, `Menu\n\n${BODY_9}\n`);
  page('0001', 'Train page.', 'Train page.\n');
}

describe('declutter eval', () => {
  let scratch: string;
  let corpus: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'declutter-eval-cli-'));
    corpus = join(scratch, 'tiny');
    writeCorpus(corpus);
  });
  afterAll(() => rmSync(scratch, {recursive: true, force: true}));

  it.runIf(existsSync('/dev/full'))('a full stdout (/dev/full): status 1 and one line naming stdout, no stack trace', async () => {
    const run = await runCommand('sh', ['-c', 'exec "$0" "$1" eval "$2" -q > /dev/full', process.execPath, bin, corpus]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^declutter: cannot write to stdout: ENOSPC\b/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('scores declutter and the reference methods on the val pages, as JSON', async () => {
    const run = await declutter(['eval', corpus, '--renderings', 'paras', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as EvalResult;
    expect(result.split).toBe('val');
    expect(result.scored).toBe('title and body');
    expect(result.results.map(({corpus, rendering, pages}) => [corpus, rendering, pages])).toEqual([['tiny', 'paras', 2]]);
    const methods = result.results[0]!.methods;
    expect(methods.map(({method}) => method)).toEqual(['declutter', 'keep everything', 'keep >= 20 words', 'C4 rules']);
    // keep everything: 0008 is exactly its gold (F1 1); 0009 adds "menu" to 4 gold words (P 0.8, R 1, F1 8/9).
    const keepAll = methods[1]!.summary;
    expect(keepAll.word[0]).toMatchObject({pageType: 'all', pages: 2});
    expect(keepAll.word[0]!.precision).toBeCloseTo(0.9, 12);
    expect(keepAll.word[0]!.recall).toBeCloseTo(1, 12);
    expect(keepAll.word[0]!.f1).toBeCloseTo((1 + 8 / 9) / 2, 12);
    // The one snippet, "Menu", must be left out: keep everything leaks it.
    expect(keepAll.snippets).toMatchObject({snippets: 2, precision: 0, recall: 0});
  });

  it('writes declutter\'s extraction of each page with --out, as the text format prints it with the same options', async () => {
    for (const options of [[], ['--threshold', '0']]) {
      const out = join(scratch, `out${options.join('')}`);
      const run = await declutter(['eval', corpus, '--renderings', 'paras', '--out', out, '--no-references', '--quiet', ...options]);
      expect(run.status).toBe(0);
      for (const id of ['0008', '0009']) {
        const input = join(corpus, 'text', 'paras', `${id}.txt`);
        expect(readFileSync(join(out, 'tiny', 'paras', `${id}.txt`), 'utf8')).toBe((await declutter([...options, input])).stdout);
      }
      expect(existsSync(join(out, 'tiny', 'paras', '0001.txt'))).toBe(false);
    }
    // The options reached the library: at threshold 0 the short page 0009 is kept whole, menu and all.
    expect(readFileSync(join(scratch, 'out--threshold0', 'tiny', 'paras', '0009.txt'), 'utf8')).toBe(`Menu\n\n${BODY_9}\n`);
  });

  it('writes an extraction through a link in --out to the file it names, created where it does not exist yet', async () => {
    const out = join(scratch, 'linked');
    mkdirSync(join(out, 'tiny', 'paras'), {recursive: true});
    const link = join(out, 'tiny', 'paras', '0008.txt');
    symlinkSync(join(scratch, 'linked-0008.txt'), link);
    const run = await declutter(['eval', corpus, '--renderings', 'paras', '--out', out, '--no-references', '-q']);
    expect(run.status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(scratch, 'linked-0008.txt'), 'utf8')).toBe((await declutter([join(corpus, 'text', 'paras', '0008.txt')])).stdout);
  });

  it('scores the pages as fetched with --renderings html, read as HTML: the references find the same words as in the text', async () => {
    const run = await declutter(['eval', corpus, '--renderings', 'paras,html', '--format', 'json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as EvalResult;
    expect(result.results.map(({rendering, pages}) => [rendering, pages])).toEqual([['paras', 2], ['html', 2]]);
    // The reference methods see the same blocks either way; declutter scores HTML in its own layout.
    const [paras, html] = result.results.map((r) => r.methods.filter((m) => m.method !== 'declutter').map((m) => m.summary.word[0]!.f1));
    expect(html).toEqual(paras);
    expect(result.results[1]!.methods[0]!.method).toBe('declutter');
  });

  it('scores the body alone with --no-title, and only declutter with --no-references', async () => {
    const run = await declutter(['eval', corpus, '--renderings', 'paras', '--format', 'json', '--no-title', '--no-references']);
    const result = JSON.parse(run.stdout) as EvalResult;
    expect(result.scored).toBe('body');
    expect(result.results[0]!.methods.map(({method}) => method)).toEqual(['declutter']);
  });

  it('takes --split all and lists the worst pages', async () => {
    const run = await declutter(['eval', corpus, '--renderings', 'paras', '--format', 'json', '--split', 'all', '--worst', '2']);
    const result = JSON.parse(run.stdout) as EvalResult;
    expect(result.results[0]!.pages).toBe(3);
    expect(result.results[0]!.methods[0]!.worst).toHaveLength(2);
  });

  it('prints a markdown table per corpus and rendering', async () => {
    const run = await declutter(['eval', corpus, '--renderings', 'paras', '--format', 'markdown']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('### tiny / paras (2 pages)');
    expect(run.stdout).toMatch(/^\| keep everything \| 0\.900 \| 1\.000 \| 0\.944 \|/m);
  });

  it('says how declutter cleaned where it is not the default: the model file, --favor or --threshold, --no-url', async () => {
    const run = await declutter(['eval', corpus, '--renderings', 'paras', '--no-references', '-q', '--favor', 'precision', '--no-url']);
    expect(run.stdout.split('\n')[0]).toBe('split val; declutter scored on its text output, title and body; --favor precision, without URLs (--no-url)');
    const json = await declutter(['eval', corpus, '--renderings', 'paras', '--no-references', '-q', '--threshold', '0.7', '-f', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({model: 'bundled', favor: 'balanced', threshold: 0.7, url: true});
  });

  it('notes a rendering the corpus lacks and skips it', async () => {
    const run = await declutter(['eval', corpus, '--renderings', 'lynx,paras', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('has no lynx rendering: skipped');
    expect((JSON.parse(run.stdout) as EvalResult).results.map(({rendering}) => rendering)).toEqual(['paras']);
  });

  it('scores a page it cannot read as an empty one, and says which and why', async () => {
    const broken = join(scratch, 'broken');
    cpSync(corpus, broken, {recursive: true});
    writeFileSync(join(broken, 'html', '0009.html.gz'), gzipSync(Buffer.from('<html>\u0000\u0000\u0000</html>')));
    const run = await declutter(['eval', broken, '--renderings', 'html', '--format', 'json', '--no-references']);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/broken\/html\/0009\.html\.gz: looks binary.*: scored as an empty page/);
    const result = JSON.parse(run.stdout) as EvalResult;
    expect(result.results[0]!.pages).toBe(2);
    expect(result.results[0]!.methods[0]!.summary.snippets).toMatchObject({snippets: 2});
  });

  it('leaves out a gold page that is not one, naming its file and what is wrong, scores the others, and ends with status 1', async () => {
    const damaged = join(scratch, 'damaged');
    cpSync(corpus, damaged, {recursive: true});
    const gold = readFileSync(join(damaged, 'gold', '0009.json'), 'utf8');
    writeFileSync(join(damaged, 'gold', '0009.json'), gold.slice(0, 40));
    const run = await declutter(['eval', damaged, '--renderings', 'paras', '--format', 'json', '--no-references', '-q']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^declutter: \S*damaged\/gold\/0009\.json: not valid JSON \(.*\): left out\n$/);
    expect((JSON.parse(run.stdout) as EvalResult).results[0]!.pages).toBe(1);

    // A byte-order mark is no fault; fields of the wrong type, or an id its file does not have, are.
    writeFileSync(join(damaged, 'gold', '0009.json'), `\uFEFF${gold}`);
    expect((await declutter(['eval', damaged, '--renderings', 'paras', '--no-references', '-q'])).status).toBe(0);
    for (const [field, value, reason] of [
      ['with', 'Menu', '"with" is not a list of texts'],
      ['main_content', 42, '"main_content" is neither text nor null'],
      ['id', '0001', 'its "id" is "0001", where its file is named for "0009"'],
    ] as const) {
      writeFileSync(join(damaged, 'gold', '0009.json'), JSON.stringify({...JSON.parse(gold), [field]: value}));
      const wrong = await declutter(['eval', damaged, '--renderings', 'paras', '--no-references', '-q']);
      expect(wrong.status, field).toBe(1);
      expect(wrong.stderr, field).toContain(`0009.json: not a gold page: ${reason}: left out`);
    }
  });

  it('reads a text page as a file is read (binary refused, with a note), and counts the pages a rendering lacks', async () => {
    const odd = join(scratch, 'odd');
    cpSync(corpus, odd, {recursive: true});
    writeFileSync(join(odd, 'text', 'paras', '0009.txt'), Buffer.alloc(2000));
    rmSync(join(odd, 'text', 'paras', '0008.txt'));
    const run = await declutter(['eval', odd, '--renderings', 'paras', '--format', 'json', '--no-references']);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/odd\/text\/paras\/0009\.txt: looks binary.*: scored as an empty page/);
    expect(run.stderr).toContain('odd / paras: 1 of 2 pages missing: scored as empty pages');
  });

  it('says so, and ends with status 1, when no page is scored: a split without ids, or corpora without the renderings', async () => {
    const run = await declutter(['eval', corpus, '--renderings', 'paras', '--split', 'train', '--no-references', '-q']);
    expect(run.status).toBe(0);
    const named = join(scratch, 'named');
    mkdirSync(join(named, 'gold'), {recursive: true});
    mkdirSync(join(named, 'text', 'paras'), {recursive: true});
    writeFileSync(join(named, 'gold', 'alpha.json'), JSON.stringify({id: 'alpha', main_content: BODY_9}));
    writeFileSync(join(named, 'text', 'paras', 'alpha.txt'), BODY_9);
    const none = await declutter(['eval', named, '--renderings', 'paras', '--no-references']);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('no page scored: the corpora have no val ids with a gold page in paras (val ids: those whose last digit is 8 or 9; --split all scores every page)');
    expect(none.stdout).toBe('');
    expect((await declutter(['eval', named, '--renderings', 'paras', '--no-references', '--split', 'all'])).status).toBe(0);

    // No report of no page, in any format: it would read as a result.
    const empty = join(scratch, 'empty');
    mkdirSync(join(empty, 'gold'), {recursive: true});
    mkdirSync(join(empty, 'text', 'paras'), {recursive: true});
    for (const format of ['table', 'json', 'markdown']) {
      const run = await declutter(['eval', empty, '--renderings', 'paras', '--split', 'all', '-f', format]);
      expect(run.status, format).toBe(1);
      expect(run.stderr, format).toBe('declutter: eval: no page scored: the corpora have no ids with a gold page in paras\n');
      expect(run.stdout, format).toBe('');
    }
  });

  it('scores a corpus and a rendering once however often they are named, and names a corpus by its folder', async () => {
    const run = await declutter(['eval', corpus, join(corpus, '..', 'tiny'), '--renderings', 'paras,paras', '--format', 'json', '--no-references', '-q']);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as EvalResult).results.map(({corpus, rendering}) => `${corpus} ${rendering}`)).toEqual(['tiny paras']);
    const out = join(scratch, 'by-name');
    const dotted = await declutter(['eval', '.', '--renderings', 'paras', '--no-references', '-q', '--out', out], {cwd: corpus});
    expect(dotted.status).toBe(0);
    expect(existsSync(join(out, 'tiny', 'paras', '0008.txt'))).toBe(true);
  });

  it.for(['SIGINT', 'SIGTERM'] as const)('%s while --out writes an extraction: the temporary file is removed, status 128 + the signal', async (signal) => {
    const out = join(scratch, `signalled-${signal}`);
    const args = ['eval', corpus, '--renderings', 'paras', '--no-references', '-q', '--out', out];
    expect(await signalWhileRenaming(args, signal)).toBe(128 + constants.signals[signal]);
    expect(readdirSync(join(out, 'tiny', 'paras'))).toEqual([]);
  });

  // The refusals run in process (what bin/declutter.cjs calls), sparing a process start each; the next test spawns one.
  it('refuses an --out it cannot write, or that would write over the corpus, before cleaning a page', async () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, 'not a folder');
    const intoFile = await runInProcess(['eval', corpus, '--renderings', 'paras', '--no-references', '-q', '--out', file]);
    expect(intoFile.status).toBe(2);
    expect(intoFile.stderr).toMatch(/cannot write extractions to .*a-file: it is a file, not a folder\n/);
    expect(intoFile.stderr).not.toMatch(/\n\s+at /);

    // A corpus folder named `text`: its extractions would go to text/text/paras/, its own input folder.
    const named = join(scratch, 'text');
    cpSync(corpus, named, {recursive: true});
    const before = readFileSync(join(named, 'text', 'paras', '0009.txt'), 'utf8');
    const overInput = await runInProcess(['eval', named, '--renderings', 'paras', '--no-references', '-q', '--out', named]);
    expect(overInput.status).toBe(2);
    expect(overInput.stderr).toMatch(/will not write extractions to .*paras: it is among the files of corpus/);
    expect(readFileSync(join(named, 'text', 'paras', '0009.txt'), 'utf8')).toBe(before);
  });

  it('refuses two corpora of one name with --out; stops at an extraction it cannot write, naming it, with status 1', async () => {
    const twin = join(scratch, 'twin', 'tiny');
    cpSync(corpus, twin, {recursive: true});
    const both = await runInProcess(['eval', corpus, twin, '--renderings', 'paras', '--no-references', '-q', '--out', join(scratch, 'twins')]);
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/two corpora are named tiny \(.*\): their extractions would share/);

    const out = join(scratch, 'blocked');
    mkdirSync(join(out, 'tiny', 'paras', '0008.txt'), {recursive: true});
    const blocked = await runInProcess(['eval', corpus, '--renderings', 'paras', '--no-references', '-q', '--out', out]);
    expect(blocked.status).toBe(1);
    expect(blocked.stderr).toMatch(/^declutter: cannot write \S*blocked\/tiny\/paras\/0008\.txt: EISDIR/);
    expect(blocked.stderr).not.toMatch(/\n\s+at /);
  });

  it('answers bad usage with exit status 2', async () => {
    const badRendering = await runInProcess(['eval', corpus, '--renderings', 'pdf']);
    expect(badRendering.status).toBe(2);
    expect(badRendering.stderr).toContain('unknown rendering "pdf"');
    expect((await runInProcess(['eval', corpus, '--worst', 'many'])).status).toBe(2);
    expect((await runInProcess(['eval', corpus, '--split', 'test'])).status).toBe(2);
    const noRendering = await runInProcess(['eval', corpus, '--renderings', ',']);
    expect(noRendering.status).toBe(2);
    expect(noRendering.stderr).toContain('--renderings names no rendering');
    const notCorpus = await runInProcess(['eval', scratch]);
    expect(notCorpus.status).toBe(2);
    expect(notCorpus.stderr).toContain('is not a corpus');
  });

  it('takes corpora from DECLUTTER_CORPORA when none is named, and names both ways when neither is used', async () => {
    const none = await declutter(['eval', '--renderings', 'paras', '--format', 'json']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no corpus given: name corpus folders on the command line, or in DECLUTTER_CORPORA');
    const named = await declutter(['eval', corpus, '--renderings', 'paras', '--format', 'json']);
    const listed = await declutter(['eval', '--renderings', 'paras', '--format', 'json'], {env: {DECLUTTER_CORPORA: corpus}});
    expect(listed.status).toBe(0);
    expect(listed.stdout).toBe(named.stdout);
  });
});
