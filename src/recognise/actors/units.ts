/** Token-level reading: dictionary units (names, countries, organisations, sector phrases),
 * which units can sit inside a noun phrase, and where a phrase ends. */
import type { Token } from '../../types.js';
import { pluralForm } from '../../text/analyse.js';
import { countryByIso2, countryByIso3, lookupCountry } from '../places/countries.js';
import type { CodeFrom, Ctx, Unit } from './context.js';
import { textOf } from './context.js';
import { fold, roleOn } from './lexicon.js';
import type { GazEntry, OrgEntry, SectorWord } from './lexicon.js';

export function foldTok(t: Token): string {
  const l = t.lower;
  for (let i = 0; i < l.length; i++) if (l.charCodeAt(i) > 127) return fold(t.text);
  return l;
}

/** Longest dictionary match starting at token i (within the sentence). */
export function matchAt(c: Ctx, i: number, end: number): Unit | null {
  const { tk, lx } = c;
  let key = c.folded[i];
  let best: Unit | null = null;
  for (let j = i; j < end && j < i + 14; j++) {
    if (j > i) key += (tk[j].start > tk[j - 1].end ? ' ' : '') + c.folded[j];
    if (key.length > lx.maxKey) break;
    const list = lx.gaz.get(key);
    if (list) {
      for (const e of list) {
        if (accept(c, e, i, j + 1)) {
          best = { first: i, last: j + 1, e, nom: 0 };
          break;
        }
      }
    }
    if (!lx.prefixes.has(key)) break;
  }
  return best;
}

const CAPS_WORDS = new Set(['who', 'it', 'us', 'am', 'is', 'as', 'an', 'or', 'on', 'at', 'in', 'to', 'no', 'so', 'do', 'go', 'me', 'we', 'he', 'be', 'by', 'if', 'of', 'up', 'my', 'oh', 'aid', 'all', 'can', 'may', 'now', 'one', 'war', 'win']);
const HAS_LOWER = /\p{Ll}/u;

