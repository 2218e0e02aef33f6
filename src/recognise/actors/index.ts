/**
 * Actors: noun phrases that name who acts or is acted upon, with their span, country code,
 * PLOVER/CAMEO sector and CAMEO composite code.
 *
 * One pass per sentence over the tokens: known names (countries, demonyms, capitals,
 * organisations, people from the dictionaries) are matched first as units; runs of nominal
 * units are then read head-last ("Kyrgyz riot police", "President Askar Akayev",
 * "Kyrgyzstan's police"); an "of/from/in X" phrase can complete a generic head ("Monitors from
 * the OSCE", "a coalition of opposition parties", "rebels in the Ivory Coast"). Appositions
 * share what they know; "the president", "the group" and pronouns point back to the nearest
 * compatible earlier mention. All knowledge is in data/actors/ (see lexicon.ts).
 */
import { STATE_SECTORS, type Doc, type PlaceMention, type Sentence, type Token } from '../../types.js';
import { countryByIso2, countryByIso3, lookupCountry } from '../places/countries.js';
import type { ActorMention, Ctx, Info, Unit } from './context.js';
import { cameoOf, info, isCountry3, mention } from './context.js';
import { alias, apposition, bodyBefore, definite, possessor, pronoun, PRONOUNS, quoteSpeakers } from './coref.js';
import { fold, lexicon, paternalAt, roleOn } from './lexicon.js';
import { acronym, attach, coordinate, coordinatePortfolios, counted, foreignGroup, readRun } from './phrases.js';
import { capitalCountry, caribbeanIndian, foldTok, matchAt, nominal, runEnd, sectorWord } from './units.js';
import { namedAs } from '../../text/analyse.js';
/** verbs that give someone an office named after "as" */
const APPOINTING = new Set(['name', 'appoint', 'nominate', 'install', 'swear', 'choose', 'pick', 'elect', 'designate', 'confirm', 'make']);
/**
 * "Lugo named Rubén Candia Amarilla, a former attorney general and member of the opposition Colorado Party, as the new interior
 * minister": whom an office is given to holds it from now on, whatever the description set beside the name says he was.
 */
function appointedAs(c: Ctx, list: Info[]): void {
  for (const x of list) {
    if (x.m.kind !== 'person' || !x.named) continue;
    const v = c.tk[x.m.first - 1];
    if (!v || v.pos !== 'VERB' || !APPOINTING.has(v.lemma) || v.sent !== c.tk[x.m.first].sent) continue;
    let k = x.m.last;
    // (past a description set off by commas)
    if (c.tk[k]?.text === ',') {
      let e = k + 1;
      while (e < c.tk.length && e - k <= 20 && c.tk[e].text !== ',' && c.tk[e].sent === v.sent) e++;
      if (c.tk[e]?.text === ',') k = e + 1;
    }
    // ("appointed Arnaldo Sanabria to head the police": the body one is put at the head of is one's own)
    const heads = c.tk[k]?.lower === 'to' && /^(?:head|lead|command|run)$/.test(c.tk[k + 1]?.lower ?? '');
    if (c.tk[k]?.lower !== 'as' && !heads) continue;
    const from = heads ? k + 1 : k;
    const office = list.find((y) => y !== x && y.m.first > from && y.m.first <= from + 3 && !!y.m.sector && (heads ? y.m.kind !== 'person' && STATE_SECTORS.has(y.m.sector!) : y.m.kind === 'person' && !y.named));
    if (!office) continue;
    x.m.sector = office.m.sector;
    if (office.m.code && office.codeFrom !== 'main' && office.codeFrom !== null) x.m.code = office.m.code;
    x.m.cameo_code = cameoOf(x.m.code, x.m.sector, x.org);
  }
}

/** ", who has ruled X since", ", who had governed X for": a relative clause telling whom a person rules */
const RULED = /^,\s+who\s+(?:has\s+|had\s+)?(?:ruled|governed)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+(?:since|for|from|with)\b/u;

export type { ActorMention } from './context.js';
export { loadActorFile } from './lexicon.js';

/** Count country mentions to find the article's main country when the places stage gave none. */
function mainCountry(c: Ctx, perSent: Unit[][]): string | null {
  const fromDoc = c.doc.mainCountry ? countryByIso2(c.doc.mainCountry)?.iso3 ?? null : null;
  if (fromDoc) {
    // ("HAVANA - The Colombian government and the Revolutionary Armed Forces of Colombia reached a peace agreement after
    // talks in Cuba": the story's places are the venue's, its parties Colombia's; an actor known by no name of its own is
    // of the country its parties are named of, not of the venue)
    const parties = new Map<string, number>();
    for (const us of perSent) {
      for (const u of us) {
        const e = u.e;
        const k = !e ? null : e.type === 'capital' ? capitalCountry(c, u, e.country.iso3) : e.type === 'country' ? e.country.iso3 : e.type === 'org' ? e.org.code : e.type === 'person' ? roleOn(e.roles, c.date).country : null;
        if (!k || !isCountry3(k)) continue;
        const before = c.tk[u.first - 1];
        if (before && before.sent === c.tk[u.first].sent && SCENE_OR_DESTINATION.has(before.lower)) continue;
        // ("at La Lima", a Honduran banana town: a capital's name inside a longer place the places stage put in another country)
        const us0 = c.tk[u.first].start;
        const us1 = c.tk[u.last - 1].end;
        if (e!.type === 'capital' && c.doc.places?.some((p) => p.start <= us0 && p.end >= us1 && p.end - p.start > us1 - us0 && !!p.resolved?.country_code && countryByIso2(p.resolved.country_code)?.iso3 !== k)) continue;
        parties.set(k, (parties.get(k) ?? 0) + 1);
      }
    }
    let best: string | null = null;
    let bn = 0;
    for (const [k, v] of parties) if (v > bn) [best, bn] = [k, v];
    if (best && best !== fromDoc && bn >= 3 && (parties.get(fromDoc) ?? 0) * 3 < bn) return best;
    return fromDoc;
  }
  const n = new Map<string, number>();
  let best: string | null = null;
  let bestN = 0;
  for (const us of perSent) {
    for (const u of us) {
      if (!u.e || (u.e.type !== 'country' && u.e.type !== 'capital')) continue;
      // ("a young English instructor": a language names no country)
      if (u.e.type === 'country' && u.e.demonym && c.lx.languageNouns.has(c.tk[u.last]?.lower ?? '')) continue;
      if (caribbeanIndian(c, u)) continue;
      const k = u.e.country.iso3;
      const v = (n.get(k) ?? 0) + 1;
      n.set(k, v);
      if (v > bestN) {
        best = k;
        bestN = v;
      }
    }
  }
  if (c.doc.places) {
    for (const p of c.doc.places) {
      const cc = p.resolved?.country_code;
      const k = cc ? countryByIso2(cc)?.iso3 : null;
      if (!k) continue;
      const v = (n.get(k) ?? 0) + 1;
      n.set(k, v);
      if (v > bestN) {
        best = k;
        bestN = v;
      }
    }
  }
  return best;
}

