/**
 * The trigger lexicon (data/lexicon/triggers.tsv) compiled once into an index keyed by the
 * first word's lemma; matching at a token is a Map lookup plus a comparison of a few tokens.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Token } from '../types.js';
import { pluralForm } from '../text/analyse.js';
import { TIME_WORDS } from '../recognise/times/index.js';

export interface Trigger {
  words: string[];
  pos: 'V' | 'N' | '*';
  event: string;
  mode: string | null;
  cameo: string;
  acled: string | null;
  context: string | null;
  crowd: boolean;
  weak: boolean;
  lower: boolean;
  comp: boolean;
  /** only an event when its clause names a place or a territory noun ("lost control of the cities of X and Y") */
  place: boolean;
  /** only an event in the passive or followed by "under"/"for" ("were booked for murder") */
  charged: boolean;
  /** only an event when a person or group is its direct object ("called Erdogan", not "called the attack barbaric") */
  person: boolean;
  /** only an event right after a count, with nothing after it but a preposition ("six held", "158 HELD over riots") */
  counted: boolean;
  /** only an event when the people it is done to come right after it ("drove his truck into the crowd", not "into a tree") */
  people: boolean;
  /** only an event in the passive, told of armed forces ("300 troops were sent into the hills") */
  forces: boolean;
  /** only an event when its doer is armed forces or a state ("troops crossed the border", not "refugees crossed the border") */
  troops: boolean;
  /** the doer is who comes after the trigger's closing "to", the subject is what was done to ("the town fell to the rebels") */
  agentTo: boolean;
  /** only an event when its object, right after it, is a place or a territory noun ("took the town of Bouca", not "took part") */
  placeObject: boolean;
  /** a weapon's name, no event when it is only had, traded or limited ("bought new missiles", "armed with grenades") */
  had: boolean;
  /** only an event when what hit is a weapon or a thrown thing, named after "by" or "with" ("was hit in the head by a brick") */
  struck: boolean;
  /** a time granted to do something, an ultimatum: its counted time may come past a long indirect object ("gave rebels occupying 15
   * villages 48 hours to withdraw"); a day granted ("until") needs "to" and a verb after it ("gave it until Saturday to respond") */
  granted: boolean;
  /** a stance, no act, when told of people in a relative clause right after their noun ("Africans who opposed it", "those who
   * back the president") */
  stance: boolean;
  /** no act when its doer is one person ("Sonko walked out of a Dakar courthouse" is no strike) */
  many: boolean;
  /** a wrong that is only ever charged: an act only as told by a source, and then the source's accusation of its doer ("the minister
   * told a news conference that the CUD had incited the violence" is the minister accusing the CUD) */
  alleged: boolean;
  /** told of armed forces, the act is the one of this other line ("occupy" by troops is "capture", by strikers a sit-in) */
  armed: Trigger | null;
  /** told of a visitor (an official, a government, an international body, a mission or a delegation) come to a place, the act is
   * the one of this other line ("a United Nations mission arrived in Aden" is a visit) */
  visitor: Trigger | null;
  /** told with armed forces as its object, sent into or to a place, the act is the one of this other line ("ordered 2,000 more
   * gendarmes into Liege province" is a deployment, not a demand) */
  moved: Trigger | null;
  /** told by one person or a delegation in a sentence that names talks or a meeting (here or in the sentence before), the act is
   * the one of this other line ("the talks collapsed when Mr Sargsyan walked out" is a walkout from talks, not a strike) */
  talks: Trigger | null;
  /** told with another side's armed forces as its object, the act is the one of this other line ("rebels disarmed 12 policemen"
   * is a seizure of their arms, not a demobilisation) */
  taken: Trigger | null;
  /** line of triggers.tsv, for explanations */
  line: number;
}

export interface TriggerMatch {
  trigger: Trigger;
  first: number;
  last: number; // exclusive token index
  /** the match reaches far past the phrase's words, over words that may hold triggers of their own ("gave rebels occupying
   * villages 48 hours to"): reading goes on inside it */
  spread?: boolean;
}

const dataDir = fileURLToPath(new URL('../../data/lexicon/', import.meta.url));

export function dataFile(name: string): string {
  return dataDir + name;
}

function loadJson<T>(name: string): T {
  return JSON.parse(readFileSync(dataFile(name), 'utf8')) as T;
}

/** vague counts of one word ("hundreds", "dozens"), from quantities.json: "sent hundreds of armed police" */
const QUANTITIES = loadJson<{ vague: Record<string, number>; measures?: string[] }>('quantities.json');
/** counts and measures of goods that may stand before "of" inside a verb's object ("hundreds of armed police", "two truckloads of rice") */
const COUNT_WORDS = new Set([...Object.keys(QUANTITIES.vague).filter((k) => !k.includes(' ')), ...(QUANTITIES.measures ?? [])]);
export const IRREGULAR: Record<string, string> = loadJson('irregular.json');
/** forms that are only a simple past ("threw", "broke"), never a participle before a noun */
const PAST_ONLY = new Set((IRREGULAR as unknown as { _past_only?: string[] })._past_only ?? []);
/** reality.json, read once: reality.ts takes its lists from here (it imports this module, so this one cannot import it) */
export const REALITY_DATA: unknown = loadJson('reality.json');
/** an institution's head noun: a capitalised event word before it is part of the name ("the Eighth Sentencing Court") */
const INSTITUTION_HEADS = new Set((REALITY_DATA as { institution_heads?: string[] }).institution_heads ?? []);
/** what a law is called by: an event noun right before one names the law's subject ("the extradition bill") */
const LAW_HEADS = new Set(['bill', 'bills', 'law', 'laws', 'legislation', 'amendment', 'amendments', 'ordinance', 'ordinances']);
const LAW_ACTS = new Set(['COERCE', 'CONCEDE', 'SANCTION']);

let index: Map<string, Trigger[]> | null = null;
const FLAGS = new Set(['-', 'crowd', 'weak', 'lower', 'comp', 'place', 'charged', 'person', 'counted', 'people', 'forces', 'troops', 'agentto', 'placeobj', 'had', 'struck', 'granted', 'stance', 'many', 'alleged']);
/** flags that name another line the act is coded as, in some telling of it ("armed=capture") */
const LINK_FLAGS = ['armed', 'visitor', 'moved', 'talks', 'taken'] as const;
type LinkFlag = (typeof LINK_FLAGS)[number];