export function accept(c: Ctx, e: GazEntry, i: number, j: number): boolean {
  const t = c.tk[i];
  if (e.type === 'sector') return true;
  // ("the New Mexico governor": a country's name at the end of a place of another country's name is that place's)
  if (e.type === 'country') {
    for (let b = i - 1; b >= 0 && b >= i - 2 && c.tk[b].sent === t.sent; b--) {
      const p = c.places.get(c.tk[b].start);
      const cc = p?.resolved?.country_code;
      if (p && p.end >= c.tk[j - 1].end && cc && cc !== e.country.iso2) return false;
    }
  }
  // (a person's abbreviation before any role of theirs began is someone else's: "the studios of MBS", a Malagasy broadcaster in
  // 2009, are not the Saudi crown prince's)
  if (e.type === 'person' && j - i === 1 && /^[A-Z]{2,5}$/.test(t.text) && !!c.date && e.roles.every((r) => !!r.from && c.date! < r.from)) return false;
  // "Burhan Wani" is not al-Burhan: a one-word alias followed by another name word is part of another person's name
  if (e.type === 'person' && j - i === 1) {
    const n = c.tk[j];
    if (n && n.sent === t.sent && n.cap && n.pos === 'PROPN' && !c.lx.temporal.has(n.lower) && !c.lx.titles.has(n.lower) && !lookupCountry(n.text) && c.folded[j] !== undefined && !c.lx.gaz.has(c.folded[j])) return false;
  }
  // ("Theresa Albanese, 51, of Elm Street" is not Anthony Albanese: a one-word alias after a given name that is not the known one's
  // is another person's surname)
  if (e.type === 'person' && j - i === 1 && i > 0) {
    const p = c.tk[i - 1];
    if (p.sent === t.sent && p.cap && p.pos === 'PROPN' && !c.lx.titles.has(p.lower) && !c.lx.temporal.has(p.lower) && !lookupCountry(p.text) && !c.places.has(p.start) &&
      c.folded[i - 1] !== undefined && !c.lx.gaz.has(c.folded[i - 1]) && !e.roles.some((r) => r.name.toLowerCase().split(/\s+/).includes(p.lower))) return false;
  }
  // ("the General Assembly on Saturday approved a state of internal war" in Montevideo: a name other bodies share is the
  // dictionary's only in an article that names the body's world, the UN)
  if (e.type === 'org' && e.context && !e.context.test(c.doc.text)) return false;
  // "Zapatista National Liberation Army" is not the "National Liberation Army" of the dictionary:
  // a multi-word name that is the tail of a longer proper name is another name
  if (e.type === 'org' && j - i >= 2 && i > 0) {
    const p = c.tk[i - 1];
    if (p.sent === t.sent && p.cap && t.cap && p.pos === 'PROPN' && !lookupCountry(p.text) && !c.lx.titles.has(p.lower)) return false;
  }
  // ("the paramilitary Rapid Support Forces ... RSF units": initials the article spells out by another name are not the
  // dictionary's body of those initials, Reporters Without Borders)
  // (not when the name spelt out is the dictionary's own for it: "the Revolutionary Armed Forces of Colombia (FARC)")
  if (e.type === 'org' && j - i === 1 && c.localInitials.has(t.text)) {
    const span = c.localInitials.get(t.text)!;
    const named = fold(textOf(c, span.first, span.last));
    if (named !== fold(e.org.name) && !(c.lx.gaz.get(named) ?? []).some((x) => x.type === 'org' && x.org === e.org)) return false;
  }
  // "GEN. FIDEL RAMOS, WHO LED A REVOLT": in capitals, an acronym that is also a word is the word
  if (e.type === 'org' && e.exact !== null && j - i === 1 && CAPS_WORDS.has(t.lower) && !HAS_LOWER.test(c.tk[i - 1]?.text ?? '') && !HAS_LOWER.test(c.tk[j]?.text ?? '')) return false;
  if ((e.type === 'org' && e.exact !== null) || (e.type === 'country' && e.exact)) {
    return c.doc.text.slice(t.start, c.tk[j - 1].end) === e.exact;
  }
  if (t.cap) return true;
  // ("ON THE GROUNDS THAT THE GENERAL ASSEMBLY DOES NOT RECOGNISE": in a line in capitals, read in ordinary case, a body's name of
  // two words or more is that body, however its words were cased)
  if (e.type === 'org' && j - i >= 2 && inCapitals(c, i, j)) return true;
  // (a sentence set all in lower case, "the crpf jawans opened fire": an organisation or a country by its full name or alias, not a
  // person, whose one-word names are too often words)
  if (c.lower && (e.type === 'org' || e.type === 'country' || (e.type === 'person' && j - i > 1))) return true;
  // lower-case names: "al-Qaeda", "bin Laden" (the dictionary spelling starts lower-case, or
  // with a name particle)
  return (e.type === 'org' && e.org.name[0] === e.org.name[0].toLowerCase()) || c.lx.particles.has(t.lower);
}

/** Were the words i..j, and the words on either side, written in capitals in the article (which is read in ordinary case)? */
export function inCapitals(c: Ctx, i: number, j: number): boolean {
  const src = c.doc.article.text;
  const a = c.tk[Math.max(0, i - 1)];
  const b = c.tk[Math.min(c.tk.length - 1, j)];
  return src.length === c.doc.text.length && !HAS_LOWER.test(src.slice(a.start, b.end));
}

export function sectorWord(c: Ctx, u: Unit): SectorWord | null {
  if (u.e) return u.e.type === 'sector' ? u.e.word : null;
  if (u.last - u.first !== 1) return null;
  const t = c.tk[u.first];
  if (t.pos === 'AUX' || t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'PRON') return null;
  // "the square where police/VERB killed three": a noun the tagger took for a verb, right before its own verb
  if (t.pos === 'VERB' && !nounBeforeVerb(c, u.first)) return null;
  // ("staged a sit-in in front of the police office": a place before something, not a political front)
  if (t.lower === 'front' && c.tk[u.first - 1]?.lower === 'in' && c.tk[u.first + 1]?.lower === 'of') return null;
  return c.lx.words.get(t.lower) ?? c.lx.words.get(t.lemma) ?? null;
}

