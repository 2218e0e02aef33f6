/**
 * Place recognition and resolution over an analysed Doc.
 *
 * 1. Match: at each name-like token, the longest run of tokens whose folded text is a
 *    gazetteer or country key (binary-searched, memoised; no regex per entry).
 * 2. Judge: the words around the match tell a place ("in", "the city of", "X province",
 *    ", Texas") from a person ("President Paris", "Jordan Henderson"), an organisation
 *    ("Paris Agreement", "University of Texas") or a government speaking ("Moscow said").
 *    Names that are common words or obscure villages need a cue; ALL-CAPS copy is judged on
 *    cues and on how well known the place is, since capitals carry no information there.
 * 3. Resolve at document level: each candidate's prior (population, capital/seat, main or
 *    alternate name) plus the article's countries and the nearness of its other places.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Doc, PlaceMention, ResolvedPlace, Token } from '../../types.js';
import { countryByIso2, countryKeys, countryNameUntil, isCapitalName, isDemonym, type CountryInfo } from './countries.js';
import { flat, fold, foldToken, HYPHENS, isJoiner } from './fold.js';
import { gazetteer, type GPlace, type Gazetteer, type KeyEntry } from './gazetteer.js';
import { datelineEnd } from '../times/index.js';
import { namedAs } from '../../text/analyse.js';
import { confidence, distanceKm, isAdmin, mainCountryOf, placePrior, resolve, toResolved, type CountryKey, type Match, type Option } from './resolve.js';

export { distanceKm };

export interface ScoredPlaceMention extends PlaceMention {
  /** 0..1: how sure the recogniser is that this is the place it resolved to */
  confidence: number;
  /** GeoNames feature code of the resolved place (PPLA, ADM1, ...), or "country" */
  feature: string | null;
}

// ---------------------------------------------------------------------------------------
// knowledge, loaded once

interface Context {
  locative_preps: string[];
  place_nouns: string[];
  street_prefixes?: string[];
  us_state_abbreviations?: Record<string, string>;
  road_words_after_state?: string[];
  division_plurals?: string[];
  place_suffixes: string[];
  titles: string[];
  org_heads: string[];
  org_preps: string[];
  speech_verbs: string[];
  actor_nouns: string[];
  name_inner: string[];
  not_name_followers: string[];
  feature_heads: string[];
  area_name_heads?: string[];
  group_heads: string[];
  feature_prefixes?: string[];
  broad_regions?: string[];
  site_heads?: string[];
  hyphen_actor_suffixes: string[];
  hyphen_place_suffixes: string[];
  name_particles?: string[];
  at_idioms?: string[];
  name_articles?: string[];
  language_nouns?: string[];
  hyphen_compound_heads?: string[];
}

