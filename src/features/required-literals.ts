/**
 * The literals a regular expression's every match contains: a set of strings such that any text the pattern matches
 * (anywhere in it) contains at least one of them. A text that contains none of them cannot match, so the pattern need
 * not be run on it: the cue lexicon's exact prefilter (src/features/literal-scan.ts finds them in one pass).
 *
 * The pattern source is read by a small parser of the syntax the cue table uses: literals, escapes, classes, groups,
 * alternation, quantifiers and zero-width assertions (`^`, `$`, `\b`, lookarounds, which require nothing of the text
 * they look at: it is matched, if at all, by what follows). Anything it does not know (a named group, a backreference)
 * makes it give up with `null`, which means "no literal is required": always run the pattern. The
 * analysis is case-sensitive, as the cue patterns are (they are matched against lower-cased text).
 */
export function requiredLiterals(source: string, flags = ''): string[] | null {
  try {
    const parser = new Parser(source, flags.includes('u'));
    const info = parser.alternation();
    if (!parser.done()) return null;
    const required = asRequirement(info);
    return required ? [...required] : null;
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

/**
 * What is known of the texts a piece of a pattern matches: either exactly the strings of `exact` (a small finite
 * set; "" for a zero-width assertion), or only that each contains one of `any` (null: nothing is known).
 */
type Info = {exact: Set<string>} | {any: Set<string> | null};

// Bounds that keep the sets small: beyond them an exact set is turned into a requirement.
const MAX_EXACT = 64;
const MAX_CLASS_CHARS = 32;

class Unsupported extends Error {}

const NOTHING_KNOWN: Info = {any: null};
// What opens a lookaround after `(`: `?=`, `?!`, `?<=`, `?<!` (`?<name>` opens a named group).
const LOOKAROUND = /^\?(?:[=!]|<[=!])/;
const EMPTY: Info = {exact: new Set([''])};

/** Every match contains one of these strings (null: no string is required, e.g. the pattern may match ""). */
function asRequirement(info: Info): Set<string> | null {
  if ('any' in info) return info.any;
  return info.exact.has('') ? null : info.exact;
}

/** Of two requirements that both hold, the one that rules out more texts: longer shortest string, then fewer strings. */
function stronger(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a) return b;
  if (!b) return a;
  const shortest = (set: Set<string>) => Math.min(...[...set].map((s) => s.length));
  if (shortest(a) !== shortest(b)) return shortest(a) > shortest(b) ? a : b;
  return a.size <= b.size ? a : b;
}

/** Exactly the strings of `a` followed by those of `b`, or null when there would be too many. */
function product(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > MAX_EXACT) return null;
  const strings = new Set<string>();
  for (const x of a) for (const y of b) strings.add(x + y);
  return strings;
}

function alternate(options: Info[]): Info {
  if (options.every((o) => 'exact' in o)) {
    const union = new Set(options.flatMap((o) => [...(o as {exact: Set<string>}).exact]));
    if (union.size <= MAX_EXACT) return {exact: union};
  }
  const union = new Set<string>();
  for (const option of options) {
    const required = asRequirement(option);
    if (!required) return NOTHING_KNOWN;
    for (const s of required) union.add(s);
  }
  return {any: union};
}

/** `atom{min,max}` (max Infinity for `*`, `+` and `{n,}`). */
function repeat(atom: Info, min: number, max: number): Info {
  if (min === 1 && max === 1) return atom;
  if (min === 0) {
    if (max === 1 && 'exact' in atom && atom.exact.size < MAX_EXACT) return {exact: new Set([...atom.exact, ''])};
    return NOTHING_KNOWN;
  }
  // At least one copy: whatever one copy requires, the repetition requires.
  return {any: asRequirement(atom)};
}

class Parser {
  private at = 0;
  /** `unicode`: the pattern has the `u` flag, so a class reads a surrogate pair as one character. */
  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {}

  done(): boolean {
    return this.at === this.source.length;
  }

  alternation(): Info {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : alternate(options);
  }

  /**
   * Pieces one after another. Runs of exact pieces are multiplied out ("sign" "(?:ing)?" " up": "sign up", "signing
   * up"); where a run ends, its strings are a requirement, and the sequence keeps the strongest requirement it saw.
   */
  private sequence(): Info {
    let run = new Set(['']);
    let required: Set<string> | null = null;
    let exact = true;
    while (!this.done() && this.peek() !== '|' && this.peek() !== ')') {
      const piece = this.quantified();
      const longer = 'exact' in piece ? product(run, piece.exact) : null;
      if (longer) {
        run = longer;
        continue;
      }
      exact = false;
      required = stronger(required, asRequirement({exact: run}));
      run = 'exact' in piece ? piece.exact : new Set(['']);
      if ('any' in piece) required = stronger(required, piece.any);
    }
    return exact ? {exact: run} : {any: stronger(required, asRequirement({exact: run}))};
  }