export function parseTriggers(text: string, source = 'triggers.tsv'): Trigger[] {
  const out: Trigger[] = [];
  // ("armed=capture": a flag naming another line the act is coded as in some telling; resolved once every line is read)
  const linked: Array<[number, LinkFlag, string, number]> = [];
  const seen = new Map<string, number>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) continue;
    const f = line.split('\t');
    if (f.length < 8) throw new Error(`${source}:${i + 1}: expected 8 tab-separated fields, got ${f.length}`);
    const [phrase, pos, event, mode, cameo, acled, context, flags] = f;
    if (pos !== 'V' && pos !== 'N' && pos !== '*') throw new Error(`${source}:${i + 1}: pos must be V, N or *`);
    // (two rows for one phrase and part of speech: only one could ever be used)
    const key = phrase.toLowerCase() + '\t' + pos;
    const dup = seen.get(key);
    if (dup !== undefined) throw new Error(`${source}:${i + 1}: "${phrase}" (${pos}) is already defined on line ${dup}`);
    seen.set(key, i + 1);
    const fl = new Set(flags.split(','));
    for (const f of fl) {
      const eq = f.indexOf('=');
      const name = f.slice(0, eq) as LinkFlag;
      if (eq > 0 && LINK_FLAGS.includes(name)) linked.push([out.length, name, f.slice(eq + 1), i + 1]);
      else if (!FLAGS.has(f)) throw new Error(`${source}:${i + 1}: unknown flag "${f}" (known: ${[...FLAGS].join(', ')}, ${LINK_FLAGS.map((l) => l + '=PHRASE').join(', ')})`);
    }
    out.push({
      words: phrase.toLowerCase().split(' '),
      pos,
      event,
      mode: mode === '-' ? null : mode,
      cameo,
      acled: acled === '-' ? null : acled,
      context: context === '-' ? null : context,
      crowd: fl.has('crowd'),
      weak: fl.has('weak'),
      lower: fl.has('lower'),
      comp: fl.has('comp'),
      place: fl.has('place'),
      charged: fl.has('charged'),
      person: fl.has('person'),
      counted: fl.has('counted'),
      people: fl.has('people'),
      forces: fl.has('forces'),
      troops: fl.has('troops'),
      agentTo: fl.has('agentto'),
      placeObject: fl.has('placeobj'),
      had: fl.has('had'),
      struck: fl.has('struck'),
      granted: fl.has('granted'),
      stance: fl.has('stance'),
      many: fl.has('many'),
      alleged: fl.has('alleged'),
      armed: null,
      visitor: null,
      moved: null,
      talks: null,
      taken: null,
      line: i + 1,
    });
  }
  // (the verb line of that phrase, defined anywhere in the file)
  for (const [k, name, phrase, line] of linked) {
    const other = out.find((t) => t.words.join(' ') === phrase && t.pos !== 'N');
    if (!other) throw new Error(`${source}:${line}: ${name}=${phrase}: no verb line for "${phrase}"`);
    out[k][name] = other;
  }
  return out;
}

function getIndex(): Map<string, Trigger[]> {
  if (index) return index;
  index = new Map();
  for (const t0 of parseTriggers(readFileSync(dataFile('triggers.tsv'), 'utf8'))) {
    // "sit-in", "cease-fire", "shoot-out": the tokeniser splits hyphenated words, so each is
    // matched both whole and as word, hyphen, word
    const split = t0.words.flatMap((w) => (w.length > 1 && w.includes('-') ? w.split(/(-)/).filter(Boolean) : [w]));
    for (const t of split.length > t0.words.length ? [t0, { ...t0, words: split }] : [t0]) {
      const k = t.words[0];
      let list = index.get(k);
      if (!list) index.set(k, (list = []));
      list.push(t);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  for (const [k, list] of index) if (list.some((t) => t.pos !== 'V' && t.words.length === 1)) NOUN_EVENTS.add(k);
  return index;
}

/** Words that are an event noun by themselves ("attack", "strike", "protest"). */
const NOUN_EVENTS = new Set<string>();

/** Candidate dictionary keys for a token: lemma, lower-case form, irregular form, naive stems. */
/** Keys depend only on the word and its lemma: computed once per word form, not stored on the token
 * (a field added to some tokens only would give tokens two shapes, slowing every stage that reads them).
 * Looked up by the lower-case form, then by lemma among that form's few lemmas (no key string is
 * built per call); with the keys, the triggers they open, in key order, once the index is loaded. */
interface WordKeys {
  lemma: string;
  keys: string[];
  /** the index's lists for the keys that have one, in key order (null until first asked) */
  lists: Trigger[][] | null;
  /** the same lower-case form with another lemma */
  other: WordKeys | null;
}
const KEYS = new Map<string, WordKeys>();
function wordKeys(t: Token): WordKeys {
  const same = KEYS.get(t.lower);
  for (let w: WordKeys | null = same ?? null; w; w = w.other) if (w.lemma === t.lemma) return w;
  const w: WordKeys = { lemma: t.lemma, keys: computeKeys(t), lists: null, other: same ?? null };
  // (bounded: a long run over many texts keeps the common words)
  if (KEYS.size > 200_000) {
    KEYS.clear();
    w.other = null;
  }
  KEYS.set(t.lower, w);
  return w;
}
export function keysOf(t: Token): string[] {
  return wordKeys(t).keys;
}

/** The index's trigger lists for the token's keys, in the order matchAt tries them. */
function triggerListsOf(t: Token): Trigger[][] {
  const w = wordKeys(t);
  if (w.lists) return w.lists;
  const idx = getIndex();
  const out: Trigger[][] = [];
  for (const k of w.keys) {
    const list = idx.get(k);
    if (list) out.push(list);
  }
  return (w.lists = out);
}

/** An -ed word or a listed irregular past form ("shot", "fled"; not the function words marked "-"). */
export function pastForm(tok: Token): boolean {
  return tok.lower.endsWith('ed') || (IRREGULAR[tok.lower] !== undefined && IRREGULAR[tok.lower] !== '-');
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
const SUBJECT_OR_OBJECT_PRONOUNS = new Set([...SUBJECT_PRONOUNS, 'them', 'him', 'us', 'me', 'who', 'which', 'that']);

/** Parts of speech that never start a trigger: skip them without building keys. */
const NEVER_FIRST = new Set(['PUNCT', 'DET', 'CCONJ', 'SCONJ', 'PRON', 'NUM', 'PART', 'SYM', 'SPACE']);

function computeKeys(t: Token): string[] {
  // function words that look like event words once stemmed ("according" is not "accord")
  if (IRREGULAR[t.lower] === '-') return [];
  const keys = [t.lemma];
  const push = (x: string) => {
    if (!keys.includes(x)) keys.push(x);
  };
  if (t.lower !== t.lemma) keys.push(t.lower);
  const irr = IRREGULAR[t.lower];
  if (irr) push(irr);
  const w = t.lower;
  if (w.length > 4) {
    if (w.endsWith('ies')) push(w.slice(0, -3) + 'y');
    else if (w.endsWith('es')) {
      push(w.slice(0, -2));
      push(w.slice(0, -1));
    } else if (w.endsWith('s') && !w.endsWith('ss')) push(w.slice(0, -1));
    // ("gutted", "robbing": a doubled final consonant)
    const doubled = (n: number) => w.length - n >= 3 && w[w.length - n - 1] === w[w.length - n - 2] && !'aeiouls'.includes(w[w.length - n - 1]);
    if (w.endsWith('ed')) {
      push(w.slice(0, -2));
      push(w.slice(0, -1));
      if (doubled(2)) push(w.slice(0, -3));
    }
    if (w.endsWith('ing')) {
      push(w.slice(0, -3));
      push(w.slice(0, -3) + 'e');
      if (doubled(3)) push(w.slice(0, -4));
    }
  }
  return keys;
}

const PARTICLES = new Set(['down', 'up', 'out', 'off', 'for', 'on', 'upon', 'over', 'back', 'to', 'into', 'at', 'with', 'away', 'of', 'the']);
const SKIPPABLE = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'NOUN', 'PROPN']);
/** what an ultimatum gives: "gave them 48 hours to" */
const GIVEN_TIMES = new Set(['hour', 'day', 'week', 'month']);
const CURRENCY = new Set(['$', '€', '£', '¥']);
const DAY_GAP_PARTICLES = new Set(['to', 'on', 'upon', 'for']);
const GAP_ADVERBS = new Set(['again', 'also', 'repeatedly']);
const DAY_NAMES = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|overnight|tonight)$/;
/** The length of a day told at k ("on Friday", "late on Sunday night", "yesterday"), or 0. */
function dayBetween(tokens: Token[], k: number, end: number): number {
  // ("called publicly for", "called again on Friday for": a manner adverb between a verb and its particle)
  let a = 0;
  while (a < 2 && k + a < end && tokens[k + a].pos === 'ADV' && (/^[a-z]{3,}ly$/.test(tokens[k + a].lower) || GAP_ADVERBS.has(tokens[k + a].lower))) a++;
  let n = a;
  if (k + n < end && /^(?:late|early)$/.test(tokens[k + n].lower)) n++;
  if (k + n < end && tokens[k + n].lower === 'on') n++;
  if (!(k + n < end && DAY_NAMES.test(tokens[k + n].lower))) return a;
  n++;
  if (k + n < end && /^(?:night|morning|evening|afternoon)$/.test(tokens[k + n].lower)) n++;
  return n;
}
const PARTITIVES = new Set(['part', 'parts', 'section', 'sections', 'article', 'articles', 'provisions', 'clauses', 'last', 'rest', 'remainder', 'bulk']);
const AMOUNTS = new Set(['million', 'billion', 'trillion', 'thousand', 'dollars', 'euros', 'pounds', 'm', 'bn', 'rupees', 'pesos', 'shillings', 'francs', 'naira', 'rand', 'yuan', 'yen', 'taka', 'birr', 'cedis', 'kwacha', 'dinars', 'riyals', 'rubles', 'roubles', 'lire', 'marks']);

