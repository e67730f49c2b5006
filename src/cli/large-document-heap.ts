import {setFlagsFromString} from 'node:v8';

// A document of this much text is judged as a long one (a book, a forum dump), far past any web page.
const LARGE_DOCUMENT_CHARS = 4 * 1024 * 1024;
// How far past what its last full collection found live V8 may let the heap grow before it collects again.
const HELD_GROWING_PERCENT = 30;
// By how much V8 grows the young generation when much of it survives a scavenge: 1 keeps it at its size. V8's own
// default, put back afterwards, is 2 in Node 20, 22 and 24.
const HELD_SEMI_SPACE_GROWTH = 1;
const DEFAULT_SEMI_SPACE_GROWTH = 2;

/**
 * `clean` run, for a document of `chars` characters or more, with V8's heap held near what is live. By default V8 lets
 * the old generation grow to a few times what its last full collection found live before it collects again, and it
 * doubles the young generation while much of what it holds survives, up to a size Node 24 sets by the machine's memory:
 * reading a large document leaves much garbage while its blocks are judged, and those two margins were most of the
 * process's peak (docs/speed.md, "Memory"). Here the old generation grows 30% past what is live, and the young one
 * keeps its size. Only for one large document at a time: on a stream of web pages the collections this asks for cost
 * a fifth of the CPU time or more. V8 reads both settings as it collects; they are put back afterwards.
 */
export function withHeapHeldNearLive<T>(chars: number, clean: () => T): T {
  if (chars < LARGE_DOCUMENT_CHARS) return clean();
  setFlagsFromString(`--heap-growing-percent=${HELD_GROWING_PERCENT}`);
  setFlagsFromString(`--semi-space-growth-factor=${HELD_SEMI_SPACE_GROWTH}`);
  try {
    return clean();
  } finally {
    setFlagsFromString('--heap-growing-percent=0');
    setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_SEMI_SPACE_GROWTH}`);
  }
}