function nounBeforeVerb(c: Ctx, i: number): boolean {
  const n = c.tk[i + 1];
  const p = c.tk[i - 1];
  // (a past form the tagger calls an adjective counts: "when police/VERB opened/ADJ fire")
  if (!n || n.sent !== c.tk[i].sent || (n.pos !== 'VERB' && n.pos !== 'AUX' && !(n.pos === 'ADJ' && /ed$/.test(n.lower))) || n.lower.endsWith('ing')) return false;
  return !p || p.sent !== n.sent || (p.pos !== 'PRON' && p.pos !== 'AUX' && p.pos !== 'PART' && p.lower !== 'to' && p.pos !== 'NOUN' && p.pos !== 'PROPN');
}

export function isPoss(t: Token, next?: Token, prev?: Token): boolean {
  if (t.lower === "'s" || t.lower === '’s') return true;
  if (t.lower !== "'" && t.lower !== '’') return false;
  // "Israel ’ s air force" (text tokenised upstream) or a plural possessive "rebels' leader"
  // (the tagger may call the plural's mark punctuation: "miners' wives", written onto its noun, a space after)
  return t.pos === 'PART' || (!!next && next.lower === 's' && next.sent === t.sent) ||
    // (or set apart by spaces, as in text tokenised upstream: "oilworkers ' confederation")
    (!!prev && !!next && t.start - prev.end <= 1 && next.start > t.end && next.sent === t.sent && prev.sent === t.sent && /s$/i.test(prev.text) && (prev.pos === 'NOUN' || prev.pos === 'PROPN'));
}

/** A lone "s" left over from a split possessive. */
export function isPossS(c: Ctx, k: number): boolean {
  const t = c.tk[k];
  return t.lower === 's' && k > 0 && (c.tk[k - 1].lower === '’' || c.tk[k - 1].lower === "'");
}

const REPORTING = new Set(['said', 'says', 'told', 'tells', 'added', 'claimed', 'stated']);

/** Can the unit stand in a noun phrase? Asked about most units twice (the run's start, then
 * runEnd): the answer is kept on the unit. */
export function nominal(c: Ctx, u: Unit): boolean {
  if (u.e) return true;
  if (u.nom) return u.nom === 1;
  const r = nominalOf(c, u);
  u.nom = r ? 1 : 2;
  return r;
}