/** verbs that ask or press someone (the one asked is another party: "Ayrault urged the government to publish results") */
const URGING = new Set(['urge', 'ask', 'press', 'call', 'appeal', 'implore', 'exhort', 'beseech', 'tell', 'warn', 'demand']);
/** Is the mention starting at token `first` the one asked by the verb right before it ("urged the government", "called on the army")? */
function urgedOne(c: { tk: Array<{ lower: string; lemma: string; pos: string }> }, first: number): boolean {
  let k = first - 1;
  if (k >= 0 && c.tk[k].lower === 'the') k--;
  if (k >= 0 && /^(?:on|upon|to)$/.test(c.tk[k].lower)) k--;
  return k >= 0 && c.tk[k].pos === 'VERB' && URGING.has(c.tk[k].lemma);
}

const HAS_LOWER = /\p{Ll}/u;

/** Per token, does it hold a lower-case letter? (tested once per token, not once for the document and again per sentence) */
function lowerCased(tk: Token[]): Uint8Array {
  const out = new Uint8Array(tk.length);
  for (let i = 0; i < tk.length; i++) {
    const t = tk[i].text;
    // (ASCII answers without the Unicode regex: its only lower-case letters are a-z)
    let ascii = true;
    let lower = 0;
    for (let k = 0; k < t.length; k++) {
      const ch = t.charCodeAt(k);
      if (ch >= 97 && ch <= 122) {
        lower = 1;
        break;
      }
      if (ch > 127) ascii = false;
    }
    out[i] = lower || ascii ? lower : HAS_LOWER.test(t) ? 1 : 0;
  }
  return out;
}

function isUpperSentence(tk: Token[], hasLower: Uint8Array, first: number, last: number): boolean {
  let letters = 0;
  let upper = 0;
  for (let i = first; i < last; i++) {
    const t = tk[i];
    if (t.text.length < 2 || !t.cap) {
      if (hasLower[i]) letters++;
      continue;
    }
    letters++;
    if (!hasLower[i]) upper++;
  }
  return letters > 3 && upper / letters > 0.6;
}

const CORPSES = new Set(['body', 'bodies', 'corpse', 'corpses', 'remains']);
/** parts of a land a country's possessive names as places: "Haiti's second city", "Kenya's capital", "Chile's north" */
const LAND_PARTS = new Set(['city', 'cities', 'capital', 'town', 'towns', 'port', 'ports', 'province', 'provinces', 'region', 'regions', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'border', 'borders', 'coast', 'streets', 'villages', 'countryside', 'interior', 'highlands', 'territory', 'airspace', 'waters', 'heartland', 'hinterland', 'islands', 'island', 'districts', 'district']);

/** Every actor mention in the document, sorted by start. */
/** prepositions that set a scene: "in Paita gendarmes cleared ..." */
const SCENE_PREPS = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'throughout']);
/** prepositions before a place named as where or whither, not as who: "talks in Cuba", "flew to Havana" */
const SCENE_OR_DESTINATION = new Set([...SCENE_PREPS, 'to', 'into', 'from', 'via', 'through']);

