import type {Parser} from 'htmlparser2';

/**
 * htmlparser2's parser with the depth of the tree it reads bounded, as browsers bound it: Chromium and WebKit nest
 * elements no deeper than kMaximumHTMLParserDOMTreeDepth and put deeper ones beside the deepest allowed.
 *
 * Why: htmlparser2 keeps its open elements innermost first, with `Array.unshift` and `shift`, so every tag costs the
 * depth, and a page nested tens of thousands deep (a broken template's unclosed tags, a hostile page) takes time
 * quadratic in it; so would every pass after it that walks a block's ancestors. Bounded, a tag costs at most the bound.
 *
 * How: where an element would open past the bound, the innermost element is closed first and "shelved": it leaves
 * the tree but is still open in the page. A close tag for the innermost element closes it, and the shelved element
 * under it is opened again (without its attributes) to hold what follows, as it held it in the page. A close tag for
 * a shelved element, or for one around them, closes what it closes in the page, each shelved element opened again and
 * closed there. What a start tag closes by itself (a `<p>` the open `<p>`, an `<li>` the open `<li>`) htmlparser2 finds
 * at the front of its open elements, where the bound has put neither the innermost element nor the shelved ones: the
 * start tag is asked of each of them in the page's order, and closes them as it does shallow. The events of these
 * moves say so (`movedByBound`), so that a reader can read the page as if they were not there: its text comes in
 * order, each element's end where the page has it. Pages less deep read as they did.
 */

/** How deep the elements of a page nest at most, the page's `<html>` counted: the bound of Chromium and WebKit. */
export const MAX_ELEMENT_DEPTH = 512;

/**
 * The members of htmlparser2's Parser that the bound works through. Private in its types, so they are reached here
 * alone, through this type; they exist at run time in htmlparser2 12. Where an upgrade changes them the parser is
 * htmlparser2's own, unbounded (see `boundDepth`), and test/deep-nesting.test.ts fails.
 */
interface ParserInternals {
  /** The open elements' names, the innermost first. */
  readonly stack: string[];
  /** A tag's name as the parser reads it (lower-cased, SVG's casing), from the characters it spans. */
  readTagName(start: number, endIndex: number): string;
  /** Opens an element: closes those its start implies closed, pushes it, reports its name. */
  emitOpenTag(name: string): void;
  /** Reports the element `emitOpenTag` opened, with its attributes (none for an implied one). */
  endOpenTag(isImplied: boolean): void;
  /** Closes the innermost open element. */
  popElement(implied: boolean): void;
}

const INTERNAL_METHODS = ['readTagName', 'emitOpenTag', 'endOpenTag', 'popElement'] as const;

type ParserClass = typeof Parser;

/** A parser whose tree's depth is bounded. */
export interface DepthBoundedParser extends Parser {
  /**
   * Whether the element being opened or closed now is one the bound moves: an element closed early (shelved) or opened
   * again. It leaves or enters the tree, not the page, where it is still open: a reader that ends a line at a block's
   * end, or reads an element's class for what it holds, reads it as still open.
   */
  readonly movedByBound: boolean;
}

export type DepthBoundedParserClass = new (...args: ConstructorParameters<ParserClass>) => DepthBoundedParser;

const bounded = new WeakMap<ParserClass, DepthBoundedParserClass>();

/**
 * htmlparser2's `Parser` (the one given) with the depth of the tree it reads bounded by `MAX_ELEMENT_DEPTH`. Where
 * the parser lacks the members the bound needs (a version that changed them), the parser itself, unbounded.
 */
export function boundDepth(Base: ParserClass): DepthBoundedParserClass {
  let Bounded = bounded.get(Base);
  if (!Bounded) {
    Bounded = hasInternals(Base) ? boundedParser(Base) : unbounded(Base);
    bounded.set(Base, Bounded);
  }
  return Bounded;
}

function hasInternals(Base: ParserClass): boolean {
  const prototype = Base.prototype as unknown as Record<string, unknown>;
  return INTERNAL_METHODS.every((name) => typeof prototype[name] === 'function') && Array.isArray((new Base() as unknown as ParserInternals).stack);
}

function unbounded(Base: ParserClass): DepthBoundedParserClass {
  return class UnboundedParser extends Base {
    get movedByBound(): boolean {
      return false;
    }
  };
}

/**
 * Whether htmlparser2 closes an open element where a start tag opens (a `<p>` closes a `<p>`, a `<tr>` a `<td>`): a
 * parser of its own, holding that element alone, is given the tag. Its table of such closes is not exported.
 */
function impliedCloses(Base: ParserClass, options: ConstructorParameters<ParserClass>[1]): (name: string, open: string) => boolean {
  let closed = false;
  const probe = new Base(
    {
      onclosetag() {
        closed = true;
      },
    },
    options,
  );
  const internals = probe as unknown as ParserInternals;
  return (name, open) => {
    probe.reset();
    internals.stack.push(open);
    closed = false;
    internals.emitOpenTag(name);
    return closed;
  };
}

