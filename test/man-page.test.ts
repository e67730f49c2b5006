import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Command} from 'commander';
import {describe, expect, it} from 'vitest';
import {buildProgram} from '../src/cli/program.js';
import {projectRoot} from './helpers/spawn.js';

// The manual page says what the program does: every option of every command, the exit statuses the README lists,
// the environment variables the source reads, and the package's version.
const page = readFileSync(join(projectRoot, 'man', 'declutter.1'), 'utf8');
const packageJson = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {version: string; man: string[]};
// The program is only read here, never run: its exit status goes nowhere.
const program = buildProgram(packageJson.version, () => undefined);

/** The text from the line that starts with `from` to the next that starts with `to`, in the page or a part of it. */
function section(from: string, to: string, text = page): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(from));
  const end = lines.findIndex((line, at) => at > start && line.startsWith(to));
  expect(start, from).toBeGreaterThanOrEqual(0);
  expect(end, to).toBeGreaterThan(start);
  return lines.slice(start + 1, end).join('\n');
}

/** The tags of a section's `.TP` paragraphs: the line after each `.TP`, roff's escapes undone. */
function tags(text: string): string[] {
  const lines = text.split('\n');
  return lines.flatMap((line, at) => (at > 0 && lines[at - 1] === '.TP' ? [line.replaceAll('\\-', '-')] : []));
}

/** The long options named in a section's tags, without their values. */
function longOptions(text: string): string[] {
  return tags(text)
    .flatMap((tag) => tag.match(/--[a-z][a-z-]*/g) ?? [])
    .sort();
}

function optionsOf(command: Command, {help}: {help: boolean}): string[] {
  const names = command.options.flatMap((option) => (option.long ? [option.long] : []));
  return [...names, ...(help ? ['--help'] : [])].sort();
}

function subcommand(name: string): Command {
  const found = program.commands.find((command) => command.name() === name);
  if (!found) throw new Error(`no ${name} command`);
  return found;
}

describe('the manual page', () => {
  it('is the one package.json installs, of the package\'s version', () => {
    expect(packageJson.man).toEqual(['./man/declutter.1']);
    expect(page.split('\n').find((line) => line.startsWith('.TH '))).toContain(`"declutter ${packageJson.version}"`);
  });

  it('names every option of the clean command, and no other', () => {
    expect(longOptions(section('.SH OPTIONS', '.SH COMMANDS'))).toEqual(optionsOf(program, {help: true}));
  });

  it('names every option of train and eval, and no other', () => {
    const commands = `${section('.SH COMMANDS', '.SH EXIT STATUS')}\n.SH EXIT STATUS`;
    expect(longOptions(section('.B declutter train', '.B declutter eval', commands))).toEqual(optionsOf(subcommand('train'), {help: false}));
    expect(longOptions(section('.B declutter eval', '.SH EXIT STATUS', commands))).toEqual(optionsOf(subcommand('eval'), {help: false}));
  });

  it('lists the exit statuses of the README', () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Exit statuses'));
    const statuses = (text: string): string[] => text.match(/\d+/g) ?? [];
    const listed = [...table.matchAll(/^\| ([\d, ]+) \|/gm)].map((match) => statuses(match[1]));
    expect(listed.length).toBeGreaterThanOrEqual(5);
    expect(tags(section('.SH EXIT STATUS', '.SH ENVIRONMENT')).map(statuses)).toEqual(listed);
  });

  it('names every environment variable the source reads', () => {
    const read = new Set<string>();
    const walk = (folder: string): void => {
      for (const entry of readdirSync(folder, {withFileTypes: true})) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.ts')) for (const name of readFileSync(path, 'utf8').match(/\b(?:DECLUTTER_[A-Z_]+|NO_COLOR|FORCE_COLOR)\b/g) ?? []) read.add(name);
      }
    };
    walk(join(projectRoot, 'src'));
    const named = tags(section('.SH ENVIRONMENT', '.SH EXAMPLES')).map((tag) => tag.replace(/^\.B /, ''));
    expect(named.sort()).toEqual([...read].sort());
  });

  it.skipIf(spawnSync('groff', ['--version']).error !== undefined)('renders without a warning', () => {
    const rendered = spawnSync('groff', ['-man', '-ww', '-z', join(projectRoot, 'man', 'declutter.1')], {encoding: 'utf8'});
    expect(rendered.status).toBe(0);
    expect(rendered.stderr).toBe('');
  });
});
