/**
 * Ordinary case for lines written all in capitals ("ARMED REBELS IN SOUTHERN ALBANIA ON MONDAY REJECTED A DEAL"), so that
 * the tagger reads them as it reads mixed case: old wire copy and some headlines come so, and in capitals every word looks
 * like a name. The text itself is never changed; analyse() tags the cased copy and keeps the article's characters.
 *
 * A word keeps a capital when it is a name the tagger's lexicon does not know (most names: "BERISHA", "GJIROKASTER"), a
 * known name (countries, demonyms, named bodies and people in data/actors, days and months), a title before a name
 * ("PRIME MINISTER YVON NEPTUNE"), or the first word of a sentence; initials stay capitals ("U.N.", "PKK", and what a line
 * gives in brackets: "(AEU)"). Every other word is lower case. Word lists are in data/lexicon/truecase.json.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const dataFile = (p: string) => new URL('../../data/' + p, import.meta.url);

// tokens only; an instance of its own, so that its first unseen word tells where its lexicon ends (made when a first line in
// capitals comes: most text has none, and a wink instance costs start-up time)
let NLP: ReturnType<typeof winkNLP> | null = null;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let its: any = null;
/** index of the first word the lexicon lacks: wink gives each unseen word the next index past the lexicon's */
let OOV_FROM = 0;
function nlp(): ReturnType<typeof winkNLP> {
  if (!NLP) {
    NLP = winkNLP(model, []);
    its = NLP.its;
    OOV_FROM = (NLP.readDoc('qxzjqvw').tokens().out(its.uniqueId) as number[])[0];
  }
  return NLP;
}

interface Lists {
  always: string[];
  dateMonths: string[];
  dateLeads: string[];
  titles: string[];
  keepLower: string[];
  usNouns: string[];
  usPronounBefore: string[];
  nameStops: string[];
}
const L = JSON.parse(readFileSync(dataFile('lexicon/truecase.json'), 'utf8')) as Lists;
const ALWAYS = new Set(L.always);
const DATE_MONTHS = new Set(L.dateMonths);
const DATE_LEADS = new Set(L.dateLeads);
const TITLES = new Set(L.titles);
const KEEP_LOWER = new Set(L.keepLower);
const US_NOUNS = new Set(L.usNouns);
const US_PRONOUN_BEFORE = new Set(L.usPronounBefore);
const NAME_STOPS = new Set(L.nameStops);
/** titles written short with a full stop before a person's name ("GEN. FIDEL RAMOS", "THE REV. PAUL LINDQUIST"); analyse.ts reads them too */
export const PERSON_TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['rev', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'cpl', 'pvt', 'adm', 'brig', 'cmdr', 'gov', 'sen', 'rep', 'supt', 'insp', 'det', 'dr', 'mr', 'mrs', 'ms', 'prof', 'msgr', 'fr', 'hon', 'amb', 'pres']);
/** any word written short whose full stop ends no sentence: a person's title, or "St.", "No.", "Corp." */
const ABBREVIATIONS: ReadonlySet<string> = new Set([...PERSON_TITLE_ABBREVIATIONS, 'st', 'mt', 'ft', 'no', 'vs', 'jr', 'sr', 'co', 'corp', 'inc', 'ltd']);
/** words that end a name after a title ("MR. SMITH SAID") */
const FUNCTION_WORDS = new Set(['said', 'says', 'told', 'was', 'is', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'who', 'which', 'that', 'and', 'or', 'but', 'with', 'at', 'by', 'from', 'as']);

/** words after a name that are no part of it ("PRESIDENT JOHNSON TODAY SAID") */
const NOT_SURNAMES = new Set(['today', 'yesterday', 'tonight', 'tomorrow', 'now', 'also', 'here', 'there', 'then', 'again', 'later', 'earlier', 'himself', 'herself', 'alone', 'personally', 'officially', 'reportedly']);

/** one character to lower case, keeping the length ("İ" stays) */
const lowerChar = (c: string) => {
  const l = c.toLowerCase();
  return l.length === 1 ? l : c;
};
const upperChar = (c: string) => {
  const u = c.toUpperCase();
  return u.length === 1 ? u : c;
};

/** Does the lexicon know this word? */
const KNOWN = new Map<string, boolean>();
function known(w: string): boolean {
  let k = KNOWN.get(w);
  if (k === undefined) {
    const ids = nlp().readDoc(w).tokens().out(its.uniqueId) as number[];
    k = ids.length === 1 && ids[0] < OOV_FROM;
    if (KNOWN.size < 50_000) KNOWN.set(w, k);
  }
  return k;
}