/** "more than", "at least", "up to" before a number: part of the object ("exchanged more than 200 prisoners") */
export function approximator(tokens: Token[], k: number): boolean {
  const w = tokens[k].lower;
  if (tokens[k + 1]?.pos !== 'NUM' && tokens[k + 2]?.pos !== 'NUM') return false;
  const next = tokens[k + 1]?.lower;
  const prev = tokens[k - 1]?.lower;
  if (w === 'than') return prev === 'more' || prev === 'fewer' || prev === 'less';
  if (w === 'more' || w === 'fewer' || w === 'less') return next === 'than';
  if (w === 'at') return next === 'least' || next === 'most';
  if (w === 'least' || w === 'most') return prev === 'at';
  if (w === 'up') return next === 'to';
  if (w === 'to') return prev === 'up';
  return w === 'about' || w === 'around' || w === 'nearly' || w === 'almost' || w === 'over' || w === 'some';
}
/** prefixes a hyphen joins to a verb ("re-arrested", "counter-attacked") */
const VERB_PREFIXES = new Set(['re', 'pre', 'co', 'un', 'counter', 'cross', 'over', 'out', 'self', 'mis', 'de', 'dis', 'non', 'anti', 'post', 'inter', 'sub', 'super', 'semi', 'multi', 'mid']);

/** marks that open a quotation ('called the killings "unjustifiable"') */
const QUOTE_MARKS = new Set(['"', '“', '‘', "'"]);
/** nouns of time that may follow a verb's object: "held talks today" */
const TIME_NOUNS = new Set(['today', 'tonight', 'yesterday', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'weekend', 'day', 'time', 'times']);
/** forms of "be" before a passive participle */
const BE_PASSIVE = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being']);
/** adverbs a two-word verb may put after its object: "drove the militants out", "called the strike off" */
const SEPARABLE = new Set(['out', 'back', 'off', 'down', 'away', 'up']);
const VERBISH = new Set(['VERB', 'AUX']);
const GET_PASSIVE = new Set(['get', 'become', 'be', 'have', 'go', 'remain', 'stay', 'seem', 'appear', 'feel', 'leave']);
const NOUNISH = new Set(['NOUN', 'PROPN', 'X']);

/** verbs of carrying or tending people ("carry wounded to the hospital") */
const CARRYING = new Set(['carry', 'ferry', 'evacuate', 'treat', 'rescue', 'bring', 'take', 'transport', 'airlift', 'tend', 'drag', 'help', 'collect', 'bury']);