const dataPath = (f: string) => fileURLToPath(new URL(`../../../data/gazetteer/${f}`, import.meta.url));
const CTX = JSON.parse(readFileSync(dataPath('context.json'), 'utf8')) as Context;
const set = (a: string[]) => new Set(a.map((w) => w.toLowerCase()));
const LOC_PREPS = set(CTX.locative_preps);
const PLACE_NOUNS = set(CTX.place_nouns);
const STREET_PREFIXES = set(CTX.street_prefixes ?? []);
/** "Ill." -> "illinois": US states written short after a town */
const US_STATES_SHORT = new Map(Object.entries(CTX.us_state_abbreviations ?? {}));
/** "Ky. 15", "Ky. Route 80": the words between a state's short form and its road's number */
const STATE_ROAD_WORDS = set(CTX.road_words_after_state ?? []);
const BOUND_TO = new Set(['loyal', 'close', 'closer', 'allied', 'opposed', 'linked', 'sympathetic', 'related', 'faithful', 'devoted', 'married', 'answerable', 'subordinate', 'allegiance', 'loyalty']);
const PLACE_SUFFIXES = set(CTX.place_suffixes);
const TITLES = set(CTX.titles);
const ORG_HEADS = set(CTX.org_heads);
const ORG_PREPS = set(CTX.org_preps);
const SPEECH = set(CTX.speech_verbs);
const ACTOR_NOUNS = set(CTX.actor_nouns);
const NAME_INNER = set(CTX.name_inner);
const NOT_NAMES = set(CTX.not_name_followers);
const FEATURE_HEADS = set(CTX.feature_heads);
const AREA_NAME_HEADS = set(CTX.area_name_heads ?? []);
const GROUP_HEADS = set(CTX.group_heads);
const FEATURE_PREFIXES = set(CTX.feature_prefixes ?? []);
const BROAD_REGIONS = set(CTX.broad_regions ?? []);
const SITE_HEADS = set(CTX.site_heads ?? []);
const SITE_AFTER = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+)?(?:${[...SITE_HEADS].join('|')})\\b`, 'iu');
/** Is the place name ending at `end` a site's name ("the Huanuni mine", "the San Pedro sugar mill")? */
export function namesSite(text: string, end: number): boolean {
  return SITE_AFTER.test(text.slice(end, end + 40));
}
const HYPHEN_ACTOR = set(CTX.hyphen_actor_suffixes);
const HYPHEN_PLACE = set(CTX.hyphen_place_suffixes);
const NAME_PARTICLES = set(CTX.name_particles ?? []);
const NAME_ARTICLES = set(CTX.name_articles ?? []);
const AT_IDIOMS = set(CTX.at_idioms ?? []);
const LANGUAGE_NOUNS = set(CTX.language_nouns ?? []);
const RANGES = new Set(['mountains', 'hills', 'highlands']);
/** a capital or a city of millions, known abroad by its other names too ("Peking", "Bombay") */
const metropolis = (p: { fcode: string; population: number }): boolean => p.fcode === 'PPLC' || p.population >= 1_000_000;
/** farther than this from every place of the article's country, an unnamed small town abroad is a namesake */
const FAR_ABROAD_KM = 2500;
/** a local story's towns lie within this distance of each other; a town abroad smaller than LOCAL_ABROAD_POP is none of its places */
const LOCAL_KM = 150;
/** a next-door town of a local story ("Simcoe" of a story told in Delhi, Ontario; "Mounds" of Cairo, Illinois) */
const NEIGHBOUR_KM = 50;
const LOCAL_ABROAD_POP = 20_000;
/** farther than this from the town named just before it, "the X district" is a part of that town the gazetteer lacks */
const PART_OF_TOWN_KM = 40;
/** farther than this from every town of the story, a town told as "nearby" is a namesake */
const NEARBY_KM = 100;
const TOWN_PARTS = new Set(['district', 'neighbourhood', 'neighborhood', 'quarter']);
/** landmarks named after someone or something, standing in a town of their own ("the Myasnikyan monument") */
/** a medium named right before its name ("the state news agency Saba", "the daily Prensa") */
const MEDIA_HEADS = new Set(['agency', 'newspaper', 'daily', 'weekly', 'broadcaster', 'channel', 'radio', 'television', 'tv', 'magazine', 'tabloid']);
/** what an apposition calls a small place ("Gambela, a trading centre on the border", "Kandebene, a farming settlement") */
const SMALL_PLACES = new Set(['village', 'settlement', 'hamlet', 'centre', 'center', 'town', 'township', 'outpost', 'locality']);
/** what a place is called when the text says whose it is ("the South Sudanese town of Kaya", "Kaya, a South Sudanese commercial center"):
 * a small place's words and a bigger place's */
const STATED_HEADS = new Set([...SMALL_PLACES, 'city', 'port', 'capital', 'district', 'province', 'region', 'county', 'municipality', 'island']);
const LANDMARK_HEADS = new Set(['monument', 'statue', 'memorial', 'mausoleum', 'obelisk', 'bust', 'gate', 'house', 'tower', 'hotel']);
const VILLAGE_POP = 20_000;
const LOCAL_AREAS = new Set(['area', 'mahalla', 'mahalle', 'kebele', 'colonia', 'fokontany', 'neighbourhood', 'neighborhood', 'estate', 'suburb', 'slum', 'quarter', 'locality', 'township', 'ward', 'barrio', 'precinct', 'shantytown', 'shanty', 'favela', 'poblacion']);
/** "the Stockholm suburb of X", "a district of Lagos": a part of a city, named after "of" */
const CITY_PARTS = new Set(['suburb', 'suburbs', 'neighbourhood', 'neighborhood', 'neighbourhoods', 'neighborhoods', 'district', 'districts', 'quarter', 'quarters', 'township', 'townships', 'borough', 'boroughs', 'slum', 'slums', 'outskirts']);
const FACILITY_HEADS = new Set(['airbase', 'airport', 'airfield', 'airstrip', 'prison', 'jail', 'stadium', 'barracks', 'garrison']);
/** a street's word after a name in the possessive: "St Peter's Road", "St Mary's Street" (not "Nairobi's Kibera slum") */
const POSSESSED_STREETS = new Set(['road', 'street', 'avenue', 'lane', 'drive', 'crescent', 'terrace', 'square', 'close', 'row', 'walk']);
const ROAD_WORDS = new Set(['road', 'highway', 'expressway', 'motorway', 'railway', 'railroad', 'rail', 'route', 'corridor', 'pipeline', 'axis', 'freeway']);
/** a word after a hyphenated pair of names that makes the pair one local thing ("the Koroba-Kopiago electorate", "the Dhaka-Chittagong
 * line", "the Kasese-Bundibugyo border") */
const COMPOUND_HEADS = new Set([...ROAD_WORDS, ...(CTX.hyphen_compound_heads ?? [])]);
/** the places a hyphenated pair of names joins lie within this distance of each other ("Dhaka-Chittagong", "Kasese-Bundibugyo"),
 * unless both are cities ("Paris-Berlin") */
const COMPOUND_KM = 1500;
const STOP = new Set(
  readFileSync(dataPath('stop.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map(fold),
);
/** words of a county, a division the gazetteer holds as a second-level one or not at all */
const COUNTY_WORDS = /\b(?:county|borough|parish)\b/;
/** words of a division below the first level, after a place's name, besides ADMIN_SUFFIX's ("Pale township", "Lalsot tehsil") */
const DIVISION_WORDS = new Set(['township', 'subdistrict', 'tehsil', 'taluk', 'upazila', 'commune']);
/** a list's division word: "in Pale, Kani and Depayin townships", "Kaduna and Kano states", "Perry, Knott and Leslie counties" */
const DIVISION_PLURALS = set(CTX.division_plurals ?? []);
const ADMIN_SUFFIX = new Set(['province', 'provinces', 'region', 'district', 'county', 'state', 'oblast', 'governorate', 'department', 'prefecture', 'municipality', 'parish', 'raion', 'rayon', 'wilaya', 'borough']);


let countryMap: Map<string, CountryKey> | null = null;
let countryPrefixes: Set<string> | null = null;

function countries(g: Gazetteer): Map<string, CountryKey> {
  if (countryMap) return countryMap;
  countryMap = new Map();
  countryPrefixes = new Set();
  for (const [k, info] of countryKeys()) {
    const f = fold(k);
    if (f.length < 2 || STOP.has(f)) continue;
    // capitals and seats of government are cities here ("Paris", "Kabul")
    if (isCapitalName(k)) continue;
    const e = g.lookup(f);
    const top = e?.candidates[0]?.place;
    // a city-state whose main city bears the very name ("Singapore") is the city; "Mexico" is
    // the country even though Mexico City is also called "Mexico"
    if (top && top.cc === info.iso2 && top.fcode !== 'ADM1' && top.population >= 100_000 && fold(top.name) === f) continue;
    // the capital by another of its names ("Kiev" for Kyiv, "Peking") is the city too
    if (top && top.cc === info.iso2 && top.fcode === 'PPLC') continue;
    // (a hyphenated name by its words too, as the text's tokens give it: "Guinea-Bissau", "Timor-Leste", "Bosnia-Herzegovina")
    for (const key of HYPHENS.test(k) ? [f, foldToken(k)] : [f]) {
      if (key !== f && countryMap.has(key)) continue;
      const until = countryNameUntil(k);
      countryMap.set(key, until === null ? { info, demonym: isDemonym(k) } : { info, demonym: isDemonym(k), until });
      let sp = key.indexOf(' ');
      while (sp > 0) {
        countryPrefixes.add(key.slice(0, sp));
        sp = key.indexOf(' ', sp + 1);
      }
    }
  }
  return countryMap;
}

// ---------------------------------------------------------------------------------------
// helpers

/** the words for a division named by its quarter of a land: "the Northern Province", "Eastern Region" */
const QUARTER_DIVISIONS = new Set(['province', 'region', 'district', 'division', 'zone', 'state', 'territory', 'department']);
/** the points of the compass, written as one word */
const COMPASS_POINTS = new Set(['north', 'south', 'east', 'west', 'northwest', 'northeast', 'southwest', 'southeast']);
/** units a distance is counted in, before the direction it runs ("15 km north-west of") */
const DISTANCE_UNITS = new Set(['km', 'kms', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'miles', 'mile', 'mi']);
/** a quarter of a land named before it: "in eastern Rhodesia", "in southern Sudan" */
const QUARTERS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'northeast', 'northwest', 'southeast', 'southwest']);

/** "al mansoura" → "al mansurah": a name after the Arabic article, in the gazetteer's transliteration, or null when the same */
function arabicSpelling(key: string): string | null {
  if (!/^(?:al|el|ad|ar|as|ash|at|az|an) \S/.test(key)) return null;
  let v = key.replace(/ou/g, 'u').replace(/ee/g, 'i');
  if (/[^h]a$/.test(v)) v += 'h';
  return v === key ? null : v;
}

const LETTER = /\p{L}/u;
const UPPER_WORD = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

function hasLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return LETTER.test(s);
}

/** "Montego Bay, St James": a name written with "St" is also looked up as "Saint ..." (Saint James Parish, Jamaica),
 * its candidates after those of the short form */
function saintToo(key: string, e: KeyEntry | null): KeyEntry | null {
  if (!key.startsWith('st ')) return e;
  const s = gazetteer().lookup('saint ' + key.slice(3));
  if (!s) return e;
  if (!e) return s;
  const more = s.candidates.filter((c) => !e.candidates.some((x) => x.place === c.place || (x.place.geonameid != null && x.place.geonameid === c.place.geonameid)));
  return more.length ? { ...e, candidates: [...e.candidates, ...more] } : e;
}

/** a division's word in the singular: "counties" -> "county", "parishes" -> "parish", "townships" -> "township" */
function singularOf(w: string): string {
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (/(?:sh|ch|x|ss)es$/.test(w)) return w.slice(0, -2);
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

function lowerNoDot(t: Token | undefined): string {
  if (!t) return '';
  const l = t.lower;
  return l.endsWith('.') ? l.slice(0, -1) : l;
}

// ---------------------------------------------------------------------------------------
// matching

/** words after a place that make it part of a body's name or a policy: "Hong Kong and Macau Affairs Office", "Taiwan policy" */
const BODY_AFTER = /^\s+(?:(?:and|&)\s+\p{Lu}[\p{L}-]*\s+)?(?:affairs|office|ministry|bureau|department|commission|council|policy|authority|authorities|liaison|committee|agency)\b/iu;

/** the Democratic Republic of the Congo named in full, or by its capital or eastern provinces */
const DRC_NAMED = /\bDemocratic\s+Republic\s+of\s+(?:the\s+)?Congo\b|\bD\.?R\.?\s?Congo\b|\bDRC\b|\bCongo-Kinshasa\b|\bKinshasa\b|\bKivu\b|\bZaire\b|\bL[eé]opoldville\b|\bCongo-L[eé]opoldville\b|\bStanleyville\b|\bKisangani\b|\b[EÉ]lisabethville\b|\bLubumbashi\b|\bKatanga\b|\bKasai\b|\bGoma\b|\bBukavu\b|\bKikwit\b|\bMatadi\b|\bIturi\b|\bMbuji-Mayi\b/i;
/** the Republic of the Congo named by its capital or its long name without "Democratic" */
const CONGO_REPUBLIC_NAMED = /\bBrazzaville\b|\bPointe-Noire\b|(?<!Democratic\s)\bRepublic\s+of\s+(?:the\s+)?Congo\b/i;

/** Recognise and resolve the place mentions of a Doc; sets doc.places and doc.mainCountry. */
export function recognisePlaces(doc: Doc): ScoredPlaceMention[] {
  const g = gazetteer();
  // (a former name is the country's only in a story of its time: "KUMASI, GOLD COAST" in 1956, Gold Coast, Queensland in 2018)
  const year = Number((doc.article.published ?? '').slice(0, 4)) || null;
  const allCountries = countries(g);
  const inTime = (c: CountryKey | undefined): CountryKey | undefined => (c && c.until !== undefined && !(year !== null && year <= c.until) ? undefined : c);
  const cmap = { get: (k: string) => inTime(allCountries.get(k)), has: (k: string) => !!inTime(allCountries.get(k)) };
  const cpre = countryPrefixes!;
  const toks = doc.tokens;
  const n = toks.length;
  /** names the text placed in a country none of their namesakes are in: every mention of them stays unresolved */
  const unplaced = new Set<string>();
  /** names the text placed in a first-level division none of their namesakes are in: every mention of them is that division */
  const inDivision = new Map<string, Option>();
  let drc: boolean | null = null;
  const congoIsDrc = (): boolean => (drc ??= DRC_NAMED.test(doc.text) && !CONGO_REPUBLIC_NAMED.test(doc.text));
  // ("Mortar fire shook the Congolese capital" of a Brazzaville story: the demonym both Congos share is the one the story names
  // more often by its capital or its long name)
  let brazza: boolean | null = null;
  const congoleseIsCg = (): boolean => {
    if (brazza === null) {
      const count = (re: RegExp) => doc.text.match(new RegExp(re.source, 'gi'))?.length ?? 0;
      brazza = count(CONGO_REPUBLIC_NAMED) > count(DRC_NAMED);
    }
    return brazza;
  };
  const folded: string[] = new Array(n);
  for (let i = 0; i < n; i++) folded[i] = foldToken(toks[i].text);

  // sentences set in capitals carry no capitalisation cue (as the article writes them: the analysed text gives them
  // ordinary case, which a gazetteer name the tagger's lexicon knows, "TEXAS", does not get)
  const capsSent = new Uint8Array(doc.sentences.length);
  const own = doc.article.text;
  for (const s of doc.sentences) {
    let alpha = 0;
    let upper = 0;
    for (let i = s.first; i < s.last; i++) {
      const t = own === doc.text ? toks[i].text : own.slice(toks[i].start, toks[i].end);
      if (t.length < 2 || !hasLetter(t)) continue;
      alpha++;
      if (UPPER_WORD.test(t)) upper++;
    }
    capsSent[s.index] = alpha >= 3 && upper / alpha >= 0.7 ? 1 : 0;
  }
  const sentFirst = (i: number) => doc.sentences[toks[i].sent]?.first ?? 0;
  const sentLast = (i: number) => doc.sentences[toks[i].sent]?.last ?? n;
  const caps = (i: number) => capsSent[toks[i].sent] === 1;
  const nameLike = (i: number) => {
    const t = toks[i];
    if (!t || !hasLetter(t.text)) return false;
    return caps(i) ? true : t.cap;
  };
  /** first word of its sentence (after opening quotes/brackets) */
  const sentInitial = (i: number) => {
    for (let k = sentFirst(i); k < i; k++) if (hasLetter(toks[k].text)) return false;
    return true;
  };
  /** a capitalised word that is not an English word: part of a person's or an organisation's name */
  const properWord = (i: number) => {
    const t = toks[i];
    if (!t || t.sent !== toks[i]?.sent || !nameLike(i) || t.text.length < 2) return false;
    const l = lowerNoDot(t);
    if (g.words.has(l) || NOT_NAMES.has(l) || STOP.has(l)) return false;
    // in capitals an unknown word may be an inflected verb or adverb ("QUEUED", "REPORTEDLY")
    if (caps(i) && /(?:ed|ing|ly)$/.test(l)) return false;
    if (cmap.has(folded[i])) return false;
    return /^\p{L}[\p{L}'’.-]*$/u.test(t.text);
  };

  // ("Evo Morales resigned ... From Mexico City, Morales denounced": a name the article writes after a given name that is no place,
  // or after a title, is a surname; told alone later, with no cue of place, it is that person, not a town of the name)
  const surnames = new Set<string>();
  for (let k = 1; k < n; k++) {
    const t = toks[k];
    const p = toks[k - 1];
    if (t.sent !== p.sent || caps(k) || !t.cap || !folded[k] || !p.cap || p.end >= t.start) continue;
    // (not an office's letters: "SSP Hyderabad", "DC Quetta" name the district the officer serves)
    const given = TITLES.has(p.lower) || (properWord(k - 1) && !/^\p{Lu}{2,5}$/u.test(p.text) && !g.lookup(`${folded[k - 1]} ${folded[k]}`) && toks[k + 1]?.cap !== true);
    if (given && g.lookup(folded[k])) surnames.add(folded[k]);
  }

  const matches: Match[] = [];
  /** names that are also surnames, told with no cue of a place ("Hamilton is still counting the cost"): read again once the story's
   * country and towns are known */
  const heldWeak: Match[] = [];
  const personWords = new Set<string>();
  let skipTo = 0;
  let lastRejectedEnd = -2;
  let i = 0;
  while (i < n) {
    if (!nameLike(i) || folded[i] === '') {
      i++;
      continue;
    }
    // ("Hazard, Ky.", "on Ky. 15": a US state written short)
    const st = stateMention(i);
    if (st) {
      matches.push(st);
      i = st.last + 1;
      continue;
    }
    const end = sentLast(i);
    const mixed = !caps(i);
    // ("THE EASTERN TOWN OF BERLIN" in capitals: the place noun and its "of" are no part of the name,
    // though an old "Town of Berlin" is an alternate name of Kitchener)
    if (!mixed && PLACE_NOUNS.has(folded[i]) && folded[i + 1] === 'of') {
      i++;
      continue;
    }
    let key = '';
    let best = -1;
    let bestKey = '';
    let glue = false;
    let joined = false;
    let sep = ' ';
    for (let j = i; j < end && j < i + 10; j++) {
      const t = toks[j];
      const f = folded[j];
      if (j > i) {
        const adjacent = t.start === toks[j - 1].end;
        if (f === '') {
          if (isJoiner(t.text) && adjacent && j + 1 < end && toks[j + 1].start === t.end) {
            glue = true;
            sep = HYPHENS.test(t.text) ? ' ' : '';
            continue;
          }
          break;
        }
        // wink splits some words at letters such as š, Ł, ź ("Ni" + "š"): glue them back;
        // anything else adjacent ends the name ("Bishkek" + "'s")
        let split = false;
        if (adjacent && !glue) {
          if (!/^\p{L}+$/u.test(t.text)) break;
          glue = true;
          split = true;
          sep = '';
        }
        if (mixed && !glue && !t.cap && !NAME_INNER.has(f) && !ADMIN_SUFFIX.has(f)) break;
        key = flat(key + (glue ? sep : ' ') + f);
        joined = glue || split;
        glue = false;
      } else key = f;
      if (g.lookup(key) || cmap.has(key)) {
        if (!mixed || t.cap || joined || j === i || ADMIN_SUFFIX.has(f)) {
          best = j;
          bestKey = key;
        }
      } else if (j > i && mixed && t.cap && toks[j - 1].cap) {
        // "Tarin Kot" = "Tarinkot", "Mazar i Sharif" = "Mazarisharif"
        const solid = flat(key.replace(/ /g, ''));
        if (g.lookup(solid)) {
          best = j;
          bestKey = solid;
        }
      }
      // ("Al Mansoura" = "Al Mansurah": a name after the Arabic article in another transliteration, "ou" for "u", "ee" for "i", a
      // final "a" for "ah")
      if (j > i && best < j && (!mixed || t.cap)) {
        const v = arabicSpelling(key);
        if (v && g.lookup(v)) {
          best = j;
          bestKey = v;
        }
      }
      const splitWord = j + 1 < end && toks[j + 1].start === t.end && /^\p{L}+$/u.test(toks[j + 1].text);
      if (!splitWord && !g.isPrefix(key) && !cpre.has(key)) break;
    }
    if (best < 0) {
      // "Tripoli-based", "Ankara-backed": a place name inside a hyphenated token
      if (HYPHENS.test(toks[i].text)) {
        const m = hyphenPart(i);
        if (m) matches.push(m);
      }
      i++;
      continue;
    }
    skipTo = best + 1;
    const m = judge(i, best, bestKey);
    if (m) matches.push(m);
    i = skipTo;
  }

  /** a US state written short at token k, with its full stop ("Ky.", "W.Va.", "W. Va."): the token it ends at and its first-level division */
  function stateShortAt(k: number): { last: number; place: GPlace } | null {
    const t = toks[k];
    if (!t || !nameLike(k)) return null;
    const nx = toks[k + 1];
    // (the longer form first: "W. Va." before "W.")
    const forms: Array<[string, number]> = [];
    if (nx && nx.sent === t.sent && nx.start === t.end + 1 && t.lower.endsWith('.') && nameLike(k + 1)) forms.push([t.lower + nx.lower, k + 1]);
    forms.push([t.lower, k]);
    for (const [form, last] of forms) {
      const state = US_STATES_SHORT.get(form.replace(/\.$/, ''));
      if (!state || !(form.endsWith('.') || toks[last + 1]?.text === '.')) continue;
      const adm = g.lookup(state)?.candidates.find((x) => x.place.fcode === 'ADM1' && x.place.cc === 'US');
      // (its full stop set apart: "Madison, Wis." as "Wis" and ".")
      if (adm) return { last: form.endsWith('.') || toks[last + 1].start !== toks[last].end ? last : last + 1, place: adm.place };
    }
    return null;
  }

  /** a US state written short where it names the state: after a place and its comma ("Hazard, Ky.", "HAZARD, KY. (AP)"), or
   * before a road's number, the state's own road ("on Ky. 15", "Tenn. Route 80") */
  function stateMention(k: number): Match | null {
    const s = stateShortAt(k);
    if (!s) return null;
    const sent = toks[k].sent;
    const afterPlace = toks[k - 1]?.text === ',' && toks[k - 1].sent === sent && k >= 2 && nameLike(k - 2) && toks[k - 2].sent === sent;
    let r = s.last + 1;
    while (r < n && r <= s.last + 2 && toks[r].sent === sent && STATE_ROAD_WORDS.has(toks[r].lower.replace(/\.$/, ''))) r++;
    const road = r < n && toks[r].sent === sent && /^\d{1,4}[A-Za-z]?$/.test(toks[r].text);
    if (!afterPlace && !road) return null;
    const p = s.place;
    return {
      first: k,
      last: s.last,
      endChar: null,
      key: fold(p.name),
      options: [{ place: p, country: null, main: true, prior: placePrior(p, true), cc: p.cc, lat: p.lat, lon: p.lon }],
      countryKey: null,
      cue: true,
      adminCue: true,
      cityCue: false,
      tentative: false,
      demonym: false,
      qualifier: null,
      dateline: false,
      prep: LOC_PREPS.has(lowerNoDot(toks[k - 1])),
      chosen: null,
      score: 0,
      margin: 0,
    };
  }

  /** the plural division's word that closes a list the name at first..last is an item of ("in Perry, Knott and Leslie counties",
   * "Kaduna and Kano states"), or -1 */
  function divisionListEnd(first: number, last: number): number {
    const sent = toks[last].sent;
    const joins = (t: Token | undefined) => !!t && t.sent === sent && (t.text === ',' || t.lower === 'and' || t.lower === 'or');
    let k = last + 1;
    let joined = false;
    while (k < n && k - last <= 12 && toks[k].sent === sent) {
      if (joins(toks[k])) {
        if (toks[k].text !== ',') joined = true;
      } else if (!toks[k].cap || DIVISION_PLURALS.has(toks[k].lower)) break;
      k++;
    }
    const w = toks[k];
    if (!w || w.sent !== sent || !DIVISION_PLURALS.has(w.lower) || (w.cap && !caps(k))) return -1;
    // (the list's last name: a joining word before it; an earlier one: "and" or "or" after it, and a name right before the word)
    if (k === last + 1) return joins(toks[first - 1]) ? k : -1;
    return joined && !joins(toks[k - 1]) ? k : -1;
  }

  function hyphenPart(i: number): Match | null {
    const t = toks[i];
    const parts = t.text.split(HYPHENS);
    for (let k = parts.length - 1; k >= 1; k--) {
      const head = parts.slice(0, k).join('-');
      const key = foldToken(head);
      if (!key || (!g.lookup(key) && !cmap.has(key))) continue;
      const rest = parts[k].toLowerCase();
      if (HYPHEN_ACTOR.has(rest)) {
        // "Turkey-backed militants": a country as actor; "Ankara-backed": not a place at all
        const ck = cmap.get(key);
        if (!ck) return null;
        const m = judge(i, i, key, { end: t.start + head.length, demonym: true });
        return m;
      }
      if (HYPHEN_PLACE.has(rest)) return judge(i, i, key, { end: t.start + head.length, cue: true });
      return null;
    }
    return null;
  }

  /** the other name of "X and Y youths" is a capitalised word no gazetteer or country list knows, and a people's noun follows */
  function pairedWithPeople(first: number, last: number): boolean {
    const unknownName = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text) && !g.lookup(foldToken(t.text)) && !cmap.has(foldToken(t.text)) && !isDemonym(t.text);
    const pair = (t: Token | undefined) => !!t && (t.lower === 'and' || t.lower === 'or');
    if (pair(toks[last + 1]) && unknownName(toks[last + 2]) && GROUP_HEADS.has(toks[last + 3]?.lower ?? '') && toks[last + 3].sent === toks[last].sent) return true;
    return first >= 2 && pair(toks[first - 1]) && unknownName(toks[first - 2]) && GROUP_HEADS.has(toks[last + 1]?.lower ?? '') && toks[first - 2].sent === toks[first].sent;
  }

  function judge(first: number, last: number, key: string, opt: { end?: number; demonym?: boolean; cue?: boolean } = {}): Match | null {
    let held = false;
    if (STOP.has(key)) return null;
    let entry = saintToo(key, g.lookup(key));
    let ck = cmap.get(key) ?? null;
    // ("GOMA, Democratic Republic of Congo ... saying no Rwandan troops were in Congo": the short name of two countries is the
    // one the story names in full, or whose capital it names)
    if (ck && ck.info.iso2 === 'CG' && congoIsDrc()) {
      const cd = countryByIso2('CD');
      if (cd) ck = { ...ck, info: cd };
    }
    if (ck && ck.demonym && ck.info.iso2 === 'CD' && key.startsWith('congolese') && congoleseIsCg()) {
      const cg = countryByIso2('CG');
      if (cg) ck = { ...ck, info: cg };
    }
    const sf = sentFirst(first);
    const se = sentLast(first);
    const prev = first - 1 >= sf ? toks[first - 1] : undefined;
    const prev2 = first - 2 >= sf ? toks[first - 2] : undefined;
    const next = last + 1 < se ? toks[last + 1] : undefined;
    const next2 = last + 2 < se ? toks[last + 2] : undefined;
    const pl = lowerNoDot(prev);
    const p2l = lowerNoDot(prev2);
    const nl = next ? next.lower : '';
    const n2l = next2 ? next2.lower : '';
    const mixed = !caps(first);
    const keyWords = key.split(' ');
    const lastWord = keyWords[keyWords.length - 1];
    // "IN THE HILLS EAST OF THE CAPITAL": in capitals, "the" and common words are no name ("The Hills")
    if (!mixed && keyWords.length > 1 && keyWords[0] === 'the' && keyWords.slice(1).every((w) => g.words.has(w) || g.words.has(w.replace(/s$/, '')))) return null;
    // ("15 KM NORTH-WEST OF BAMAKO", "20 miles north of the border": a point of the compass counted from a place is a direction, no
    // province of that name; in capitals, before "of", too)
    if (COMPASS_POINTS.has(key.replace(/[\s-]/g, '')) && (DISTANCE_UNITS.has(pl) || (!mixed && nl === 'of'))) return null;

    // --- what the neighbours say
    let cue = false;
    /** a cue strong enough for a name that is also a common word ("in Nice", "the city of Reading") */
    let strongCue = false;
    let adminCue = ADMIN_SUFFIX.has(lastWord) && keyWords.length > 1;
    let cityCue = false;
    let smallCue: 'town' | 'village' | undefined;
    // ("lawmakers loyal to Morales", "close to Maduro": a person one is bound to, no destination)
    // ("IN EASTERN RHODESIA": a part of the land named by its quarter after the preposition is as much a place)
    if (QUARTERS.has(pl) && LOC_PREPS.has(p2l) && p2l !== 'to' && p2l !== 'from') cue = true;
    if (LOC_PREPS.has(pl) && !(pl === 'to' && BOUND_TO.has(p2l))) {
      cue = true;
      // "forced families to flee", "from mining": verbs and gerunds follow "to"/"from" as often as places
      // ("IS AT WAR WITH NOBODY": in capitals, an idiom's word after "at" names a hamlet of that name too seldom to take it; a town of
      // ten thousand still is one, and so is a small town of any other name, "CHARGED AT CLONES")
      const hamletWord = !mixed && pl === 'at' && first === last && AT_IDIOMS.has(key) && !entry?.candidates.some((c) => c.place.population >= 10_000);
      if (((pl !== 'to' && pl !== 'from') || (mixed && toks[first].cap)) && !hamletWord) strongCue = true;
    }
    // ("the Department of Justice", "the Department of Commerce": a common word after "department of" that names no division of
    // any country is the department's portfolio, not a town whose province is meant; "the department of Cauca" is a division)
    if (pl === 'of' && p2l === 'department' && !ck && entry?.common && !entry.candidates.some((c) => isAdmin(c.place))) return null;
    if (pl === 'of' && PLACE_NOUNS.has(p2l)) {
      cue = true;
      strongCue = true;
      if (ADMIN_SUFFIX.has(p2l)) adminCue = true;
      if (p2l === 'city' || p2l === 'town' || p2l === 'village' || p2l === 'capital' || p2l === 'hamlet') cityCue = true;
      // ("the eastern town of Berlin", "the hamlet of Tenango": a small place, no metropolis of that name)
      if (p2l === 'town' || p2l === 'village' || p2l === 'hamlet') smallCue = p2l === 'town' ? 'town' : 'village';
    }
    // ("In Oyo, Sassou Nguesso's home village about 400 km north": a place told as a village or a town in apposition)
    if (nl === ',') {
      for (let k = last + 2; k < last + 8 && k < toks.length && toks[k].sent === toks[first].sent; k++) {
        const w = toks[k].lower;
        if (w === 'village' || w === 'hamlet' || w === 'town') {
          if (!toks[k + 1] || !/^(?:of|hall|council|square|centre|center|house)$/.test(toks[k + 1].lower)) smallCue = w === 'town' ? 'town' : 'village';
          break;
        }
        if (!(toks[k].pos === 'DET' || toks[k].pos === 'ADJ' || toks[k].pos === 'PROPN' || toks[k].pos === 'NOUN' || w === "'s" || w === '’s' || w === 'his' || w === 'her' || w === 'their')) break;
      }
    }
    if (prev && !prev.cap && PLACE_NOUNS.has(pl) && !ADMIN_SUFFIX.has(pl)) cue = true; // "the town Uzgen"
    let suffixCue = false;
    // ("the Justice Department", "the State Department": a common word before "Department" names a government's department, not
    // a province; "Cauca Department" is one)
    const office = nl === 'department' && !!entry?.common;
    if (next && PLACE_SUFFIXES.has(nl) && (mixed ? !next.cap || ADMIN_SUFFIX.has(nl) : true) && !office) {
      if (!cue) suffixCue = true;
      cue = true;
      if (ADMIN_SUFFIX.has(nl)) {
        adminCue = true;
        strongCue = true;
      }
      if (nl === 'city' || nl === 'town') cityCue = true;
    }
    // ("miners from Perry, Knott and Leslie counties", "in Pale, Kani and Depayin townships": each name of a list closed by a plural
    // division's word is a division of that kind, not a town of the name; a common word only when a division bears it: "Clay and
    // Bell counties", not "the Justice and State departments")
    // (the division by its name with the word, which a common word's own key lacks: "clay county"; and none for a town: "Ibadan,
    // Ogun and Oyo states" names the city of Ibadan)
    const divEnd = ck ? -1 : divisionListEnd(first, last);
    const divList = divEnd >= 0;
    if (divList) {
      cue = true;
      const more = g.lookup(`${key} ${singularOf(toks[divEnd].lower)}`)?.candidates.filter((c) => isAdmin(c.place) && !entry?.candidates.some((x) => x.place === c.place)) ?? [];
      if (more.length) entry = entry ? { ...entry, candidates: [...entry.candidates, ...more] } : { common: false, weak: false, candidates: more };
      if (entry?.candidates.some((c) => isAdmin(c.place))) {
        adminCue = true;
        strongCue = true;
      }
    }
    if (opt.cue) cue = true;
    // "Tripoli - based", "Turkey-backed", "Tur-Abiedh" split into tokens
    let hyphenActor = !!opt.demonym;
    if (next && HYPHENS.test(nl) && nl.length === 1 && next2 && next.start === toks[last].end && next2.start === next.end) {
      if (HYPHEN_PLACE.has(n2l)) cue = true;
      else if (HYPHEN_ACTOR.has(n2l)) {
        if (!ck) return null;
        hyphenActor = true;
      } else if (properWord(last + 2)) return null; // part of a longer hyphenated name
    }
    // dateline: "OSH, Kyrgyzstan (AP) -" / "BISHKEK —"
    let dateline = false;
    // (and "HYDERABAD: Eleven people were killed", the dateline of South Asian papers)
    if (first === sf && next && (nl === '—' || nl === '–' || nl === '(' || (nl === '-' && next.start > toks[last].end) || (nl === ':' && !caps(first) && /^\p{Lu}[\p{Lu}\s.'’-]+$/u.test(doc.text.slice(toks[first].start, toks[last].end))))) {
      cue = true;
      strongCue = true;
      dateline = true;
    }
    // ("MANILA, FEB 25 (AP) -", "GOMA, Democratic Republic of Congo, Nov 6 (AP) -": the wire dateline's place)
    if (!dateline && first === sf && nl === ',' && datelineEnd(doc, doc.sentences[toks[first].sent]) > toks[last].end) dateline = true;
    // coordination with a place just recognised: "in Osh and Uzgen", "Osh, Uzgen and Aravan"
    const lastM = matches[matches.length - 1];
    let coordinated = false;
    if (lastM && (pl === 'and' || pl === 'or' || pl === ',') && lastM.last === first - 2 && lastM.cue && !lastM.demonym) coordinated = true;

    // the qualifier of the place before it: "Buffalo, New York" names the state
    if (lastM?.qualifier?.admin1 && lastM.last === first - 2 && pl === ',') adminCue = true;
    // inside a longer name: "Mocimboa da Praia", "Rio de Janeiro" not in the gazetteer
    if (prev && (mixed ? !prev.cap : true) && NAME_INNER.has(pl) && pl !== 'and' && pl !== 'of' && pl !== 'the' && pl !== 'on' && prev2?.cap && !cue) return null;
    // ("near San Jose Las Flores", "in Santa Rosa De Lima": the start of a longer name the gazetteer lacks, its particle set in
    // capitals, not San José in Costa Rica)
    if (mixed && next?.cap && NAME_ARTICLES.has(nl) && next2?.cap && next2.start > next.end && !ck) return null;
    // (and in lower case, past a second particle: "the entrance to Santiago de Paraíso", "San Juan de la Maguana", not Chile's capital)
    if (mixed && next && !next.cap && next.sent === toks[last].sent && NAME_ARTICLES.has(nl) && !ck) {
      const k = next2 && !next2.cap && NAME_ARTICLES.has(next2.lower) ? last + 3 : last + 2;
      if (toks[k]?.sent === next.sent && /^\p{Lu}\p{Ll}/u.test(toks[k].text)) return null;
    }

    // ("Kampong Speu province's Oral district": a place told as a part of the one named before it is in that one's
    // country; none of its namesakes elsewhere)
    // (not a body named for the place: "Beijing's Hong Kong and Macau Affairs Office", a capital standing for its government)
    if (lastM && lastM.last === first - 2 && (pl === "'s" || pl === '’s') && entry && !ck && !BODY_AFTER.test(doc.text.slice(toks[last].end, toks[last].end + 40))) {
      const cc = lastM.chosen?.cc ?? lastM.options[0]?.cc;
      if (cc && !entry.candidates.some((c) => c.place.cc === cc)) {
        unplaced.add(key);
        return null;
      }
    }
    // qualifier: "Paris, Texas", "Tripoli, Lebanon"
    // (past the division's word of the place itself: "Oral district, Kampong Speu province", "Pale township, Sagaing Region")
    let qualifier: Match['qualifier'] = null;
    const divWord = !!next && (ADMIN_SUFFIX.has(nl) || DIVISION_WORDS.has(nl)) && toks[last + 2]?.text === ',' && toks[last + 2].sent === toks[last].sent;
    const qAt = nl === ',' ? last + 2 : divWord ? last + 3 : -1;
    if (qAt > 0 && qAt < se) {
      const fits = (q: NonNullable<Match['qualifier']>) =>
        ck?.info.iso2 === q.cc || !!entry?.candidates.some((c) => c.place.cc === q.cc && (!q.admin1 || c.place.admin1 === q.admin1));
      const qs = qualifierAt(qAt, se);
      const q = qs.find(fits);
      if (q) {
        qualifier = q;
        cue = true;
      }
      // "EL ALTO, Bolivia": a town the text places in a country none of its namesakes are in is one
      // the gazetteer lacks, not the Peruvian El Alto (the country named after it still places it)
      else if (entry && !ck && qs.length > 0 && qs.every((x) => !x.admin1) && /^\p{Lu}/u.test(toks[first].text)) {
        unplaced.add(key);
        return null;
      }
      // ("Pale township, Sagaing Region" of a Myanmar story: a town the text places in a first-level division none of its
      // namesakes are in is a town of that division the gazetteer lacks, not Pale in Bosnia; it stands for the division, there and
      // wherever the story names it) (not a list of places: "in Lagos, Ogun and Oyo states")
      else if (entry && !ck && qs.length > 0 && qs.every((x) => !!x.admin1) && /^\p{Lu}/u.test(toks[first].text) && !listedAt(first, qAt)) {
        const a1s = [...new Set(qs.map((x) => `${x.cc}.${x.admin1}`))];
        const a1 = a1s.length === 1 ? g.admin1Of(qs[0].cc, qs[0].admin1!) : null;
        if (a1) {
          inDivision.set(key, { place: a1, country: null, main: true, prior: 9, cc: a1.cc, lat: a1.lat, lon: a1.lon });
          cue = true;
        }
      }
    }

    // --- what says it is not a place
    // ("THE HARBOUR REMAINED CLOSED": in capitals, a word the true-caser set in lower case after an article is a common noun, not
    // a town or a province of that name)
    if (!mixed && !ck && first === last && /^\p{Ll}/u.test(toks[first].text) && /^(?:the|a|an|its|their|his|her|our)$/.test(pl) && !qualifier) return null;
    // ("IN FRONT OF MORO'S CAR", "IN CHARGE OF", "IN SPITE OF": a common word between "in" and "of" is a phrase, not a town)
    if (!mixed && first === last && pl === 'in' && nl === 'of' && g.words.has(key)) return null;
    // the best-known settlement or first-level division of that name (districts only with a cue)
    const topC = entry?.candidates.find((c) => c.place.fcode !== 'ADM2' || adminCue) ?? null;
    const top = topC?.place ?? null;
    const known = knownPlace(top, !!topC?.main) || !!ck;
    // a common word ("Mobile", "Reading", "USED") or a given name needs a cue of its own; being
    // listed after a place is not enough ("In Bombay, mill workers")
    if (!ck && entry) {
      const big = !!top && (top.population >= 300_000 || top.fcode === 'PPLC');
      // listed with a place of the same country will do ("from Paradise and Chico", "IN GALWAY AND
      // LIMERICK"), not with any place ("In Bombay, mill workers")
      const lastCc = lastM?.chosen?.cc ?? lastM?.options[0]?.cc;
      const listed = coordinated && ((mixed && !sentInitial(first)) || entry.candidates.some((c) => c.place.cc === lastCc));
      if (((entry.common && !big) || entry.weak) && !listed) {
        // (a name that is also a surname, in running text, is held: the story's other towns may yet make it their town)
        if (!strongCue && !qualifier) {
          if (entry.weak && !entry.common && mixed && toks[first].cap) held = true;
          else return null;
        }
        // ("SIGNED AT INDEPENDENCE": in capitals, an abstract noun the true-caser set in lower case is that word, whatever is before it)
        if (!mixed && !qualifier && first === last && /^\p{Ll}/u.test(toks[first].text) && /(?:ence|ance|ion|ity|ment|ness|dom|ship)$/.test(toks[first].text)) return null;
        // "AT POLLING STATIONS": the word modifies the noun after it
        if (next && next.pos === 'NOUN' && g.words.has(nl) && !PLACE_SUFFIXES.has(nl) && !qualifier && !divList) return null;
      }
    }
    if (coordinated) cue = true;
    // an acronym in running text ("(SAR)", "the ANC"): capitals are not a place name here
    if (mixed && !ck && first !== sf && /^[\p{Lu}\d.]{2,5}$/u.test(toks[first].text) && first === last) return null;
    // a short name known only as some place's foreign name ("Tur" for Tours)
    if (!ck && key.length <= 3 && entry && entry.candidates.every((c) => !c.main)) return null;
    // (a title with its full stop set apart: "THE REV. PAUL A. LINDQUIST")
    if ((TITLES.has(pl) || (prev?.text === '.' && TITLES.has(p2l))) && !cue) return rejectName(first, last);
    if (pl === 'of' && ORG_PREPS.has(p2l)) return null;
    if (next && ORG_HEADS.has(nl) && (mixed ? next.cap : true) && !adminCue) return null;
    // ("All Bodo Students' Union", "Mombasa Republican Council": a name inside an organisation's, a few capitalised words before its head)
    // (past a possessive: "St Peter's Lutheran Church", "St Mary's Hospital" name no parish of Barbados)
    // (a town's own possessive is still the town: "in Nairobi's Kenyatta Hospital")
    if (mixed && (next?.cap || ((next?.text === "'s" || next?.text === '’s') && /^(?:st|saint|ste|sainte)\.?$/i.test(toks[first].text))) && !ck) {
      for (let k = last + 1; k <= last + 4 && toks[k] && toks[k].sent === toks[last].sent && (toks[k].cap || toks[k].text === "'" || toks[k].text === '’' || toks[k].text === "'s"); k++) {
        if (toks[k].cap && ORG_HEADS.has(toks[k].lower) && k > last + 1) return null;
      }
    }
    // "Green Village", "Azza Community": a place of another name that is not in the gazetteer
    if (mixed && next?.cap && PLACE_NOUNS.has(nl) && !ADMIN_SUFFIX.has(nl) && !PLACE_SUFFIXES.has(nl)) return null;
    // "Colorado River", "Lake Victoria" side: a natural feature or a road named after the place
    // (a range of hills is one however it is written: "the foothills of the Gorongosa mountains")
    if (next && FEATURE_HEADS.has(nl) && (mixed ? next.cap || RANGES.has(nl) : true)) return null;
    // ("In Nateete and Busega, on the Masaka road": a road named with "the" after the town it leads to, in lower case too)
    if (next && pl === 'the' && ROAD_WORDS.has(nl) && next.sent === toks[last].sent && !ck) return null;
    // ("Denham Town", "Wilton Gardens", "the Bournemouth Gardens Baptist church": a neighbourhood or an estate named after a town, whose
    // own name the gazetteer lacks, is no town of the name)
    if (mixed && next?.cap && AREA_NAME_HEADS.has(nl) && next.sent === toks[last].sent && !ck && !g.lookup(`${key} ${nl}`)) return null;
    // ("along Halls Ferry Road", "on Jennings Station Road": a road named after the place and another word)
    if (mixed && next?.cap && next.sent === toks[last].sent && FEATURE_HEADS.has(toks[last + 2]?.lower ?? '') && toks[last + 2].cap && !ck) return null;
    // ("the state news agency Saba", "the daily Prensa", "Radio Kigali said": a medium's own name, not the place of that name)
    if (prev && MEDIA_HEADS.has(pl) && !ck && (mixed ? toks[first].cap : true)) return null;
    // ("troops in the Sahel", "across the Sahara": a region of several countries, not the province or village of that name,
    // unless a country is named with it: "the Sahel region of Burkina Faso", "Burkina Faso's Sahel region")
    if (pl === 'the' && BROAD_REGIONS.has(key) && !ck && !qualifier && !(next && nl === 'region' && toks[last + 2]?.lower === 'of')) return null;
    // ("Lake Tanganyika", "Mount Kenya", "the Gulf of Guinea": the feature, not the country or town of that name)
    if (prev && FEATURE_PREFIXES.has(pl) && (mixed ? prev.cap : true)) return null;
    if (prev && pl === 'of' && prev2 && FEATURE_PREFIXES.has(p2l) && (mixed ? prev2.cap : true) && toks[first - 3]?.lower === 'the') return null;
    // "La Carlota air base", "Incirlik airport": a facility's name, which may be no town of that name
    // (a town of another country, La Carlota in the Philippines); the town only when the text says so
    // (but a capital's or a great city's airport is the city's: "detained at Nicosia airport", "Nairobi airport")
    const cityAirport = nl === 'airport' && (isCapitalName(key) || (g.lookup(key)?.candidates[0]?.place.population ?? 0) >= 1_000_000);
    if (next && (FACILITY_HEADS.has(nl) || (nl === 'air' && /^(?:base|field|station)$/.test(toks[last + 2]?.lower ?? ''))) && !ck && !cityAirport) return null;
    // ("near the corner of Losey and Henderson streets": the second of two streets named with one plural head)
    if (next && pl === 'and' && /^(?:streets|roads|avenues|boulevards)$/.test(nl) && !ck) return null;
    // "near Broadway and Main Avenue": coordinated with a street, a street too
    if (nl === 'and' && mixed && toks[last + 2]?.cap && (FEATURE_HEADS.has(toks[last + 3]?.lower ?? '') || FEATURE_HEADS.has(toks[last + 4]?.lower ?? '')) && !ck) return null;
    // ("the Bab al-Tabbaneh district", "Ras al-Ain": the name goes on past the words matched)
    const dash = toks[last + 2];
    if (next && dash && NAME_PARTICLES.has(nl) && (dash.text === '-' || dash.text === '‐') && dash.start === next.end && toks[last + 3]?.start === dash.end &&
      /^\p{Lu}/u.test(toks[last + 3].text) && next.sent === toks[last].sent) return null;
    if (next && next.sent === toks[last].sent && properWord(last + 1) && next.start > toks[last].end) {
      if (!(LOC_PREPS.has(pl) && known)) return rejectName(first, last);
    }
    // ("Jordan Mills, 22, of Tipton": a name and a surname that is also a word, told with an age, are a person)
    if (mixed && next && next.cap && next.sent === toks[last].sent && toks[last + 2]?.text === ',' && /^\d{1,2}$/.test(toks[last + 3]?.text ?? '') && toks[last + 4]?.text === ',') {
      return rejectName(first, last + 1);
    }
    // ("Cleveland Sellers, a field worker for the committee, was arrested", "Cleveland Sellers said": a town's name before a
    // capitalised word that names no place, no organisation and no feature, the two told with an apposition or a verb of saying,
    // are a person)
    if (mixed && next && next.cap && next.sent === toks[last].sent && next.start > toks[last].end && !LOC_PREPS.has(pl) && !ck &&
      !ORG_HEADS.has(nl) && !PLACE_NOUNS.has(nl) && !PLACE_SUFFIXES.has(nl) && !FEATURE_HEADS.has(nl) && !TITLES.has(nl) &&
      ((toks[last + 2]?.text === ',' && /^(?:a|an)$/.test(toks[last + 3]?.lower ?? '')) || SPEECH.has(toks[last + 2]?.lower ?? ''))) {
      return rejectName(first, last + 1);
    }
    // ("in Chbar Mon town": a word of the name before it, when only the place noun after it is the cue)
    if (prev && properWord(first - 1) && prev.end < toks[first].start && (!cue || (suffixCue && mixed && !LOC_PREPS.has(pl)))) {
      const pm = matches[matches.length - 1];
      if (!(pm && pm.last === first - 1)) return rejectName(first, last);
    }
    if (personWords.has(key) && !cue) return null;
    // (a cue right before or after it only: "in Santos", "Santos city" are the town; "From Mexico City, Morales denounced" is the man)
    const besideCue = LOC_PREPS.has(pl) || (pl === 'of' && PLACE_NOUNS.has(p2l)) || PLACE_SUFFIXES.has(nl) || PLACE_NOUNS.has(nl) || divList;
    if (surnames.has(key) && !ck && !besideCue && mixed && first === last && !dateline) return null;
    // the rest of a name just rejected ("JORDAN HENDERSON" in capitals)
    if (lastRejectedEnd === first - 1 && !cue) return rejectName(first, last);
    // a government speaking: "Moscow said", "Kyrgyzstan accused"
    if (next && SPEECH.has(nl) && !cue && pl !== 'of') return null;

    // ("fighting between Kikuyu and Kalenjin youths", "Dinka or Nuer fighters": one of a pair of names before a people's noun,
    // the other no place, names a people too)
    if (!ck && pairedWithPeople(first, last)) return rejectName(first, last);

    // --- countries and demonyms
    let demonym = false;
    if (ck) {
      demonym = ck.demonym || hyphenActor;
      // ("a young English instructor", "Spanish speakers": a language, no country)
      if (ck.demonym && next && LANGUAGE_NOUNS.has(nl)) return rejectName(first, last);
      // ("East Indian families", "West Indian immigrants": a people of the Caribbean or of Indian descent there, no Indian nationals)
      if (ck.demonym && ck.info.iso2 === 'IN' && (pl === 'east' || pl === 'west') && prev?.cap) return null;
      // "US troops", "Kyrgyzstan's government": the country names an actor
      if (!demonym && !LOC_PREPS.has(pl) && next) {
        if (ACTOR_NOUNS.has(nl)) demonym = true;
        if ((nl === "'s" || nl === '’s') && ACTOR_NOUNS.has(n2l)) demonym = true;
      }
      // "US" the country vs "us" the pronoun in capitals
      // (after a preposition too: "THEY SHOT AT US LIKE ANIMALS"; the country takes "THE" there, "IN THE US")
      if (!mixed && entry?.common === undefined && g.words.has(key) && (!cue || key === 'us') && !demonym && !toks[first].text.includes('.')) {
        if (!(p2l === 'the' || pl === 'the')) return null;
      }
      if (mixed && key.length <= 3 && !/^[\p{Lu}.]+$/u.test(toks[first].text)) return null;
    }

    // --- how much evidence a non-country name needs
    let tentative = false;
    if (!ck && entry) {
      // known only by a foreign/alternate name and named without any cue ("Hamas" for Hamm)
      // (a wire dateline is the cue: "SAIGON, June 11 -", "RANGOON, June 11 -", the old names of their cities)
      if (!cue && !dateline && entry.candidates.every((c) => !c.main)) tentative = true;
      // (even with a cue, a name of several words known only as another name of a city that shares none of its words: "in Jones Town"
      // of a Kingston story is a district there, not Baltimore, once Jones Town)
      const words = key.split(' ');
      if (!dateline && words.length > 1 && entry.candidates.every((c) => !c.main && !fold(c.place.name).split(' ').some((w) => words.includes(w)))) tentative = true;
      if (!cue && !dateline && !known) {
        // "a Harvard professor": an obscure name used as a modifier
        if (pl === 'a' || pl === 'an') return null;
        tentative = true;
      }
      if (!cue && sentInitial(first) && mixed && !known) tentative = true;
    }

    const options: Option[] = [];
    if (ck) {
      const c = ck.info;
      options.push({ place: null, country: c, main: true, prior: 9, cc: c.iso2, lat: c.lat ?? 0, lon: c.lon ?? 0 });
    }
    if (entry && !demonym) {
      for (const c of entry.candidates) {
        // a country's own name is the country; a city reached only through an alternate name
        // ("Mexico" for Mexico City) is not a reading of it
        // nor is the country's own province of that name ("México" state, "Panamá" province);
        // another country's ("Georgia", the US state) stays a reading
        if (ck && (fold(c.place.name) !== key || (c.place.cc === ck.info.iso2 && (c.place.fcode === 'ADM1' || c.place.fcode === 'ADM2')))) continue;
        // (a short foreign name is no reading of its place, whatever else goes by it: "Bab" is a Slovak
        // village's name, not Al Bāb's)
        if (!c.main && key.length <= 3) continue;
        options.push({
          place: c.place,
          country: null,
          main: c.main,
          prior: placePrior(c.place, c.main, c.short),
          cc: c.place.cc,
          lat: c.place.lat,
          lon: c.place.lon,
        });
      }
    }
    // ("the Pacific port of San Jose": a port named without its "Puerto" is the port town that bears it, Puerto San José, Guatemala,
    // wherever else a bigger San José lies; the port's own country still has to win the vote)
    if (!ck && pl === 'of' && (p2l === 'port' || p2l === 'harbour' || p2l === 'harbor')) {
      for (const pre of ['puerto', 'port', 'porto']) {
        for (const c of g.lookup(`${pre} ${key}`)?.candidates ?? []) {
          if (!c.main || options.some((o) => o.place === c.place)) continue;
          options.push({ place: c.place, country: null, main: true, prior: placePrior(c.place, true) + 3, cc: c.place.cc, lat: c.place.lat, lon: c.place.lon });
        }
      }
    }
    if (!options.length) return null;
    const made: Match = {
      first,
      last,
      endChar: opt.end ?? null,
      key,
      options,
      countryKey: ck,
      cue,
      adminCue,
      listed: divList,
      cityCue,
      smallCue,
      tentative,
      demonym,
      qualifier,
      dateline,
      prep: LOC_PREPS.has(pl),
      chosen: null,
      score: 0,
      margin: 0,
    };
    if (held) {
      heldWeak.push(made);
      return null;
    }
    return made;
  }

  /** a person's or organisation's name: skip the rest of it too ("Jordan Henderson") */
  function rejectName(first: number, last: number): null {
    // in mixed case the rest of the capitalised name goes too; in capitals nothing says where it ends
    let k = last + 1;
    if (!caps(first)) while (k < n && toks[k].sent === toks[last].sent && properWord(k)) k++;
    skipTo = k;
    lastRejectedEnd = last;
    for (let k = first; k <= last; k++) if (folded[k]) personWords.add(folded[k]);
    personWords.add(folded.slice(first, last + 1).join(' '));
    return null;
  }

  /** the name at `first` and the one at `q` after its comma are items of a list of places ("Kaduna, Lagos, Ogun and Oyo",
   * "in Lagos, Ogun and Oyo states"), not a place and the division it lies in */
  function listedAt(first: number, q: number): boolean {
    const sent = toks[first].sent;
    const pm = matches[matches.length - 1];
    if (pm && pm.last === first - 2 && toks[pm.last].sent === sent && (toks[first - 1].text === ',' || /^(?:and|or)$/.test(toks[first - 1].lower))) return true;
    let k = q;
    while (k < n && toks[k].sent === sent && folded[k] && nameLike(k)) k++;
    const after = toks[k];
    if (!after || after.sent !== sent) return false;
    if (/^(?:and|or|&)$/.test(after.lower)) return true;
    if (after.text === ',' && toks[k + 1]?.sent === sent && nameLike(k + 1)) {
      // (a country after the division is its own qualifier: "Pale, Sagaing Region, Myanmar")
      let key = '';
      for (let j = k + 1; j < k + 6 && j < n && folded[j]; j++) {
        key = key ? `${key} ${folded[j]}` : folded[j];
        const c = cmap.get(key);
        if (c && !c.demonym) return false;
      }
      return true;
    }
    return false;
  }

  /** well known: a big place, or a capital/seat/division named by its own name (not a foreign one) */
  function knownPlace(p: GPlace | null, main: boolean): boolean {
    if (!p) return false;
    return p.population >= 100_000 || (main && (p.fcode === 'PPLC' || p.fcode === 'PPLA' || p.fcode === 'ADM1'));
  }

  /** a country or first-level division named at token k (for "Paris, Texas") */
  /** the countries and first-level divisions a name at token k may be ("Georgia": GE or US.GA) */
  function qualifierAt(k: number, se: number): Array<NonNullable<Match['qualifier']>> {
    let key = '';
    let out: Array<NonNullable<Match['qualifier']>> = [];
    // ("Galesburg, Ill.": a state written short, with its full stop)
    if (k < se) {
      const w = toks[k].lower.replace(/\.$/, '');
      const state = US_STATES_SHORT.get(w);
      if (state && (toks[k].lower.endsWith('.') || toks[k + 1]?.text === '.')) {
        const e = g.lookup(state);
        const adm = e?.candidates.find((x) => x.place.fcode === 'ADM1' && x.place.cc === 'US');
        if (adm) return [{ cc: 'US', admin1: adm.place.admin1 }];
      }
    }
    for (let j = k; j < se && j < k + 5; j++) {
      if (!folded[j]) break;
      key = j === k ? folded[j] : key + ' ' + folded[j];
      const found: Array<NonNullable<Match['qualifier']>> = [];
      const c = cmap.get(key);
      if (c && !c.demonym) found.push({ cc: c.info.iso2, admin1: null });
      const e = saintToo(key, g.lookup(key));
      // (the division's word in lower case ends its name too: "Kampong Speu province")
      if (e && (nameLike(j) || (j > k && ADMIN_SUFFIX.has(folded[j])))) {
        for (const x of e.candidates) {
          if (x.place.fcode !== 'ADM1') continue;
          // "Tehran, Isfahan and Mashhad" is a list of cities, not Tehran in Isfahan province
          const town = e.candidates.some(
            (y) => y.main && y.place.cc === x.place.cc && y.place.admin1 === x.place.admin1 && !isAdmin(y.place) && y.place.population >= 0.1 * x.place.population,
          );
          if (!town) found.push({ cc: x.place.cc, admin1: x.place.admin1 });
        }
      }
      if (found.length) out = found;
      if (!g.isPrefix(key) && !cpre.has(key)) break;
    }
    return out;
  }

  // --- hyphenated pairs of names ("Tari-Pori", "the Kasese-Bundibugyo border", "the Dhaka-Chittagong line")
  /** a hyphen set tight between two words of one sentence */
  const tightHyphen = (k: number): boolean => !!toks[k] && toks[k].text.length === 1 && HYPHENS.test(toks[k].text) && k > 0 && toks[k - 1].end === toks[k].start &&
    !!toks[k + 1] && toks[k + 1].start === toks[k].end && toks[k - 1].sent === toks[k].sent && toks[k + 1].sent === toks[k].sent;
  interface CompoundPart { first: number; last: number; entry: KeyEntry | null; country: boolean }
  /** the name of a hyphenated pair whose word nearest the hyphen is at k, going away from it by step (-1 leftwards, +1 rightwards):
   * its longest form the gazetteer or the country list knows, up to four words, else the word alone; null for no name
   * ("pro-Kremlin", "al-Ain", "Franco-") */
  const compoundPart = (k: number, step: 1 | -1): CompoundPart | null => {
    if (!nameLike(k) || (!properWord(k) && !g.lookup(folded[k]) && !cmap.has(folded[k]))) return null;
    if (NAME_PARTICLES.has(toks[k].lower) || isDemonym(toks[k].text)) return null;
    let best: CompoundPart | null = null;
    let key = '';
    for (let j = k, len = 1; len <= 4; j += step, len++) {
      const t = toks[j];
      if (!t || t.sent !== toks[k].sent || (j !== k && (step < 0 ? toks[j + 1].start === t.end : t.start === toks[j - 1].end))) break;
      if (!nameLike(j) && !NAME_INNER.has(folded[j])) break;
      key = j === k ? folded[j] : step < 0 ? `${folded[j]} ${key}` : `${key} ${folded[j]}`;
      const c = cmap.get(key);
      const e = g.lookup(flat(key));
      if ((c && !c.demonym) || e) best = { first: Math.min(j, k), last: Math.max(j, k), entry: e, country: !!c && !c.demonym };
    }
    return best ?? { first: k, last: k, entry: null, country: false };
  };
  /** the other names of the hyphenated pair (or run: "Hodeidah-Sanaa-Taiz") a match is a name of, and the token after the run; null
   * when it is no part of one */
  const compoundOf = (m: Match): { partners: CompoundPart[]; after: number } | null => {
    if (m.endChar !== null || m.demonym) return null;
    const partners: CompoundPart[] = [];
    let k = m.first;
    while (partners.length < 4 && tightHyphen(k - 1)) {
      const p = compoundPart(k - 2, -1);
      if (!p) break;
      partners.push(p);
      k = p.first;
    }
    k = m.last;
    while (partners.length < 4 && tightHyphen(k + 1)) {
      const p = compoundPart(k + 2, 1);
      if (!p) break;
      partners.push(p);
      k = p.last;
    }
    return partners.length ? { partners, after: k + 1 } : null;
  };
  /** a capital, or a city of a hundred thousand by its own name: one end of a route between cities ("the Paris-Berlin train") */
  const bigCity = (p: GPlace | null, main: boolean): boolean => !!p && (p.fcode === 'PPLC' || (main && p.population >= 100_000 && !isAdmin(p)));
  // "the Jos-Abuja road", "the Kabul-Jalalabad highway": the towns a road joins are not where
  // something on it happened
  const roadEnd = (m: Match): boolean => {
    const hy = tightHyphen;
    const road = (k: number) => !!toks[k] && ROAD_WORDS.has(toks[k].lower);
    return (hy(m.first - 1) && road(m.last + 1)) || (hy(m.last + 1) && !!toks[m.last + 2]?.cap && (road(m.last + 3) || (hy(m.last + 3) && road(m.last + 5))));
  };
  // ("on Calle Potosí", "Avenida Brasil": a street named after a place, by the street word before it)
  const streetAfter = (m: Match): boolean => m.first > 0 && toks[m.first - 1].sent === toks[m.first].sent && STREET_PREFIXES.has(toks[m.first - 1].lower.replace(/\.$/, '')) &&
    (toks[m.first - 1].cap || caps(m.first - 1));
  // ("near St Peter's Road", "on King George's Avenue": a name in the possessive before a road's word names the road)
  const roadOf = (m: Match): boolean => (toks[m.last + 1]?.text === "'s" || toks[m.last + 1]?.text === '’s') && !!toks[m.last + 2] && POSSESSED_STREETS.has(toks[m.last + 2].lower) &&
    (toks[m.last + 2].cap || caps(m.last + 2)) && toks[m.last + 2].sent === toks[m.last].sent;
  for (let k = matches.length - 1; k >= 0; k--) if (matches[k].endChar === null && (roadEnd(matches[k]) || streetAfter(matches[k]) || roadOf(matches[k]))) matches.splice(k, 1);
  // (one sense per article: "El Alto" in the headline is the El Alto of the dateline "EL ALTO, Bolivia")
  if (unplaced.size) for (let k = matches.length - 1; k >= 0; k--) if (unplaced.has(matches[k].key)) matches.splice(k, 1);
  if (inDivision.size) for (const m of matches) { const o = inDivision.get(m.key); if (o && !m.countryKey) { m.options = [o]; m.tentative = false; } }
  // ("Marden County" of a Wisconsin story: a county the gazetteer holds no division of is none of the towns of its name, and no vote
  // for their country; a village Marden in Kent had made the story English)
  for (const m of matches) {
    if (m.adminCue && COUNTY_WORDS.test(`${m.key} ${toks[m.last + 1]?.lower ?? ''}`) && !m.options.some((o) => o.country || (o.place && isAdmin(o.place)))) m.options = [];
  }
  const compounds = new Map<Match, { partners: CompoundPart[]; after: number }>();
  for (const m of matches) {
    const c = compoundOf(m);
    if (c) compounds.set(m, c);
  }
  /** names the story gives outside any hyphenated pair too: there they speak for themselves */
  const namedAlone = new Set(matches.filter((m) => !compounds.has(m)).map((m) => m.key));
  resolve(matches);
  // ("Tari-Pori returning officer": the names of a hyphenated pair are places near each other, and a namesake of one far from every
  // place the other may be is not meant, Pori in Finland is no partner of Tari, but a local place the gazetteer lacks; a place of the
  // story's country, told by its other places, stays: "the Pori-Chittagong line" of a Bangladeshi story)
  if (compounds.size) {
    const main0 = mainCountryOf(matches.filter((m) => !compounds.has(m)));
    let changed = false;
    for (let i = matches.length - 1; i >= 0; i--) {
      const m = matches[i];
      const c = compounds.get(m);
      if (!c || m.countryKey || namedAlone.has(m.key)) continue;
      const known = c.partners.filter((p) => p.entry || p.country);
      if (!known.length || known.some((p) => p.country)) continue;
      const places = known.flatMap((p) => p.entry!.candidates);
      const bigPartner = places.some((x) => bigCity(x.place, x.main));
      const keep = m.options.filter((o) => !o.place || o.cc === main0 || (bigCity(o.place, o.main) && bigPartner) ||
        places.some((x) => distanceKm(x.place.lat, x.place.lon, o.place!.lat, o.place!.lon) <= COMPOUND_KM));
      if (keep.length === m.options.length) continue;
      changed = true;
      if (!keep.length) matches.splice(i, 1);
      else m.options = keep;
    }
    if (changed) resolve(matches);
  }
  // (a foreign city known by that name only as an old or foreign name gives way to a town that bears it in the
  // country the article's other places are in: "BATAVIA —" of an Ohio story is Batavia, Ohio, not Jakarta)
  const placed = new Map<string, number>();
  const named = new Map<string, number>();
  for (const m of matches) {
    if (m.chosen && !m.demonym) placed.set(m.chosen.cc, (placed.get(m.chosen.cc) ?? 0) + 1);
    named.set(m.key, (named.get(m.key) ?? 0) + 1);
  }
  for (const m of matches) {
    const c = m.chosen;
    if (!c?.place || c.main || m.qualifier) continue;
    const own = named.get(m.key) ?? 0;
    const elsewhere = (cc: string) => (placed.get(cc) ?? 0) - (cc === c.cc ? own : 0);
    const home = m.options.find((o) => o.main && o.place && !isAdmin(o.place) && o.cc !== c.cc && elsewhere(o.cc) > Math.max(0, elsewhere(c.cc)));
    if (home) m.chosen = home;
  }
  // ("CHAKE CHAKE, Pemba, January 29 -": the name after a dateline's city is the city's region; a place of another country by that
  // name, Pemba in Mozambique, is not meant, there or where the article names it again: "across Pemba island")
  const dl = matches.find((m) => m.dateline && !!m.chosen?.place && !m.chosen.country);
  if (dl) {
    const end = datelineEnd(doc, doc.sentences[toks[dl.first].sent]);
    const city = dl.chosen!.place!;
    const region = matches.find((m) => m.first === dl.last + 2 && toks[m.first - 1]?.text === ',' && toks[m.last].end <= end && !!m.chosen && !m.chosen.country && m.chosen.cc !== city.cc);
    if (region) {
      const a1 = g.admin1Of(city.cc, city.admin1);
      const own: Option | null = a1 && fold(a1.name).split(' ').includes(region.key) ? { place: a1, country: null, main: true, prior: 9, cc: a1.cc, lat: a1.lat, lon: a1.lon } : null;
      for (const m of matches) if (m.key === region.key && m.chosen && !m.chosen.country && m.chosen.cc !== city.cc) m.chosen = own;
    }
  }
  // ("DELHI - ... died in hospital in Simcoe ... a rally at Queen's Park in Toronto", "a curfew on Cairo ... Mounds and Mound City":
  // a name the story gives as its dateline or again and again, whose chosen city lies in a country nothing else in the story names,
  // is the namesake beside two or more of the story's other towns: a local paper's town, not the capital abroad)
  // (how often each name is told: `named`, counted above)
  {
    // (towns matched by their own names: "Thebes" as an old name of Thívai in Greece tells nothing)
    const others = (key: string) => matches.filter((x) => x.key !== key && !!x.chosen?.place && !x.chosen.country && x.chosen.main && !x.demonym && !isAdmin(x.chosen.place));
    const switched = new Map<string, Option>();
    for (const m of matches) {
      const c = m.chosen;
      if (!c?.place || c.country || m.qualifier || m.demonym || switched.has(m.key) || !(m.dateline || (named.get(m.key) ?? 0) >= 2)) continue;
      if (matches.some((x) => x.key !== m.key && x.chosen?.cc === c.cc && (x.chosen.main || !!x.chosen.country))) continue;
      const towns = others(m.key);
      if (towns.some((x) => distanceKm(x.chosen!.lat, x.chosen!.lon, c.lat, c.lon) <= FAR_ABROAD_KM)) continue;
      // (one of them a next-door neighbour: not "Sikhs in Brampton and Mississauga rallied for farmers in Delhi", cities of the
      // region a diaspora story tells from)
      const around = (o: Option, km: number) => towns.filter((x) => x.chosen!.cc === o.cc && distanceKm(x.chosen!.lat, x.chosen!.lon, o.lat, o.lon) <= km);
      const near = m.options.find((o) => o.place && !isAdmin(o.place) && o.cc !== c.cc && new Set(around(o, LOCAL_KM).map((x) => x.key)).size >= 2 && around(o, NEIGHBOUR_KM).length > 0);
      if (near) switched.set(m.key, near);
    }
    for (const m of matches) {
      const o = switched.get(m.key);
      if (o && m.chosen && !m.chosen.country && !m.qualifier) m.chosen = o;
    }
  }
  const main = mainCountryOf(matches);
  // ("Tari-Pori returning officer", "the Koroba-Pori electorate" of a Papua New Guinea story: a name of a hyphenated pair that the
  // story gives nowhere else, whose partner is a place of the story's country, or which the pair's word makes one local thing, or
  // whose partner no gazetteer knows, is the story's own place the gazetteer lacks, not a namesake abroad far from the story's
  // places; a city stays where its partner may be one too: "the Paris-Berlin train" of a French story)
  if (main) {
    const mc = countryByIso2(main);
    const homes: Array<[number, number]> = mc && mc.lat !== null && mc.lon !== null ? [[mc.lat, mc.lon]] : [];
    for (const m of matches) if (m.chosen?.place && m.chosen.cc === main && !compounds.has(m)) homes.push([m.chosen.place.lat, m.chosen.place.lon]);
    for (const m of matches) {
      const c = compounds.get(m);
      const o = m.chosen;
      if (!c || !o?.place || o.cc === main || m.qualifier || m.dateline || namedAlone.has(m.key)) continue;
      if (c.partners.some((p) => p.country)) continue;
      const places = c.partners.flatMap((p) => p.entry?.candidates ?? []);
      const unknown = c.partners.every((p) => !p.entry);
      const atHome = places.filter((x) => x.place.cc === main);
      let k = c.after;
      // ("the Koroba-Kopiago and Komo-Margarima electorates": the word after the last pair of a list of them)
      while (toks[k] && toks[k].sent === toks[m.first].sent && (toks[k].lower === 'and' || toks[k].lower === 'or' || toks[k].text === ',') && tightHyphen(k + 2) && nameLike(k + 1)) {
        k += 4;
        while (tightHyphen(k) && nameLike(k + 1)) k += 2;
      }
      const head = !!toks[k] && toks[k].sent === toks[m.first].sent && COMPOUND_HEADS.has(toks[k].lower) && (!toks[k].cap || caps(k));
      if (!atHome.length && !head && !unknown) continue;
      if (bigCity(o.place, o.main) && (unknown || places.some((x) => bigCity(x.place, x.main)))) continue;
      const p = o.place;
      if (homes.some(([a, b]) => distanceKm(a, b, p.lat, p.lon) <= COMPOUND_KM) || atHome.some((x) => distanceKm(x.place.lat, x.place.lon, p.lat, p.lon) <= COMPOUND_KM)) continue;
      m.chosen = m.options.find((x) => x.place && x.cc === main) ?? null;
    }
  }
  // one sense per article: a name the text once calls a town of the story's country ("the eastern town of
  // Berlin" of a Salvadoran story) is that town where it is named bare too ("a raid on Berlin")
  if (main) {
    const told = new Map<string, Option>();
    for (const m of matches) {
      if ((m.cityCue || m.qualifier) && m.chosen?.place && m.chosen.cc === main) told.set(m.key, m.chosen);
    }
    if (told.size) {
      for (const m of matches) {
        const o = told.get(m.key);
        if (o && m.chosen && m.chosen !== o && !m.qualifier && !m.adminCue && !m.chosen.country) m.chosen = o;
      }
    }
    // (and a name it calls a division of a list, "between Kasese and Bundibugyo districts", is that division where it is named bare:
    // "Kasese-Bundibugyo border"; not the town of a dateline, nor a city of a hundred thousand, "in Kano" after "Kano and Kaduna states")
    const division = new Map<string, Option>();
    for (const m of matches) if (m.listed && m.chosen?.place && isAdmin(m.chosen.place) && m.chosen.cc === main) division.set(m.key, m.chosen);
    if (division.size) {
      for (const m of matches) {
        const o = division.get(m.key);
        const p = m.chosen?.place;
        if (o && p && !isAdmin(p) && p.cc === o.cc && p.admin1 === o.place!.admin1 && p.population < 100_000 && !m.qualifier && !m.cityCue && !m.dateline && !m.listed) m.chosen = o;
      }
    }
  }
  // ("the South Sudanese town of Kaya", "Kaya, a busy South Sudanese commercial center": a place the text puts in a country is
  // that country's town of the name, or a local place of that country the gazetteer lacks, not a namesake abroad; and so wherever
  // the story names it)
  const statedCountry = (m: Match): string | null => {
    const sent = toks[m.first].sent;
    const demonymAt = (k: number, end: boolean) => matches.find((x) => x.demonym && x.chosen?.country && (end ? x.last === k : x.first === k) && toks[x.first].sent === sent);
    // ("the South Sudanese town of Kaya", "the Ugandan border town of Busia")
    if (toks[m.first - 1]?.lower === 'of' && STATED_HEADS.has(toks[m.first - 2]?.lower ?? '')) {
      let j = m.first - 3;
      while (j >= 0 && m.first - j <= 6 && toks[j].sent === sent && !toks[j].cap && (toks[j].pos === 'ADJ' || toks[j].pos === 'NOUN')) j--;
      const d = j >= 0 ? demonymAt(j, true) : undefined;
      if (d) return d.chosen!.cc;
    }
    // ("Kaya, a busy South Sudanese commercial center")
    if (toks[m.last + 1]?.text === ',' && /^an?$/.test(toks[m.last + 2]?.lower ?? '')) {
      let j = m.last + 3;
      while (j < m.last + 6 && toks[j] && toks[j].sent === sent && !toks[j].cap && toks[j].pos === 'ADJ') j++;
      const d = demonymAt(j, false);
      if (!d) return null;
      let h = d.last + 1;
      while (h < d.last + 4 && toks[h] && toks[h].sent === sent && !toks[h].cap && !STATED_HEADS.has(toks[h].lower) && (toks[h].pos === 'ADJ' || toks[h].pos === 'NOUN')) h++;
      if (toks[h] && toks[h].sent === sent && STATED_HEADS.has(toks[h].lower)) return d.chosen!.cc;
    }
    return null;
  };
  const statedAbroad = new Map<string, Option | null>();
  for (const m of matches) {
    if (!m.chosen?.place || m.qualifier) continue;
    const cc = statedCountry(m);
    if (!cc || cc === m.chosen.cc) continue;
    // (a local place the gazetteer lacks is placed in its country, at that precision)
    const c = countryByIso2(cc);
    statedAbroad.set(m.key, m.options.find((o) => o.place && o.cc === cc) ?? (c ? { place: null, country: c, main: true, prior: 9, cc: c.iso2, lat: c.lat ?? 0, lon: c.lon ?? 0 } : null));
  }
  for (const m of matches) if (m.chosen?.place && statedAbroad.has(m.key) && !m.qualifier) m.chosen = statedAbroad.get(m.key)!;
  // "in the Woodley area" of a Nairobi story: a neighbourhood the gazetteer does not hold, not the
  // English town of that name (a local-area noun after a name keeps it only in the story's country)
  if (main) {
    const partsAtHome = new Set<string>();
    // (the name at i stands in a list of names right after "the barrios of", "the neighbourhoods of": the kind of a town's parts; not
    // after a town's own name, "the Stockholm suburb of Husby", read as that town's part elsewhere)
    const partsListed = (i: number): boolean => {
      let k = i - 1;
      while (k > 0 && toks[k].sent === toks[i].sent && i - k <= 12 && toks[k].lower !== 'of' && (toks[k].cap || toks[k].text === ',' || toks[k].lower === 'and' || toks[k].lower === 'de' || toks[k].lower === 'los')) k--;
      const kind = toks[k - 1];
      return toks[k]?.lower === 'of' && !!kind && kind.sent === toks[i].sent && (LOCAL_AREAS.has(kind.lower) || LOCAL_AREAS.has(kind.lower.replace(/e?s$/, '')) || kind.lower === 'districts') &&
        (!kind.cap || kind.text === kind.text.toUpperCase()) && !(toks[k - 2]?.cap && !caps(k - 2));
    };
    // (every other town of the story the test keeps lies further than km from m's choice, and there is one)
    const farFromTowns = (m: Match, km: number, keep: (x: Match) => boolean): boolean => {
      const towns = matches.filter((x) => x.key !== m.key && !!x.chosen?.place && !x.chosen.country && keep(x));
      return towns.length > 0 && towns.every((x) => distanceKm(x.chosen!.lat, x.chosen!.lon, m.chosen!.lat, m.chosen!.lon) > km);
    };
    for (const m of matches) {
      const nx = toks[m.last + 1];
      // ("in the Dora district" of a Baghdad story: a part of a city, not Dora in Alabama)
      // ("THE GLODOK CHINATOWN DISTRICT", "the western Grogol district": past other names and adjectives of the phrase)
      let d = m.first - 1;
      while (d > m.first - 4 && d >= 0 && toks[d].sent === toks[m.first].sent && (toks[d].pos === 'ADJ' || toks[d].cap) && toks[d].lower !== 'the') d--;
      const cityPart = !!nx && (LOCAL_AREAS.has(nx.lower) || (nx.lower === 'district' && toks[d]?.lower === 'the'));
      if (m.chosen && !m.chosen.country && m.chosen.cc !== main && nx && nx.sent === toks[m.last].sent && cityPart && (!nx.cap || nx.text === nx.text.toUpperCase())) m.chosen = null;
      // ("in the barrios of Cienfuegos, Pekín and Los Pepines" of a Santiago story: parts of a town named in a list after their kind,
      // not Cuba's Cienfuegos or Beijing)
      if (m.chosen && !m.chosen.country && m.chosen.cc !== main && partsListed(m.first)) m.chosen = null;
      // ("the Navbahor mahalla in Pop district": a neighbourhood at home too, of the place named right after it, when the town of
      // that name lies far from that place)
      else if (m.chosen && !m.chosen.country && m.chosen.cc === main && nx && nx.sent === toks[m.last].sent && cityPart && toks[d]?.lower === 'the' && (!nx.cap || nx.text === nx.text.toUpperCase()) &&
        /^(?:in|of|near)$/.test(toks[m.last + 2]?.lower ?? '') && !isAdmin(m.chosen.place) && farFromTowns(m, PART_OF_TOWN_KM, (x) => x.first > m.last + 2 && x.first <= m.last + 5)) m.chosen = null;
      // ("... in Kasserine, the provincial capital ... died in the Ezzouhour district": a part of the town just named, not a
      // place of that name in another province)
      if (m.chosen && !m.chosen.country && m.chosen.cc === main && nx && nx.sent === toks[m.last].sent && TOWN_PARTS.has(nx.lower) && toks[d]?.lower === 'the' && !m.qualifier && (!nx.cap || nx.text === nx.text.toUpperCase()) &&
        !isAdmin(m.chosen.place) && toks[m.last + 2]?.lower !== 'of') {
        const town = matches.filter((x) => x !== m && x.last < m.first && !!x.chosen?.place && !isAdmin(x.chosen.place) && toks[m.first].sent - toks[x.first].sent <= 3).pop();
        if (town && distanceKm(town.chosen!.lat, town.chosen!.lon, m.chosen.lat, m.chosen.lon) > PART_OF_TOWN_KM) m.chosen = null;
      }
      // ("CHIEFLY IN THE NORTHERN PROVINCE" of a Nyasaland story: a division named by its quarter of the land is the story's
      // country's, which the gazetteer may lack under that name, not a namesake division of another land)
      if (m.chosen?.place && !m.chosen.country && main && m.chosen.cc !== main && !m.qualifier && m.last > m.first && QUARTERS.has(toks[m.first].lower) &&
        QUARTER_DIVISIONS.has(toks[m.last].lower)) {
        m.chosen = null;
        partsAtHome.add(m.key);
      }
      // ("a strip of riverbank known locally as Colombia": a name given to a place, not the country)
      if (m.chosen?.country && namedAs(toks, m.first)) m.chosen = null;
      // ("villagers from Gobindpur, Dhinkia and Patana" of an Odisha story: a far city's other spelling, listed with local names the
      // gazetteer lacks, is one more local place, not Patna)
      if (m.chosen?.place && !m.chosen.country && !m.chosen.main && !m.qualifier && !isAdmin(m.chosen.place)) {
        const covered = (k: number) => matches.some((x) => x.first <= k && k <= x.last);
        // (a day, a month or an agency is no name: "SAIGON, June 11")
        const unknownAt = (k: number) => !!toks[k] && toks[k].sent === toks[m.first].sent && toks[k].cap && toks[k].pos === 'PROPN' && !covered(k) &&
          !NOT_NAMES.has(toks[k].lower.replace(/\.$/, ''));
        const joined = (k: number) => !!toks[k] && (toks[k].text === ',' || toks[k].lower === 'and' || toks[k].lower === 'or');
        const listedWithUnknown = (joined(m.first - 1) && unknownAt(m.first - 2)) || (joined(m.last + 1) && unknownAt(m.last + 2));
        if (listedWithUnknown && farFromTowns(m, PART_OF_TOWN_KM * 4, (x) => x.chosen!.cc === m.chosen!.cc)) m.chosen = null;
      }
      // ("near the French embassy and the Myasnikyan monument" of a Yerevan story: a landmark named after someone, not a village
      // of that name far from the story's towns)
      // (a province's name before it too, and a landmark with a name of its own: "the Brandenburg Gate" is in Berlin, not the
      // province of Brandenburg)
      if (m.chosen && !m.chosen.country && nx && nx.sent === toks[m.last].sent && LANDMARK_HEADS.has(nx.lower) && toks[d]?.lower === 'the' && !m.qualifier) {
        if (isAdmin(m.chosen.place) || farFromTowns(m, PART_OF_TOWN_KM, (x) => !isAdmin(x.chosen!.place!))) m.chosen = null;
      }
      // ("at Gambela, a trading centre on the border" of a Kenyan story: a place the text calls small, set off by its apposition,
      // is a local place of the story's country the gazetteer lacks, not a town of that name abroad far from the story's towns)
      if (m.chosen && !m.chosen.country && !m.qualifier && m.chosen.cc !== main && nx?.text === ',' && /^an?$/.test(toks[m.last + 2]?.lower ?? '') && toks[m.last + 2].sent === toks[m.last].sent) {
        let h = m.last + 3;
        while (h < m.last + 6 && toks[h] && !SMALL_PLACES.has(toks[h].lower) && (toks[h].pos === 'ADJ' || toks[h].pos === 'NOUN' || toks[h].pos === 'VERB') && !toks[h].cap) h++;
        if (toks[h] && SMALL_PLACES.has(toks[h].lower) && !toks[h].cap && farFromTowns(m, PART_OF_TOWN_KM * 4, (x) => x.chosen!.cc === main)) {
          m.chosen = null;
          partsAtHome.add(m.key);
        }
      }
      // ("THE SAN JOSE TIN MINE" of a Bolivian story: a site's name, not San José in Costa Rica, and so wherever the story names it)
      const lowerOrCaps = (t: Token | undefined) => !!t && t.sent === toks[m.last].sent && (!t.cap || t.text === t.text.toUpperCase());
      const site = SITE_HEADS.has(nx?.lower ?? '') ? nx : SITE_HEADS.has(toks[m.last + 2]?.lower ?? '') && lowerOrCaps(nx) && /^(?:NOUN|ADJ|PROPN)$/.test(nx!.pos) ? toks[m.last + 2] : null;
      if (m.chosen && !m.chosen.country && !m.qualifier && m.chosen.cc !== main && lowerOrCaps(nx) && site && lowerOrCaps(site)) {
        m.chosen = null;
        partsAtHome.add(m.key);
      }
      // ("the Stockholm suburb of Husby", "a suburb of Nairobi": a part of a city of the story's country, not a village abroad)
      // (and the later names of a list of them: "in the neighborhoods of Huaycán and Santa Clara" of a Lima story)
      let o = m.first - 1;
      while (o > 0 && m.first - o <= 8 && toks[o].sent === toks[m.first].sent && (toks[o].text === ',' || toks[o].lower === 'and' || (toks[o].cap && toks[o].pos === 'PROPN'))) o--;
      const of = toks[o];
      const part = toks[o - 1];
      // (the country of the city the part belongs to, when the phrase names it, else the story's)
      const city = matches.find((x) => x.chosen && x.last < o - 1 && x.last >= o - 4 && toks[x.first].sent === toks[m.first].sent);
      const homeCc = city?.chosen?.cc ?? main;
      if (m.chosen && !m.chosen.country && m.chosen.cc !== homeCc && of?.lower === 'of' && part && part.sent === toks[m.first].sent && CITY_PARTS.has(part.lower)) {
        m.chosen = null;
        partsAtHome.add(m.key);
      }
    }
    // ("in Pale, Kani, Yinmabin and Depayin townships" of a Myanmar story: the names of a list closed by a plural division's word
    // are divisions of the story's country, not a town of the name abroad, Kani in Japan)
    for (const m of matches) {
      if (!m.chosen || m.chosen.country || m.qualifier || m.chosen.cc === main) continue;
      if (divisionListEnd(m.first, m.last) >= 0) m.chosen = m.options.find((o) => o.cc === main && !!o.place && isAdmin(o.place)) ?? null;
    }
    // (and so it is wherever the story names it: "late on Sunday in Husby")
    for (const m of matches) if (m.chosen && !m.chosen.country && partsAtHome.has(m.key)) m.chosen = null;
    // ("In the nearby villages of Petrovo and Malopoljce" of a Kosovo story: a place told as near the story's that lies far from
    // all of them is a namesake of a local place the gazetteer lacks, not Petrovo in Bosnia)
    const cuedNear = matches.filter((m) => {
      if (!m.chosen || m.chosen.country || m.qualifier) return false;
      let k = m.first - 1;
      while (k >= 0 && m.first - k <= 6 && toks[k].sent === toks[m.first].sent && !/^(?:nearby|neighbouring|neighboring)$/.test(toks[k].lower) && (toks[k].pos === 'DET' || toks[k].pos === 'NOUN' || toks[k].pos === 'ADP' || toks[k].pos === 'ADJ' || toks[k].pos === 'CCONJ' || toks[k].cap || toks[k].text === ',')) k--;
      return k >= 0 && /^(?:nearby|neighbouring|neighboring)$/.test(toks[k].lower) && toks[k].sent === toks[m.first].sent;
    });
    const nearby = new Set<string>();
    const others = matches.filter((x) => x.chosen?.place && !isAdmin(x.chosen.place) && !cuedNear.includes(x));
    for (const m of cuedNear) {
      const o = others.filter((x) => x.key !== m.key);
      if (!o.length) continue;
      const nearest = (lat: number, lon: number) => Math.min(...o.map((x) => distanceKm(x.chosen!.lat, x.chosen!.lon, lat, lon)));
      if (nearest(m.chosen!.lat, m.chosen!.lon) <= NEARBY_KM) continue;
      // (another place of that name near them is the one meant: "nearby Gracanica" of a Kosovo story)
      const alt = m.options.find((x) => x.place && !x.country && nearest(x.lat, x.lon) <= NEARBY_KM);
      if (alt) {
        m.chosen = alt;
        for (const x of matches) if (x !== m && x.key === m.key && x.chosen && !x.qualifier) x.chosen = alt;
      } else nearby.add(m.key);
    }
    for (const m of matches) if (m.chosen && !m.chosen.country && nearby.has(m.key)) m.chosen = null;
    // "two of them in La Granja and one in San Miguel" of a Santiago story: a small town far abroad, in a
    // country the article never names, is a namesake of a local place the gazetteer lacks, not a trip abroad
    // (a town across the border stays: "fled to Entebbe" in a story from Ituri; a city short of a capital or a metropolis
    // matched only by an alternate name goes too: "Tiba" of a Burkina Faso story is no Chiba in Japan; "Peking" stays)
    // (a division abroad named with a division's word, "Bolton County" of an Ohio story, names no country and is none of the story's
    // places)
    const divisionAbroad = (m: Match) => m.adminCue && !!m.chosen && m.chosen.cc !== main;
    const named = new Set<string>();
    const namers = new Map<string, Set<string>>();
    // (countries told only by their people's name: "a British warship" of a Grenada story names Britain, but no village of it)
    const byDemonym = new Set<string>();
    const home: Array<[number, number]> = [];
    const mc = countryByIso2(main);
    if (mc && mc.lat !== null && mc.lon !== null) home.push([mc.lat, mc.lon]);
    for (const m of matches) {
      const c = m.chosen;
      if (!c) continue;
      // (a city known to the text only by another language's name does not name its country: "Tiba" is Chiba's)
      // (a division of no people we know names no country: "Michael", a parish of the Isle of Man, is Michael Brown's name)
      // (nor a division abroad named with a division's word: "Bolton County")
      if (m.demonym) byDemonym.add(c.cc);
      else if (c.country || (c.place && !divisionAbroad(m) && (c.main || metropolis(c.place)) && (c.place.population >= 100_000 || c.place.fcode === 'PPLC' || (c.place.fcode === 'ADM1' && c.place.population > 0)))) {
        named.add(c.cc);
        // (which names told it, to tell a city that names its country only itself)
        namers.set(c.cc, (namers.get(c.cc) ?? new Set()).add(m.key));
      }
      if (c.cc === main && c.place) home.push([c.place.lat, c.place.lon]);
    }
    // ("Parents from Cowansville and Adrian protested" of a story told in Ford City and Kittanning, Pennsylvania: in a local
    // story, three towns or more of its country within a county or two of each other, a small town across a border is a village of the county
    // the gazetteer lacks, not Cowansville in Quebec)
    const towns = home.slice(mc && mc.lat !== null ? 1 : 0);
    // (names told after a preposition of place or motion, or as a town: "the attack on Palma"; not "joined by Provo youths")
    const keysPlaced = new Set(matches.filter((m) => m.prep || m.cityCue || (toks[m.first - 1]?.pos === 'ADP' && !/^(?:by|with|for|like|than|as|about)$/.test(toks[m.first - 1].lower))).map((m) => m.key));
    const local = towns.filter(([a, b]) => towns.filter(([c, d]) => distanceKm(a, b, c, d) <= LOCAL_KM).length >= 3).length >= 3;
    for (const m of matches) {
      const c = m.chosen;
      const p = c?.place;
      // (a section of a city abroad is no metropolis, however many live there: "Chinatown" is no San Francisco)
      // (nor is a division abroad named with a division's word the story's own: "Bolton County sheriff's deputies" of an Ohio story is
      // no borough of Greater Manchester)
      const abroad = divisionAbroad(m);
      // (a country told only by its people's name in a local story keeps no small town of its own there: "At Dunfermline, strikers
      // felled trees across the road to Grenville" of a Grenada story that tells of "a British warship")
      const toldOf = named.has(c?.cc ?? '') || (byDemonym.has(c?.cc ?? '') && !(local && !!p && home.every(([lat, lon]) => distanceKm(lat, lon, p.lat, p.lon) > FAR_ABROAD_KM)));
      // (a city abroad of no great size, in a country the story never names, far from all its places and never told as a place, after
      // "in", "at" or the like, is a name of something else: "joined by Provo youths", "Provo has announced a happening" of an Amsterdam
      // story is the Provo movement, not Provo, Utah)
      const farAway = home.length > 0 && !!p && home.every(([lat, lon]) => distanceKm(lat, lon, p.lat, p.lon) > FAR_ABROAD_KM);
      const bigCity = !!p && p.population >= 100_000 && p.fcode !== 'PPLX' && (c!.main || metropolis(p)) && !abroad;
      const nameOfElse = bigCity && !metropolis(p) && farAway && !m.cue && !m.dateline && !keysPlaced.has(m.key) && [...(namers.get(c!.cc) ?? [])].every((k) => k === m.key) &&
        !byDemonym.has(c!.cc);
      if (!p || c!.country || c!.cc === main || (toldOf && !nameOfElse) || m.qualifier || (bigCity && !nameOfElse) || m.key.split(' ').length > 2) continue;
      // (a village of a country the article never names, told as a town or a village, is one even next door:
      // "the hamlet of Tenango" of a Salvadoran story is no Tenango in Mexico)
      // ("KHALANGA, Salyan" of a Nepali story: the namesake the gazetteer holds at home, a town or else a district, is the one)
      if ((m.cityCue && p.population < VILLAGE_POP) || home.every(([lat, lon]) => distanceKm(lat, lon, p.lat, p.lon) > FAR_ABROAD_KM) || (local && p.population < LOCAL_ABROAD_POP)) {
        // (or, when the gazetteer holds no division of the name at home, the division of a town of it among the story's places:
        // "the Gaya department" of a story told in Gaya and Dosso, Niger, is no district of India)
        const townNear = (o: Option) => !!o.place && !isAdmin(o.place) && matches.some((x) => x.key !== m.key && x.chosen?.place && x.chosen.cc === main &&
          distanceKm(x.chosen.lat, x.chosen.lon, o.lat, o.lon) <= LOCAL_KM);
        m.chosen = abroad ? m.options.find((o) => o.cc === main && !!o.place && isAdmin(o.place)) ?? m.options.find((o) => o.cc === main && townNear(o)) ?? null :
          m.options.find((o) => o.cc === main && !!o.place && !isAdmin(o.place)) ?? m.options.find((o) => o.cc === main && !!o.place) ?? null;
      }
    }
  }

  // ("Hamilton is still counting the cost ... The Springboks left Hamilton by bus" in a story of Frankton, Ngaruawahia and
  // Cambridge: a name that is also a surname, told twice or more with no cue, is the story's town when a town of that name in the
  // story's country lies near two or more of its other towns; not a name the text gave a person)
  if (main && heldWeak.length) {
    const told = new Map<string, number>();
    for (const h of heldWeak) told.set(h.key, (told.get(h.key) ?? 0) + 1);
    const towns = matches.filter((x) => !!x.chosen?.place && x.chosen.cc === main && !x.chosen.country && !isAdmin(x.chosen.place) && !x.demonym);
    const pick = new Map<string, Option | null>();
    for (const h of heldWeak) {
      if ((told.get(h.key) ?? 0) < 2 || personWords.has(h.key)) continue;
      if (!pick.has(h.key)) {
        const near = (o: Option) => new Set(towns.filter((x) => x.key !== h.key && !x.key.startsWith(h.key + ' ') && distanceKm(x.chosen!.lat, x.chosen!.lon, o.lat, o.lon) <= LOCAL_KM).map((x) => x.key)).size;
        pick.set(h.key, h.options.find((o) => !!o.place && o.cc === main && !isAdmin(o.place) && near(o) >= 2) ?? null);
      }
      const o = pick.get(h.key);
      if (o) matches.push({ ...h, options: [o], chosen: o, tentative: false });
    }
    // (one sense per article: "Youth shot dead at Alexandria" in the headline of that story is that town too, not the city abroad)
    for (const m of matches) {
      const o = pick.get(m.key);
      if (o && m.chosen && m.chosen !== o && m.chosen.cc !== main && !m.qualifier && !m.chosen.country) m.chosen = o;
    }
    matches.sort((a, b) => a.first - b.first);
  }

  // --- output
  const out: ScoredPlaceMention[] = [];
  for (const m of matches) {
    if (!m.chosen) continue;
    let o = m.chosen;
    // ("fighting between settlers from the islands of Tanna and Ambrym" in a Vanuatu story is not Thane, India, which "Tanna" names
    // only as an old alternate: a town abroad from the story's country, matched by none of its own names and not set beside its
    // country, is a namesake we lack)
    // (far away only: "Andijan" for Andijon beside Kyrgyzstan is the same town by another spelling; and not a capital or a great city
    // by its old name: "Peking", "Bombay", "Saigon")
    if (main && o.place && !o.main && o.cc !== main && !m.qualifier && !m.dateline && o.place.fcode !== 'PPLC' && o.place.population < 3_000_000) {
      const home = countryByIso2(main);
      if (home && home.lat != null && home.lon != null && distanceKm(home.lat, home.lon, o.place.lat, o.place.lon) > 4000) continue;
    }
    // "Uruzgan province" where only the town is keyed: the province it lies in
    if (m.adminCue && o.place && !isAdmin(o.place)) {
      const a = g.admin1Of(o.place.cc, o.place.admin1);
      if (a) {
        o = { ...o, place: a, lat: a.lat, lon: a.lon };
      }
    }
    const start = toks[m.first].start;
    const endc = m.endChar ?? toks[m.last].end;
    let kind: PlaceMention['kind'];
    if (m.demonym) kind = 'demonym';
    else if (o.country) kind = 'country';
    else if (o.place!.fcode === 'ADM1') kind = 'admin1';
    else if (o.place!.fcode === 'ADM2') kind = 'region';
    else kind = 'city';
    out.push({
      start,
      end: endc,
      text: doc.text.slice(start, endc),
      kind,
      resolved: toResolved(g, o),
      confidence: confidence(m, o, main),
      feature: o.country ? 'country' : o.place!.fcode,
    });
  }
  if (main) capitalMentions(doc, g, main, out);
  doc.places = out;
  doc.mainCountry = main;
  return out;
}

/** capitals of the past, and seats of government news calls the capital (data/gazetteer/capitals.json) */
const CAPITALS = (JSON.parse(readFileSync(dataPath('capitals.json'), 'utf8')) as { capitals: { cc: string; city: string; from?: string; until?: string }[] }).capitals;
const CAPITAL_PARTS = new Set(['district', 'districts', 'neighbourhood', 'neighborhood', 'neighbourhoods', 'neighborhoods', 'suburb', 'suburbs', 'outskirts', 'streets', 'centre', 'center', 'quarter', 'quarters', 'part', 'parts', 'area', 'areas', 'heart', 'edge']);
/** words of a province's own government ("the Governor of Caldas", "the provincial capital") */
const PROVINCE_OFFICE = /\b(?:governor|provincial|departmental|regional|prefect|province|department|state capital)\b/i;
const CAPITAL_PREPS = new Set(['in', 'at', 'near', 'outside', 'around', 'across', 'into', 'inside', 'throughout', 'from', 'to']);
/** nouns of time that may follow "in the capital" ("in the capital yesterday") */
const DAY_NOUNS = new Set(['yesterday', 'today', 'tonight', 'overnight', 'morning', 'evening', 'afternoon', 'night', 'weekend']);

/**
 * "... was set ablaze in the capital": the capital of the article's country, when the text
 * does not name it right there ("the capital Bishkek", "the capital, Kabul" name it already).
 */
function capitalMentions(doc: Doc, g: Gazetteer, main: string, out: ScoredPlaceMention[]): void {
  const toks = doc.tokens;
  let place: GPlace | null | undefined;
  for (let i = 1; i + 1 < toks.length; i++) {
    // (and a part of it: "in the Burri district of the capital", "the outskirts of the capital")
    const partOf = toks[i - 2]?.lower === 'of' && CAPITAL_PARTS.has(toks[i - 3]?.lower ?? '');
    if (toks[i].lower !== 'capital' || toks[i - 1].lower !== 'the' || !(CAPITAL_PREPS.has(toks[i - 2]?.lower ?? '') || partOf)) continue;
    let j = i + 1;
    if (toks[j]?.lower === 'city') j++;
    const next = toks[j];
    // ("Outside the capital, crowds set fire to ...": a sentence opening on what lies outside it tells of elsewhere)
    if (toks[i - 2]?.lower === 'outside' && doc.sentences[toks[i].sent]?.first === i - 2 && next?.text === ',') continue;
    // "the capital of Kenya", "the capital Nairobi", "the capital's", "capital punishment"
    // (not a noun of time after it, the act's: "thousands continued to gather at Shahbagh in the capital yesterday")
    if (next && (next.lower === 'of' || next.lower === "'s" || next.lower === '’s' || (next.text === ',' && /^[A-Z]/.test(toks[j + 1]?.text ?? '')) || /^[A-Z]/.test(next.text) || (next.pos === 'NOUN' && !next.lower.endsWith('ing') && !DAY_NOUNS.has(next.lower)))) continue;
    // ("the Governor of Caldas decreed a curfew in the capital and in Chinchiná": a province's own capital, in a sentence of the
    // province's governor or of a province named, is not the country's)
    const sent = doc.sentences[toks[i].sent];
    if (sent && (PROVINCE_OFFICE.test(doc.text.slice(sent.start, sent.end)) || out.some((m) => m.kind === 'admin1' && m.start >= sent.start && m.end <= sent.end))) continue;
    if (place === undefined) {
      // the capital the article names itself (a dateline "LA PAZ, Bolivia", "in the capital Bishkek"), which
      // also picks the seat of government where it is not the constitutional capital
      const named = out.find((m) => m.resolved?.country_code === main && (m.feature === 'PPLG' || m.feature === 'PPLC'));
      if (named) {
        const e = g.lookup(fold(named.resolved!.name));
        place = e?.candidates.map((x) => x.place).find((p) => p.geonameid === named.resolved!.geonameid);
      }
    }
    // (the capital of the article's time: Bujumbura in a story of 2015, Lagos in one of 1985)
    if (!place) {
      const day = doc.article.published ?? '';
      const then = CAPITALS.find((c) => c.cc === main && (!c.from || (day && day >= c.from)) && (!c.until || !day || day <= c.until));
      const e = then ? g.lookup(fold(then.city)) : null;
      place = e?.candidates.map((x) => x.place).find((p) => p.cc === main) ?? null;
    }
    if (!place) {
      const c = countryByIso2(main);
      const e = c?.capital ? g.lookup(fold(c.capital)) : null;
      place = e?.candidates.map((x) => x.place).find((p) => p.cc === main && p.fcode === 'PPLC') ?? e?.candidates.map((x) => x.place).find((p) => p.cc === main) ?? null;
    }
    if (!place) return;
    const start = toks[i - 1].start;
    const end = toks[j - 1].end;
    if (out.some((m) => m.start < end && start < m.end)) continue;
    out.push({
      start,
      end,
      text: doc.text.slice(start, end),
      kind: 'city',
      resolved: toResolved(g, { place, country: null, main: true, prior: 0, cc: main } as Option),
      confidence: 0.6,
      feature: place.fcode,
    });
  }
  out.sort((a, b) => a.start - b.start);
}
