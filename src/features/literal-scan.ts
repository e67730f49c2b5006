/**
 * Which of several groups of literal strings occur in a text, found in one pass over its characters: an Aho-Corasick
 * automaton, resolved into a table of transitions (a DFA) so that each character costs two array reads.
 *
 * The answer is a bit mask, bit i set when some literal of group i occurs. At most 32 groups; a group with no
 * literals, or with the empty string, always has its bit set (nothing rules it out).
 */
export class LiteralScan {
  /** The bits of the groups that always match. */
  private readonly always: number;
  /** Code unit to input class; 0 is every unit that no literal contains. */
  private readonly classOf: Uint8Array | Uint16Array;
  private readonly classes: number;
  /** next[state * classes + class]: the automaton's move. */
  private readonly next: Int32Array;
  /** The groups whose literal ends at a state (itself or a suffix of what it read). */
  private readonly output: Int32Array;

  constructor(groups: readonly (readonly string[])[]) {
    if (groups.length > MAX_GROUPS) throw new RangeError(`LiteralScan takes at most ${MAX_GROUPS} groups`);
    let always = 0;
    const literals: [literal: string, group: number][] = [];
    groups.forEach((group, g) => {
      if (group.length === 0 || group.includes('')) always |= 1 << g;
      else for (const literal of shortest(group)) literals.push([literal, g]);
    });
    this.always = always;

    const units = new Map<number, number>();
    for (const [literal] of literals) {
      for (let i = 0; i < literal.length; i++) if (!units.has(literal.charCodeAt(i))) units.set(literal.charCodeAt(i), units.size + 1);
    }
    this.classes = units.size + 1;
    this.classOf = this.classes <= 256 ? new Uint8Array(65536) : new Uint16Array(65536);
    for (const [unit, klass] of units) this.classOf[unit] = klass;

    // The trie of the literals, then its failure links in breadth-first order, folded into the transition table.
    const children: Map<number, number>[] = [new Map()];
    const groupsAt: number[] = [0];
    for (const [literal, g] of literals) {
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const klass = units.get(literal.charCodeAt(i))!;
        let child = children[state]!.get(klass);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          groupsAt.push(0);
          children[state]!.set(klass, child);
        }
        state = child;
      }
      groupsAt[state]! |= 1 << g;
    }
    // Each state's row starts as its failure state's row (already complete: breadth-first), then its own children.
    const states = children.length;
    this.next = new Int32Array(states * this.classes);
    this.output = new Int32Array(states);
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (const [klass, child] of children[0]!) {
      this.next[klass] = child;
      queue.push(child);
    }
    this.output[0] = groupsAt[0]!;
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      this.output[state] = groupsAt[state]! | this.output[fail[state]!]!;
      const row = state * this.classes;
      const failRow = fail[state]! * this.classes;
      this.next.copyWithin(row, failRow, failRow + this.classes);
      for (const [klass, child] of children[state]!) {
        fail[child] = this.next[failRow + klass]!;
        this.next[row + klass] = child;
        queue.push(child);
      }
    }
  }

  /** The mask of the groups of which some literal occurs in `text`. */
  scan(text: string): number {
    const {classOf, classes, next, output} = this;
    let state = 0;
    let found = this.always;
    for (let i = 0; i < text.length; i++) {
      state = next[state * classes + classOf[text.charCodeAt(i)]!]!;
      found |= output[state]!;
    }
    return found;
  }
}

const MAX_GROUPS = 32;
const MAX_LITERAL_LENGTH = 8;

/**
 * The literals of a group that the scan needs: each cut to its first MAX_LITERAL_LENGTH characters, and none that
 * contains another (where "sponsored content" occurs, "sponsored" does). A prefix occurs wherever the whole literal
 * does, so the answer stays a superset of the exact one, and the automaton stays small.
 */
function shortest(group: readonly string[]): string[] {
  const cut = [...new Set(group.map((s) => s.slice(0, MAX_LITERAL_LENGTH)))].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const literal of cut) if (!kept.some((shorter) => literal.includes(shorter))) kept.push(literal);
  return kept;
}