function posOk(t: Trigger, tok: Token, next: Token | undefined, prev?: Token, prevFirst = false, nextCounts = false, before2?: Token, next2?: Token): boolean {
  if (t.pos === '*') return true;
  if (t.pos === 'V') {
    // "Rioters looted shops": after a plural subject at the start of a sentence, a verb
    const subjectBefore = prevFirst && !!prev && (prev.pos === 'PROPN' || prev.pos === 'NOUN') && prev.lower.endsWith('s');
    // "the detained leaders", "from jailed former President X": a participle describing a noun
    // (not after a subject pronoun: "He rejected Western calls")
    // (not a quantifier floated after the auxiliary: "have both indicted Sajid Mir", "were all arrested")
    const floated = !!prev && /^(?:both|all|each)$/.test(prev.lower) && (before2?.pos === 'AUX' || before2?.pos === 'VERB');
    if (!floated && !PAST_ONLY.has(tok.lower) && (tok.lower.endsWith('ed') || (IRREGULAR[tok.lower] !== undefined && IRREGULAR[tok.lower] !== tok.lower)) && next && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN') && (!prev || prev.pos === 'DET' || prev.pos === 'ADP' || (prev.pos === 'NUM' && !nextCounts) || (prev.pos === 'PRON' && !SUBJECT_OR_OBJECT_PRONOUNS.has(prev.lower)) || prev.text === "'s" || prev.text === '’s')) {
      // ("the occupied West Bank", "the detained Reuters journalists": before a name too; "nine injured persons": after a count)
      // ("supporters of ousted President Manuel Zelaya": before a title and its name after a preposition or an article)
      if (!next.cap || tok.cap === next.cap || next.pos === 'PROPN' || (!!prev && (prev.pos === 'DET' || prev.pos === 'ADP') && next2?.pos === 'PROPN' && next2.cap)) return false;
    }
    // "let wounded Palestinians cross", "arrested injured militants": a participle right after another
    // verb describes the noun after it (not "got injured": a passive with "get")
    // (not after "in turn", a word the tagger takes for a verb after its preposition: "and in turn accused Pakistani forces")
    if ((tok.lower.endsWith('ed') || (IRREGULAR[tok.lower] !== undefined && IRREGULAR[tok.lower] !== tok.lower)) && prev?.pos === 'VERB' && !GET_PASSIVE.has(prev.lemma) && before2?.pos !== 'ADP' &&
      next && (next.pos === 'NOUN' || next.pos === 'PROPN') && !prev.lower.endsWith('ing')) return false;
    // ("the main banned opposition party", "a banned organisation": a participle between an article or an adjective and the noun it
    // describes, in mixed case; not after a relative word, "forces which detained protesters")
    // (an adjective only inside such a phrase, after its article: not "the army chief/ADJ asked permission")
    if (tok.lower.endsWith('ed') && !tok.cap && prev && ((prev.pos === 'DET' && !/^(?:which|that|whose|what|whom|who)$/.test(prev.lower)) || (prev.pos === 'ADJ' && (before2?.pos === 'DET' || before2?.pos === 'ADJ'))) &&
      next && next.sent === tok.sent && next.pos === 'NOUN' && !next.cap) return false;
    // ("submit their copy to military censors": a verb's -s form between an adjective and the preposition before it is a plural noun)
    if (/[^s]s$/.test(tok.lower) && tok.lemma !== tok.lower && prev?.pos === 'ADJ' && before2?.pos === 'ADP' && !tok.cap) return false;
    // "reaching the wounded", "among the dead and injured": a participle after "the" with no noun after it is people
    // ("the remaining accused would be arrested": past an adjective after "the")
    // ("put the number of wounded at more than sixty": after "of" too)
    // ("Rs 50,000 each to those seriously injured": after "those", past an adverb too)
    if ((prev?.lower === 'the' || prev?.lower === 'of' || prev?.lower === 'those' || (prev && (prev.pos === 'ADJ' || prev.pos === 'ADV' || prev.lower === 'remaining' || prev.lower === 'main' || prev.lower === 'other') && (before2?.lower === 'the' || before2?.lower === 'those'))) && pastForm(tok) &&
      (!next || next.sent !== tok.sent || !(next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || next.pos === 'NUM' || next.pos === 'DET' || next.pos === 'PRON'))) return false;
    // ("helped carry wounded to the hospital", "ambulances ferried injured to": the hurt told bare after a verb of carrying or tending
    // them are people)
    if (prev?.pos === 'VERB' && CARRYING.has(prev.lemma) && /^(?:wounded|injured|dead|hurt)$/.test(tok.lower) &&
      (!next || next.sent !== tok.sent || next.pos === 'ADP' || next.pos === 'PUNCT' || next.pos === 'CCONJ')) return false;
    if (hurtInState(tok, next, next2)) return false;
    // "the kidnap victims", "a murder suspect": a verb's plain form between a determiner and a noun modifies the noun
    if (tok.lower === tok.lemma && !tok.lower.endsWith('ed') && next && next.pos === 'NOUN' && !next.cap && prev && prev.pos === 'DET' && !tok.cap) return false;
    // "the negotiating table", "a fighting force": an -ing word between a determiner and its noun
    if (tok.lower.endsWith('ing') && next && next.pos === 'NOUN' && prev && (prev.pos === 'DET' || prev.text === "'s" || prev.text === '’s')) return false;
    // "against visiting Saudi Crown Prince X", "the ruling party": an -ing word before a name or title
    // (not after a preposition that opens a clause of its own: "overran Ndele before capturing Sibut", "after seizing Kabul")
    if (tok.lower.endsWith('ing') && next && next.cap && !tok.cap && (next.pos === 'PROPN' || next.pos === 'ADJ') && prev && (prev.pos === 'ADP' || prev.pos === 'DET') && !CLAUSE_PREPS.has(prev.lower)) return false;
    // "US-backed fighters", "Iran-sponsored": a hyphenated modifier, not a verb
    // (a quoted name after it too: the Israeli-occupied "security zone")
    const named = next && QUOTE_MARKS.has(next.text) ? next2 : next;
    if (prev && (prev.text === '-' || prev.text === '‐') && prev.end === tok.start && named && (named.pos === 'NOUN' || named.pos === 'PROPN' || named.pos === 'ADJ')) return false;
    // "accused him of torture/VERB", "complicity in torture": a bare verb form after a preposition is a noun
    // (and a third-person form there is a plural noun: "a refuge for outlaws", "a list of demands")
    // (the tagger's "for" may be a conjunction)
    if (tok.pos === 'VERB' && prev && (prev.pos === 'ADP' || prev.lower === 'for') && prev.lower !== 'to' && (tok.lower === tok.lemma || (/[^s]s$/.test(tok.lower) && tok.lower === tok.lemma + 's')) && !tok.lower.endsWith('ing')) return false;
    if (VERBISH.has(tok.pos)) return true;
    // ("Striking/ADJ workers at the shipyard were joined by ...": a crowd's act opening the sentence before the crowd)
    if (t.crowd && !prev && tok.lower.endsWith('ing') && next && (next.pos === 'NOUN' || next.pos === 'PROPN')) return true;
    // "had retaken/NOUN control": a past participle after a perfect "have" is a verb whatever the tagger says
    if (prev && prev.pos === 'AUX' && prev.lemma === 'have' && pastForm(tok)) return true;
    // participles and past forms wink-nlp mistags as nouns/adjectives ("abducted", "shot")
    // ("a bill lifting the emergency law": an -ing form taken for a noun, followed by its object)
    // (", arresting Prime Minister X": a participle clause opening after a comma)
    if (headlineVerb(tok, prev, next, before2)) return true;
    // (", beating men and breaking down doors": a plural noun object after a comma too)
    const ingWithObject = tok.lower.endsWith('ing') && tok.pos === 'NOUN' && !!next && (next.pos === 'DET' || next.pos === 'PRON' || (prev?.text === ',' && (next.pos === 'PROPN' || next.pos === 'NUM' || (next.pos === 'NOUN' && next.lemma !== next.lower))));
    if (ingWithObject) return true;

    if (!((tok.pos === 'NOUN' || tok.pos === 'ADJ' || tok.pos === 'PROPN') && (tok.lower.endsWith('ed') || IRREGULAR[tok.lower] !== undefined))) return false;
    // ("NOT A SHOT WAS FIRED", "a hit on the convoy": a past form the tagger did not call a verb, right after an article, is a noun)
    if (prev && (prev.lower === 'a' || prev.lower === 'an' || prev.lower === 'the') && !tok.lower.endsWith('ed')) return false;
    // "security forces tortured detainees": after a plural noun and before its object, an -ed word is the verb
    if (pastForm(tok) && prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && pluralForm(prev) && next && ((next.pos === 'NOUN' && !next.cap) || next.pos === 'DET' || next.pos === 'NUM' || nextCounts)) return true;
    // "the attackers, armed with rifles, shot villagers": a past form right after a comma is the verb
    if (prev?.text === ',' && IRREGULAR[tok.lower] && IRREGULAR[tok.lower] !== '-' && next && (next.pos === 'NOUN' || next.pos === 'DET' || next.pos === 'NUM' || next.pos === 'PRON')) return true;
    // ("Several shops were looted overnight", "the offices were ransacked on Monday": a past form the tagger calls an adjective,
    // right after a form of "be", is a passive)
    if (prev && prev.pos === 'AUX' && prev.lemma === 'be' && tok.pos === 'ADJ' && tok.lower.endsWith('ed')) return true;
    // "alleged election breaches", "wounded soldiers": an attributive participle, not a verb
    return subjectBefore || nextCounts || !(next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ') && !next.cap);
  }
  return (NOUNISH.has(tok.pos) && !headlineVerb(tok, prev, next, before2)) || (tok.pos === 'VERB' && tok.lower.endsWith('ing')) || tok.pos === 'ADJ';
}

/**
 * "We have wounded lying in the corridors": the hurt told bare before a participle of where or how they are, with no object after
 * it, are people, no act (not "wounded fleeing protesters").
 */
function hurtInState(tok: Token, next: Token | undefined, next2: Token | undefined): boolean {
  return /^(?:wounded|injured)$/.test(tok.lower) && !!next && next.sent === tok.sent && next.lower.endsWith('ing') && next.lower.length > 4 &&
    (!next2 || next2.sent !== tok.sent || next2.pos === 'ADP' || next2.pos === 'PUNCT' || next2.pos === 'ADV' || ['IN', 'ON', 'AT'].includes(next2.text));
}

/** prepositions that take an -ing clause with its own object ("before capturing Sibut") */
const CLAUSE_PREPS = new Set(['before', 'after', 'while', 'since', 'without', 'upon']);

const CAPS_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'any', 'every', 'each', 'no', 'another', 'such']);

