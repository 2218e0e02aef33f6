/**
 * Quantities: numbers of dead, injured, arrested and crowd sizes, with their spans.
 * Vague numbers follow ACLED's conventions (data/lexicon/quantities.json).
 */
import { readFileSync } from 'node:fs';
import { dataFile } from '../../code/lexicon.js';
import { MONTH_WORDS } from '../times/index.js';
import { isDemonym } from '../places/countries.js';
import type { Doc, Quantity, QuantityPart, Sentence, TextSpan, Token } from '../../types.js';

export type QuantityKind = 'dead' | 'injured' | 'arrested' | 'crowd';

export interface QuantityMention extends Quantity {
  kind: QuantityKind | null;
  first: number;
  last: number;
  /** "including 4 police": part of another figure; "bringing the toll to 40": a running total. Never added to another figure */
  subset: boolean;
  /** "19 people have died in a week of protests", "many of the dead were civilians": a toll over a stretch of time, or a part of one not given, no one act's figure */
  overTime?: boolean;
}

interface QData {
  units: Record<string, number>;
  multipliers: Record<string, number>;
  vague: Record<string, number>;
  dead: string[];
  injured: string[];
  arrested: string[];
  crowd: string[];
  crowd_context: string[];
  not_people: string[];
  population_heads?: string[];
  mourned_heads?: string[];
  gathered_nouns?: string[];
  currency_before?: string[];
  cumulative_verbs?: string[];
  one_person?: string[];
  dead_phrases?: string[];
}

const Q = JSON.parse(readFileSync(dataFile('quantities.json'), 'utf8')) as QData;
const UNITS = new Map(Object.entries(Q.units));
const MULT = new Map(Object.entries(Q.multipliers));
const VAGUE = new Map(Object.entries(Q.vague));
const VAGUE_MAX_WORDS = Math.max(...Object.keys(Q.vague).map((k) => k.split(' ').length));
/** every word that can start a number expression, for a quick rejection of all other tokens */
const STARTS = new Set<string>([...Object.keys(Q.vague).map((k) => k.split(' ')[0]), ...UNITS.keys()]);
const KIND = new Map<string, QuantityKind>();
for (const w of Q.dead) KIND.set(w, 'dead');
for (const w of Q.injured) KIND.set(w, 'injured');
for (const w of Q.arrested) KIND.set(w, 'arrested');
const CROWD = new Set(Q.crowd);
const CROWD_CONTEXT = new Set(Q.crowd_context);
const NOT_PEOPLE = new Set(Q.not_people);
/** the endings of nouns that name an act ("disappearance", "killing", "abduction", "deaths") */
const ACT_NOUN_END = /(?:tion|sion|ance|ence|ment|ing|ths)$/;
const POPULATION_HEADS = new Set(Q.population_heads ?? []);
const MOURNED_HEADS = new Set(Q.mourned_heads ?? []);
const GATHERED = new Set(Q.gathered_nouns ?? []);

/** The word before the figure at i, past the words saying how exact it is ("of about 40,000": the "of"). */
function pastApproximators(tokens: Token[], i: number, first: number): number {
  let j = i - 1;
  while (j > first && APPROX_BEFORE.test(tokens[j].lower)) j--;
  return j;
}

/** Is the figure at i of the dead mourned or buried ("the coffins of two men killed the day before")? */
function mournedFigure(tokens: Token[], i: number, first: number): boolean {
  let j = pastApproximators(tokens, i, first);
  if (j > first && (tokens[j].lower === 'the' || tokens[j].lower === 'all')) j--;
  return j > first && tokens[j].lower === 'of' && MOURNED_HEADS.has(tokens[j - 1].lower);
}

/** Is the figure at i how many live somewhere ("a town of about 40,000 people", "home to 300,000")? */
function populationFigure(tokens: Token[], i: number, first: number): boolean {
  const j = pastApproximators(tokens, i, first);
  if (j <= first) return false;
  if (tokens[j].lower === 'of') return POPULATION_HEADS.has(tokens[j - 1].lower);
  return tokens[j].lower === 'to' && tokens[j - 1].lower === 'home';
}
const CURRENCY = new Set(Q.currency_before ?? []);
const CUMULATIVE = new Set(Q.cumulative_verbs ?? []);
const APPROX_BEFORE = /^(about|around|some|nearly|approximately|roughly|almost|over|more|than|up|at|least)$/;
const SUBSET_BEFORE = new Set(['including', 'among']);
const STOP = new Set([';', '.', ':', '?', '!', 'but', 'while', 'whereas', 'after', 'before', 'when']);
const DIGITS = /^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$/;

function kindOf(t: Token): QuantityKind | null {
  const k = KIND.get(t.lower) ?? KIND.get(t.lemma);
  if (k) return k;
  // capitals leave words untagged and unlemmatised: "ARRESTING", "INJURING"
  const w = t.lower;
  if (w.length > 5 && w.endsWith('ing')) return KIND.get(w.slice(0, -3)) ?? KIND.get(w.slice(0, -3) + 'e') ?? null;
  return null;
}

const POSSESSIVE_DETS = new Set(['his', 'her', 'their', 'its']);
/** people counted by whose they are: "relatives of the dead" */
const KIN = new Set(['relatives', 'families', 'family', 'friends', 'kin', 'mothers', 'widows', 'widowers', 'children', 'parents', 'survivors', 'supporters', 'colleagues', 'mourners']);
/** participles that stand for the people themselves after "the": "among the dead", "the injured" */
const PEOPLE_AS_NOUNS = new Set(['dead', 'injured', 'wounded', 'arrested', 'detained', 'killed', 'missing', 'hurt']);
/** what befell people counted, which makes them no crowd: charged, sentenced ..., or missing */
const NOT_CROWD_FATES = new Set(['charged', 'sentenced', 'convicted', 'indicted', 'accused', 'booked', 'prosecuted', 'tried', 'fined', 'summoned',
  // (nor people missing: "reports of at least 87 people whose whereabouts were unknown")
  'whereabouts', 'missing', 'unaccounted', 'disappeared',
  // (nor people driven from their homes: "More than 20,000 people have fled their homes ... as gangs continued to block roads")
  'fled', 'flee', 'fleeing', 'displaced', 'homeless', 'evacuated', 'uprooted', 'stranded']);
/** verbs of speaking right after people counted, which makes them speakers, no crowd ("a sight that many protesters said convinced them") */
const SPEAKING = new Set(['said', 'say', 'says', 'told', 'tell', 'claimed', 'insisted', 'complained', 'explained', 'added']);

/** what people are taken as when taking them is holding them: "were taken prisoner", "taken hostage" */
const TAKEN_AS = new Set(['prisoner', 'prisoners', 'hostage', 'hostages', 'captive', 'captives']);
/** kindOf in context: "held" counts the arrested only when nothing follows as its object ("93 held", "were held in custody"), not in "supporters held a rally" */
function kindAt(tokens: Token[], j: number): QuantityKind | null {
  const k = kindOf(tokens[j]);
  if (k === 'arrested' && tokens[j].lower === 'held') {
    const n = tokens[j + 1];
    if (n && n.sent === tokens[j].sent && (n.pos === 'DET' || n.pos === 'NUM' || n.lower === 'up' || n.lower === 'aloft' || ((n.pos === 'NOUN' || n.pos === 'ADJ') && !/^(?:in|by|at|for|without|overnight|incommunicado)$/.test(n.lower)))) return null;
  }
  // ("were taken into custody", "taken away", "taken prisoner" are arrests; "had taken refuge", "taken part", "taken control" are not)
  if (k === 'arrested' && tokens[j].lower === 'taken') {
    const n = tokens[j + 1];
    // (whatever the tagger makes of the word: "had taken part/ADV")
    if (n && n.sent === tokens[j].sent && (n.pos === 'DET' || n.pos === 'NOUN' || n.pos === 'ADJ' || n.pos === 'PROPN' || /^(?:part|place|refuge|shelter|control|power|office|charge|hold|cover)$/.test(n.lower)) && !TAKEN_AS.has(n.lower)) return null;
  }
  // ("rounded up", "a round-up" arrest; "opened fire with live rounds" is ammunition)
  // (whatever the tagger makes of the form: "TWO ARMOURED LORRIES ROUNDED/ADJ A BEND")
  if (k === 'arrested' && (tokens[j].lemma === 'round' || /^round(?:s|ed|ing)?$/.test(tokens[j].lower)) && tokens[j + 1]?.lower !== 'up' && tokens[j + 1]?.text !== '-') return null;
  // ("the shooting did not die down until about 0500": what dies down, out or away subsides, no one dies)
  if (k === 'dead' && /^(?:die|dies|died|dying)$/.test(tokens[j].lower) && /^(?:down|out|away|off)$/.test(tokens[j + 1]?.lower ?? '') && tokens[j + 1].sent === tokens[j].sent) return null;
  return k;
}

