/**
 * Time expressions with chrono-node, resolved against the article's publication date.
 * chrono runs only on sentences that contain a date cue, so most sentences cost nothing.
 */
import * as chrono from 'chrono-node/en';
import type { Doc, Sentence } from '../../types.js';

export interface TimeMention {
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD */
  date: string;
  precision: 'day' | 'week' | 'month' | 'year';
  /** false when the expression is relative and there was no publication date to anchor it */
  anchored: boolean;
  /** "two days later", "the next day": days after the time told before it (the date is then only a placeholder) */
  after?: number;
  /** "a general strike for Thursday", "talks scheduled for next week": when something is set to happen */
  scheduled?: boolean;
}

export const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const UNIT_DAYS: Record<string, [number, TimeMention['precision']]> = { day: [1, 'day'], week: [7, 'week'], month: [30, 'month'], morning: [1, 'day'], night: [1, 'day'], evening: [1, 'day'], afternoon: [1, 'day'] };
const LATER = /\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week|month)s?\s+later|the\s+(?:next|following)\s+(day|week|month|morning|night|evening|afternoon))\b/gi;
/** "the previous day", "the night before", "two days earlier": a time counted back from the one told before it */
// ("before" only closing its phrase: not "held him for 35 days before releasing him", "the day before the election")
const EARLIER = /\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week|month)s?\s+(?:earlier|before(?=\s*(?:[,.;:!?)"”’]|$|and\b|but\b)))|the\s+(?:previous|preceding)\s+(day|week|month|morning|night|evening|afternoon)|the\s+(day|night|evening|morning|week)\s+before(?=\s*(?:[,.;:!?)"”’]|$|and\b|but\b|to\b)))\b/gi;

/** "later that month", "that same day", "within hours": the very time told before it, at the precision its words give */
const SAME_TIME = /\b(?:(?:later|earlier)\s+(?:that|the\s+same)\s+(day|night|evening|morning|afternoon|week|month|year)|(?:that|the)\s+same\s+(day|night|evening|morning|afternoon|week|month)|within\s+(?:a\s+few\s+)?hours|(?:a\s+few\s+|several\s+)?hours\s+later)\b/gi;
const SAME_PRECISION: Record<string, TimeMention['precision']> = { week: 'week', month: 'month', year: 'year' };

