import {isatty} from 'node:tty';
import {Command, CommanderError, Option} from 'commander';
import {defaultExtensions, parseExtensions} from './batch/extensions.js';
import {buildBatchConfig, parseJobs, parseOutDir, parseOutExt, refuseBatchOnlyFlags, refuseExtWithoutFolders, refuseStreamsInBatch, type BatchFlags} from './batch/options.js';
import {cleanTreesToStdout} from './batch/stdout.js';
import {evalCommand} from './eval-command.js';
import {EXIT_INTERNAL, internalFault, OutputFailure} from './failure.js';
import {refuseUrlForManyPages} from './one-page-url.js';
import {buildConfig, FAVORS, FORMATS, parseTextField, parseThreshold, UsageError, type CleanFlags} from './options.js';
import {StdoutError, writeStdoutOnce} from './output.js';
import {safeLinesForTerminal} from '../text/terminal-text.js';
import {wantsHelpInstead} from './read-input.js';
import {Reporter} from './reporter.js';
import {INPUT_FORMATS} from './stream/input-format.js';
import {trainCommand} from './train-command.js';

const HELP = 'help';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/**
 * A bad option value is a UsageError, reported as every other error is (`declutter: REASON`). Commander's own
 * InvalidArgumentError would wrap the reason in its words ("error: option '--threshold <score>' argument '2' is
 * invalid. --threshold takes ..."), which say the value twice.
 */
function asOption<T>(parse: (value: string) => T): (value: string) => T {
  return (value) => {
    try {
      return parse(value);
    } catch (error) {
      throw error instanceof UsageError ? error : new UsageError((error as Error).message);
    }
  };
}

/** Commander's own usage errors (an unknown option, a value not among the choices) named as declutter names errors. */
function writeCommanderError(message: string, write: (text: string) => void): void {
  write(message.replace(/^error: /, 'declutter: '));
}

