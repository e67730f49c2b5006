/**
 * The import rules of src/, read from the source: every static `import`/`export ... from` (type-only ones too) and
 * every `import('...')`. A unit is a folder of src/ (`score/`), or a file at its root (`declutter.ts`).
 *
 * 1. The core (the units of CORE_ORDER) imports neither training (learn/), evaluation (eval/) nor the CLI (cli/).
 * 2. Nothing outside cli/ imports cli/.
 * 3. A core unit imports no unit later in the flow than itself (CORE_ORDER, data's way through the cleaner).
 * 4. Training imports neither evaluation nor the cleaner's API (declutter.ts, index.ts): it shares the pipeline.
 * 5. No two units import each other, directly or round a longer cycle.
 * 6. The core does no I/O: it imports no file-system, process, network or worker module of Node.
 * 7. Every unit is placed: a new folder must take its place in CORE_ORDER or OUTSIDE_CORE.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';

const SRC = resolve(import.meta.dirname, '..', 'src');

/**
 * The core in the order data flows through it: bytes, document, what the page says of itself, blocks' features,
 * scores, structure, rules, output.
 */
const CORE_ORDER: readonly (readonly string[])[] = [
  ['text', 'types', 'paths', 'urls', 'fs-errors', 'arrays', 'arguments', 'vendor-types'],
  ['read'],
  ['metadata'],
  ['features'],
  ['score'],
  ['structure'],
  ['rules'],
  ['pipeline'],
  ['templates'],
  ['write'],
  ['declutter'],
  ['index', 'rehype'],
];
const OUTSIDE_CORE = ['learn', 'eval', 'cli'] as const;
/** Files at the root of src/ that belong to another root file's unit. */
const SAME_UNIT: Readonly<Record<string, string>> = {'check-options': 'declutter'};
const NODE_IO = /^(node:)?(fs|fs\/promises|child_process|worker_threads|net|http|https|http2|dgram|cluster|readline|process|tty)$/;

const layerOf = new Map<string, number>(CORE_ORDER.flatMap((units, layer) => units.map((unit) => [unit, layer] as const)));

interface Edge {
  from: string;
  to: string;
  file: string;
  specifier: string;
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

/** The unit a file of src/ belongs to. */
export function unitOf(file: string): string {
  const parts = relative(SRC, file).split('/');
  if (parts.length > 1) return parts[0]!;
  const name = parts[0]!.replace(/\.d\.ts$|\.ts$|\.js$|\.json$/, '');
  return SAME_UNIT[name] ?? name;
}

/** Static specifiers of a module's imports and re-exports, type-only ones included, and of its `import('...')` calls. */
export function importSpecifiers(source: string): string[] {
  // Comments may quote import statements.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const specifiers: string[] = [];
  const statement = /(?:^|[;\n])\s*(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]*?\s+from\s+)?['"]([^'"]+)['"]/g;
  const dynamic = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of code.matchAll(statement)) specifiers.push(match[1]!);
  for (const match of code.matchAll(dynamic)) specifiers.push(match[1]!);
  return specifiers;
}

function importsOf(file: string): {relative: Edge[]; packages: string[]} {
  const edges: Edge[] = [];
  const packages: string[] = [];
  for (const specifier of importSpecifiers(readFileSync(file, 'utf8'))) {
    if (!specifier.startsWith('.')) {
      packages.push(specifier);
      continue;
    }
    const target = resolve(dirname(file), specifier);
    const from = unitOf(file);
    const to = unitOf(target);
    if (from !== to) edges.push({from, to, file: relative(SRC, file), specifier});
  }
  return {relative: edges, packages};
}

/** Every rule broken by a set of edges between units (and the packages each core file imports). */
export function violations(edges: readonly Edge[], packagesByFile: ReadonlyMap<string, readonly string[]> = new Map()): string[] {
  const found: string[] = [];
  const isCore = (unit: string) => layerOf.has(unit);
  const known = (unit: string) => isCore(unit) || (OUTSIDE_CORE as readonly string[]).includes(unit);
  const where = (e: Edge) => `${e.file} imports ${e.specifier}`;
  for (const e of edges) {
    for (const unit of [e.from, e.to]) if (!known(unit)) found.push(`unit ${unit} is in neither CORE_ORDER nor OUTSIDE_CORE (${where(e)})`);
    if (isCore(e.from) && !isCore(e.to) && known(e.to)) found.push(`the core imports ${e.to}/: ${where(e)}`);
    if (e.to === 'cli' && e.from !== 'cli') found.push(`only cli/ may import cli/: ${where(e)}`);
    if (isCore(e.from) && isCore(e.to) && layerOf.get(e.to)! > layerOf.get(e.from)!) {
      found.push(`${e.from} imports ${e.to}, which comes later in the flow: ${where(e)}`);
    }
    if (e.from === 'learn' && ['eval', 'declutter', 'index'].includes(e.to)) found.push(`training imports ${e.to}: ${where(e)}`);
  }
  for (const cycle of unitCycles(edges)) found.push(`units import each other: ${cycle.join(' -> ')}`);
  for (const [file, packages] of packagesByFile) {
    if (!isCore(unitOf(join(SRC, file)))) continue;
    for (const name of packages) if (NODE_IO.test(name)) found.push(`the core does I/O: ${file} imports ${name}`);
  }
  return found;
}