/** Headline present tense: "Iran slams/NOUN US", "Israel strikes Gaza": a name, the -s form, then its object. */
function headlineVerb(tok: Token, prev: Token | undefined, next: Token | undefined, before2?: Token): boolean {
  if (tok.pos !== 'NOUN' || tok.cap || !prev || !next) return false;
  // "China and Russia call/NOUN on the US to lift sanctions", "Iran and Iraq sign a deal": the plain form after two names
  // joined by "and", a plural subject, before its object
  if (tok.lower === tok.lemma && prev.pos === 'PROPN' && prev.cap && before2?.lower === 'and' && (next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'PRON')) return true;
  // ("Pompeo lifts restrictions": a plural object noun too; "Russia sanctions list" stays a noun)
  if (/[^s]s$/.test(tok.lower) && prev.pos === 'PROPN') {
    return next.pos === 'PROPN' || next.pos === 'DET' || next.pos === 'PRON' || (next.pos === 'NOUN' && /[^s]s$/.test(next.lower));
  }
  // "Syrian forces pound/NOUN Homs": the plain form after a plural subject, before a name or a determiner
  return tok.lower === tok.lemma && prev.pos === 'NOUN' && pluralForm(prev) && (next.pos === 'PROPN' || next.pos === 'DET') && next.cap;
}

/** An -ing word the tagger calls a verb or noun, modifying the object noun after it ("a forward operating base"). */
function ingModifier(m: Token | undefined): boolean {
  return !!m && m.lower.endsWith('ing') && (m.pos === 'VERB' || m.pos === 'NOUN');
}

/** An -ed participle before a word of the noun's phrase ("all planned high-level contacts"): a modifier inside an object, no head. */
function edModifier(tokens: Token[], k: number): boolean {
  const m = tokens[k];
  return !!m && /ed$/.test(m.lower) && (m.pos === 'VERB' || m.pos === 'ADJ') && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[k + 1]?.pos ?? '');
}

function wordMatches(tok: Token, w: string): boolean {
  if (tok.lemma === w || tok.lower === w) return true;
  return keysOf(tok).includes(w);
}

/**
 * The longest trigger starting at token i (within [i, end)), or null. `allCaps` relaxes the
 * lower-case constraint for wire copy written in capitals.
 */