export function recogniseActors(doc: Doc): ActorMention[] {
  const lx = lexicon();
  const tk = doc.tokens;
  const places = new Map<number, PlaceMention>();
  if (doc.places) for (const p of doc.places) if (p.kind !== 'country' && p.kind !== 'demonym') places.set(p.start, p);
  // (the later words of a place's name name no one: "Salaam" of "Dar es Salaam")
  const inPlace = new Set<number>();
  if (places.size) {
    const spans = [...places.values()].sort((x, y) => x.start - y.start);
    let k = 0;
    for (let i = 0; i < tk.length && k < spans.length; i++) {
      while (k < spans.length && spans[k].end <= tk[i].start) k++;
      if (k < spans.length && tk[i].start > spans[k].start && tk[i].start < spans[k].end) inPlace.add(i);
    }
  }
  // (a loop, not .map(): see perSentence in text/analyse)
  const folded: string[] = [];
  for (const t of tk) folded.push(foldTok(t));
  const c: Ctx = {
    doc,
    tk,
    lx,
    folded,
    date: doc.article.published,
    places,
    main: null,
    upper: false,
    lower: false,
    prior: [],
    surnames: new Map(),
    localInitials: localInitials(tk),
  };
  // pass 1: dictionary units per sentence
  const perSent: Unit[][] = [];
  for (const s of doc.sentences) {
    const us: Unit[] = [];
    let capped = false;
    for (let i = s.first; i < s.last && !capped; i++) capped = tk[i].cap;
    c.lower = !capped && s.last - s.first > 3;
    for (let i = s.first; i < s.last; ) {
      const u = matchAt(c, i, s.last) ?? hyphenatedGivenName(tk, i, s.first, s.last) ?? { first: i, last: i + 1, e: null, nom: 0 };
      us.push(u);
      i = u.last;
    }
    perSent.push(us);
  }
  c.main = mainCountry(c, perSent);
  // UPPER-CASE wire copy: capitals say nothing about names, and POS tags are unreliable
  const hasLower = lowerCased(tk);
  const docUpper = tk.length > 0 && isUpperSentence(tk, hasLower, 0, tk.length);
  const all: Info[] = [];
  // pass 2: phrases, appositions, coreference
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    const units = perSent[si];
    c.upper = docUpper || isUpperSentence(tk, hasLower, s.first, s.last);
    const list: Info[] = [];
    let a = 0;
    while (a < units.length) {
      const u = units[a];
      const t = tk[u.first];
      if (!u.e && t.pos === 'PRON' && PRONOUNS[t.lower]) {
        const p = pronoun(c, u.first);
        if (p) {
          list.push(p);
          c.prior.push(p);
        }
        a++;
        continue;
      }
      if (!nominal(c, u) || (!u.e && inPlace.has(u.first))) {
        a++;
        continue;
      }
      // "while in Paita gendarmes cleared roadblocks": a place told after its preposition, and the actor after it, not
      // "Paita gendarmes" (the place may still go with its own head: "the Osh police")
      const pl = !u.e || u.e.type === 'capital' ? c.places.get(t.start) : undefined;
      // (only a subject right before its verb: not "in Lapai local government of Niger state", "for Utah man held")
      if (pl && u.first > s.first && SCENE_PREPS.has(tk[u.first - 1].lower)) {
        let k = a;
        while (k < units.length && tk[units[k].first].start < pl.end) k++;
        if (k > a && k < units.length && tk[units[k].first].start > pl.end && sectorWord(c, units[k])?.sector) {
          const e = runEnd(c, units, k, s.last);
          let v = e > k ? units[e - 1].last : -1;
          while (v >= 0 && v < s.last && tk[v].pos === 'ADV') v++;
          if (v >= 0 && v < s.last && (tk[v].pos === 'VERB' || tk[v].pos === 'AUX')) {
            a = k;
            continue;
          }
        }
      }
      const b = runEnd(c, units, a, s.last);
      if (b === a) {
        a++;
        continue;
      }
      const extra: Info[] = [];
      const x = readRun(c, units, a, b, extra);
      for (const r of extra) {
        if (finish(c, r)) {
          list.push(r);
          c.prior.push(r);
        }
      }
      let next = b;
      if (x) {
        next = attach(c, units, b, s.last, x);
        acronym(c, x);
        counted(c, x);
        while (next < units.length && units[next].first < x.m.last) next++;
        coordinate(c, list, x);
        coordinatePortfolios(c, list, x);
        possessor(c, x);
        alias(c, x);
        bodyBefore(c, x);
        if (finish(c, x)) {
          list.push(x);
          c.prior.push(x);
          spelledInitials(c, x);
        }
      }
      a = next;
    }
    apposition(c, list);
    appointedAs(c, list);
    // ("a spokesman for the Alliance for Democracy in Mali (ADEMA), one of the opposition movements": the body's sector, learnt from
    // its apposition, is its spokesman's)
    for (const x of list) {
      if (x.spokenFor === undefined || x.m.sector) continue;
      const body = list.find((y) => y.m.start === x.spokenFor && !!y.m.sector);
      if (body) {
        x.m.sector = body.m.sector;
        x.m.cameo_code = cameoOf(x.m.code, x.m.sector, null);
      }
    }
    for (const x of pairedPeoples(c, list)) {
      list.push(x);
      c.prior.push(x);
    }
    for (const x of crowdCounts(c, s, list)) {
      list.push(x);
      c.prior.push(x);
    }
    placesOfOrigin(c, list);
    for (const x of list) if (!x.bareDemonym && !x.origin) all.push(x);
  }
  for (const x of quoteSpeakers(c, all)) all.push(x);
  for (const x of all) if (x.m.kind === 'person' || (x.m.kind === 'group' && !x.plural && !x.collective && !x.groupish)) x.m.one = true;
  // (a loop, not .map(): see perSentence in text/analyse)
  const out: ActorMention[] = [];
  for (const x of all) out.push(x.m);
  out.sort((p, q) => p.start - q.start || q.end - p.end);
  return out;
}

/**
 * "fighting between Kikuyu and Kalenjin youths": a capitalised name no list knows, joined by "and" or "or" to the name that opens
 * a group's phrase, is a people of that group's head too (its own mention: "Kikuyu", with the head "youths"), as a nationality is.
 */
function pairedPeoples(c: Ctx, list: Info[]): Info[] {
  const out: Info[] = [];
  const mixedName = (t: Token | undefined) => !!t && /^\p{Lu}\p{Ll}/u.test(t.text) && (t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NOUN');
  for (const x of list) {
    const f = x.m.first;
    if (x.m.kind !== 'group' || !x.plural || x.m.head <= f || !mixedName(c.tk[f]) || f < 2) continue;
    const join = c.tk[f - 1];
    const name = c.tk[f - 2];
    if ((join.lower !== 'and' && join.lower !== 'or') || !mixedName(name) || name.sent !== c.tk[f].sent || c.places.has(name.start)) continue;
    // (one word standing alone: not the end of a longer name, not the sentence's first word)
    const before = c.tk[f - 3];
    if (!before || before.sent !== name.sent || before.cap || before.pos === 'PUNCT') continue;
    if (list.some((y) => y.m.first <= f - 2 && y.m.last > f - 2) || lookupCountry(name.text)) continue;
    const m = { ...x.m, text: name.text, name: name.text + ' ' + c.tk[x.m.head].text, start: name.start, end: name.end, first: f - 2, last: f - 1 };
    out.push({ ...x, m });
  }
  return out;
}

/** A body whose name the article's own initials stand for ("Rapid Support Forces" for "RSF") is what those initials name. */
function spelledInitials(c: Ctx, x: Info): void {
  if (x.m.kind !== 'org' && x.m.kind !== 'group') return;
  for (const [a, span] of c.localInitials) {
    if (span.first >= x.m.first && span.last <= x.m.last && !c.surnames.has(a.toLowerCase())) c.surnames.set(a.toLowerCase(), x);
  }
}

/** nouns of what is said, offered or planned, which a relative clause with no "that" may follow ("a charge officials denied") */
const SAID_THINGS = new Set(['charge', 'accusation', 'claim', 'allegation', 'timetable', 'plan', 'proposal', 'offer', 'demand', 'ruling', 'decision', 'move', 'deal', 'version', 'account', 'assertion', 'figure', 'report', 'schedule', 'date', 'deadline', 'step', 'measure']);
/** words that make a figure a number: "a lower figure", "official figures", "the casualty figure" */
const COUNT_FIGURES = new Set(['lower', 'higher', 'official', 'final', 'total', 'casualty', 'death', 'toll', 'provisional', 'preliminary', 'revised', 'hospital', 'unofficial']);

/** words that may stand inside a body's name without a capital ("Forces for Freedom and Change") */
const NAME_JOINERS = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'la', 'del', 'des', 'al']);
/**
 * Initials an article spells out by a body's name in mixed case and uses on their own elsewhere: "the paramilitary Rapid Support
 * Forces ... RSF units" (each capitalised word's first letter; joiners like "for" and "of" skipped), or "(RSF)" right after it.
 */