/** The commander program: a thin map from argv to one configuration object per command. */
export function buildProgram(version: string, setExit: (code: number) => void): Command {
  const program = new Command('declutter')
    .description('Strip ads and boilerplate from scraped articles and print only the clean body text.')
    .version(version, '-V, --version')
    .argument('[files...]', 'text, HTML or Markdown files to clean (- for stdin; stdin when none is given)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    // Record streams: JSON lines or Common Crawl WET files in, JSON lines out (docs/cli.md: Streams).
    .addOption(new Option('--input-format <format>', 'read inputs as text, HTML, Markdown, JSON lines, or WARC/WET records (auto: records by file name, HTML and Markdown by file name or by how they start)').choices(INPUT_FORMATS).default('auto'))
    .option('--text-field <name>', 'the JSONL field holding the text to clean', asOption(parseTextField), 'text')
    .option('--blocks', 'add the scored blocks to every JSONL output record')
    .option('--no-links', 'markdown: keep the text of links alone')
    .option('--images', 'markdown: keep the images beside the kept text')
    .option('--front-matter', 'markdown: the page\'s metadata (title, author, date...) as YAML front matter')
    .option('--comments', 'keep the page\'s comment thread apart, after the body (json: a comments field)')
    .addOption(new Option('--favor <side>', 'trade recall for precision or back').choices(FAVORS).default('balanced'))
    .option('--threshold <score>', 'keep blocks scoring at least this (0 to 1); overrides --favor', asOption(parseThreshold))
    .option('--model <file>', 'use a model written by `declutter train` instead of the bundled one')
    .option('--language <code>', 'ISO 639-3 language of the input (default: detected)')
    .option('--url <address>', 'the address of the one page cleaned: its host and path help name the title and tell an article\'s page, and markdown\'s links are made absolute against it')
    .option('-q, --quiet', 'no notes, progress or summary on stderr (errors are still printed)')
    .option('-o, --out-dir <folder>', 'batch mode: clean files and folders into this folder, mirroring their tree', asOption(parseOutDir))
    .option('--ext <list>', 'extensions to pick in folders, comma-separated (default: txt,text,md,markdown,rst,html,htm,xhtml; jsonl,ndjson or warc,wet with those --input-format; each also .gz)', asOption(parseExtensions))
    .option('--out-ext <ext>', 'extension of the output files (default: txt; json with -f json, md with -f markdown)', asOption(parseOutExt))
    .option('--skip-existing', 'batch mode: leave outputs that already exist (resume an interrupted run)')
    .option('-j, --jobs <n>', 'batch mode: worker threads (default: the number of cores)', asOption(parseJobs))
    .option('--site-key <key>', 'batch mode: group pages into sites by folder (default), all, or a regular expression on the path')
    .option('--no-templates', 'batch mode: do not learn the lines repeated across a site\'s pages')
    .showHelpAfterError(helpHint())
    .configureOutput({writeOut: writeStdoutOnce, outputError: writeCommanderError})
    // Options after a subcommand's name are the subcommand's: `eval --format markdown` is not the clean command's --format.
    .enablePositionalOptions()
    .exitOverride()
    .action(async (files: string[], flags: CleanFlags & BatchFlags, command: Command) => {
      // isatty, not process.stdin: opening the stream would make a shared pipe non-blocking for the whole pipeline.
      if (wantsHelpInstead(files, {isTTY: isatty(0)})) {
        process.stderr.write(command.helpInformation());
        setExit(EXIT_USAGE);
        return;
      }
      // `declutter help` and `declutter help eval`, as git and npm take them: a first word names the command, as `train`
      // and `eval` do, and a file of that name is cleaned as ./help.
      if (files[0] === HELP) {
        const asked = files[1] === undefined ? command : command.commands.find((sub) => sub.name() === files[1]);
        if (!asked || files.length > 2) {
          const commands = command.commands.map((sub) => sub.name()).join(', ');
          throw new UsageError(`help takes a command's name or nothing, not ${files.slice(1).join(' ')} (commands: ${commands}; a file named help is ./help)`);
        }
        process.stdout.write(asked.helpInformation());
        return;
      }
      const config = buildConfig(flags);
      if (flags.url !== undefined) refuseUrlForManyPages(files, flags.outDir !== undefined, config.stream.inputFormat);
      const reporter = new Reporter(config.quiet);
      if (flags.outDir !== undefined) {
        if (files.length === 0 || files.includes('-')) throw new UsageError('batch mode (-o) takes files and folders, not stdin');
        refuseExtWithoutFolders(files, flags.ext);
        refuseStreamsInBatch(files, flags.ext, config.stream);
        // Loaded on demand: the worker pool and progress bar cost start-up that cleaning one file does not need.
        const {runBatch} = await import('./batch/run.js');
        setExit(await runBatch(files, buildBatchConfig(flags, config), reporter));
        return;
      }
      refuseBatchOnlyFlags(flags);
      refuseExtWithoutFolders(files, flags.ext);
      setExit(await cleanTreesToStdout(files, flags.ext ?? defaultExtensions(config.stream.inputFormat), config, reporter));
    });
  for (const command of [trainCommand(setExit), evalCommand(setExit)]) {
    program.addCommand(command.copyInheritedSettings(program).showHelpAfterError(helpHint(command.name())));
  }
  return program;
}

/** Where to read the usage of what was run: a subcommand's own help, else the clean command's. */
function helpHint(subcommand?: string): string {
  return `(run declutter ${subcommand ? `${subcommand} ` : ''}--help for usage)`;
}

/** Run the CLI on argv; resolves to the exit status. */
export async function run(argv: readonly string[], version: string): Promise<number> {
  let status = EXIT_OK;
  const program = buildProgram(version, (code) => (status = code));
  // The subcommand commander runs, as it parses it: a word of argv equal to a command's name may be an option's
  // value (`--model eval`) or a corpus folder (`train`), not the command.
  let subcommand: string | undefined;
  program.hook('preSubcommand', (_program, command) => {
    subcommand = command.name();
  });
  try {
    await program.parseAsync(argv as string[]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end the run normally; every other commander error is a usage error.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help'
        ? EXIT_OK
        : EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`declutter: ${safeLinesForTerminal(error.message)}\n${helpHint(subcommand)}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof StdoutError || error instanceof OutputFailure) {
      process.stderr.write(`declutter: ${safeLinesForTerminal(error.message)}\n`);
      return EXIT_FAILED;
    }
    // Cleaning answers a fault of its own input by input; what reaches here is one of a command's (train, eval).
    new Reporter().internalError(subcommand ?? 'the command line', internalFault(error), 'running');
    return EXIT_INTERNAL;
  }
  return status;
}