function nominalOf(c: Ctx, u: Unit): boolean {
  const t = c.tk[u.first];
  if (c.lx.skip.has(t.lower) || c.lx.temporal.has(t.lower)) return false;
  // ("OFFICIALS LATE TUESDAY": in capitals, "late" or "early" before a time is no name; "the late president" keeps it)
  if (c.upper && (t.lower === 'late' || t.lower === 'early') && c.lx.temporal.has(c.tk[u.first + 1]?.lower ?? '')) return false;
  // ("police in Kurunegala last night": "last" or "next" before a time opens the time, it ends the name)
  if ((t.lower === 'last' || t.lower === 'next') && c.lx.temporal.has(c.tk[u.first + 1]?.lower ?? '')) return false;
  if (c.lx.particles.has(t.lower) && !t.cap) {
    const p = c.tk[u.first - 1];
    const n = c.tk[u.first + 1];
    // "van der Berg", "von der Leyen": particles in a row before the capitalised name
    const n2 = n && c.lx.particles.has(n.lower) && !n.cap ? c.tk[u.first + 2] : n;
    const p2 = p && c.lx.particles.has(p.lower) && !p.cap ? c.tk[u.first - 2] : p;
    return !!p2 && !!n2 && p2.cap && p2.sent === t.sent && n2.sent === t.sent && (n2.cap || n2.text === '-');
  }
  // ", arresting Prime Minister X": a participle opening a clause, not part of the name after it
  // (", pelting officers with stones", ", killing two people": before its object too)
  if (!t.cap && t.lower.endsWith('ing') && u.first > 0 && c.tk[u.first - 1].text === ',' && c.tk[u.first + 1] && c.tk[u.first + 1].sent === t.sent &&
    (c.tk[u.first + 1].cap || c.tk[u.first + 1].pos === 'DET' || c.tk[u.first + 1].pos === 'NUM' || c.tk[u.first + 1].pos === 'PRON' || (c.tk[u.first + 1].pos === 'NOUN' && c.tk[u.first + 1].lower.endsWith('s')))) return false;
  // "Masked/VERB men", "hooded gunmen": a modifier that arms whoever wears it, however it is tagged
  if (c.lx.arming.modifiers.has(t.lower) && c.tk[u.first + 1]?.sent === t.sent && (c.tk[u.first + 1].pos === 'NOUN' || c.tk[u.first + 1].pos === 'PROPN')) return true;
  if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ') {
    // "Human Rights Watch said/ADJ security forces ...": a reporting verb the tagger missed ends the phrase
    if (REPORTING.has(t.lower)) return false;
    // "a police officer shot/NOUN Jacob Blake": a past form after a noun, before a name or a determiner, is the verb
    if ((!t.cap || c.upper) && c.lx.pastForms.has(t.lower) && u.first > 0 && (c.tk[u.first - 1].pos === 'NOUN' || c.tk[u.first - 1].pos === 'PROPN') && c.tk[u.first + 1]?.sent === t.sent &&
      (c.tk[u.first + 1].cap || c.tk[u.first + 1].pos === 'DET' || c.tk[u.first + 1].pos === 'PRON' || c.tk[u.first + 1].pos === 'NUM')) return false;
    // headline present tense: "Iran slams/NOUN US", "Israel strikes Gaza": a verb between two names
    if (t.pos === 'NOUN' && !t.cap && /[^s]s$/.test(t.lower) && !c.lx.words.has(t.lower) && !c.lx.words.has(t.lemma) && u.first > 0) {
      const p = c.tk[u.first - 1];
      const n = c.tk[u.first + 1];
      if (p.sent === t.sent && p.pos === 'PROPN' && n && n.sent === t.sent && (((n.pos === 'PROPN' || n.pos === 'DET') && n.cap) || (n.pos === 'NOUN' && /[^s]s$/.test(n.lower)))) return false;
    }
    // "Syrian forces pound/NOUN Homs": a plain form after a plural noun, before a name, is the headline's verb
    if (t.pos === 'NOUN' && !t.cap && t.lower === t.lemma && !c.lx.words.has(t.lower) && u.first > 0) {
      const p = c.tk[u.first - 1];
      const n = c.tk[u.first + 1];
      // ("Russian negotiators return/NOUN to Geneva", "protesters march on parliament": or before a preposition of direction)
      if (p.sent === t.sent && p.pos === 'NOUN' && pluralForm(p) && c.lx.words.has(p.lower) && n && n.sent === t.sent && (((n.pos === 'PROPN' || n.pos === 'DET') && n.cap) || HEADLINE_PREPS.has(n.lower))) return false;
    }
    // "security forces tortured detainees": an -ed word after a plural noun and before its object is a verb
    if ((!t.cap || c.upper) && (t.lower.endsWith('ed') || c.lx.pastForms.has(t.lower)) && u.first > 0) {
      const p = c.tk[u.first - 1];
      const n = c.tk[u.first + 1];
      // ("Armed men looted/ADJ shops": "men" is plural too)
      if (p.sent === t.sent && (p.pos === 'NOUN' || p.pos === 'PROPN' || (p.pos === 'VERB' && c.lx.words.has(p.lower))) && pluralForm(p) && n && n.sent === t.sent && ((n.pos === 'NOUN' && !n.cap) || n.pos === 'DET' || n.pos === 'NUM')) return false;
    }
    // "Supporters of the cleric ransacked/ADJ a police station": an -ed word before a determiner is the verb
    // (a modifier is never followed by one)
    if ((!t.cap || c.upper) && u.first > 0 && (t.lower.endsWith('ed') || c.lx.pastForms.has(t.lower)) && c.tk[u.first + 1]?.sent === t.sent && c.tk[u.first + 1].pos === 'DET') return false;
    // "Police shot dead five protesters": a verb wink-nlp took for a noun ends the phrase
    if ((!t.cap || c.upper) && u.first > 0 && c.lx.pastForms.has(t.lower)) {
      const p = c.tk[u.first - 1];
      const n = c.tk[u.first + 1];
      if (p.sent === t.sent && (p.pos === 'NOUN' || p.pos === 'PROPN') && (!n || n.sent !== t.sent || (n.pos !== 'NOUN' && n.pos !== 'PROPN'))) return false;
      // "the attackers, armed with rifles, shot villagers": after a comma, no determiner: a verb
      if (p.text === ',' && n && n.sent === t.sent && (n.pos === 'NOUN' || n.pos === 'DET' || n.pos === 'NUM')) return false;
      // "Rioters looted shops": a plural subject opening the sentence, then its verb
      const pp = c.tk[u.first - 2];
      if (p.sent === t.sent && (!pp || pp.sent !== t.sent) && p.lower.endsWith('s') && (p.pos === 'NOUN' || p.pos === 'PROPN')) return false;
    }
    return true;
  }
  if (t.pos === 'VERB' || t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'AUX' || t.pos === 'CCONJ') {
    // wink sometimes tags a capitalised name or a sector word as a verb ("Lt. Gen. Prosper Avril")
    if (t.pos === 'VERB' && !t.cap && c.lx.words.has(t.lower) && nounBeforeVerb(c, u.first)) return true;
    if (t.pos !== 'VERB' || !t.cap || c.upper) return false;
    if (c.lx.words.has(t.lower)) return true;
    const next = c.tk[u.first + 1];
    return u.first > 0 && c.tk[u.first - 1].sent === t.sent && !!next && next.sent === t.sent && next.cap && next.pos === 'PROPN';
  }
  return false;
}

