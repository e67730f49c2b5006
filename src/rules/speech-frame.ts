import type {BlockDescription} from '../features/describe.js';

// A comment's credit line: a reader's name and a verb of speech, a few words at most, and perhaps the comment's time
// in a long form ("on Friday December 19, 2025 @08:08PM (#65870295) Homepage").
const CREDIT_MAX_WORDS = 20;

// "by", then the name: one to six words of a handle or a person's name, not a pronoun or an article ("He said:", "The
// minister said:" introduce a quote in an article's own prose). Then a user number some comment systems print after
// the name ("NAME ( 123456 )"), and the verb of speech in English, German, French, Spanish, Italian or Dutch.
const BY = String.raw`(?:(by|von|par|por|di|door) )?`;
const NOT_A_NAME =
  String.raw`(?!(?:he|she|it|they|we|i|you|one|who|what|this|that|the|a|an|someone|somebody|everyone|er|sie|es|man|wer|der|die|das|ein|eine|` +
  String.raw`il|elle|ils|elles|on|qui|le|la|les|un|une|él|ella|ellos|alguien|el|lo|los|las|lui|lei|hij|zij|ze|men|de|het|een)\b)`;
const NAME = String.raw`${NOT_A_NAME}[\p{L}\p{N}_][\p{L}\p{N} .’'_-]{0,40}?`;
const USER_NUMBER = String.raw`( \( ?\d+ ?\))?`;
const VERB =
  String.raw`(writes|wrote|says|said|replies|replied|schreibt|schrieb|sagt|sagte|meint|meinte|antwortet|a écrit|écrit|dit|répond|` +
  String.raw`escribe|escribió|dice|dijo|responde|respondió|comenta|comentó|scrive|ha scritto|risponde|schrijft|schreef|zegt|zei)`;
// The block's key, case folded and its final colon dropped: the colon after the verb is asked of the block's last
// character, or stands before the comment's time, which has a clock time: a quote after "NAME said:" rarely has one.
const CREDIT = new RegExp(`^${BY}(${NAME})${USER_NUMBER} ${VERB}(?:$|: (.*\\b\\d{1,2}:\\d{2}.*)$)`, 'u');

export interface Credit {
  /** The credit line's shape: its pattern with the name left out ("by NAME (9) writes"), alike over one thread. */
  shape: string;
  /** Who wrote the comment, as the line names them. */
  speaker: string;
}

/**
 * The credit line over a reader's comment, or undefined for a block that is not one: a short block that is a name and a
 * verb of speech and a colon, perhaps "by" before the name, a user number after it, the comment's time after the
 * colon ("NAME says:", "by NAME ( 123456 ) writes:", "NAME sagt:", "NAME dijo:").
 */
export function creditLine(d: BlockDescription): Credit | undefined {
  if (d.words === 0 || d.words > CREDIT_MAX_WORDS) return undefined;
  // A credit ends on a colon or sets the comment's time after one: most short blocks have neither, and skip the pattern.
  if (!d.endsWithColon && !d.key.includes(': ')) return undefined;
  const credit = CREDIT.exec(d.key);
  if (!credit) return undefined;
  const [, by, speaker, number, verb, time] = credit;
  if (time === undefined && !d.endsWithColon) return undefined;
  const shape = `${by ? `${by} ` : ''}NAME${number ? ' (9)' : ''} ${verb}`;
  return {shape, speaker: speaker!};
}
