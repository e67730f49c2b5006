import {spawn, spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {Readable} from 'node:stream';
import {gzipSync} from 'node:zlib';
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import {wantsColor} from '../src/cli/color.js';
import {EVERY_BLOCK_REMOVED} from '../src/cli/clean-command.js';
import {MAX_INPUT_BYTES, maxBlocksInMemory, readInput, STDIN, wantsHelpInstead} from '../src/cli/read-input.js';
import {declutter, defaultModel, toJson, toText, type DeclutterOptions} from '../src/index.js';
import {runInProcess} from './helpers/in-process.js';
import {bin, cleanEnv, declutterCli as cli, projectRoot, runCommand} from './helpers/spawn.js';

// The CLI as a user runs it: the built program (npm test builds first), spawned, with pipes for stdio.
const NATO = readFileSync(join(projectRoot, 'fixtures/nato/input.txt'), 'utf8');
const SECOND = [
  'Storm closes schools across the region',
  'Heavy snow closed hundreds of schools across the region on Tuesday, and officials warned that roads would stay dangerous until the weekend.',
  'ADVERTISEMENT',
  'The weather service said up to 40 centimetres could fall in the hills overnight, with strong winds causing drifts on exposed roads.',
  'Read Next',
  'Ten tips for driving in snow',
  'Share on Facebook',
].join('\n\n');
// Latin-1 French with a windows-1252 apostrophe (0x92), as an old Windows scraper writes it.
const FRENCH = [
  'Le café de la gare ferme après quarante ans',
  'Le café de la gare, ouvert en 1984, a fermé ses portes samedi. « C’est la fin d’une époque », a déclaré Hélène, la propriétaire, devant une foule émue.',
  'Les habitués étaient venus nombreux pour un dernier verre, et beaucoup ont évoqué les années où le café était le cœur du quartier.',
].join('\n\n');
const CP1252: Record<string, number> = {'’': 0x92, 'œ': 0x9c};
const windows1252 = (text: string) => Uint8Array.from([...text], (char) => CP1252[char] ?? char.charCodeAt(0));

const ESC = '\u001b[';
const text = (input: string, options?: DeclutterOptions) => toText(declutter(input, options));
/** The json line of a named file: the library's document, after the file's name. */
const namedJson = (name: string, doc: ReturnType<typeof declutter>) => `{"input":${JSON.stringify(name)},${toJson(doc).slice(1)}`;

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'declutter-cli-'));
  writeFileSync(path('nato.txt'), NATO);
  writeFileSync(path('second.txt'), SECOND);
  writeFileSync(path('french.txt'), windows1252(FRENCH));
  writeFileSync(path('nato.txt.gz'), gzipSync(NATO));
  writeFileSync(path('corrupt.gz'), gzipSync(NATO).subarray(0, 200));
  writeFileSync(path('empty.txt'), '');
  writeFileSync(path('nuls.txt'), NATO.replace('\n\n', '\u0000\u0000\n\n'));
  writeFileSync(path('binary.bin'), Uint8Array.from({length: 4096}, (_, i) => (i * 131) % 256));
  writeFileSync(path('controls.txt'), Uint8Array.from({length: 600}, (_, i) => (i % 2 ? 0x41 : 1 + (i % 7))));
  writeFileSync(path('big.txt'), Array.from({length: 200}, () => NATO).join('\n\n'));
  writeFileSync(path('model.json'), JSON.stringify(defaultModel()));
  writeFileSync(path('not-a-model.json'), '{"format": "something else"}');
});
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe.concurrent('input', () => {
  it('cleans a file to stdout, as the library does, with nothing on stderr', async ({expect}) => {
    const run = await cli([path('nato.txt')]);
    expect(run).toMatchObject({status: 0, stderr: ''});
    expect(run.stdout).toBe(text(NATO));
    expect(run.stdout).not.toBe('');
  });

  it('reads stdin when no file is given', async ({expect}) => {
    expect(await cli([], {input: NATO})).toMatchObject({status: 0, stdout: text(NATO), stderr: ''});
  });

  it('keeps a short input of one line whole', async ({expect}) => {
    for (const input of ['Short note.\n', 'Hello world\n']) {
      expect(await cli([], {input})).toMatchObject({status: 0, stdout: input, stderr: ''});
    }
  });

  it('says on stderr when cleaning removed every block of a document, and points to -f explain; -q silences it', async ({expect}) => {
    const menu = 'ADVERTISEMENT\n\nRead more\n\nShare on Facebook\n\nSign in\n\nSkip to main content\n';
    const run = await cli([], {input: menu});
    expect(run).toMatchObject({status: 0, stdout: ''});
    expect(run.stderr).toContain(EVERY_BLOCK_REMOVED);
    expect(await cli(['-q'], {input: menu})).toMatchObject({status: 0, stdout: '', stderr: ''});
    expect((await cli([], {input: ''})).stderr).toBe('');
  });

  it('reads stdin for -, in its place among files, like cat', async ({expect}) => {
    // A text of its own on stdin, so that the order shows where it was read.
    const run = await cli([path('nato.txt'), '-', path('second.txt')], {input: FRENCH});
    expect(run).toMatchObject({status: 0, stderr: ''});
    expect(text(FRENCH)).not.toBe('');
    expect(run.stdout).toBe(text(NATO) + text(FRENCH) + text(SECOND));
  });

  it('reads a gzipped file by its magic bytes', async ({expect}) => {
    expect(await cli([path('nato.txt.gz')])).toMatchObject({status: 0, stdout: text(NATO), stderr: ''});
  });

  it('reads a windows-1252 file right and names the encoding in a note on stderr; -q silences the note', async ({expect}) => {
    const run = await cli(['--threshold', '0', path('french.txt')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(text(FRENCH, {threshold: 0}));
    expect(run.stdout).toContain('« C’est la fin d’une époque »');
    expect(run.stderr).toBe(`declutter: ${path('french.txt')}: not UTF-8: read as windows-1252\n`);
    const quiet = await cli(['-q', '--threshold', '0', path('french.txt')]);
    expect(quiet).toMatchObject({status: 0, stdout: run.stdout, stderr: ''});
  });

  it('cleans a file with a few NULs as if they were not there, and counts them in a note on stderr', async ({expect}) => {
    const run = await cli([path('nuls.txt')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(text(NATO));
    expect(run.stderr).toBe(`declutter: ${path('nuls.txt')}: 2 control characters that are not text (NUL and the like) removed\n`);
  });

  // What `declutter <(cat a.txt)` is given: a pipe by name, read as stdin is, with no size to check first.
  it.skipIf(process.platform === 'win32')('reads a FIFO as a stream', async ({expect}) => {
    const fifo = path('nato.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const writer = spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', join(projectRoot, 'fixtures/nato/input.txt'), fifo], {stdio: 'ignore'});
    try {
      const run = await cli([fifo]);
      expect(run).toMatchObject({status: 0, stdout: readFileSync(join(projectRoot, 'fixtures/nato/expected.txt'), 'utf8'), stderr: ''});
    } finally {
      // Still blocked opening the FIFO if the CLI never did.
      writer.kill();
    }
  });

  // A parent process's pipe is often a socket (Node's own `spawn` makes one), which Linux will not open by name.
  it.skipIf(process.platform === 'win32')('reads /dev/stdin when stdin is a socket', async ({expect}) => {
    const run = await cli(['/dev/stdin'], {input: NATO});
    expect(run).toMatchObject({status: 0, stdout: readFileSync(join(projectRoot, 'fixtures/nato/expected.txt'), 'utf8'), stderr: ''});
  });

  it.skipIf(process.platform === 'win32')('says a folder given as stdin is one, and fails', async ({expect}) => {
    const run = await runCommand('sh', ['-c', `"${process.execPath}" "${bin}" < "${dir}"`]);
    expect(run).toMatchObject({status: 1, stdout: '', stderr: 'declutter: <stdin>: is a directory\n'});
  });

  // Opening process.stdin makes a pipe non-blocking, and the pipe may be shared with the rest of a shell pipeline.
  it('reads a named file without opening stdin', async ({expect}) => {
    const stdin = vi.spyOn(process, 'stdin', 'get');
    try {
      await readInput(path('nato.txt'), MAX_INPUT_BYTES);
      expect(stdin).not.toHaveBeenCalled();
    } finally {
      stdin.mockRestore();
    }
  });

  it('refuses a binary stream on its first bytes, not at the size limit, and reads text and gzip streams whole', async ({expect}) => {
    /** A stream of `chunk` over and over, `times` times (or without end), counting the bytes it gave. */
    const repeating = (chunk: Uint8Array, times = Number.POSITIVE_INFINITY) => {
      const given = {bytes: 0};
      let left = times;
      const stream = new Readable({
        read() {
          if (left-- <= 0) return void this.push(null);
          given.bytes += chunk.length;
          this.push(chunk);
        },
      });
      return {stream, given};
    };
    const zeros = repeating(new Uint8Array(16384));
    await expect(readInput(STDIN, MAX_INPUT_BYTES, zeros.stream)).rejects.toThrow(/looks binary/);
    expect(zeros.given.bytes).toBeLessThan(1 << 20);
    const line = Buffer.from('A line of plain prose, long enough to be a paragraph of a page.\n');
    const text = repeating(line, 4000);
    expect((await readInput(STDIN, MAX_INPUT_BYTES, text.stream)).text).toHaveLength(line.length * 4000);
    // Lines that hardly compress, so that the gzip stream runs past the first sample.
    const packed = gzipSync(Buffer.concat(Array.from({length: 4000}, (_, i) => Buffer.from(`Line ${i}: ${createHash('sha1').update(String(i)).digest('hex')}\n`))));
    expect(packed.length).toBeGreaterThan(70000);
    const gzipped = repeating(packed.subarray(0, 70000), 1);
    const rest = repeating(packed.subarray(70000), 1);
    const joined = Readable.from((async function* () {
      for await (const chunk of gzipped.stream) yield chunk;
      for await (const chunk of rest.stream) yield chunk;
    })());
    expect((await readInput(STDIN, MAX_INPUT_BYTES, joined)).gzipped).toBe(true);
  });

  it('refuses a size limit variable that is not a positive whole number, as a usage error', async ({expect}) => {
    for (const [name, value] of [['DECLUTTER_MAX_BYTES', 'abc'], ['DECLUTTER_MAX_BLOCKS', '-5'], ['DECLUTTER_MAX_BYTES', '1e3']]) {
      const run = await cli([path('nato.txt')], {env: {[name!]: value!}});
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`${name} takes a positive whole number, not "${value}"`);
    }
  });

  it('cleans an empty file to nothing, successfully', async ({expect}) => {
    expect(await cli([path('empty.txt')])).toMatchObject({status: 0, stdout: '', stderr: ''});
    const json = await cli(['-f', 'json', path('empty.txt')]);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({title: null, body: '', blocks: []});
  });
});

describe.concurrent('formats', () => {
  it('json answers an input it cannot clean with a line in its place, so lines still match inputs', async ({expect}) => {
    const run = await cli(['-f', 'json', path('nato.txt'), path('missing.txt'), path('second.txt')]);
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toEqual({input: path('missing.txt'), error: 'no such file'});
    expect(lines[2].body).toContain('Heavy snow closed hundreds of schools');
    expect(run.stderr).toBe(`declutter: ${path('missing.txt')}: no such file\n`);
  });

  it('json prints the library’s document, one line per input, each named file\'s opening with its name', async ({expect}) => {
    const run = await cli(['-f', 'json', path('nato.txt'), path('second.txt')]);
    expect(run).toMatchObject({status: 0, stderr: ''});
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      {input: path('nato.txt'), ...declutter(NATO)},
      {input: path('second.txt'), ...declutter(SECOND)},
    ]);
    expect(run.stdout).toBe(namedJson(path('nato.txt'), declutter(NATO)) + namedJson(path('second.txt'), declutter(SECOND)));
    // stdin has no name to give: its line is the library's document alone.
    expect((await cli(['-f', 'json'], {input: NATO})).stdout).toBe(toJson(declutter(NATO)));
  });

  it('explain prints every block with its verdict, label and score in a margin, and the reasons of removed ones', async ({expect}) => {
    const run = await cli(['-f', 'explain', path('second.txt')]);
    expect(run).toMatchObject({status: 0, stderr: ''});
    const blocks = declutter(SECOND).blocks;
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(blocks.length);
    for (const [i, block] of blocks.entries()) {
      const margin = new RegExp(`^${block.kept ? '\\+' : '-'} ${block.label} +${block.score.toFixed(2)} │ `);
      expect(lines[i]).toMatch(margin);
      expect(lines[i]).toContain(block.text);
      if (!block.kept) expect(lines[i]).toContain(`‹${block.reasons.join(', ')}›`);
    }
  });
});