/** Is token k a hyphen joining two words ("pro-Khalistani" split by the tokenizer)? */
export function joiningHyphen(c: Ctx, k: number, end: number): boolean {
  const t = c.tk[k];
  return (t.text === '-' || t.text === '‐') && k + 1 < end && k > 0 && c.tk[k - 1].end === t.start && c.tk[k + 1].start === t.end;
}

/** Does "exile" or "exiled" stand from two tokens before `first` up to `end`, in first's sentence ("Exiled opposition leaders
 * in London", "figures living in exile in Paris")? */
export function exiledBetween(c: Ctx, first: number, end: number): boolean {
  for (let i = Math.max(0, first - 2); i < end; i++) if (/^exiled?$/.test(c.tk[i].lower) && c.tk[i].sent === c.tk[first].sent) return true;
  return false;
}

export function place(c: Ctx, u: Unit): string | null {
  // ("exiled opposition leaders in London": where exiles live is not their country)
  if (exiledBetween(c, u.first, u.last)) return null;
  for (let i = u.first; i < u.last; i++) {
    const p = c.places.get(c.tk[i].start);
    if (p && p.resolved?.country_code) return countryByIso2(p.resolved.country_code)?.iso3 ?? null;
  }
  return null;
}

/** The country of a unit naming a capital: the capital's, unless the place recogniser read the name as a town of another
 * country ("MP for Tripoli" in a report on Lebanon). */
export function capitalCountry(c: Ctx, u: Unit, capitalOf: string): string {
  return place(c, u) ?? capitalOf;
}

export function isPlace(c: Ctx, u: Unit): boolean {
  for (let i = u.first; i < u.last; i++) if (c.places.has(c.tk[i].start)) return true;
  return false;
}

/** Is token k "American(s)" after a capitalised region of the Americas ("Latin American", "South American", "Central American")? */
export function americasRegion(c: Ctx, k: number): boolean {
  const r = c.tk[k - 1];
  return /^americans?$/.test(c.tk[k]?.lower ?? '') && !!r && r.cap && r.sent === c.tk[k].sent && /^(?:latin|south|central|north)$/.test(r.lower);
}

/** "East Indian families", "West Indian immigrants": a people of the Caribbean, or of Indian descent there, no Indian nationals */
export function caribbeanIndian(c: Ctx, u: Unit): boolean {
  const r = c.tk[u.first - 1];
  return u.e?.type === 'country' && u.e.demonym && u.e.country.iso3 === 'IND' && !!r && r.cap && r.sent === c.tk[u.first].sent && /^(?:east|west)$/.test(r.lower);
}

