import type {BlockDescription} from '../features/describe.js';
import {LiteralScan} from '../features/literal-scan.js';
import {requiredLiterals} from '../features/required-literals.js';
import {AFTER_THREAD, TIME_AGO_ELSEWHERE} from '../structure/comment-thread.js';
import {type ContextRule, hasWholeCue, isProse, overrule, type Verdict} from './rule.js';
import {type Credit, creditLine} from './speech-frame.js';

// A comment's frame: its author's name and a timestamp or a verb of speech, a few words at most.
const FRAME_MAX_WORDS = 12;
const FRAME_MAX_NAME_WORDS = 6;
// A thread: this many frames of one shape, each followed by what a reader wrote, below this much of the article.
const THREAD_MIN_FRAMES = 3;
// A thread of credit lines names more readers than a story quotes officials or a panel seats speakers.
const CREDITED_MIN_VOICES = 5;
const BODY_MIN_PROSE_WORDS = 300;
// The next frame of a thread stands this near the last; a comment is a few blocks after its frame.
const FRAME_GAP_BLOCKS = 15;
const REPLY_WITHIN_BLOCKS = 3;
const REPLY_MIN_WORDS = 4;
// A comment too short to start a thread, but one still: not a lone button ("save", "hide") under a post's frame.
const SHORT_REPLY_MIN_WORDS = 2;
// A dated line that heads the page's body and recurs this often below the thread's first frame heads the page's posts.
const POST_MIN_REPEATS = 2;

// Months, joins and relative times in English, German, French and Spanish, as comment systems print them in each
// ("December 18, 2025 at 9:46 pm", "18. Dezember 2025 um 21:46 Uhr", "18 décembre 2025 à 21:46", "hace 3 días").
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|' +
  'januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th|\\.)?';
const DATE = `(?:${MONTH} ${DAY},? \\d{4}|${DAY} (?:de )?${MONTH},?(?: de)? \\d{4}|\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4})`;
const CLOCK = '\\d{1,2}:\\d{2}(?::\\d{2})?(?: ?[ap]\\.?m\\.?| ?uhr\\b| ?h\\b)?';
const JOIN = '(?:,? (?:at|um|à|a las|alle|às|om) |, | @ | - | \\| | )';
const RELATIVE = `\\b(?:(?:\\d+|an?|one) (?:sec|second|min|minute|hr|hour|day|week|month|year)s? ago|${TIME_AGO_ELSEWHERE})\\b`;
// A date with its clock time (either first), or a relative time ("3 days ago"). Blocks are matched by their key,
// which is case folded.
const STAMP = new RegExp(`${DATE}${JOIN}${CLOCK}|${CLOCK}${JOIN}${DATE}|${RELATIVE}`, 'u');
const RELATIVE_STAMP = new RegExp(`^${RELATIVE}$`, 'u');
const HEADS_A_SENTENCE = /^\s*:\s*\p{L}/u;
const DATE_ALONE = new RegExp(DATE, 'u');
// A month's whole name: "juli" is one name, not "jul" and an "i".
const MONTH_NAME = new RegExp(`(?<!\\p{L})${MONTH}(?!\\p{L})`, 'gu');
const MERIDIEM = /[ap]\.?m\.?$/u;
// Every timestamp holds one of a few literals (a clock's colon, "days ago", "vor "): one pass over a short block's key
// rules most blocks out, where the pattern is tried at each of its characters. Built on first use.
let stampLiterals: LiteralScan | undefined;
const mayHoldStamp = (key: string) => (stampLiterals ??= new LiteralScan([requiredLiterals(STAMP.source, STAMP.flags) ?? []])).scan(key) !== 0;


/** A comment's frame: its shape, and the reader a credit line names (none for a timestamp). */
export type CommentFrame = Credit | {shape: string; speaker?: undefined};

/**
 * A comment's frame, or undefined for a block that is not one: a reader's credit line ("NAME says:", `creditLine`, its
 * shape the line's with the name left out), or a short block that is a timestamp with a clock time or a relative time,
 * alone or beside a name. The timestamp's shape is the timestamp's pattern, its numbers, month names and am or pm left
 * out ("December 18, 2025, 9:46 pm" and "Jan 2, 2024, 10:01 am" share one), so that a forum's first post and its
 * replies, framed alike, show the same shape.
 */
export function commentFrame(d: BlockDescription): CommentFrame | undefined {
  const credit = creditLine(d);
  if (credit) return credit;
  const shape = timestampShape(d);
  return shape === undefined ? undefined : {shape};
}

