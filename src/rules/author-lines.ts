import {fromTextBlocks, type TextBlocks} from '../metadata/text-blocks.js';
import {fold} from '../text/words.js';
import {type ContextRule, isProse, overrule, type RuleInput} from './rule.js';
import {mapped} from '../arrays.js';

// A name of one word ("admin", a site's handle) starts too many other lines to be told from them.
const MIN_NAME_WORDS = 2;
// A byline, a bio and a disclosure ("NAME has no position in..."): more lines than these that start with the name
// are a page about that person or organisation, or a list of its posts.
const MAX_AUTHOR_LINES = 3;
// A page that names more authors than this (a paper's, a listing's) has no one author whose lines these would be;
// it also bounds the rule's work, names times kept blocks.
const MAX_NAMES = 12;
// The article the lines are about: the page keeps this much prose besides them.
const MIN_OTHER_PROSE_WORDS = 150;
// What may stand before the name: "By", "Written by", "Posted by", "Author:", "About the author:", and the same in
// the other languages whose bylines the metadata reads ("Von", "Über den Autor", "Publié par", "Escrito por", "door").
// No Unicode case folding, which would cost a test of every kept block: the accented letters are spelt in both cases.
const LEAD =
  /^(?:(?:written\s+|posted\s+|geschrieben\s+|verfasst\s+|[ée]crit\s+|publi[ée]\s+|escrito\s+|publicado\s+)?(?:by|von|par|por|di|door|av|af)|about\s+the\s+author|author|[üÜ]ber\s+(?:den|die)\s+autor(?:in)?|autor(?:in)?|[àÀ]\s+propos\s+de\s+l[’']auteure?|auteure?|sobre\s+el\s+autor)\s*:?\s+/i;
// What may follow the name: the line's end, or anything but more of a name ("Jane Doe is...", "Jane Doe, editor",
// "Jane Doe's work"), not "Jane Doelittle" nor a mark that changes the name's last letter ("Doe" and a combining accent).
const AFTER_NAME = /^(?:$|[^\p{L}\p{N}\p{M}])/u;

/**
 * The lines about the page's author: its byline ("By Jane Doe | Reuters") and the bio at its foot ("Jane Doe is a
 * reporter who covers..."), which read as prose and score as body. The page names its author: an HTML page in its
 * markup (`statedAuthors`: JSON-LD, microdata, meta tags, `rel=author`), a text (or a page whose markup names no
 * author) by its byline in the article's head (the same reading as the metadata's). A kept block that starts with
 * that name, perhaps after "By" or "About the author:", is dropped as a `byline`; not where more than a few blocks
 * start with it (a profile, a company's own page, a list of one writer's posts), nor where the page would keep too
 * little else.
 */
export const authorLines: ContextRule = {
  name: 'author-line',
  apply(input) {
    const {verdicts, descriptions, texts, cleanPage} = input;
    // A page already clean (cleaned output, cleaned again) keeps what the first pass printed: its byline may be read
    // there where the first pass read none, and the output would not clean to itself.
    if (!texts || cleanPage) return;
    // Lower case, white space as single spaces (`fold`): a byline read from a wrapped text may part a name across lines.
    const names = mapped(pageAuthors(input), fold).filter((name) => name.split(' ').length >= MIN_NAME_WORDS);
    if (names.length === 0 || names.length > MAX_NAMES) return;
    const longest = Math.max(...names.map((name) => name.length));
    const lines: number[] = [];
    for (let i = 0; i < verdicts.length; i++) {
      const v = verdicts[i]!;
      if (!v.kept || v.label === 'title' || !startsWithName(texts[i]!, names, longest)) continue;
      lines.push(i);
      if (lines.length > MAX_AUTHOR_LINES) return;
    }
    if (lines.length === 0) return;
    let otherProse = 0;
    for (let i = 0; i < verdicts.length; i++) {
      if (verdicts[i]!.kept && isProse(descriptions[i]!) && !lines.includes(i)) otherProse += descriptions[i]!.words;
    }
    if (otherProse < MIN_OTHER_PROSE_WORDS) return;
    for (const i of lines) overrule(verdicts[i]!, false, 'byline', this.name);
  },
};

/** The authors the markup states, else those of the text's byline. */
function pageAuthors({verdicts, texts, statedAuthors}: RuleInput): readonly string[] {
  if (statedAuthors && statedAuthors.length > 0) return statedAuthors;
  const blocks: TextBlocks = {length: verdicts.length, text: (i) => texts![i]!, label: (i) => verdicts[i]!.label, kept: (i) => verdicts[i]!.kept};
  return fromTextBlocks(blocks, {dates: false}).author ?? [];
}

/** Whether `text` starts with one of `names` (folded), after a lead-in; `longest` is the longest name's length. */
function startsWithName(text: string, names: readonly string[], longest: number): boolean {
  const line = text.trimStart();
  const lead = LEAD.exec(line)?.[0].length ?? 0;
  // Only the line's start is folded: the name's room and the character after it, two code units where it lies
  // outside the Basic Multilingual Plane, so that a letter there is not read as half of one.
  const start = fold(line.slice(lead, lead + longest + 2));
  return names.some((name) => start.startsWith(name) && AFTER_NAME.test(start.slice(name.length)));
}