export function unitCode(c: Ctx, u: Unit): { code: string | null; org: OrgEntry | null; from: CodeFrom } {
  const e = u.e;
  if (e) {
    if (e.type === 'country' && c.main && c.lx.demonymElsewhere.get(c.tk[u.first].lower)?.has(c.main)) return { code: null, org: null, from: null };
    if (caribbeanIndian(c, u)) return { code: null, org: null, from: null };
    // ("Latin American embassies", "South American leaders", "Central American presidents": a region of the Americas, no United States)
    if (e.type === 'country' && e.demonym && americasRegion(c, u.first)) return { code: null, org: null, from: null };
    // "Congo" in a report on the DR Congo, "Korea" in one on North Korea: a short name the article's country shares
    if (e.type === 'country' && c.main && c.main !== e.country.iso3) {
      const text = fold(c.doc.text.slice(c.tk[u.first].start, c.tk[u.last - 1].end));
      const main = countryByIso3(c.main);
      if (main && text !== fold(e.country.name) && ` ${fold(main.name).replace(/[^\p{L}\s]/gu, ' ')} `.includes(` ${text.replace(/[^\p{L}\s]/gu, '').trim()} `)) return { code: main.iso3, org: null, from: 'phrase' };
    }
    if (e.type === 'capital') {
      const p = capitalCountry(c, u, e.country.iso3);
      return { code: p, org: null, from: p === e.country.iso3 ? 'phrase' : 'place' };
    }
    if (e.type === 'country') {
      // (a demonym two countries share is the one the places recogniser chose for the story: "Congolese" of a Brazzaville report)
      const dm = c.doc.places?.find((p) => p.start === c.tk[u.first].start && p.kind === 'demonym');
      const cc = dm?.resolved?.country_code ? countryByIso2(dm.resolved.country_code) : null;
      if (cc && cc.iso3 !== e.country.iso3 && cc.demonyms.some((d) => fold(d) === fold(c.tk[u.first].text).replace(/s$/, ''))) return { code: cc.iso3, org: null, from: 'phrase' };
      return { code: e.country.iso3, org: null, from: 'phrase' };
    }
    if (e.type === 'org') return { code: e.org.code, org: e.org, from: 'phrase' };
    if (e.type === 'person') return { code: roleOn(e.roles, c.date).country, org: null, from: 'role' };
  }
  const p = place(c, u);
  return { code: p, org: null, from: p ? 'place' : null };
}

/** prepositions of direction after a headline's plain verb form: "negotiators return to Geneva" */
const HEADLINE_PREPS = new Set(['to', 'into', 'toward', 'towards', 'from', 'across', 'through']);

/** Is token i (after adverbs and "on Monday") a verb of sentence sent: "Moscow on Monday said"? */
export function verbFollows(c: Ctx, i: number, sent: number): boolean {
  let n = i;
  for (let k = 0; k < 4; k++) {
    const t = c.tk[n];
    if (!t || t.sent !== sent) return false;
    const next = c.tk[n + 1];
    const skip = t.pos === 'ADV' || c.lx.temporal.has(t.lower) || (!!next && c.lx.temporal.has(next.lower) && (t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'ADJ'));
    if (!skip) break;
    n++;
  }
  const v = c.tk[n];
  // ("Khartoum sit-in": the first half of a hyphenated noun is no verb)
  const h = c.tk[n + 1];
  if (v && h && (h.text === '-' || h.text === '‐') && h.start === v.end && c.tk[n + 2]?.start === h.end) return false;
  return !!v && v.sent === sent && (v.pos === 'VERB' || v.pos === 'AUX');
}

/** Collect the run of nominal units starting at unit index a; returns the end index (exclusive). */
export function runEnd(c: Ctx, units: Unit[], a: number, sentLast: number): number {
  let b = a;
  while (b < units.length) {
    const u = units[b];
    if (nominal(c, u)) {
      b++;
      continue;
    }
    const t = c.tk[u.first];
    if (!u.e && b > a && b + 1 < units.length) {
      if (isPoss(t, c.tk[u.first + 1]) && isPossS(c, u.first + 1) && b + 2 < units.length && nominal(c, units[b + 2])) {
        b += 2;
        continue;
      }
      if (nominal(c, units[b + 1]) && (isPoss(t, c.tk[u.first + 1], c.tk[u.first - 1]) || joiningHyphen(c, u.first, sentLast))) {
        b++;
        continue;
      }
    }
    break;
  }
  return b;
}