// (a second instance tags single words: a name the lexicon knows, "texas", "illinois", is tagged a name standing alone)
let TAGGER: ReturnType<typeof winkNLP> | null = null;
const SOLE_TAG = new Map<string, string>();
/** The tag of a word standing alone: a name the lexicon knows, "texas", is tagged a name (PROPN) */
function soleTag(w: string): string {
  let k = SOLE_TAG.get(w);
  if (k === undefined) {
    TAGGER ??= winkNLP(model, ['pos']);
    k = (TAGGER.readDoc(w).tokens().out(nlp().its.pos) as string[]).join(' ');
    if (SOLE_TAG.size < 50_000) SOLE_TAG.set(w, k);
  }
  return k;
}
const nameLike = (w: string) => soleTag(w) === 'PROPN';

/** A word the lexicon lacks that is a form of one it has, or looks inflected: "depots", "gunmen", "commandeered", "reportedly" */
function inflected(w: string): boolean {
  if (/(?:ed|ing|ly)$/.test(w)) return true;
  // (plurals: "depots", "churches", "militias"; not "HAYES" or "JAMES", whose -es no plural of "hay" or "jame" takes)
  if (/[^s]s$/.test(w) && !/[^aeiou]es$/.test(w) && known(w.slice(0, -1))) return true;
  if (/(?:ss|x|z|ch|sh)es$/.test(w) && known(w.slice(0, -2))) return true;
  if (w.endsWith('ies') && known(w.slice(0, -3) + 'y')) return true;
  if (w.endsWith('men') && known(w.slice(0, -3) + 'man')) return true;
  return compound(w) || (/[^s]s$/.test(w) && compound(w.slice(0, -1)));
}

/** place names' endings, which join a word to make a name ("Galesburg", "Knoxville") */
const PLACE_ENDING = /(?:burg|burgh|berg|ville|ton|town|land|stan|field|ford|wood|port|mouth|bury|borough|shire|dale|ham|ia)$/;
/** A word the lexicon lacks made of two it has: "warplane", "ceasefire", "landmine" */
function compound(w: string): boolean {
  if (w.length < 7 || PLACE_ENDING.test(w)) return false;
  for (let k = 4; k <= w.length - 4; k++) if (known(w.slice(0, k)) && known(w.slice(k))) return true;
  return false;
}

/** known names by their first word, lower case: the name as written in the data (its own case), longest first */
let NAMES: Map<string, string[]> | null = null;
function names(): Map<string, string[]> {
  if (NAMES) return NAMES;
  const all = new Set<string>();
  // (a one-word name that is also a word, "Amnesty", "Bush", counts only for countries and demonyms: "CHAD", "TURKEY")
  let country = true;
  const add = (s: string | undefined) => {
    if (!s || s.length < 2 || !/\p{L}/u.test(s)) return;
    const t = s.trim();
    // (but an acronym is: "UN", "NATO")
    if (!country && !/[\s-]/.test(t) && known(t.toLowerCase()) && !(t === t.toUpperCase() && t.length <= 6)) return;
    all.add(t);
  };
  const wc = require('world-countries') as Array<{ name: { common: string; official: string }; altSpellings?: string[]; demonyms?: { eng?: { m?: string; f?: string } } }>;
  for (const w of wc) {
    add(w.name.common);
    add(w.name.official);
    for (const a of w.altSpellings ?? []) if (a.length > 3) add(a);
    for (const d of [w.demonyms?.eng?.m, w.demonyms?.eng?.f]) {
      add(d);
      if (d) add(d + 's');
    }
  }
  const extra = JSON.parse(readFileSync(dataFile('countries-extra.json'), 'utf8')) as Record<string, unknown>;
  for (const [k, v] of Object.entries(extra)) {
    if (Array.isArray(v)) for (const n of v) add(String(n));
    else if (k === '_demonyms' && v && typeof v === 'object') for (const ns of Object.values(v)) if (Array.isArray(ns)) for (const n of ns) add(String(n));
  }
  country = false;
  const orgs = JSON.parse(readFileSync(dataFile('actors/organisations.json'), 'utf8')) as { entries: Array<{ name: string; aliases?: string[]; exact?: string[] }> };
  for (const o of orgs.entries) {
    add(o.name);
    // (not short acronyms that are also words: "WHO", "IS")
    for (const a of o.aliases ?? []) if (!(o.exact ?? []).includes(a)) add(a);
  }
  for (const line of readFileSync(dataFile('actors/actors.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as { name: string; aliases?: string[] };
    add(a.name);
    for (const x of a.aliases ?? []) add(x);
  }
  NAMES = new Map();
  for (const n of all) {
    const first = n.split(/[\s-]/)[0].toLowerCase();
    if (!NAMES.has(first)) NAMES.set(first, []);
    NAMES.get(first)!.push(n);
  }
  for (const v of NAMES.values()) v.sort((a, b) => b.length - a.length);
  return NAMES;
}

/** Is this line written in capitals (enough letters, hardly any lower case)? */
function capsLine(s: string, a: number, b: number): boolean {
  let up = 0;
  let low = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) up++;
    else if (c >= 97 && c <= 122) low++;
    else if (c > 127) {
      const ch = s[i];
      if (ch !== ch.toLowerCase()) up++;
      else if (ch !== ch.toUpperCase()) low++;
    }
  }
  return up >= 8 && low * 10 <= up;
}