export function matchAt(tokens: Token[], i: number, end: number, allCaps: boolean): TriggerMatch | null {
  const tok = tokens[i];
  if (NEVER_FIRST.has(tok.pos)) return null;
  for (const list of triggerListsOf(tok)) {
    for (const t of list) {
      if (i + t.words.length > end) continue;
      // later words must follow; a verb's object noun may come after a few modifiers
      // ("reached a final peace agreement", "granted political asylum")
      let ok = true;
      let k = i + 1;
      for (let j = 1; j < t.words.length && ok; j++) {
        const w = t.words[j];
        if (k < end && wordMatches(tokens[k], w)) {
          k++;
          continue;
        }
        ok = false;
        // ("Kidal fell on Friday to fighters of the MNLA": a day told between a verb and its particle)
        // (before "to", "on", "upon" or "for": "fell on Friday to", "called on Saturday for"; not "agreed late on Sunday with", whose
        // "with" names a partner the verb alone takes)
        if (t.pos === 'V' && DAY_GAP_PARTICLES.has(w)) {
          const n = dayBetween(tokens, k, end);
          if (n > 0 && k + n < end && wordMatches(tokens[k + n], w)) {
            k += n + 1;
            ok = true;
            continue;
          }
        }
        // the object may come between: "reached a final agreement", "set cars on fire" (before an inner particle)
        // ("drove the militants out", "pushed the rebels back": a separable verb's final adverb)
        const separable = j === t.words.length - 1 && SEPARABLE.has(w) && t.words.length === 2;
        // ("established a new [observation post]": modifiers before an object of several words)
        let firstObject = 1;
        while (firstObject < t.words.length && PARTICLES.has(t.words[firstObject])) firstObject++;
        // (a noun's "of" object too: "the closure of land and air borders", "the lifting of all travel restrictions")
        const ofObject = t.pos === 'N' && j === t.words.length - 1 && t.words[j - 1] === 'of';
        if ((t.pos === 'V' && ((j === t.words.length - 1 && !PARTICLES.has(w)) || (j < t.words.length - 1 && PARTICLES.has(w)) || separable || j === firstObject)) || ofObject) {
          // ("took a priest and several worshippers hostage": coordinated objects before a final word)
          const reach = j === t.words.length - 1 ? 6 : 4;
          // ("suspending the $1.3 billion in annual military aid": a sum of money and its "in" inside the object count for nothing)
          for (let skip = 0, free = 0; skip < reach + free && k + skip < end; skip++) {
            const m = tokens[k + skip];
            // ('called the explosion "a cowardly and callous act"': a quote opening what the object is called counts for nothing too)
            const uncounted = CURRENCY.has(m.text) || (skip > 0 && m.lower === 'in' && AMOUNTS.has(tokens[k + skip - 1].lower)) ||
              // ('called the law "a declaration of war"': or the first word of a label of several)
              (skip > 0 && (j === t.words.length - 1 || j === firstObject) && QUOTE_MARKS.has(m.text) && tokens[k + skip + 1]?.pos === 'DET');
            // ("exchanged machine-gun and rocket-propelled grenade fire": a hyphen inside a compound modifier and the word it glues on
            // make one word with the word before)
            const glued = skip > 0 && gluedHyphenAfter(tokens, k + skip - (m.text === '-' || m.text === '‐' ? 1 : 2)) && (m.text === '-' || m.text === '‐' || skip > 1);
            if (uncounted || glued) free++;
            // ("sent hundreds of armed police": a count and its "of" inside the object)
            // (and a share of it: "suspended parts of the Constitution")
            const countOf = m.lower === 'of' && skip > 0 && (COUNT_WORDS.has(tokens[k + skip - 1].lower) || PARTITIVES.has(tokens[k + skip - 1].lower));
            // ("spoke to Bazoum by phone": whom one speaks to, before how)
            const addressee = skip === 0 && t.event === 'CONSULT' && (m.lower === 'to' || m.lower === 'with');
            // ("severed diplomatic and transport links": coordinated modifiers too)
            const coordinated = m.lower === 'and' && skip > 0 && (tokens[k + skip - 1].pos === 'NOUN' || tokens[k + skip - 1].pos === 'PROPN' || tokens[k + skip - 1].pos === 'ADJ') &&
              ['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN'].includes(tokens[k + skip + 1]?.pos ?? '');
            // ("set up a new/ADV military base": the tagger's adverb before an adjective)
            // ("summoned India's deputy high commissioner": a possessive inside the object)
            // ('called the killings "unjustifiable"': a quote opening the last word)
            const quoted = j === t.words.length - 1 && QUOTE_MARKS.has(m.text) && k + skip + 1 < end && wordMatches(tokens[k + skip + 1], w);
            if (!SKIPPABLE.has(m.pos) && !uncounted && !glued && !coordinated && !countOf && !addressee && !quoted && m.text !== '%' && m.text !== '-' && m.text !== "'s" && m.text !== '’s' && !(m.pos === 'ADV' && (tokens[k + skip + 1]?.pos === 'ADJ' || ingModifier(tokens[k + skip + 1]))) && !approximator(tokens, k + skip) &&
              // ("set up a forward operating base": an -ing modifier inside the object; "suspended all planned high-level contacts": an
              // -ed one)
              !(skip > 0 && ingModifier(m)) && !(skip > 0 && edModifier(tokens, k + skip))) break;
            // (a participle read by its lemma is no object noun when a noun follows it: "suspended all planned high-level contacts",
            // "suspended its planned reforms" are no plans suspended)
            const cand = tokens[k + skip + 1];
            // (whatever the tagger calls it, unlike a modifier passed over above)
            if (k + skip + 1 < end && wordMatches(cand, w) &&
              !(j === t.words.length - 1 && cand.lower !== w && /ed$/.test(cand.lower) && k + skip + 2 < end && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[k + skip + 2].pos))) {
              k = k + skip + 2;
              ok = true;
              break;
            }
          }
        }
      }
      // ("all land and air borders were closed", "talks were held", "an agreement was signed": a verb and its object word in
      // the passive, the object word the head right before the verb's "be")
      // (only for a verb no trigger of one word reads alone: "houses were burned" is the plain verb's, which knows fires)
      // (unless the plain verb is another kind of act: "the constitution was suspended" is emergency rule, not a suspended tie)
      if (!ok && t.pos === 'V' && t.words.length === 2 && !PARTICLES.has(t.words[1]) && pastForm(tok) && i >= 2 &&
        !triggerListsOf(tok).some((l) => l.some((x) => x.words.length === 1 && x.pos !== 'N' && x.event === t.event))) {
        let b = i - 1;
        while (b > 1 && i - b <= 2 && tokens[b].pos === 'ADV') b--;
        const h = tokens[b - 1];
        if (BE_PASSIVE.has(tokens[b].lower) && tokens[b].sent === tok.sent && h.sent === tok.sent && (h.pos === 'NOUN' || h.pos === 'PROPN') && wordMatches(h, t.words[1])) {
          ok = true;
          k = i + 1;
        }
      }
      // ("gave Moro rebels occupying at least 15 villages in Aleosan and Midsayap towns 48 hours to withdraw": a time given to do
      // something, past a long indirect object, is an ultimatum)
      let spread = false;
      if (!ok && t.granted && t.words.length === 2 && GIVEN_TIMES.has(t.words[1])) {
        for (let g = i + 2; g < end && g - i <= 18; g++) {
          const x = tokens[g];
          // (past a relative clause in it too: "gave the military officers who seized power last week seven days to reinstate")
          const relative = /^(?:who|that|which)$/.test(tokens[g - 1].lower) || (x.pos === 'VERB' && /^(?:who|that|which)$/.test(tokens[g - 2]?.lower ?? '') && tokens[g - 1].pos === 'AUX');
          if (x.text === ',' || x.text === ';' || ((x.pos === 'AUX' || (x.pos === 'VERB' && !x.lower.endsWith('ing'))) && !relative)) break;
          if (wordMatches(x, t.words[1]) && (tokens[g - 1].pos === 'NUM' || /^(?:a|an|one)$/.test(tokens[g - 1].lower)) && tokens[g + 1]?.lower === 'to' && tokens[g + 1].sent === tok.sent) {
            ok = true;
            spread = true;
            k = g + 1;
            break;
          }
        }
      }
      // ("gave the government until Saturday to respond": a day given, to do something by it)
      if (ok && t.granted && t.words[t.words.length - 1] === 'until') {
        let g = k;
        while (g < end && g - k <= 5 && tokens[g].lower !== 'to') g++;
        ok = tokens[g]?.lower === 'to' && g > k && tokens[g + 1]?.pos === 'VERB';
      }
      if (!ok) continue;
      const matchedEnd = k;
      // ("carried in trucks and pick-ups", "a crack-down": a verb and its particle glued by a hyphen are a noun)
      if (t.pos === 'V' && t.words.length > 1 && gluedHyphenAfter(tokens, i)) continue;
      // ("tried to leave the town hall": a verb's object word that only modifies the noun after it is not its object)
      const nx = tokens[matchedEnd];
      if (t.pos === 'V' && t.words.length > 1 && !PARTICLES.has(t.words[t.words.length - 1]) && matchedEnd < end && nx.pos === 'NOUN' && !nx.cap && !TIME_NOUNS.has(nx.lower) &&
        tokens[matchedEnd - 1].pos === 'NOUN') continue;
      // part of speech is judged on the head: first word for verbs, last word for nouns
      const head = t.pos === 'N' ? tokens[matchedEnd - 1] : tok;
      const prevFirst = i > 0 && tokens[i - 1].sent === tok.sent && (i < 2 || tokens[i - 2].sent !== tok.sent);
      // in wire copy set in capitals the tagger often takes -ED/-ING verbs for nouns: trust the ending
      // (not after a determiner: "ARRIVED IN A HIJACKED BUS" is a bus, not a hijacking)
      // (nor between "of"/"with" and a noun: "BARRICADES OF BURNING TIRES" are tyres that burn)
      // (nor past one word after it: "ANY FURTHER GATHERING", "THE MAIN MARCH")
      // ("TRIED TO REACH THE PARLIAMENT MONDAY TO PROTEST THE KILLINGS": a base form after "TO" is an infinitive)
      const capsVerb = (allCaps && t.pos === 'V' && i > 0 && tokens[i - 1].lower === 'to' && tokens[i - 1].sent === tok.sent && matchedEnd === i + 1 && !/(?:s|ed|ing)$/.test(tok.lower)) ||
        // ("BROKE WINDOWS", "THREW STONES": an irregular past form too)
        (allCaps && t.pos === 'V' && (/(?:ed|ing)$/.test(tok.lower) || (matchedEnd > i + 1 && IRREGULAR[tok.lower] !== undefined && IRREGULAR[tok.lower] !== '-')) && !(i > 0 && CAPS_DETERMINERS.has(tokens[i - 1].lower)) &&
        !(i > 1 && CAPS_DETERMINERS.has(tokens[i - 2].lower) && !/(?:ed|ing)$/.test(tokens[i - 1].lower) && tokens[i - 1].pos !== 'AUX' && tokens[i - 1].pos !== 'VERB') &&
        !(i > 0 && (tokens[i - 1].lower === 'of' || tokens[i - 1].lower === 'with') && matchedEnd === i + 1 && (tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'PROPN')));
      // "beat and abducted/NOUN dozens": a past form coordinated with the verb before it is a verb too
      const coordVerb = t.pos === 'V' && i > 1 && pastForm(tok) &&
        (tokens[i - 1].lower === 'and' || tokens[i - 1].lower === 'or') && tokens[i - 2].pos === 'VERB' && tokens[i - 2].sent === tok.sent;
      // a hyphenated compound ("sit-in", "shoot-out") is a noun however its parts are tagged
      const compound = t.pos === 'N' && (t.words.includes('-') || (t.words.length === 1 && t.words[0].includes('-')));
      // ("was thought to be life-threatening", "a record-breaking turnout": an -ing word glued by a hyphen to a noun before it is
      // an adjective, no act)
      if (t.pos === 'V' && i > 1 && tok.lower.endsWith('ing') && matchedEnd === i + 1 && (tokens[i - 1].text === '-' || tokens[i - 1].text === '‐') && tokens[i - 1].end === tok.start &&
        tokens[i - 2].end === tokens[i - 1].start && tokens[i - 2].pos === 'NOUN' && !tokens[i - 2].cap && tokens[i - 2].sent === tok.sent) continue;
      // "government - backed troops" (a hyphen set apart, as in tokenised copy): a modifier, not a verb
      if (t.pos === 'V' && i > 1 && tokens[i - 1].text === '-' && tokens[i - 1].sent === tok.sent && /(?:ed|en)$/.test(tok.lower) && (tokens[i - 2].pos === 'NOUN' || tokens[i - 2].pos === 'PROPN') &&
        (tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'PROPN')) continue;
      // ("an open-ended general strike", "a long-planned march": a verb form glued by a hyphen to an adjective or adverb before it is
      // a modifier; not a prefix, "re-arrested", nor a noun it is done with, "test-fired")
      if (t.pos === 'V' && i > 1 && tokens[i - 1].text === '-' && tokens[i - 1].end === tok.start && tokens[i - 2].end === tokens[i - 1].start && tokens[i - 2].sent === tok.sent &&
        !VERB_PREFIXES.has(tokens[i - 2].lower) && (tokens[i - 2].pos === 'ADJ' || tokens[i - 2].pos === 'ADV' || tokens[i - 2].pos === 'NUM')) continue;
      // "launched a cruise-missile attack": the verb's object word only modifies the event noun after it
      if (t.pos === 'V' && matchedEnd > i + 1 && matchedEnd < end && tokens[matchedEnd].pos === 'NOUN' && !tokens[matchedEnd].cap && tokens[matchedEnd - 1].pos === 'NOUN' && keysOf(tokens[matchedEnd]).some((k) => NOUN_EVENTS.has(k))) continue;
      // "his burnt house", "the looted shops": a verb+object trigger read off a participle and its noun
      // (a possessive, not a pronoun that is the verb's subject: "two of them locked themselves to heavy equipment")
      if (t.pos === 'V' && matchedEnd > i + 1 && i > 0 && tokens[i - 1].sent === tok.sent && !posOk(t, tok, tokens[i + 1], tokens[i - 1], prevFirst) &&
        (tokens[i - 1].pos === 'DET' || (tokens[i - 1].pos === 'PRON' && !SUBJECT_OR_OBJECT_PRONOUNS.has(tokens[i - 1].lower)) || tokens[i - 1].pos === 'ADP')) continue;
      // ("WITH BROKEN RIBS AND A SCALP WOUND/VERB.": after "a" and a modifier, at the end of its phrase, a noun however
      // tagged; not what one died of, "died of a head wound", the wound someone inflicted)
      if (t.pos === 'V' && matchedEnd === i + 1 && i >= 2 && (tokens[i - 2].lower === 'a' || tokens[i - 2].lower === 'an') && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[i - 1].pos) &&
        !tok.lower.endsWith('ed') && !['of', 'from'].includes(tokens[i - 3]?.lower ?? '') &&
        // (or where the wound was: "treated for a pellet wound to the leg")
        (i + 1 >= end || tokens[i + 1].pos === 'PUNCT' || tokens[i + 1].lower === 'and' || tokens[i + 1].lower === 'or' || (t.words[0] === 'wound' && /^(?:to|in|on|after|from|during|when|while|at)$/.test(tokens[i + 1].lower)))) continue;
      const nextAt = t.pos === 'N' || matchedEnd > i + 1 ? matchedEnd : i + 1;
      // ("gunmen abducted/NOUN more than 300 boys": an object that is a count)
      const nextCounts = nextAt < end && approximator(tokens, nextAt);
      if (capsVerb && hurtInState(tok, tokens[i + 1], tokens[i + 2])) continue;
      if (!capsVerb && !coordVerb && !compound && !posOk(t, head, tokens[nextAt], i > 0 && tokens[i - 1].sent === tok.sent ? tokens[i - 1] : undefined, prevFirst, nextCounts, i > 1 && tokens[i - 2].sent === tok.sent ? tokens[i - 2] : undefined, tokens[nextAt + 1])) continue;
      // ("the Eighth Sentencing Court of La Paz", "the Strike Committee": an institution's name, not an event)
      if (tok.cap && !allCaps && i > 0 && tokens[i - 1].sent === tok.sent && tokens[matchedEnd]?.cap && tokens[matchedEnd].sent === tok.sent && INSTITUTION_HEADS.has(tokens[matchedEnd].lower)) continue;
      // (a protest named as such is one: "a Tribal Solidarity March", "the Women's March"; not the month, "March 14")
      if (t.lower && tok.cap && !allCaps && !(t.pos === 'N' && t.event === 'PROTEST' && namedAfter(tokens, i))) continue;
      // ("protest-related violence", "strike-hit ports", "war-torn": an event noun inside a compound modifier names a kind, not an act)
      if (t.pos !== 'V' && tokens[matchedEnd]?.text === '-' && tokens[matchedEnd].start === tokens[matchedEnd - 1].end && COMPOUND_TAILS.has(tokens[matchedEnd + 1]?.lower ?? '')) continue;
      // ("the extradition bill", "the protest law": an event noun naming what a law is about is no event of its own; a measure
      // or a concession a law makes is the law's act: "extended the emergency law", "passed an amnesty law")
      if (t.pos !== 'V' && !LAW_ACTS.has(t.event) && tokens[matchedEnd]?.sent === tok.sent && LAW_HEADS.has(tokens[matchedEnd]?.lower ?? '')) continue;
      // ("BEGAN IN MARCH", "SINCE MAY", "MARCH 14": in capitals, a month after a word of time or before a day is the month)
      if (t.lower && allCaps && matchedEnd === i + 1 && MONTH_WORDS.has(tok.lower) &&
        ((i > 0 && tokens[i - 1].sent === tok.sent && MONTH_BEFORE.has(tokens[i - 1].lower)) || (tokens[i + 1]?.sent === tok.sent && /^\d/.test(tokens[i + 1].text)))) continue;
      return spread ? { trigger: t, first: i, last: matchedEnd, spread } : { trigger: t, first: i, last: matchedEnd };
    }
  }
  return null;
}

