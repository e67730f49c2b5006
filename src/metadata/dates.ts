/**
 * Dates as pages state them, written as ISO 8601. A date the page writes in ISO form (the norm of meta tags, JSON-LD
 * and `<time datetime>`) keeps its precision and zone; an English, German, French, Spanish or Polish "May 3, 2020",
 * "3 May 2020", "3. Mai 2020", "3 mai 2020", "3 de mayo de 2020" or "3 maja 2020", a "03.05.2020" and an RFC 2822
 * date become a calendar date. Anything else is no date: none is guessed.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
// English, German, French, Spanish and Polish month names and their abbreviations, by their first three letters (März
// as mär, février as fév, agosto as ago, kwietnia as kwi); French juin and juillet by their fourth.
const MONTHS: Record<string, number> = {
  jan: 1, ene: 1, feb: 2, fév: 2, fev: 2, mar: 3, mär: 3, apr: 4, avr: 4, abr: 4, may: 5, mai: 5, jun: 6, juin: 6, jul: 7,
  juil: 7, aug: 8, aoû: 8, aou: 8, ago: 8, sep: 9, set: 9, oct: 10, okt: 10, nov: 11, dec: 12, dez: 12, déc: 12, dic: 12,
  sty: 1, lut: 2, kwi: 4, maj: 5, cze: 6, lip: 7, sie: 8, wrz: 9, paź: 10, paz: 10, lis: 11, gru: 12,
};
const MONTH_BEFORE_OR_AFTER_DAY = String.raw`jan(?:uary|uar|vier)?|feb(?:ruary|ruar|rero)?|f[ée]v(?:rier)?|mar(?:ch)?|märz?|apr(?:il)?|avr(?:il)?|abr(?:il)?|may(?:o)?|mai|juin|juil(?:let)?|jun[ie]?|junio|jul[iy]?|julio|aug(?:ust)?|ao[uû]t|agosto|sep(?:t(?:ember|embre|iembre)?)?|setiembre|oct(?:ober|obre|ubre)?|okt(?:ober)?|nov(?:ember|embre|iembre)?|dec(?:ember)?|dez(?:ember)?|d[ée]c(?:embre)?|diciembre|enero`;
// Read after a day only: the abbreviations that are English words too ("ago 5, 2020", "set 12, 2019"), and French "mars"
// and Spanish "marzo" ("Mars 12, 2020"): French and Spanish write the day first, and Polish its months' genitive
// ("22 kwietnia 2021").
const MONTH_AFTER_DAY_ONLY =
  'mars|marzo|ago|set|ene|dic|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|października|pazdziernika|listopada|grudnia';
const MONTH_DAY_YEAR = new RegExp(String.raw`\b(${MONTH_BEFORE_OR_AFTER_DAY})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th|er)?\.?\s+(?:of\s+|de\s+)?(${MONTH_BEFORE_OR_AFTER_DAY}|${MONTH_AFTER_DAY_ONLY})\.?,?\s+(?:de\s+)?(\d{4})\b`,
  'i',
);
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
const ISO_IN_TEXT = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** A value stated as a whole date (a meta tag's content, a `datetime`), in ISO 8601, or undefined. */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso) return isoFromParts(iso);
  return dateInText(text);
}

function isoFromParts(m: RegExpExecArray): string | undefined {
  const [, y, mo, d, h, mi, s, fraction, zone] = m;
  const date = calendarDate(Number(y), Number(mo), Number(d));
  if (!date || h === undefined) return date;
  if (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59)) return date;
  const time = `${h}:${mi}${s !== undefined ? `:${s}${fraction ?? ''}` : ''}`;
  const offset = zone === undefined ? '' : zone.toUpperCase() === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return `${date}T${time}${offset}`;
}

/** A calendar date written inside a line of text ("Published May 3, 2020 at 10:00"), or undefined. */
export function dateInText(text: string): string | undefined {
  let m = MONTH_DAY_YEAR.exec(text);
  if (m) return calendarDate(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  m = DAY_MONTH_YEAR.exec(text);
  if (m) return calendarDate(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
  m = ISO_IN_TEXT.exec(text);
  if (m) return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DOTTED.exec(text);
  if (m) return calendarDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return undefined;
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS[lower.slice(0, 4)] ?? MONTHS[lower.slice(0, 3)] ?? 0;
}

function calendarDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