/**
 * Is this line a headline in title case ("Martial Law in Athens After Tanks Crush Polytechnic Revolt"): a short line, no sentence
 * closed in it, whose every word of four letters or more opens on a capital? Its capitals tell no names, as a line in capitals.
 */
function titleLine(s: string, a: number, b: number): boolean {
  const line = s.slice(a, b).trim();
  if (!line || line.length > 160 || /[.!?]["”’]?$/.test(line) || /[.!?]\s+\p{Lu}/u.test(line)) return false;
  const words = line.match(/\p{L}[\p{L}'’]*/gu) ?? [];
  if (words.length < 4 || words.length > 20) return false;
  const long = words.filter((w) => w.length >= 4);
  return long.length >= 3 && long.every((w) => /^\p{Lu}/u.test(w)) && words.some((w) => /\p{Ll}/u.test(w));
}

/**
 * The text with every line written in capitals, or a headline in title case, given ordinary case, the same length as the text;
 * null when there is no such line.
 */
export function trueCase(text: string): string | null {
  let out: string[] | null = null;
  // initials given in brackets ("THE ASSOCIATION OF UNIVERSITY STUDENTS (AEU)") stay capitals wherever they come
  const acronyms = new Set<string>();
  for (const m of text.matchAll(/\((\p{Lu}{2,6})\)/gu)) acronyms.add(m[1].toLowerCase());
  let a = 0;
  while (a < text.length) {
    let b = text.indexOf('\n', a);
    if (b < 0) b = text.length;
    if (capsLine(text, a, b) || titleLine(text, a, b)) {
      out ??= [text.slice(0, a)];
      out.push(caseLine(text.slice(a, b), acronyms));
      out.push(text.slice(b, b + 1));
    } else if (out) out.push(text.slice(a, b + 1));
    a = b + 1;
  }
  return out ? out.join('') : null;
}

const WORD = /\p{L}/u;
const HYPHEN = /^[-‐]$/;
/** first parts of a hyphenated word that make common words of names: "anti-Aristide", "pro-government" */
const PREFIXES = new Set(['anti', 'pro', 'ex', 'non', 'post', 'pre', 'self', 'neo', 'pan', 'mid', 'semi', 'co', 'inter', 'trans', 'sub', 'super', 'ultra', 'multi', 'all', 'well', 'so', 'then', 'now', 'former', 'once']);
const DASH = /^(?:-+|–|—|_)$/;
const SENT_END = /^[.!?]+$/;
const QUOTE = /^["“”'‘’(]$/;

function caseLine(line: string, acronyms: Set<string>): string {
  let lower = '';
  for (const c of line) lower += c.length === 1 ? lowerChar(c) : c;
  const doc = nlp().readDoc(lower);
  const vals = doc.tokens().out() as string[];
  const ids = doc.tokens().out(its.uniqueId) as number[];
  // each token's offset in the line
  const at: number[] = [];
  let off = 0;
  for (const v of vals) {
    const f = lower.indexOf(v, off);
    at.push(f >= 0 && f < off + 64 ? f : -1);
    if (f >= 0 && f < off + 64) off = f + v.length;
  }
  const n = vals.length;
  // 0 lower case, 1 capital first letter, 2 all capitals, 3 a capital after the hyphen, 4 both 1 and 3; -1 lower case whatever else
  // holds
  const how = new Int8Array(n);
  const word = (i: number) => i >= 0 && i < n && at[i] >= 0 && WORD.test(vals[i]);
  const prevWord = (i: number) => {
    let k = i - 1;
    while (k >= 0 && !word(k)) k--;
    return k;
  };
  for (let i = 0; i < n; i++) {
    const v = vals[i];
    if (!word(i)) continue;
    if (KEEP_LOWER.has(v) || v.startsWith("'") || v.startsWith('’')) how[i] = -1;
    // dotted initials ("u.s.", "u.n.")
    else if (/^(?:\p{L}\.){2,}$/u.test(v)) how[i] = 2;
    else if (acronyms.has(v)) how[i] = 2;
    else if (ALWAYS.has(v)) how[i] = 1;
    else if (DATE_MONTHS.has(v)) {
      const nx = vals[i + 1] ?? '';
      if (/^\d/.test(nx) || DATE_LEADS.has(vals[i - 1] ?? '') || /^\d/.test(vals[i - 1] ?? '')) how[i] = 1;
    } else if (v === 'us') {
      const nx = vals[i + 1] ?? '';
      const pv = vals[i - 1] ?? '';
      how[i] = US_NOUNS.has(nx) || pv === 'the' ? 2 : US_PRONOUN_BEFORE.has(pv) || !nx || /^[.,;:!?"”’)]$/.test(nx) ? 0 : 2;
    } else if (ids[i] >= OOV_FROM && /^[b-df-hj-np-tv-xz]{2,6}$/.test(v)) how[i] = 2;
    // ("ANTI-ARISTIDE", which the tokeniser keeps whole: the name after the prefix; marked 3)
    else if (/^\p{L}+-\p{L}+$/u.test(v) && PREFIXES.has(v.slice(0, v.indexOf('-'))) && !known(v.slice(v.indexOf('-') + 1))) how[i] = 3;
    else if (ids[i] >= OOV_FROM ? v.length > 1 && !inflected(v) : v.length > 2 && nameLike(v)) how[i] = 1;
  }
  // (words a name gives its capital for: the lexicon lacks them or takes them for names; not days, months or openings)
  const named = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (how[i] > 0 && !ALWAYS.has(vals[i])) named[i] = 1;
  // known names, as their data writes them
  const nm = names();
  for (let i = 0; i < n; i++) {
    if (!word(i)) continue;
    const cands = nm.get(vals[i]);
    if (!cands) continue;
    for (const c of cands) {
      const cl = c.toLowerCase();
      if (cl.length !== c.length || !lower.startsWith(cl, at[i])) continue;
      const end = at[i] + cl.length;
      if (end < lower.length && /[\p{L}\p{N}]/u.test(lower[end])) continue;
      // (each token inside with the name's own case)
      for (let k = i; k < n && at[k] >= 0 && at[k] < end; k++) {
        if (!word(k) || how[k] === -1) continue;
        const own = c.slice(at[k] - at[i], at[k] - at[i] + vals[k].length);
        if (own === own.toUpperCase() && own.length > 1) how[k] = 2;
        else if (/^\p{Lu}/u.test(own)) how[k] = Math.max(how[k], 1);
        else if (NAME_STOPS.has(vals[k])) how[k] = 0;
      }
      break;
    }
  }
  // a word of the lexicon between two words of a name is of that name too ("JUAN PONCE ENRILE"), when it is a noun or an
  // adjective standing alone (not "BERISHA AGREED SUNDAY")
  // (or between a title and a name: "RETIRED GENERAL LINO OVIEDO")
  for (let i = 1; i + 1 < n; i++) {
    if (how[i] !== 0 || !word(i) || !(named[i - 1] || TITLES.has(vals[i - 1])) || !named[i + 1] || NAME_STOPS.has(vals[i]) || FUNCTION_WORDS.has(vals[i])) continue;
    const tag = soleTag(vals[i]);
    if (tag === 'NOUN' || tag === 'PROPN' || tag === 'ADJ') how[i] = 1;
  }
  // the last word of a name after a title and a given name, before a verb or a comma, though the lexicon has it ("FOREIGN MINISTER
  // GALILEO SOLIS ACCUSED", "MINISTER JOHN SMITH, IN A NOTE,"; not "PRESIDENT JOHNSON TODAY SAID")
  for (let i = 2; i + 1 < n; i++) {
    if (how[i] !== 0 || !word(i) || !named[i - 1] || !word(i - 1) || !TITLES.has(vals[i - 2]) || NAME_STOPS.has(vals[i]) || FUNCTION_WORDS.has(vals[i]) || NOT_SURNAMES.has(vals[i])) continue;
    const tag = soleTag(vals[i]);
    const nx = vals[i + 1];
    if ((tag === 'NOUN' || tag === 'PROPN') && (nx === ',' || (word(i + 1) && (soleTag(nx) === 'VERB' || FUNCTION_WORDS.has(nx))))) how[i] = 1;
  }
  // the parts of a hyphenated name ("JEAN-BERTRAND ARISTIDE"), but not prefixes ("ANTI-GOVERNMENT", "PRO-ARISTIDE") or small
  // words ("AL-", "-AU-")
  for (let i = 0; i + 2 < n; i++) {
    if (!HYPHEN.test(vals[i + 1]) || at[i + 1] !== at[i] + vals[i].length || at[i + 2] !== at[i + 1] + 1 || !word(i) || !word(i + 2)) continue;
    const a = i;
    const b = i + 2;
    if (named[b] && how[a] === 0 && !PREFIXES.has(vals[a]) && !NAME_STOPS.has(vals[a])) how[a] = 1;
  }
  // the name whose initials a line gives in brackets: "THE ASSOCIATION OF UNIVERSITY STUDENTS (AEU)"
  for (let i = 2; i + 1 < n; i++) {
    if (vals[i - 1] !== '(' || vals[i + 1] !== ')' || !acronyms.has(vals[i])) continue;
    const letters = vals[i];
    let l = letters.length - 1;
    const words: number[] = [];
    for (let k = i - 2; k >= 0 && l >= 0 && i - k <= 16; k--) {
      if (!word(k)) break;
      if (NAME_STOPS.has(vals[k])) continue;
      if (vals[k][0] !== letters[l]) break;
      words.push(k);
      l--;
    }
    if (l < 0) for (const k of words) if (how[k] === 0) how[k] = 1;
  }
  // sentence openings: the line's first word, a word after a full stop that ends a sentence (not "GEN." or "U.S."),
  // and after a dateline's dash ("(REUTERS) - ARMED REBELS")
  for (let i = 0; i < n; i++) {
    if (!word(i)) continue;
    let k = i - 1;
    while (k >= 0 && QUOTE.test(vals[k])) k--;
    const opens =
      k < 0 ||
      (SENT_END.test(vals[k]) && !(vals[k] === '.' && word(k - 1) && (ABBREVIATIONS.has(vals[k - 1]) || vals[k - 1].length === 1))) ||
      (DASH.test(vals[k]) && (vals[k - 1] === ')' || k === 0)) ||
      vals[k] === ':';
    // (an opening prefixed name keeps its capital after the hyphen too: "Anti-Aristide militias ...", marked 4)
    if (opens) how[i] = how[i] === 2 ? 2 : how[i] === 3 ? 4 : 1;
  }
  // after a title written short with its stop, the name's words ("THE REV. JAMES PORTER", "GEN. FIDEL RAMOS")
  for (let i = 0; i + 2 < n; i++) {
    if (!PERSON_TITLE_ABBREVIATIONS.has(vals[i]) || vals[i + 1] !== '.') continue;
    if (how[i] === 0) how[i] = 1;
    for (let k = i + 2, w = 0; k < n && w < 3 && word(k) && !NAME_STOPS.has(vals[k]) && !FUNCTION_WORDS.has(vals[k]); k++, w++) if (how[k] === 0) how[k] = 1;
  }
  // titles before a name, right to left ("prime minister yvon neptune"); a single letter between names is an initial
  for (let i = n - 1; i >= 0; i--) {
    if (!word(i) || how[i] > 0) continue;
    let k = i + 1;
    if (vals[k] === '.') k++;
    if (!word(k) || how[k] <= 0) continue;
    if (TITLES.has(vals[i]) || TITLES.has(vals[i] + '.')) how[i] = 1;
    else if (vals[i].length === 1 && vals[i + 1] === '.' && prevWord(i) >= 0 && how[prevWord(i)] > 0) how[i] = 2;
  }
  if (!how.some((h) => h > 0)) return lower;
  const chars = lower.split('');
  for (let i = 0; i < n; i++) {
    if (how[i] <= 0 || at[i] < 0) continue;
    const a = at[i];
    const e = a + vals[i].length;
    if (how[i] === 1 || how[i] === 4) chars[a] = upperChar(chars[a]);
    if (how[i] === 3 || how[i] === 4) {
      const h = a + vals[i].indexOf('-') + 1;
      chars[h] = upperChar(chars[h]);
    }
    if (how[i] === 2) for (let j = a; j < e; j++) chars[j] = upperChar(chars[j]);
  }
  return chars.join('');
}