describe.concurrent('colour', () => {
  it('colours explain only with FORCE_COLOR or a terminal: text and json stay clean', async ({expect}) => {
    const env = {FORCE_COLOR: '1'};
    const [plain, json, explain, plainExplain] = await Promise.all([
      cli([path('nato.txt')], {env}),
      cli(['-f', 'json', path('nato.txt')], {env}),
      cli(['-f', 'explain', path('nato.txt')], {env}),
      cli(['-f', 'explain', path('nato.txt')]),
    ]);
    expect(plain.stdout).toBe(text(NATO));
    expect(json.stdout).toBe(namedJson(path('nato.txt'), declutter(NATO)));
    expect(explain.stdout).toContain(ESC);
    expect(plainExplain.stdout).not.toContain(ESC);
    // Colour is all that differs; a block of several lines stays together under its margin.
    expect(explain.stdout.replace(/\u001b\[\d+m/g, '')).toBe(plainExplain.stdout);
    expect(plainExplain.stdout).toMatch(/FEATURED STORIES\n +│ NEWSINFO/);
  });

  it('the decision: a terminal, unless NO_COLOR, FORCE_COLOR=0 or TERM=dumb; FORCE_COLOR anywhere', ({expect}) => {
    const tty = {isTTY: true};
    const pipe = {isTTY: false};
    expect(wantsColor(tty, {})).toBe(true);
    expect(wantsColor(pipe, {})).toBe(false);
    expect(wantsColor(tty, {NO_COLOR: '1'})).toBe(false);
    expect(wantsColor(tty, {NO_COLOR: ''})).toBe(true);
    expect(wantsColor(pipe, {FORCE_COLOR: '1'})).toBe(true);
    expect(wantsColor(pipe, {FORCE_COLOR: '3', NO_COLOR: 'yes'})).toBe(false);
    expect(wantsColor(tty, {FORCE_COLOR: '0'})).toBe(false);
    expect(wantsColor(tty, {FORCE_COLOR: 'false'})).toBe(false);
    expect(wantsColor(tty, {TERM: 'dumb'})).toBe(false);
  });

  it('explain shows the input’s own escape sequences as symbols, so that they cannot recolour a terminal', async ({expect}) => {
    const input = `${SECOND}\n\nA \u001b[31mred\u001b[0m word in a paragraph that someone scraped from a terminal log.`;
    const run = await cli(['-f', 'explain', '--threshold', '0'], {input});
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain(ESC);
    expect(run.stdout).toContain('A ␛[31mred␛[0m word');
  });

  it('NO_COLOR wins over FORCE_COLOR', async ({expect}) => {
    const run = await cli(['-f', 'explain', path('nato.txt')], {env: {FORCE_COLOR: '1', NO_COLOR: '1'}});
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain(ESC);
    expect(run.stdout).toContain('│');
  });
});

describe.concurrent('options', () => {
  it.for([
    [['--favor', 'precision'], {favor: 'precision'}],
    [['--favor', 'recall'], {favor: 'recall'}],
    [['--threshold', '0'], {threshold: 0}],
    [['--threshold', '0.75'], {threshold: 0.75}],
    [['--language', 'deu', '-f', 'json'], {language: 'deu'}],
    [['--language', 'DEU', '-f', 'json'], {language: 'deu'}],
  ] as [string[], DeclutterOptions][])('%j cleans as the library does with %j', async ([args, options], {expect}) => {
    const run = await cli([...args, path('nato.txt')]);
    expect(run).toMatchObject({status: 0, stderr: ''});
    const doc = declutter(NATO, options);
    expect(run.stdout).toBe(args.includes('json') ? namedJson(path('nato.txt'), doc) : toText(doc));
  });

  it('names the language of a page that is not English, as the library does (its stopwords load on first use)', async ({expect}) => {
    const german = [
      'Die Regierung hat am Mittwoch beschlossen, dass die neuen Regeln für den Verkehr in der Stadt ab der nächsten Woche gelten sollen.',
      'Nach Angaben des Ministeriums wurden die Pläne mit den Ländern abgestimmt, die sich aber noch nicht auf alle Einzelheiten geeinigt haben.',
    ].join('\n\n');
    const run = await cli(['-f', 'json'], {input: german});
    expect(run).toMatchObject({status: 0, stderr: ''});
    expect(JSON.parse(run.stdout)).toMatchObject({language: 'deu'});
    expect(run.stdout).toBe(toJson(declutter(german)));
  });

  it('--url gives the page its address, whose slug names the title that the page alone leaves unnamed', async ({expect}) => {
    const url = 'https://news.example.com/2024/03/05/council-agrees-harbour-bridge-plan-123456.html';
    const page = [
      'Council agrees new plan for the harbour bridge',
      '5 March 2024',
      'The city council voted on Tuesday to rebuild the harbour bridge, which has been closed to lorries since the spring.',
      'Work is to start next year and take three years, the council said, at a cost of some forty million pounds.',
      'Residents have long asked for the bridge to be repaired, and local shops say they have lost trade since it closed.',
    ].join('\n\n');
    const [alone, addressed] = await Promise.all([cli(['-f', 'json'], {input: page}), cli(['-f', 'json', '--url', url], {input: page})]);
    expect(addressed).toMatchObject({status: 0, stderr: ''});
    expect(JSON.parse(alone.stdout)).toMatchObject({titleBlock: null});
    expect(JSON.parse(addressed.stdout)).toMatchObject({titleBlock: 0, title: 'Council agrees new plan for the harbour bridge'});
    expect(addressed.stdout).toBe(toJson(declutter(page, {url})));
  });

  it('--model reads a model file', async ({expect}) => {
    expect(await cli(['--model', path('model.json'), path('nato.txt')])).toMatchObject({status: 0, stdout: text(NATO)});
  });

  it('--help and --version print to stdout and succeed', async ({expect}) => {
    const help = await cli(['--help']);
    expect(help.status).toBe(0);
    for (const option of ['--format', '--favor', '--threshold', '--model', '--language', '--quiet']) {
      expect(help.stdout).toContain(option);
    }
    const {version} = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {version: string};
    expect(await cli(['--version'])).toMatchObject({status: 0, stdout: `${version}\n`});
  });

  it('takes `help` and `help eval` as git does, as train and eval are taken, and a file named help as ./help', async ({expect}) => {
    const usage = (await cli(['--help'])).stdout;
    expect(await cli(['help'])).toMatchObject({status: 0, stdout: usage});
    expect(await cli(['help', 'eval'])).toMatchObject({status: 0, stdout: (await cli(['eval', '--help'])).stdout});
    // A command that does not exist is a usage error that lists those that do, not two missing files.
    const unknown = await cli(['help', 'nonsense']);
    expect(unknown).toMatchObject({status: 2, stdout: ''});
    expect(unknown.stderr).toMatch(/^declutter: help takes a command's name or nothing, not nonsense \(commands: [a-z, ]*eval[a-z, ]*; a file named help is \.\/help\)/);
    // A file named help, or one named as help's argument, changes nothing: the first word names the command.
    const folder = mkdtempSync(join(tmpdir(), 'declutter-help-'));
    writeFileSync(join(folder, 'help'), NATO);
    writeFileSync(join(folder, 'page.txt'), NATO);
    expect(await cli(['help'], {cwd: folder})).toMatchObject({status: 0, stdout: usage});
    expect(await cli(['help', 'page.txt'], {cwd: folder})).toMatchObject({status: 2, stdout: ''});
    expect(await cli(['./help'], {cwd: folder})).toMatchObject({status: 0, stdout: text(NATO)});
    rmSync(folder, {recursive: true});
  });
});

const USAGE_ERRORS: [string, string[]][] = [
  ['an unknown option', ['--bogus']],
  ['an unknown format', ['-f', 'xml']],
  ['a missing option value', ['-f']],
  ['a threshold out of range', ['--threshold', '1.5']],
  ['a threshold that is not a number', ['--threshold', 'high']],
  ['a threshold in hexadecimal, which Number() reads as 1', ['--threshold', '0x1']],
  ['a threshold in binary notation', ['--threshold', '0b0']],
  ['an unknown favor', ['--favor', 'speed']],
  ['a language that is not a code', ['--language', 'english']],
  ['a language code without a stopword list (a typo)', ['--language', 'zzz']],
  ['a missing model file', ['--model', 'no-such-model.json']],
  ['a file that is not a model', ['--model', 'NOT_A_MODEL']],
  ['an address that is not absolute', ['--url', 'news/story.html']],
  ['an empty JSONL field name', ['--text-field', '']],
  ['a JSONL text field that declutter writes its metadata into', ['--text-field', 'metadata', '--input-format', 'jsonl']],
  ['an output extension of a compression, for outputs written uncompressed', ['-o', 'OUT', '--out-ext', 'txt.gz']],
  ['an output extension of dots alone', ['-o', 'OUT', '--out-ext', '..']],
  ['an address without its scheme, whose host reads as one', ['--url', 'example.com:8080/news/story']],
  ["an address for a record stream, whose records name their own", ['--url', 'https://example.com/news/story', '--input-format', 'jsonl']],
  ['an address for two pages', ['--url', 'https://example.com/news/story', 'SECOND']],
];
// OUT: an output folder that a usage error leaves unmade.
const STAND_INS: Record<string, () => string> = {
  NOT_A_MODEL: () => path('not-a-model.json'),
  SECOND: () => path('second.txt'),
  OUT: () => join(tmpdir(), 'declutter-usage-error-never-made'),
};
const usageArgs = (args: string[]) => [...args.map((arg) => STAND_INS[arg]?.() ?? arg), path('nato.txt')];

describe('exit status 2: usage errors', () => {
  // Each case in process (run() is what bin/declutter.cjs calls), to spare a process start each; two spawned below.
  it.for(USAGE_ERRORS)('%s: status 2, nothing cleaned, the reason named as declutter names every error, a hint to --help', async ([, args]) => {
    const {status, stdout, stderr} = await runInProcess(usageArgs(args));
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^declutter: \S/);
    expect(stderr).not.toMatch(/^error: /m);
    expect(stderr.endsWith('(run declutter --help for usage)\n')).toBe(true);
  });

  it('says a bad value once, in declutter’s words, not wrapped in commander’s', async () => {
    const {status, stderr} = await runInProcess(['--threshold', '2', path('nato.txt')]);
    expect(status).toBe(2);
    expect(stderr).toBe('declutter: --threshold takes a number from 0 to 1, not "2"\n(run declutter --help for usage)\n');
  });

  it.for([
    [['eval', '--bogus'], 'eval'],
    [['train', '--corpus', 'x'], 'train'],
    [['eval', '--split', 'nope'], 'eval'],
    [['eval', '--worst', 'many'], 'eval'],
  ] as const)('points a subcommand’s usage error to its own help: %j', async ([args, name]) => {
    const {status, stderr} = await runInProcess([...args]);
    expect(status).toBe(2);
    expect(stderr.endsWith(`(run declutter ${name} --help for usage)\n`)).toBe(true);
  });

  it('takes a command’s name for the command only where commander ran it, not as an option’s value', async () => {
    const {status, stderr} = await runInProcess(['--model', 'eval', '--threshold', '2', path('nato.txt')]);
    expect(status).toBe(2);
    expect(stderr).toBe('declutter: --threshold takes a number from 0 to 1, not "2"\n(run declutter --help for usage)\n');
  });

  describe.concurrent('as a spawned process', () => {
    it.for([USAGE_ERRORS[0]!, USAGE_ERRORS.at(-1)!])('%s', async ([, args], {expect}) => {
      const spawned = await cli(usageArgs(args));
      expect(spawned.status).toBe(2);
      expect(spawned.stdout).toBe('');
      expect(spawned.stderr).toContain('--help');
    });
  });
});

describe.concurrent('exit status 1: an input failed, the others still cleaned', () => {
  it.for([
    ['a missing file', 'missing.txt', /no such file/],
    ['a binary file', 'binary.bin', /binary/],
    ['a file of control characters', 'controls.txt', /binary/],
    ['a corrupt gzip file', 'corrupt.gz', /gzip/],
  ] as [string, string, RegExp][])('%s', async ([, name, reason], {expect}) => {
    const run = await cli([path('nato.txt'), path(name), path('second.txt')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(text(NATO) + text(SECOND));
    expect(run.stderr).toMatch(new RegExp(`^declutter: ${path(name)}: `));
    expect(run.stderr).toMatch(reason);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('input over the size limit, from a file and from stdin', async ({expect}) => {
    const env = {DECLUTTER_MAX_BYTES: '1000'};
    const file = await cli([path('nato.txt')], {env});
    expect(file).toMatchObject({status: 1, stdout: ''});
    expect(file.stderr).toMatch(new RegExp(`${path('nato.txt')}: .*over the .*limit`));
    const stdin = await cli([], {env, input: NATO});
    expect(stdin.status).toBe(1);
    expect(stdin.stderr).toMatch(/<stdin>: .*limit/);
    expect(await cli([path('second.txt')], {env})).toMatchObject({status: 0, stdout: text(SECOND)});
  });

  it('a document of more blocks than fit in memory, named, and the others still cleaned', async ({expect}) => {
    const [small, large] = [declutter(SECOND).blocks.length, declutter(NATO).blocks.length];
    expect(large).toBeGreaterThan(small);
    const run = await cli([path('nato.txt'), path('second.txt')], {env: {DECLUTTER_MAX_BLOCKS: String(small)}});
    expect(run).toMatchObject({status: 1, stdout: text(SECOND)});
    expect(run.stderr).toBe(`declutter: ${path('nato.txt')}: has ${large} blocks, over the limit of ${small}\n`);
  });

  it('names a file whose name holds control characters with them escaped, so that they cannot rewrite a terminal', async ({expect}) => {
    const name = 'red\u001b[31m\rline.txt';
    writeFileSync(path(`${name}.bin`), Uint8Array.from({length: 4096}, (_, i) => (i * 131) % 256));
    const run = await cli([path(name), path(`${name}.bin`), path('second.txt')]);
    expect(run).toMatchObject({status: 1, stdout: text(SECOND)});
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    const [missing, binary] = run.stderr.trimEnd().split('\n');
    expect(missing).toBe(`declutter: ${path('red\\u001b[31m\\u000dline.txt')}: no such file`);
    expect(binary).toMatch(/^declutter: .*red\\u001b\[31m\\u000dline\.txt\.bin: looks binary/);
  });

  it('the block limit follows the heap, at 1.5 KB a block, unless DECLUTTER_MAX_BLOCKS sets one', () => {
    expect(maxBlocksInMemory({}, 1.5 * 1024 ** 3)).toBe(1024 ** 2);
    expect(maxBlocksInMemory({DECLUTTER_MAX_BLOCKS: '300'}, 4 * 1024 ** 3)).toBe(300);
    expect(maxBlocksInMemory({DECLUTTER_MAX_BLOCKS: 'many'}, 3 * 1024 ** 3)).toBe(2 * 1024 ** 2);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file (not as root, who reads anything)', async ({expect}) => {
    writeFileSync(path('locked.txt'), NATO);
    chmodSync(path('locked.txt'), 0o000);
    const run = await cli([path('locked.txt'), path('second.txt')]);
    expect(run).toMatchObject({status: 1, stdout: text(SECOND)});
    expect(run.stderr).toContain(`${path('locked.txt')}: permission denied`);
  });
});

describe('HTML input', () => {
  const html = (body: string) => `<!DOCTYPE html><html><head><script>var ad = "ADVERTISEMENT";</script></head><body>${body}</body></html>`;
  const paragraphs = SECOND.split('\n').map((line) => `<p>${line}</p>`).join('\n');

  it('reads a page of HTML as HTML, gzipped or not, from a file or stdin: no markup and no script in the output', async () => {
    writeFileSync(path('page.html'), html(paragraphs));
    writeFileSync(path('page.htm.gz'), gzipSync(html(paragraphs)));
    const expected = toText(declutter(html(paragraphs)));
    expect(expected).not.toMatch(/<|var ad/);
    expect(expected).toContain('Heavy snow closed hundreds of schools');
    for (const run of [await cli([path('page.html')]), await cli([path('page.htm.gz')]), await cli([], {input: html(paragraphs)})]) {
      expect(run).toMatchObject({status: 0, stdout: expected, stderr: ''});
    }
    const json = JSON.parse((await cli(['-f', 'json', path('page.html')])).stdout) as {layout: string};
    expect(json.layout).toBe('html');
  });

  it('--input-format text reads HTML as text, and --input-format html reads a fragment as HTML', async () => {
    const layout = async (args: string[], input?: string) => (JSON.parse((await cli(['-f', 'json', ...args], input === undefined ? {} : {input})).stdout) as {layout: string}).layout;
    writeFileSync(path('page.html'), html(paragraphs));
    expect(await layout(['--input-format', 'text', path('page.html')])).not.toBe('html');
    // Text first, markup after: not a document that starts as HTML does.
    const fragment = `Schools news\n${paragraphs}`;
    expect(await layout([], fragment)).not.toBe('html');
    expect(await layout(['--input-format', 'html'], fragment)).toBe('html');
  });
});

describe('a reader that goes away (EPIPE)', () => {
  it('ends quietly with status 0 when stdout is closed early', async () => {
    const child = spawn(process.execPath, [bin, '--threshold', '0', path('big.txt')], {env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe']});
    let stderr = '';
    let received = 0;
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout.once('data', (chunk: Buffer) => {
      received = chunk.length;
      child.stdout.destroy();
    });
    const [status, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('close', (...end) => resolve(end)));
    expect(received).toBeGreaterThan(0);
    expect({status, signal, stderr}).toEqual({status: 0, signal: null, stderr: ''});
  });

  it.runIf(spawnSync('bash', ['-c', 'true']).status === 0)('`declutter big.txt | head -1` prints one line and exits 0', async () => {
    const pipeline = `"${process.execPath}" "${bin}" --threshold 0 "${path('big.txt')}" | head -1; exit \${PIPESTATUS[0]}`;
    const run = await runCommand('bash', ['-c', pipeline]);
    expect(run).toEqual({status: 0, signal: null, stdout: `${NATO.split('\n')[0]}\n`, stderr: ''});
  });
});

describe('stdout or stderr that cannot be written', () => {
  it.runIf(existsSync('/dev/full'))('a full stdout (/dev/full): status 1 and one line naming stdout, no stack trace', async () => {
    const run = await runCommand('sh', ['-c', 'exec "$0" "$1" "$2" > /dev/full', process.execPath, bin, path('nato.txt')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^declutter: cannot write to stdout: ENOSPC\b/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it.runIf(existsSync('/dev/full'))('--help and --version on a full stdout: status 1 and one line, no stack trace', async () => {
    for (const flag of ['--help', '--version']) {
      const run = await runCommand('sh', ['-c', 'exec "$0" "$1" "$2" > /dev/full', process.execPath, bin, flag]);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^declutter: cannot write to stdout: ENOSPC\b/);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('a reader of stderr that goes away does not stop the other inputs being cleaned', async () => {
    const child = spawn(process.execPath, [bin, path('missing.txt'), path('nato.txt')], {env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe']});
    // Closed before the CLI starts: its message about missing.txt meets EPIPE.
    child.stderr.destroy();
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const [status, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('close', (...end) => resolve(end)));
    expect({status, signal, stdout}).toEqual({status: 1, signal: null, stdout: text(NATO)});
  });
});

describe('a terminal on stdin and no file', () => {
  it('the decision: help only for a terminal with no file named', () => {
    expect(wantsHelpInstead([], {isTTY: true})).toBe(true);
    expect(wantsHelpInstead([], {isTTY: false})).toBe(false);
    expect(wantsHelpInstead([], {})).toBe(false);
    expect(wantsHelpInstead(['-'], {isTTY: true})).toBe(false);
    expect(wantsHelpInstead(['a.txt'], {isTTY: true})).toBe(false);
  });

  // script(1) runs the program on a pseudo-terminal, so its stdin is a real terminal.
  const hasScript = spawnSync('script', ['-qec', 'true', '/dev/null'], {stdio: 'ignore'}).status === 0;
  const onTerminal = (args: string, env?: Record<string, string>) =>
    runCommand('script', ['-qec', `"${process.execPath}" "${bin}" ${args}`, '/dev/null'], {env});

  it.runIf(hasScript)('prints the help and exits 2 (under script, on a pseudo-terminal)', async () => {
    const run = await onTerminal('');
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('Usage: declutter');
  });

  it.runIf(hasScript)('on a terminal, explain is coloured unless NO_COLOR; text never', async () => {
    const nato = `"${path('nato.txt')}"`;
    const [explain, noColor, plain] = await Promise.all([
      onTerminal(`-f explain ${nato}`),
      onTerminal(`-f explain ${nato}`, {NO_COLOR: '1'}),
      onTerminal(nato, {FORCE_COLOR: '3'}),
    ]);
    expect(explain.stdout).toContain(ESC);
    expect(noColor.stdout).not.toContain(ESC);
    expect(noColor.stdout).toContain('│');
    expect(plain.stdout).not.toContain(ESC);
    expect(plain.stdout.replace(/\r\n/g, '\n')).toBe(text(NATO));
  });
});