function localInitials(tk: Token[]): Map<string, { first: number; last: number }> {
  const out = new Map<string, { first: number; last: number }>();
  const used = new Set<string>();
  for (const t of tk) if (/^[A-Z]{2,6}$/.test(t.text)) used.add(t.text);
  if (!used.size) return out;
  const word = (t: Token) => /^\p{Lu}\p{Ll}/u.test(t.text);
  for (let i = 0; i < tk.length; i++) {
    if (!word(tk[i]) || (i > 0 && tk[i - 1].sent === tk[i].sent && word(tk[i - 1]))) continue;
    let j = i;
    let initials = '';
    let last = i;
    while (j < tk.length && tk[j].sent === tk[i].sent && (word(tk[j]) || (NAME_JOINERS.has(tk[j].lower) && word(tk[j + 1] ?? tk[j])))) {
      if (word(tk[j])) {
        initials += tk[j].text[0];
        last = j + 1;
      }
      j++;
    }
    // ("Rapid Support Forces (RSF)": initials given in brackets, whatever their letters)
    const given = tk[last]?.text === '(' && /^[A-Z]{2,6}$/.test(tk[last + 1]?.text ?? '') && tk[last + 2]?.text === ')' ? tk[last + 1].text : null;
    // (a sentence's first word is no part of a name: "Later RSF units")
    const from = i > 0 && tk[i - 1].sent === tk[i].sent ? i : i + 1;
    if (from === i + 1 && initials.length > 1) initials = initials.slice(1);
    for (const a of [given, initials]) if (a && a.length >= 2 && used.has(a) && last - from >= 2 && !out.has(a)) out.set(a, { first: from, last });
    i = j - 1;
  }
  return out;
}