/** Parse a number expression starting at token i; returns value and the token after it. */
function parseNumber(tokens: Token[], i: number, end: number): { value: number; next: number; approximate: boolean; kind?: QuantityKind } | null {
  const c = tokens[i].text.charCodeAt(0);
  if (c >= 65 && c <= 90) {
    // ("killing Bradley Roland Will, a 36-year-old cameraman": one person, named, the object of a killing)
    const named = namedPersonKilled(tokens, i, end);
    if (named > 0) return { value: 1, next: named, approximate: false };
    const fated = namedPersonFate(tokens, i, end);
    if (fated > 0) return { value: 1, next: fated, approximate: false };
  }
  // ("a local teacher and another man were killed": the last of two people named one by one)
  if (tokens[i].lower === 'another' && i > 0 && tokens[i - 1].lower === 'and') {
    const who = onePersonFate(tokens, i, end);
    return who > 0 ? { value: 1, next: who, approximate: false } : null;
  }
  // ("killing the driver and a woman passenger": people named one by one after a verb of killing)
  if (tokens[i].lower === 'the' || tokens[i].lower === 'a' || tokens[i].lower === 'an') {
    const list = killedOneByOne(tokens, i, end);
    if (list && (list.value > 1 || tokens[i].lower === 'the')) return { value: list.value, next: list.next, approximate: false };
  }
  // ("half a million people had taken part", "half a dozen soldiers"): half of the scale word's number
  if (tokens[i].lower === 'half' && i + 2 < end && /^an?$/.test(tokens[i + 1].lower) && (MULT.has(tokens[i + 2].lower) || tokens[i + 2].lower === 'dozen')) {
    return { value: tokens[i + 2].lower === 'dozen' ? 6 : MULT.get(tokens[i + 2].lower)! / 2, next: i + 3, approximate: false };
  }
  if (!(c >= 48 && c <= 57) && !STARTS.has(tokens[i].lower) && tokens[i].lower.indexOf('-') < 0) return null;
  // vague phrases, longest first ("tens of thousands", "several hundred", "dozens")
  for (let n = Math.min(VAGUE_MAX_WORDS, end - i); n >= 1; n--) {
    let key = tokens[i].lower;
    for (let j = 1; j < n; j++) key += ' ' + tokens[i + j].lower;
    const v = VAGUE.get(key);
    if (v !== undefined) {
      // "some 300" / "several" followed by a real number: let the real number speak
      if (n === 1 && i + 1 < end && (DIGITS.test(tokens[i + 1].text) || UNITS.has(tokens[i + 1].lower))) return null;
      return { value: v, next: i + n, approximate: true };
    }
  }
  const t = tokens[i];
  let value: number | null = null;
  let next = i + 1;
  if (DIGITS.test(t.text)) value = Number(t.text.replace(/,/g, ''));
  else if (UNITS.has(t.lower) && t.lower !== 'a' && t.lower !== 'an') value = UNITS.get(t.lower)!;
  else if ((t.lower === 'a' || t.lower === 'an') && i + 1 < end && (MULT.has(tokens[i + 1].lower) || tokens[i + 1].lower === 'dozen')) value = 1;
  else if (t.lower === 'a' || t.lower === 'an') {
    // (the figure runs to the person, so that the fate told after is in reach: "a 17-year-old student was shot dead")
    const who = onePersonFate(tokens, i, end);
    if (who > 0) return { value: 1, next: who, approximate: false };
    // ("police killed a protester", "shot dead a student": one person, the object of a killing)
    if (killingBefore(tokens, i) && personAfter(tokens, i, end) > 0) return { value: 1, next: i + 1, approximate: false };
    // (the last of a list after a verb of a fate counts as what the verb tells, whatever is told after it: "killing two men and a
    // woman and wounding four", "arrested three students and a teacher")
    const listed = lastListedFate(tokens, i, end);
    if (listed) return { value: 1, next: i + 1, approximate: false, kind: listed };
  }
  else {
    // hyphenated compounds: twenty-five
    const m = t.lower.split('-');
    if (m.length === 2 && UNITS.has(m[0]) && UNITS.has(m[1])) value = UNITS.get(m[0])! + UNITS.get(m[1])!;
  }
  if (value === null || !Number.isFinite(value)) return null;
  // a number in words read as English builds it: "one thousand two hundred" is 1,200, "one hundred and fifty-seven" 157
  // (what a scale word closes is set aside, and the words after it start the next group)
  let total = 0;
  let cur = value;
  while (next < end) {
    const w = tokens[next].lower;
    const u = numberWord(tokens[next]);
    if (w === 'hundred' && cur > 0 && cur < 100) cur *= 100;
    else if (MULT.has(w) && w !== 'hundred') {
      total += Math.max(cur, 1) * MULT.get(w)!;
      cur = 0;
    } else if (w === 'hundred' && cur === 0 && total > 0) cur = 100;
    else if (w === 'dozen') cur *= 12;
    // ("one hundred and fifty-seven": "and" inside the number, only before what can follow a hundred or a scale word)
    else if (w === 'and' && next + 1 < end && (cur % 100 === 0 && (cur > 0 || total > 0)) && (numberWord(tokens[next + 1]) ?? 100) < 100) {
      next++;
      continue;
    } else if (u !== null && fits(u, cur, total)) cur += u;
    // "Twenty-one" split by the tokeniser into "Twenty", "-", "one"
    else if (w === '-' && next + 1 < end && tokens[next - 1].end === tokens[next].start && tokens[next].end === tokens[next + 1].start && UNITS.has(tokens[next + 1].lower) &&
      cur % 100 >= 20 && cur % 10 === 0 && UNITS.get(tokens[next + 1].lower)! < 10) {
      cur += UNITS.get(tokens[next + 1].lower)!;
      next++;
    } else break;
    next++;
  }
  // (an "and" read ahead that led nowhere is no part of it)
  while (next > i + 1 && tokens[next - 1].lower === 'and') next--;
  return { value: total + cur, next, approximate: false };
}

/** May a figure of `u` follow what a number in words has built so far: units after tens, tens or units after a hundred, any after a scale word. */
function fits(u: number, cur: number, total: number): boolean {
  return (cur === 0 && total > 0) || (cur % 100 === 0 && cur > 0 && u < 100) || (cur % 100 >= 20 && cur % 10 === 0 && u < 10);
}

/** A plain number word's value inside a number in words ("seven", "fifty", "fifty-seven"), or null (not "a", "dozen", "pair"). */
function numberWord(t: Token): number | null {
  const x = t.lower;
  if (UNITS.has(x) && x !== 'a' && x !== 'an' && x !== 'single' && x !== 'couple' && x !== 'pair' && x !== 'score' && x !== 'dozen') return UNITS.get(x)!;
  const m = x.split('-');
  return m.length === 2 && UNITS.has(m[0]) && UNITS.has(m[1]) && UNITS.get(m[0])! >= 20 && UNITS.get(m[1])! < 10 ? UNITS.get(m[0])! + UNITS.get(m[1])! : null;
}

/** a past form of a verb ("wounded", "beat", "shot") */
function pastLike(t: Token): boolean {
  return /ed$/.test(t.lower) || t.lemma !== t.lower;
}

/** "a youth was killed", "a 17-year-old student has been arrested", "a policeman died": one person named with "a" whose fate follows;
 * the token the fate is read from (the person's noun, or the death past a clause of who they were), or -1. */
function onePersonFate(tokens: Token[], i: number, end: number): number {
  const who = personAfter(tokens, i, end);
  if (who < 0) return -1;
  let j = who + 1;
  // ("A local teacher and another man were killed": the first of two people named one by one, whose fate is told after both)
  if (j + 1 < end && tokens[j].lower === 'and' && /^(?:a|an|another)$/.test(tokens[j + 1].lower) && tokens[i].lower !== 'another') {
    const second = personAfter(tokens, j + 1, end);
    if (second > 0 && tokens[second + 1]?.lower === 'were' && onePersonFate(tokens, j + 1, end) === second) return who;
  }
  if (fateAfter(tokens, j, end, tokens[i - 1]?.lower === 'and')) return who;
  // ("A 19-year-old student of the Universidad de Oriente was killed": past the name of what the person belongs to)
  if (j < end && /^(?:of|from|at)$/.test(tokens[j].lower) && tokens[j + 1]) {
    let k = j + 1;
    if (tokens[k].pos === 'DET') k++;
    const start = k;
    while (k < end && k - j <= 8 && (tokens[k].cap || (/^(?:de|del|la|of|and|y|da|do|du)$/.test(tokens[k].lower) && tokens[k + 1]?.cap))) k++;
    // (the count then reads its kind from the fate, past the name)
    if (k > start && tokens[start].cap && fateAfter(tokens, k, end, false)) return k;
  }
  // ("a student who was injured in the police firing succumbed to his injuries": past a short clause of who they were, a death;
  // no clause of speech or second person in it, "a student who said his brother died")
  if (j < end && tokens[j].lower === 'who') {
    for (let k = j + 1; k < end && k - j <= 12; k++) {
      const t = tokens[k];
      if (t.text === ';' || t.lower === 'and' || t.lower === 'who' || t.lower === 'that' || t.lemma === 'say' || t.lemma === 'tell' || (POSSESSIVE_DETS.has(t.lower) && kindAt(tokens, k + 1))) break;
      // (the count then reads its kind from the death, not from the clause: the token of the death)
      if ((t.lower === 'died' || deadPhraseAt(tokens, k, end)) && tokens[k - 1].pos !== 'AUX') return k;
    }
  }
  return -1;
}

/** Whether one person's fate is told from token j: "died", "was shot dead", "has been arrested", "was allegedly beaten to
 * death"; `lastOfList` lets "were" tell it ("28 civilians, two soldiers and a policeman were killed"). */
function fateAfter(tokens: Token[], j: number, end: number, lastOfList: boolean): boolean {
  if (j < end && (tokens[j].lower === 'died' || tokens[j].lower === 'dies' || deadPhraseAt(tokens, j, end))) return true;
  // ("left two soldiers and a militiaman dead": the last of a list a verb left dead or wounded)
  if (lastOfList && j < end && /^(?:dead|injured|wounded|hurt)$/.test(tokens[j].lower) && (j + 1 >= end || !/^(?:body|bodies|man|men|people)$/.test(tokens[j + 1].lower))) return true;
  if (j < end && /^(?:has|had)$/.test(tokens[j].lower) && tokens[j + 1]?.lower === 'been') j += 2;
  else if (j < end && /^(?:was|is)$/.test(tokens[j].lower)) j++;
  else if (j < end && tokens[j].lower === 'were' && lastOfList) j++;
  else return false;
  while (j < end && tokens[j].pos === 'ADV') j++;
  const k = j < end ? KIND.get(tokens[j].lower) : undefined;
  return !!k || (j < end && deadPhraseAt(tokens, j, end)) || (j + 1 < end && tokens[j].lower === 'shot' && tokens[j + 1].lower === 'dead') || (j < end && /^(?:gunned|hacked|stabbed|beaten|lynched)$/.test(tokens[j].lower) && /\b(?:dead|death|down)\b/.test(tokens.slice(j + 1, Math.min(end, j + 4)).map((x) => x.lower).join(' ')));
}

/** "Juan Perez was shot dead", "Sub-Inspector Foday Kallon was beaten to death": a person's name of two or more words that opens
 * its clause, and then that person's fate; the token after the name, or -1 */
function namedPersonFate(tokens: Token[], i: number, end: number): number {
  const prev = tokens[i - 1];
  // (the name's first word: not inside a longer name, nor a body's name after "the")
  if (!tokens[i].cap || tokens[i].pos !== 'PROPN' || (prev && prev.sent === tokens[i].sent && ((prev.cap && prev.pos === 'PROPN') || prev.text === '-' || prev.lower === 'the')) || titleCased(tokens, i)) return -1;
  const j = nameEnd(tokens, i, end, true);
  if (j - i < 2) return -1;
  return fateAfter(tokens, j, end, false) ? j : -1;
}
const ONE_PERSON = new Set<string>(Q.one_person ?? []);