  private quantified(): Info {
    const atom = this.atom();
    const char = this.peek();
    let min = 1;
    let max = 1;
    if (char === '?' || char === '*' || char === '+') {
      this.at++;
      [min, max] = char === '?' ? [0, 1] : char === '*' ? [0, Infinity] : [1, Infinity];
    } else if (char === '{') {
      const bounds = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!bounds) throw new Unsupported();
      this.at += bounds[0].length;
      min = Number(bounds[1]);
      max = bounds[2] === undefined ? min : bounds[3] ? Number(bounds[3]) : Infinity;
    } else {
      return atom;
    }
    if (this.peek() === '?') this.at++; // lazy: matches the same texts
    return repeat(atom, min, max);
  }

  private atom(): Info {
    const char = this.source[this.at++]!;
    switch (char) {
      case '(': {
        if (this.source.startsWith('?:', this.at)) this.at += 2;
        else if (LOOKAROUND.test(this.source.slice(this.at, this.at + 3))) return this.lookaround();
        else if (this.peek() === '?') throw new Unsupported(); // named groups
        const inner = this.alternation();
        if (this.source[this.at++] !== ')') throw new Unsupported();
        return inner;
      }
      case '^':
      case '$':
        return EMPTY;
      case '.':
        return NOTHING_KNOWN;
      case '[':
        return this.charClass();
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
      case '{':
      case ')':
      case '|':
        throw new Unsupported();
      default:
        return {exact: new Set([this.codePointFrom(char) + this.literalRun()])};
    }
  }

  /** A lookahead or lookbehind: read through, and zero-width like `^`. */
  private lookaround(): Info {
    this.at += this.source[this.at + 1] === '<' ? 3 : 2;
    this.alternation();
    if (this.source[this.at++] !== ')') throw new Unsupported();
    return EMPTY;
  }

  /** Plain characters after a literal one, read as one string (all but a last one that a quantifier applies to). */
  private literalRun(): string {
    const start = this.at;
    let end = start;
    while (end < this.source.length && !SYNTAX.has(this.source[end]!)) end++;
    if (end > start && QUANTIFIERS.has(this.source[end]!)) end--;
    // Never split a surrogate pair: a quantifier after one applies to the whole character.
    if (end > start && isHighSurrogate(this.source.charCodeAt(end - 1))) end--;
    this.at = end;
    return this.source.slice(start, end);
  }

  /** A literal character, whole when it is the first half of a surrogate pair. */
  private codePointFrom(char: string): string {
    const code = char.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && this.at < this.source.length) return char + this.source[this.at++]!;
    return char;
  }

  private escape(): Info {
    const char = this.source[this.at++];
    if (char === undefined) throw new Unsupported();
    if (char === 'b') return EMPTY;
    if (char === 'd') return {exact: new Set(DIGITS)};
    if ('sSwWDB'.includes(char)) return NOTHING_KNOWN;
    if (char === 'p' || char === 'P') {
      this.skipProperty();
      return NOTHING_KNOWN;
    }
    if (/[0-9ckuxtnrfv]/.test(char)) throw new Unsupported(); // backreferences and code escapes: not in the table
    return {exact: new Set([char])};
  }

  private skipProperty(): void {
    const end = this.source.indexOf('}', this.at);
    if (this.peek() !== '{' || end < 0) throw new Unsupported();
    this.at = end + 1;
  }

  /** `[...]`: its characters when it lists a few, else nothing known. */
  private charClass(): Info {
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.at++;
    }
    const chars = new Set<string>();
    let known = !negated;
    while (this.peek() !== ']') {
      if (this.done()) throw new Unsupported();
      let char = this.source[this.at++]!;
      if (char === '\\') {
        const escaped = this.source[this.at++]!;
        if (escaped === 'd') DIGITS.forEach((digit) => chars.add(digit));
        else if (escaped === 'p' || escaped === 'P') {
          this.skipProperty();
          known = false;
        } else if ('sSwWDb'.includes(escaped) || /[0-9ckuxtnrfv]/.test(escaped)) known = false;
        else chars.add(escaped);
        // A range from an escaped character ("[\!-/]") is not read: its characters are not known.
        if (this.peek() === '-' && this.source[this.at + 1] !== ']') known = false;
        continue;
      }
      // Without the u flag a class holds each half of a surrogate pair apart, and matches either alone.
      if (!this.unicode && isHighSurrogate(char.charCodeAt(0))) known = false;
      char = this.codePointFrom(char);
      if (this.peek() === '-' && this.source[this.at + 1] !== ']') {
        this.at++;
        const last = this.codePointFrom(this.source[this.at++]!);
        if (last === '\\') throw new Unsupported();
        const from = char.codePointAt(0)!;
        const to = last.codePointAt(0)!;
        if (to - from >= MAX_CLASS_CHARS) known = false;
        else for (let code = from; code <= to; code++) chars.add(String.fromCodePoint(code));
      } else {
        chars.add(char);
      }
    }
    this.at++;
    return known && chars.size > 0 && chars.size <= MAX_CLASS_CHARS ? {exact: chars} : NOTHING_KNOWN;
  }

  private peek(): string | undefined {
    return this.source[this.at];
  }
}

const DIGITS = [...'0123456789'];
const SYNTAX = new Set([...'\\^$.|?*+()[]{}']);
const QUANTIFIERS = new Set([...'?*+{']);
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
