import {cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {constants, tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {loadModel} from '../src/index.js';
import {runInProcess} from './helpers/in-process.js';
import {bin, declutterCli, runCommand, signalWhileRenaming} from './helpers/spawn.js';

// A small corpus in the shared layout, written by the test: each page is an article among menus, share bars and
// related links, in the paras rendering. Ids ending in 8 or 9 would be validation pages; these are all train ids.
const root = mkdtempSync(join(tmpdir(), 'declutter-train-'));
const junk = ['Home', 'News', 'Sport', 'Share on Facebook', 'Read Next', 'A headline about something else entirely', 'Sign up for our newsletter', '© 2026 Example Media. All rights reserved.'];
const sentences = [
  'The council met on Tuesday to discuss the budget for the coming year, and most members spoke in favour of it.',
  'Residents had asked for longer library hours, and the plan sets aside money for two new librarians.',
  'The mayor said the vote would take place next month, after a public hearing in the town hall.',
  'Critics argued that the plan did too little for road repairs, which they called the most urgent need.',
  'A final version will be published before the hearing so that residents can read it in full.',
];

function writeCorpus(): void {
  mkdirSync(join(root, 'gold'));
  mkdirSync(join(root, 'text', 'paras'), {recursive: true});
  for (let page = 0; page < 12; page++) {
    const id = String(page * 10).padStart(4, '0');
    const body = sentences.map((sentence, i) => sentences[(i + page) % sentences.length]!.replace('council', `council of town ${page}`));
    const text = [...junk.slice(0, 4), `Town ${page} council backs budget`, ...body, ...junk.slice(4)].join('\n\n');
    writeFileSync(join(root, 'text', 'paras', `${id}.txt`), text);
    writeFileSync(join(root, 'gold', `${id}.json`), JSON.stringify({id, page_type: 'article', main_content: body.join('\n'), with: [], without: []}));
  }
}
writeCorpus();
afterAll(() => rmSync(root, {recursive: true, force: true}));

describe('declutter train', () => {
  it('writes a model that loads, cleans with it, and is the same model when trained again', async () => {
    const first = join(root, 'first.json');
    const second = join(root, 'second.json');
    const trained = await declutterCli(['train', root, '--renderings', 'paras', '-q', '-o', first]);
    expect(trained.status).toBe(0);
    expect(() => loadModel(JSON.parse(readFileSync(first, 'utf8')))).not.toThrow();

    expect((await declutterCli(['train', root, '--renderings', 'paras', '-q', '-o', second])).status).toBe(0);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));

    const cleaned = await declutterCli(['--model', first, join(root, 'text', 'paras', '0010.txt')]);
    expect(cleaned.status).toBe(0);
    expect(cleaned.stdout).toContain('library hours');
    expect(cleaned.stdout).not.toContain('Share on Facebook');
  });

  // The refusals run in process (what bin/declutter.cjs calls), sparing a process start each; the last test spawns one.
  it('refuses to write a model from no training pages (a rendering the corpus lacks), and writes no file', async () => {
    const out = join(root, 'empty.json');
    const run = await runInProcess(['train', root, '--renderings', 'lynx', '-q', '-o', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no training pages/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an output in a folder that does not exist before training, not after', async () => {
    const run = await runInProcess(['train', root, '--renderings', 'paras', '-q', '-o', join(root, 'missing', 'model.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/cannot write the model to .*missing.*: .*missing: no such folder\n/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    // A file where a folder of the path should be is said in words too.
    const blocker = `${root}-blocker`;
    writeFileSync(blocker, 'a file\n');
    const inFile = await runInProcess(['train', root, '--renderings', 'paras', '-q', '-o', join(blocker, 'model.json')]);
    const underFile = await runInProcess(['train', root, '--renderings', 'paras', '-q', '-o', join(blocker, 'sub', 'model.json')]);
    rmSync(blocker);
    expect(inFile.status).toBe(2);
    expect(inFile.stderr).toMatch(/-blocker: not a folder\n/);
    expect(underFile.status).toBe(2);
    expect(underFile.stderr).toMatch(/-blocker\/sub: a part of the path is a file, not a folder\n/);
  });

  it('refuses, before training, to write the model over a corpus file or onto a folder', async () => {
    const page = join(root, 'text', 'paras', '0010.txt');
    const before = readFileSync(page, 'utf8');
    const overInput = await runInProcess(['train', root, '--renderings', 'paras', '-q', '-o', page]);
    expect(overInput.status).toBe(2);
    expect(overInput.stderr).toMatch(/will not write the model to .*0010\.txt: it is among the files of corpus/);
    expect(readFileSync(page, 'utf8')).toBe(before);

    const ontoFolder = await runInProcess(['train', root, '--renderings', 'paras', '-q', '-o', root]);
    expect(ontoFolder.status).toBe(2);
    expect(ontoFolder.stderr).toMatch(/cannot write the model to .*: it is a folder/);
    expect(ontoFolder.stderr).not.toMatch(/\n\s+at /);
  });

  it('names an unknown option as the usage error, not the -o it lacks; its help says -o is required, its defaults as eval\'s are', async () => {
    const bogus = await runInProcess(['train', '--bogus']);
    expect(bogus.status).toBe(2);
    expect(bogus.stderr).toContain("unknown option '--bogus'");
    expect(bogus.stderr).not.toContain('--out');
    const noOut = await runInProcess(['train', root]);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toContain('train needs -o, --out <file>');
    const help = (await runInProcess(['train', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).toMatch(/-o, --out <file> where to write the model, required/);
    expect(help).toContain('(default: paras,blocks,lynx,region,html)');
    expect((await runInProcess(['eval', '--help'])).stdout.replace(/\s+/g, ' ')).toContain('(default: paras,blocks,lynx,region)');
  });

  it('refuses, before training, an output that names no file and a seed that is not a whole number from 1 to 2^32 - 1', async () => {
    for (const out of ['', join(root, 'model.json') + '/']) {
      const run = await runInProcess(['train', root, '--renderings', 'paras', '-q', '-o', out]);
      expect(run.status, out).toBe(2);
      expect(run.stderr, out).toContain("name the model's file");
    }
    for (const seed of ['0', '0x10', '1e3', '2.5', '4294967296']) {
      const run = await runInProcess(['train', root, '--renderings', 'paras', '-q', '--seed', seed, '-o', join(root, 'never.json')]);
      expect(run.status, seed).toBe(2);
      expect(run.stderr, seed).toContain(`--seed must be a whole number from 1 to 4294967295, not "${seed}"`);
    }
  });

  it('leaves out a page it cannot read, naming it, learns from the others and ends with status 1; -o - writes to stdout', async () => {
    const damaged = mkdtempSync(join(tmpdir(), 'declutter-train-damaged-'));
    try {
      cpSync(root, damaged, {recursive: true, filter: (path) => !path.endsWith('.json') || path.includes('/gold')});
      writeFileSync(join(damaged, 'gold', '0010.json'), '{"id": "0010", "main_con');
      // Named twice, one corpus is learned once.
      const run = await declutterCli(['train', damaged, join(damaged, '.'), '--renderings', 'paras,paras', '-q', '-o', '-']);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^declutter: \S*gold\/0010\.json: not valid JSON \(.*\): left out\n$/);
      const model = JSON.parse(run.stdout) as {trainedOn: {documents: number; corpora: string[]}};
      expect(model.trainedOn.documents).toBe(11);
      expect(model.trainedOn.corpora).toHaveLength(1);
    } finally {
      rmSync(damaged, {recursive: true, force: true});
    }
  });

  it('ends with status 1, not a usage error, when every train page\'s gold file is bad, and writes no model', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'declutter-train-bad-gold-'));
    try {
      cpSync(root, bad, {recursive: true, filter: (path) => !path.endsWith('.json') || path.includes('/gold')});
      for (let page = 0; page < 12; page++) writeFileSync(join(bad, 'gold', `${String(page * 10).padStart(4, '0')}.json`), '{"id": ');
      const out = join(bad, 'model.json');
      const run = await runInProcess(['train', bad, '--renderings', 'paras', '-q', '-o', out]);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/gold\/0110\.json: not valid JSON .*: left out\n/);
      expect(run.stderr).toMatch(/declutter: train: no model written: no train page is left to learn from once the bad gold files named above are left out\n$/);
      expect(run.stderr).not.toContain('--help');
      expect(existsSync(out)).toBe(false);
    } finally {
      rmSync(bad, {recursive: true, force: true});
    }
  });

  it('-o - into a reader that leaves early: status 0, and no claim that the model was written', async () => {
    // The model (over a megabyte) is more than a pipe holds, so head leaves while the model is still being written.
    const status = join(root, 'status');
    const script = '("$0" "$1" train "$2" --renderings paras -o -; echo $? > "$3") | head -c 100 > /dev/null';
    const run = await runCommand('sh', ['-c', script, process.execPath, bin, root, status]);
    expect(readFileSync(status, 'utf8').trim()).toBe('0');
    expect(run.stderr).not.toContain('wrote the model');
    expect(run.stderr).toContain('the reader of stdout left before the whole model was written');
  });

  it('SIGINT while the model is renamed into place: the temporary file is removed, status 130, no model', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'declutter-train-signal-'));
    try {
      const out = join(folder, 'model.json');
      expect(await signalWhileRenaming(['train', root, '--renderings', 'paras', '-q', '-o', out], 'SIGINT')).toBe(128 + constants.signals.SIGINT);
      expect(readdirSync(folder)).toEqual([]);
    } finally {
      rmSync(folder, {recursive: true, force: true});
    }
  });

  it.for([
    ['a file', true],
    ['no file yet', false],
  ] as const)('writes the model through a link to %s, to the file it names, keeping the link', async ([what, exists]) => {
    const target = join(root, `target-${what.replaceAll(' ', '-')}.json`);
    const link = join(root, `link-${what.replaceAll(' ', '-')}.json`);
    if (exists) writeFileSync(target, '{}');
    symlinkSync(target, link);
    const run = await declutterCli(['train', root, '--renderings', 'paras', '-q', '-o', link]);
    expect(run.status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(() => loadModel(JSON.parse(readFileSync(target, 'utf8')))).not.toThrow();
  });

  it('refuses a folder that is not a corpus, with a usage error', async () => {
    const run = await runInProcess(['train', join(root, 'text'), '-o', join(root, 'never.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('not a corpus');
  });

  it('names both ways to give corpora when neither is used, and reads DECLUTTER_CORPORA', async () => {
    const out = join(root, 'from-variable.json');
    const none = await declutterCli(['train', '-q', '-o', out]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no corpus given: name corpus folders on the command line, or in DECLUTTER_CORPORA');
    expect(existsSync(out)).toBe(false);
    const listed = await declutterCli(['train', '--renderings', 'paras', '-q', '-o', out], {env: {DECLUTTER_CORPORA: root}});
    expect(listed.status).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});
