/**
 * Noun phrases from parts of speech, for the thing an event was done to: "stormed [the
 * Intelligence and Interior Ministry buildings]", "pounded [the rebel-held enclave of eastern
 * Ghouta]", "rejected [a U.S. State Department call]", "killed [at least five people]".
 * A phrase is a token range [first, last) inside one sentence; nothing here reads the text
 * with expressions, so any input is linear in its length.
 */
import { DIRECTED_NOUNS, TERRITORY_NOUNS } from './reality.js';
import { lexicon as actorLexicon } from '../recognise/actors/lexicon.js';
import type { Sentence, Token } from '../types.js';

export interface Chunk {
  first: number;
  last: number;
  /** where the phrase ends before a place phrase that follows it ("camps | in Afghanistan") */
  inner?: number;
  /** the head noun: the last word of the core phrase ("three suspected [militants] in Kaduna") */
  head?: number;
  /** what a measure or an act is aimed at: "sanctions against [both India and Pakistan]" */
  aimed?: Chunk;
}

/** tokens that end a phrase whatever their part of speech (dates and times: "late Friday evening") */
export type Stop = (k: number) => boolean;
const never: Stop = () => false;
/** "laid out by", "put forward by", "drawn up by": a particle between a participle and its agent */
const PARTICLES_BEFORE_BY = new Set(['out', 'up', 'forward', 'down', 'off', 'over']);
const LOCATIVE = new Set(['in', 'near', 'at', 'outside', 'inside', 'along']);

/** words before a number that say how exact it is: "at least 20", "more than 100", "about 500" */
const APPROX = new Set(['at', 'least', 'more', 'less', 'fewer', 'than', 'about', 'around', 'some', 'nearly', 'almost', 'over', 'roughly', 'approximately', 'up', 'to', 'as', 'many', 'much', 'under', 'only', 'just', 'another', 'estimated']);
/** Do the words at `i` say how exact a count is, with the count after them ("at least 75", "more than 100")? */
export function countOpens(tokens: Token[], i: number, end: number): boolean {
  // (not a preposition before a count: "opened its borders to about one million refugees")
  const w = tokens[i]?.lower;
  if (w === 'to' || (w === 'at' && !/^(?:least|most)$/.test(tokens[i + 1]?.lower ?? ''))) return false;
  let k = i;
  while (k < end && k - i < 4 && APPROX.has(tokens[k].lower)) k++;
  return k > i && k < end && tokens[k].pos === 'NUM';
}
const PREDET = new Set(['all', 'both', 'half', 'each', 'every', 'several', 'many', 'most', 'some', 'any', 'no', 'other', 'another', 'such']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);
/** people accredited "to" a state or a body: "the ambassador to Bahrain" */
const ACCREDITED = new Set(['ambassador', 'ambassadors', 'envoy', 'envoys', 'emissary', 'representative', 'representatives', 'delegate', 'delegates', 'delegation', 'adviser', 'advisor', 'advisers', 'advisors', 'mission', 'observer', 'observers']);
const DEGREE = new Set(['most', 'more', 'least', 'less', 'very', 'so', 'too', 'as']);
const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'it', 'himself', 'herself', 'themselves', 'itself']);

const nominal = (t: Token | undefined): boolean => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM');
const modifier = (t: Token | undefined): boolean => !!t && (t.pos === 'ADJ' || nominal(t));
/** "displaced people", "fleeing civilians", "US-backed forces": a participle before a noun */
const participle = (t: Token | undefined, next: Token | undefined): boolean =>
  !!t && t.pos === 'VERB' && /(?:ed|en|ing)$/.test(t.lower) && (modifier(next) || next?.text === '-');
export const possessiveMark = (t: Token | undefined): boolean => !!t && (t.text === "'s" || t.text === '’s' || t.text === "'" || t.text === '’');

const OPEN_QUOTE = new Set(['"', '“', '‘']);
const CLOSE_QUOTE = new Set(['"', '”', '’']);
/** Is a quotation opened between tokens `from` and `to` and not yet closed? */
export function quoted(tokens: Token[], from: number, to: number): boolean {
  let open = false;
  for (let k = from; k < to; k++) {
    if (tokens[k].text === '"') open = !open;
    else if (tokens[k].text === '“' || tokens[k].text === '‘') open = true;
    else if (tokens[k].text === '”') open = false;
  }
  return open;
}