/** One cycle through each strongly connected group of units (Tarjan), as a path that returns to its start. */
function unitCycles(edges: readonly Edge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const {from, to} of edges) {
    if (!next.has(from)) next.set(from, new Set());
    next.get(from)!.add(to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (unit: string) => {
    index.set(unit, index.size);
    low.set(unit, index.get(unit)!);
    stack.push(unit);
    onStack.add(unit);
    for (const to of next.get(unit) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(unit, Math.min(low.get(unit)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(unit, Math.min(low.get(unit)!, index.get(to)!));
    }
    if (low.get(unit) === index.get(unit)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== unit);
      if (group.length > 1) groups.push(group);
    }
  };
  for (const unit of next.keys()) if (!index.has(unit)) visit(unit);
  return groups.map((group) => pathRound(group, next));
}

/** A path from the group's first unit back to itself, within the group. */
function pathRound(group: readonly string[], next: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const start = [...group].sort()[0]!;
  const members = new Set(group);
  const seen = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const unit = queue.shift()!;
    for (const to of next.get(unit) ?? []) {
      if (!members.has(to)) continue;
      if (to === start) {
        const path = [start];
        for (let at = unit; at !== start; at = seen.get(at)!) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!seen.has(to)) {
        seen.set(to, unit);
        queue.push(to);
      }
    }
  }
  return [...group, group[0]!];
}

describe('the import rules of src/', () => {
  const edges: Edge[] = [];
  const packagesByFile = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const found = importsOf(file);
    edges.push(...found.relative);
    packagesByFile.set(relative(SRC, file), found.packages);
  }

  it('hold for the source as it is', () => {
    expect(edges.length).toBeGreaterThan(50);
    expect(violations(edges, packagesByFile)).toEqual([]);
  });

  it('catch each kind of violation', () => {
    const edge = (from: string, to: string): Edge => ({from, to, file: `${from}/x.ts`, specifier: `../${to}/y.js`});
    expect(violations([edge('score', 'learn')])).toEqual(['the core imports learn/: score/x.ts imports ../learn/y.js']);
    expect(violations([edge('eval', 'cli')])).toEqual(['only cli/ may import cli/: eval/x.ts imports ../cli/y.js']);
    expect(violations([edge('read', 'features')])).toEqual(['read imports features, which comes later in the flow: read/x.ts imports ../features/y.js']);
    expect(violations([edge('learn', 'eval')])).toEqual(['training imports eval: learn/x.ts imports ../eval/y.js']);
    // The page-structure stage reads the block stage's scores: scoring hands them on through the pipeline.
    expect(violations([edge('score', 'structure')])).toEqual(['score imports structure, which comes later in the flow: score/x.ts imports ../structure/y.js']);
    expect(violations([edge('structure', 'rules')])).toEqual(['structure imports rules, which comes later in the flow: structure/x.ts imports ../rules/y.js']);
    expect(violations([edge('pipeline', 'structure'), edge('structure', 'score')])).toEqual([]);
    expect(violations([edge('eval', 'learn'), edge('learn', 'score'), edge('score', 'text')])).toEqual([]);
    expect(violations([edge('learn', 'widgets')])).toEqual(['unit widgets is in neither CORE_ORDER nor OUTSIDE_CORE (learn/x.ts imports ../widgets/y.js)']);
    expect(violations([], new Map([['read/x.ts', ['node:fs']], ['cli/x.ts', ['node:fs']]]))).toEqual(['the core does I/O: read/x.ts imports node:fs']);
  });

  it('find a cycle of units outside the flow order too', () => {
    const edge = (from: string, to: string): Edge => ({from, to, file: `${from}/x.ts`, specifier: `../${to}/y.js`});
    expect(violations([edge('learn', 'eval'), edge('eval', 'cli'), edge('cli', 'learn')]).filter((v) => v.startsWith('units'))).toEqual([
      'units import each other: cli -> learn -> eval -> cli',
    ]);
  });

  it('read every kind of import statement', () => {
    const source = [
      "import {a} from './a.js';",
      "import type {B} from '../b.js';",
      "import * as c from './c.js';",
      "import './d.js';",
      "export {e} from './e.js';",
      "export type {F} from './f.js';",
      "export * from './g.js';",
      'import {',
      '  h,',
      '  type H,',
      "} from './h.js';",
      "const i = await import('./i.js');",
      "// import {j} from './j.js';",
      "/* export {k} from './k.js'; */",
      "import x from 'node:fs';",
    ].join('\n');
    expect(importSpecifiers(source)).toEqual(['./a.js', '../b.js', './c.js', './d.js', './e.js', './f.js', './g.js', './h.js', 'node:fs', './i.js']);
  });
});