function boundedParser(Base: ParserClass): DepthBoundedParserClass {
  return class BoundedDepthParser extends Base {
    #movedByBound = false;
    /** The elements shelved at the bound, the most recent last, and how many of each name. */
    readonly #shelved: string[] = [];
    readonly #shelvedCounts = new Map<string, number>();
    /** The name of the element that last brought the tree to the bound: the innermost while the tree is that deep. */
    #innermost = '';
    #probe: ((name: string, open: string) => boolean) | undefined;
    /** The parser's options, for a probe that reads as it does (XML closes nothing by itself). */
    readonly #options: ConstructorParameters<ParserClass>[1];

    constructor(...args: ConstructorParameters<ParserClass>) {
      super(...args);
      this.#options = args[1];
    }

    get movedByBound(): boolean {
      return this.#movedByBound;
    }

    get #internals(): ParserInternals {
      return this as unknown as ParserInternals;
    }

    get #atBound(): boolean {
      return this.#internals.stack.length >= MAX_ELEMENT_DEPTH;
    }

    override onopentagname(start: number, endIndex: number): void {
      const internals = this.#internals;
      // Shallower, the element cannot reach the bound: nothing to read.
      if (internals.stack.length < MAX_ELEMENT_DEPTH - 1) {
        super.onopentagname(start, endIndex);
        return;
      }
      const name = internals.readTagName(start, endIndex);
      // What the start tag closes in the page: the innermost element, then the shelved ones, each opened again to be asked.
      this.endIndex = endIndex;
      while (this.#atBound && this.#closesByOpening(name, internals.stack[0]!)) {
        internals.popElement(true);
        this.#reopen();
      }
      const nests = !this.isVoidElement(name);
      if (!nests || !this.#atBound) {
        super.onopentagname(start, endIndex);
        if (nests && internals.stack.length === MAX_ELEMENT_DEPTH) this.#innermost = name;
        return;
      }
      // A <form> inside another is ignored, as htmlparser2 ignores it shallow: the innermost element stays.
      const ignored = name === 'form' && !this.#options?.xmlMode && (internals.stack.includes('form') || Boolean(this.#shelvedCounts.get('form')));
      if (!ignored) this.#shelveInnermost();
      this.#openAtFront(() => super.onopentagname(start, endIndex), ignored ? 'form' : '');
      if (!ignored) this.#innermost = name;
    }

    override onclosetag(start: number, endIndex: number): void {
      if (this.#shelved.length === 0) {
        super.onclosetag(start, endIndex);
        return;
      }
      const internals = this.#internals;
      const name = internals.readTagName(start, endIndex);
      if (this.#atBound && name === this.#innermost) {
        super.onclosetag(start, endIndex);
        this.#reopen();
      } else if (this.#shelvedCounts.get(name)) {
        this.endIndex = endIndex;
        this.#closeShelved(name);
        this.startIndex = endIndex + 1;
        this.#reopen();
      } else if (internals.stack.includes(name)) {
        // An element around the shelved ones closes, and they with it.
        this.endIndex = endIndex;
        this.#closeShelved(undefined);
        super.onclosetag(start, endIndex);
      } else {
        super.onclosetag(start, endIndex);
      }
    }

    override onend(): void {
      this.#closeShelved(undefined);
      super.onend();
    }

    override reset(): void {
      super.reset();
      this.#shelved.length = 0;
      this.#shelvedCounts.clear();
      this.#innermost = '';
    }

    /** Does a start tag of `name` close the open element `open` by itself (a `<p>` a `<p>`)? Asked of htmlparser2. */
    #closesByOpening(name: string, open: string): boolean {
      this.#probe ??= impliedCloses(Base, this.#options);
      return this.#probe(name, open);
    }

    /** Closes the innermost element early, as the element about to open would take the tree past the bound. */
    #shelveInnermost(): void {
      this.#shelved.push(this.#innermost);
      this.#shelvedCounts.set(this.#innermost, (this.#shelvedCounts.get(this.#innermost) ?? 0) + 1);
      this.#moved(() => this.#internals.popElement(true));
    }

    /** The most recently shelved element, taken off the shelf; undefined where none is. */
    #unshelve(): string | undefined {
      const name = this.#shelved.pop();
      if (name !== undefined) this.#shelvedCounts.set(name, this.#shelvedCounts.get(name)! - 1);
      return name;
    }

    /**
     * Closes what a close tag for a shelved element (`name`), or for an element around them all (undefined), closes
     * above the tree's own elements: the innermost element, then the shelved ones down to `name`, innermost first, each
     * opened again and closed, so that each of their ends is where the page has it.
     */
    #closeShelved(name: string | undefined): void {
      const internals = this.#internals;
      if (this.#shelved.length === 0) return;
      if (this.#atBound) internals.popElement(true);
      for (;;) {
        const shelved = this.#unshelve();
        if (shelved === undefined) return;
        if (this.#openAgain(shelved)) internals.popElement(shelved !== name);
        if (shelved === name) return;
      }
    }

    /** The most recently shelved element, opened again under the bound to hold what follows its inner elements. */
    #reopen(): void {
      const internals = this.#internals;
      if (this.#shelved.length === 0 || this.#atBound) return;
      const name = this.#unshelve()!;
      this.#openAgain(name);
      if (internals.stack.length === MAX_ELEMENT_DEPTH) this.#innermost = name;
    }

    /** Opens a shelved element again, implied and without its attributes; false where the parser ignores it. */
    #openAgain(name: string): boolean {
      const internals = this.#internals;
      // The parser ignores a <form> inside another, as the HTML standard does.
      if (name === 'form' && internals.stack.includes('form')) return false;
      this.#moved(() =>
        this.#openAtFront(() => {
          internals.emitOpenTag(name);
          internals.endOpenTag(true);
        }, ''),
      );
      return true;
    }

    /**
     * Runs `open`, htmlparser2 opening an element, with `front` (no element, or a <form> that makes it ignore another)
     * in front of the tree's open elements: what the start tag closes by itself in the page is closed before, and the
     * elements under the bound are not those it would close, as they are not the innermost in the page.
     */
    #openAtFront(open: () => void, front: string): void {
      const stack = this.#internals.stack;
      stack.unshift(front);
      open();
      stack.splice(stack[0] === front ? 0 : 1, 1);
    }

    #moved(change: () => void): void {
      this.#movedByBound = true;
      try {
        change();
      } finally {
        this.#movedByBound = false;
      }
    }
  };
}