/** The determiner, number and modifiers, then the nouns: the core phrase starting at `i`. */
function core(tokens: Token[], end: number, i: number, stop: Stop): Chunk | null {
  const first = i;
  if (stop(i)) return null;
  // "at least five", "more than 100 people", "as many as 20"
  let k = i;
  while (k < end && k - i < 4 && APPROX.has(tokens[k].lower)) k++;
  if (k > i && k < end && tokens[k].pos === 'NUM') i = k;
  if (i < end && PREDET.has(tokens[i].lower) && tokens[i].pos !== 'NOUN') i++;
  if (i < end && tokens[i].lower === 'of' && i > first) i++; // "all of the", "some of the"
  if (i < end && (tokens[i].pos === 'DET' || POSSESSIVE.has(tokens[i].lower))) i++;
  let last = -1;
  for (; i < end; i++) {
    const t = tokens[i];
    if (stop(i)) break;
    if (nominal(t)) last = i + 1;
    else if (t.pos === 'ADJ') continue;
    // ('a "march of Christians"': a quotation opened inside the phrase, before its words)
    else if (OPEN_QUOTE.has(t.text) && last < 0 && modifier(tokens[i + 1])) continue;
    // (not after the noun, telling what the act did: "a convoy killing 12 soldiers")
    else if (participle(t, tokens[i + 1]) && (last < 0 || (tokens[i + 1]?.pos !== 'NUM' && !consequence(t)))) continue;
    // "internationally recognized government", "heavily armed men"
    else if (t.pos === 'ADV' && t.lower.endsWith('ly') && (tokens[i + 1]?.pos === 'ADJ' || participle(tokens[i + 1], tokens[i + 2]))) continue;
    // "in northeast Nigeria", "south Lebanon": a compass word the tagger takes for an adverb
    else if (t.pos === 'ADV' && last < 0 && COMPASS.has(t.lower) && modifier(tokens[i + 1])) continue;
    // "rebel - held", "Jalal - Abad", "pro - government": joined words
    else if (t.text === '-' && last === i && (modifier(tokens[i + 1]) || tokens[i + 1]?.pos === 'VERB')) {
      // "ISIS-held", "Saudi-led": the participle after the hyphen, whatever its form
      if (tokens[i + 1].pos === 'VERB' && modifier(tokens[i + 2])) i++;
      continue;
    }
    else if (t.text === '-' && i > first && tokens[i - 1].pos === 'ADJ' && (modifier(tokens[i + 1]) || participle(tokens[i + 1], tokens[i + 2]))) continue;
    // "Myanmar's Rakhine State", "the country's army"
    else if (possessiveMark(t) && last === i && (modifier(tokens[i + 1]) || (DEGREE.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.pos === 'ADJ'))) continue;
    // "civilian and military targets", "southern and eastern governorates": adjectives joined before their noun
    else if ((t.lower === 'and' || t.lower === 'or') && i > first && tokens[i - 1].pos === 'ADJ' && (tokens[i + 1]?.pos === 'ADJ' || (tokens[i + 1]?.pos === 'NOUN' && tokens[i + 2]?.pos === 'NOUN'))) continue;
    // "Nicaragua's most important port", "a highly sensitive area": a degree word before an adjective
    else if (t.pos === 'ADV' && DEGREE.has(t.lower) && tokens[i + 1]?.pos === 'ADJ' && modifier(tokens[i + 2])) continue;
    else break;
  }
  return last > first ? { first, last } : null;
}

/**
 * The noun phrase that starts at token `i` of sentence `s`, with what completes it: "of" and
 * its phrase ("five members of the security forces"), coordinated phrases that do not start a
 * new clause ("the Intelligence and Interior Ministry buildings"), and a participle with its
 * agent ("the resolution proposed by Britain"). An object pronoun is a phrase of one word.
 */