/** "killing the driver and a woman passenger", "killed a policeman and a civilian": people named one by one, each with "a" or "the",
 * right after a verb of killing; their number and the token after the last, or null */
function killedOneByOne(tokens: Token[], i: number, end: number): { value: number; next: number } | null {
  if (!killingBefore(tokens, i)) return null;
  let who = personAfter(tokens, i, end);
  if (who < 0) return null;
  let value = 1;
  while (who + 2 < end && (tokens[who + 1].lower === 'and' || tokens[who + 1].text === ',') && /^(?:a|an|the|another)$/.test(tokens[who + 2].lower)) {
    const nx = personAfter(tokens, who + 2, end);
    if (nx < 0) break;
    value++;
    who = nx;
  }
  return { value, next: who + 1 };
}

/**
 * "killing two men and a woman", "arrested three students and a teacher": one person named with "a", the last of people counted
 * right after a verb of a fate; what the verb tells them to be (dead, injured, arrested), or null.
 */
function lastListedFate(tokens: Token[], i: number, end: number): QuantityKind | null {
  if (tokens[i - 1]?.lower !== 'and' || tokens[i - 1].sent !== tokens[i].sent || personAfter(tokens, i, end) <= 0) return null;
  let k = i - 2;
  while (k > 0 && i - k <= 5 && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ')) k--;
  if (!(k < i - 2 && tokens[k].pos === 'NUM' && tokens[k].sent === tokens[i].sent)) return null;
  if (killingBefore(tokens, k)) return 'dead';
  const v = tokens[k - 1];
  return v && v.sent === tokens[k].sent && v.pos === 'VERB' && /(?:ed|ing|en)$/.test(v.lower) ? kindAt(tokens, k - 1) : null;
}

/** Whether an active verb of killing stands right before token i, in its sentence: "killed", "killing", "shot dead", "gunned down". */
function killingBefore(tokens: Token[], i: number): boolean {
  if (i < 1 || tokens[i - 1].sent !== tokens[i].sent) return false;
  const v = tokens[i - 1];
  return (v.pos === 'VERB' && kindOf(v) === 'dead' && /(?:ed|ing|slain)$/.test(v.lower)) ||
    (i >= 2 && ((v.lower === 'dead' && tokens[i - 2].lower === 'shot') || (v.lower === 'down' && deadPhraseAt(tokens, i - 2, i))));
}

/** Is token i's sentence a headline set in title case ("... as Killing Spreads Across Rwandan Capital"), where capitals name no one?
 * (every word of four letters or more capitalised, and at least four of them) */
function titleCased(tokens: Token[], i: number): boolean {
  const sent = tokens[i].sent;
  let a = i;
  while (a > 0 && tokens[a - 1].sent === sent) a--;
  let words = 0;
  for (let k = a; k < tokens.length && tokens[k].sent === sent; k++) {
    const t = tokens[k];
    if (t.text.length < 4 || !/^\p{L}/u.test(t.text)) continue;
    if (!t.cap) return false;
    words++;
  }
  return words >= 4;
}

/** The token after the run of up to four capitalised words from i that may be a person's name (no month or day); with `propn`,
 * only words the tagger calls names. */
function nameEnd(tokens: Token[], i: number, end: number, propn: boolean): number {
  let j = i;
  while (j < end && j - i < 4 && tokens[j].cap && (!propn || tokens[j].pos === 'PROPN') && /^\p{Lu}\p{Ll}/u.test(tokens[j].text) && !NOT_PERSON_NAMES.has(tokens[j].lower)) j++;
  return j;
}

const NOT_PERSON_NAMES = new Set([...MONTH_WORDS, 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday']);
/** "killing Bradley Roland Will, a cameraman", "shot dead Juan Perez.": a name of two or more words right after an active verb of
 * killing, ending its phrase; the token after the name, or -1 */
function namedPersonKilled(tokens: Token[], i: number, end: number): number {
  if (i < 2 || tokens[i - 1].sent !== tokens[i].sent || !tokens[i].cap || tokens[i].pos !== 'PROPN' || titleCased(tokens, i)) return -1;
  const v = tokens[i - 1];
  const killing = (v.pos === 'VERB' && kindOf(v) === 'dead' && /(?:ed|ing)$/.test(v.lower) && !/^(?:be|get)$/.test(tokens[i - 2].lemma) && tokens[i - 2].pos !== 'AUX') ||
    (v.lower === 'dead' && tokens[i - 2].lower === 'shot');
  if (!killing) return -1;
  const j = nameEnd(tokens, i, end, false);
  if (j - i < 2) return -1;
  return j >= end || tokens[j].text === ',' || tokens[j].text === '.' || tokens[j].lower === 'and' || tokens[j].text === ';' ? j : -1;
}

/** what may follow an age standing for a person: "a 19-year-old, ...", "a 19-year-old and ...", "a 19-year-old was ..." */
const AFTER_AGE = new Set([',', '.', ';', 'and', 'who', 'was', 'had', 'has', 'died', 'in', 'on', 'at', 'near', 'from']);

/** The noun of one person named with the "a" at i, past what describes them ("a 17-year-old", "an unarmed", "a local"), or -1. */
function personAfter(tokens: Token[], i: number, end: number): number {
  let j = i + 1;
  // (a nationality the tagger reads as a name, right before the noun: "an American researcher", "a British tourist")
  const nationality = (k: number) => tokens[k].pos === 'PROPN' && tokens[k].cap && k + 1 < end && ONE_PERSON.has(tokens[k + 1].lower);
  while (j < end && j - i <= 6 && (tokens[j].pos === 'ADJ' || tokens[j].text === '-' || tokens[j].pos === 'NUM' || /^(?:year|years)$/.test(tokens[j].lower) || nationality(j)) && !ONE_PERSON.has(tokens[j].lower)) j++;
  // (past one noun of what they do: "a police officer", "a taxi driver", "a university student"; or two: "a boda boda rider", "a
  // motorcycle taxi driver")
  if (j + 1 < end && !ONE_PERSON.has(tokens[j].lower) && tokens[j].pos === 'NOUN' && ONE_PERSON.has(tokens[j + 1].lower)) j++;
  else if (j + 2 < end && !ONE_PERSON.has(tokens[j].lower) && !ONE_PERSON.has(tokens[j + 1].lower) && /^(?:NOUN|PROPN)$/.test(tokens[j].pos) && /^(?:NOUN|PROPN)$/.test(tokens[j + 1].pos) &&
    !tokens[j].cap && !tokens[j + 1].cap && ONE_PERSON.has(tokens[j + 2].lower)) j += 2;
  // ("killing a 19-year-old and wounding two": an age standing for the person)
  const aged = j - i >= 4 && tokens[j - 1].lower === 'old' && tokens[j - 2].text === '-' && /^years?$/.test(tokens[j - 3].lower);
  if (aged && (j >= end || AFTER_AGE.has(tokens[j].lower))) return j - 1;
  // ("A 23-year-old cane cutter was shot dead": after an age, whatever one or two nouns name what the person does)
  if (aged && !ONE_PERSON.has(tokens[j]?.lower ?? '')) {
    let n = j;
    while (n < end && n - j < 2 && tokens[n].pos === 'NOUN' && !tokens[n].cap) n++;
    if (n > j && (n >= end || AFTER_AGE.has(tokens[n].lower))) return n - 1;
  }
  return j < end && ONE_PERSON.has(tokens[j].lower) ? j : -1;
}

const HOSPITALS = new Set(['hospital', 'hospitals', 'clinic', 'clinics', 'infirmary', 'dispensary']);
/** what people are treated for: "admitted with burns and machete wounds" */
const HURTS = new Set(['wounds', 'wound', 'injuries', 'injury', 'burns', 'fractures']);
/** "were treated at Kumasi Central Hospital", "treated in hospital": treated, then within its phrase a hospital (not "treated as criminals");
 * or treated or admitted for or with hurts ("admitted with burns") */
function treatedInHospital(tokens: Token[], j: number, end: number): boolean {
  // ("More than 50 others were admitted with burns and machete wounds": treated or admitted for hurts)
  if ((tokens[j].lower === 'treated' || tokens[j].lower === 'admitted') && /^(?:for|with)$/.test(tokens[j + 1]?.lower ?? '')) {
    for (let k = j + 2; k < end && k - j <= 7; k++) {
      if (HURTS.has(tokens[k].lower)) return true;
      if (!(tokens[k].pos === 'ADJ' || tokens[k].pos === 'NOUN' || tokens[k].pos === 'CCONJ' || tokens[k].text === ',' || tokens[k].text === '-')) return false;
    }
    return false;
  }
  if (tokens[j].lower !== 'treated' || !/^(?:at|in)$/.test(tokens[j + 1]?.lower ?? '')) return false;
  for (let k = j + 2; k < end && k - j <= 7; k++) {
    const t = tokens[k];
    if (HOSPITALS.has(t.lower)) return true;
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.cap || t.text === "'s" || t.text === '’s')) return false;
  }
  return false;
}

/** the data's phrases of death, each a list of alternatives per word (null: an optional possessive) */
const DEAD_PHRASES: Array<Array<Set<string> | null>> = (Q.dead_phrases ?? []).map((p) => p.split(' ').map((w) => (w === 'POSS' ? null : new Set(w.split('|')))));
/** Whether a phrase of death starts at token j ("lost their lives", "succumbed to his injuries", "gunned down"). */
function deadPhraseAt(tokens: Token[], j: number, end: number): boolean {
  next: for (const p of DEAD_PHRASES) {
    if (!p[0]!.has(tokens[j].lower) && !p[0]!.has(tokens[j].lemma)) continue;
    let k = j + 1;
    for (let w = 1; w < p.length; w++) {
      const alts = p[w];
      if (alts === null) {
        // (or the article: "succumbed to the police firing")
        if (k < end && (POSSESSIVE_DETS.has(tokens[k].lower) || tokens[k].lower === 'the')) k++;
        continue;
      }
      if (k >= end || (!alts.has(tokens[k].lower) && !alts.has(tokens[k].lemma))) continue next;
      k++;
    }
    return true;
  }
  return false;
}

function isDateOrYear(tokens: Token[], i: number, next: number, sent: Sentence): boolean {
  const t = tokens[i];
  const prev = i > sent.first ? tokens[i - 1].lower : '';
  const after = next < sent.last ? tokens[next].lower : '';
  // (an abbreviated month with its point: "on Feb. 17, killing four")
  const prev2 = i - 1 > sent.first ? tokens[i - 2].lower : '';
  if (MONTH_WORDS.has(prev) || MONTH_WORDS.has(after) || MONTH_WORDS.has(prev.replace(/\.$/, '')) || (prev === '.' && MONTH_WORDS.has(prev2))) return true;
  if (/^\d{4}$/.test(t.text) && Number(t.text) >= 1800 && Number(t.text) <= 2100) return true;
  if (after === '%' || after === 'percent' || after === 'per') return true;
  if (/^(am|pm|a\.m\.|p\.m\.|o'clock|gmt|utc)$/.test(after)) return true;
  // (a clock's time told in four figures, as wire copy does: "until about 0500", "from 2100 hours")
  if (/^[012]\d[0-5]\d$/.test(t.text) && (t.text[0] === '0' || /^(?:hours|hrs|h|local)$/.test(after))) return true;
  return false;
}

/** The "to" a figure at token i follows, past its approximators ("rose to about 30"), or -1. */
function toBefore(tokens: Token[], i: number, sent: Sentence): number {
  const j = beforeApprox(tokens, i, sent);
  return j > sent.first && tokens[j].lower === 'to' ? j : -1;
}

/** The token before a figure at i, past its approximators ("to about 30", "at more than 40"). */
function beforeApprox(tokens: Token[], i: number, sent: Sentence): number {
  let j = i - 1;
  while (j > sent.first && j > i - 4 && APPROX_BEFORE.test(tokens[j].lower)) j--;
  return j;
}

/**
 * "bringing the number of arrests since Sunday to about 5,000", "raising the death toll to 40": a
 * number after "to" (and its approximators) with a verb of increase a few words before.
 */
function runningTotal(tokens: Token[], i: number, sent: Sentence): boolean {
  const j = toBefore(tokens, i, sent);
  if (j < 0) return false;
  for (let k = j - 1; k >= sent.first && k >= j - 10; k--) {
    const t = tokens[k];
    if (t.text === ';' || t.text === '.') return false;
    if (CUMULATIVE.has(t.lower)) return true;
  }
  return false;
}

/**
 * "The death toll from Tuesday's clash ... has risen to eleven": the toll of an act, its subject, risen to a figure, is
 * that act's figure of dead (not "bringing the toll to 40", a running sum over acts).
 */
function tollRoseTo(tokens: Token[], i: number, sent: Sentence): boolean {
  const j = toBefore(tokens, i, sent);
  if (j - 1 <= sent.first || !TOLL_RISES.has(tokens[j - 1].lemma)) return false;
  for (let k = j - 2; k >= sent.first && k >= j - 30; k--) {
    const t = tokens[k];
    if (t.text === ';' || CUMULATIVE.has(t.lower)) return false;
    if (t.lemma === 'toll') return k > sent.first && /^(?:death|the|its|their)$/.test(tokens[k - 1].lower);
  }
  return false;
}
/** "raised the figure to 31", "revised the toll to 12", "put the number at 40": a figure given anew */
function revisedFigure(tokens: Token[], i: number, sent: Sentence): 'toll' | 'figure' | null {
  const j = beforeApprox(tokens, i, sent);
  if (j - 3 < sent.first || !/^(?:to|at)$/.test(tokens[j].lower)) return null;
  // (past what the toll is of: "raised the toll from Monday's funerals to eleven")
  for (let n = j - 1; n - 2 >= sent.first && j - n <= 7; n--) {
    if (tokens[n].text === ',' || tokens[n].text === ';') return null;
    if (!/^(?:figure|toll|number|count|tally|total)$/.test(tokens[n].lower)) continue;
    if (n < j - 1 && tokens[n + 1].lower !== 'from' && tokens[n + 1].lower !== 'of' && tokens[n + 1].lower !== 'in') return null;
    const ok = /^(?:the|its|their|this)$/.test(tokens[n - 1].lower) &&
      /^(?:raised|revised|increased|lowered|corrected|updated|put|raise|revise|increase|lower|correct|update|putting|raising|revising)$/.test(tokens[n - 2].lower);
    return ok ? (tokens[n].lower === 'toll' ? 'toll' : 'figure') : null;
  }
  return null;
}
const TOLL_RISES = new Set(['rise', 'climb', 'reach', 'increase', 'jump', 'mount', 'soar', 'stand', 'go']);

const PERIODS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'fortnight', 'decade', 'decades', 'century']);

/**
 * "At least 19 people have died in a week of protests", "800 people have been killed since the
 * election": a count in the perfect over a stretch of time is a running toll, no one act's.
 */
function tollOverTime(tokens: Token[], from: number, sent: Sentence): boolean {
  let perfect = false;
  // (past a long phrase of how, once the perfect is read: "Scores of people have been killed in shootings and bombings between left-
  // and right-wing militants since the start of 1976")
  for (let k = from; k < sent.last && k < from + (perfect ? 22 : 12); k++) {
    const w = tokens[k].lower;
    if (w === ',' || w === ';' || w === '.') return false;
    // ("A fifth person died on Thursday in the unrest that has shaken Noumea since Monday night": a perfect of a relative clause is
    // no toll's)
    if (!perfect && /^(?:that|which|who)$/.test(w)) return false;
    // ("Eleven people were arrested ... and four have since been charged": the perfect is another count's)
    if (!perfect && tokens[k].pos === 'NUM' && k > from) return false;
    if (w === 'have' || w === 'has') perfect = true;
    else if (perfect && w === 'since') return true;
    else if (perfect && (w === 'in' || w === 'over' || w === 'during')) {
      let j = k + 1;
      if (/^(?:a|the|two|three|four|several)$/.test(tokens[j]?.lower ?? '')) j++;
      if (/^(?:past|last)$/.test(tokens[j]?.lower ?? '')) j++;
      if (PERIODS.has(tokens[j]?.lower ?? '') && j > k + 1) return true;
    }
  }
  return false;
}

/** words naming a provision of law or a document: the numbers after them are references, not counts */
const LEGAL_REFS = new Set(['section', 'sections', 'sec', 'secs', 'article', 'articles', 'clause', 'clauses', 'rule', 'rules', 'paragraph', 'paragraphs', 'resolution', 'chapter', 'u/s']);

/**
 * Is token i inside a list of legal references: "under IPC sections 147 (rioting), 307 (attempt to murder)
 * and 436"? Walks back over numbers, commas, "and" and short parenthesised notes to a word like "sections".
 */
export function legalReference(tokens: Token[], i: number, sent: Sentence): boolean {
  let k = i - 1;
  let steps = 0;
  while (k >= sent.first && steps++ < 40) {
    const t = tokens[k];
    if (LEGAL_REFS.has(t.lower)) return true;
    if (t.text === ')') {
      // a note in brackets: "(attempt to murder)"
      let j = k - 1;
      while (j >= sent.first && k - j <= 8 && tokens[j].text !== '(') j--;
      if (j < sent.first || tokens[j].text !== '(') return false;
      k = j - 1;
      continue;
    }
    if (t.pos === 'NUM' || t.text === ',' || t.lower === 'and' || t.lower === 'or' || t.text === '/' || /^\d+[a-z]?$/i.test(t.text)) {
      k--;
      continue;
    }
    return false;
  }
  return false;
}

/** conflicts named as the subject of a toll: "the insurgency has killed more than 4,000 people" */
const CONFLICT_NOUNS = new Set(['insurgency', 'conflict', 'war', 'violence', 'fighting', 'unrest', 'crisis', 'uprising', 'rebellion', 'insurrection', 'campaign', 'revolt', 'bloodshed']);

/** Does the sentence open on a conflict as its subject ("The insurgency, which began in 2017, has killed ...") before `end`? */
export function conflictSubject(tokens: Token[], sent: Sentence, end: number): boolean {
  let k = sent.first;
  // (past the land's possessive too: "Sierra Leone's civil war, which began in 1991, has killed an estimated 10,000 people")
  // (not past the conflict's own word, which the tagger may call a name when it opens the sentence: "Protests since early April have left")
  while (k < end && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'PROPN' || tokens[k].lower === 'its' || tokens[k].lower === 'their' || tokens[k].text === "'s" || tokens[k].text === '’s') &&
    !isConflictWord(tokens[k])) k++;
  return k < end && isConflictWord(tokens[k]);
}
/** Is the token a word for a conflict or a wave of unrest ("insurgency", "riots")? */
export function isConflictWord(t: Token): boolean {
  return CONFLICT_NOUNS.has(t.lemma) || WAVES.has(t.lower);
}
/** plural acts of unrest that make a wave ("the riots have left several people dead"; not "airstrikes this month have killed dozens", told as acts) */
const WAVES = new Set(['riots', 'protests', 'clashes', 'disturbances', 'demonstrations', 'hostilities']);

