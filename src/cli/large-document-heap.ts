import {setFlagsFromString} from 'node:v8';

// A document of this much text is judged as a long one (a book, a forum dump), far past any web page.
const LARGE_DOCUMENT_CHARS = 4 * 1024 * 1024;
// How far past what its last full collection found live V8 may let the heap grow before it collects again.
const HELD_GROWING_PERCENT = 30;

/**
 * `clean` run, for a document of `chars` characters or more, with V8's heap held to grow by 30% past what it last
 * found live, where by default it lets the heap grow to a few times that: reading a large document leaves much
 * garbage while its blocks are judged, and that growth was most of the process's peak (docs/speed.md, "Memory").
 * Only for one large document at a time: on a stream of web pages the collections it asks for cost a fifth of the CPU
 * time or more. V8 reads the setting at each collection; it is set back to V8's own choice (0) afterwards.
 */
export function withHeapHeldNearLive<T>(chars: number, clean: () => T): T {
  if (chars < LARGE_DOCUMENT_CHARS) return clean();
  setFlagsFromString(`--heap-growing-percent=${HELD_GROWING_PERCENT}`);
  try {
    return clean();
  } finally {
    setFlagsFromString('--heap-growing-percent=0');
  }
}