export function nounPhrase(tokens: Token[], s: Sentence, i: number, depth = 0, stop: Stop = never): Chunk | null {
  if (i < s.first || i >= s.last) return null;
  if (OBJECT_PRONOUNS.has(tokens[i].lower) && tokens[i].pos === 'PRON') return { first: i, last: i + 1, head: i };
  const c = core(tokens, s.last, i, stop);
  if (!c) return null;
  let last = c.last;
  let inner = -1;
  let head = c.last - 1;
  let aimed: Chunk | undefined;
  for (let guard = 0; guard < 5 && last < s.last; guard++) {
    const w = tokens[last].lower;
    // (and closed after them)
    if (CLOSE_QUOTE.has(w) && quoted(tokens, c.first, last)) {
      last++;
      continue;
    }
    if (w === 'of' && depth < 2 && inner < 0) {
      const o = nounPhrase(tokens, s, last + 1, depth + 1, stop);
      if (!o) break;
      last = o.inner ?? o.last;
    } else if (w === '(' && tokens[last + 2]?.text === ')' && nominal(tokens[last + 1]) && tokens[last + 1].text === tokens[last + 1].text.toUpperCase()) {
      // "Department of State Services (DSS)": the name's acronym after it
      last += 3;
    } else if (w === ',' && depth < 2 && tokens[last + 1]?.lower !== 'and' && tokens[last + 1]?.lower !== 'or') {
      // "the Nigeria Police, the DSS and other security agencies": a list of phrases joined by
      // commas is one object when an "and" or "or" closes it; otherwise the comma ends the phrase
      const end = commaList(tokens, s, last, stop);
      if (end < 0) {
        // "his Lebanese counterpart, Michel Aoun,", "Aya Hijazi, an American aid worker,": a phrase in
        // apposition names the same one; it ends the phrase (and is no other actor: `inner` keeps the core)
        const ap = depth === 0 ? apposition(tokens, s, last, head, stop) : -1;
        if (ap > 0) {
          if (inner < 0) inner = last;
          last = ap;
        }
        break;
      }
      // (the head stays the first item's: "support [the Nigeria Police], the DSS and others")
      last = end;
      continue;
    } else if ((w === 'and' || w === 'or') && depth < 2) {
      // ("stormed the school and abducted/NOUN 279 students": a past form before a count, a
      // determiner or a pronoun is a second verb, whatever the tagger says)
      const pastBeforeObject = /ed$/.test(tokens[last + 1]?.lower ?? '') && ['NUM', 'DET', 'PRON'].includes(tokens[last + 2]?.pos ?? '');
      const o = tokens[last + 1]?.pos === 'VERB' || pastBeforeObject ? null : core(tokens, s.last, last + 1, stop);
      // "attacked the convoy and the police responded": a new clause, not a second object
      const after = o ? tokens[o.last] : undefined;
      // (unless the verb is where the phrase was asked to stop: the act its subject did)
      if (!o || (after && (after.pos === 'VERB' || after.pos === 'AUX') && !/ing$/.test(after.lower) && !stop(o.last))) break;
      // "attacked villages and police arrested residents": a verb after the conjunct's noun opens a clause
      let verbInside = false;
      for (let k = o.first + 1; k < o.last && !verbInside; k++) verbInside = tokens[k].pos === 'VERB' && nominal(tokens[k - 1]) && tokens[k - 1].pos !== 'NUM';
      if (verbInside) break;
      last = o.last;
      // "the Intelligence and Interior Ministry [buildings]": the last conjunct's noun heads the phrase
      head = o.last - 1;
    } else if (tokens[last].pos === 'VERB' && !/ing$/.test(w) && depth < 2 && inner < 0 &&
      (tokens[last + 1]?.lower === 'by' || (PARTICLES_BEFORE_BY.has(tokens[last + 1]?.lower ?? '') && tokens[last + 2]?.lower === 'by'))) {
      // "the resolution proposed by Britain", "proposals laid out by the National Assembly"
      const by = tokens[last + 1].lower === 'by' ? last + 1 : last + 2;
      const o = nounPhrase(tokens, s, by + 1, depth + 1, stop);
      if (!o) break;
      last = o.inner ?? o.last;
    } else if ((w === 'against' || (w === 'on' && DIRECTED_NOUNS.has(tokens[last - 1].lower))) && depth === 0 && inner < 0 && tokens[last - 1].pos === 'NOUN') {
      // "sanctions against both India and Pakistan", "tariffs on Chinese goods": what the measure is aimed at
      const o = nounPhrase(tokens, s, last + 1, depth + 1, stop);
      if (!o) break;
      last = o.inner ?? o.last;
      aimed = o;
    } else if ((w === 'by' || w === 'from' || w === 'with') && depth === 0 && inner < 0 && tokens[last - 1].pos === 'NOUN') {
      // "a request by Mr Erdogan", "a request from The New York Times", "cooperation with the ICC":
      // who made or shares what the act was about
      const o = nounPhrase(tokens, s, last + 1, depth + 1, stop);
      if (!o) break;
      last = o.inner ?? o.last;
    } else if (depth === 0 && inner < 0 && tokens[last].pos === 'VERB' && last + 1 < s.last && !consequence(tokens[last]) &&
      ((/ed$/.test(w) && LOCATIVE.has(tokens[last + 1].lower)) || (/ing$/.test(w) && tokens[last + 1].lower !== 'that' && (tokens[last + 1].pos === 'DET' || tokens[last + 1].pos === 'NUM' || tokens[last + 1].pos === 'NOUN' || tokens[last + 1].pos === 'ADJ')))) {
      // "PKK targets stationed in northern Iraq", "a bus carrying government employees": the participle
      // tells which ones (not "a convoy killing 12": what the act did; nor "a rally demanding that ...", a clause)
      const o = /ed$/.test(w) ? nounPhrase(tokens, s, last + 2, depth + 1, stop) : nounPhrase(tokens, s, last + 1, depth + 1, stop);
      if (!o) break;
      last = o.inner ?? o.last;
    } else if (w === 'to' && depth === 0 && inner < 0 && ACCREDITED.has(tokens[last - 1].lower) && (tokens[last + 1]?.pos === 'PROPN' || (tokens[last + 1]?.pos === 'DET' && tokens[last + 2]?.pos === 'PROPN'))) {
      // "the UAE Ambassador to Bahrain", "the UN envoy to Syria": where the envoy is sent is part of
      // the title, not whom the act was done to
      const o = nounPhrase(tokens, s, last + 1, depth + 1, stop);
      if (!o) break;
      inner = last;
      last = o.inner ?? o.last;
    } else if (LOCATIVE.has(w) && depth === 0 && inner < 0) {
      // "militants in South Waziristan", "a base outside the capital": where the object is
      const o = nounPhrase(tokens, s, last + 1, depth + 1, stop);
      // a place: a name or a territory noun ("in Kabul", "outside the capital"), not "in a shoot-out"
      let place = false;
      for (let k = o ? o.first : 0; o && k < o.last && !place; k++) place = tokens[k].pos === 'PROPN' || TERRITORY_NOUNS.has(tokens[k].lower);
      if (!o || !place) break;
      inner = last;
      last = o.inner ?? o.last;
    } else break;
  }
  const out: Chunk = inner < 0 ? { first: c.first, last, head } : { first: c.first, last, inner, head };
  if (aimed) out.aimed = aimed;
  return out;
}