function timestampShape(d: BlockDescription): string | undefined {
  if (d.words === 0 || d.words > FRAME_MAX_WORDS || !mayHoldStamp(d.key)) return undefined;
  const stamp = STAMP.exec(d.key);
  if (!stamp) return undefined;
  const rest = d.key.slice(0, stamp.index) + d.key.slice(stamp.index + stamp[0].length);
  if (rest.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length > FRAME_MAX_NAME_WORDS) return undefined;
  if (!RELATIVE_STAMP.test(stamp[0])) return patternOf(stamp[0]);
  // "100 years ago: the city burned", "Vor 100 Jahren: ..." head a story, not a comment.
  return HEADS_A_SENTENCE.test(d.key.slice(stamp.index + stamp[0].length)) ? undefined : 'ago';
}

/**
 * The shape of a short dated line: its frame's (`frame`, its comment frame's shape, found already), or the pattern of a date
 * without a clock time ("Posted May 22, 2024").
 */
function datedShape(d: BlockDescription, frame: string | undefined): string | undefined {
  if (frame !== undefined || d.words === 0 || d.words > FRAME_MAX_WORDS) return frame;
  const date = DATE_ALONE.exec(d.key);
  return date ? patternOf(date[0]) : undefined;
}

const patternOf = (stamp: string) => stamp.replace(MONTH_NAME, 'M').replace(MERIDIEM, 'm').replace(/\d+/gu, '9');

/**
 * The readers' comments below an article, dropped as one run: THREAD_MIN_FRAMES or more comment frames of one shape
 * (`commentFrame`), each followed by a reader's words, below BODY_MIN_PROSE_WORDS of kept prose. A forum or a
 * question-and-answer page frames its first post as it frames the replies, and an article does not: where a frame of
 * the thread's shape stands above its first frame, or a dated line heads kept prose there with a shape that recurs
 * below it ("Posted May 22, 2024" over each post, the frames quoting replies), the page's body is itself a post and
 * everything stays. The kept blocks go from the first frame to the thread's end (the last frame's comment, as long as
 * the longest comment before it), not beyond a block after the last frame that a cue names as other boilerplate.
 */
export const readersComments: ContextRule = {
  name: 'readers-comments',
  apply({verdicts, descriptions, cleanPage}) {
    // A page already clean is cleaned output, whose posts' own headers may have gone as junk: its thread, if any, was
    // judged on the first pass, and judging it again could take a forum's replies for an article's comments.
    if (cleanPage) return;
    const shapes = new FrameShapes(descriptions);
    let prose = 0;
    for (let i = 0; i < descriptions.length; i++) {
      const shape = shapes.at(i);
      if (shape !== undefined && prose >= BODY_MIN_PROSE_WORDS && followedByReply(shapes, descriptions, i)) {
        const frames = threadFrames(shapes, descriptions, i);
        if (frames.length >= THREAD_MIN_FRAMES && manyVoices(shapes, frames)) {
          frames.unshift(...framesBefore(verdicts, descriptions, shapes, i));
          if (!bodyIsAPost(verdicts, descriptions, shapes, frames[0]!)) dropThread(verdicts, descriptions, frames, this.name);
          return;
        }
      }
      if (verdicts[i]!.kept && isProse(descriptions[i]!)) prose += descriptions[i]!.words;
    }
  },
};

/**
 * Each block's frame shape (`commentFrame`), as a number a block that names it among the page's few shapes: a list of
 * strings as long as the page, nearly all of it empty, took 8 bytes a block in a long document's old generation. And
 * the reader each credit line names, read with its shape, for the thread's count of voices.
 */
class FrameShapes {
  readonly length: number;
  // 0 for no shape, k for the k-th different shape found.
  private readonly codes: Uint32Array;
  private readonly names: string[] = [];
  // By block: credit lines are few.
  private readonly speakers = new Map<number, string>();

  constructor(descriptions: readonly BlockDescription[]) {
    this.length = descriptions.length;
    this.codes = new Uint32Array(descriptions.length);
    const codeOf = new Map<string, number>();
    for (let i = 0; i < descriptions.length; i++) {
      const frame = commentFrame(descriptions[i]!);
      if (frame === undefined) continue;
      const {shape, speaker} = frame;
      if (speaker !== undefined) this.speakers.set(i, speaker);
      let code = codeOf.get(shape);
      if (code === undefined) {
        this.names.push(shape);
        codeOf.set(shape, (code = this.names.length));
      }
      this.codes[i] = code;
    }
  }

  at(i: number): string | undefined {
    const code = this.codes[i]!;
    return code === 0 ? undefined : this.names[code - 1];
  }

  /** The reader the credit line at `i` names; undefined for a timestamp or no frame. */
  speakerAt(i: number): string | undefined {
    return this.speakers.get(i);
  }

  /** The first block of shape `shape`, -1 for none. */
  firstOf(shape: string): number {
    return this.codes.indexOf(this.names.indexOf(shape) + 1);
  }

  /** The last block of shape `shape`, -1 for none. */
  lastOf(shape: string): number {
    return this.codes.lastIndexOf(this.names.indexOf(shape) + 1);
  }
}

