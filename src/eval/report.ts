/**
 * Printers for an evaluation result: an aligned table for the terminal, markdown for the README and issues, and
 * JSON for scripts. Each takes the whole result; none computes a figure.
 */
import type {ChalkInstance} from 'chalk';
import {ALL_PAGES, wordFor, type PageScore} from './aggregate.js';
import type {ReportFormat} from './formats.js';
import {DECLUTTER, type EvalResult, type RenderingResult} from './run.js';
import {safeForTerminal} from '../text/terminal-text.js';


export interface ReportOptions {
  /** Add tables by page type: every method's word F1, and declutter's word precision, recall and F1. */
  types: boolean;
  /** For the table format; markdown and JSON are never coloured. */
  chalk?: ChalkInstance;
}

/** A table with its columns in labelled groups (for instance P, R, F1 under "word, all pages"). */
interface Table {
  groups: {label: string; columns: string[]}[];
  rows: string[][];
}

const ARTICLE = 'article';

export function formatReport(result: EvalResult, format: ReportFormat, options: ReportOptions): string {
  if (format === 'json') return JSON.stringify(result, null, 2) + '\n';
  const sections = result.results.map((rendering) => ({title: sectionTitle(rendering), tables: tablesFor(rendering, options)}));
  if (format === 'markdown') {
    return [
      `Split: ${result.split}. declutter scored on its ${scoredText(result)}${settingsText(result)}.`,
      ...sections.map(({title, tables}) => [`### ${title}`, ...tables.map(toMarkdown)].join('\n\n')),
    ].join('\n\n') + '\n';
  }
  const bold = options.chalk?.bold ?? ((text: string) => text);
  return [
    `split ${result.split}; declutter scored on its ${scoredText(result)}${settingsText(result)}`,
    ...sections.map(({title, tables}) => [bold(title), ...tables.map((table) => toAligned(table, bold))].join('\n\n')),
  ].join('\n\n') + '\n';
}

function scoredText(result: EvalResult): string {
  return result.scored === 'body' ? 'body alone (--no-title)' : 'text output, title and body';
}

/** How declutter cleaned, where it is not as it cleans by default, so that saved reports can be told apart. */
function settingsText(result: EvalResult): string {
  const settings = [
    ...(result.model === 'bundled' ? [] : [`model ${result.model}`]),
    ...(result.threshold !== null ? [`--threshold ${result.threshold}`] : result.favor !== 'balanced' ? [`--favor ${result.favor}`] : []),
    ...(result.url ? [] : ['without URLs (--no-url)']),
  ];
  return settings.length === 0 ? '' : `; ${settings.join(', ')}`;
}

function sectionTitle(rendering: RenderingResult): string {
  return `${safeForTerminal(rendering.corpus)} / ${rendering.rendering} (${rendering.pages} pages)`;
}

function tablesFor(rendering: RenderingResult, options: ReportOptions): Table[] {
  const tables = [figuresTable(rendering)];
  if (options.types) {
    const types = typesTable(rendering);
    if (types) tables.push(types);
    const declutterTypes = declutterTypesTable(rendering);
    if (declutterTypes) tables.push(declutterTypes);
  }
  const worst = rendering.methods.find((method) => method.worst.length > 0);
  if (worst) tables.push(worstTable(worst.worst));
  return tables;
}

/**
 * One row per method: word P/R/F1 for all pages and for articles, shingle P/R/F1, snippet P/R/F, and for declutter
 * how often its title is the gold title, where the gold has them.
 */
function figuresTable(rendering: RenderingResult): Table {
  const withWords = rendering.methods.some(({summary}) => summary.word.length > 0);
  const withArticles = rendering.methods.some(({summary}) => wordFor(summary, ARTICLE));
  const withSnippets = rendering.methods.some(({summary}) => summary.snippets);
  const withTitles = rendering.methods.some(({summary}) => summary.title);
  const groups = [{label: '', columns: ['method']}];
  if (withWords) groups.push({label: 'word, all pages', columns: ['P', 'R', 'F1']});
  if (withArticles) groups.push({label: 'word, articles', columns: ['P', 'R', 'F1']});
  if (withWords) groups.push({label: 'shingle', columns: ['P', 'R', 'F1']});
  if (withSnippets) groups.push({label: 'snippet', columns: ['P', 'R', 'F']});
  // Shares of the pages with a gold title: named the gold title, named one at all.
  if (withTitles) groups.push({label: 'title', columns: ['same', 'found']});
  const rows = rendering.methods.map(({method, summary}) => [
    method,
    ...(withWords ? prfCells(wordFor(summary, ALL_PAGES)) : []),
    ...(withArticles ? prfCells(wordFor(summary, ARTICLE)) : []),
    ...(withWords ? prfCells(summary.shingle) : []),
    ...(withSnippets ? prfCells(summary.snippets) : []),
    ...(withTitles ? [number(summary.title?.correct), number(summary.title?.found)] : []),
  ]);
  return {groups, rows};
}