/**
 * Where a list that opens with the comma at `comma` ends ("[, DSS] and other agencies"), or -1
 * when the comma opens no list closed by "and"/"or" (an apposition, a new clause).
 */
function commaList(tokens: Token[], s: Sentence, comma: number, stop: Stop): number {
  let k = comma;
  for (let items = 0; items < 6 && k < s.last && tokens[k].lower === ','; items++) {
    let at = k + 1;
    const closing = tokens[at]?.lower === 'and' || tokens[at]?.lower === 'or';
    if (closing) at++;
    if (tokens[at]?.pos === 'VERB' || tokens[at]?.pos === 'PRON') return -1;
    // each item a phrase of its own ("Department of State Services (DSS)"), the last joined by "and"
    const o = nounPhrase(tokens, s, at, 1, stop);
    if (!o) return -1;
    const after = tokens[o.last];
    if (after && (after.pos === 'VERB' || after.pos === 'AUX') && !/ing$/.test(after.lower) && !stop(o.last)) return -1;
    let joined = closing;
    for (let j = o.first + 1; j < o.last; j++) {
      if (tokens[j].pos === 'VERB' && nominal(tokens[j - 1]) && tokens[j - 1].pos !== 'NUM') return -1;
      joined ||= tokens[j].lower === 'and' || tokens[j].lower === 'or';
    }
    if (joined) return o.last;
    k = o.last;
  }
  return -1;
}