/**
 * Is the page's body itself a post? Either a frame of the thread's shape stands above its first frame, or a dated line
 * heads kept prose above it with a shape that recurs among the posts below it, as a forum's post headers do ("Posted
 * May 22, 2024"). A comment's own header just above the first frame heads no prose. The posts end at the page's last
 * frame of the thread's shape: the dated teasers of a list of recent posts after an article's comments recur too, and
 * would take its dated byline for a post's header.
 */
function bodyIsAPost(verdicts: readonly Verdict[], descriptions: readonly BlockDescription[], shapes: FrameShapes, first: number): boolean {
  const threadShape = shapes.at(first)!;
  if (shapes.firstOf(threadShape) < first) return true;
  const below = new Map<string, number>();
  const lastFrame = shapes.lastOf(threadShape);
  for (let i = first; i <= lastFrame; i++) {
    const shape = datedShape(descriptions[i]!, shapes.at(i));
    if (shape !== undefined) below.set(shape, (below.get(shape) ?? 0) + 1);
  }
  let proseBelow = false;
  for (let i = first - 1; i >= 0; i--) {
    const d = descriptions[i]!;
    if (verdicts[i]!.kept && isProse(d)) proseBelow = true;
    const shape = proseBelow ? datedShape(d, shapes.at(i)) : undefined;
    if (shape !== undefined && (below.get(shape) ?? 0) >= POST_MIN_REPEATS) return true;
  }
  return false;
}

/**
 * The frames of the thread that starts at `first`: the next of its shape within FRAME_GAP_BLOCKS of the last, each
 * with a reply. A frame whose reply is a word or three ("Thanks!", "Warning* not warming") neither counts nor ends
 * the thread: the frames after it go on within the same reach.
 */
function threadFrames(shapes: FrameShapes, descriptions: readonly BlockDescription[], first: number): number[] {
  const frames = [first];
  for (let i = first + 1; i < shapes.length && i - frames.at(-1)! <= FRAME_GAP_BLOCKS; i++) {
    if (shapes.at(i) === shapes.at(first) && followedByReply(shapes, descriptions, i)) frames.push(i);
  }
  return frames;
}

/**
 * The frames of the thread's shape just above its first frame `first`, each within FRAME_GAP_BLOCKS of the next, with
 * no kept prose between and each followed by a short comment ("So helpful!"): the thread's first comments, too short
 * to start it. They are the thread's, not a post's above it, which heads the post's text or a link and its buttons.
 */
function framesBefore(verdicts: readonly Verdict[], descriptions: readonly BlockDescription[], shapes: FrameShapes, first: number): number[] {
  const before: number[] = [];
  let next = first;
  for (let i = first - 1; i >= 0 && next - i <= FRAME_GAP_BLOCKS; i--) {
    if (verdicts[i]!.kept && isProse(descriptions[i]!)) break;
    if (shapes.at(i) !== shapes.at(first)) continue;
    if (!followedByReply(shapes, descriptions, i, SHORT_REPLY_MIN_WORDS)) break;
    before.unshift((next = i));
  }
  return before;
}

/**
 * Do the frames credit many readers, or credit none by name (timestamps)? A story quotes a few officials in turn and a
 * panel's or an interview's speakers answer round after round ("NAME said:"); a thread names CREDITED_MIN_VOICES
 * readers or more, most of its frames a reader not named before.
 */
function manyVoices(shapes: FrameShapes, frames: readonly number[]): boolean {
  const speakers = new Set<string>();
  for (const i of frames) {
    const speaker = shapes.speakerAt(i);
    if (speaker === undefined) return true;
    speakers.add(speaker);
  }
  return speakers.size >= CREDITED_MIN_VOICES && speakers.size * 2 > frames.length;
}

/** Does a reader's text (`minWords` words or more) follow the frame at `i`, before the next frame? */
function followedByReply(shapes: FrameShapes, descriptions: readonly BlockDescription[], i: number, minWords = REPLY_MIN_WORDS): boolean {
  for (let j = i + 1; j < shapes.length && j <= i + REPLY_WITHIN_BLOCKS && shapes.at(j) === undefined; j++) {
    if (descriptions[j]!.words >= minWords && !hasWholeCue(descriptions[j]!)) return true;
  }
  return false;
}

function dropThread(verdicts: Verdict[], descriptions: readonly BlockDescription[], frames: number[], rule: string): void {
  let longest = 0;
  for (let f = 1; f < frames.length; f++) longest = Math.max(longest, frames[f]! - frames[f - 1]!);
  const last = frames.at(-1)!;
  const end = Math.min(verdicts.length, last + longest);
  for (let i = frames[0]!; i < end; i++) {
    const d = descriptions[i]!;
    // Between two of its frames a block is the thread's, whatever its cue says: a comment's count of votes reads as a
    // page number ("10"), its flag link as a legal one.
    if (i > last && d.cues.some((cue) => AFTER_THREAD.has(cue.label))) return;
    if (verdicts[i]!.kept) overrule(verdicts[i]!, false, 'comments', rule);
  }
}
