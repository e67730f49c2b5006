import type {BlockDescription} from '../features/describe.js';
import {wholeCueNamed} from '../features/lexicon.js';
import type {Verdict} from '../types.js';
import {isWithinElement, PAGE_ROOT, type ElementTree} from '../read/element-tree.js';
import {COMMENTS_NAME, MARKUP_CONTEXTS, type BlockMarkup, type MarkupContext} from '../read/markup.js';
import type {BoilerplateLabel} from '../types.js';

/**
 * A page's comment thread, kept apart from the body when asked (`comments` option): the removed blocks that are the
 * readers' comments, in order. On an HTML page, those inside an element whose class names comments (`comments`,
 * `disqus`, `replies`...) and holds less than half of the kept blocks (a page-wide `comments-open` wraps the
 * article), outside its reply form and menus; in text, those after the first comments marker below the body's start ("3 Comments", "Join
 * the discussion"), up to the next block that a cue names as another kind of boilerplate. Either way the thread's
 * furniture is left out (its heading, "Reply", "Like" and "Report abuse" buttons, times like "2mo", the comment policy
 * and anti-spam notice, counts), and the body
 * stays as it is: a comment the scorer kept stays in the body.
 */
export function commentThread(
  verdicts: readonly Verdict[],
  descriptions: readonly BlockDescription[],
  markup?: readonly BlockMarkup[],
  tree?: ElementTree,
): number[] {
  return markup && tree ? threadInMarkup(verdicts, descriptions, markup, tree) : threadInText(verdicts, descriptions);
}


const bit = (context: MarkupContext): number => 1 << MARKUP_CONTEXTS.indexOf(context);
const NOT_A_COMMENT = bit('form') | bit('nav') | bit('hidden') | bit('named:prompt');

// Cues of the thread's furniture, not of what readers wrote.
const FURNITURE: ReadonlySet<string> = new Set(['comments', 'comment-reply', 'comment-policy', 'comment-thread']);
// Whole-block cues that start a thread in text.
const isThreadMarker = wholeCueNamed(new Set(['comments', 'comment-thread']));
/** Boilerplate that ends a thread in text: what pages put below their comments. */
export const AFTER_THREAD: ReadonlySet<BoilerplateLabel> = new Set(['ad', 'related', 'newsletter', 'social', 'legal', 'navigation']);

/** A time ago as German, French and Spanish comment systems print it ("vor 3 Tagen", "il y a 2 heures", "hace una semana"). */
export const TIME_AGO_ELSEWHERE =
  String.raw`vor (?:\d+|einer?|einem) (?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)|` +
  String.raw`il y a (?:\d+|une?) (?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)|` +
  String.raw`hace (?:\d+|una?) (?:segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|años?)`;

// The thread's buttons and stamps, whole blocks: "Like", "Share", "2mo", "3 days ago", "Edited". Not cues: the scorer's
// columns stay as they are, and these words are furniture only inside a thread.
const THREAD_FURNITURE = new RegExp(
  String.raw`^(?:(?:un)?like|likes?|share|report|flag|quote|permalink|upvote|downvote|vote|edit(?:ed)?|delete|hide|collapse|expand|` +
    String.raw`(?:show|load|view|see) (?:more|all|\d+)(?: (?:comments?|replies))?|\d+ ?(?:s|m|h|d|w|mo|y|yr)|` +
    String.raw`(?:\d+|an?|one) (?:sec|min|hr|hour|day|week|month|year)s?(?: ago)?|just now|yesterday|` +
    // The thread's own heading, where it names no comments: "Responses", "1 Reply", "One Response", "Discussion (3)".
    String.raw`(?:(?:\d+|one|an?) )?(?:responses?|repl(?:y|ies)|reactions?|discussions?|conversations?)(?: \(?\d+\)?)?|` +
    // The same in German, French and Spanish.
    String.raw`antworten|melden|zitieren|bearbeiten|löschen|gestern|répondre|signaler|modifier|supprimer|hier|` +
    String.raw`responder|denunciar|editar|eliminar|ayer|(?:(?:\d+|eine?|une?) )?(?:antwort(?:en)?|reaktion(?:en)?|diskussion|réponses?|réactions?|respuestas?|reacciones?)(?: \(?\d+\)?)?|` +
    String.raw`${TIME_AGO_ELSEWHERE})$`,
  'iu',
);
// The notice of the anti-spam service WordPress threads carry below their form.
const SPAM_NOTICE = /\b(?:uses akismet to reduce spam|verwendet akismet, um spam zu reduzieren|utilise akismet pour réduire|usa akismet para reducir)\b/i;

// A block without a letter is a count or a date in digits ("6", "12/03"), the thread's furniture too.
const isFurniture = (d: BlockDescription) =>
  d.cues.some((cue) => FURNITURE.has(cue.name)) || !/\p{L}/u.test(d.key) || (d.words <= 4 && THREAD_FURNITURE.test(d.key)) || SPAM_NOTICE.test(d.key);

function threadInMarkup(
  verdicts: readonly Verdict[],
  descriptions: readonly BlockDescription[],
  markup: readonly BlockMarkup[],
  tree: ElementTree,
): number[] {
  const keptElements = markup.filter((_, i) => verdicts[i]!.kept).map((m) => m.element);
  const threads = new Map<number, boolean>();
  const isThread = (element: number) => {
    let answer = threads.get(element);
    if (answer === undefined) {
      const keptInside = keptElements.filter((kept) => isWithinElement(tree, element, kept)).length;
      answer = COMMENTS_NAME.test(tree.classes[element]!.toLowerCase()) && keptInside < keptElements.length / 2;
      threads.set(element, answer);
    }
    return answer;
  };
  const thread: number[] = [];
  verdicts.forEach((verdict, i) => {
    const {contexts, element} = markup[i]!;
    if (verdict.kept || !(contexts & bit('named:comments')) || contexts & NOT_A_COMMENT || isFurniture(descriptions[i]!)) return;
    for (let e = element; e !== PAGE_ROOT; e = tree.parents[e]!) {
      if (isThread(e)) {
        thread.push(i);
        return;
      }
    }
  });
  return thread;
}

function threadInText(verdicts: readonly Verdict[], descriptions: readonly BlockDescription[]): number[] {
  const firstKept = verdicts.findIndex((verdict) => verdict.kept);
  const marker = descriptions.findIndex((d, i) => i > firstKept && d.cues.some(isThreadMarker));
  if (firstKept < 0 || marker < 0) return [];
  const thread: number[] = [];
  for (let i = marker + 1; i < descriptions.length; i++) {
    const d = descriptions[i]!;
    if (d.cues.some((cue) => cue.whole && AFTER_THREAD.has(cue.label))) break;
    if (!verdicts[i]!.kept && !isFurniture(d)) thread.push(i);
  }
  return thread;
}