/** a word that closes an apposition: a comma, the sentence's end, a closing bracket or dash */
const closes = (tokens: Token[], s: Sentence, k: number): boolean =>
  k >= s.last || tokens[k].text === ',' || tokens[k].text === ')' || (k === s.last - 1 && tokens[k].pos === 'PUNCT');

/**
 * Where an apposition that opens with the comma at `comma` ends, or -1: a name after a person noun
 * ("the UAE Ambassador to Bahrain, Abdulridha Abdullah Mahmoud Khori"), or a person noun's phrase
 * after a name ("Aya Hijazi, an American aid worker"), closed by a comma or the sentence's end
 * ("attacked the village, Ahmed Khan said" is a speaker, not an apposition).
 */
function apposition(tokens: Token[], s: Sentence, comma: number, head: number, stop: Stop): number {
  const lex = actorLexicon();
  const h = tokens[head];
  const person = (t: Token) => lex.titles.has(t.lower) || lex.appositionRoles.has(t.lower) || lex.appositionRoles.has(t.lemma);
  let k = comma + 1;
  if ((h.pos === 'NOUN' || h.pos === 'PROPN') && person(h)) {
    // (a title of the name's own first: "Professor Ibrahim Ahmed Ghandour")
    while (k < s.last && tokens[k].cap && lex.titles.has(tokens[k].lower)) k++;
    const start = k;
    while (k < s.last && !stop(k) && ((tokens[k].cap && tokens[k].pos === 'PROPN') || (k > start && (tokens[k].text === '-' || lex.particles.has(tokens[k].lower)) && tokens[k + 1]?.cap))) k++;
    return k - start >= 2 && closes(tokens, s, k) ? k : -1;
  }
  if (h.pos === 'PROPN' && (tokens[k]?.pos === 'DET' || POSSESSIVE.has(tokens[k]?.lower ?? ''))) {
    const d = nounPhrase(tokens, s, k, 1, stop);
    if (!d || d.head === undefined || !person(tokens[d.head]) && !lex.words.has(tokens[d.head].lemma)) return -1;
    return closes(tokens, s, d.last) ? d.last : -1;
  }
  return -1;
}

/** participles that tell what an act did, not which thing it was done to: "a convoy, killing 12" */
const CONSEQUENCES = new Set(['kill', 'wound', 'injure', 'leave', 'cause', 'force', 'prompt', 'spark', 'trigger', 'destroy', 'damage']);
const consequence = (t: Token): boolean => {
  const stem = t.lower.replace(/(?:ing|ed)$/, '');
  return CONSEQUENCES.has(t.lemma) || CONSEQUENCES.has(stem) || CONSEQUENCES.has(stem + 'e');
};

/** The noun phrase that holds tokens [first, last): walk left over its modifiers, then read it. */
export function phraseAround(tokens: Token[], s: Sentence, first: number, last: number, stop: Stop = never): Chunk {
  let i = first;
  while (i - 1 >= s.first) {
    const t = tokens[i - 1];
    // (not a relative pronoun the tagger calls a determiner: "protests in which security forces killed")
    if (t.pos === 'DET' && /^(?:which|whose|what|that)$/.test(t.lower)) break;
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || POSSESSIVE.has(t.lower) || PREDET.has(t.lower)) i--;
    else if (participle(t, tokens[i]) && tokens[i - 2]?.pos !== 'AUX' && i - 1 > s.first && (tokens[i - 2].pos === 'DET' || tokens[i - 2].pos === 'NUM' || tokens[i - 2].pos === 'ADJ')) i--;
    else if (APPROX.has(t.lower) && tokens[i]?.pos === 'NUM') i--;
    else if (APPROX.has(t.lower) && APPROX.has(tokens[i]?.lower ?? '')) i--;
    // "a [24-year-old] street vendor": the parts of a hyphenated compound, written joined
    else if (t.text === '-' && i - 2 >= s.first && tokens[i - 2].end === t.start && t.end === tokens[i].start) i -= 2;
    else break;
  }
  const c = nounPhrase(tokens, s, i, 0, stop);
  return c && c.first <= first && (c.inner ?? c.last) >= last ? c : { first, last };
}