/** ", 44, of Route 2, ", ", 19, of ": the words between a person's age and the town the person lives in */
const RESIDENCE_AFTER_AGE = /,\s+\d{1,3},\s+(?:of|from)\s+(?:[\w.' -]{1,25},\s+)?$/;
/**
 * "around 200 villagers of Bhagwanpur Khurd and Rajapur Majra": unknown names after "of" following people
 * named by where they live are the places they come from, not persons (marked, then left out).
 */
function placesOfOrigin(c: Ctx, list: Info[]): void {
  const sorted = [...list].sort((a, b) => a.m.first - b.m.first);
  let prevOrigin: Info | null = null;
  for (const x of sorted) {
    // (a title word ending a name is none, "Derb Sultan"; a sector shared from a list's neighbour is no known role: "in Hay Mohammadi,
    // Derb Sultan, Ben M'Sik and Sidi Othmane")
    let titled = -1;
    for (let k = x.m.first; k < x.m.last && titled < 0; k++) if (c.lx.titles.has(c.tk[k].lower)) titled = k;
    const titleLast = titled === x.m.last - 1 && x.m.last - x.m.first >= 2;
    const unknownName = x.m.kind === 'person' && x.codeFrom !== 'role' && ((!x.m.sector && !x.title) || titleLast || (titled < 0 && !x.title));
    const before = c.tk[x.m.first - 1];
    const chained = !!prevOrigin && (before?.lower === 'and' || before?.text === ',') && prevOrigin.m.last === x.m.first - 1;
    const afterOf = before?.lower === 'of' && c.lx.residents.has(c.tk[x.m.first - 2]?.lemma ?? '') && c.tk[x.m.first - 2].sent === c.tk[x.m.first].sent;
    // ("fought around the wells of Hassi Beida", "attacked posts at Hassi Beida", "in Krang Chek": an unknown name
    // where a place stands, after a preposition of place, or "at" after a thing, is a place the gazetteer lacks)
    const before2 = c.tk[x.m.first - 2];
    const placed = !!before && (PLACE_PREPS.has(before.lower) || ((before.lower === 'at' || (before.lower === 'of' && c.lx.placeHeads.has(before2?.lower ?? ''))) && before2?.pos === 'NOUN' && before2.sent === before.sent)) &&
      !POSSESSIVE.has(c.tk[x.m.last]?.text ?? '');
    // ("Raymond L. Pruitt, 44, of Route 2, Bell Creek, was charged": an unknown name in the home told after a person's age is where
    // the person lives)
    const home = RESIDENCE_AFTER_AGE.test(c.doc.text.slice(Math.max(0, x.m.start - 40), x.m.start));
    // ("The officer who shot Brown on Canfield Drive": an unknown name ending on a road's word is that road)
    const road = c.tk[x.m.last - 1]?.cap && STREET_HEADS.has(c.tk[x.m.last - 1].lower);
    if (unknownName && (afterOf || chained || placed || home || road)) {
      x.origin = true;
      prevOrigin = x;
    } else prevOrigin = null;
  }
}

/** the last word of a road's name: "Canfield Drive", "Halls Ferry Road" */
const STREET_HEADS = new Set(['street', 'road', 'avenue', 'boulevard', 'drive', 'lane', 'highway', 'parkway', 'expressway', 'promenade', 'square', 'plaza', 'esplanade', 'crescent', 'terrace', 'quay', 'embankment', 'circle']);
const PLACE_PREPS = new Set(['in', 'near', 'outside', 'around', 'throughout', 'across', 'along', 'alongside']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

const SUBJECT_OPENERS = new Set([',', ';', 'and', 'but', 'as', 'while', 'when', 'after', 'before', 'because', 'although', 'though', 'where', 'until', 'since', 'then']);

/** Do the words before token i, from the sentence's start, only tell a time ("A week later", "On Sunday", "Early on Monday")? */
function timeOpens(c: Ctx, s: Sentence, i: number): boolean {
  for (let k = s.first; k < i; k++) {
    const t = c.tk[k];
    if (!(c.lx.temporal.has(t.lower) || /^(?:a|an|the|on|early|late|last|next|one|two|three|this|that|in|by|,)$/.test(t.lower) || t.pos === 'NUM')) return false;
  }
  return i - s.first <= 5;
}

/**
 * "as thousands took to the streets", "Hundreds marched to parliament": a vague count standing
 * alone where a clause's subject stands (opening the sentence or a clause, a verb right after)
 * is a crowd of people, with the count as its span; "thousands of students" is left to its noun.
 */
function crowdCounts(c: Ctx, s: Sentence, list: Info[]): Info[] {
  const out: Info[] = [];
  for (let i = s.first; i < s.last; i++) {
    if (!c.lx.crowdCountFirsts.has(c.tk[i].lower)) continue;
    const words = c.lx.crowdCounts.find((w) => w.every((x, k) => i + k < s.last && c.tk[i + k].lower === x));
    if (!words) continue;
    const last = i + words.length;
    const next = c.tk[last];
    const prev = c.tk[i - 1];
    // (or after a time opening the sentence: "A week later tens of thousands marched in Newry")
    const opens = i === s.first || (!!prev && (SUBJECT_OPENERS.has(prev.lower) || (c.lx.temporal.has(prev.lower) && timeOpens(c, s, i))));
    const verbNext = !!next && last < s.last && (next.pos === 'VERB' || next.pos === 'AUX' || (next.pos === 'ADV' && next.lower !== 'of'));
    if (!opens || !verbNext || list.some((x) => x.m.first < last && i < x.m.last)) {
      i = last - 1;
      continue;
    }
    const m = mention(c, i, last, last - 1, 'group', 'people', null, 'CVL', null);
    const x = info(c, m, { plural: true, collective: true, groupish: true });
    if (finish(c, x)) out.push(x);
    i = last - 1;
  }
  return out;
}

/** "Park Geun-hye", "Kim Dae-jung": a given name of two syllables joined by a hyphen, after a family name, is one word. */
function hyphenatedGivenName(tk: Token[], i: number, first: number, last: number): Unit | null {
  if (i + 2 >= last || i <= first) return null;
  const a = tk[i];
  const h = tk[i + 1];
  const b = tk[i + 2];
  if (!a.cap || !tk[i - 1].cap || (h.text !== '-' && h.text !== '‐') || h.start !== a.end || b.start !== h.end) return null;
  if (!/^\p{Ll}{1,5}$/u.test(b.text) || a.text.length > 6 || a.text === a.text.toUpperCase()) return null;
  return { first: i, last: i + 3, e: null, nom: 0 };
}

const STATE_FORCES = new Set(['MIL', 'COP', 'GOV', 'SPY']);
const ARMED_STATE_FORCES = new Set(['MIL', 'COP', 'SPY']);
/** words for a state's whole armed or police force: "the Soviet army" */
const FORCE_BODIES = new Set(['army', 'military', 'navy', 'militia', 'gendarmerie', 'constabulary']);
/** words for a state's units on the ground, which a story may name bare after naming whose they are */
const FORCE_UNITS = new Set(['troop', 'troops', 'soldier', 'soldiers', 'force', 'forces', 'policeman', 'policemen', 'police', 'officer', 'officers', 'gendarme', 'gendarmes', 'paratrooper', 'paratroopers', 'commando', 'commandos', 'marine', 'marines', 'serviceman', 'servicemen', 'trooper', 'troopers', 'guard', 'guards']);
const DEMAND_MODALS = new Set(['must', 'should', 'ought']);
const REPORTING_WORDS = new Set(['said', 'says', 'told', 'tells', 'warned', 'stated', 'added', 'announced', 'insisted', 'declared', 'demanded', 'urged']);

/** Is the mention at `to` inside what a speaker at `from` says ("X said the army must ...", and no new clause after)? */
function reportedBy(c: Ctx, from: number, to: number): boolean {
  let reported = false;
  for (let k = from; k < to; k++) {
    const w = c.tk[k].lower;
    if (REPORTING_WORDS.has(w)) reported = true;
    else if (w === ';' || (w === 'and' && c.tk[k - 1]?.text === ',')) reported = false;
  }
  return reported;
}

/** Coreference, the article's country as a last resort; false when the mention is dropped. */
/** sectors of bodies an unknown name before their head names ("Seleka rebels", "Tupamaro guerrillas") */
const NAMED_BY_HEAD = new Set(['REB', 'UAF', 'IMG', 'OPP', 'PTY']);

function finish(c: Ctx, x: Info): boolean {
  // ("the killing, a charge officials denied", "a timetable protest leaders rejected as a ploy": a noun of what is said or planned,
  // right after an article, opens a relative clause with no "that"; the actor is the words after it, the subject of its verb)
  const f = c.tk[x.m.first];
  if (x.m.head > x.m.first && SAID_THINGS.has(f.lower) && !f.cap && (c.tk[x.m.first - 1]?.lower === 'a' || c.tk[x.m.first - 1]?.lower === 'an') &&
    // (in the present too: "a charge Islamabad denies", "a charge officials deny")
    c.tk[x.m.last]?.pos === 'VERB' && (/ed$/.test(c.tk[x.m.last].lower) || c.tk[x.m.last].lemma === 'deny' || c.tk[x.m.last].lemma === 'reject' || c.tk[x.m.last].lemma === 'dispute')) {
    x.m.first++;
    x.m.start = c.tk[x.m.first].start;
    x.m.text = c.doc.text.slice(x.m.start, x.m.end);
    if (x.m.name.toLowerCase().startsWith(f.lower + ' ')) x.m.name = x.m.name.slice(f.text.length + 1);
  }
  // ("A BAND OF ABOUT 150 MEN ARMED WITH MACHETES AND HUNTING GUNS ATTACKED": civilians told with the arms they carry are an armed
  // group, as "armed men" are)
  if (x.m.kind === 'group' && x.m.sector && c.lx.arming.civilian.has(x.m.sector) && x.m.sector !== 'PRO' && /^\s+armed\s+with\b/i.test(c.doc.text.slice(x.m.end, x.m.end + 14))) {
    x.m.sector = 'UAF';
    x.m.cameo_code = cameoOf(x.m.code, x.m.sector, x.org);
  }
  // ("former president Carlos Menem", "Former Prime Minister Girija Prasad Koirala", "an ex-minister"): one who held an office of the
  // state no longer holds it, one of the elites (CAMEO's ELI)
  if (x.m.kind === 'person' && x.m.sector && STATE_SECTORS.has(x.m.sector)) {
    for (let k = x.m.first; k < x.m.head; k++) {
      if (c.tk[k].lower !== 'former' && !(c.tk[k].lower === 'ex' && c.tk[k + 1]?.text === '-')) continue;
      x.m.sector = 'ELI';
      x.m.cameo_code = cameoOf(x.m.code, x.m.sector, x.org);
      break;
    }
  }
  definite(c, x);
  if (x.bare && !x.m.ref) return false;
  // ("a strip of riverbank known locally as Colombia": a name given to a place, not the country)
  if (x.m.kind === 'country' && namedAs(c.tk, x.m.first)) return false;
  // ("marched through the centre of Haiti's second city", "Kenya's capital": a land owning a part of itself names a place, no actor)
  if (x.m.kind === 'country' && /^(?:'s|’s)$/.test(c.tk[x.m.last]?.text ?? '')) {
    let k = x.m.last + 1;
    while (k < c.tk.length && k - x.m.last <= 3 && (c.tk[k].pos === 'ADJ' || c.tk[k].pos === 'NUM')) k++;
    if (LAND_PARTS.has(c.tk[k]?.lower ?? '')) return false;
  }
  // ("no bodies of gunmen were found", "the body of a protester": the dead are no actor)
  // (not "the body said", "a governing body of the party", "a body of experts": the body of one person, or bodies, are the dead)
  let h = x.m.first;
  while (h < x.m.last - 1 && (c.tk[h].pos === 'DET' || c.tk[h].pos === 'NUM')) h++;
  if (CORPSES.has(c.tk[h].lower) && (c.tk[h].lower !== 'body' || (c.tk[h + 1]?.lower === 'of' && (c.tk[h + 2]?.pos === 'DET' || c.tk[h + 2]?.pos === 'PRON')))) return false;
  // ("has given a much lower figure of 46 dead", "the official figures": a figure that is a count names no one)
  const hd = c.tk[x.m.head];
  if (x.m.kind === 'group' && hd && (hd.lower === 'figure' || hd.lower === 'figures') &&
    ((c.tk[x.m.last]?.lower === 'of' && c.tk[x.m.last + 1]?.pos === 'NUM') || c.tk.slice(x.m.first, x.m.head).some((t) => COUNT_FIGURES.has(t.lower)))) return false;
  // ("in the eastern departments of Zacapa and Chiquimula", "the department of Antioquia": a department of a named place is a
  // division of the land, no government body; "the Department of Justice" stays one)
  if (x.m.kind === 'group' && hd && /^departments?$/.test(hd.lower) && c.tk[x.m.head + 1]?.lower === 'of' && c.places.has(c.tk[x.m.head + 2]?.start ?? -1)) return false;
  // ("banning the assembly of five or more persons", "the right of assembly": a gathering of people counted, no legislature)
  if (x.m.kind === 'group' && hd && (hd.lower === 'assembly' || hd.lower === 'assemblies') && !hd.cap && c.tk[x.m.last]?.lower === 'of' &&
    (c.tk[x.m.last + 1]?.pos === 'NUM' || /^(?:more|people|persons|citizens|men|women|workers|students|crowds)$/.test(c.tk[x.m.last + 1]?.lower ?? ''))) return false;
  // (a rocket, a shell or a bomb named by no one's name is anyone's: "a rocket fired from Gaza hit Ashdod")
  const projectile = x.m.kind === 'group' && c.lx.projectiles.has(c.tk[x.m.head]?.lemma ?? '');
  // ("Israeli tanks and soldiers", "SOVIET TANKS AND TROOPS": a nationality before the first of two joined nouns is the second's too)
  // (a bare head noun only: not a name of its own, "RUSSIAN TANKS AND PEOPLE'S POLICE")
  if (!x.m.code && x.m.kind === 'group' && x.m.head === x.m.first && x.m.first >= 3 && c.tk[x.m.first - 1].lower === 'and') {
    const demonymAt = (k: number) => c.tk[k].sent === c.tk[x.m.first].sent ? c.lx.gaz.get(c.folded[k])?.find((e) => e.type === 'country' && e.demonym) : undefined;
    let k = x.m.first - 2;
    const plainNoun = (t: Token) => (t.pos === 'NOUN' && !t.cap) || (c.upper && (t.pos === 'NOUN' || t.pos === 'PROPN') && t.text === t.text.toUpperCase());
    while (k > x.m.first - 4 && plainNoun(c.tk[k]) && !demonymAt(k)) k--;
    const dem = k < x.m.first - 2 ? demonymAt(k) : undefined;
    if (dem && dem.type === 'country') {
      x.m.code = dem.country.iso3;
      x.codeFrom = 'phrase';
      x.m.cameo_code = cameoOf(x.m.code, x.m.sector, x.org);
    }
  }
  // ("About 150 soldiers and police from New Zealand and Australia": the country the second of two joined nouns is from is the first's too)
  if (!x.m.code && x.m.kind === 'group' && x.m.head === x.m.last - 1 && c.tk[x.m.last]?.lower === 'and' && c.tk[x.m.last].sent === c.tk[x.m.head].sent) {
    let k = x.m.last + 1;
    while (k < c.tk.length && k - x.m.last <= 3 && c.tk[k].pos === 'NOUN' && !c.tk[k].cap && c.tk[k].sent === c.tk[x.m.head].sent) k++;
    if (k > x.m.last + 1 && c.tk[k]?.lower === 'from') {
      const at = c.tk[k + 1]?.lower === 'the' ? k + 2 : k + 1;
      let from: ReturnType<typeof lookupCountry> = null;
      for (let n = 3; n >= 1 && !from; n--) {
        const end = c.tk[at + n - 1];
        if (end && end.sent === c.tk[x.m.head].sent && c.tk[at].cap) from = lookupCountry(c.doc.text.slice(c.tk[at].start, end.end));
      }
      if (from) {
        x.m.code = from.iso3;
        x.codeFrom = 'phrase';
        x.m.cameo_code = cameoOf(x.m.code, x.m.sector, x.org);
      }
    }
  }
  // ("Saudi-led coalition warplanes", "US-led forces": forces a country leads are of that country; not "US-backed forces")
  if (!x.m.code && x.m.kind === 'group' && x.m.first >= 3 && c.tk[x.m.first - 1].lower === 'led' && c.tk[x.m.first - 2].text === '-') {
    const k = x.m.first - 3;
    const led = c.tk[k].sent === c.tk[x.m.first].sent ? c.lx.gaz.get(c.folded[k])?.find((e) => e.type === 'country') : undefined;
    if (led && led.type === 'country') {
      x.m.code = led.country.iso3;
      x.codeFrom = 'phrase';
      x.m.cameo_code = cameoOf(x.m.code, x.m.sector, x.org);
    }
  }
  if (!x.m.code && x.m.sector !== 'IGO' && x.m.sector !== 'NGO' && c.main && !projectile && !foreignGroup(c, x)) {
    // "Israeli Prime Minister Netanyahu said ..., and the army called up reservists": an unqualified
    // state force or government in a sentence led by another country's named official is that country's
    // (not the forces the official says must do something: "Clinton said the military leaders must leave
    // Haiti"; but "Netanyahu said the army called up reservists" is his own army; a UN envoy has no army:
    // "UN envoy Volker Perthes called on the authorities" are the article's)
    const official = x.m.sector && STATE_FORCES.has(x.m.sector) && x.m.kind === 'group' ?
      c.prior.find((p) => p.sent === x.sent && p.m.start < x.m.start && (p.codeFrom === 'phrase' || p.codeFrom === 'role') && p.m.code && p.m.code !== c.main && p.m.sector === 'GOV' && !!countryByIso3(p.m.code) &&
        // (or that country's officials, where its forces of that kind were named in the sentences just before: "Israeli officials said
        // the army would still strike at targets" after "A military spokesman said the army had warned residents", told of Israel's)
        (p.m.kind === 'person' || (p.m.kind === 'group' && c.prior.some((q) => q.sent < x.sent && q.sent >= x.sent - 4 && q.m.code === p.m.code && q.m.sector === x.m.sector))) &&
        !(reportedBy(c, p.m.last, x.m.first) && DEMAND_MODALS.has(c.tk[x.m.last]?.lower ?? '')) && !urgedOne(c, x.m.first)) : undefined;
    // (the official leads the sentence, no one named before: not "Niger's military rulers have given the French ambassador 48
    // hours to leave ... a month after the army seized power"; looked for only when there is such an official)
    let lead = official && c.prior.find((p) => p.sent === x.sent) === official ? official : undefined;
    // ("The Israeli military said it had targeted the area ... A military spokesman said the army had warned residents": a state actor of
    // no country of its own, right after a sentence led by a foreign state's actor of its sector, is that state's, when its own sentence
    // names no state before it)
    // (the state's actor the subject opening that sentence; not one owned by someone in its own: "his forces")
    const owned = /^(?:his|her|its|their|our)$/.test(c.tk[x.m.first - 1]?.lower ?? '') || /^(?:his|her|its|their|our)$/.test(c.tk[x.m.first]?.lower ?? '');
    // (not a person named: "Damascus has denied any involvement. President Emile Lahoud accepted the resignation" in a story from Beirut)
    if (!lead && !owned && x.m.sector && STATE_FORCES.has(x.m.sector) && !(x.m.kind === 'person' && x.named)) {
      // (past a wire dateline: "TYRE, Lebanon (AP) - The Syrian military said")
      const sentence = c.tk.filter((t) => t.sent === x.sent - 1);
      const dash = sentence.slice(0, 12).findIndex((t, k) => /^(?:-|--|—|–)$/.test(t.text) && sentence[k - 1]?.text === ')');
      const open = dash >= 0 ? sentence[dash].end : -1;
      const subj = c.prior.find((p) => p.sent === x.sent - 1 && p.m.kind !== 'pronoun' && p.m.start >= open);
      const opens = !!subj && sentence.filter((t) => t.start >= open && t.end <= subj.m.start).every((t) => t.pos === 'DET');
      if (subj && opens && subj.codeFrom === 'phrase' && subj.m.code && subj.m.code !== c.main && subj.m.sector === x.m.sector && !!countryByIso3(subj.m.code) &&
        // (nor one that names a state's person before it: "President Emile Lahoud ... asked the ministers to stay on")
        !c.prior.some((p) => p.sent === x.sent && p.m.start < x.m.start && !!p.m.code && (p.codeFrom === 'phrase' || (p.m.kind === 'person' && p.named)) && (p.m.kind === 'country' || (!!p.m.sector && STATE_FORCES.has(p.m.sector))))) lead = subj;
    }
    // ("SOVIET TROOPS broke up a crowd in Tbilisi ... soldiers beat people": a state force named bare, in a story where the forces of
    // that kind named so far are one foreign state's, are that state's)
    // (only a bare word for units, "troops", "the soldiers", not "the army" or "government troops", which are the story's state's; and
    // not in a sentence that names a state or a state's body of its own: "Greece sent additional troops")
    const bareUnits = (x.m.head === x.m.first || (x.m.head === x.m.first + 1 && c.tk[x.m.first].pos === 'DET')) && FORCE_UNITS.has(c.tk[x.m.head]?.lemma ?? '');
    if (!lead && bareUnits && x.m.sector && ARMED_STATE_FORCES.has(x.m.sector) && x.m.kind === 'group') {
      // (forces named as such, "Soviet troops", "the Soviet army"; not a word the sector lists for other people too: 'chanted "Down
      // with the American agent"' names no American police)
      const named = c.prior.filter((p) => p.m.kind === 'group' && p.m.sector === x.m.sector && p.codeFrom === 'phrase' && !!p.m.code &&
        (FORCE_UNITS.has(c.tk[p.m.head]?.lemma ?? '') || FORCE_UNITS.has(c.tk[p.m.head]?.lower ?? '') || FORCE_BODIES.has(c.tk[p.m.head]?.lower ?? '')));
      const codes = new Set(named.map((p) => p.m.code));
      // (a state or its body of another country named in the sentence says whose: "Greece sent additional troops"; one of the very
      // country of the forces named before does not: "Colonel Huai, the PNG commander, ... about 100 troops took up positions")
      const own = c.prior.some((p) => p.sent === x.sent && p.codeFrom === 'phrase' && !!p.m.code && !codes.has(p.m.code) && (p.m.kind === 'country' || (!!p.m.sector && STATE_FORCES.has(p.m.sector))));
      if (!own && codes.size === 1 && !codes.has(c.main) && !!countryByIso3(named[0].m.code!)) lead = named[0];
    }
    x.m.code = lead ? lead.m.code : c.main;
    x.codeFrom = lead ? 'ref' : 'main';
    x.m.codeFromArticle = !lead;
    x.m.cameo_code = cameoOf(x.m.code, x.m.sector, x.org);
  }
  // ("Seleka rebels seized Damara ... Seleka spokesman Eric Massi", "SWAPO guerrillas ... SWAPO said": an unknown name before a
  // non-state group's head names that group from now on)
  if (x.m.kind === 'group' && x.m.sector && NAMED_BY_HEAD.has(x.m.sector) && x.m.last - x.m.first === 2 && x.m.head === x.m.first + 1 && x.plural && !c.upper) {
    const t = c.tk[x.m.first];
    const key = c.folded[x.m.first];
    if (t.cap && t.pos === 'PROPN' && !c.lx.words.has(t.lower) && !c.lx.titles.has(t.lower) && !c.lx.modifiers.has(t.lower) && !c.lx.gaz.has(key) &&
      !c.places.has(t.start) && !c.surnames.has(key)) c.surnames.set(key, x);
  }
  // ("the Muslim Brotherhood said ... A Brotherhood spokesman said": the last word of a body's name, when no common word of our
  // lexicon, names that body from now on)
  if (x.m.kind === 'org' && x.m.sector && !c.upper) {
    const words = x.m.name.split(' ');
    const last = words.length > 1 ? fold(words[words.length - 1]) : '';
    if (last.length > 3 && /^\p{Lu}\p{Ll}+$/u.test(words[words.length - 1]) && !c.lx.words.has(last) && !c.lx.titles.has(last) && !c.lx.gaz.has(last) && !c.surnames.has(last)) c.surnames.set(last, x);
  }
  // ("Blaise Compaoré, who has ruled Burkina Faso since seizing power in a 1987 coup, resigned": one told as ruling a country governs it)
  if (x.named && x.m.kind === 'person' && !x.m.sector) {
    const ruled = RULED.exec(c.doc.text.slice(x.m.end, x.m.end + 80));
    const country = ruled ? lookupCountry(ruled[1]) : null;
    if (country) {
      x.m.sector = 'GOV';
      x.m.code = country.iso3;
      x.codeFrom = 'phrase';
      x.m.cameo_code = cameoOf(x.m.code, x.m.sector, x.org);
    }
  }
  if (x.named && x.m.kind === 'person') {
    const words = x.m.name.split(' ');
    if (words.length > 1) {
      // (one of a known office keeps the name from a namesake of none: "President Moussa Traore ... his wife, Mariam Traore ...
      // Traore declared a state of emergency")
      const key = fold(words[words.length - 1]);
      const prev = c.surnames.get(key);
      // (nor to a namesake of no office: "President Blaise Compaoré ... François Compaoré, the president's younger brother ...
      // Compaoré withdrew the bill")
      if (!prev || prev.m.kind !== 'person' || !prev.m.sector || (!!x.m.sector && !(STATE_SECTORS.has(prev.m.sector) && !STATE_SECTORS.has(x.m.sector)))) c.surnames.set(key, x);
      // "Park Geun-hye" ... "Park", "Xi Jinping" ... "Xi": family names first in East Asian names
      const first = fold(words[0]);
      if (!c.surnames.has(first) && !c.lx.titles.has(first) && !c.lx.words.has(first)) c.surnames.set(first, x);
      // ("Juan Pereira Asbun" ... "Pereira", "Gabriel Garcia Marquez" ... "Garcia": a paternal surname before the maternal one)
      // (past the particles joining them: "Carlos Salinas de Gortari" ... "Salinas", "Salinas de la Garza")
      if (words.length >= 3) {
        const paternal = fold(words[paternalAt(words, c.lx.particles)]);
        if (paternal.length > 2 && !c.surnames.has(paternal) && !c.lx.titles.has(paternal) && !c.lx.words.has(paternal) && !c.lx.particles.has(paternal)) c.surnames.set(paternal, x);
      }
    } else if (x.title && words.length === 1) {
      // ("President Suharto resigns ... Suharto tells Indonesian residents": one name alone after a title names that person later)
      const key = fold(words[0]);
      if (key.length > 2 && !c.surnames.has(key) && !c.lx.titles.has(key) && !c.lx.words.has(key) && !c.lx.gaz.has(key)) c.surnames.set(key, x);
    }
  }
  return true;
}