/** Is the word at i glued by a hyphen to the word after it ("pick-ups")? (not a modifier further on: "called off a four-day strike") */
export function gluedHyphenAfter(tokens: Token[], i: number): boolean {
  const h = tokens[i + 1];
  return !!h && (h.text === '-' || h.text === '‐') && tokens[i].end === h.start && tokens[i + 2]?.start === h.end;
}

const MONTH_WORDS = new Set(['march', 'may']);
const COMPOUND_TAILS = new Set(['related', 'linked', 'hit', 'torn', 'affected', 'prone', 'ravaged', 'induced', 'driven', 'stricken', 'wracked', 'plagued', 'free', 'weary', 'era', 'style']);
const MONTH_BEFORE = new Set(['in', 'since', 'early', 'late', 'last', 'next', 'mid', 'until', 'till', 'of', 'from', 'through', 'mid-']);

/** A capitalised word right after a capitalised name word (or its possessive) and before no number: part of a name (not after "Last", "Early": a month). */
function namedAfter(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next && next.sent === tokens[i].sent && (next.pos === 'NUM' || /^\d/.test(next.text))) return false;
  let p = i - 1;
  if (p >= 0 && (tokens[p].text === "'s" || tokens[p].text === '’s')) p--;
  const prev = tokens[p];
  return !!prev && prev.sent === tokens[i].sent && prev.cap && /^\p{Lu}\p{Ll}/u.test(prev.text) && p > 0 && tokens[p - 1].sent === prev.sent && !TIME_WORDS.has(prev.lower);
}

export function lexiconSize(): number {
  let n = 0;
  for (const l of getIndex().values()) n += l.length;
  return n;
}