/** Quantities in one sentence, classified by what they count. */
/**
 * "as the city marked the seventh anniversary of the 1980 uprising, in which about 200 people died": a figure in a
 * clause told of a past occasion (a year or an anniversary named before "in which", "when", "during which") counts
 * that occasion's dead, not the sentence's.
 */
function pastOccasion(tokens: Token[], i: number, sent: Sentence): boolean {
  for (let k = i - 1; k > sent.first && i - k <= 12; k--) {
    const w = tokens[k].lower;
    if (tokens[k].text === ';' || (tokens[k].pos === 'VERB' && k < i - 1 && w !== 'died' && w !== 'killed')) return false;
    if (w !== 'which' && w !== 'when') continue;
    const p = w === 'which' ? k - 1 : k;
    if (w === 'which' && !/^(?:in|during)$/.test(tokens[p]?.lower ?? '')) return false;
    for (let j = p - 1; j >= sent.first && p - j <= 7; j--) {
      const t = tokens[j];
      if (t.lower === 'anniversary' || (t.pos === 'NUM' && /^(?:1[89]\d\d|20\d\d)$/.test(t.text))) return true;
      if (t.pos === 'VERB') break;
    }
    return false;
  }
  return false;
}

const FRAME_HEADS = /^(?:dead|killed|injured|wounded|arrested|detained|victims|casualties|people|men|women|hostages|prisoners)$/;
/** vague counts that open a figure without a numeral: "scores of people", "dozens", "hundreds" */
const VAGUE_HEADS = new Set(['scores', 'dozens', 'hundreds', 'thousands', 'tens', 'several', 'many', 'numerous']);
export function findQuantities(doc: Doc, sent: Sentence): QuantityMention[] {
  const tokens = doc.tokens;
  const out: QuantityMention[] = [];
  let hasCrowdContext = false;
  for (let i = sent.first; i < sent.last; i++) {
    if (CROWD_CONTEXT.has(tokens[i].lemma) || CROWD_CONTEXT.has(tokens[i].lower)) {
      // (taking to the streets or part in a protest, not "where hundreds had taken refuge")
      if (tokens[i].lemma === 'take' && !/^(?:to|part)$/.test(tokens[i + 1]?.lower ?? '')) continue;
      // (nor the month: "FENI, March 6: Four protesters and two policemen were killed")
      if (tokens[i].cap && MONTH_WORDS.has(tokens[i].lower) && (tokens[i + 1]?.pos === 'NUM' || tokens[i - 1]?.pos === 'NUM' || /^(?:in|of|since|until|last|next|early|late|mid|this)$/.test(tokens[i - 1]?.lower ?? ''))) continue;
      hasCrowdContext = true;
      break;
    }
  }
  // ("Of the five dead, three were ...": a total named as the frame of the sentence; the comma closing it)
  let frameAt = -1;
  if (tokens[sent.first]?.lower === 'of' && tokens[sent.first + 1]?.lower === 'the') {
    const n = parseNumber(tokens, sent.first + 2, sent.last);
    if (n && FRAME_HEADS.test(tokens[n.next]?.lower ?? '') && tokens[n.next + 1]?.text === ',') frameAt = n.next + 1;
  }
  for (let i = sent.first; i < sent.last; i++) {
    const num = parseNumber(tokens, i, sent.last);
    if (!num) continue;
    // figures that count no people: "Imran alias Guddu (24)", an age in brackets after a name; "no one was arrested",
    // "not one shot was fired", none; "under IPC sections 147, 307 and 436", provisions of law;
    // "pay Rs 2 lakh to the families", "$5 million in aid", money; dates and years
    // ("Two men, aged 34 and 52, were arrested": ages after "aged", each of a list)
    let ag = i - 1;
    while (ag > sent.first && (tokens[ag].lower === 'and' || tokens[ag].text === ',' || tokens[ag].pos === 'NUM') && i - ag <= 6) ag--;
    // ("Richard A. Dunn, 41, of Saegertown", "Thomas Kessler, 29;": an age set off by commas after a name)
    const after = tokens[num.next];
    const commaAge = i - 2 >= sent.first && tokens[i - 1].text === ',' && tokens[i - 2].cap && tokens[i - 2].pos === 'PROPN' && /^\d{1,3}$/.test(tokens[i].text) &&
      (!after || after.sent !== tokens[i].sent || after.text === ',' || after.text === ';' || after.text === '.');
    // ("young men between 16 and 23": a range with no people after it is their ages)
    const range = (i - 1 >= sent.first && tokens[i - 1].lower === 'between' && tokens[num.next]?.lower === 'and' && tokens[num.next + 1]?.pos === 'NUM' &&
      !(tokens[num.next + 2] && tokens[num.next + 2].sent === tokens[i].sent && (tokens[num.next + 2].pos === 'NOUN' || tokens[num.next + 2].pos === 'ADJ'))) ||
      (i - 3 >= sent.first && tokens[i - 1].lower === 'and' && tokens[i - 2].pos === 'NUM' && tokens[i - 3].lower === 'between' && !(after && after.sent === tokens[i].sent && (after.pos === 'NOUN' || after.pos === 'ADJ')));
    const age = commaAge || range || (i > sent.first && tokens[i - 1].text === '(' && tokens[num.next]?.text === ')' && (tokens[i - 2]?.pos === 'PROPN' || tokens[i - 2]?.cap)) ||
      (ag >= sent.first && /^(?:aged|ages)$/.test(tokens[ag].lower));
    // ("not one", "no one"; "accounts of how many people had died", "as many as": a question or a comparison, no count)
    const none = (tokens[i].lower === 'one' && i > sent.first && (tokens[i - 1].lower === 'no' || tokens[i - 1].lower === 'not')) ||
      ((tokens[i].lower === 'many' || tokens[i].lower === 'few') && i > sent.first && (tokens[i - 1].lower === 'how' || tokens[i - 1].lower === 'so' || tokens[i - 1].lower === 'too' || (tokens[i - 1].lower === 'as' && tokens[num.next]?.lower === 'as')));
    // ("the rally, the largest of several since December": a count of events a superlative picks from, no people)
    const ofMany = i - 2 >= sent.first && tokens[i - 1].lower === 'of' && /(?:est|^first|^last|^latest)$/.test(tokens[i - 2].lower) &&
      !(tokens[num.next] && tokens[num.next].sent === tokens[i].sent && /^(?:NOUN|ADJ|PROPN|VERB)$/.test(tokens[num.next].pos) && tokens[num.next].lower !== 'since');
    // ("near the government television station, Channel 4, which rebels seized": a numeral after a name is part of the name)
    const named = /^\d+$/.test(tokens[i].text) && i > sent.first && tokens[i - 1].pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(tokens[i - 1].text) &&
      !(after && after.sent === tokens[i].sent && (after.pos === 'NOUN' || after.pos === 'ADJ'));
    if (age || none || ofMany || named || pastOccasion(tokens, i, sent) || legalReference(tokens, i, sent) || isDateOrYear(tokens, i, num.next, sent) || (i > sent.first && CURRENCY.has(tokens[i - 1].lower))) {
      i = num.next - 1;
      continue;
    }
    let next = num.next;
    if (next < sent.last && tokens[next].lower === 'of') next++; // "dozens of people"
    let kind: QuantityKind | null = num.kind ?? null;
    let unitBlocked = false;
    // "killed 12 cattle", "in Tehran and 11 other cities": not people
    let unit = next;
    // ("a 17-year-old student": an age, past the hyphen)
    // ("two UH-60 Black Hawk helicopters": past a model's name and number)
    while (unit < sent.last - 1 && unit - next < 6 && (tokens[unit].pos === 'ADJ' || tokens[unit].lower === 'other' || tokens[unit].lower === 'more' || tokens[unit].text === '-' ||
      ((tokens[unit].pos === 'PROPN' || (tokens[unit].pos === 'NUM' && tokens[unit - 1]?.text === '-')) && tokens.slice(unit, Math.min(sent.last, next + 6)).some((t) => NOT_PEOPLE.has(t.lower) && t.pos === 'NOUN')))) unit++;
    // ("six leftist opposition parties": past a noun modifying the head)
    if (unit + 1 < sent.last && tokens[unit].pos === 'NOUN' && !tokens[unit].cap && NOT_PEOPLE.has(tokens[unit + 1].lower) && tokens[unit + 1].pos === 'NOUN') unit++;
    if (unit < sent.last && NOT_PEOPLE.has(tokens[unit].lower)) unitBlocked = true;
    // a verb right before the figure governs it: "killing two men and injuring 14", "arrested at least 25"
    for (let j = i - 1; !unitBlocked && j >= Math.max(sent.first, i - 4); j--) {
      const tj = tokens[j];
      // ("shot dead two policemen", "gunned down three")
      const k = tj.pos === 'VERB' || /(?:ing|ed)$/.test(tj.lower) ? kindAt(tokens, j) :
        (tj.lower === 'dead' || tj.lower === 'down') && j > sent.first && /^(?:shot|shoot|shoots|shooting|gunned|gun|guns|gunning|hacked|stabbed|beaten|cut)$/.test(tokens[j - 1].lower) ? 'dead' : null;
      if (k) {
        kind = k;
        break;
      }
      // (not past a subordinator the tagger calls an adverb: "Four people were killed when thousands protested")
      if (!(tj.pos === 'ADV' || tj.pos === 'ADP' || tj.pos === 'DET' || tj.lower === 'least' || tj.lower === 'than') || STOP.has(tj.lower) || tj.lower === 'as') break;
    }
    // look right: "12 people were killed", "eight dead", "25 arrested"
    let reach = next + 7;
    for (let j = next; !kind && j < Math.min(sent.last, reach); j++) {
      const tj = tokens[j];
      if (j === next && NOT_PEOPLE.has(tj.lower)) {
        unitBlocked = true;
        break;
      }
      // ("Three people, including a student, were killed": past the part told between commas)
      // ("nine civilians, four of them children, were killed": past the share told between commas too)
      const share = tokens[j + 2]?.lower === 'of' && /^(?:them|whom)$/.test(tokens[j + 3]?.lower ?? '');
      if (tj.text === ',' && (SUBSET_BEFORE.has(tokens[j + 1]?.lower ?? '') || share)) {
        let c = j + 2;
        while (c < sent.last && c - j < 16 && tokens[c].text !== ',') c++;
        // (a list of parts: "among them twenty-two rebels, eleven soldiers and eight civilians, were killed")
        while (c + 1 < sent.last && tokens[c].text === ',' && tokens[c + 1].pos === 'NUM') {
          let d = c + 1;
          while (d < sent.last && d - c < 10 && tokens[d].text !== ',') d++;
          if (d >= sent.last || tokens[d].text !== ',') break;
          c = d;
        }
        if (c < sent.last && tokens[c].text === ',') {
          reach += c - j;
          j = c;
          continue;
        }
      }
      // ("Two young men, Jack Bryan Pintado, 22, and Jordan Inti Sotelo, 24, were killed": past their names and ages)
      if (tj.text === ',' && tokens[j + 1]?.pos === 'PROPN' && tokens[j + 1].cap) {
        let c = j + 1;
        let names = 0;
        while (c < sent.last && c - j < 30) {
          if (tokens[c].pos === 'PROPN' && tokens[c].cap) {
            names++;
            c++;
          } else if (tokens[c].text === ',' && tokens[c + 1]?.pos === 'NUM' && tokens[c + 2]?.text === ',') c += 2;
          else if (tokens[c].text === ',' && tokens[c + 1]?.lower === 'and' && tokens[c + 2]?.pos === 'PROPN') c += 2;
          else if (tokens[c].lower === 'and' && tokens[c + 1]?.pos === 'PROPN') c++;
          else break;
        }
        if (names > 0 && c < sent.last && tokens[c].text === ',' && c > j + 1) {
          reach += c - j;
          j = c;
          continue;
        }
      }
      // ("The two policemen, constables posted at the station, were beaten to death": past who they were, set off by commas before
      // the verb; no auxiliary inside it)
      // (and past where they are from: "Two comuneros from Huyro, a father and his eighteen-year-old son, were killed")
      const fromWhere = j - next <= 5 && /^(?:from|of|in)$/.test(tokens[next + 1]?.lower ?? '') && tokens.slice(next + 2, j).every((t) => t.pos === 'PROPN' || t.cap || t.pos === 'DET');
      if (tj.text === ',' && (j - next <= 2 || fromWhere) && !/^(?:who|whom|whose|which|and|or)$/.test(tokens[j + 1]?.lower ?? '')) {
        let c = j + 1;
        while (c < sent.last && c - j <= 12 && tokens[c].text !== ',' && tokens[c].pos !== 'AUX' && tokens[c].text !== ';') c++;
        if (c < sent.last && c > j + 1 && tokens[c].text === ',' && (tokens[c + 1]?.pos === 'AUX' || (tokens[c + 1]?.pos === 'VERB' && pastLike(tokens[c + 1])))) {
          reach += c - j + 1;
          j = c;
          continue;
        }
      }
      // ("Three protesters, who had gathered at the square since dawn, were killed": past a relative clause set off by commas)
      if (tj.text === ',' && /^(?:who|whom|whose|which)$/.test(tokens[j + 1]?.lower ?? '')) {
        // (to the comma before the main verb, past commas of its own: "whom the Popular Assembly of the Peoples of Oaxaca, or
        // APPO, identified as a 39-year-old nurse, was killed")
        let c = -1;
        let verbAfter = -1;
        for (let d = j + 2; d < sent.last && d - j < 30 && tokens[d].text !== ';'; d++) {
          if (tokens[d].text !== ',') continue;
          if (c < 0) c = d;
          if (tokens[d + 1]?.pos === 'AUX') {
            c = d;
            verbAfter = -1;
            break;
          }
          if (verbAfter < 0 && tokens[d + 1]?.pos === 'VERB') verbAfter = d;
        }
        if (verbAfter > 0) c = verbAfter;
        if (c > 0) {
          reach += c - j;
          j = c;
          continue;
        }
      }
      // ("Three men, aged 19, 23 and 41, were arrested": past their ages)
      if (tj.text === ',' && /^(?:aged|ages)$/.test(tokens[j + 1]?.lower ?? '')) {
        let c = j + 2;
        while (c < sent.last && c - j < 16 && (tokens[c].pos === 'NUM' || tokens[c].lower === 'and' || (tokens[c].text === ',' && tokens[c + 1]?.pos === 'NUM'))) c++;
        if (c < sent.last && tokens[c].text === ',') {
          reach += c - j;
          j = c;
          continue;
        }
      }
      if (STOP.has(tj.lower) || (tj.pos === 'NUM' && j > next)) break;
      // ("opened fire on thousands of supporters on Thursday, killing at least five people": a participle after a comma that
      // counts its own people counts none of these)
      if (tj.text === ',' && tokens[j + 1]?.lower.endsWith('ing')) {
        let c = j + 2;
        // (or a vague one: ", killing scores of people", "dozens")
        while (c < sent.last && c - j <= 5 && tokens[c].pos !== 'NUM' && !VAGUE_HEADS.has(tokens[c].lower) && (tokens[c].pos === 'ADV' || tokens[c].pos === 'ADP' || tokens[c].pos === 'DET' || tokens[c].pos === 'ADJ' || /^(?:least|than|more|some|about|nearly|almost)$/.test(tokens[c].lower))) c++;
        if (c < sent.last && (tokens[c].pos === 'NUM' || (VAGUE_HEADS.has(tokens[c].lower) && !!parseNumber(tokens, c, sent.last)))) break;
      }
      // ("four students from Jakarta's private Trisakti University were shot dead": past where the people are from)
      if (j === next + 1 && (tj.lower === 'from' || tj.lower === 'at') && tokens[j + 1]?.pos !== 'NUM') reach = Math.max(reach, next + 13);
      // "two men and injuring ...": a coordinated verb starts the next figure's clause
      // ("shot dead two policemen and wounded three civilians": a past form too, after the people counted)
      // (not a second participle of the same passive: "two policemen were hacked and beaten to death")
      const passiveRun = j - 2 >= next && /^(?:was|were|been)$/.test(tokens[j - 2].lower) && tokens[j - 1].pos === 'VERB' && pastLike(tokens[j - 1]) && !tokens[j + 1].lower.endsWith('ing');
      if ((tj.lower === 'and' || tj.lower === 'or') && tokens[j + 1]?.pos === 'VERB' && !passiveRun && (tokens[j + 1].lower.endsWith('ing') || (j > next && tokens[j - 1].pos !== 'AUX' && pastLike(tokens[j + 1])))) break;
      // ("supporters of the jailed candidate", "relatives of a detained activist": a word describing someone else)
      if (j > next && tokens[j - 1].pos === 'DET' && (tokens[j + 1]?.pos === 'NOUN' || tokens[j + 1]?.pos === 'PROPN')) continue;
      // ("five people lost their lives", "two protesters succumbed to their injuries")
      if (deadPhraseAt(tokens, j, sent.last)) {
        kind = 'dead';
        break;
      }
      // ("31 others were treated at Kumasi Central Hospital": people treated in a hospital were hurt)
      if (treatedInHospital(tokens, j, sent.last)) {
        kind = 'injured';
        break;
      }
      const k = kindAt(tokens, j);
      // ("Several hundred relatives of the dead and disappeared held a silent march": those counted are kin of the dead, not the dead)
      if (k && j - 3 >= next && tokens[j - 1].lower === 'the' && tokens[j - 2].lower === 'of' && KIN.has(tokens[j - 3].lower)) break;
      // ("Thousands of residents rallied against the killing of a local man": a crowd's act, then the act it is against,
      // a noun after its article, counts no dead)
      if (k && j > next && !PEOPLE_AS_NOUNS.has(tokens[j].lower) && (tokens[j - 1].lower === 'the' || tokens[j - 1].lower === 'a' || tokens[j - 1].lower === 'an' || POSSESSIVE_DETS.has(tokens[j - 1].lower))) break;
      if (k) {
        kind = k;
        break;
      }
    }
    if (unitBlocked) {
      i = num.next - 1;
      continue;
    }
    // look left: "killed 12", "killing at least 12", "death toll rose to 30", "arrested 25"
    if (!kind) {
      // (not past a clause of the figure's own: "were trampled to death as thousands tried to escape", "died when hundreds fled")
      // (a verb right after it that is no participle of what befell the counted: "as thousands tried", "as hundreds fled")
      const after = num.next < sent.last ? tokens[num.next] : null;
      const ownClause = !!after && ((after.pos === 'VERB' && !/(?:ed|en)$/.test(after.lower)) || /^(?:tried|fled|ran|rushed|gathered|sought|scrambled|poured|surged)$/.test(after.lower));
      for (let j = i - 1; j >= Math.max(sent.first, i - 5); j--) {
        const tj = tokens[j];
        if (STOP.has(tj.lower) || tj.text === ',' || tj.lower === 'and') break;
        if (ownClause && /^(?:as|when|while|after|before|because)$/.test(tj.lower)) break;
        // ("Arrested Over Disappearance of 43 Students": a figure after a noun's "of" counts what that noun tells, or nothing)
        // (past a day told between: "the deaths Monday of four students")
        // (an act's noun, not a group counted: "a family of five" are the dead "shot dead" before them)
        if (tj.lower === 'of' && j - 1 >= sent.first && (tokens[j - 1].pos === 'NOUN' || tokens[j - 1].pos === 'PROPN') && ACT_NOUN_END.test(tokens[j - 1].lower)) {
          kind = kindAt(tokens, j - 1);
          break;
        }
        const k = kindAt(tokens, j);
        if (k) {
          kind = k;
          break;
        }
      }
    }
    // ("Five people were killed, three of them children": part of a figure told before)
    // ("many of the dead were civilians": part of a toll)
    const ofTheDead = tokens[num.next]?.lower === 'of' && tokens[num.next + 1]?.lower === 'the' && /^(dead|injured|wounded|victims|casualties|killed|arrested|detained)$/.test(tokens[num.next + 2]?.lower ?? '');
    const ofThem = ofTheDead || (tokens[num.next]?.lower === 'of' && /^(whom|them|those|these|which)$/.test(tokens[num.next + 1]?.lower ?? ''));
    // ("put the toll at twenty-three, among them a pregnant woman and four children": anywhere in the part told after "among them")
    let inPart = false;
    for (let j = i - 1; j > sent.first && i - j <= 10 && !inPart; j--) {
      if (tokens[j].text === ',' || tokens[j].text === ';') {
        inPart = tokens[j].text === ',' && SUBSET_BEFORE.has(tokens[j + 1]?.lower ?? '');
        break;
      }
      if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') break;
    }
    // ("raising the death toll in this northern port city to eight": a running toll told past where it is counted)
    if (!kind && runningTotal(tokens, i, sent)) {
      const to = toBefore(tokens, i, sent);
      for (let k = to - 1; k > sent.first && to - k <= 10; k--) {
        if (tokens[k].text === ',' || tokens[k].text === ';') break;
        if (tokens[k].lemma === 'toll' && tokens[k - 1].lower === 'death') {
          kind = 'dead';
          break;
        }
      }
    }
    const tollRose = !kind && tollRoseTo(tokens, i, sent);
    if (tollRose) kind = 'dead';
    // ("reported 19 wounded but later raised the figure to 31": a figure revised replaces the one told before it)
    const revision = kind ? null : revisedFigure(tokens, i, sent);
    const revised = revision ? [...out].reverse().find((q) => q.kind && q.kind !== 'crowd' && !q.subset) : undefined;
    if (revised) {
      kind = revised.kind;
      revised.subset = true;
    } else if (revision === 'toll') kind = 'dead';
    // ("at least 45 people were injured, several with gunshot wounds", "12 were wounded, three critically": a count told after a
    // comma by how its people were hurt is a part of the count before it)
    const hurtHow = tokens[i - 1]?.text === ',' && /^(?:with|in|critically|seriously|severely|gravely)$/.test(tokens[num.next]?.lower ?? '') &&
      out.some((q) => q.kind && q.kind !== 'crowd' && q.start >= tokens[sent.first].start && q.end <= tokens[i].start);
    // ("Nine persons were arrested, seven of them on charges of curfew violation and two on charges of ...": the parts of a breakdown
    // after "of them" are all parts)
    const prevQ = out[out.length - 1];
    const breakdown = !!prevQ && prevQ.subset && prevQ.first >= sent.first && tokens[prevQ.last]?.lower === 'of' && /^(?:them|whom)$/.test(tokens[prevQ.last + 1]?.lower ?? '') &&
      /^(?:and|,)$/.test(tokens[i - 1]?.lower ?? '') && !tokens.slice(prevQ.last, i).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.text === ';') &&
      !tokens.slice(num.next, num.next + 3).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
    // ("Three farmers from Paucartambo, two brothers and their cousin, were killed": a count inside an aside on who the people just
    // counted were is a part of them)
    const apposed = !!prevQ && prevQ.first >= sent.first && tokens[i - 1]?.text === ',' && i - prevQ.last <= 6 &&
      tokens.slice(prevQ.last, i - 1).every((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || /^(?:from|of|in)$/.test(t.lower)) &&
      !tokens.slice(num.next, Math.min(sent.last, num.next + 3)).some((t) => t.pos === 'VERB' || t.pos === 'AUX') && (() => {
        // (closed by a comma before the verb: not a list, "Five soldiers, two policemen and a civilian were killed")
        let c = num.next;
        while (c < sent.last && c - num.next <= 8 && tokens[c].text !== ',' && tokens[c].pos !== 'VERB' && tokens[c].pos !== 'AUX') c++;
        return tokens[c]?.text === ',' && (tokens[c + 1]?.pos === 'AUX' || tokens[c + 1]?.pos === 'VERB');
      })();
    // ("Of the five dead, three were young men and two were gendarmes": after a total named as the frame of the sentence, the counts
    // are its parts)
    const framed = frameAt >= 0 && i > frameAt;
    // ("Between 200 and 300 people were arrested": the top of a range is no more people; the range's floor is the figure, as ACLED
    // takes the lower)
    const rangeTop = i - 3 >= sent.first && tokens[i - 1].lower === 'and' && tokens[i - 2].pos === 'NUM' && tokens[i - 3].lower === 'between';
    // ("Around 200 people, including a number of opposition deputies and several journalists, are injured": a later item of the list
    // "including" opens is a part too)
    let listed = false;
    if (i > sent.first && /^(?:and|,)$/.test(tokens[i - 1].lower)) {
      for (let k = i - 2; k > sent.first && i - k <= 10; k--) {
        const t = tokens[k];
        if (SUBSET_BEFORE.has(t.lower)) {
          listed = tokens[k - 1]?.text === ',';
          break;
        }
        if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ';') break;
      }
    }
    const subset = i > sent.first && (SUBSET_BEFORE.has(tokens[i - 1].lower) || listed || ofThem || inPart || hurtHow || breakdown || apposed || rangeTop || framed || (i > sent.first + 1 && /^(whom|them)$/.test(tokens[i + 1]?.lower ?? '') ) || (!tollRose && runningTotal(tokens, i, sent)));
    // ("the conflict has killed at least 500,000 people": a war's toll told with the perfect)
    let perfectKill = false;
    // ("The riots have left several people dead": a toll the perfect leaves)
    for (let j = i - 1; j >= Math.max(sent.first + 1, i - 4) && !perfectKill; j--) perfectKill = (kindOf(tokens[j]) === 'dead' || tokens[j].lower === 'left') && /^(?:have|has|had)$/.test(tokens[j - 1].lower);
    const overTime = tollOverTime(tokens, num.next, sent) || (perfectKill && conflictSubject(tokens, sent, i)) || mournedFigure(tokens, i, sent.first);
    // "four among the protesters and four among law enforcement officers": coordination inherits
    // (not a figure with its own verb right after it: "141 insurgents had been killed and 197 captured")
    // (and a word the tagger misreads as a noun, that takes an object: "and some put/NOUN the figure far higher")
    const ownVerb = num.next < sent.last && (tokens[num.next].pos === 'VERB' || /ed$/.test(tokens[num.next].lower) ||
      (VAGUE.has(tokens[i].lower) && num.next === i + 1 && tokens[num.next + 1]?.pos === 'DET' && tokens[num.next].pos !== 'ADP'));
    // (not one coordinated with a figure after it that has its own verb: "nine people were killed and 11 protesters and 31
    // soldiers were injured" — the 11 are injured, as the 31)
    let another = false;
    for (let j = num.next; j < sent.last && j - num.next <= 5 && !another; j++) {
      if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX' || tokens[j].pos === 'PUNCT') break;
      another = tokens[j].lower === 'and' && tokens[j + 1]?.pos === 'NUM';
    }
    if (!kind && !ownVerb && !another && out.length > 0 && i > sent.first && (tokens[i - 1].lower === 'and' || tokens[i - 1].text === ',')) {
      const prev = out[out.length - 1];
      // (a list, not across a clause of its own: not "four others injured when gunmen invaded Ancha and Kpachudu, two neighbouring
      // villages")
      if (prev.kind && prev.kind !== 'crowd' && !tokens.slice(prev.last, i).some((t) => /^(?:when|while|after|as|because|before|since|where|who|which)$/.test(t.lower))) kind = prev.kind;
    }
    // (not people charged or sentenced: "240 people had been charged under Article 112 since the protests began")
    // ("several hundred young men marched": the people past an adjective or two)
    let who = next;
    while (who < sent.last && who - next < 2 && tokens[who].pos === 'ADJ' && !CROWD.has(tokens[who].lower)) who++;
    // (not one coordinated with another count, whose kind it shares: "At least three protesters and two policemen were killed")
    const gathered = GATHERED.has(tokens[who]?.lower ?? '') && !tokens.slice(who + 1, Math.min(sent.last, who + 4)).some((t, k, r) => (t.lower === 'and' || t.text === ',') && r[k + 1]?.pos === 'NUM');
    // ("thousands of Panamanians had gathered": a people named by its nation, in the plural, is a crowd too)
    const crowdWord = who < sent.last && (CROWD.has(tokens[who].lower) || (tokens[who].lower.endsWith('s') && tokens[who - 1]?.lower === 'of' && isDemonym(tokens[who].lower)));
    if (!kind && (hasCrowdContext || gathered) && crowdWord && !tokens.slice(who + 1, Math.min(sent.last, who + 5)).some((t) => NOT_CROWD_FATES.has(t.lower)) &&
      !SPEAKING.has(tokens[who + 1]?.lower ?? '') &&
      !populationFigure(tokens, i, sent.first)) kind = 'crowd';
    // ("a crowd of several hundred gathered", "a crowd estimated by residents at several hundred": a crowd's size told after it, with
    // no noun of its own)
    if (!kind && !(next < sent.last && tokens[next].pos === 'NOUN')) {
      let k = i - 1;
      while (k > sent.first && i - k <= 3 && HEDGES.has(tokens[k].lower) && tokens[k].lower !== 'at') k--;
      let head = -1;
      if (tokens[k]?.lower === 'of') head = k - 1;
      else if (tokens[k]?.lower === 'at') {
        let j = k - 1;
        while (j > sent.first && k - j <= 5 && !/^(?:estimated|put|numbered|numbering)$/.test(tokens[j].lower)) j--;
        if (/^(?:estimated|numbered|numbering)$/.test(tokens[j]?.lower ?? '')) head = j - 1;
      } else if (/^(?:numbering|of)$/.test(tokens[k]?.lower ?? '')) head = k - 1;
      if (head >= sent.first && /^(?:crowd|crowds|gathering|procession|march|rally|mob|throng)$/.test(tokens[head].lower)) kind = 'crowd';
    }
    if (!kind && hasCrowdContext && num.value >= 50 && next < sent.last && tokens[next].pos === 'NOUN' && !NOT_PEOPLE.has(tokens[next].lower)) kind = null;
    const last = num.next;
    out.push({
      value: num.value,
      approximate: num.approximate || (i > sent.first && /^(about|around|some|nearly|approximately|roughly|almost|over|more|up|between)$/.test(tokens[i - 1].lower)),
      start: tokens[i].start,
      end: tokens[last - 1].end,
      text: doc.text.slice(tokens[i].start, tokens[last - 1].end),
      kind,
      first: i,
      last,
      subset: (subset && !revision) || overTime,
      // (a part of a toll not given here stands for no toll: "many of the dead were civilians")
      ...(overTime || ofTheDead ? { overTime: true } : {}),
    });
    i = last - 1;
  }
  // "22 police officers and nine protesters were killed": an earlier figure coordinated with a
  // typed one shares its kind
  for (let k = out.length - 2; k >= 0; k--) {
    const a = out[k];
    const b = out[k + 1];
    if (a.kind || !b.kind || b.kind === 'crowd') continue;
    let and = false;
    let verb = false;
    let of = false;
    for (let j = a.last; j < b.first; j++) {
      // (or a comma in a list that "and" closes: "28 civilians, two soldiers and a policeman were killed")
      if (tokens[j].lower === 'and' || (tokens[j].text === ',' && k + 2 < out.length && out[k + 2].kind === b.kind && tokens.slice(b.last, out[k + 2].first).some((t) => t.lower === 'and'))) and = true;
      if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') verb = true;
      if (tokens[j].lower === 'of' && j === a.last + 1) of = true;
    }
    // (past the body the first are of: "Two members of the Rhodesian African Rifles and one white soldier were killed")
    if (and && !verb && b.first - a.last <= (of ? 9 : 5)) a.kind = b.kind;
  }
  // ("More than 500 people in Lebanon and 51 Israelis have been killed since then": figures coordinated before a toll summed over time
  // are that sum too)
  for (let k = out.length - 2; k >= 0; k--) {
    const a = out[k];
    const b = out[k + 1];
    if (a.overTime || !b.overTime || a.kind !== b.kind || b.first - a.last > 6) continue;
    const between = tokens.slice(a.last, b.first);
    if (between.some((t) => t.lower === 'and') && !between.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.text === ';')) {
      a.overTime = true;
      a.subset = true;
    }
  }
  // "At least 57 people, including several policemen, were killed": the figure a typed subset is
  // part of counts the same thing
  for (let k = out.length - 2; k >= 0; k--) {
    const a = out[k];
    const b = out[k + 1];
    if (a.kind || a.subset || !b.kind || !b.subset || b.kind === 'crowd') continue;
    let verb = false;
    for (let j = a.last; j < b.first; j++) if ((tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') && !SUBSET_BEFORE.has(tokens[j].lower)) verb = true;
    // (a parenthetical part, closed by a comma: "57 people, including several policemen, were
    // killed"; not a part with its own verb: "the toll is 233, including 30 killed by police")
    let e = b.last;
    while (e < tokens.length && (tokens[e].pos === 'NOUN' || tokens[e].pos === 'ADJ' || tokens[e].pos === 'PROPN')) e++;
    if (!verb && b.first - a.last <= 4 && tokens[e]?.text === ',') a.kind = b.kind;
  }
  // "arrested six persons, four from Khaira and two from Sonbarsa": figures after a comma that add up to
  // the one before, with no verb between, break it down; they are parts of it, not more of them
  for (let k = 0; k + 2 < out.length; k++) {
    const a = out[k];
    let e = a.last;
    while (e < tokens.length && tokens[e].sent === tokens[a.first].sent && (tokens[e].pos === 'NOUN' || tokens[e].pos === 'ADJ')) e++;
    if (tokens[e]?.text !== ',') continue;
    let sum = 0;
    let n = 0;
    for (let j = k + 1; j < out.length && sum < a.value; j++) {
      const b = out[j];
      // (from the end of the figure before: the comma, or the last part)
      const from = n ? out[j - 1].last : e;
      let verb = false;
      for (let x = from; x < b.first; x++) if (tokens[x].pos === 'VERB' || tokens[x].pos === 'AUX' || tokens[x].text === ';') verb = true;
      if (verb || b.first - from > 6) break;
      sum += b.value;
      n++;
    }
    if (n >= 2 && sum === a.value) for (let x = k + 1; x < k + 1 + n; x++) out[x].subset = true;
  }
  return out;
}

/** "... was killed by a roadside bomb on Friday and four Iraqi soldiers died in clashes on Saturday": a figure
 * with its own verb after it opens a clause of its own (another toll), not a part of the one before */
function clauseOfItsOwn(doc: Doc, q: QuantityMention, prev: QuantityMention): boolean {
  const tk = doc.tokens;
  const sent = tk[q.first].sent;
  // (both told with one verb: "Five soldiers and three civilians were killed")
  let verbBefore = false;
  for (let k = prev.last; k < q.first; k++) if (tk[k].pos === 'AUX' || (tk[k].pos === 'VERB' && !tk[k].lower.endsWith('ing'))) verbBefore = true;
  if (!verbBefore) return false;
  for (let k = q.last; k < tk.length && tk[k].sent === sent && k - q.last < 6; k++) {
    const t = tk[k];
    if (t.text === ',' || t.text === ';' || t.lower === 'and') return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing'))) return true;
  }
  return false;
}

const COORDINATORS = new Set(['and', 'plus', ',', 'another', 'with']);

/**
 * Sentence totals per kind. Coordinated figures of one kind ("four ... and four") add up,
 * subsets ("including 4 police") never do; otherwise the first figure stands (ACLED takes the
 * most conservative report).
 */
/** words that hedge a figure before it ("and at least twelve rebels", "and about 30 soldiers") */
const HEDGES = new Set(['at', 'least', 'about', 'some', 'nearly', 'more', 'than', 'around', 'over', 'almost', 'roughly', 'approximately', 'an', 'estimated']);
/** Where the hedge before the figure opening at `first` begins ("at least" in "and at least twelve"), or `first`. */
function hedgeStart(doc: Doc, first: number): number {
  let k = first;
  while (k > 0 && first - k < 3 && HEDGES.has(doc.tokens[k - 1].lower) && doc.tokens[k - 1].sent === doc.tokens[first].sent) k--;
  return k;
}

export function totals(doc: Doc, qs: QuantityMention[]): Partial<Record<QuantityKind, Quantity>> {
  const res: Partial<Record<QuantityKind, Quantity>> = {};
  let prevKind: QuantityKind | null = null;
  let prevQ: QuantityMention | null = null;
  const firstOf = new Map<QuantityKind, QuantityMention>();
  for (const q of qs) {
    if (!q.kind || q.subset) {
      prevKind = q.kind;
      prevQ = q;
      continue;
    }
    const cur = res[q.kind];
    if (!cur) {
      res[q.kind] = { value: q.value, text: q.text, start: q.start, end: q.end, approximate: q.approximate };
      firstOf.set(q.kind, q);
    }
    // (coordinated: right after "and", "plus" or a comma; not a figure restated in another clause,
    // "put the death toll at 31, saying its officers had recovered 31 corpses")
    // (not a figure set off by a comma with no people of its own, which tells who some of them were: "Two men, one from each group,
    // were arrested")
    else if (prevKind === q.kind && q.kind !== 'crowd' && COORDINATORS.has(doc.tokens[hedgeStart(doc, q.first) - 1]?.lower ?? '') && !(prevQ && clauseOfItsOwn(doc, q, prevQ)) &&
      !(doc.tokens[q.first - 1]?.text === ',' && doc.tokens[q.last]?.pos === 'ADP' && q.value < cur.value)) {
      // ("four ... among the protesters and four among law enforcement officers": the figures added are its parts)
      if (!cur.parts) cur.parts = [part(doc, firstOf.get(q.kind)!)];
      cur.parts.push(part(doc, q));
      cur.value += q.value;
      cur.end = q.end;
      cur.text = doc.text.slice(cur.start, cur.end);
      cur.approximate = cur.approximate || q.approximate;
    }
    prevKind = q.kind;
    prevQ = q;
  }
  // (the kind of the list a part is in: "among them twenty-two rebels, eleven soldiers and eight civilians")
  let listOf: Quantity | null = null;
  for (const q of qs) {
    const before = doc.tokens[q.first - 1]?.lower ?? '';
    // ("at least twenty-five people, nine of them police officers, were killed": a part told with "of them" and who they were)
    const ofThem = doc.tokens[q.last]?.lower === 'of' && /^(?:them|whom)$/.test(doc.tokens[q.last + 1]?.lower ?? '') && doc.tokens[q.first - 1]?.text === ',';
    const opens = SUBSET_BEFORE.has(before) || (/^(?:them|whom)$/.test(before) && SUBSET_BEFORE.has(doc.tokens[q.first - 2]?.lower ?? '')) || ofThem;
    const inList: boolean = !!listOf && q.subset && (before === ',' || before === 'and') && q.start > listOf.end;
    if (!q.subset || q.overTime || (!q.kind && !inList && !opens)) {
      listOf = null;
      continue;
    }
    const kind: QuantityKind | null = q.kind ?? (opens || inList ? (Object.keys(res) as QuantityKind[]).find((k) => k !== 'crowd' && res[k]!.end < q.start) ?? null : null);
    if (!kind) continue;
    const cur: Quantity | undefined = res[kind];
    // "the toll is 233, including 30 killed in police firing": with no total of its kind, the part is the figure
    if (!cur) res[kind] = { value: q.value, text: q.text, start: q.start, end: q.end, approximate: q.approximate };
    // "57 people, including several policemen, were killed": a part told of the total, by who they were
    else if (q.value <= cur.value && q.start > cur.end && (opens || inList)) {
      const p = part(doc, q);
      if (p.who && (cur.parts?.reduce((n: number, x: QuantityPart) => n + x.value, 0) ?? 0) + p.value <= cur.value) (cur.parts ??= []).push(p);
      listOf = cur;
      continue;
    }
    listOf = null;
  }
  return res;
}

/** words for people that say nothing of who they were ("four people", "two others") */
const GENERIC_PEOPLE = new Set(['people', 'persons', 'person', 'others', 'individuals', 'of']);

/**
 * A figure as a part of a total, with the group it counts: the noun phrase right after it ("22 police
 * officers"), or the group it is told to be among ("four people reported dead among the protesters",
 * "four among law enforcement officers"). The sector is filled in by the event coder, which knows the actors.
 */
function part(doc: Doc, q: QuantityMention): QuantityPart {
  const tk = doc.tokens;
  const sent = tk[q.first].sent;
  const inSent = (j: number) => j < tk.length && tk[j].sent === sent;
  const nounRun = (j: number): TextSpan | null => {
    let e = j;
    while (inSent(e) && (tk[e].pos === 'NOUN' || tk[e].pos === 'ADJ' || tk[e].pos === 'PROPN') && e - j < 5) e++;
    // (a phrase ends on its noun: not "protesters dead")
    while (e > j && tk[e - 1].pos === 'ADJ') e--;
    return e > j ? { start: tk[j].start, end: tk[e - 1].end, text: doc.text.slice(tk[j].start, tk[e - 1].end) } : null;
  };
  let who = inSent(q.last) && tk[q.last].pos !== 'ADJ' && !GENERIC_PEOPLE.has(tk[q.last].lower) ? nounRun(q.last) : null;
  // ("nine of them police officers")
  if (!who && inSent(q.last + 2) && tk[q.last].lower === 'of' && /^(?:them|whom)$/.test(tk[q.last + 1].lower)) who = nounRun(q.last + 2);
  if (!who) {
    for (let j = q.last; inSent(j) && j - q.last < 6; j++) {
      const w = tk[j].lower;
      if (w === ',' || w === ';' || w === 'and' || w === 'but' || w === '.') break;
      if (w === 'among') {
        const k = tk[j + 1] && /^(?:the|them|those)$/.test(tk[j + 1].lower) ? j + 2 : j + 1;
        who = inSent(k) ? nounRun(k) : null;
        break;
      }
    }
  }
  return { value: q.value, text: q.text, start: q.start, end: q.end, approximate: q.approximate, who, sector: null, code: null };
}