/** Word F1 by page type, one row per method; null where no page has a gold body. */
function typesTable(rendering: RenderingResult): Table | null {
  const first = rendering.methods[0]?.summary;
  if (!first || first.word.length === 0) return null;
  const types = first.word.map((group) => group.pageType);
  return {
    groups: [
      {label: '', columns: ['method']},
      {label: 'word F1 by page type', columns: first.word.map((group) => `${safeForTerminal(group.pageType)} (${group.pages})`)},
    ],
    rows: rendering.methods.map(({method, summary}) => [method, ...types.map((type) => number(wordFor(summary, type)?.f1))]),
  };
}

/**
 * declutter's word precision and recall beside F1, a row per page type: which side of F1 a page type loses on (junk
 * kept, or body dropped) is what tells one change from another. Null where no page has a gold body.
 */
function declutterTypesTable(rendering: RenderingResult): Table | null {
  const declutter = rendering.methods.find(({method}) => method === DECLUTTER)?.summary;
  if (!declutter || declutter.word.length === 0) return null;
  return {
    groups: [
      {label: '', columns: ['page type (pages)']},
      {label: 'declutter, word', columns: ['P', 'R', 'F1']},
    ],
    rows: declutter.word.map((group) => [`${safeForTerminal(group.pageType)} (${group.pages})`, ...prfCells(group)]),
  };
}

function worstTable(pages: readonly PageScore[]): Table {
  return {
    groups: [
      {label: 'worst pages', columns: ['id', 'page type']},
      {label: 'word', columns: ['P', 'R', 'F1']},
      {label: '', columns: ['url']},
    ],
    // What the corpus's files say (ids, page types, URLs) is made safe for a terminal.
    rows: pages.map((page) => [safeForTerminal(page.id), safeForTerminal(page.pageType), ...prfCells(page.word), safeForTerminal(page.url ?? '')]),
  };
}

function prfCells(figures: {precision: number; recall: number; f1: number} | null | undefined): string[] {
  return [number(figures?.precision), number(figures?.recall), number(figures?.f1)];
}

function number(value: number | undefined): string {
  return value === undefined ? '-' : value.toFixed(3);
}

function toMarkdown(table: Table): string {
  const header = table.groups.flatMap(({label, columns}) => columns.map((column) => (label ? `${label} ${column}` : column)));
  const align = numericColumns(table).map((numeric) => (numeric ? '--:' : ':--'));
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(header), line(align), ...table.rows.map(line)].join('\n');
}

/** A `|` in a cell (a page's URL, an id) would end it. Nothing else is escaped: a URL escaped reads with its backslashes. */
function escapeCell(cell: string): string {
  return cell.replaceAll('|', '\\|');
}

/** Columns padded to one width, numbers to the right; group labels on a line above their columns. */
function toAligned(table: Table, bold: (text: string) => string): string {
  const header = table.groups.flatMap(({columns}) => columns);
  const widths = header.map((column, i) => Math.max(column.length, ...table.rows.map((row) => row[i]!.length)));
  const spans = groupSpans(table, widths);
  const numeric = numericColumns(table);
  const pad = (cell: string, i: number) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!));
  const line = (cells: readonly string[]) => cells.map(pad).join(GAP).trimEnd();
  const lines = [bold(line(header)), ...table.rows.map(line)];
  if (table.groups.some(({label}) => label)) {
    lines.unshift(table.groups.map(({label}, i) => label.padEnd(spans[i]!)).join(GAP).trimEnd());
  }
  return lines.join('\n');
}

const GAP = '  ';

/** Each group's width over its columns, widening its last column (in `widths`) where the label is longer. */
function groupSpans(table: Table, widths: number[]): number[] {
  let first = 0;
  return table.groups.map(({label, columns}) => {
    const last = first + columns.length - 1;
    const span = () => widths.slice(first, last + 1).reduce((sum, width) => sum + width, 0) + GAP.length * (columns.length - 1);
    widths[last]! += Math.max(0, label.length - span());
    const width = span();
    first = last + 1;
    return width;
  });
}

/** Columns whose every cell is a figure (or `-` for none): aligned right. */
function numericColumns(table: Table): boolean[] {
  const count = table.groups.reduce((sum, {columns}) => sum + columns.length, 0);
  return Array.from({length: count}, (_, i) => table.rows.length > 0 && table.rows.every((row) => /^(?:-|\d+\.\d+)$/.test(row[i]!)));
}