/** "a week later", "two days later", "the next day": a time counted from the one told before it. */
function laterTimes(doc: Doc, sent: Sentence, ref: Date): TimeMention[] {
  const text = doc.text.slice(sent.start, sent.end);
  const out: TimeMention[] = [];
  if (/\b(?:later|next|following)\b/i.test(text)) {
    for (const m of text.matchAll(LATER)) {
      // ("a curfew from eight in the evening until five the next morning": when something ends, not when it happened)
      if (/\b(?:until|till|through|thru)\s+(?:[^\s,.;:]+\s+){0,2}$/i.test(text.slice(Math.max(0, m.index! - 24), m.index!))) continue;
      const n = m[1] ? (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
      const [days, precision] = UNIT_DAYS[(m[2] ?? m[3]).toLowerCase()];
      const start = sent.start + m.index!;
      out.push({ start, end: start + m[0].length, text: m[0], date: iso(new Date(ref.getTime() + n * days * DAY_MS)), precision, anchored: false, after: n * days });
    }
  }
  // ("Faure Gnassingbe stepped down later that month", "Within hours, youths had thrown up barricades": no days counted at all)
  if (/\b(?:same|that|hours)\b/i.test(text)) {
    for (const m of text.matchAll(SAME_TIME)) {
      const unit = (m[1] ?? m[2] ?? 'day').toLowerCase();
      const start = sent.start + m.index!;
      out.push({ start, end: start + m[0].length, text: m[0], date: iso(ref), precision: SAME_PRECISION[unit] ?? 'day', anchored: false, after: 0 });
    }
    out.sort((a, b) => a.start - b.start);
  }
  // ("witnesses said troops had fired on protesters the previous day", "two days earlier": counted back the same way)
  if (/\b(?:previous|preceding|before|earlier)\b/i.test(text)) {
    for (const m of text.matchAll(EARLIER)) {
      const n = m[1] ? (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
      const [days, precision] = UNIT_DAYS[(m[2] ?? m[3] ?? m[4]).toLowerCase()];
      const start = sent.start + m.index!;
      out.push({ start, end: start + m[0].length, text: m[0], date: iso(new Date(ref.getTime() - n * days * DAY_MS)), precision, anchored: false, after: -n * days });
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/** a part of today: "this afternoon", "this morning" */
const THIS_PART_OF_DAY = /\bthis\s+(?:morning|afternoon|evening)\b/i;
/** the months' names, whole and short (lower case) */
export const MONTH_SHORT = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
export const MONTH_WORDS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', ...MONTH_SHORT]);
const CUES = new Set([
  ...MONTH_WORDS,
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'yesterday', 'today', 'tonight', 'tomorrow', 'ago', 'last', 'week', 'month', 'year', 'weekend', 'morning', 'night', 'evening', 'afternoon', 'earlier',
  'christmas',
  // (years in words: "nineteen fifty-eight", "two thousand and eight")
  'nineteen', 'eighteen', 'thousand',
]);
/**
 * Fixed-date days news names instead of a date ("on New Year's Day", "on Christmas Eve"),
 * resolved to their last occurrence up to the reference date: news reports the past.
 */
const HOLIDAYS: Array<[RegExp, number, number]> = [
  [/\bnew\s+year'?[’]?s\s+day\b/i, 1, 1],
  [/\bnew\s+year'?[’]?s\s+eve\b/i, 12, 31],
  [/\bchristmas\s+eve\b/i, 12, 24],
  // ("Christmas Island", "Christmas shopping": only the day itself)
  [/\bchristmas\s+day\b|\b(?:on|at)\s+christmas\b(?!\s+(?:island|isle))/i, 12, 25],
];
const withHolidays = chrono.casual.clone();
// ("two days after the election", "three weeks later": counted from the publication date by this
// parser, which is wrong for news; laterTimes counts from the time told before. Its patterns also
// cost 70 ms to compile on first use.)
withHolidays.parsers = withHolidays.parsers.filter((p) => p.constructor.name !== 'ENTimeUnitLaterFormatParser');
// ("three days ago", "two weeks earlier": the ago parser's pattern costs 70 ms to compile on first use
// and runs on every text with a date cue, but it matches only where its closing word is, in any case
// (its flag is "i" without "u", so only ASCII letters fold to those words): it runs only there)
const AGO_WORDS = /ago|before|earlier/i;
const NO_MATCH = /(?!)/;
withHolidays.parsers = withHolidays.parsers.map((p): chrono.Parser => {
  if (p.constructor.name !== 'ENTimeUnitAgoFormatParser') return p;
  return {
    pattern: (ctx) => (AGO_WORDS.test(ctx.text) ? p.pattern(ctx) : NO_MATCH),
    extract: (ctx, match) => p.extract(ctx, match),
  };
});
for (const [re, month, day] of HOLIDAYS) {
  withHolidays.parsers.push({
    pattern: () => re,
    extract: (ctx) => {
      const ref = ctx.refDate;
      let year = ref.getUTCFullYear();
      if (month * 100 + day > (ref.getUTCMonth() + 1) * 100 + ref.getUTCDate()) year--;
      return { day, month, year };
    },
  });
}

// Years written in words ("nineteen fifty-eight", "two thousand and eight", "twenty twenty-four"), alone after a word of
// time or after a day and month ("the twenty-eighth of September, nineteen fifty-eight"): chrono reads neither.
const W_UNIT = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const W_TEEN = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const W_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const W_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const W_ORD_UNIT = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const W_ORD_TEEN = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const W_TWO_DIGITS = `(?:(?:${W_TENS.join('|')})(?:[-\\s](?:${W_UNIT.join('|')}))?|${W_TEEN.join('|')})`;
const W_YEAR = `(?:(?:eighteen|nineteen)\\s+(?:hundred(?:\\s+and\\s+(?:${W_TWO_DIGITS}|${W_UNIT.join('|')}))?|${W_TWO_DIGITS}|oh[-\\s](?:${W_UNIT.join('|')}))|two\\s+thousand(?:\\s+(?:and\\s+)?(?:${W_TWO_DIGITS}|${W_UNIT.join('|')}))?|twenty\\s+(?:${W_TWO_DIGITS}))`;
const W_ORDINAL = `(?:(?:twenty|thirty)[-\\s](?:${W_ORD_UNIT.join('|')})|twentieth|thirtieth|${W_ORD_TEEN.join('|')}|${W_ORD_UNIT.join('|')}|\\d{1,2}(?:st|nd|rd|th)?)`;
/** "[the twenty-eighth of September, ]nineteen fifty-eight" (groups: ordinal, month, year) or "September 28, nineteen fifty-eight" (month, day, year) */
const WORD_YEAR_DATE = new RegExp(`(?:\\b(?:the\\s+)?(${W_ORDINAL})\\s+of\\s+(${W_MONTHS.join('|')}),?\\s+|\\b(${W_MONTHS.join('|')})\\s+(${W_ORDINAL}),?\\s+|\\b(?:in|since|of|until|by|from|before|after)\\s+(?:(${W_MONTHS.join('|')})\\s+)?)(${W_YEAR})\\b`, 'i');
const WORD_VALUE = new Map<string, number>([...W_UNIT.map((w, k) => [w, k + 1] as [string, number]), ...W_TEEN.map((w, k) => [w, k + 10] as [string, number]), ...W_TENS.map((w, k) => [w, (k + 2) * 10] as [string, number])]);
const ORD_VALUE = new Map<string, number>([...W_ORD_UNIT.map((w, k) => [w, k + 1] as [string, number]), ...W_ORD_TEEN.map((w, k) => [w, k + 10] as [string, number]), ['twentieth', 20], ['thirtieth', 30]]);
/** 1 to 99 in words ("fifty-eight", "eight", "twelve") */
function twoDigits(words: string): number | null {
  const parts = words.toLowerCase().split(/[-\s]+/).filter(Boolean);
  let v = 0;
  for (const w of parts) {
    const x = WORD_VALUE.get(w);
    if (x === undefined) return null;
    v += x;
  }
  return v;
}
/** A year in words as a number ("nineteen fifty-eight" 1958, "two thousand and eight" 2008, "nineteen oh five" 1905). */
export function yearFromWords(words: string): number | null {
  const w = words.toLowerCase().replace(/\s+/g, ' ').trim();
  let m = /^(eighteen|nineteen) hundred(?: and (.+))?$/.exec(w);
  if (m) return (m[1] === 'eighteen' ? 1800 : 1900) + (m[2] ? twoDigits(m[2]) ?? NaN : 0);
  m = /^(eighteen|nineteen) oh[- ](\w+)$/.exec(w);
  if (m) return (m[1] === 'eighteen' ? 1800 : 1900) + (WORD_VALUE.get(m[2]) ?? NaN);
  m = /^(eighteen|nineteen) (.+)$/.exec(w);
  if (m) return (m[1] === 'eighteen' ? 1800 : 1900) + (twoDigits(m[2]) ?? NaN);
  m = /^two thousand(?: (?:and )?(.+))?$/.exec(w);
  if (m) return 2000 + (m[1] ? twoDigits(m[1]) ?? NaN : 0);
  m = /^twenty (.+)$/.exec(w);
  if (m) return 2000 + (twoDigits(m[1]) ?? NaN);
  return null;
}
/** "twenty-eighth", "3rd", "first" as a day of the month */
function ordinalDay(words: string): number | null {
  const w = words.toLowerCase();
  const d = /^(\d{1,2})/.exec(w);
  if (d) return Number(d[1]);
  const parts = w.split(/[-\s]+/);
  if (parts.length === 2) return (WORD_VALUE.get(parts[0]) ?? NaN) + (ORD_VALUE.get(parts[1]) ?? NaN);
  return ORD_VALUE.get(w) ?? null;
}
// (its pattern runs only where a year word is: most texts with a date cue have none)
const YEAR_WORD_CUE = /\b(?:eighteen|nineteen|thousand|twenty)\s/i;
withHolidays.parsers.push({
  pattern: (ctx) => (YEAR_WORD_CUE.test(ctx.text) ? WORD_YEAR_DATE : NO_MATCH),
  extract: (ctx, m) => {
    const year = yearFromWords(m[6]);
    if (year === null || !Number.isFinite(year) || year < 1800 || year > 2099) return null;
    const monthWord = m[2] ?? m[3] ?? m[5];
    const month = monthWord ? W_MONTHS.indexOf(monthWord.toLowerCase()) + 1 : 0;
    const dayWord = m[1] ?? m[4];
    const day = dayWord ? ordinalDay(dayWord) : null;
    if (day !== null && (!Number.isFinite(day) || day < 1 || day > 31)) return null;
    if (day !== null && month) return { day, month, year };
    // (the start of the month or year, as chrono implies for "March 1992" and "1992")
    if (month) return ctx.createParsingComponents({ month, year }).imply('day', 1);
    return ctx.createParsingComponents({ year }).imply('month', 1).imply('day', 1);
  },
});

// Years or decades ago counted in words ("Thirty years ago the war ended", "three decades ago"): chrono reads only figures.
const WORDS_AGO = new RegExp(`\\b((?:${W_TENS.join('|')})(?:[-\\s](?:${W_UNIT.join('|')}))?|${W_TEEN.join('|')}|${W_UNIT.join('|')})\\s+(years?|decades?)\\s+ago\\b`, 'i');
// (its pattern runs only on texts that hold "ago")
const AGO_CUE = /\bago\b/i;
withHolidays.parsers.push({
  pattern: (ctx) => (AGO_CUE.test(ctx.text) ? WORDS_AGO : NO_MATCH),
  extract: (ctx, m) => {
    const n = twoDigits(m[1]);
    if (n === null || !Number.isFinite(n)) return null;
    const years = /^decade/i.test(m[2]) ? n * 10 : n;
    return ctx.createParsingComponents({ year: ctx.refDate.getUTCFullYear() - years }).imply('month', ctx.refDate.getUTCMonth() + 1).imply('day', ctx.refDate.getUTCDate());
  },
});

const DATE_LIKE = /^\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?$/;
export const YEAR = /^(1[89]\d\d|20\d\d)$/;
/** a decade written with its century: "1980s" */
const DECADE = /^(1[89]\d0|20[0-9]0)[’']?s$/;
const WEEKDAY = /(monday|tuesday|wednesday|thursday|friday|saturday|sunday)/i;
const FUTURE_CUE = /\b(next|tomorrow|coming|upcoming)\b/i;
const FUTURE_SENTENCE = /\b(will|would|shall|next|tomorrow|upcoming|scheduled|due\s+(?:to|in|on|at|for|back)|expected to)\b|'ll\b/i;
/** "Student leaders said they planned a nationwide rally on June 10": the day of what is planned lies ahead */
const PLANNED_BEFORE = /\bplan(?:s|ned|ning)?\s+(?:a|an|the|to|for)\b[^.;,]*$/i;
const DAY_MS = 86_400_000;
/** a call for, or the announcement of, a protest action, right before a weekday: that day is ahead (past where it is to be: "called
 * for a rally on Independence Square on Sunday") */
const CALLED_ACTION = /\b(?:call(?:s|ed|ing)?\s+for|announc(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|plann?(?:ed|ing|s)?)\s+(?:[\w'’-]+\s+){0,6}?(?:strikes?|shutdowns?|protests?|rall(?:y|ies)|marches|demonstrations?|sit-ins?|boycotts?|hartals?|bandhs?|walkouts?|blockades?|mourning|prayers?|vigils?|fasts?)\s+(?:(?:and|or)\s+(?:[\w'’-]+\s+){0,2}?)?(?:(?:yet|again|nationwide)\s+)?(?:(?:on|in|at|outside|across|throughout|around)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?)?(?:on|this|next|from)\s+$/i;
const WEEKDAY_SHORT = /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?$/;
const MONTH_ALONE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/i;
const NAME_WORD_BEFORE = /\p{Lu}[\p{L}'’-]*["”']?\s+$/u;
/** words that make a month name after them a date ("in May", "Last March", "early June"), not a name ("Theresa May") */
export const TIME_WORDS = new Set(['in', 'since', 'early', 'late', 'last', 'this', 'next', 'mid', 'until', 'till', 'by', 'from', 'during', 'through', 'of', 'on', 'before', 'after', 'between', 'and', 'or', 'to', 'every', 'each', 'that']);
/** heads of a group's name a date may open: "the June Fifth Movement", "the March 14 alliance", "the 6th of April Youth Movement" */
const DATE_NAMED_GROUP = /^\s+(?:(?:Youth|Students?'?|Revolutionary|Popular|Democratic|National|Civic|Citizens'?)\s+)*(?:movement|alliance|coalition|bloc|front|brigades?|forces|revolution|uprising|martyrs|committee|camp|generation)\b/i;
const TIME_WORD_BEFORE = new RegExp(`\\b(?:${[...TIME_WORDS].join('|')})\\s+$`, 'i');
const BARE_SPAN = /^(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?:days?|weeks?|months?|years?)$/i;
const SPAN_BEFORE = /^(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?)\s+(?:before|after|earlier)$/i;
const DURATION = /^(?:for|within|over)\s+(?:(?:about|almost|nearly|more than|less than|some|another|the (?:next|past|last))\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/i;

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function hasCue(doc: Doc, sent: Sentence): boolean {
  for (let i = sent.first; i < sent.last; i++) {
    const t = doc.tokens[i];
    // a bare number ("12 people") is no date: chrono only runs where a date word or a year is
    // (both patterns start with a digit: other tokens skip the regexes)
    // ("Feb. 3", "Sept. 21": an abbreviated month keeps its period as one token)
    if (CUES.has(t.lower) || (t.lower.endsWith('.') && CUES.has(t.lower.slice(0, -1)))) return true;
    // ("mid-March", one token)
    if (t.lower.startsWith('mid-') && CUES.has(t.lower.slice(4))) return true;
    const c = t.text.charCodeAt(0);
    if (c >= 48 && c <= 57 && (YEAR.test(t.text) || DATE_LIKE.test(t.text) || DECADE.test(t.text))) return true;
  }
  return false;
}

/**
 * Where a wire dateline opening the sentence ends ("JOS, June 25 (Reuters) -", "SATKHIRA, Nov
 * 26 —"): a place in capitals, then within a few words a dash standing alone. -1 when none.
 */
export function datelineEnd(doc: Doc, sent: Sentence): number {
  // (case as the article writes it: lines in capitals are analysed in ordinary case, and a dateline is told by its capitals)
  const raw = doc.article.text;
  const tx = (i: number): string => {
    const t = doc.tokens[i];
    return !t ? '' : raw === doc.text ? t.text : raw.slice(t.start, t.end);
  };
  const t0 = doc.tokens[sent.first];
  const first = tx(sent.first);
  // ("Bhubaneswar, Nov 20 (PTI) Police today used ...": the Indian agencies' dateline in mixed case ends with the agency)
  // ("Port-au-Prince, Haiti (AP) - Haitian police ...": or with the agency and a dash)
  if (t0 && /^\p{Lu}\p{Ll}+(?:[-‐]\p{L}+)*$/u.test(first)) {
    for (let i = sent.first + 1; i < sent.last - 1 && i <= sent.first + 12; i++) {
      const t = doc.tokens[i];
      if (t.text === '(' && /^\p{Lu}[\p{Lu}\p{Ll}]+$/u.test(tx(i + 1)) && doc.tokens[i + 2]?.text === ')') {
        if (doc.tokens[i - 1].pos === 'NUM') return doc.tokens[i + 2].end;
        const d = doc.tokens[i + 3];
        if (d && d.sent === sent.index && /^(?:-+|–|—|_)$/.test(d.text)) return d.start;
        return -1;
      }
      const w = tx(i);
      if (t.text === ';' || (/^\p{Ll}/u.test(w) && !(HYPHENS_ONLY.test(tx(i - 1)) && HYPHENS_ONLY.test(tx(i + 1))))) return -1;
    }
    return -1;
  }
  if (!t0 || first.length < 2 || first !== first.toUpperCase() || !/\p{Lu}/u.test(first)) return -1;
  if (first.length < 3 && !/^\p{Lu}{2}$/u.test(first)) return -1;
  // ("KUMASI, GOLD COAST, MAY 13 (AP) -": in a line in capitals, read in ordinary case, a name's common words are lower case: the line
  // as written, places, a day and an agency before a dash, is a dateline)
  if (raw !== doc.text) {
    for (let i = sent.first + 1; i < sent.last && i <= sent.first + 14; i++) {
      const t = doc.tokens[i];
      if (!(t.text === '—' || t.text === '–' || t.text === '--' || (t.text === '-' && doc.tokens[i - 1].end < t.start && (doc.tokens[i + 1]?.start ?? Infinity) > t.end))) continue;
      if (CAPS_DATELINE.test(raw.slice(t0.start, t.start))) return t.start;
      break;
    }
  }
  for (let i = sent.first + 1; i < sent.last && i <= sent.first + 18; i++) {
    const t = doc.tokens[i];
    if (t.text === '—' || t.text === '–' || t.text === '--' || (t.text === '-' && doc.tokens[i - 1].end < t.start && (doc.tokens[i + 1]?.start ?? Infinity) > t.end)) return t.start;
    // ("LAHORE: Hundreds of lawyers ...", "NEW DELHI: The government ...": the South Asian press's dateline)
    if (t.text === ':' && i <= sent.first + 3 && doc.tokens.slice(sent.first, i).every((x, j) => tx(sent.first + j) === tx(sent.first + j).toUpperCase())) return t.start;
    // ("LAHORE, Nov 12: Police baton-charged ...": the place in capitals, a comma and the day, then the colon)
    if (t.text === ':' && i <= sent.first + 6 && DATED_COLON.test(raw.slice(t0.start, t.start))) return t.start;
    // a dateline holds names, numbers and punctuation only ("JOS, June 25 (Reuters) -"):
    // a lower-case word means a sentence ("U.S. officials said a Japanese - drafted ...")
    // (but a name's small word between capitalised ones: "GOMA, Democratic Republic of Congo, Feb 9 (Great Lakes Wire) —")
    // (as analysed: a line in capitals is read in ordinary case, where its common words are lower case)
    // (and the parts of a hyphenated name after its hyphens: "Port-au-prince", as a line in capitals is read)
    const pr = doc.tokens[i - 1];
    const joined = HYPHENS_ONLY.test(pr.text) && pr.end === t.start;
    if (t.text === ';' || (/^\p{Ll}/u.test(t.text) && !joined && !(NAME_SMALL_WORDS.has(t.text) && /^\p{Lu}/u.test(pr.text) && /^\p{Lu}/u.test(doc.tokens[i + 1]?.text ?? '')))) return -1;
  }
  // ("KAMPALA, Nov. 14" on a line of its own, below a byline: the whole line is the dateline)
  const line = raw.slice(t0.start, doc.tokens[sent.last - 1].end);
  if (sent.last - sent.first <= 10 && DATELINE_LINE.test(line) && /\n/.test(raw.slice(doc.tokens[sent.last - 1].end, doc.tokens[sent.last]?.start ?? raw.length))) return doc.tokens[sent.last - 1].end;
  // ("BHIWANDI, May 20. The death toll ...": the Indian press's dateline closed by a full stop, a sentence of its own)
  if (sent.last - sent.first <= 10 && doc.tokens[sent.last - 1].text === '.' && DATELINE_LINE.test(raw.slice(t0.start, doc.tokens[sent.last - 2].end))) return doc.tokens[sent.last - 1].end;
  return -1;
}
/** a wire dateline in capitals, as written: "KUMASI, GOLD COAST, MAY 13 (AP)", "SALISBURY, RHODESIA (UPI)" (places, perhaps a day, an agency) */
const CAPS_DATELINE = /^\p{Lu}[\p{Lu}.'’-]*(?: [\p{Lu}.'’-]+){0,3}(?:, ?\p{Lu}[\p{Lu}.'’-]*(?: [\p{Lu}.'’-]+){0,3}){0,2}(?:,? (?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]*\.? \d{1,2})? \([\p{Lu}][\p{Lu}\p{Ll} .&-]{0,30}\) ?$/u;
/** a weekday alone ("Saturday") */
const WEEKDAY_ONLY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
/** a hyphen between the parts of a name ("Port-au-Prince") */
const HYPHENS_ONLY = /^[-‐‑]$/;
/** small words inside names: "Republic of Congo", "Trinidad and Tobago", "Rio de Janeiro" */
const NAME_SMALL_WORDS = new Set(['of', 'and', 'the', 'de', 'du', 'des', 'la', 'le', 'el', 'al', 'da', 'do', 'dos', 'das', 'di', 'del']);
/** "LAHORE, Nov 12", "KARACHI, March 3": the part of a South Asian dateline before its colon */
const DATED_COLON = /^\p{Lu}[\p{Lu}\s.'’-]*,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*$/u;
/** a town in capitals, perhaps its country, and a day: "KAMPALA, Nov. 14", "LAGOS, Nigeria, March 3" */
const DATELINE_LINE = /^\p{Lu}[\p{Lu}\s.'’-]*,(?:\s+\p{Lu}[\p{L}.'’ -]*,)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}$/u;

/** Date expressions in a sentence, in text order. */
/** The publication date's noon as a time value: parsed once per date, not once per sentence. */
let refFor = '';
let refMs = NaN;
function publishedNoon(published: string): number {
  if (published !== refFor) {
    refMs = new Date(published + 'T12:00:00Z').getTime();
    refFor = published;
  }
  return refMs;
}

/** A reading whose year news cannot mean ("20 BE"), read again without the era word; null when none is left. */
function newsYear(r: chrono.ParsedResult, ref: Date): chrono.ParsedResult | null {
  const y = r.start.get('year');
  if (!r.start.isCertain('year') || y === null || (y >= 1800 && y <= 2200)) return r;
  const cut = r.text.replace(/\s+(?:be|bc|bce|ad|ce)$/i, '');
  if (cut === r.text) return null;
  try {
    const again = withHolidays.parse(cut, { instant: ref, timezone: 0 }, { forwardDate: false })[0];
    if (again && again.index === 0) {
      // (placed where the first reading was found)
      (again as { index: number }).index = r.index;
      return again;
    }
  } catch {
    // fall through: no date
  }
  return null;
}

/** findTimes' answers per document, sentence and reference day: the event coder and the resolver ask again */
const memo = new WeakMap<Doc, Map<string, TimeMention[]>>();

/** The times a sentence tells, against the publication date: the same array for the same question, which callers
 * only read (not frozen: V8 would then read two kinds of array in the same hot code). */
export function findTimes(doc: Doc, sent: Sentence, published: string | null): TimeMention[] {
  let m = memo.get(doc);
  if (!m) memo.set(doc, (m = new Map()));
  const key = `${sent.index}|${sent.start}|${published ?? ''}`;
  let r = m.get(key);
  if (!r) m.set(key, (r = timesOf(doc, sent, published)));
  return r;
}

/** "two days of armed standoff in which": a stretch of days, then the clause on it */
const DAYS_IN_WHICH = /\b(two|three|four|five|six|seven|[2-7])\s+days\s+of\s+(?:[\w-]+\s+){0,3}?((?:in|during)\s+which)\b/i;
/** "over the past three days", "in the last four days", "over the past several days", "in recent days": the days up to the report
 * (a few or several days counted as three, the fewest the words allow) */
const PAST_DAYS = /\b(?:over|in|during|for|within)\s+(?:the\s+(?:past|last)\s+(two|three|four|five|six|seven|[2-7]|several|few|a\s+few)|(recent))\s+days\b/i;
const FEW_DAYS = 3;
/** "in a 19th-century war", "in the 18th century": a century, told as its first year (year precision) */
const CENTURY = /\b(1\d|[1-9])(?:st|nd|rd|th)[\s-]+century\b/gi;

function timesOf(doc: Doc, sent: Sentence, published: string | null): TimeMention[] {
  let told = toldTimes(doc, sent, published);
  const text = doc.text.slice(sent.start, sent.end);
  if (/century/i.test(text)) {
    const extra: TimeMention[] = [];
    for (const m of text.matchAll(CENTURY)) {
      const n = Number(m[1]);
      if (n < 5 || n > 20) continue;
      const start = sent.start + m.index!;
      extra.push({ start, end: start + m[0].length, text: m[0], date: `${String((n - 1) * 100).padStart(4, '0')}-01-01`, precision: 'year', anchored: true });
    }
    if (extra.length) told = [...told.filter((t) => !extra.some((x) => x.start < t.end && t.start < x.end)), ...extra].sort((a, b) => a.start - b.start);
  }
  // ("ending two days of armed standoff in which at least four people were killed": what a clause on a stretch of days tells is over
  // those days, up to the day the sentence tells before them, from their first; told as a week-level date)
  if (published && /\bwhich\b/i.test(text)) {
    const m = DAYS_IN_WHICH.exec(text);
    const n = m ? (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 0;
    if (m && n >= 2 && n <= 7) {
      const start = sent.start + m.index;
      const until = told.filter((t) => t.end <= start && t.precision === 'day' && t.anchored).pop();
      const end = Date.parse((until?.date ?? published.slice(0, 10)) + 'T12:00:00Z');
      const span: TimeMention = { start, end: start + m[0].length - m[2].length, text: m[0].slice(0, m[0].length - m[2].length).trim(), date: iso(new Date(end - (n - 1) * DAY_MS)), precision: 'week', anchored: true };
      told = [...told, span].sort((a, b) => a.start - b.start);
    }
  }
  // ("protesters have over the past three days seized buildings": the few days up to the report, from their first, when the sentence
  // tells no other time)
  if (published && !told.length && /\b(?:past|last|recent)\b/i.test(text)) {
    const m = PAST_DAYS.exec(text);
    const n = !m ? 0 : m[2] || /^(?:several|few|a\s+few)$/i.test(m[1]) ? FEW_DAYS : (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]));
    if (m && n >= 2 && n <= 7) {
      const start = sent.start + m.index;
      const ref = Date.parse(published.slice(0, 10) + 'T12:00:00Z');
      return [{ start, end: start + m[0].length, text: m[0], date: iso(new Date(ref - n * DAY_MS)), precision: 'week', anchored: true }];
    }
  }
  // ("shells had crashed into homes overnight": the night before the report, dated by the report's day, when the sentence
  // tells no day of its own; not "an overnight curfew", a kind of curfew)
  // (a day told in a later clause of its own is that clause's: "arrested 11 union leaders overnight, officials said, but the strike
  // went ahead this morning")
  if (!published) return told;
  for (let i = sent.first; i < sent.last; i++) {
    const tk = doc.tokens[i];
    if (tk.lower !== 'overnight') continue;
    let cut = i + 1;
    while (cut < sent.last && !CLAUSE_BREAKS.has(doc.tokens[cut].lower)) cut++;
    if (told.some((t) => t.after === undefined && t.start < (cut < sent.last ? doc.tokens[cut].start : sent.end))) return told;
    const prev = doc.tokens[i - 1];
    const next = doc.tokens[i + 1];
    if ((prev && prev.sent === tk.sent && (prev.pos === 'DET' || /^(?:its|their|his|her|an?)$/.test(prev.lower))) || (next && next.sent === tk.sent && next.pos === 'NOUN')) continue;
    const night: TimeMention = { start: tk.start, end: tk.end, text: tk.text, date: published.slice(0, 10), precision: 'day', anchored: true };
    return [...told, night].sort((a, b) => a.start - b.start);
  }
  return told;
}

/** words that open a clause of its own after a comma or alone: "..., but the strike went ahead this morning" */
const CLAUSE_BREAKS = new Set(['but', 'while', 'whereas', ';']);
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** a month's name, whole or short: not "marched", "mayor" */
const MONTH_WORD = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
/** a month's day, "May 20" or "20 May", with no year after it (groups: month and day, or day and month) */
const MONTH_DAY_BODY = String.raw`${MONTH_WORD}\.?\s+(\d{1,2})\b(?!,?\s*\d{4})|\b(\d{1,2})\s+${MONTH_WORD}\b(?!\.?,?\s*\d{4})`;
const MONTH_DAY = new RegExp(String.raw`\b(?:${MONTH_DAY_BODY})`, 'i');
/** The noon of a month's day, by its words, in the year up to the report's, or null when it names no day. */
function noonOf(monthWord: string, dayText: string, ref: Date): number | null {
  const month = MONTH_NAMES.indexOf(monthWord.toLowerCase().slice(0, 3));
  const day = Number(dayText);
  if (month < 0 || day < 1 || day > 31) return null;
  const t = Date.UTC(ref.getUTCFullYear(), month, day, 12);
  return t > ref.getTime() + DAY_MS ? Date.UTC(ref.getUTCFullYear() - 1, month, day, 12) : t;
}
/** The noon of the first day named by month and day in a text ("Wednesday, May 20"), in the year up to the report's, or null. */
function dayNamedIn(text: string, ref: Date): number | null {
  const m = MONTH_DAY.exec(text);
  return m ? noonOf(m[1] ?? m[4], m[2] ?? m[3], ref) : null;
}

/** a number glued by a hyphen to the word after a day of the month: "On July 5, 19-year-old Isis Obed Murillo", an age, no year 2019 */
const NUMBER_AFTER_DAY = /(?<=\b\d{1,2})(,\s+\d{1,3})(?=[-‐][A-Za-z])/g;
/** a dash standing alone before a capitalised word that is no month or weekday ("Thursday 16 June - In the Second Chamber"): chrono
 * reads it as a range up to "Second" and then drops the day; blanked in place */
const DASH_BEFORE_WORD = /(?<=\s)[-–—](?=\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)\p{Lu}\p{Ll})/gu;
/** "mid-" before a month's name */
const MID_MONTH = /\bmid-(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** a day named by its date, with its weekday before it or not: "Saturday June 20", "Thursday, 18 June", "June 21" */
const NAMED_DATE = new RegExp(String.raw`\b(?:((?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+)?(?:${MONTH_DAY_BODY})`, 'gi');
/**
 * The days named by their dates in the text before `at` (up to 3,000 characters back), in order: the noon of each, in the year up to
 * the report's, and the weekday told with it (-1 when none).
 */
function namedDatesBefore(doc: Doc, at: number, ref: Date): Array<{ time: number; weekday: number }> {
  const text = doc.text.slice(Math.max(0, at - 3000), at);
  const out: Array<{ time: number; weekday: number }> = [];
  for (const m of text.matchAll(NAMED_DATE)) {
    const t = noonOf(m[2] ?? m[5], m[3] ?? m[4], ref);
    if (t !== null) out.push({ time: t, weekday: m[1] ? WEEKDAYS.indexOf(m[1].toLowerCase()) : -1 });
  }
  return out;
}

/** "the morning of", "the night of" before a day or a date (and "for a third night on Monday") */
const PART_OF_DAY_OF = /\b(?:morning|afternoon|evening|night)\s+(?:of|on)\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi;
function toldTimes(doc: Doc, sent: Sentence, published: string | null): TimeMention[] {
  const ref = published ? new Date(publishedNoon(published)) : new Date();
  const later = laterTimes(doc, sent, ref);
  if (!hasCue(doc, sent)) return later;
  // (the start of the report's week, Monday: a weekday on or after it, read by chrono as this week's, may be last week's)
  const weekStart = ref.getTime() - ((ref.getUTCDay() + 6) % 7) * DAY_MS - DAY_MS / 2;
  const anchored = !!published;
  const text = doc.text.slice(sent.start, sent.end);
  const out: TimeMention[] = [];
  const futureSentence = FUTURE_SENTENCE.test(text);
  let results: chrono.ParsedResult[] = [];
  try {
    // ("on the morning of Monday, November 25": chrono reads a part of the day before "of" and a date as no date at all; the date
    // is read with the part blanked out, offsets kept)
    // ("since protests erupted in mid-March": chrono reads no month after "mid-"; the month it names is read, blanked in place)
    results = withHolidays.parse(text.replace(PART_OF_DAY_OF, (m) => ' '.repeat(m.length)).replace(MID_MONTH, '    ').replace(DASH_BEFORE_WORD, (m) => ' '.repeat(m.length)).replace(NUMBER_AFTER_DAY, (m) => ' '.repeat(m.length)), { instant: ref, timezone: 0 }, { forwardDate: false });
  } catch {
    results = [];
  }
  const dateline = datelineEnd(doc, sent);
  // ("promulgated on September 20 be redrawn": chrono reads "20 BE" as a year of the Buddhist era, -523;
  // a year news cannot mean is read again without the era word)
  // (a loop, not .map().filter(): see perSentence in text/analyse)
  const kept: chrono.ParsedResult[] = [];
  for (const r of results) {
    const k = newsYear(r, ref);
    if (k !== null) kept.push(k);
  }
  results = kept;
  // "in July last year": chrono reads the month (this year's) and "last year" apart; the month is that year's
  for (let k = 0; k + 1 < results.length; k++) {
    const r = results[k];
    const n = results[k + 1];
    // (and "June 5 this year", a day of the month told so)
    if (!r.start.isCertain('month') || r.start.isCertain('year') || !/^(?:last|this|next|that)\s+year$/i.test(n.text)) continue;
    // ("On February 26 of this year")
    if (!/^[\s,]*(?:of\s+)?$/.test(text.slice(r.index + r.text.length, n.index))) continue;
    const y = n.start.get('year');
    if (y === null) continue;
    // (the parsed components are chrono's ParsingComponents, which can be assigned)
    (r.start as unknown as { assign(c: 'year', v: number): void }).assign('year', y);
    (r as { text: string }).text = text.slice(r.index, n.index + n.text.length);
    results.splice(k + 1, 1);
  }
  // ("In August and September 1988", "between May 3 and June 9, 1976": a month told without its year before "and", "or", "to"
  // or "until" and a month of a year is of that year, or of the year before when it comes later in the calendar)
  for (let k = 0; k + 1 < results.length; k++) {
    const r = results[k];
    const n = results[k + 1];
    if (!r.start.isCertain('month') || r.start.isCertain('year') || !n.start.isCertain('month') || !n.start.isCertain('year')) continue;
    if (!/^,?\s+(?:and|or|to|until|till|through)\s+$|^\s*[-–]\s*$/i.test(text.slice(r.index + r.text.length, n.index))) continue;
    const y = n.start.get('year');
    const m1 = r.start.get('month');
    const m2 = n.start.get('month');
    if (y === null || m1 === null || m2 === null) continue;
    (r.start as unknown as { assign(c: 'year', v: number): void }).assign('year', m1 <= m2 ? y : y - 1);
  }
  // ("launched its campaign in late 1984. Ten Kanaks were killed in December of that year": the month of the year last named)
  for (const r of results) {
    if (!r.start.isCertain('month') || r.start.isCertain('year')) continue;
    // (chrono may keep the "of": "December of")
    const tail = /^\s+of\s+that\s+(?:same\s+)?year\b/i.exec(text.slice(r.index + r.text.length)) ??
      (/\s+of$/i.test(r.text) ? /^\s+that\s+(?:same\s+)?year\b/i.exec(text.slice(r.index + r.text.length)) : null);
    if (!tail) continue;
    const before = doc.text.slice(Math.max(0, sent.start + r.index - 400), sent.start + r.index);
    let y: number | null = null;
    for (const m of before.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)) y = Number(m[1]);
    if (y === null) continue;
    (r.start as unknown as { assign(c: 'year', v: number): void }).assign('year', y);
    (r as { text: string }).text = text.slice(r.index, r.index + r.text.length + tail[0].length);
  }
  // ("violence since 1988, when more than 200 people were killed in a single night of firing in September": a month told in the
  // clause of "when" that a year opens is that year's)
  for (const r of results) {
    if (!r.start.isCertain('month') || r.start.isCertain('year')) continue;
    const w = /\b(1[5-9]\d\d|20\d\d),?\s+when\b([^;:]*)$/.exec(text.slice(0, r.index));
    if (!w || /\b(?:1[5-9]\d\d|20\d\d)\b/.test(w[2])) continue;
    (r.start as unknown as { assign(c: 'year', v: number): void }).assign('year', Number(w[1]));
  }
  for (const r of results) {
    // "JOS, June 25 (Reuters) -": the dateline dates the report, not what it tells
    if (sent.start + r.index < dateline) continue;
    // ("(Le Courrier du Guémon)": a date does not begin inside a word; chrono's word boundary misses letters beyond ASCII)
    if (r.index > 0 && /\p{L}/u.test(text[r.index - 1])) continue;
    let t = r.text.replace(/[\s,.;:]+$/, '');
    let offset = r.index;
    const lead = /^(on|in|at|during|since|by|from)\s+/i.exec(t);
    if (lead) {
      t = t.slice(lead[0].length);
      offset += lead[0].length;
    }
    // (a weekday inside a name in quotes: 'the "English Saturday" half-holiday', '"Bloody Sunday" march': no day)
    // (not the day alone in quotes: 'on "Saturday" as planned')
    if (WEEKDAY_ONLY.test(t) && /["“][^"“”]{0,30}$/.test(text.slice(Math.max(0, offset - 31), offset)) && /^["”]/.test(text.slice(offset + t.length)) &&
      !/["“]\s?$/.test(text.slice(Math.max(0, offset - 2), offset))) continue;
    // ("gathered on Monday morning at May 13 Square", "the 26 July Movement", "Avenida 9 de Julio": a date that names a place or a body
    // after it is part of the name)
    // (and in capitals, read here in lower case: "ALONG FOURTH OF JULY AVENUE")
    const named = text.slice(offset + t.length, offset + t.length + 14);
    if (/^\s+(?:Square|Street|St|Avenue|Ave|Road|Boulevard|Bridge|Stadium|Park|Plaza|Place|Circle|Movement|Brigade|Front|Group|Hospital|University|Barracks)\b/.test(named) ||
      /^\s+(?:square|street|avenue|road|boulevard|bridge|stadium|plaza|barracks)\b/.test(named)) continue;
    // ("a 2 1/2-week-old uprising", "advanced 3 1/2 miles": a fraction is no day of a month)
    if (/^\d{1,2}\/\d{1,2}$/.test(t) && (/\d\s+$/.test(text.slice(Math.max(0, offset - 3), offset)) || /^[-‐]/.test(text.slice(offset + t.length, offset + t.length + 1)))) continue;
    // "blocked the road for six hours Tuesday", "within 24 hours": a duration is no date
    // ("martial law could last a year": what something lasts)
    // (chrono reads "last a year" as "last year")
    if (DURATION.test(t) || (BARE_SPAN.test(t) && /\blast(?:s|ed|ing)?\s+$/i.test(text.slice(Math.max(0, offset - 9), offset))) || /^last\s+(?:an?|\d+|one|two|three|several|a few)\s/i.test(t)) continue;
    // ("held the station for several hours before Patasse agreed": a span counted from another event, not from the report)
    if (SPAN_BEFORE.test(t)) continue;
    // ("were shot dead in two days of protests": a stretch of so many days of something is no day counted from the report)
    if (/^(?:in\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:days?|weeks?|months?|years?|hours?|nights?)$/i.test(t) && /^\s+of\b/i.test(text.slice(offset + t.length, offset + t.length + 4))) continue;
    // ("after a day in which armed men broke into the jail": a day told by what filled it, no day counted from the report; nor a
    // stretch spent so: "walked out of the parliament complex yesterday after 56 days as a hostage", "after a week in custody")
    if (/^(?:(?:in|after)\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:days?|weeks?|months?|years?|hours?|nights?)$/i.test(t) &&
      /^\s+(?:(?:in|on|during)\s+which|when|as\s+(?:a|an)\s|in\s+(?:captivity|custody|detention|hiding|jail|prison|exile))\b/i.test(text.slice(offset + t.length, offset + t.length + 20))) continue;
    // "a curfew through Tuesday", "detained until Friday": when something ends, not when it happened
    // ("given the government until the middle of August to respond": past the part of the period; "until at least Wednesday")
    if (/^(?:through|thru|until|till|to)\s/i.test(t) || /\b(?:through|thru|until|till)\s+(?:at\s+least\s+)?(?:the\s+)?(?:(?:middle|end|start|beginning|close)\s+of\s+)?$/i.test(text.slice(Math.max(0, offset - 40), offset))) continue;
    // ("broke up a march of strikers": chrono reads "march of" as the month)
    t = t.replace(/\s+of$/i, '');
    // "the march was peaceful", "protesters may gather": a month name alone in lower case is a word, not a date
    if (/^(?:march|may)$/.test(t)) continue;
    // ("BROKE UP A MARCH OF STRIKERS": in capitals, a month name alone after an article or a possessive is the noun)
    // (past a quotation mark opening a name: 'Organisers of a "March for Freedom" have called for a rally')
    if (/^(?:march|may)$/i.test(t) && /\b(?:a|an|the|their|his|her|its|our|this|that)\s+["“]?$/i.test(text.slice(Math.max(0, offset - 9), offset)) && !/^(?:this|that)\s+$/i.test(text.slice(Math.max(0, offset - 5), offset))) continue;
    // ("its offer of a November election", "the April poll": a month alone between an article and a noun names when that thing
    // is or was, not when the clause's act happened)
    if (MONTH_ALONE.test(t) && /\b(?:a|an|the|its|their|his|her|our)\s+$/i.test(text.slice(Math.max(0, offset - 8), offset)) && /^\s+[a-z]/.test(text.slice(offset + t.length, offset + t.length + 3))) continue;
    // "a Tribal Solidarity March", "the Long March", "Theresa May": a month name alone after a capitalised word is part of a name
    if (MONTH_ALONE.test(t) && NAME_WORD_BEFORE.test(text.slice(Math.max(0, offset - 24), offset)) && !TIME_WORD_BEFORE.test(text.slice(Math.max(0, offset - 24), offset))) continue;
    // ("in Chbar Mon town", "Wat Phra Sun": a weekday's short form alone after a capitalised word is part of a name)
    if (WEEKDAY_SHORT.test(t) && NAME_WORD_BEFORE.test(text.slice(Math.max(0, offset - 24), offset)) && !TIME_WORD_BEFORE.test(text.slice(Math.max(0, offset - 24), offset))) continue;
    // ("the June Fifth Movement has led protests", "supporters of the March 14 alliance": a day and month with no year,
    // after "the" and before a group's head, name the group, not when the clause's act happened)
    if (!r.start.isCertain('year') && r.start.isCertain('day') && /\bthe\s+$/i.test(text.slice(Math.max(0, offset - 5), offset)) && DATE_NAMED_GROUP.test(text.slice(offset + t.length, offset + t.length + 60))) continue;
    // ("a street gang, now calling itself the Resistance Front,", "the now-defunct party", "now in exile": "now" telling how things
    // stand, before a participle, an adjective or a preposition, dates no act)
    // (set off by a comma or after an article: not "Police are now patrolling the streets", which is today)
    if (/^now$/i.test(t) && /(?:,|\b(?:the|a|an))\s*$/i.test(text.slice(Math.max(0, offset - 5), offset)) &&
      /^[\s-]+(?:[a-z]+ing\b|[a-z]+ed\b|defunct\b|in\b|at\b|under\b|part\b|known\b|a\b|an\b|the\b)/i.test(text.slice(offset + t.length, offset + t.length + 16))) continue;
    // bare times of day ("at 10 pm") say nothing about the date
    // ("this afternoon", "late this morning": a part of today is today)
    if (!r.start.isCertain('day') && !r.start.isCertain('weekday') && !r.start.isCertain('month') && !r.start.isCertain('year') && !/\b(today|tonight|yesterday|now)\b/i.test(t) && !THIS_PART_OF_DAY.test(t)) continue;
    let d = r.start.date();
    let precision: TimeMention['precision'] = 'day';
    // ("over the weekend": two days, told as a week-level date like ACLED's time precision 2)
    if ((/\bweeks?\b/i.test(t) && !r.start.isCertain('weekday')) || /\bweekend\b/i.test(t)) precision = 'week';
    else if (r.start.isCertain('day') || r.start.isCertain('weekday') || /\b(today|tonight|yesterday|ago)\b/i.test(t) || THIS_PART_OF_DAY.test(t)) precision = 'day';
    else if (r.start.isCertain('month')) precision = 'month';
    else if (r.start.isCertain('year')) precision = 'year';
    // ("called a general strike for Thursday": a day something is set for is ahead)
    // ("called for another day of strikes and protests on Tuesday", "announced a complete shutdown on Thursday":
    // the day of an action called for or announced is the day it is set for)
    // ("Nato sets Friday deadline", "a Monday ultimatum": a weekday naming a deadline is one ahead)
    const deadline = WEEKDAY.test(t) && /^(?:'s)?\s+(?:deadline|ultimatum|cut-?off)\b/i.test(text.slice(offset + t.length, offset + t.length + 14));
    // (a month's day too: "called for a four-hour protest strike on November 10")
    const calledFor = ((WEEKDAY.test(t) || (r.start.isCertain('month') && r.start.isCertain('day') && !r.start.isCertain('year'))) && CALLED_ACTION.test(text.slice(Math.max(0, offset - 90), offset))) || deadline;
    // ("voted to table the proposal until its Oct. 11 meeting": the day of a thing put off until then is ahead)
    const scheduled = (/\bfor\s+$/i.test(text.slice(Math.max(0, offset - 4), offset)) && !DURATION.test('for ' + t)) || calledFor || PLANNED_BEFORE.test(text.slice(Math.max(0, offset - 60), offset)) ||
      /\b(?:until|till)\s+(?:its|their|the|a|an|his|her|next)\s+$/i.test(text.slice(Math.max(0, offset - 14), offset));
    // ("has called a general strike for Monday": a weekday something is set for is ahead too)
    // (not "were out in force for Friday's march": the day of something named by it)
    const forDay = WEEKDAY.test(t) && /\bfor\s+$/i.test(text.slice(Math.max(0, offset - 4), offset)) && !/^['’]/.test(text.slice(offset + t.length, offset + t.length + 1));
    if ((calledFor || forDay) && published && !r.start.isCertain('day') && d.getTime() <= ref.getTime()) d = new Date(d.getTime() + 7 * DAY_MS);
    // (a month's day an action is called for, read as last year's by chrono, is this year's when that lies within half a year ahead:
    // "called for a strike on November 10" in an October report)
    if (calledFor && published && r.start.isCertain('day') && !r.start.isCertain('year') && d.getTime() < ref.getTime() - DAY_MS) {
      const ahead = new Date(Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate(), 12));
      if (ahead.getTime() - ref.getTime() < 183 * DAY_MS) d = ahead;
    }
    // news reports the past: a bare weekday after the publication date means last week's
    if (published && WEEKDAY.test(t) && !FUTURE_CUE.test(t) && !futureSentence && !scheduled && d.getTime() - ref.getTime() > DAY_MS / 2 && !r.start.isCertain('day')) {
      d = new Date(d.getTime() - 7 * DAY_MS);
    }
    // ("The unrest began last week at the university, where students boycotted classes on Monday": a weekday told in a
    // sentence of last week is last week's, not this week's)
    // (not the report's own weekday: "fighting raged for a second day on Sunday" in Sunday's report, beside rebels who "swept across
    // the country last week")
    // (told before that week, in another clause: "The unrest began last week ..., where students boycotted classes on Monday" in
    // Monday's report is last week's Monday)
    // (nor one of another clause: "Mubarak was forced out last week ..., and in neighbouring Bahrain police killed at least three
    // people on Thursday")
    const lw = text.search(/\blast\s+week\b/i);
    const apart = lw >= 0 && /,\s+(?:and|but|while|whereas)\s|;/i.test(lw < offset ? text.slice(lw, offset) : text.slice(offset, lw));
    // (nor "last week" told after the weekday, of something else: "walked off the job on Tuesday, demanding the reinstatement of a
    // headman dismissed last week"; but "on Monday last week")
    const laterOther = lw > offset && !/^[\s,]*$/.test(text.slice(offset + t.length, lw));
    // (nor "last week" inside an aside on the subject, set off by commas before the verb: "Prime Minister Bashkim Fino, appointed
    // last week at the head of a national government, met representatives ... on Tuesday")
    const asideBefore = lw >= 0 && lw < offset && /,\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:ed|en)\s+[^,;]*$/i.test(text.slice(Math.max(0, lw - 60), lw)) && /^[^,;]*,/.test(text.slice(lw, offset));
    // ("boycotted classes on Monday last week": chrono reads the weekday of this week)
    if (published && WEEKDAY.test(t) && /\blast\s+week$/i.test(t) && !r.start.isCertain('day')) {
      if (d.getTime() >= weekStart) d = new Date(d.getTime() - 7 * DAY_MS);
    }
    if (published && WEEKDAY.test(t) && !r.start.isCertain('day') && lw >= 0 && !/\blast\s+week\b/i.test(t) && !apart && !laterOther && !asideBefore &&
      !(iso(d) === iso(ref) && lw > offset)) {
      if (d.getTime() >= weekStart && d.getTime() <= ref.getTime() + DAY_MS / 2) d = new Date(d.getTime() - 7 * DAY_MS);
    }
    // ("In the early hours of Wednesday, May 20, the house ... was bombed. On Thursday a strike broke out" in the paper of Thursday
    // May 28: the report's own weekday, told right after a sentence dated a day in the week before it, is that week's)
    if (published && WEEKDAY.test(t) && !r.start.isCertain('day') && iso(d) === iso(ref) && !futureSentence && sent.index > 0) {
      const before = dayNamedIn(doc.text.slice(doc.sentences[sent.index - 1].start, doc.sentences[sent.index - 1].end), ref);
      const weekBefore = d.getTime() - 7 * DAY_MS;
      if (before !== null && before < weekBefore && weekBefore - before < 7 * DAY_MS) d = new Date(weekBefore);
    }
    // ("the Moroccan Labour Union staged a strike on Thursday June 18. The CDT then called a general strike for the Saturday": a
    // weekday with "the" is the first such day from the last day named by its date; "What nobody disputes is that on Saturday June
    // 20 ... A curfew was imposed on Saturday evening" in the paper of Sunday June 28: a bare weekday is the day named before with
    // that weekday and its date, up to two weeks back, rather than the last such weekday)
    if (published && WEEKDAY.test(t) && !r.start.isCertain('day') && !/\b(?:last|next|this)\b/i.test(t) && !futureSentence) {
      const back = namedDatesBefore(doc, sent.start + offset, ref);
      const wd = WEEKDAYS.indexOf(WEEKDAY.exec(t)![1].toLowerCase());
      if (/\bthe\s+$/i.test(text.slice(Math.max(0, offset - 4), offset)) && back.length) {
        const n = back[back.length - 1].time;
        const first = n + (((wd - new Date(n).getUTCDay()) + 7) % 7) * DAY_MS;
        if (first <= ref.getTime() + DAY_MS / 2) d = new Date(first);
      } else if (!scheduled) {
        const same = back.filter((b) => b.weekday === wd && new Date(b.time).getUTCDay() === wd && d.getTime() - b.time >= DAY_MS && d.getTime() - b.time <= 13 * DAY_MS).pop();
        if (same) d = new Date(same.time);
      }
    }
    // ("clashed in February" in an October report, "on February 12": chrono takes the nearer February, which
    // may be next year's; news reports the past, so a month or date without its year is the last one)
    // (nor a deadline: "agreed to wind up the programme by the end of June" in a May report is this June's end)
    // (an aim's deadline, after an infinitive or a modal before it; not "By June, rebels had seized the town")
    const deadlineBy = ((!!lead && /^by$/i.test(lead[1])) || /\bby\s+(?:the\s+)?(?:end\s+of\s+|middle\s+of\s+)?$/i.test(text.slice(Math.max(0, offset - 20), offset))) &&
      /\b(?:to\s+[a-z]+|will|would|shall|must|should)\b/i.test(text.slice(0, offset));
    if (published && !r.start.isCertain('year') && r.start.isCertain('month') && !FUTURE_CUE.test(t) && !futureSentence && !scheduled && !deadlineBy && d.getTime() - ref.getTime() > DAY_MS) {
      d = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate(), 12));
    }
    // (a date the record format cannot hold is no date: years before 1000 or past 9999)
    if (!/^\d{4}-\d\d-\d\d$/.test(iso(d))) continue;
    out.push({ start: sent.start + offset, end: sent.start + offset + t.length, text: t, date: iso(d), precision, anchored: anchored || r.start.isCertain('year'), ...(scheduled ? { scheduled } : {}) });
  }
  // (chrono reads "a week later" from the publication date: the time told before is the base)
  if (later.length) {
    const kept = out.filter((t) => !later.some((l) => t.start < l.end && l.start < t.end));
    return [...kept, ...later].sort((a, b) => a.start - b.start);
  }
  // bare years ("in 1990", "since 2001") that chrono leaves alone, beside any other time of the sentence
  // ("sentenced on Tuesday for speeches during protests in 2020")
  const bare: TimeMention[] = [];
  for (let i = sent.first + 1; i < sent.last; i++) {
    const tk = doc.tokens[i];
    if (YEAR.test(tk.text) && /^(in|during|of|since)$/.test(doc.tokens[i - 1].lower) && !out.some((t) => t.start <= tk.start && tk.end <= t.end)) {
      bare.push({ start: tk.start, end: tk.end, text: tk.text, date: `${tk.text}-01-01`, precision: 'year', anchored: true });
    }
    // ("fought repeatedly in the 1980s", "during the 1990s": a decade, told at the precision of a year, its first)
    const decade = DECADE.exec(tk.text);
    if (decade && doc.tokens[i - 1].lower === 'the' && i - 2 >= sent.first && /^(in|during|since|through|throughout|until)$/.test(doc.tokens[i - 2].lower)) {
      bare.push({ start: doc.tokens[i - 1].start, end: tk.end, text: doc.text.slice(doc.tokens[i - 1].start, tk.end), date: `${decade[1]}-01-01`, precision: 'year', anchored: true });
    }
  }
  return bare.length ? [...out, ...bare].sort((a, b) => a.start - b.start) : out;
}

/**
 * The day a wire story was filed, when its dateline gives one a few days before the paper's date ("ASUNCION, Paraguay,
 * April 30 -" in the paper of May 1): its "tonight", "today" and weekdays count from that day.
 */
export function datelineDate(doc: Doc, published: string | null): string | null {
  if (!published) return null;
  for (const s of doc.sentences.slice(0, 4)) {
    const end = datelineEnd(doc, s);
    if (end < 0) continue;
    // (a month and a day only: "April 30", "Nov. 6"; a weekday or "today" says nothing the paper's date does not)
    const line = doc.text.slice(doc.tokens[s.first].start, end);
    if (!/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/i.test(line)) return null;
    const r = chrono.casual.parse(line, { instant: new Date(publishedNoon(published)), timezone: 0 }, { forwardDate: false }).find((x) => x.start.isCertain('month') && x.start.isCertain('day'));
    if (!r) return null;
    const date = iso(r.start.date());
    const days = (Date.parse(published) - Date.parse(date)) / 86_400_000;
    return days > 0 && days <= 3 ? date : null;
  }
  return null;
}
