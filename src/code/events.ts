/**
 * Event coding per sentence: find triggers from the lexicon, decide whether each happened,
 * find who did it to whom, attach quantities, dates and attribution. The output is a list of
 * raw events with token positions; src/resolve turns them into records.
 */
import { IRREGULAR, approximator, gluedHyphenAfter, matchAt, pastForm, type Trigger, type TriggerMatch } from './lexicon.js';
import { lexicon as actorLexicon } from '../recognise/actors/lexicon.js';
import { TELL } from '../recognise/actors/coref.js';
import { countryByIso2 } from '../recognise/places/countries.js';
import { attributionOf, isHedged, realityOf, QUOTE_CHARS, type RealityResult, DISASTER, ACCIDENT, DELIBERATE, CELEBRATING, MAY_MODALS, GAS_WEAPONS, FRAMES, CLAIM_FRAMES, ABSTRACT_OBJECTS, ABSTRACT_TARGETS, DISCOURSE_OBJECTS, TERRITORY_NOUNS, DIRECTED_NOUNS, OCCASIONS, LABEL_VERBS, WEAPON_TESTS, NOT_ARREST, NOT_RELEASE, AFTER_CARE, ANONYMITY, SPORTS, NOT_FOLLOWED, NOT_PRECEDED, NOT_OBJECTS, APPROVALS, DOCUMENTS, NATURAL_FORCES, HAZARDS, TOPIC_VERBS, RULE_WORDS, OPINION_NOUNS, LEGAL_CATEGORIES, hinderedFrom, UNREAL_PREDICATES, STOPPED_PREDICATES, STOPPING_VERBS, OWN_MEETING_BODIES, NOUN_AGENT_VERBS, bombWordAt, MINE_PIT, MINE_BLAST, PATIENT_SUBJECTS, OWNER_ACTS, IMPACT_VERBS, WEAPON_HAD_VERBS, WEAPON_NAMES, STRIKE_WEAPONS, CRAFT_ACTS, CRAFT_FLIGHTS, LIGHT_VERBS, HOSTILE_VERBS, SYMMETRIC_VERBS, COMMENTATORS, VOICING_DOCUMENTS, ADDRESSED_DOCUMENTS, LIFTED_MEASURES, HANDLED_WEAPONS, WEAPONS_HANDLED, UNDELIVERED, RELIEF_GOODS, SELF_HARM, REFLEXIVES, RETURN_DESTINATIONS, FREEING, HOSTILE_NOUNS, TALK_WORDS, DELEGATIONS, RETURNING_STATES, MEASURE_NOUNS, FIGHT_NOUNS, IDIOMS, DAY_WORDS, STRUCK_BY, HACKED_THINGS, GIVEN_STANDING, MANNER_PHRASES, AS_LABEL_VERBS, measureAgreed } from './reality.js';
import { conflictSubject, isConflictWord, findQuantities, legalReference, totals, type QuantityKind, type QuantityMention } from '../recognise/quantities/index.js';
import { datelineEnd, findTimes, NUMBER_WORDS, YEAR, type TimeMention } from '../recognise/times/index.js';
import { countOpens, nounPhrase, phraseAround, possessiveMark, type Chunk } from './phrase.js';
import { dayItemOf, isHeading } from '../text/analyse.js';
import { ARMED_FORCE_SECTORS, NON_STATE_ARMED_SECTORS, STATE_SECTORS, type Doc, type Quantity, type Reality, type Sentence, type TextSpan, type Token } from '../types.js';

/** What the coder needs to know about an actor mention (see src/recognise/actors). */
export interface ActorLike {
  start: number;
  end: number;
  first: number;
  last: number;
  head: number;
  text: string;
  name: string;
  code: string | null;
  sector: string | null;
  cameo_code: string | null;
  kind: string;
  ref?: ActorLike;
  codeFromArticle?: boolean;
  /** one person, not a group (see ActorMention.one) */
  one?: boolean;
}

export interface RawEvent {
  trigger: Trigger;
  first: number;
  last: number;
  sentence: number;
  verbal: boolean;
  reality: Reality;
  realityCue: string | null;
  actor: ActorLike | null;
  recipient: ActorLike | null;
  passive: boolean;
  size: Partial<Record<QuantityKind, Quantity>>;
  time: TimeMention | null;
  attribution: TextSpan | null;
  /** who the attribution names as saying it ("Casa Presidencial" of "Casa Presidencial said"): the doer of a stance the saying takes
   * on an act in the passive ("said the bill would not be withdrawn" is the speaker's refusal) */
  speaker?: ActorLike | null;
  hedged: boolean;
  /** a weapon named as the agent ("Air strikes killed..."): it decides the kind of violence */
  weapon?: Trigger | null;
  /** told in passing: in a relative clause or the past perfect ("who was arrested last year") */
  background?: boolean;
  /** an event noun carried by a light verb ("launched an attack", "staged a sit-in"): told as firmly as a verb */
  carried?: boolean;
  /** in an after/before/following clause: context for the sentence's main event */
  subordinate?: boolean;
  /** what the act was done to, as a token range: "stormed [the Interior Ministry buildings]" */
  object?: Chunk | null;
  /** the phrase naming who acted, around the actor: "[Russian and Syrian regime warplanes] struck" */
  subject?: Chunk | null;
  /** that object is people ("captured [three suspected militants]", "seized [them]"), not a place or a thing */
  objectPeople?: boolean;
  /** the object phrase is a place or a territory noun ("seized the airport", "captured Kobane") */
  objectPlace?: boolean;
  /** named as what someone claims or denies responsibility for: attributed rather than reported */
  claimed?: boolean;
}

/** "police firing", "army shelling": the word before an event noun names who did it */
function modifierActor(doc: Doc, first: number): ActorLike | null {
  const t = doc.tokens[first - 1];
  // (not a building: "the mosque raid" was done at the mosque)
  if (!t || t.sent !== doc.tokens[first].sent || BUILDING_WORDS.has(t.lower)) return null;
  // ("GREEK CYPRIOTS STRIKE FOR THIRD DAY", "Kenyans strike over fuel prices": a people named in the plural right before the act is its
  // doer, no modifier of it)
  const people = /s$/i.test(t.text) ? (doc.places ?? []).find((p) => p.kind === 'demonym' && p.end === t.end && !!p.resolved?.country_code) : undefined;
  const country = people ? countryByIso2(people.resolved!.country_code!) : null;
  if (people && country) {
    let k = first - 1;
    while (k > 0 && doc.tokens[k - 1].start >= people.start) k--;
    return { start: people.start, end: t.end, first: k, last: first, head: first - 1, text: doc.text.slice(people.start, t.end), name: doc.text.slice(people.start, t.end), code: country.iso3, sector: null, cameo_code: country.iso3, kind: 'group' };
  }
  // (by its lemma only as a noun: "57 suspected bombs" names no suspects)
  const w = actorLexicon().words.get(t.lower) ?? (t.pos === 'NOUN' || t.pos === 'PROPN' ? actorLexicon().words.get(t.lemma) : undefined);
  if (!w || !w.sector || w.weak || w.title) return null;
  const c = doc.mainCountry ? countryByIso2(doc.mainCountry) : null;
  const code = c?.iso3 ?? null;
  return {
    start: t.start, end: t.end, first: first - 1, last: first, head: first - 1, text: t.text, name: w.base,
    code, sector: w.sector, cameo_code: code ? code + w.sector : w.sector, kind: 'group',
  };
}

const WEAPON_CODES = new Set(['AIR_STRIKE', 'ART_MISS_ATTACK', 'REM_EXPLOS', 'GRENADE', 'SUIC_BOMB', 'CHEM_WEAP']);

function weaponIn(tokens: Token[], m: ActorLike, caps: boolean): Trigger | null {
  for (let i = m.first; i < m.last; i++) {
    const w = matchAt(tokens, i, m.last, caps);
    if (w && w.trigger.acled && WEAPON_CODES.has(w.trigger.acled)) return w.trigger;
  }
  return null;
}

/** acts told as repeated over a stretch of years */
/** crowd-control verbs that, with no object, tell what a crowd did itself ("the crowd dispersed peacefully") */
const SELF_ACTING = new Set(['disperse', 'scatter', 'break up']);
// ("The defence force has defied civilian authority before.": done before, at no time told)
const REPEATED = /\b(?:several|many|numerous|multiple) times\b|\brepeatedly\b|\bin recent (?:years|decades)\b|\bover the years\b|\bon (?:several|many|numerous) occasions\b|\btime and again\b|\bbefore\s*[.!]?\s*$/i;
/** words between "for" and a span of years: "for a decade", "for more than two decades", "for nearly 30 years" */
const SPAN_WORDS = new Set(['a', 'an', 'more', 'than', 'over', 'nearly', 'almost', 'about', 'some', 'around', 'the', 'past', 'last', 'several', 'many', 'half']);
/**
 * Does the sentence tell a stretch something has gone on for, "for" and a span of `units` ("for a decade", "for more than 20 years";
 * "for weeks", "for the past two months")? From `from` on; with `clause`, only up to the end of the act's clause ("had asked for help
 * after supporters had camped ... for six weeks" is no asking for weeks).
 */
function forSpan(doc: Doc, s: Sentence, units: RegExp, from = s.first, clause = false): boolean {
  const t = doc.tokens;
  for (let i = from; i < s.last - 1; i++) {
    if (clause && (t[i].text === ',' || t[i].text === ';' || t[i].pos === 'CCONJ' || /^(?:after|before|when|while|until|as)$/.test(t[i].lower))) return false;
    if (t[i].lower !== 'for') continue;
    let j = i + 1;
    while (j < s.last && j - i <= 4 && (SPAN_WORDS.has(t[j].lower) || t[j].pos === 'NUM')) j++;
    if (j < s.last && units.test(t[j].lower)) return true;
  }
  return false;
}
const YEAR_UNITS = /^(?:decades?|years|centur(?:y|ies))$/;
const WEEK_UNITS = /^(?:weeks|months)$/;
const forYears = (doc: Doc, s: Sentence): boolean => forSpan(doc, s, YEAR_UNITS);
/** Does the clause of the act ending at `last` tell a stretch of weeks or months it went on for ("had camped outside the palace for
 * six weeks")? */
const forWeeks = (doc: Doc, s: Sentence, last: number): boolean => forSpan(doc, s, WEEK_UNITS, last, true);
/** Is the verb at `first` a past perfect of a clause of its own ("supporters had held vigils"), not of a relative clause on a noun
 * an act is done to ("broke up a blockade by villagers who had occupied the estate for four weeks")? */
function pastPerfectMain(t: Token[], s: Sentence, first: number): boolean {
  let k = first - 1;
  // (an event noun after its light verb: "had held silent vigils")
  if (t[first].pos === 'NOUN') {
    while (k > s.first && first - k <= 3 && (t[k].pos === 'ADJ' || t[k].pos === 'DET')) k--;
    if (t[k].pos === 'VERB') k--;
  }
  while (k > s.first && t[k].pos === 'ADV') k--;
  return k > s.first && t[k].lower === 'had' && !/^(?:who|which|that|whom)$/.test(t[k - 1].lower);
}
/** the part of an occasion a stretch runs from: "since the morning of the coup", "since the start of the uprising" */
const PART_OF_OCCASION = new Set(['morning', 'night', 'evening', 'day', 'days', 'start', 'beginning', 'outbreak', 'eve', 'time', 'onset', 'first', 'aftermath', 'wake']);
/** Whether the verb of the subject that ends at `last` is a perfect ("The war, which began in 1979, has claimed ..."), past a
 * clause set off by commas after it. */
function perfectAfter(t: Token[], s: Sentence, last: number): boolean {
  let k = last;
  if (t[k]?.text === ',' && /^(?:which|who|that|now|then)$/.test(t[k + 1]?.lower ?? '')) {
    k++;
    while (k < s.last && k - last <= 30 && t[k].text !== ',') k++;
    k++;
  }
  while (k < s.last && t[k].pos === 'ADV') k++;
  return k + 1 < s.last && /^(?:has|have)$/.test(t[k].lower) && (t[k + 1].pos === 'VERB' || t[k + 1].lower === 'been');
}
/** "since the city disbanded its police force in 2011", "since 1996": a stretch begun in a year, told after the act (from `from`) */
function sinceYear(t: Token[], from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    if (t[i].lower !== 'since') continue;
    for (let j = i + 1; j < end && j - i <= 10; j++) if (/^(?:1[89]|20)\d\d$/.test(t[j].text)) return true;
    return false;
  }
  return false;
}
/** "in recent years", "over the years", "over the past decade": a span of years an act is summed over */
const OVER_YEARS = /^[^;,]*?\b(?:in\s+recent\s+(?:years|decades)|over\s+the\s+(?:past\s+|last\s+)?(?:years|decades?))\b/i;
/** "since 1964", "over the past decade", "for years": a span of years, not one event */
function spansYears(doc: Doc, s: Sentence): boolean {
  const t = doc.tokens;
  for (let i = s.first; i < s.last - 1; i++) {
    const w = t[i].lower;
    const n = t[i + 1].lower;
    if (w === 'since' && /^(1[89]|20)\d\d$/.test(t[i + 1].text)) return true;
    if ((w === 'past' || w === 'last') && /^(decades?|years|centur(y|ies))$/.test(t[i + 2]?.lower ?? n)) return true;
    if (w === 'for' && (n === 'decades' || n === 'years')) return true;
    // ("women whose children disappeared under the 1976-83 dictatorship": a span of years named)
    if (/^(?:1[6-9]|20)\d\d[-–]\d{2}(?:\d\d)?$/.test(t[i].text) || (/^(1[6-9]|20)\d\d$/.test(t[i].text) && (n === '-' || n === '–') && /^\d{2}(\d\d)?$/.test(t[i + 2]?.text ?? '') && t[i + 1].start === t[i].end)) return true;
  }
  return false;
}

/**
 * The words that frame an event noun within its clause, looking left: a reference frame
 * ("condolences over the attack") or a claim of responsibility ("responsible for the attack").
 */
/** "victims of the attack", "victims of Monday's bombing": the event noun at `first` is what they are victims of */
function victimsOf(tokens: Token[], v: number, first: number): boolean {
  if (!/^(?:of|in|from)$/.test(tokens[v + 1]?.lower ?? '')) return false;
  for (let k = v + 2; k < first; k++) {
    const t = tokens[k];
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'PROPN' || t.text === "'s" || t.text === '’s' || (t.pos === 'NOUN' && t.cap))) return false;
  }
  return true;
}

function framesBefore(tokens: Token[], s: Sentence, first: number): { reference: boolean; claim: boolean } {
  let reference = false;
  let claim = false;
  for (let i = first - 1; i >= s.first && i >= first - 16; i--) {
    const t = tokens[i];
    if (t.text === ';' || t.text === '.') break;
    // ("said it would review the plan, but protesters were still blocking the road": a clause of its own)
    if (t.text === ',' && i + 1 < first && CLAUSE_JOINERS.has(tokens[i + 1].lower)) break;
    // ("discussed the situation in the town, where clashes erupted on Monday": a clause of a place told of, past its frame)
    if (t.lower === 'where' || (t.text === ',' && i + 1 < first && /^(?:which|when)$/.test(tokens[i + 1].lower))) break;
    // ("the victims of the bombing" refers to the bombing; "Relatives of the victims began a hunger strike" does not)
    reference = reference || (FRAMES.has(t.lower) && (t.lower !== 'victims' || victimsOf(tokens, i, first)));
    claim = claim || CLAIM_FRAMES.has(t.lower);
  }
  // ("became known for bank raids and kidnappings", "notorious for its attacks on convoys": what someone is known for is their
  // record, no act told now)
  for (let i = first - 1; i > s.first && i >= first - 8 && !reference; i--) {
    if (tokens[i].lower === 'for' && /^(?:known|famous|notorious|infamous|renowned|remembered)$/.test(tokens[i - 1].lower)) reference = true;
    else if (!(tokens[i].pos === 'DET' || tokens[i].pos === 'ADJ' || tokens[i].pos === 'NOUN' || tokens[i].pos === 'CCONJ' || tokens[i].text === ',' || POSSESSIVES.has(tokens[i].lower))) break;
  }
  // "said it was behind the attack", "accused Iran of being behind Monday's bombing": a claim (or charge) of who did it
  for (let i = first - 1; i > s.first && i >= first - 5 && !claim; i--) {
    if (tokens[i].lower === 'behind') claim = /^(?:be|is|are|was|were|been|being)$/.test(tokens[i - 1].lower);
    else if (!(tokens[i].pos === 'DET' || tokens[i].pos === 'ADJ' || tokens[i].pos === 'NUM' || tokens[i].pos === 'PROPN' || tokens[i].text === "'s" || tokens[i].text === '’s')) break;
  }
  return { reference, claim };
}

const RELATIVE = new Set(['who', 'which', 'whom', 'whose']);
/** words after a comma that open a clause of their own */
const CLAUSE_JOINERS = new Set(['but', 'although', 'though', 'while', 'whereas', 'yet']);
const SUBORDINATORS = new Set(['after', 'before', 'following', 'until', 'amid', 'despite', 'during', 'since']);

/**
 * "Protesters demanding his resignation marched to parliament": an -ing verb right after the subject's noun,
 * before the sentence's verb, describes the subject (a reduced relative clause); the verb after it is the news.
 */
function reducedRelative(tokens: Token[], s: Sentence, first: number, last: number): boolean {
  if (first - 1 < s.first || !tokens[first].lower.endsWith('ing') || tokens[first].pos !== 'VERB') return false;
  const prev = tokens[first - 1];
  if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') return false;
  for (let k = s.first; k < first - 1; k++) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || tokens[k].text === ',' || tokens[k].text === ':') return false;
  for (let k = last; k < s.last; k++) {
    if (tokens[k].text === ',' || tokens[k].text === ';' || tokens[k].pos === 'SCONJ' || tokens[k].pos === 'CCONJ' || RELATIVE.has(tokens[k].lower)) return false;
    if (tokens[k].pos === 'AUX' || (tokens[k].pos === 'VERB' && !tokens[k].lower.endsWith('ing') && tokens[k - 1].pos !== 'ADP' && tokens[k - 1].lower !== 'to')) return true;
  }
  return false;
}

/** "to demand the release of two colleagues kidnapped on Monday": a past participle telling of the people in a phrase after a
 * preposition, past the sentence's own verb, describes them in passing */
function participleOfObject(tokens: Token[], s: Sentence, first: number): boolean {
  const t = tokens[first];
  if (!/(?:ed|en)$/.test(t.lower) || first - 2 <= s.first || tokens[first - 1].pos !== 'NOUN' || !tokens[first - 1].lower.endsWith('s')) return false;
  let k = first - 2;
  while (k > s.first && first - k <= 6 && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'NUM' || tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ')) k--;
  if (!/^(?:of|for|with|to)$/.test(tokens[k].lower)) return false;
  for (let j = s.first; j < k; j++) if (tokens[j].pos === 'VERB' && tokens[j].lower !== tokens[j].lemma + 'ing') return true;
  return false;
}

/**
 * "Families searched morgues on Thursday for relatives killed when security forces stormed two camps the day before": a participle
 * telling of the people after the sentence's verb takes a time told after it, not the verb's before it.
 */
function ownTimesOfObjectParticiple(tokens: Token[], s: Sentence, verbal: boolean, first: number, times: TimeMention[]): TimeMention[] {
  if (!verbal || times.length < 2 || !participleOfObject(tokens, s, first)) return times;
  const after = times.filter((t) => t.start >= tokens[first].end);
  return after.length && after.length < times.length ? after : times;
}

/** "..., just hours after security forces fired on protesters": context for the main event. */
function isSubordinate(tokens: Token[], s: Sentence, first: number): boolean {
  for (let i = first - 1; i >= s.first && i >= first - 10; i--) {
    const t = tokens[i];
    if (t.text === ',' || t.text === ';') return false;
    if (SUBORDINATORS.has(t.lower)) return i > s.first;
  }
  return false;
}

const TALLY_NOUNS = /^(?:number|tally|total)$/;
const RAISING_TALLY = /^(?:bring|brings|bringing|brought|raise|raises|raising|raised|push|pushes|pushing|pushed|take|takes|taking|took|lift|lifts|lifting|lifted)$/;

/** words that give a clause a time of its own */
const OWN_TIME_WORDS = new Set(['ago', 'last', 'earlier', 'previously', 'once', 'formerly', 'before', 'since', 'yesterday', 'today', 'tonight', 'overnight', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** Does the clause from `first` to its next comma carry a time of its own ("in 2019", "last year", "on Wednesday evening")? */
function ownTimeAfter(tokens: Token[], s: Sentence, first: number): boolean {
  for (let k = first + 1; k < s.last && k < first + 15; k++) {
    const t = tokens[k];
    if (t.text === ',' || t.text === ';') break;
    if (OWN_TIME_WORDS.has(t.lower) || (t.pos === 'NUM' && /^(?:1[6-9]|20)\d\d$/.test(t.text))) return true;
  }
  return false;
}

/** times of day or of the story a "by" may end on: "by midday", "by the evening", "by nightfall" */
const BY_TIMES = new Set(['midday', 'noon', 'nightfall', 'dusk', 'dawn', 'daybreak', 'sunset', 'sunrise', 'evening', 'morning', 'afternoon', 'night', 'midnight', 'lunchtime', 'then']);
/** Does the trigger's clause go on to "by" a time of the story ("had regained control by midday", "by the evening", "by Tuesday")? */
function byTimeAfter(tokens: Token[], s: Sentence, first: number): boolean {
  for (let k = first + 1; k < s.last - 1 && k - first <= 10; k++) {
    const w = tokens[k].lower;
    if (w === ',' || w === ';') return false;
    if (w !== 'by') continue;
    const n = tokens[k + 1].lower === 'the' || tokens[k + 1].lower === 'late' || tokens[k + 1].lower === 'early' ? tokens[k + 2] : tokens[k + 1];
    if (n && (BY_TIMES.has(n.lower) || WEEKDAYS.test(n.lower))) return true;
  }
  return false;
}

function isBackground(tokens: Token[], s: Sentence, first: number): boolean {
  // (the second of two nouns reaches further: "that had previously involved mainly aerial bombings and shelling")
  const reach = first - 1 >= s.first && tokens[first - 1].pos === 'CCONJ' ? 9 : 6;
  for (let i = first - 1, n = 0; i >= s.first && n < reach; i--, n++) {
    const t = tokens[i];
    if (t.text === ',' || t.text === ';' || t.text === '.') return false;
    // "in response to the alleged nerve gas attack", "in retaliation for the killing": the act answered, told in passing
    // ("in apparent revenge for a bomb attack", "in reprisal for", "to avenge the killing")
    if ((t.lower === 'to' && (tokens[i - 1]?.lower === 'response' || tokens[i - 1]?.lower === 'reaction')) || (t.lower === 'for' && /^(?:retaliation|revenge|reprisal|reprisals|vengeance)$/.test(tokens[i - 1]?.lower ?? '')) || t.lemma === 'avenge') return true;
    // (not the next act in a told scene, after a comma: "hurling stones at riot police, who fired tear gas to disperse them")
    // (one with a time of its own is still background: "police, who arrested him in 2019")
    if (RELATIVE.has(t.lower)) return !(t.lower === 'who' && i + 1 === first && tokens[i - 1]?.text === ',' && tokens[first].pos === 'VERB' && pastForm(tokens[first]) && !ownTimeAfter(tokens, s, first));
    if (t.lower === 'that' && /^(has|have|had)$/.test(tokens[i + 1]?.lower ?? '')) return true;
    // "a helicopter that was captured last week": a relative clause
    if (t.lower === 'that' && (tokens[i - 1]?.pos === 'NOUN' || tokens[i - 1]?.pos === 'PROPN') && /^(was|were|is|are)$/.test(tokens[i + 1]?.lower ?? '')) return true;
    // "an attack on mosques that killed 40 people": a relative clause right after its noun
    if (t.lower === 'that' && i + 1 === first && (tokens[i - 1]?.pos === 'NOUN' || tokens[i - 1]?.pos === 'PROPN') && /ed$/.test(tokens[first].lower)) return true;
    // ("had previously involved", "had until then relied": past adverbs too; not "had already/just suspended", told as news)
    if (t.lower === 'had') {
      let nx = i + 1;
      while (nx < i + 4 && nx < s.last && ((tokens[nx].pos === 'ADV' && tokens[nx].lower !== 'already' && tokens[nx].lower !== 'just') || (tokens[nx].pos === 'ADP' && tokens[nx + 1]?.pos === 'ADV'))) nx++;
      // ("By Saturday afternoon several thousand protesters had regrouped": what had happened by a time the story tells is of
      // the story)
      // (or after it: "Loyal troops had regained control by midday")
      if (tokens[nx]?.lower === 'been' || tokens[nx]?.pos === 'VERB') return !reportedBefore(tokens, s, i) && !(tokens[s.first].lower === 'by' && tokens[s.first + 1]?.cap) && !byTimeAfter(tokens, s, first);
    }
    // "the regions of Blue Nile, where fighting has left scores of casualties": what a place has seen, in the perfect
    if (t.lower === 'where' && i > s.first && tokens[i - 1].text === ',') {
      // (or with a time of its own, set off before the sentence's verb: "In Tabriz, where serious rioting broke out last February,
      // crowds set fire to a bank")
      if (ownTimeAfter(tokens, s, first) && !tokens.slice(s.first, i).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return true;
      for (let k = first + 1; k < s.last && k < first + 12; k++) {
        if (tokens[k].text === ',' || tokens[k].text === ';') break;
        if ((tokens[k].lower === 'has' || tokens[k].lower === 'have') && tokens[k + 1]?.pos === 'VERB') return true;
      }
    }
    // "an early morning attack where a mast was destroyed", "the raid in which two died": a part of the event the noun names
    if (i > s.first && tokens[i - 1].pos === 'NOUN') {
      const at = t.lower === 'where' ? i - 1 : t.lower === 'which' && tokens[i - 1].lower === 'in' && i - 2 >= s.first ? i - 2 : -1;
      const m = at >= s.first && tokens[at].pos === 'NOUN' ? matchAt(tokens, at, at + 1, false) : null;
      if (m && m.trigger.pos !== 'V') return true;
    }
  }
  return false;
}

/** participles of harm that tell what an act of force did: ", killing three students" */
const HARM_PARTICIPLES = /^(?:killing|wounding|injuring|leaving)$/;
/** verbs of force a participle of harm may tell the result of: "opened fire", "fired", "shelled" */
const FORCE_VERBS = new Set(['open', 'fire', 'shoot', 'attack', 'shell', 'bomb', 'storm', 'charge', 'raid', 'strike', 'ambush']);
/** the words before whom a thing stands for: "a demonstration in support of X", "a strike in solidarity with the miners" */
const IN_SUPPORT_OF = /\bin (?:support|solidarity|favour|favor|sympathy|memory|honour|honor|defence|defense) (?:of|with)(?: \S+){0,2}$/;
/** verbs of forces standing by, not acting: "Police with tear gas and water trucks waited outside" */
const STANDING_BY = new Set(['wait', 'stand', 'watch', 'look', 'line', 'guard', 'patrol', 'remain', 'stay', 'keep', 'surround', 'ring', 'man', 'take']);
/** participles of whom a subject works for or follows, before "by": "miners employed by the company", "rebels led by X" */
const SUBJECT_PARTICIPLES_BY = /^(?:employed|led|backed|hired|paid|commanded|organi[sz]ed|sponsored|funded|trained|supported)$/;
/** what "without" names of the manner of an act, not its want of an object: "the guards fired without warning on men and women" */
const WITHOUT_MANNER = /^(?:warning|provocation|notice|mercy|hesitation|reason|restraint|discrimination)$/;

/** The head noun of the object after a trigger ("control of the booming drugs trade" -> trade), or -1. */
function objectHead(tokens: Token[], s: Sentence, last: number): number {
  let i = last;
  if (i < s.last && (tokens[i].lower === 'of' || tokens[i].lower === 'on' || tokens[i].lower === 'against')) i++;
  let head = -1;
  for (; i < s.last && i < last + 8; i++) {
    const p = tokens[i].pos;
    if (p === 'NOUN' || p === 'PROPN') head = i;
    // (a participle before the head modifies it, "the burning tyres"; after it, a clause opens: "an order allowing police to")
    else if (p === 'VERB' && head < 0 && /(?:ing|ed)$/.test(tokens[i].lower) && (tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'ADJ')) continue;
    // ("trained its water cannon on ...": a possessive opens the phrase too)
    else if (p !== 'DET' && p !== 'ADJ' && p !== 'NUM' && p !== 'ADV' && tokens[i].text !== '-' && !(head < 0 && POSSESSIVES.has(tokens[i].lower))) break;
  }
  return head;
}

/** An accident or disaster told in this sentence or the one before, with no weapon named in this one. */
function accidentNear(doc: Doc, s: Sentence): boolean {
  const tokens = doc.tokens;
  const armed = (x: Sentence) => { for (let k = x.first; k < x.last; k++) if (bombWordAt(tokens, k, x) || WEAPON_NAMES.has(tokens[k].lower) || STRIKES_HITTING.test(`${tokens[k].lower} ${tokens[k + 1]?.lower ?? ''}`)) return true; return false; };
  if (armed(s)) return false;
  // (not the sentence before when a weapon named there made its blasts: "explosions shook the capital, with strikes hitting an
  // arms depot ... In Saada, twelve people were killed when a house was hit")
  const prev = s.index > 0 ? doc.sentences[s.index - 1] : null;
  const from = prev && !armed(prev) ? prev.first : s.first;
  for (let k = from; k < s.last; k++) {
    const t = tokens[k];
    // ("police fired tear gas": gear, not a gas leak)
    if (t.lower === 'gas' && gasWeapon(tokens, k)) continue;
    // ("Protesters hurled rocks, fireworks and gasoline bombs at the police": what is thrown is a weapon, no accident)
    if (ACCIDENT.has(t.lower) && tokens.slice(Math.max(from, k - 6), k).some((x) => THROWN.has(x.lemma))) continue;
    // ("they emptied the district warehouse of the maize", "looted a depot": a site someone took from or wrecked on purpose, no accident)
    if (ACCIDENT.has(t.lower) && tokens.slice(Math.max(from, k - 4), k).some((x) => x.pos === 'VERB' && (TAKEN_FROM.has(x.lemma) || DELIBERATE.has(x.lemma)))) continue;
    // ("windows had been smashed at Carphone Warehouse": a word inside a name, capitalised in ordinary text, tells of no accident)
    if (t.cap && k > doc.sentences[t.sent].first && (t.pos === 'PROPN' || tokens[k - 1]?.pos === 'PROPN')) continue;
    if (ACCIDENT.has(t.lower) || DISASTER.has(t.lower) || DISASTER.has(t.lemma)) return true;
  }
  return false;
}
const THROWN = new Set(['hurl', 'throw', 'lob', 'fling', 'pelt', 'toss']);
/** verbs of taking a site or what is in it, done on purpose: "emptied the warehouse", "stormed the depot" */
const TAKEN_FROM = new Set(['empty', 'raid', 'storm', 'seize', 'occupy', 'overrun', 'rob', 'strip']);
/** strikes told hitting something are weapons' strikes: "strikes hitting an arms depot", "air strikes hit" */
const STRIKES_HITTING = /^(?:strikes|airstrikes|air-strikes) (?:hit|hits|hitting|targeted|targeting|pounded|pounding)$/;
/** the public spaces a crowd fills: "packed a main highway", "thronged the square" */
const PUBLIC_SPACES = new Set(['street', 'square', 'highway', 'avenue', 'plaza']);
/** sectors of one state's side: a warning by its government of what its army may do is its own threat */
export const STATE_SIDE = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);
/** the modes of a measure imposed on a whole place or people: a curfew, a ban, martial law or a state of emergency, censorship */
export const MEASURE_MODES = new Set(['curfew', 'restrict', 'martial-law', 'censor']);

/** A named place or a territory noun in the rest of the clause after the trigger. */
function placeInClause(doc: Doc, s: Sentence, last: number): boolean {
  const tokens = doc.tokens;
  let end = s.last;
  for (let i = last; i < s.last; i++) {
    if (i > last && CLAUSE_END.has(tokens[i].lower) && tokens[i].lower !== 'that') {
      end = i;
      break;
    }
    if (TERRITORY_NOUNS.has(tokens[i].lower)) return true;
  }
  const from = last < s.last ? tokens[last].start : s.end;
  const to = end < s.last ? tokens[end].start : s.end;
  for (const p of doc.places ?? []) if (p.start >= from && p.end <= to) return true;
  return false;
}

/** Is the noun phrase right after `last` a place or a territory noun ("took the northern towns of Bouca", "took Sibut")? */
function placeObject(doc: Doc, s: Sentence, last: number): boolean {
  const tokens = doc.tokens;
  let j = last;
  while (j < s.last && j - last < 4 && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ' || tokens[j].pos === 'NUM')) j++;
  if (j >= s.last) return false;
  if (TERRITORY_NOUNS.has(tokens[j].lower)) return true;
  return (doc.places ?? []).some((p) => p.start === tokens[j].start && p.kind !== 'demonym');
}

/**
 * Is the subject of the verb at `first` a place: the place's name (or a territory's noun) right before it, past the verb's auxiliaries
 * and an apposition set off by commas ("Gao, the largest northern city, fell on Saturday", "Timbuktu was taken")?
 */
function placeSubject(doc: Doc, s: Sentence, first: number): boolean {
  const tokens = doc.tokens;
  let k = first - 1;
  while (k > s.first && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV')) k--;
  if (tokens[k]?.text === ',') {
    let j = k - 1;
    while (j > s.first && tokens[j].text !== ',' && k - j < 16) j--;
    if (tokens[j].text === ',') k = j - 1;
  }
  if (k < s.first) return false;
  if (TERRITORY_NOUNS.has(tokens[k].lower)) return true;
  // (the place itself, not one inside a phrase of another head: "prices in Kenya fell"; "the town of Gao fell" is the town)
  const p = (doc.places ?? []).find((q) => q.end === tokens[k].end && q.kind !== 'demonym');
  if (!p) return false;
  let b = k;
  while (b > s.first && tokens[b - 1].end > p.start) b--;
  const pre = b > s.first ? tokens[b - 1] : undefined;
  return !pre || pre.pos !== 'ADP' || (pre.lower === 'of' && TERRITORY_NOUNS.has(tokens[b - 2]?.lower ?? ''));
}

/** Does the clause before the trigger name a place or a territory noun ("the western town of Man, further north, fell to")? */
function placeBeforeInClause(doc: Doc, s: Sentence, first: number): boolean {
  const tokens = doc.tokens;
  let from = s.first;
  for (let i = first - 1; i >= s.first; i--) {
    if (CLAUSE_END.has(tokens[i].lower)) {
      from = i + 1;
      break;
    }
    if (TERRITORY_NOUNS.has(tokens[i].lower)) return true;
  }
  const a = tokens[from].start;
  const b = tokens[first].start;
  for (const p of doc.places ?? []) if (p.start >= a && p.end <= b && p.kind !== 'demonym') return true;
  return false;
}

const CLAIM_VERBS = new Set(['claim', 'claimed', 'claims', 'claiming', 'accept', 'accepted', 'accepts', 'assume', 'assumed', 'admit', 'admitted']);

/** "EU ministers agreed to impose travel bans on Belarusian officials": a ban that a state or an international body lays on another
 * country's officials is a sanction (CAMEO 163), not a restriction of its own people */
function foreignBan(t: Trigger, actor: ActorLike | null, recipient: ActorLike | null): boolean {
  if (t.event !== 'COERCE' || t.mode !== 'restrict' || t.words[0] !== 'ban' || !actor?.code || !recipient?.code) return false;
  return actor.code.slice(0, 3) !== recipient.code.slice(0, 3) && STATE_SIDE.has(recipient.sector ?? '');
}

/** An order or a term to leave the country, told by whatever trigger: an expulsion (CAMEO 166). */
function asExpulsion(t: Trigger): Trigger {
  return { ...t, event: 'SANCTION', mode: 'expel', cameo: '166', acled: null, context: 'diplomatic' };
}

const SELF_CLAIM_VERBS = new Set(['claim', 'admit', 'acknowledge', 'boast']);
const SELF_CLAIM_SUBJECTS = new Set(['they', 'we', 'it', 'he', 'she']);

/**
 * "The Houthis claimed that they had attacked the airport": the doer telling its own attack claims
 * responsibility for it (CAMEO 015), as "claimed responsibility for the attack" does. Only an attack
 * told in a that-clause whose subject is a pronoun for the claimant ("claimed to have seized" weapons
 * stays a seizure, "residents claimed they had been beaten" an allegation).
 */
function selfClaimAt(tokens: Token[], s: Sentence, first: number): boolean {
  let k = first - 1;
  while (k > s.first && first - k <= 3 && (tokens[k].pos === 'ADV' || /^(?:had|have|has)$/.test(tokens[k].lower))) k--;
  if (k <= s.first || !SELF_CLAIM_SUBJECTS.has(tokens[k].lower)) return false;
  let v = k - 1;
  if (tokens[v]?.lower === 'that') v--;
  while (v > s.first && tokens[v].pos === 'ADV') v--;
  return v > s.first && SELF_CLAIM_VERBS.has(tokens[v].lemma) && tokens[v].pos === 'VERB';
}

/** Is the trigger at `first` inside "claimed responsibility for ..." (up to a new clause)? The claiming verb's index, else -1. */
function claimAt(tokens: Token[], s: Sentence, first: number): number {
  for (let i = first - 1; i > s.first && i >= first - 25; i--) {
    const w = tokens[i].lower;
    // a new clause ends the claim: "; ", ", attacked", ", and attacked" (not "killed 8 and wounded 100")
    if (w === ';' || (w === ',' && tokens[i + 1]?.pos === 'VERB') || ((w === 'and' || w === 'but') && tokens[i + 1]?.pos === 'VERB' && tokens[i - 1]?.text === ',')) return -1;
    if (w === 'responsibility' && tokens[i + 1]?.lower === 'for' && CLAIM_VERBS.has(tokens[i - 1]?.lower ?? '')) return i - 1;
  }
  return -1;
}

const REPORTING = new Set(['say', 'tell', 'report', 'add', 'claim', 'confirm', 'announce', 'state', 'according', 'quote', 'allege', 'insist', 'note']);

/** "X said the protesters had stormed...": the past perfect of reported speech is the tense shifted back, not background. */
function reportedBefore(tokens: Token[], s: Sentence, had: number): boolean {
  for (let i = had - 1, n = 0; i >= s.first && n < 22; i--, n++) {
    const t = tokens[i];
    if (REPORTING.has(t.lemma) || REPORTING.has(t.lower)) return true;
    // ("said by telephone that", "said in a statement that": the words of how it was said, before "that")
    if (t.lower === 'that') {
      for (let k = i - 1; k >= s.first && i - k <= 8 && tokens[k].text !== ',' && tokens[k].text !== ';'; k--) if (REPORTING.has(tokens[k].lemma) && tokens[k].pos === 'VERB') return true;
    }
    // (past an aside set off by commas and what the subject carries: "said that militiamen with machetes and grenades,
    // accompanied by soldiers, had killed")
    if (t.text === ',') {
      let k = i - 1;
      while (k > s.first && i - k <= 8 && tokens[k].text !== ',' && !REPORTING.has(tokens[k].lemma)) k--;
      if (tokens[k]?.text === ',') {
        i = k;
        continue;
      }
    }
    if ((t.lower === 'with' || t.lower === 'and') && i + 1 < had && (tokens[i + 1].pos === 'NOUN' || tokens[i + 1].pos === 'DET' || tokens[i + 1].pos === 'NUM')) continue;
    // only the subject between: "said (that) the protesters had stormed", not "who had been arrested"
    // ("said about two thousand supporters of the People's Progressive Alliance (PPA) had gathered")
    if (t.lower === 'that' || t.pos === 'DET' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || (t.pos === 'PRON' && !RELATIVE.has(t.lower)) ||
      t.lower === 'of' || t.text === "'s" || t.text === '’s' || t.text === '(' || t.text === ')' || APPROX.has(t.lower) ||
      // ("said on Tuesday that 48 people had been detained", "told reporters late on Monday the troops had withdrawn": when it was said)
      /^(?:on|late|early|yesterday|today|earlier)$/.test(t.lower)) continue;
    return false;
  }
  return false;
}

const DURATIONS = new Set(['days', 'weeks', 'months', 'years', 'decades', 'nights', 'week', 'month', 'year', 'fortnight']);
/** ACLED codes of triggers that name a weapon of war: air strikes, shelling, chemical weapons, suicide bombs, grenades */
const WAR_WEAPON_CODES = new Set(['AIR_STRIKE', 'ART_MISS_ATTACK', 'CHEM_WEAP', 'SUIC_BOMB', 'GRENADE']);
const ARMED_SECTORS = new Set(['MIL', 'COP', 'REB', 'UAF', 'SPY', 'IMG', 'CRM', 'GOV', 'PRO', 'OPP']);
/** who goes on strike: workers, students, doctors, traders, farmers, protesters, civilians */
const BAR = /\b(?:lawyers?|advocates?|attorneys?|barristers?|bar)\b/i;
const CROWD_SECTORS = new Set(['LAB', 'EDU', 'HLH', 'BUS', 'AGR', 'PRO', 'CVL', 'OPP', 'MED', 'JUD', 'PTY']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'us']);
/** (he and she: an unresolved "they" or "it" may still stand for a body named before it, which the fallback finds) */
const SUBJECT_PRONOUN = new Set(['he', 'she']);
/** pronouns that stand only as a subject */
const SUBJECT_PRONOUNS_ALL = new Set(['i', 'we', 'they', 'he', 'she']);
/** bodies that are no crowd: the state's sectors, international bodies, NGOs and the press (types.ts STATE_SECTORS is the state's alone) */
const INSTITUTION_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'SPY', 'PRE', 'PRM', 'LEG', 'IGO', 'UNO', 'EUR', 'NGO', 'MED']);
/** the prepositions and verbs of asking someone to act ("called on X to", "appealed to X to", "prevailed upon X to") */
const ASKED_PREPS = new Set(['on', 'upon', 'to']);
const ASKING_BEFORE_PREP = new Set(['call', 'appeal', 'prevail', 'pressure', 'press', 'rely', 'count', 'depend', 'lean']);
/** Does a verb of asking stand right before the preposition before the mention ("called on [the] X", "appealed to X")? */
function askedAfter(tokens: Token[], s: Sentence, m: ActorLike): boolean {
  let p = m.first - 1;
  while (p > s.first && tokens[p].pos === 'DET') p--;
  return p > s.first && ASKED_PREPS.has(tokens[p].lower) && ASKING_BEFORE_PREP.has(tokens[p - 1].lemma);
}
const OBJECT_PREPS = new Set(['to', 'with', 'from', 'of', 'in', 'at', 'against', 'on', 'into', 'for', 'near', 'over', 'about', 'toward', 'towards', 'by', 'through', 'across', 'around', 'among', 'under', 'than', 'outside', 'inside', 'behind', 'beside', 'opposite', 'along', 'beyond', 'within']);
const LOC_PREPS = new Set(['in', 'at', 'near', 'from', 'across', 'throughout', 'around', 'outside', 'inside', 'within']);
/** what is fired or thrown at someone */
const MISSILES = new Set(['volley', 'volleys', 'shot', 'shots', 'round', 'rounds', 'bullet', 'bullets', 'gas', 'canister', 'canisters', 'stone', 'stones', 'rock', 'rocks', 'brick', 'bricks', 'bottle', 'bottles', 'bomb', 'bombs', 'grenade', 'grenades', 'pellet', 'pellets', 'missile', 'missiles', 'projectile', 'projectiles', 'firework', 'fireworks', 'cannon', 'water', 'spray', 'egg', 'eggs']);
const PATIENT_PREPS = new Set(['against', 'on', 'at', 'with', 'upon', 'to', 'of', 'toward', 'towards', 'into']);
const CLAUSE_END = new Set(['that', '“', '”', '"', ';', ':', '.', '?', '!', 'but', 'while', 'whereas', 'after', 'before', 'because', 'although', 'when', 'which', 'who', 'where', 'as', 'if', 'unless', 'since']);
const PASSIVE_AUX = new Set(['be', 'get', 'been', 'being', 'was', 'were', 'is', 'are']);

function isAllCaps(doc: Doc, s: Sentence): boolean {
  let letters = 0;
  let upper = 0;
  // characters not read yet: once even all of them upper case could not lift the share over
  // 0.8, the answer is no (most sentences are known after a few lower-case words)
  let rest = 0;
  for (let i = s.first; i < s.last; i++) rest += doc.tokens[i].text.length;
  for (let i = s.first; i < s.last; i++) {
    const t = doc.tokens[i].text;
    rest -= t.length;
    if (letters > 0 && (upper + t.length + rest) / (letters + t.length + rest) <= 0.8) return false;
    for (let k = 0; k < t.length; k++) {
      const c = t.charCodeAt(k);
      if (c >= 65 && c <= 90) {
        upper++;
        letters++;
      } else if (c >= 97 && c <= 122) letters++;
    }
  }
  return letters > 8 && upper / letters > 0.8;
}

/**
 * A pronoun resolved to an antecedent told in an earlier sentence keeps its own span in this
 * one ("They were released": the span of "They"), with the antecedent's name, country and sector.
 */
function inPlace(m: ActorLike | null, resolved: ActorLike | null, s: Sentence): ActorLike | null {
  // (an antecedent in the same sentence is already a span of it: "the minister said he ...")
  // (no mention, no actor: one taken away after it was resolved — "a protester had died of a head wound" — stays away)
  if (!m) return null;
  if (!resolved || resolved === m || m.kind !== 'pronoun' || (resolved.start >= s.start && resolved.end <= s.end)) return resolved ?? m;
  return { ...resolved, start: m.start, end: m.end, first: m.first, last: m.last, head: m.head, text: m.text, ref: resolved };
}

function resolveRef(a: ActorLike | null): ActorLike | null {
  if (!a) return null;
  return a.kind === 'pronoun' ? a.ref ?? null : a;
}

/** The word before the verb at `first`, past the adverbs and auxiliaries between ("who have long backed": "who"). */
function beforeVerbChain(tokens: Token[], s: Sentence, first: number): number {
  let k = first - 1;
  while (k > s.first && (tokens[k].pos === 'ADV' || tokens[k].pos === 'AUX')) k--;
  return k;
}

/** verbs that carry an event noun: "launched protests", "staged a strike", "carried out an attack" */
/** who speaks for an act ("a spokesman for the protest") */
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen', 'spokespeople']);
/** verbs of what a place or a people has lived through ("has witnessed attacks since 2017") */
/** the words of a noun phrase and its place: "some five thousand troops in the Sahel" */
const STANDING_NP = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'ADV']);
const LIVED_THROUGH = new Set(['witness', 'see', 'experience', 'suffer', 'endure', 'record', 'face', 'know', 'undergo']);
/** long violence that can be said to have ended ("since the end of the war") */
const WARS = new Set(['war', 'wars', 'conflict', 'insurgency', 'fighting', 'rebellion', 'uprising', 'hostilities', 'violence']);
const NP_INNER = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PART', 'ADP', 'NOUN']);

/** light verbs that report the event noun as done ("launched an attack", "staged a sit-in"), not announced or claimed */
const CARRIERS = new Set(['launch', 'stage', 'carry', 'mount', 'conduct', 'wage', 'unleash', 'perpetrate', 'commit', 'hold', 'detonate', 'impose', 'decree']);
/** verbs of passing as someone: "disguised as soldiers", "posing as police", "dressed as monks" */
const AS_ROLE = new Set(['disguise', 'disguised', 'dress', 'dressed', 'pose', 'posing', 'masquerade', 'masquerading', 'pass', 'passing', 'impersonate']);
const GERUND_LINKS = new Set(['before', 'after', 'while', 'without', 'upon', 'since']);
const HANDING_VERBS = new Set(['present', 'serve', 'hand', 'confront', 'issue']);
const WITH_LIGHT_VERBS = new Set(['respond', 'retaliate', 'react', 'answer', 'reply', 'hit']);
const IN_LIGHT_VERBS = new Set(['engage', 'participate', 'involve', 'join']);
/** times that own an act: "Monday's shooting", "last week's attack" */
const dayOwner = (w: string) => DAY_WORDS.test(w) || PERIOD_OWNERS.test(w);
const PERIOD_OWNERS = /^(?:week|weekend|month|year|night|morning|evening|afternoon|day|january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** verbs whose object is what is fired: "rockets fired from Gaza" is a reduced passive, not rockets firing */
const FIRED_VERBS = new Set(['fire', 'launch', 'lob', 'drop', 'hurl', 'throw', 'shoot', 'plant']);
/** verbs of wishing or believing: what is hoped or feared to be done is no one's threat ("said it hoped the killers would be punished") */
const WISHING = new Set(['hope', 'wish', 'want', 'fear', 'expect', 'believe', 'think', 'doubt', 'pray', 'trust', 'assume', 'suspect', 'worry']);
/** PLOVER's material conflict: acts one threatens when one announces them */
const QUAD4 = new Set(['PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']);
/** nouns of harm or custody whose owner ("his killing", "Zongo's murder", "their arrest") is whom it was done to */
const PATIENT_NOUNS = new Set(['killing', 'killings', 'murder', 'murders', 'assassination', 'death', 'execution', 'arrest', 'arrests', 'detention', 'abduction',
  'kidnapping', 'kidnap', 'torture', 'beating', 'lynching', 'disappearance', 'imprisonment', 'jailing', 'deportation', 'expulsion', 'release', 'extradition']);
/** prepositions that name what an act is about ("an inquiry into", "a hearing over", "talks about") */
const TOPIC_PREPS = new Set(['into', 'about', 'over', 'regarding', 'concerning']);

/** Do tokens [first, last) lie inside an earlier event's object ("destroyed [a drone launched by ...]")? */
const HOLDING = new Set(['load', 'laden', 'pack', 'carry', 'contain', 'fill', 'stuff', 'hide', 'conceal', 'stash', 'hold']);

/** The token at `first` is what the object of o held, told right after it ("a truck loaded with [explosives]", "a bag containing two [grenades]"). */
function heldBy(tokens: Token[], o: RawEvent, first: number): boolean {
  // (the trigger's own last word may be what was seized: "uncovered an arms cache containing rifles and grenades")
  const end = o.object?.last ?? (o.trigger.words.length > 1 ? o.last : -1);
  if (end < 0 || first < end || first - end > 5) return false;
  let held = false;
  for (let k = end; k < first; k++) {
    const t = tokens[k];
    // (a list of what is held: "containing rifles and grenades")
    if ((t.pos === 'PUNCT' && !(held && t.text === ',')) || (t.pos === 'CCONJ' && !held) || t.pos === 'AUX') return false;
    held ||= HOLDING.has(t.lemma) || HOLDING.has(t.lower);
  }
  return held;
}

function withinObject(o: RawEvent, first: number, last: number): boolean {
  return !!o.object && o.object.first <= first && last <= o.object.last;
}

/** words before "until" that make what it waits for a condition: a refusal, a vow or what is yet to come */
// (not a past negation, whose "until" tells what did happen: "held their positions until the agents agreed to come out")
const AWAITING = new Set(['refuse', 'refusing', 'refuses', 'would', 'will', "'ll", 'vow', 'vowed', 'vowing', 'vows', 'threaten', 'threatened', 'threatening', 'pledged', 'pledging', 'demand', 'demanded', 'demanding', 'insist', 'insisted', 'insisting']);
/** Is the act at `first` told in an "until" clause after a refusal, a vow or a future ("refusing ... until the culprits were arrested")? */
function awaitedUntil(tokens: Token[], s: Sentence, first: number): boolean {
  let u = first - 1;
  while (u > s.first && first - u <= 14 && tokens[u].lower !== 'until' && tokens[u].text !== ',' && tokens[u].text !== ';') u--;
  if (u <= s.first || tokens[u].lower !== 'until') return false;
  for (let k = u - 1; k >= s.first && u - k <= 14 && tokens[k].text !== ';'; k--) if (AWAITING.has(tokens[k].lower)) return true;
  return false;
}

/** verbs of moving a crowd off, whose object an act of crowd control is done to ("to clear", "to disperse") */
const DISPERSING = new Set(['clear', 'disperse', 'scatter', 'break', 'push', 'drive', 'evict', 'remove']);
/** The people a purpose infinitive of dispersal after the act names: "fired tear gas to clear thousands of demonstrators from". */
function dispersedBy(tokens: Token[], s: Sentence, ms: ActorLike[], last: number): ActorLike | null {
  for (let k = last; k < s.last - 2 && k - last <= 12; k++) {
    if (tokens[k].text === ';' || (tokens[k].text === ',' && tokens[k + 1]?.pos !== 'NOUN' && tokens[k + 1]?.pos !== 'ADJ')) return null;
    if (tokens[k].lower !== 'to' || !DISPERSING.has(tokens[k + 1].lemma) || tokens[k + 1].pos !== 'VERB') continue;
    return ms.find((m) => m.first > k + 1 && m.first - (k + 1) <= 5 && !!m.sector) ?? null;
  }
  return null;
}

/** a noun then a passive of harm done to it: "worker was shot dead", "miners were arrested" */
const HARMED_AFTER = /^[\w-]+(?:\s+[\w-]+)?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:shot|killed|wounded|injured|hurt|beaten|arrested|detained|stabbed|abducted|kidnapped)\b/i;
/** nouns of an order or a request, whose "from" or "of" names who gave it: "on orders from the governor" */
const ORDERING_NOUNS = new Set(['order', 'orders', 'instruction', 'instructions', 'request', 'command', 'behest', 'direction', 'directive', 'invitation']);
/** nouns of a count of casualties given ("put the toll at 20 killed") and words of approximation before a number */
const TOLL_WORDS = new Set(['toll', 'figure', 'number', 'casualty', 'count', 'total']);
const APPROX_WORDS = new Set(['about', 'around', 'some', 'nearly', 'approximately', 'roughly', 'almost', 'over', 'more', 'than', 'least']);
/** participles of an act going on, which describe its noun: "continuing bombardment", "renewed clashes" */
const ASPECT_PARTICIPLES = /^(?:continu(?:ing|ed)|renewed|resumed|escalating|intensif(?:ying|ied)|repeated|ongoing)$/;
/** The light verb carrying the event noun at `first` ("launched an attack"), or -1. */
function lightVerbAt(tokens: Token[], s: Sentence, first: number): number {
  // "gave Russian President Vladimir Putin a stern and personal warning", "set a 30-day deadline"
  for (let i = first - 1, n = 0; i >= s.first && n < 10; i--, n++) {
    const t = tokens[i];
    // ("because of continuing bombardment", "amid renewed clashes", "the escalating violence": a participle of going on, right
    // before the noun after a preposition or a determiner, describes the act; no one named in the sentence carries it on)
    if (i === first - 1 && ASPECT_PARTICIPLES.test(t.lower) && (i === s.first || ['ADP', 'DET', 'SCONJ'].includes(tokens[i - 1].pos))) return -1;
    if (LIGHT_VERBS.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'AUX')) return i;
    // ("violence set off by the assassination of a minister": a noun after "by" is what did the verb before it, no object that verb
    // carries)
    if (t.lower === 'by' && t.pos === 'ADP' && !tokens.slice(i + 1, first).some((x) => x.text === ',')) return -1;
    // ("Parliament voted a state of emergency": a measure voted as the verb's own object, with no preposition between; not "would vote
    // on the agreement")
    if (t.lemma === 'vote' && t.pos === 'VERB' && !tokens.slice(i + 1, first).some((x) => x.pos === 'ADP' || x.pos === 'VERB')) return i;
    // (a quoted name: joined a "Tribal Solidarity March")
    if (QUOTE_CHARS.has(t.text) && tokens[i + 1]?.cap) continue;
    // ("declares emergency as metro fare protests turn violent": not across a subordinator)
    if (SUBJECT_SUBORDINATORS.has(t.lower) || CLAUSE_END.has(t.lower)) return -1;
    // ("used batons, tear/VERB gas and water cannon": a list of things used, however the tagger reads the gas)
    if (t.text === ',' && i - 1 >= s.first && (tokens[i - 1].pos === 'NOUN' || tokens[i - 1].pos === 'PROPN') && ['NOUN', 'ADJ', 'DET', 'PROPN', 'VERB'].includes(tokens[i + 1]?.pos ?? '')) continue;
    if (t.pos === 'VERB' && gasAhead(tokens, i)) continue;
    // "engaged in a fire exchange", "took part in the march", "were involved in clashes"
    if (t.lower === 'in' && i - 1 >= s.first) {
      const v = tokens[i - 1];
      if (IN_LIGHT_VERBS.has(v.lemma) && (v.pos === 'VERB' || v.pos === 'AUX')) return i - 1;
      if (v.lower === 'part' && i - 2 >= s.first && tokens[i - 2].lemma === 'take') return i - 2;
      // ("Soldiers in uniform joined civilians in looting shops": past whom one joins)
      let k = i - 1;
      while (k > s.first && i - k <= 4 && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'NUM')) k--;
      if (k < i - 1 && tokens[k].lemma === 'join' && tokens[k].pos === 'VERB') return k;
      return -1;
    }
    // "soldiers, who responded with tear gas", "retaliated with air strikes"
    if (t.lower === 'with' && i - 1 >= s.first) {
      const v = tokens[i - 1];
      if (WITH_LIGHT_VERBS.has(v.lemma) && (v.pos === 'VERB' || v.pos === 'AUX')) return i - 1;
      // ("presented the government with 16 demands", "served the company with a strike notice": past whom it is handed to)
      let k = i - 1;
      while (k > s.first && i - k <= 5 && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ')) k--;
      return k < i - 1 && HANDING_VERBS.has(tokens[k].lemma) && tokens[k].pos === 'VERB' ? k : -1;
    }
    // ("Ceausescu left Bucharest on Monday for a three-day state visit to Iran", "arrived on a visit": who travelled makes the visit)
    if ((t.lower === 'for' || t.lower === 'on') && i - 1 >= s.first && [first, first + 1, first + 2].some((k) => k < s.last && VISIT_NOUNS.has(tokens[k].lemma))) {
      for (let k = i - 1; k >= s.first && i - k <= 8; k--) {
        if (tokens[k].pos === 'VERB' && TRAVEL_VERBS.has(tokens[k].lemma)) return k;
        if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || tokens[k].text === ',' || tokens[k].text === ';') break;
      }
    }
    // "workers were now on strike", "remained on hunger strike": being on an action is doing it
    if (t.lower === 'on' && i - 1 >= s.first) {
      let k = i - 1;
      while (k > s.first && tokens[k].pos === 'ADV') k--;
      if (tokens[k].lemma === 'be' || tokens[k].lemma === 'remain' || tokens[k].lemma === 'stay') return k;
    }
    // ("have imposed targeted/VERB sanctions": a participle right before the event noun modifies it)
    if (t.pos === 'VERB' && i === first - 1 && !t.cap && t.lower.endsWith('ed') && i - 1 >= s.first && LIGHT_VERBS.has(tokens[i - 1].lemma)) continue;
    if (!NP_INNER.has(t.pos) && t.pos !== 'PROPN' && t.text !== '-' && t.lower !== 'and' && !POSSESSIVES.has(t.lower)) return -1;
    // ("launched a wave of attacks"; not "imposed sanctions on officials over the use of chemical weapons":
    // a noun after a preposition of reason or place is no object of the verb)
    if (t.pos === 'ADP' && REASON_PREPS.has(t.lower)) return -1;
    // ("had had no advance knowledge of the coup", "received news of the attack": an act known of or told of is no one's act there)
    if (t.lower === 'of' && i - 1 >= s.first && KNOWING_NOUNS.has(tokens[i - 1].lemma)) return -1;
  }
  return -1;
}
/** nouns of knowing or hearing of something, whose "of" names what is known, not what the verb's subject does */
const KNOWING_NOUNS = new Set(['knowledge', 'news', 'word', 'report', 'rumour', 'rumor', 'detail', 'information', 'warning', 'notice', 'account', 'evidence', 'sign', 'hint', 'awareness']);
/** nouns of a journey to someone ("a state visit", "a tour of the region") and verbs of making one */
const VISIT_NOUNS = new Set(['visit', 'tour', 'trip', 'pilgrimage']);
const TRAVEL_VERBS = new Set(['leave', 'arrive', 'go', 'travel', 'fly', 'come', 'head', 'depart', 'set', 'return', 'land']);
const REASON_PREPS = new Set(['over', 'for', 'against', 'because', 'despite', 'amid', 'after', 'following', 'about', 'regarding', 'concerning']);

const SPEECH_LIKE = new Set(['REQUEST', 'ACCUSE', 'CONSULT', 'SUPPORT', 'REJECT']);
const CHARACTERISE = new Set(['condemn', 'describe', 'denounce', 'call', 'brand', 'label', 'term', 'decry', 'characterise', 'characterize', 'see', 'view', 'regard', 'criticise', 'criticize', 'dismiss', 'portray', 'paint', 'dub', 'treat', 'consider']);
const NAMING = new Set(['call', 'brand', 'label', 'term', 'dub']);

/**
 * The verb an infinitive at `first` ("… to protest", "… to oppose") belongs to: the nearest verb
 * before its "to" within the clause. Returns where the scan stopped; check that it is a VERB.
 */
function governingVerb(tokens: Token[], s: Sentence, first: number): number {
  let g = first - 2;
  while (g > s.first && first - g < 12 && !(tokens[g].pos === 'VERB' && tokens[g].lower !== 'to') && !CLAUSE_END.has(tokens[g].lower) && tokens[g].text !== ',') g--;
  return g;
}

/** Is the event noun at [first, last) a characterisation: "condemned X as an attack", "called it a massacre", "called the protest a riot"? */
function characterised(tokens: Token[], s: Sentence, first: number, last: number): boolean {
  let k = first - 1;
  // (in capitals an adjective may be tagged a name: "CALLED AN IMMEDIATE/PROPN GENERAL STRIKE")
  while (k > s.first && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || QUOTE_CHARS.has(tokens[k].text) || (tokens[k].pos === 'VERB' && /ed$/.test(tokens[k].lower) && tokens[k - 1].pos === 'DET') ||
    (tokens[k].pos === 'PROPN' && tokens[k].text.length > 1 && tokens[k].text === tokens[k].text.toUpperCase() && /^an?$/i.test(tokens[k - 1].text)))) k--;
  if (k <= s.first) return false;
  if (tokens[k].lower === 'as') {
    for (let j = k - 1, n = 0; j >= s.first && n < 12; j--, n++) {
      if (CLAUSE_END.has(tokens[j].lower) || tokens[j].text === ';') break;
      if (tokens[j].pos === 'VERB' && CHARACTERISE.has(tokens[j].lemma)) return true;
    }
    return false;
  }
  // "called [it / the protest / the killings] [an organised riot]": the complement named
  if (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'PRON') {
    let j = k - 1;
    while (j > s.first && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ' || tokens[j].pos === 'NOUN')) j--;
    if (j >= s.first && tokens[j].pos === 'VERB' && NAMING.has(tokens[j].lemma) && first - j <= 6) return true;
  }
  // "called [the protest] an organised riot": the event named is the one already told
  if (tokens[k].pos === 'VERB' && NAMING.has(tokens[k].lemma) && tokens[k + 1]?.pos === 'DET' && tokens[k + 1].lower === 'the') {
    const nx = tokens[last];
    // ("called the attack brutal", "called the protest 'an organised riot'")
    if (nx && (QUOTE_CHARS.has(nx.text) || (nx.pos === 'DET' && (nx.lower === 'a' || nx.lower === 'an')) || (nx.pos === 'ADJ' && (!tokens[last + 1] || tokens[last + 1].pos === 'PUNCT' || tokens[last + 1].pos === 'CCONJ')))) return true;
  }
  return false;
}

const LEGAL_NOUNS = new Set(['case', 'cases', 'fir', 'firs', 'complaint', 'complaints', 'charges', 'chargesheet', 'lawsuit', 'warrant', 'warrants']);
/** ("a case has been registered against ...", "an FIR was lodged": the legal noun is a filing) */
const LEGAL_LINKS = new Set(['registered', 'filed', 'lodged', 'booked', 'against', 'issued']);
const COMPLEMENT_NOUNS = new Set(['right', 'freedom', 'permission', 'plan', 'decision', 'call', 'attempt', 'bid', 'effort', 'threat', 'vow', 'promise', 'order', 'chance', 'opportunity', 'ability', 'refusal', 'need', 'time', 'way', 'reason', 'licence', 'license', 'approval', 'authorization', 'authorisation', 'intention', 'readiness', 'willingness', 'determination', 'failure', 'move', 'pledge']);
/** crowds a charge is made at, and what it is made with ("charged the marchers with clubs") */
const CHARGED_CROWDS = new Set(['crowd', 'protester', 'protestor', 'demonstrator', 'marcher', 'mob', 'striker', 'picketer', 'rioter', 'student', 'gathering', 'rally', 'procession', 'demonstration', 'protest', 'march', 'picket', 'sit-in']);
const CHARGE_WEAPONS = new Set(['club', 'baton', 'truncheon', 'stick', 'stave', 'staves', 'lathi', 'cane', 'bayonet', 'horse', 'shield', 'whip', 'rifle', 'butt', 'tear', 'water', 'dog']);
const chargeWeapon = (w: string): boolean => CHARGE_WEAPONS.has(w) || CHARGE_WEAPONS.has(w.replace(/s$/, '')) || CHARGE_WEAPONS.has(w.replace(/es$/, ''));
const DISMISSED = new Set(['head', 'chief', 'director', 'manager', 'minister', 'coach', 'ceo', 'chairman', 'executive', 'employee', 'staff', 'worker', 'official', 'commander', 'governor', 'editor', 'spokesman', 'spokeswoman', 'adviser', 'advisor', 'secretary', 'deputy', 'president', 'striker', 'teacher', 'miner', 'nurse', 'journalist', 'reporter', 'clerk', 'labourer', 'laborer', 'driver', 'guard', 'steward']);
const STATEMENT_NOUNS = new Set(['REQUEST', 'ACCUSE', 'SUPPORT', 'REJECT', 'THREATEN', 'AGREE', 'CONCEDE']);
const SPEECH_ACTS = new Set(['REQUEST', 'REJECT', 'AGREE', 'THREATEN', 'SUPPORT', 'CONCEDE', 'ACCUSE']);

/**
 * Is there a clause boundary in [a, b)? With `pastQuotes`, a phrase quoted whole inside the span is one
 * word (accused "subversive groups financed from abroad" of), and a quotation still open at b holds b.
 */
function hasBoundary(tokens: Token[], a: number, b: number, pastQuotes = false): boolean {
  for (let i = a; i < b; i++) {
    if (pastQuotes && QUOTE_MARKS.has(tokens[i].text)) {
      let j = i + 1;
      while (j < b && !QUOTE_MARKS.has(tokens[j].text)) j++;
      // (a quotation still open at the trigger holds it: 'of imposing an "undeclared blockade"')
      if (j >= b) return false;
      i = j;
      continue;
    }
    if (CLAUSE_END.has(tokens[i].lower) || tokens[i].text === ',') return true;
  }
  return false;
}
const QUOTE_MARKS = new Set(['"', '“', '”']);

/** Is the passive voice used: "were killed", "was arrested by police"? */
function isPassive(tokens: Token[], s: Sentence, first: number): boolean {
  const t = tokens[first];
  if (t.lower.endsWith('ing')) return false;
  // "were abducted and shot dead", "were looted or set on fire": the second participle shares the
  // first one's auxiliary (whatever its form: "set", "put")
  const c = first - 1;
  // (in capitals the tagger takes "LOOTED" for a name)
  const pc = tokens[c - 1];
  const capsParticiple = !!pc && pc.text === pc.text.toUpperCase() && /ED$/.test(pc.text);
  // (not a verb with a clause or an object of its own: "called for the detainees to be freed and warned that ...")
  // (nor a phrasal verb with its object: "was deeply concerned and called on all parties to refrain")
  // (not "looted or set on fire": a bare noun after it is the phrase's own)
  // ("said he had been ousted and called for new elections", "and appealed to foreign governments": a verb of asking with whom or
  // what it asks for after it)
  const phrasalObject = (/^(?:on|upon|for)$/.test(tokens[first + 1]?.lower ?? '') && ['DET', 'PROPN', 'PRON', 'NUM'].includes(tokens[first + 2]?.pos ?? '')) ||
    (tokens[first + 1]?.lower === 'for' && t.lemma === 'call' && (tokens[first + 2]?.pos === 'ADJ' || tokens[first + 2]?.pos === 'NOUN')) ||
    (tokens[first + 1]?.lower === 'to' && (t.lemma === 'appeal' || t.lemma === 'plead') && ['DET', 'PROPN', 'PRON', 'NUM', 'ADJ', 'NOUN'].includes(tokens[first + 2]?.pos ?? ''));
  const saysThat = tokens[first + 1]?.lower === 'that' || objectFollows(tokens, first) || phrasalObject;
  // (past an adverb of the second: "were attacked or briefly detained by pro-government crowds")
  let cc = c;
  // ("was shot and then hacked to death": and of a sequence)
  while (cc - 1 > s.first && c - cc < 2 && tokens[cc].pos === 'ADV' && (/ly$/.test(tokens[cc].lower) || /^(?:then|later|subsequently)$/.test(tokens[cc].lower))) cc--;
  const pcc = tokens[cc - 1];
  if (cc > s.first && !saysThat && (tokens[cc].lower === 'and' || tokens[cc].lower === 'or') && ((pcc.pos !== 'NOUN' && pcc.pos !== 'PROPN') || (cc === c && capsParticiple))) {
    // (the first participle may be tagged an adjective: "were looted/ADJ or set on fire")
    for (let j = cc - 1; j > s.first && cc - j <= 3; j--) {
      if (isPassive(tokens, s, j)) return true;
      if (tokens[j].pos !== 'ADV' && tokens[j].pos !== 'ADJ') break;
    }
  }
  // ("were disarmed by loyalist troops and taken into custody": past the first participle's agent)
  if (agentBefore(tokens, s, first) >= 0) return true;
  // ("The woman was arrested, taken to Kyogle Police Station and charged with obstructing traffic": a series of participles
  // after one auxiliary, each past the place or thing the one before took)
  // (not a verb with an object of its own: "said the unrest was aimed at undermining ... and voiced support")
  // (nor a speech act with its clause: "were hurt and denied that tear gas had been used")
  const own = tokens[first + 1];
  // (nor a phrasal verb with its object: "17 people had been killed ... and called on the authorities to investigate")
  const objectNext = objectFollows(tokens, first) || phrasalObject || (!!own && own.sent === t.sent && (own.pos === 'ADJ' || own.pos === 'SCONJ' || own.lower === 'that'));
  if (c > s.first && !objectNext && (tokens[c].text === ',' || ((tokens[c].lower === 'and' || tokens[c].lower === 'or') && tokens[c - 1]?.text !== ',')) && pastForm(t)) {
    for (let j = c - 1; j > s.first && c - j <= 12; j--) {
      const w = tokens[j];
      // (past a possessive: "Women were dragged by their hair and beaten")
      if (w.text === ';' || w.pos === 'AUX' || w.pos === 'SCONJ' || (w.pos === 'PRON' && !POSSESSIVES.has(w.lower)) || /^(?:that|who|which|and|or|but)$/.test(w.lower)) break;
      // (not a participle inside a relative clause set off before the verb: "Police, who were heavily outnumbered, fired")
      // (nor one set off after the subject's name: "Vice President Omar Suleiman, appointed on Saturday, invited ...")
      if (w.pos === 'VERB' && pastForm(w) && tokens[c].text === ',' && tokens[j - 1]?.text === ',' && (tokens[j - 2]?.pos === 'PROPN' || tokens[j - 2]?.pos === 'NOUN') && j - 2 >= s.first) return false;
      if (w.pos === 'VERB' && pastForm(w) && (tokens[j - 1]?.text === ',' || PASSIVE_AUX.has(tokens[j - 1]?.lemma ?? '') || tokens[j - 1]?.pos === 'ADV')) return !inRelative(tokens, s, j) && isPassive(tokens, s, j);
      if (w.text === ',') break;
    }
  }
  if (!(t.lower.endsWith('ed') || t.lower.endsWith('en') || t.lower !== t.lemma || (IRREGULAR[t.lower] && IRREGULAR[t.lower] !== '-'))) return false;
  // ("about 20 men lay, many of them shot in the head": a share of those told, with what was done to them)
  // (and with what did it: "several of them hit by rocks", "many of them killed by snipers")
  // (set off after its clause, not one of its own: "The ministers met, and several of them called for", "Some of them called for")
  if (first - 2 > s.first && /^(?:them|whom)$/.test(tokens[first - 1].lower) && tokens[first - 2].lower === 'of' &&
    !['NOUN', 'PROPN', 'DET', 'PRON', 'NUM'].includes(tokens[first + 1]?.pos ?? '') && !phrasalObject && !saysThat &&
    (tokens[first - 1].lower === 'whom' || (first - 4 >= s.first && /^[,;:—–(-]$/.test(tokens[first - 4].text)))) return true;
  // ("were hacked and beaten to death": a second participle joined to a passive one shares its auxiliary)
  // (with no object or clause of its own after it: not "had been arrested and blamed \"agitators\"", "and warned that ...")
  const objectAfter = (k: number) => !tokens[k] || ['DET', 'NOUN', 'PRON', 'PROPN', 'NUM'].includes(tokens[k].pos) || tokens[k].lower === 'that' || QUOTE_CHARS.has(tokens[k].text);
  if (first - 2 > s.first && tokens[first - 1].lower === 'and' && tokens[first - 2].pos === 'VERB' && /(?:ed|en)$/.test(tokens[first - 2].lower) && !objectAfter(first + 1) &&
    isPassive(tokens, s, first - 2)) return true;
  // "parties had been banned and newspapers suspended": the second participle's auxiliary is gapped
  // ("three were killed and more than a dozen wounded": a figure's approximation is part of the gapped subject)
  // (past an adverb on the participle: "and four police officers slightly injured")
  let adv = first - 1;
  while (adv > s.first && first - adv <= 2 && tokens[adv].pos === 'ADV') adv--;
  let g = adv;
  // (a count in quotes too: 'and "several score" wounded')
  while (g > s.first && adv - g <= 5 && (QUOTE_CHARS.has(tokens[g].text) || tokens[g].pos === 'NOUN' || tokens[g].pos === 'PROPN' || tokens[g].pos === 'ADJ' || tokens[g].pos === 'DET' || tokens[g].pos === 'NUM' || (APPROX.has(tokens[g].lower) && first - g >= 2 && (tokens[g + 1].pos === 'NUM' || tokens[g + 1].pos === 'DET' || APPROX.has(tokens[g + 1].lower))))) g--;
  // (only right after the first participle: "banned and newspapers suspended")
  // (and no object after it: not "police were deployed and protesters dispersed the crowd")
  if (g < adv && g > s.first + 1 && tokens[g].lower === 'and' && tokens[g - 1].pos === 'VERB' && isPassive(tokens, s, g - 1) && !['DET', 'NUM', 'PRON'].includes(tokens[first + 1]?.pos ?? '')) return true;
  // (past a phrase on the first participle: 'had been killed in the battle for Cartago and "several score" wounded')
  // (a count as the gapped subject: not "fled to Kenya after police and soldiers opened fire")
  if (g < adv && g > s.first + 1 && tokens[g].lower === 'and' && tokens[g - 1].pos !== 'VERB' && !['DET', 'NUM', 'PRON'].includes(tokens[first + 1]?.pos ?? '') &&
    tokens.slice(g + 1, adv + 1).some((t) => t.pos === 'NUM' || /^(?:score|scores|dozens|hundreds|thousands|several|many|dozen)$/.test(t.lower))) {
    let v = g - 1;
    while (v > s.first && g - v <= 8 && tokens[v].pos !== 'VERB' && tokens[v].pos !== 'AUX' && tokens[v].text !== ',' && tokens[v].text !== ';') v--;
    if (v < g - 2 && tokens[v].pos === 'VERB' && tokens[v + 1].pos === 'ADP' && /(?:ed|en)$/.test(tokens[v].lower) && isPassive(tokens, s, v)) return true;
  }
  for (let i = gluedStart(tokens, s, first) - 1, n = 0; i >= s.first && n < 4; i--, n++) {
    const w = tokens[i];
    if (PASSIVE_AUX.has(w.lemma) || PASSIVE_AUX.has(w.lower)) return w.lower !== 'have' && w.lower !== 'has' && w.lower !== 'had' ? true : false;
    // ("unions remain banned", "the leader stayed detained")
    if ((w.lemma === 'remain' || w.lemma === 'stay') && w.pos !== 'NOUN') return true;
    // ("nine persons were feared killed", "two were reported/believed killed": a participle of hearsay between)
    // (and an adverb after it: "was reported seriously wounded")
    if (/^(?:feared|reported|believed|thought|presumed|confirmed)$/.test(w.lower) && tokens.slice(i + 1, first).every((x) => x.pos === 'ADV') && PASSIVE_AUX.has(tokens[i - 1]?.lemma ?? '')) continue;
    // (a quotation opening on the participle: 'were "ambushed while seeking to hand themselves over"')
    // (or on an adverb before it: 'were "completely surrounded"')
    if (/^["“']$/.test(w.text) && tokens.slice(i + 1, first).every((x) => x.pos === 'ADV')) continue;
    if (w.pos !== 'ADV' && w.pos !== 'PART' && w.lower !== 'not' && w.lower !== "n't") return false;
  }
  return false;
}

/** Where a participle glued to the word before it begins ("was petrol-bombed", "were machine-gunned"): that word, else the participle. */
function gluedStart(tokens: Token[], s: Sentence, first: number): number {
  return first - 2 > s.first && gluedHyphenAfter(tokens, first - 2) ? first - 2 : first;
}

/** Is token j inside a relative clause opened after a comma (", who were outnumbered")? */
function inRelative(tokens: Token[], s: Sentence, j: number): boolean {
  for (let k = j - 1; k > s.first && j - k <= 8; k--) {
    if (tokens[k].text === ',') return false;
    if (/^(?:who|which)$/.test(tokens[k].lower) && tokens[k - 1]?.text === ',') return true;
  }
  return false;
}

/** Does a noun phrase start right after the verb at `first`, in its sentence (an object of its own)? */
function objectFollows(tokens: Token[], first: number): boolean {
  // (an object in quotes too: 'blamed "agitators in the service of Marxism" for the violence')
  const nx = OPEN_QUOTES.has(tokens[first + 1]?.text ?? '') && tokens[first + 1].start === tokens[first].end + 1 ? tokens[first + 2] : tokens[first + 1];
  return !!nx && nx.sent === tokens[first].sent && (nx.pos === 'DET' || nx.pos === 'PRON' || nx.pos === 'NUM' || nx.pos === 'NOUN' || nx.pos === 'PROPN');
}

/** "were disarmed [by] loyalist troops and taken": the "by" of the passive participle this one is coordinated with, or -1. */
function agentBefore(tokens: Token[], s: Sentence, first: number): number {
  const c = first - 1;
  if (c <= s.first || (tokens[c].lower !== 'and' && tokens[c].lower !== 'or')) return -1;
  // (not a verb with an object of its own: "had been inspired by subversives and warned the unions")
  if (objectFollows(tokens, first)) return -1;
  let j = c - 1;
  while (j > s.first && c - j <= 6 && (tokens[j].pos === 'NOUN' || tokens[j].pos === 'PROPN' || tokens[j].pos === 'ADJ' || tokens[j].pos === 'DET' || tokens[j].pos === 'NUM')) j--;
  // (in capitals the tagger may call the participle a name: "WERE DISARMED/PROPN BY")
  return j < c - 1 && tokens[j].lower === 'by' && j - 1 > s.first && (tokens[j - 1].pos === 'VERB' || pastForm(tokens[j - 1])) && isPassive(tokens, s, j - 1) ? j : -1;
}

/** Does the time right after "since" (ending at `at`) fall in the week before publication ("since Tuesday night")? */
function recentSince(times: TimeMention[], at: number, published: string | null, text?: string): boolean {
  if (!published) return false;
  // (or a day in a clause "since" opens: "have been killed since the operation began before dawn on Sunday")
  const t = times.find((x) => x.start >= at && x.start - at <= 2) ?? (text ? times.find((x) => x.start >= at && x.start - at <= 60 && !/[,;:]/.test(text.slice(at, x.start))) : undefined);
  if (!t || t.precision !== 'day' || !t.anchored) return false;
  const days = (Date.parse(published) - Date.parse(t.date)) / 86_400_000;
  return days >= 0 && days <= 7;
}

/** an object that is none: "killed no one", "gave no names" */
const NO_OBJECT = new Set(['no', 'none', 'nobody', 'nothing', 'noone']);
/** pronouns an act is done for before what is done: "gave us nothing", "offered them no help" */
const INDIRECT_PRONOUNS = new Set(['us', 'them', 'him', 'her', 'me', 'you']);
/** verbs of getting away from an act: what follows is done by others ("fled fighting", "survived the shelling") */
const ESCAPED = new Set(['flee', 'escape', 'evade', 'survive', 'witness']);
/** Does the sentence name a bomb, a mine or another explosive device? */
function hasBomb(tokens: Token[], s: Sentence): boolean {
  for (let k = s.first; k < s.last; k++) if (bombWordAt(tokens, k, s)) return true;
  return false;
}

/** Is the text after token `last` one of the words or phrases listed ("of words" after "war")? */
function followedBy(tokens: Token[], s: Sentence, last: number, list: { words: Set<string>; phrases: string[][] } | undefined): boolean {
  if (!list || last >= s.last) return false;
  // (not a preposition opening the act's day: "which rebels seized on Monday" is no "seize on")
  if (list.words.has(tokens[last].lower) && !(ON_DAY.test(tokens[last].lower) && DAY_AFTER.test(tokens[last + 1]?.lower ?? ''))) return true;
  if (list.phrases.some((ws) => ws.every((x, j) => last + j < s.last && tokens[last + j].lower === x))) return true;
  // ("returned Friday from a visit to Britain": past a day told right after the verb)
  return WEEKDAYS.test(tokens[last].lower) && last + 1 < s.last && followedBy(tokens, s, last + 1, list);
}
const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|overnight)$/;
const ON_DAY = /^(?:on|upon)$/;
const DAY_AFTER = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,2}(?:st|nd|rd|th)?)\.?$/;

/** what a source puts a figure on: "put the toll at four killed", "put the number of wounded at sixty" */
const FIGURE_NOUNS = new Set(['toll', 'number', 'figure', 'tally', 'count', 'total']);
/** Where the "who" stands whose verb, past verbs joined before it by "or" or "and", is at `first` ("who shelter or assist"), or -1. */
function whoOpens(tokens: Token[], s: Sentence, first: number): number {
  let j = first - 1;
  // (whatever the tagger calls a verb before "or": "who shelter/NOUN or assist")
  while (j > s.first && first - j <= 4 && (tokens[j].pos === 'CCONJ' || ((tokens[j].pos === 'VERB' || tokens[j].pos === 'NOUN') && tokens[j + 1]?.pos === 'CCONJ'))) j--;
  return j > s.first && tokens[j].lower === 'who' ? j : -1;
}

/** The comma that opens a series of participles after its clause, when the "and" at `and` joins one to it (", giving ... and
 * placing"), or -1: past no finite verb. */
function participleSeriesComma(tokens: Token[], s: Sentence, and: number): number {
  // (past a long object: ", ordering residents of Kathmandu and the neighbouring towns of Lalitpur and Bhaktapur to stay indoors from
  // 2 a.m. to 8 p.m. and warning")
  for (let k = and - 1; k > s.first && and - k <= 30; k--) {
    const t = tokens[k];
    if (t.text === ',' && tokens[k + 1].lower.endsWith('ing') && tokens[k + 1].pos === 'VERB') return k;
    if (t.text === ';' || ((t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing') && tokens[k - 1]?.lower !== 'to')) return -1;
  }
  return -1;
}

/** verbs of saying whose participle opens a told clause: ", saying an explosive device went off" (lemmas; not "claiming the bombing") */
const SAYING_PARTICIPLES = new Set(['say', 'tell', 'add', 'state', 'insist', 'allege', 'report', 'explain', 'suggest']);
/** verbs that tell a clause with no "that" ("He said the troops fired"), lemmas; fewer than REPORT_VERBS, which holds demands and
 * appeals too, whose object is an object ("demanded the release of activists detained") */
const TELLING_VERBS = new Set(['say', 'tell', 'report', 'claim', 'add', 'state', 'allege', 'insist', 'confirm', 'announce', 'believe', 'think']);
/** verbs of turning down what was offered: "rejected the truce", "turned down the offer" (lemmas) */
const TURNING_DOWN = new Set(['reject', 'refuse', 'decline', 'spurn', 'rebuff']);
/** the states a casualty figure counts people in: "put the toll at four dead and 31 wounded" */
const COUNTED_STATES = /^(?:killed|dead|injured|wounded|hurt|missing|arrested|detained|displaced)$/;
/** a trigger's particle before its object ("fired on protesters") */
const ON_PARTICLES = new Set(['on', 'upon', 'at', 'into']);
/** buildings a body owns and sits in (not its vehicles or patrols, which move and act) */
const STATIC_FACILITIES = new Set(['headquarters', 'station', 'building', 'office', 'compound', 'base', 'barracks', 'post', 'premises', 'residence', 'palace', 'depot', 'garrison', 'outpost', 'facility', 'jail', 'prison', 'academy']);
/** what a body works from or broadcasts over, taken as a thing, not its people ("seized the radio station", "took the state network") */
const PREMISES = new Set([...STATIC_FACILITIES, 'stations', 'network', 'networks', 'broadcaster', 'buildings', 'offices', 'ministry', 'airport', 'factory', 'plant', 'refinery', 'oilfield',
  'studios', 'studio', 'transmitter', 'port', 'bases', 'warehouse', 'mine', 'mines']);
/** buildings whose name before an act says where or at what it was done: "the mosque raid", "the embassy attack" */
const BUILDING_WORDS = new Set(['mosque', 'church', 'temple', 'cathedral', 'synagogue', 'school', 'hospital', 'university', 'market', 'embassy', 'consulate', 'shrine', 'monastery', 'seminary', 'clinic']);
/** events whose party is never named after "at", which tells where they took place */
const AT_PLACE_EVENTS = new Set(['AGREE', 'CONSULT', 'COOPERATE', 'SUPPORT', 'CONCEDE']);
/** the parts of speech of a noun phrase's words */
const NP_WORDS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);
/** what may come before "end" of a war: "would end", "will end", "could end" */
const MODALS_OF_END = new Set(['would', 'will', 'could', 'might', 'may', 'should', 'to']);
/** sectors of people with no arms and no office: who among them flees gives up no ground */
const CIVILIAN_SECTORS = new Set(['CVL', 'REF', 'EDU', 'LAB', 'AGR', 'BUS', 'REL', 'MED', 'JRN', 'PRO', 'SOC']);
/** the last word of a phrase that tells what became of its object, told after the object ("set X ablaze", "took X hostage") */
const RESULT_WORDS = new Set(['ablaze', 'alight', 'afire', 'free', 'dead', 'hostage', 'prisoner', 'captive']);
/** prepositions before which an -ing word with no object is a noun: "days of fighting", "killed in fighting" */
const GERUND_PREPS = new Set(['of', 'in', 'during', 'amid', 'amidst']);
const GERUND_OBJECT = new Set(['DET', 'NUM', 'NOUN', 'PROPN', 'PRON', 'ADJ']);
const POINTING_SUBJECTS = new Set(['it', 'this', 'that']);
/** "It was the third attack", "this is the deadliest such attack": a noun after "it/this/that" and "be", across its determiners and modifiers. */
function retoldByCopula(tokens: Token[], s: Sentence, first: number): boolean {
  // (words, not tags: in capitals the tagger cannot tell "THE THIRD" from a name)
  let k = first - 1;
  // (past a participle describing the noun: "This was a planned military operation")
  while (k > s.first && k >= first - 4 && /^[\p{L}\d-]+$/u.test(tokens[k].text) && !/^(?:is|was)$/.test(tokens[k].lower) &&
    (tokens[k].pos !== 'VERB' || (/ed$/.test(tokens[k].lower) && tokens[k - 1].pos === 'DET')) && tokens[k].pos !== 'ADP') k--;
  if (k <= s.first || k === first - 1 || !/^(?:is|was|'s|’s)$/.test(tokens[k].lower)) return false;
  const subj = tokens[k - 1];
  if (!POINTING_SUBJECTS.has(subj.lower)) return false;
  // (the subject opens its clause: not "said that was the attack")
  const before = k - 2 >= s.first ? tokens[k - 2] : null;
  return !before || before.text === ',' || before.text === ';' || before.lower === 'and' || before.lower === 'but' || /^["“]$/.test(before.text);
}

/** the auxiliaries and verbs that open a clause's own verb after a participle on its subject ("the men detained were released") */
const CLAUSE_VERB = /^(?:had|has|have|was|were|is|are|will|would|remain|remained|remains)$/;

/**
 * Where a list of noun phrases "A, B and C" opens whose last phrase opens at `np`: joined by "and" before the last and by commas
 * before the others (no list otherwise: "fired on the crowd, and students ..." joins clauses), or `np` itself.
 */
function listOpening(tokens: Token[], s: Sentence, np: number): number {
  let open = np;
  for (let joins = 0; joins < 6; joins++) {
    const j = open - 1;
    if (j - 1 <= s.first || (joins === 0 ? tokens[j].lower !== 'and' || tokens[j - 1].text === ',' : tokens[j].text !== ',')) break;
    if (tokens[j - 1].pos !== 'NOUN' && tokens[j - 1].pos !== 'PROPN') break;
    let k = j - 1;
    while (k > s.first && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN' || tokens[k - 1].pos === 'ADJ' || tokens[k - 1].pos === 'NUM')) k--;
    if (k > s.first && tokens[k - 1].pos === 'DET') k--;
    open = k;
  }
  return open;
}

/** Does a "by" follow the phrases of place and time that open at `k` ("in Rome on October 4 by")? */
function byAfterWhereWhen(tokens: Token[], s: Sentence, k: number): boolean {
  for (let j = k; j < s.last && j - k <= 8; j++) {
    const t = tokens[j];
    if (t.lower === 'by') return j > k;
    if (!(t.pos === 'ADP' || t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'DET' || DAY_WORDS.test(t.text) || t.text === ',')) return false;
  }
  return false;
}

/** Does a common noun ending at `k` close a phrase that is an object, after a preposition or a verb ("against [an austerity programme]")? */
function objectPhraseEnds(tokens: Token[], s: Sentence, k: number): boolean {
  if (tokens[k]?.pos !== 'NOUN') return false;
  let j = k - 1;
  while (j > s.first && k - j <= 5 && (tokens[j].pos === 'NOUN' || tokens[j].pos === 'ADJ' || tokens[j].pos === 'DET' || tokens[j].pos === 'NUM' || POSSESSIVES.has(tokens[j].lower))) j--;
  return j > s.first && j < k && (tokens[j].pos === 'ADP' || (tokens[j].pos === 'VERB' && tokens[j + 1].pos === 'DET'));
}

/**
 * "24 people murdered, including the pastor", "two soldiers killed by a roadside bomb", "five
 * protesters arrested in Lagos": a counted noun followed by a participle with no object and no
 * auxiliary is what was done to it (a headline or a reduced relative clause), for acts done to people.
 */
function reducedPassive(tokens: Token[], s: Sentence, first: number, last: number, trigger: Trigger, heading = false): boolean {
  const t = tokens[first];
  // a heading drops "was": "Lawyers clash with police after judge suspended", "Opposition leader
  // arrested in Harare" (a past form after its noun, with no object after it)
  // ("Kenya opposition MP shot dead as violence spreads": a phrase that would need its object inside, "shot him dead", told without one)
  const n = trigger.words.length;
  // ("Gabon parliament set ablaze, opposition HQ raided", "Cars set on fire in Paris": the burning phrases too; not "set fire to")
  const resultPhrase = n > 1 && (/^(?:dead|death|down|ablaze|alight)$/.test(trigger.words[n - 1]) || (trigger.words[n - 1] === 'fire' && trigger.words[n - 2] === 'on')) &&
    tokens[first + n - 1]?.lower === trigger.words[n - 1];
  // (a body sentence told as a heading is, "Policeman shot dead in Srinagar.", "Three militants killed in encounter.": a verb only
  // done to people, with no verb before it)
  const telegraphic = !heading && (resultPhrase || DONE_AT_PLACE.has(t.lemma)) && first > s.first &&
    tokens.slice(s.first, first).every((x) => x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'ADJ' || x.pos === 'NUM' || x.pos === 'DET' || x.text === '-');
  if ((heading || telegraphic) && trigger.event !== 'PROTEST' && first > s.first && (/ed$/.test(t.lower) || resultPhrase) && (tokens[first - 1].pos === 'NOUN' || tokens[first - 1].pos === 'PROPN')) {
    const after = resultPhrase ? first + n : first + 1;
    const nx = after < s.last ? tokens[after] : null;
    // ("Three killed as police fired on protesters": past the verb's own particle, an object is the verb's, done by the noun before)
    const particle = !resultPhrase && n > 1 && nx?.lower === trigger.words[1] && nx.pos === 'ADP' && after + 1 < s.last ? tokens[after + 1] : null;
    if (particle && (particle.pos === 'NOUN' || particle.pos === 'PROPN' || particle.pos === 'DET' || particle.pos === 'NUM' || particle.pos === 'PRON' || particle.pos === 'ADJ')) return false;
    // ("Police killed at least 20 people", "killed up to 40": a count is the object)
    const count = !!nx && after + 1 < s.last && /^(?:at|up|as)$/.test(nx.lower) && /^(?:least|most|to|many)$/.test(tokens[after + 1].lower);
    if (!nx || ((nx.pos === 'ADP' || nx.pos === 'PUNCT' || nx.pos === 'SCONJ' || nx.pos === 'ADV') && !count)) return true;
    // ("DR. BANDA SEIZED AND FLOWN OUT": a second participle joined to it, done to the same noun)
    if (nx.pos === 'CCONJ' && after + 1 < s.last && /(?:ed|en|wn)$/.test(tokens[after + 1].lower) && (tokens[after + 1].pos === 'VERB' || tokens[after + 1].pos === 'ADJ')) return true;
  }
  // ("clashed ..., leaving at least 22 persons, including seven policemen, injured": the people a clash left hurt were hurt)
  if (/ed$/.test(t.lower) && first > s.first && (tokens[first + 1] === undefined || first + 1 >= s.last || tokens[first + 1].pos === 'PUNCT' || tokens[first + 1].pos === 'ADP' || tokens[first + 1].pos === 'CCONJ')) {
    for (let k = first - 2; k >= s.first && first - k <= 14; k--) {
      const w = tokens[k];
      if (/^(?:leaving|left|leave|leaves)$/.test(w.lower) && w.pos === 'VERB') return tokens.slice(k + 1, first).some((x) => x.pos === 'NOUN' || x.pos === 'PRON' || x.pos === 'NUM');
      if ((w.pos === 'VERB' && w.lower !== 'including') || w.pos === 'AUX' || w.text === ';') break;
    }
  }
  // ("apologised to random people injured in the crackdown", "visited people wounded during the clashes": a participle of harm right
  // after a noun that is a verb's or a preposition's object, then "in" or "during" what hurt them, is done to that noun; "shot" too)
  // (past a closing quote: 'to "random people" injured in')
  const nq = QUOTE_CHARS.has(tokens[first - 1]?.text ?? '') ? first - 2 : first - 1;
  if (DONE_AT_PLACE.has(t.lemma) && (/(?:ed|en)$/.test(t.lower) || t.lower === 'shot') && nq - 1 > s.first && (tokens[nq].pos === 'NOUN' || tokens[nq].pos === 'PROPN') &&
    /^(?:in|during)$/.test(tokens[first + 1]?.lower ?? '')) {
    let k = nq - 1;
    while (k > s.first && first - k <= 5 && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'DET' || tokens[k].pos === 'NUM' || tokens[k].pos === 'NOUN' || QUOTE_CHARS.has(tokens[k].text))) k--;
    // (or a share's apposition: "most of them young protesters shot in Managua")
    if (tokens[k].pos === 'ADP' || (tokens[k].pos === 'VERB' && k < first - 1) || (tokens[k].lower === 'them' && tokens[k - 1]?.lower === 'of')) return true;
  }
  // ("Regional leaders, long criticised for their reluctance to confront Mr Mugabe, came under pressure": a participle set off by a
  // comma after its noun, past an adverb, tells what was done to that noun, in passing)
  // (an aside closed by a comma before the main verb: not "The crowd, which stayed in the square through Friday, also called for")
  if (trigger.event !== 'ASSAULT' && trigger.event !== 'COERCE' && /(?:ed|en)$/.test(t.lower) && first - 3 >= s.first && tokens[first - 1].pos === 'ADV' &&
    /(?:ly|^long)$/.test(tokens[first - 1].lower) && tokens[first - 2].text === ',' && (tokens[first - 3].pos === 'NOUN' || tokens[first - 3].pos === 'PROPN') &&
    (/^(?:for|by|over|as)$/.test(tokens[first + 1]?.lower ?? '') || (trigger.event === 'ACCUSE' && /^(?:of|with)$/.test(tokens[first + 1]?.lower ?? '')))) {
    let k = first + 1;
    while (k < s.last && k - first <= 16 && tokens[k].text !== ',' && !((tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') && tokens[k - 1].lower !== 'to')) k++;
    let v = k + 1;
    while (v < s.last && tokens[v].pos === 'ADV') v++;
    if (tokens[k]?.text === ',' && v < s.last && (tokens[v].pos === 'VERB' || tokens[v].pos === 'AUX')) return true;
  }
  // "Kim Dae-jung, arrested on May 17, remained in custody": a participle set off after a name
  // (of any act done to people: "The hostages, released on Monday, said"; "The opposition leader, detained since March, was released";
  // not a march after an apposition, "The students, members of the union, marched on Monday, chanting")
  if ((trigger.event === 'ASSAULT' || trigger.event === 'COERCE' || trigger.mode === 'release') && first - 1 > s.first && tokens[first - 1].text === ',' && (tokens[first - 2].pos === 'NOUN' || tokens[first - 2].pos === 'PROPN') && /ed$/.test(t.lower)) {
    const nx = tokens[first + 1];
    let closes = false;
    for (let k = first + 1; k < s.last && k - first <= 8 && !closes; k++) closes = tokens[k].text === ',';
    if (closes && nx && (nx.pos === 'ADP' || nx.pos === 'ADV' || (nx.pos === 'SCONJ' && /^(?:since|after|before|until)$/.test(nx.lower)) || nx.text === ',')) return true;
  }
  // "rebels backed by Turkey", "warplanes supported by Russia": a participle and its agent after a noun
  if (trigger.event !== 'ASSAULT' && trigger.event !== 'COERCE') {
    // ("20 men accused of supporting a militia", "a man charged with murder": what they stand accused of, in passing)
    // ("four dissidents convicted of plotting", "rebels sentenced to death": what they were found guilty of)
    const nx0 = tokens[first + 1]?.lower;
    return first > s.first && /(?:ed|en)$/.test(t.lower) && (tokens[first - 1].pos === 'NOUN' || tokens[first - 1].pos === 'PROPN') && first + 1 < s.last &&
      // (not a verb with no object of its own: "Protesters complained of fuel shortages")
      (nx0 === 'by' || nx0 === 'since' || (trigger.event === 'ACCUSE' && (nx0 === 'of' || nx0 === 'with') && t.lemma !== 'complain') ||
        // ("the General Peace Agreement signed in Rome on October 4 by President Chissano": past the participle's place and day)
        (nx0 === 'in' || nx0 === 'on' || nx0 === 'at') && byAfterWhereWhen(tokens, s, first + 1) ||
        // ("against an austerity programme agreed with the IMF", "a deal signed with the rebels": a thing named as an object, then
        // what was agreed on it with someone, in passing)
        (nx0 === 'with' && (trigger.event === 'AGREE' || trigger.event === 'CONSULT') && objectPhraseEnds(tokens, s, first - 1)) ||
        (trigger.mode === 'convict' && (nx0 === 'of' || nx0 === 'to' || nx0 === 'for' || nx0 === 'in')));
  }
  // (an irregular past the tagger lemmatised: "about 3,000 held after the first night")
  const irregularPast = t.pos === 'VERB' && t.lemma !== t.lower && !/(?:ing|s)$/.test(t.lower) && tokens[first - 1]?.pos === 'NUM';
  if (!/(?:ed|en)$/.test(t.lower) && !(IRREGULAR[t.lower] && IRREGULAR[t.lower] !== '-') && !irregularPast) return false;
  const pv = tokens[first - 1];
  // ("was beaten and his camera smashed": a second passive joined by "and" keeps the first one's "was")
  if (first - 3 > s.first && pv.pos === 'NOUN') {
    let k = first - 2;
    while (k > s.first && first - k <= 4 && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'NOUN' || tokens[k].pos === 'DET' || POSSESSIVES.has(tokens[k].lower))) k--;
    if (k < first - 1 && tokens[k].lower === 'and' && /(?:ed|en)$/.test(tokens[k - 1]?.lower ?? '') && tokens[k - 1].pos === 'VERB' && /^(?:was|were|been|being|is|are)$/.test(tokens[k - 2]?.lower ?? '')) return true;
  }
  // ("in addition to about 3,000 held after the first night": a bare number of people is counted too)
  if (first <= s.first || (pv.pos !== 'NOUN' && pv.pos !== 'PROPN' && pv.pos !== 'NUM')) return false;
  let counted = pv.pos === 'NUM';
  // (within the noun's own phrase: not a name's numeral before a relative clause, "Channel 4, which rebels seized")
  for (let k = first - 2; k >= s.first && k >= first - 4 && !counted && tokens[k].text !== ',' && !RELATIVE.has(tokens[k].lower); k--) counted = tokens[k].pos === 'NUM';
  // "demanded the release of party leaders detained since last month": a noun phrase that is
  // itself an object (after a preposition or a verb) cannot be the participle's subject
  let np = first - 1;
  // (past a participle describing the noun: "the number of displaced civilians killed")
  while (np > s.first && (tokens[np - 1].pos === 'NOUN' || tokens[np - 1].pos === 'PROPN' || tokens[np - 1].pos === 'ADJ' || tokens[np - 1].pos === 'NUM' || tokens[np - 1].pos === 'DET' || POSSESSIVES.has(tokens[np - 1].lower) ||
    (tokens[np - 1].pos === 'VERB' && /ed$/.test(tokens[np - 1].lower) && np - 2 >= s.first && (tokens[np - 2].pos === 'ADP' || tokens[np - 2].pos === 'DET')))) np--;
  // ("to bury the farm workers, fishermen and students shot dead on Friday": the last noun of a list "A, B and C" that is an object
  // is one too)
  const listed = listOpening(tokens, s, np);
  if (listed < np && listed > s.first && (tokens[listed - 1].pos === 'ADP' || (tokens[listed - 1].pos === 'VERB' && tokens[listed].pos === 'DET'))) np = listed;
  // (or named in a list of the dead, "among them a teenager shot during the ransacking", or after a copula, "Among the dead was a
  // teenager shot ...")
  // ('"peaceful until the police attacked."': a subordinator opens a clause whose subject the noun is, when the clause ends on the verb)
  const clauseOpener = np > s.first && /^(?:until|till|when|while|because|once|unless|if|though|although|whenever)$/.test(tokens[np - 1].lower) &&
    (last >= s.last || /^[.,;:!?"”’)]$/.test(tokens[last].text));
  let objectNoun = np > s.first && !clauseOpener && (tokens[np - 1].pos === 'ADP' || (tokens[np - 1].pos === 'VERB' && tokens[np].pos === 'DET') ||
    (tokens[np - 1].lower === 'them' && /^(?:among|including)$/.test(tokens[np - 2]?.lower ?? '')) || (/^(?:was|were)$/.test(tokens[np - 1].lower) && tokens[np].pos === 'DET'));
  // ("He said the troops fired in self-defense", "Witnesses said members of the Central Reserve Police Force fired without warning":
  // after a verb of telling the noun phrase is the told clause's subject, unless a verb of that clause comes after the participle,
  // "said the protesters detained on Monday were released")
  if (objectNoun) {
    let h = np - 1;
    // (past the head a share or a body is named by, not an act's noun: "the release of reform activists detained earlier")
    if (tokens[h].lower === 'of' && !matchAt(tokens, h - 1, h, false)) {
      h--;
      while (h > s.first && (NP_WORDS.has(tokens[h].pos) || POSSESSIVES.has(tokens[h].lower))) h--;
    }
    const told = tokens[h] && tokens[h].pos === 'VERB' && TELLING_VERBS.has(tokens[h].lemma);
    if (told) {
      let k = first + 1;
      let later = false;
      for (; k < s.last && !later; k++) {
        if (tokens[k].text === ',' || tokens[k].text === ';' || CLAUSE_CONJUNCTIONS.has(tokens[k].lower)) break;
        later = tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX';
      }
      if (!later) objectNoun = false;
    }
  }
  // ("Police in riot gear charged, chasing people": a phrase on the clause's subject, with no verb before the participle nor after it
  // in its clause, leaves the participle the clause's own verb; not "the number of civilians killed rose")
  if (objectNoun && tokens[np - 1].pos === 'ADP' && /^(?:in|with|from|of)$/.test(tokens[np - 1].lower)) {
    let c0 = np - 2;
    const subjectPhrase = c0 >= s.first && (tokens[c0].pos === 'NOUN' || tokens[c0].pos === 'PROPN');
    while (c0 > s.first && (NP_WORDS.has(tokens[c0 - 1].pos) || POSSESSIVES.has(tokens[c0 - 1].lower))) c0--;
    const opens = c0 === s.first || /^[,;:]$/.test(tokens[c0 - 1]?.text ?? '') || tokens[c0 - 1]?.pos === 'CCONJ' || tokens[c0 - 1]?.pos === 'SCONJ';
    let after = first + 1;
    while (after < s.last && !/^[,;:.]$/.test(tokens[after].text) && tokens[after].pos !== 'VERB' && tokens[after].pos !== 'AUX') after++;
    const verbAfter = after < s.last && (tokens[after].pos === 'VERB' || tokens[after].pos === 'AUX');
    if (subjectPhrase && opens && !verbAfter && !tokens.slice(c0, first).some((x) => x.pos === 'VERB' || x.pos === 'AUX') && tokens[c0].pos !== 'DET' && /ed$/.test(t.lower)) return false;
  }
  // ("appeals to release Aya Hijazi, an American aid worker imprisoned in Egypt": a description set after an object's name by a
  // comma is an object too)
  if (!objectNoun && np - 2 > s.first && tokens[np - 1].text === ',' && tokens[np].pos === 'DET' && tokens[np - 2].pos === 'PROPN') {
    let h = np - 2;
    while (h > s.first && np - h <= 6 && tokens[h - 1].pos === 'PROPN') h--;
    objectNoun = h > s.first && (tokens[h - 1].pos === 'VERB' || /^(?:of|for|with|to|against|about)$/.test(tokens[h - 1].lower));
  }
  // "says supporters beaten ahead of run-off": a form that is only ever a participle, right after
  // its subject noun with no auxiliary, is a passive (headline style) whatever follows (after an
  // object, "freed 20 soldiers taken hostage in May", it tells of them in passing)
  if (!objectNoun && /en$/.test(t.lower) && t.lemma !== t.lower && !t.lemma.endsWith('en')) return true;
  // (past the trigger's own particle: "after security forces fired on protesters" has its object)
  // (only a particle: "opened fire on them" has its object, "fire")
  // (past the whole phrase when a phrase that ends on the object's result is told unbroken: "a bank set on fire in the town", "a shop
  // set ablaze by rioters" have no object inside, which "set the bank on fire" would; "opened fire on" has its own object, "fire")
  const endWord = trigger.words[n - 1];
  const result = RESULT_WORDS.has(endWord) || ((endWord === 'fire' || endWord === 'death') && /^(?:on|to)$/.test(trigger.words[n - 2] ?? ''));
  const unbroken = n > 1 && result && last - first === n && tokens[last - 1]?.lower === endWord;
  const own = unbroken ? last : trigger.words.length > 1 && ON_PARTICLES.has(trigger.words[1]) && tokens[first + 1]?.lower === trigger.words[1] ? first + 2 : first + 1;
  // (past a particle with nothing after it: "entire streets of Uzbek homes burned out in the Cheremushki district")
  const pt = own < s.last && /^(?:out|down|up|off)$/.test(tokens[own].lower) && (own + 1 >= s.last || tokens[own + 1].pos === 'ADP' || tokens[own + 1].pos === 'PUNCT') ? own + 1 : own;
  const nx = pt < s.last ? tokens[pt] : null;
  // ("the landless farmers killed at Marina Kue": a place's preposition, for acts not aimed "at" someone)
  const noObject = !nx || nx.text === ',' || nx.text === '.' || nx.text === ';' || nx.lower === 'including' || nx.lower === 'in' || nx.lower === 'on' ||
    (/^(?:at|near|outside)$/.test(nx.lower) && DONE_AT_PLACE.has(t.lemma) && !/^(?:least|most)$/.test(tokens[pt + 1]?.lower ?? '')) || nx.lower === 'during' || nx.lower === 'after' || nx.lower === 'since' || nx.lower === 'for' || (nx.lower === 'without' && !WITHOUT_MANNER.test(tokens[pt + 1]?.lower ?? '')) || nx.lower === 'under' ||
    // ("the number of displaced civilians killed when artillery shells slammed into a school": a clause of its own follows)
    nx.lower === 'when' || nx.lower === 'as' || nx.lower === 'while' ||
    // ("the return of union leaders deported last year": a time of its own)
    nx.lower === 'last' || nx.lower === 'earlier' || nx.lower === 'previously' || nx.lower === 'yesterday' || nx.lower === 'recently' || nx.lower === 'overnight';
  // ("All students arrested had been suspended", "the men detained were released": a participle on the noun that opens its clause, whose
  // own verb comes right after it)
  const opensClause = np === s.first || tokens[np - 1].lower === 'that' || tokens[np - 1].text === ',' || tokens[np - 1].pos === 'SCONJ' || (tokens[np - 1].pos === 'VERB' && TELLING_VERBS.has(tokens[np - 1].lemma));
  let clauseVerbNext = !!nx && CLAUSE_VERB.test(nx.lower) && pt === first + 1;
  // ("Farmers shot dead on Friday at the market in Kisii were buried yesterday": past the participle's own phrases of time and place,
  // with no comma, conjunction or relative word between)
  if (!clauseVerbNext && opensClause && noObject && nx?.pos === 'ADP') {
    let k = pt;
    while (k < s.last && k - pt <= 12 && ['ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ'].includes(tokens[k].pos) && !RELATIVE.has(tokens[k].lower)) k++;
    clauseVerbNext = k < s.last && k - pt <= 12 && CLAUSE_VERB.test(tokens[k].lower);
  }
  return ((counted || objectNoun) && noObject) || nx?.lower === 'by' || (opensClause && clauseVerbNext);
}

/**
 * Whose the noun is that the infinitive at `first` completes, when its owner is who would act
 * (reality.json owner_acts): "Putin's offer to [mediate]", "the EU proposal to", "a bid by the
 * rebels to [take]", "his decision to"; null for other nouns ("an invitation to visit": the
 * invitee visits) and nouns that name no owner.
 */
function nounOwner(tokens: Token[], s: Sentence, ms: ActorLike[], first: number): ActorLike | null {
  const to = first - 1;
  if (to - 1 <= s.first || tokens[to].lower !== 'to') return null;
  // "a request from/by X to": the noun's maker after it
  const maker = ms.find((m) => m.last === to && m.first - 2 > s.first && (tokens[m.first - 1].lower === 'from' || tokens[m.first - 1].lower === 'by') && tokens[m.first - 2].pos === 'NOUN' && OWNER_ACTS.has(tokens[m.first - 2].lower));
  if (maker) return maker;
  if (tokens[to - 1].pos !== 'NOUN' || !OWNER_ACTS.has(tokens[to - 1].lower)) return null;
  // the noun's modifiers, then its owner: "Putin's new offer", "the EU proposal", "his decision"
  let k = to - 1;
  while (k - 1 > s.first && tokens[k - 1].pos === 'ADJ') k--;
  return ms.find((m) => m.last === k || (m.last === k - 1 && possessiveMark(tokens[k - 1]))) ?? null;
}

/** Mentions in [a, b) of the sentence, in order. */
function mentionsIn(ms: ActorLike[], a: number, b: number): ActorLike[] {
  const out: ActorLike[] = [];
  for (const m of ms) if (m.first >= a && m.last <= b) out.push(m);
  return out;
}

const QUANTITY_NOUNS = new Set(['thousands', 'hundreds', 'dozens', 'scores', 'millions', 'tens', 'lots', 'number', 'majority', 'minority', 'handful', 'some', 'many', 'most', 'several']);
const GROUP_HEADS = new Set(['movement', 'leader', 'organiser', 'organizer', 'group', 'coalition', 'alliance', 'camp', 'site', 'activist', 'participant', 'coordinator', 'spokesman', 'spokeswoman', 'spokesperson']);
const SUBJECT_SUBORDINATORS = new Set(['as', 'while', 'when', 'after', 'before', 'because', 'although', 'though', 'until', 'whereas']);
const NAMED_EVENTS = new Set(['war', 'wars', 'revolution', 'uprising', 'rising', 'intifada', 'offensive', 'massacre', 'crisis', 'conflict', 'coup']);
const PLACE_HEADS = new Set(['area', 'province', 'district', 'region', 'county', 'state', 'city', 'town', 'village', 'governorate', 'prefecture', 'municipality', 'department', 'territory']);
const NEAR_LOCATIVES = new Set(['outside', 'near', 'beside', 'behind', 'opposite', 'around', 'next']);
/** bodies named by the building they sit in, where people gather: "at the Regional Co-ordinating Council", "at the ministry" */
const INSTITUTION_SITE = /\b(?:council|ministry|office|offices|parliament|assembly|court|headquarters|embassy|consulate|palace|secretariat|commission|legislature|town hall|city hall)$/i;
const PURE_LOCATIVES = new Set(['outside', 'inside', 'near', 'in', 'across', 'throughout', 'around', 'within', 'from', 'into', 'opposite', 'beside', 'behind', 'over', 'via']);
const POSSESSIVES = new Set(['their', 'its', 'his', 'her', 'our']);
const APPROX = new Set(['about', 'around', 'some', 'nearly', 'over', 'almost', 'roughly', 'approximately', 'than', 'least', 'at', 'more', 'up', 'to']);

/**
 * Is `m` the issuer of a text that opens its clause ("A communique from the presidential palace", "a leaflet signed by the
 * federation", "a statement of the army command")?
 */
function issuedText(tokens: Token[], s: Sentence, m: ActorLike): boolean {
  let k = m.first - 1;
  while (k > s.first && tokens[k].pos === 'DET') k--;
  // ("LEAFLETS ATTRIBUTED TO SHINING PATH ... HAD CALLED FOR": whom the text is put down to)
  const attributed = tokens[k]?.lower === 'to' && /^(?:attributed|ascribed)$/.test(tokens[k - 1]?.lower ?? '');
  if (!/^(?:from|by|of)$/.test(tokens[k]?.lower ?? '') && !attributed) return false;
  k--;
  // ("a statement telephoned to a newspaper in the name of the Provisional IRA": past "in the name of" and where the text was sent)
  if (tokens[k + 1]?.lower === 'of' && tokens[k]?.lower === 'name' && tokens[k - 1]?.lower === 'the' && tokens[k - 2]?.lower === 'in') {
    k -= 3;
    for (let b = k; b > s.first && k - b <= 6; b--) {
      if (tokens[b].lower === 'to' && tokens[b - 1]?.pos === 'VERB' && /ed$/.test(tokens[b - 1].lower)) {
        k = b - 1;
        break;
      }
    }
  }
  // (past the participle of its issuing: "signed by", "issued by")
  if (k > s.first && tokens[k].pos === 'VERB' && /ed$/.test(tokens[k].lower) && tokens[k].lower !== 'said') k--;
  if (k < s.first || !VOICING_DOCUMENTS.has(tokens[k].lower)) return false;
  // (the text opens its clause: "A MIMEOGRAPHED LEAFLET ...", "... said that a statement from ...")
  let j = k - 1;
  // (past its modifiers: "a mimeographed leaflet", "an army statement"; in capitals the tagger calls them names)
  while (j >= s.first && (tokens[j].pos === 'ADJ' || tokens[j].pos === 'DET' || tokens[j].pos === 'NUM' || tokens[j].pos === 'NOUN' || tokens[j].pos === 'PROPN' ||
    (tokens[j].pos === 'VERB' && /ed$/.test(tokens[j].lower) && tokens[j - 1]?.pos === 'DET'))) j--;
  return j < s.first || tokens[j].text === ',' || tokens[j].lower === 'that' || tokens[j].pos === 'CCONJ';
}

/** Does a weapon's gas start at i ("tear gas", "tear-gas"), whatever the tagger calls "tear"? */
function gasAhead(tokens: Token[], i: number): boolean {
  return GAS_WEAPONS.has(tokens[i].lower) && (tokens[i + 1]?.lower === 'gas' || (tokens[i + 1]?.text === '-' && tokens[i + 2]?.lower === 'gas'));
}

/** Is the "gas" at k a weapon's ("tear gas", "tear-gas", "pepper gas"), no gas leak? */
function gasWeapon(tokens: Token[], k: number): boolean {
  const p = tokens[k - 1]?.text === '-' ? tokens[k - 2] : tokens[k - 1];
  return !!p && GAS_WEAPONS.has(p.lower);
}

/** Is the mention in the "by" phrase of a participle after a noun ("police backed by trucks and helicopters")? */
function inParticipleBy(tokens: Token[], s: Sentence, m: ActorLike): boolean {
  for (let k = m.first - 1; k > s.first + 1 && m.first - k <= 10; k--) {
    const t = tokens[k];
    if (t.lower === 'by') return tokens[k - 1].pos === 'VERB' && /(?:ed|en)$/.test(tokens[k - 1].lower) && (tokens[k - 2].pos === 'NOUN' || tokens[k - 2].pos === 'PROPN');
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ'].includes(t.pos) && t.text !== ',' && t.text !== '-') return false;
  }
  return false;
}

/** Is the mention inside a quotation that closes before token `at`? */
function insideClosedQuote(tokens: Token[], s: Sentence, m: ActorLike, at: number): boolean {
  let open = false;
  let qo = -1;
  let seen = false;
  for (let k = s.first; k < m.first; k++) {
    if (!QUOTE_MARKS.has(tokens[k].text)) continue;
    seen = true;
    open = tokens[k].text === '“' ? true : tokens[k].text === '”' ? false : !open;
    if (open) qo = k;
  }
  // (a quote opened in a sentence before, closing after the name: '"Women were beaten. This is the administration's idea of
  // development," a spokesperson said')
  if (!seen) {
    for (let k = m.last; k < at; k++) {
      if (!QUOTE_MARKS.has(tokens[k].text)) continue;
      if (tokens[k].text === '”' || (tokens[k - 1]?.text === ',' && tokens[k].text === '"')) {
        open = true;
        qo = s.first - 1;
      }
      break;
    }
  }
  if (!open) return false;
  for (let k = m.last; k < at; k++) {
    if (!QUOTE_MARKS.has(tokens[k].text)) continue;
    // (a name or a phrase in scare quotes, no words of anyone's: 'after "a minority of hooded vandals" attacked', 'fighters of
    // the so-called "Invisible Commando", an armed group ..., attacked')
    const inner = tokens.slice(qo + 1, k);
    return !(inner.length <= 6 && !inner.some((t, x) => ((t.pos === 'VERB' && !(inner[x + 1] && (inner[x + 1].pos === 'NOUN' || inner[x + 1].pos === 'PROPN'))) || t.pos === 'AUX' || t.pos === 'PRON')));
  }
  return false;
}

/** Where the clause before the comma at `comma` opens (past a wire dateline's dash), when it is a main clause with a finite verb; else -1. */
function trailingClause(tokens: Token[], s: Sentence, comma: number): number {
  let b = comma - 1;
  while (b > s.first && !/^(?:[,;:]|-+|–|—)$/.test(tokens[b].text) && tokens[b].pos !== 'SCONJ') b--;
  if (tokens[b].pos === 'SCONJ' || (b > s.first && (tokens[b].text === ',' || tokens[b].text === ';' || tokens[b].text === ':'))) return -1;
  const from = b > s.first ? b + 1 : s.first;
  return tokens.slice(from, comma).some((t) => t.pos === 'VERB' && !/ing$/.test(t.lower)) ? from : -1;
}

/** Do two mentions stand for the same actor (one points back to the other, or both to a third)? */
function sameReferent(a: ActorLike, b: ActorLike): boolean {
  const ra = resolveRef(a);
  const rb = resolveRef(b);
  return !!ra && !!rb && ra.start === rb.start && ra.end === rb.end && (a.ref !== undefined || b.ref !== undefined);
}

/** words for someone's kin or friends, whose "of" names the people they are close to */
const KIN_HEADS = new Set(['relatives', 'relative', 'families', 'family', 'parents', 'mothers', 'fathers', 'widows', 'wives', 'children', 'friends', 'colleagues', 'kin', 'kinsmen']);
/** The people after the "of" of a mention headed by a kin word ("Relatives of [the landless farmers]"), as an actor of their own. */
function kinOfPart(doc: Doc, tokens: Token[], m: ActorLike): ActorLike | null {
  if (!KIN_HEADS.has(tokens[m.head]?.lower ?? '') || tokens[m.head + 1]?.lower !== 'of') return null;
  let first = m.head + 2;
  while (first < m.last && tokens[first].pos === 'DET') first++;
  if (first >= m.last) return null;
  const head = m.last - 1;
  const w = actorLexicon().words.get(tokens[head].lower) ?? actorLexicon().words.get(tokens[head].lemma);
  const sector = w?.sector ?? m.sector;
  const start = tokens[first].start;
  const end = tokens[head].end;
  const text = doc.text.slice(start, end);
  return { start, end, first, last: m.last, head, text, name: text, code: m.code, sector, cameo_code: m.code && sector ? m.code + sector : sector ?? m.code, kind: 'group', codeFromArticle: m.codeFromArticle };
}

/** Is the mention what something was called ("described the unrest as [banditry and insurgency]", "branded them as [terrorists]")? */
function labelComplement(tokens: Token[], s: Sentence, m: ActorLike): boolean {
  // (past the names listed before it: "as [banditry and insurgency]")
  let k = m.first - 1;
  while (k > s.first && m.first - k <= 8 && (QUOTE_MARKS.has(tokens[k].text) || NP_WORDS.has(tokens[k].pos) || /^(?:and|or)$/.test(tokens[k].lower))) k--;
  if (tokens[k]?.lower !== 'as') return false;
  for (let v = k - 1; v >= s.first && k - v <= 6; v--) {
    if (LABEL_VERBS.has(tokens[v].lower) || AS_LABEL_VERBS.has(tokens[v].lower)) return tokens[v].pos === 'VERB';
    if (tokens[v].text === ',' || tokens[v].text === ';') return false;
  }
  return false;
}

/** words for someone that name no actor ("an unarmed 18-year-old", "a young man") */
const PERSON_WORDS = new Set(['old', 'man', 'woman', 'boy', 'girl', 'teenager', 'teen', 'child', 'person', 'resident', 'driver', 'vendor', 'passer-by', 'bystander']);

/** setting oneself on fire */
const SELF_IMMOLATION = /\b(?:set|sets|setting)\s+(?:himself|herself|themselves)\s+(?:on\s+fire|ablaze|alight|afire)\b|\bimmolat/i;

/** verbs of killing told with "dead" or "down" after them ("shot dead", "gunned down") */
const KILLED_PARTICLE_VERBS = new Set(['shot', 'gunned', 'hacked', 'cut', 'struck', 'beaten', 'mowed']);

/** nouns of violence done to someone ("the campaign of violence against the opposition", "attacks on civilians") */
const VIOLENCE_NOUNS = new Set(['violence', 'attack', 'attacks', 'crackdown', 'repression', 'abuses', 'killings', 'killing', 'atrocities', 'intimidation', 'persecution', 'brutality', 'aggression', 'assault', 'assaults', 'terror', 'harassment', 'force', 'shooting', 'shootings', 'beating', 'beatings', 'raid', 'raids', 'massacre', 'massacres', 'slaughter', 'bloodshed', 'torture', 'executions', 'war']);

/** Is the name at `first` the last of a list of names after a preposition of place ("at Lagankhel and Mangal Bazaar")? */
function placeListBefore(tokens: Token[], s: Sentence, first: number): boolean {
  let i = first - 1;
  if (i <= s.first || (tokens[i].lower !== 'and' && tokens[i].lower !== 'or' && tokens[i].text !== ',')) return false;
  i--;
  while (i > s.first && first - i < 10 && (tokens[i].cap || tokens[i].lower === 'and' || tokens[i].text === ',')) i--;
  return i < first - 2 && (PURE_LOCATIVES.has(tokens[i].lower) || tokens[i].lower === 'at');
}

function prevWord(tokens: Token[], m: ActorLike, s: Sentence): string {
  let i = m.first - 1;
  for (;;) {
    // ("supporters of the detained cleric": a participle after a determiner describes the noun)
    // (or after a preposition: "supporters of detained opposition leader Ousmane Sonko")
    // (and past an opening quote: 'blamed the violence on "terrorist acts" by "hooded gangs"')
    // (not a relative pronoun the tagger calls a determiner: "protests in which security forces killed")
    while (i >= s.first && ((tokens[i].pos === 'DET' && !/^(?:which|whose|what)$/.test(tokens[i].lower)) || tokens[i].pos === 'ADJ' || tokens[i].pos === 'NUM' || (i > s.first && /ed$/.test(tokens[i].lower) && (tokens[i - 1].pos === 'DET' || (tokens[i - 1].pos === 'ADP' && i < m.first))) ||
      ((tokens[i].text === '"' || tokens[i].text === '“') && i < m.first))) i--;
    // "thousands of teachers", "a group of students": the quantity, not a preposition
    // ("about 20 of the women": a number of them)
    if (i > s.first && tokens[i].lower === 'of' && (GROUP_NOUNS.has(tokens[i - 1].lower) || QUANTITY_NOUNS.has(tokens[i - 1].lower) || tokens[i - 1].pos === 'NUM')) {
      i -= 2;
      continue;
    }
    // ("after some in a crowd of hundreds of thousands began chanting": a share of them opening its clause, as "some of" does)
    if (i > s.first && (tokens[i].lower === 'in' || tokens[i].lower === 'among') && CROWD_SHARES.has(tokens[i - 1].lower) &&
      (i - 1 === s.first || ['SCONJ', 'CCONJ', 'PUNCT'].includes(tokens[i - 2].pos) || tokens[i - 2].lower === 'that' || CLAUSE_CONJUNCTIONS.has(tokens[i - 2].lower))) {
      i -= 2;
      continue;
    }
    // "About 500 villagers", "at least 20 soldiers", "more than 100 people": approximators, not prepositions
    if (i >= s.first && APPROX.has(tokens[i].lower) && tokens[i + 1]?.pos === 'NUM') {
      i--;
      while (i >= s.first && APPROX.has(tokens[i].lower)) i--;
      continue;
    }
    break;
  }
  return i >= s.first ? tokens[i].lower : '';
}

/**
 * Where the subject's phrase ends when a comma-enclosed aside stands between it and the verb
 * ("Tsvangirai, who faces Mugabe in the run-off, was detained"; "Three journalists, including a
 * photographer, were held"; "Police, the army said, arrested"): the opening comma; otherwise `first`.
 */
const ASIDE_OPENERS = new Set(['who', 'which', 'whose', 'whom', 'including', 'among', 'mostly', 'most', 'many', 'some', 'both', 'all']);

function pastAside(tokens: Token[], s: Sentence, ms: ActorLike[], first: number): number {
  let q = first - 1;
  while (q > s.first && (tokens[q].pos === 'AUX' || tokens[q].pos === 'ADV' || tokens[q].pos === 'PART') && tokens[q].text !== ',') q--;
  if (q <= s.first || tokens[q].text !== ',') return first;
  // ("protesters demanding the resignation of the prime minister, Sheikh Nasser, forced their way in": a name set off after the object
  // of an "of" inside the subject is that object's, no subject; the subject stands before the "of")
  {
    const ap = ms.find((m) => m.last === q && tokens[m.first - 1]?.text === ',');
    const anchor = ap ? ms.find((m) => m.last === ap.first - 1) : undefined;
    if (anchor) {
      let o = anchor.first - 1;
      while (o > s.first && (tokens[o].pos === 'DET' || tokens[o].pos === 'ADJ')) o--;
      if (o > s.first && tokens[o].lower === 'of' && ms.some((m) => m.last <= o && m.kind !== 'pronoun')) return o;
    }
  }
  // ("Three men, aged 19, 23 and 41, were arrested": ages listed between commas)
  let a = q - 1;
  while (a > s.first && (tokens[a].pos === 'NUM' || tokens[a].text === ',' || tokens[a].lower === 'and')) a--;
  if (a < q - 1 && /^(?:aged|ages)$/.test(tokens[a].lower) && tokens[a - 1]?.text === ',' && ms.some((m) => m.last === a - 1)) return a - 1;
  // ("José Ramírez, 22, was shot": a person's age alone between commas)
  if (q - 2 > s.first && tokens[q - 1].pos === 'NUM' && tokens[q - 2].text === ',' && ms.some((m) => m.last === q - 2 && m.kind === 'person')) return q - 2;
  // ("Troops ordered the crowd to disperse and, when it did not, fired": a clause of time or condition set off after "and" holds no
  // subject of the verb after it, which shares the one before "and")
  for (let p = q - 1; p > s.first + 1 && q - p <= 12; p--) {
    if (tokens[p].text === ';') break;
    if (tokens[p].text !== ',') continue;
    // (past "then": "troops first fired warning shots and then, when the demonstrators refused to disperse, fired into it")
    const and = /^(?:then|later|again|finally)$/.test(tokens[p - 1].lower) ? p - 2 : p - 1;
    if (/^(?:when|if|after|before|as|while|once|until|because|though|although|unless)$/.test(tokens[p + 1]?.lower ?? '') && /^(?:and|but)$/.test(tokens[and].lower)) return and + 1;
    break;
  }
  // (a relative aside may join two verbs: "The interim government, which was sworn in after soldiers seized Zelaya and flew him
  // to Costa Rica, extended a curfew"; another "and" ends the search)
  let joined = false;
  for (let p = q - 1; p > s.first && q - p <= 30; p--) {
    const t = tokens[p].text;
    if (t === ';' || t === ':' || t === '(' || t === ')') return first;
    if (tokens[p].lower === 'and' || tokens[p].lower === 'but') {
      joined = true;
      continue;
    }
    if (t !== ',') continue;
    // ("The protesters, many of them from Hamilton East and the university, had marched": a share of the subject, whatever it
    // joins inside)
    if (tokens[p + 2]?.lower === 'of' && /^(?:them|whom)$/.test(tokens[p + 3]?.lower ?? '') && q - p >= 4 && ms.some((m) => m.last === p)) return p;
    // (nor one that opens on a preposition and holds no verb: "The Interior Minister, in a radio and television address on
    // Thursday night, blamed ...")
    // (a noun the tagger took for a verb after its modifier stays a noun: "television address")
    const prepAside = tokens[p + 1]?.pos === 'ADP' && !tokens.slice(p + 1, q).some((t, j, r) => (t.pos === 'VERB' || t.pos === 'AUX') && !(j > 0 && ['DET', 'ADJ', 'NOUN'].includes(r[j - 1].pos))) &&
      ms.some((m) => m.last === p || m.last === p - 1);
    if (prepAside && q - p >= 3) return p;
    // ("The United Tajik Opposition, an alliance of Islamic and democratic groups that has fought the government since 1992, denied":
    // an apposition with a relative clause of its own, whatever it joins inside)
    // (or a participle of its own on its noun: "The United Gold Coast Convention, the political movement formed last year by lawyers
    // and merchants, sent a cable")
    if (joined && /^(?:a|an|the)$/.test(tokens[p + 1]?.lower ?? '') && ms.some((m) => m.last === p) &&
      tokens.slice(p + 2, q).some((t, j, r) => (/^(?:that|which|who)$/.test(t.lower) && (r[j + 1]?.pos === 'VERB' || r[j + 1]?.pos === 'AUX')) ||
        (tokens[p + 1].lower === 'the' && t.pos === 'VERB' && /(?:ed|en)$/.test(t.lower) && j > 0 && r[j - 1].pos === 'NOUN' && (r[j + 1]?.pos === 'ADP' || /^(?:last|earlier|in|by)$/.test(r[j + 1]?.lower ?? ''))))) return p;
    if (joined && !/^(?:who|which|whose|whom)$/.test(tokens[p + 1]?.lower ?? '')) {
      // (unless the aside opens on a participle and the list is inside it: "The demonstrators, led by students but joined by
      // workers, civil servants and monks, are demanding")
      for (let c = p; c > s.first && q - c <= 30; c--) {
        if (tokens[c].text === ';' || tokens[c].text === ':') break;
        if (tokens[c].text !== ',') continue;
        const v = tokens[c + 1];
        if (v?.pos === 'VERB' && /(?:ed|en|ing)$/.test(v.lower) && ms.some((m) => m.last === c)) return c;
      }
      return first;
    }
    // ("About 200 students from the National Institute, a Panama City high school, marched": an apposition naming a place or an
    // institution tells of what a preposition after the subject names, not of the subject, which acts)
    if (/^(?:a|an|the)$/.test(tokens[p + 1]?.lower ?? '') && APPOSED_PLACES.test(tokens[q - 1].lower)) {
      let r = p - 1;
      while (r > s.first && p - r <= 6 && (tokens[r].pos === 'PROPN' || tokens[r].pos === 'NOUN' || tokens[r].pos === 'DET' || tokens[r].pos === 'ADJ' || tokens[r].text === "'s" || tokens[r].text === '’s')) r--;
      // (the subject ends before that preposition, or holds it: "300 pupils from St Mary's")
      if (r > s.first && /^(?:from|of|at|in)$/.test(tokens[r].lower)) {
        if (ms.some((m) => m.first < r && m.last === p && m.kind !== 'pronoun')) return p;
        if (ms.some((m) => m.last === r && m.kind !== 'pronoun')) return r;
      }
    }
    // the aside holds a clause or an "including" phrase, not one more item of a list ("police,
    // soldiers, and guards") nor an apposition ("Radmanish, an Afghan spokesman, said": the
    // apposition names the subject too, and is nearer)
    if (q - p < 3) return first;
    // (or a share of it: "nine civilians, four of them children, were killed")
    let clause = ASIDE_OPENERS.has(tokens[p + 1].lower) || (tokens[p + 2]?.lower === 'of' && /^(?:them|whom)$/.test(tokens[p + 3]?.lower ?? ''));
    for (let k = p + 1; k < q && !clause; k++) clause = tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX';
    // (the subject may end on the place it is of: "300 villagers of Bafukhola, most of them women, staged")
    // (a relative clause on a place, whoever its subject: "crowds leaving a rally at the Place du 13 Mai, where the mayor had
    // called for a strike, marched on the radio station")
    const relative = RELATIVE_OPENERS.test(tokens[p + 1].lower) && tokens[q - 1]?.pos !== 'VERB';
    return clause && (relative || ms.some((m) => m.last === p || (m.last < p && p - m.last <= 3 && tokens[m.last].lower === 'of' && tokens.slice(m.last + 1, p).every((t) => t.pos === 'PROPN' || t.pos === 'DET')))) ? p : first;
  }
  return first;
}

/** the heads of an apposition that names a place or an institution ("a Panama City high school", "the country's oldest university") */
const APPOSED_PLACES = /^(?:schools?|universit(?:y|ies)|colleges?|institutes?|academ(?:y|ies)|towns?|villages?|city|cities|suburbs?|districts?|provinces?|regions?|townships?|hospitals?|factor(?:y|ies)|mines?|plants?|estates?|compan(?:y|ies)|firms?)$/;
/** words opening a relative clause: "..., where the mayor had called for a strike, ..." */
const RELATIVE_OPENERS = /^(?:where|who|which|whom|whose)$/;
/** Is the mention inside a relative clause set off by commas (", where ... ,") that closes before the verb at `verbAt`? */
function insideRelativeAside(tokens: Token[], s: Sentence, m: ActorLike, verbAt: number): boolean {
  let open = -1;
  for (let k = m.first - 1; k > s.first && m.first - k <= 12; k--) {
    if (tokens[k].text === ',' || tokens[k].text === ';') {
      if (tokens[k].text === ',' && RELATIVE_OPENERS.test(tokens[k + 1]?.lower ?? '')) open = k;
      // (an apposition with a relative clause of its own: "fighters of the Invisible Commando, an armed group that has battled
      // the security forces since January, attacked")
      else if (tokens[k].text === ',') {
        let j = k + 1;
        while (j < m.first && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[j].pos)) j++;
        if (j > k + 1 && j < m.first && /^(?:that|who|which)$/.test(tokens[j].lower) && tokens.slice(j + 1, m.first).some((t) => t.pos === 'VERB')) open = k;
      }
      break;
    }
  }
  if (open < 0) return false;
  // (however long the clause runs before its closing comma: "The opposition alliance, whose supporters have kept up a vigil outside the
  // Royal Palace in Maseru since early August to demand that the results ... be annulled, condemned ... and demanded")
  for (let k = m.last; k < verbAt && k - m.last <= 40; k++) {
    if (tokens[k].text !== ',') continue;
    // (past a share of the subject set off inside the clause: "where several hundred people, many of them women carrying empty
    // jerrycans, blocked the highway" is the clause's own verb)
    if (k === m.last && tokens[k + 2]?.lower === 'of' && /^(?:them|whom)$/.test(tokens[k + 3]?.lower ?? '')) {
      let e = k + 4;
      while (e < verbAt && tokens[e].text !== ',') e++;
      if (e === verbAt - 1) return false;
      k = e;
      continue;
    }
    return k < verbAt - 1 || tokens[verbAt - 1]?.text === ',';
  }
  return false;
}

/** nouns an attack's weapon may name the kind of: "a grenade attack", "a bomb blast", "rocket strikes" */
const ATTACK_HEADS = new Set(['attack', 'attacks', 'blast', 'blasts', 'explosion', 'explosions', 'strike', 'strikes', 'raid', 'raids', 'assault']);
const SAYING = new Set(['saying', 'adding', 'claiming', 'insisting', 'arguing', 'noting', 'explaining', 'stressing', 'alleging']);
/** Is the mention inside a ", saying ..." clause that a ", and" closes before the verb at `verbAt`? */
function insideSaying(tokens: Token[], s: Sentence, m: ActorLike, verbAt: number): boolean {
  let open = false;
  for (let k = m.first - 1; k > s.first && m.first - k <= 15 && !open; k--) {
    if (tokens[k].text === ';') return false;
    if (SAYING.has(tokens[k].lower) && tokens[k - 1].text === ',') open = true;
  }
  if (!open) return false;
  for (let k = m.last; k < verbAt - 1; k++) if (tokens[k].text === ',' && tokens[k + 1].lower === 'and') return true;
  return false;
}

/** verbs of speaking that go on with the speaker's own words ("confirmed that ..., but denied ordering") */
const SPEAKERS_OWN = new Set(['deny', 'say', 'add', 'insist', 'admit', 'acknowledge', 'warn', 'claim', 'stress', 'reject', 'refuse', 'dismiss', 'concede', 'promise', 'vow', 'accuse', 'blame', 'urge', 'call', 'demand', 'pledge', 'threaten', 'apologise', 'apologize', 'condemn']);
/** Is the mention inside a "that" clause after a verb ("confirmed that he had authorised the police ...") which ", but" or ", and"
 * closes right before the verb at `verbAt` ("..., but denied ordering the troops to shoot": the verb is the main subject's)? */
function insideThatClause(tokens: Token[], s: Sentence, m: ActorLike, verbAt: number): boolean {
  if (verbAt - 2 <= m.last || tokens[verbAt - 2].text !== ',' || !/^(?:and|but)$/.test(tokens[verbAt - 1].lower) || !SPEAKERS_OWN.has(tokens[verbAt].lemma)) return false;
  let open = false;
  for (let k = m.first - 1; k > s.first && m.first - k <= 15 && !open; k--) {
    if (tokens[k].text === ';' || tokens[k].text === ',') return false;
    // (past how it was said: "confirmed in a radio interview that")
    if (tokens[k].lower === 'that' && tokens.slice(Math.max(s.first, k - 6), k).some((t) => t.pos === 'VERB')) open = true;
  }
  if (!open) return false;
  for (let k = m.last; k < verbAt - 2; k++) if (tokens[k].text === ',' || tokens[k].text === ';') return false;
  return true;
}

const SHARES = new Set(['both', 'all', 'each', 'some', 'many', 'most', 'several', 'either', 'neither']);
/** shares of a crowd that stand for it before "in": "some in the crowd", "many among the marchers" */
const CROWD_SHARES = new Set(['some', 'many', 'most', 'several', 'others', 'those', 'few', 'dozens', 'hundreds', 'thousands', 'scores']);
/** verbs whose infinitive is done by their own subject: "offered to host talks", "vowed to continue" */
const SUBJECT_CONTROL = new Set(['vote', 'offer', 'plan', 'vow', 'promise', 'pledge', 'agree', 'threaten', 'want', 'decide', 'refuse', 'try', 'attempt', 'seek', 'hope', 'intend', 'aim', 'prepare', 'fail', 'decline', 'volunteer', 'propose']);
/** verbs of telling whose object is the addressee ("told supporters that ..."): coref's, and verbs that tell as they warn or reassure */
const TOLD = new Set([...TELL, 'assured', 'warned', 'reminded']);
/** The agent: nearest mention to the left that is not the object of a preposition. */
/** Does a subordinator ("while", "when", "as") open the clause whose subject `m` is ("while the residents were asleep")? */
function subordinateSubject(tokens: Token[], s: Sentence, m: ActorLike): boolean {
  let k = m.first - 1;
  while (k > s.first && (tokens[k].pos === 'DET' || tokens[k].pos === 'NUM' || tokens[k].pos === 'ADJ')) k--;
  return k > s.first && tokens[k].lower !== 'as' && SUBJECT_SUBORDINATORS.has(tokens[k].lower);
}

/** Is the verb at `first` joined by "and" after the clause of `m` ("were asleep and started beating"), with no subject of its own? */
function joinedByAnd(tokens: Token[], s: Sentence, m: ActorLike, first: number): boolean {
  let k = first - 1;
  while (k > m.last && (tokens[k].pos === 'ADV' || tokens[k].pos === 'AUX' || (tokens[k].pos === 'VERB' && ASPECT_VERBS.has(tokens[k].lemma)))) k--;
  if (k <= m.last || tokens[k].lower !== 'and') return false;
  // (the clause of m tells a state, with "be", before the "and": "while people were asleep"; not an act that the verb after
  // "and" goes on with, "while police fired tear gas and shot into the air")
  for (let j = m.last; j < k - 1; j++) if (tokens[j].lemma === 'be' && tokens[j + 1].pos !== 'VERB' && !tokens[j + 1].lower.endsWith('ing')) return true;
  return false;
}

const ASPECT_VERBS = new Set(['start', 'begin', 'continue', 'proceed', 'go', 'keep']);

/** feelings told with a "that" clause: "were concerned that", "was worried that" */
const FEELINGS = new Set(['concerned', 'worried', 'afraid', 'alarmed', 'fearful', 'anxious', 'confident', 'sure', 'certain', 'convinced', 'disturbed', 'troubled']);

/** nouns whose "that" opens what they say, not a relative clause: "reports that", "fears that" */
const CONTENT_NOUNS = new Set(['report', 'reports', 'rumour', 'rumours', 'rumor', 'rumors', 'claim', 'claims', 'allegation', 'allegations', 'fear', 'fears', 'news',
  'belief', 'suspicion', 'suspicions', 'suggestion', 'suggestions', 'assertion', 'assertions', 'speculation', 'word', 'charges', 'accusations']);

/**
 * "An army convoy sent to rescue hundreds of tourists trapped by blockades clashed with villagers": a participle with a purpose
 * after a noun ("sent to rescue", "deployed to protect") opens a reduced relative, and the verb's subject stands before it, not
 * among the purpose's objects. Returns the participle's index, or the verb's own when there is no such phrase.
 */
function beforeSentTo(tokens: Token[], s: Sentence, verb: number): number {
  for (let k = verb - 1; k - 2 >= s.first && verb - k <= 14; k--) {
    const t = tokens[k];
    if (t.text === ',' || t.text === ';' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'PRON') return verb;
    if (t.lower !== 'to' || t.pos !== 'PART') continue;
    const v = k - 1;
    if (k + 1 >= verb || tokens[k + 1].pos !== 'VERB' || tokens[v].pos !== 'VERB' || !/(?:ed|en|wn|nt)$/.test(tokens[v].lower)) return verb;
    if (tokens[v - 1].pos !== 'NOUN' && tokens[v - 1].pos !== 'PROPN') return verb;
    // (what lies between is the purpose's object, with participles of its own: "hundreds of tourists trapped by blockades")
    for (let j = k + 2; j < verb; j++) {
      if (tokens[j].pos === 'VERB' && !(/(?:ed|en)$/.test(tokens[j].lower) && (tokens[j - 1].pos === 'NOUN' || tokens[j - 1].pos === 'PROPN'))) return verb;
    }
    return v;
  }
  return verb;
}

/** words of a time told after an object: "on Tuesday", "last week", "early on Monday" */
const TIME_AFTER_OBJECT = /^(?:on|last|this|early|late|yesterday|today|tonight|overnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|weekend|month|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
/** where the word before the first item of the list a mention ends stands ("with political parties, business leaders": "with"), or
 * -1 when it stands in no list */
function listOpener(tokens: Token[], s: Sentence, m: ActorLike): number {
  let k = m.first - 1;
  let joins = 0;
  while (k > s.first && m.first - k <= 20 && (tokens[k].text === ',' || tokens[k].lower === 'and' || NP_WORDS.has(tokens[k].pos) || POSSESSIVES.has(tokens[k].lower))) {
    if (tokens[k].text === ',' || tokens[k].lower === 'and') joins++;
    k--;
  }
  return joins > 0 && k >= s.first ? k : -1;
}

/** a finite verb in the past ("rounded", "beat", "took"), not a participle in -ing */
function pastFinite(t: Token | undefined, next?: Token): boolean {
  if (!t) return false;
  // ("rounded/ADJ up the men": a past form the tagger reads as an adjective, before its particle)
  if (t.pos === 'ADJ' && t.lower.endsWith('ed') && !!next && /^(?:up|down|off|out|away|back)$/.test(next.lower)) return true;
  return t.pos === 'VERB' && !t.lower.endsWith('ing') && (t.lower.endsWith('ed') || t.lower !== t.lemma || /^(?:beat|set|hit|put|cut|shut|burst|spread|cast|quit)$/.test(t.lower));
}
/** The verb before the one at first in a series of past verbs set off by commas ("arrived ..., rounded up the men ..., beat several of
 * them and took away"), or -1: the verb at first follows ", " or "and" after an item of the series, an item that opens on a past verb
 * right after its subject or after another comma of the series; no clause of time, cause or relation inside. */
function seriesVerbBefore(tokens: Token[], s: Sentence, first: number): number {
  const v = tokens[first];
  if (!pastFinite(v, tokens[first + 1]) || REPORT_VERBS.has(v.lemma)) return -1;
  let k = first - 1;
  let comma = false;
  if (tokens[k]?.lower === 'and') k--;
  if (tokens[k]?.text === ',') {
    comma = true;
    k--;
  }
  if (!comma && tokens[first - 1]?.lower !== 'and') return -1;
  // (", and" after a reported clause goes back to the verb of saying: "said in a statement that the government bore full
  // responsibility, and called on supporters to stay calm")
  const commaAnd = comma && tokens[first - 1]?.lower === 'and';
  // (back over the item before: its object, place and time, to its verb)
  let p = k;
  while (p > s.first && first - p <= 16 && !pastFinite(tokens[p], tokens[p + 1])) {
    const t = tokens[p];
    if (t.text === ',' || t.text === ';' || t.pos === 'AUX' || t.pos === 'SCONJ' || /^(?:who|whom|which|that|when|while|after|before|as|because|if|where)$/.test(t.lower) || QUOTE_CHARS.has(t.text)) return -1;
    p--;
  }
  if (p <= s.first || !pastFinite(tokens[p], tokens[p + 1]) || p === k) return -1;
  if (commaAnd && tokens.slice(s.first, p).some((t) => t.pos === 'VERB' && REPORT_VERBS.has(t.lemma))) return -1;
  // (a participle with its agent is no item of the series: "as he drove to court, surrounded by supporters, and detained him")
  // (nor one in an apposition: "the movement founded last year by dockers and clerks, sent")
  if (tokens.slice(p + 1, k + 1).some((t) => t.lower === 'by')) return -1;
  // (the item's verb opens it: right after a comma of the series, or after its subject with no "and" joining two subjects' clauses)
  let b = p - 1;
  while (b > s.first && (tokens[b].pos === 'ADV' || tokens[b].pos === 'PART')) b--;
  if (tokens[b].text === ',') {
    // (that comma itself ends an earlier item of the series, not an aside: "Villagers said soldiers arrived on Jan. 7, rounded up")
    return seriesVerbBefore(tokens, s, p) >= 0 ? p : -1;
  }
  // (only when the item before the series' first verb has no comma-free "and" joining another subject: "soldiers arrived on Jan. 7,")
  if (!comma) return -1;
  // (not a relative clause's verb: "denied charges he ran a hit squad that killed government officials, and accused"; nor one of a
  // clause of time or cause: "stopped his convoy as he drove to court, ...")
  if (!(tokens[b].pos === 'NOUN' || tokens[b].pos === 'PROPN' || tokens[b].pos === 'PRON') || /^(?:who|whom|which|that)$/.test(tokens[b].lower)) return -1;
  // (back over the subject to the comma or the start: "and then, when the demonstrators refused to disperse, fired")
  for (let q = b - 1; q >= s.first && b - q <= 8 && tokens[q].text !== ','; q--) {
    if (/^(?:as|when|while|after|before|because|since|until|if|once|though|although|unless|whenever)$/.test(tokens[q].lower)) return -1;
  }
  return p;
}

function agentLeft(tokens: Token[], s: Sentence, ms: ActorLike[], first: number): ActorLike | null {
  const verbAt = first;
  // ('He said the people would "fill in every hole the Army makes," and warned ...': a verb joined right after a quote closes
  // goes back to the one who was quoted)
  let qj = first - 1;
  while (qj > s.first && tokens[qj].pos === 'ADV') qj--;
  if (qj - 1 > s.first && tokens[qj].lower === 'and') {
    let qc = qj - 1;
    if (tokens[qc].text === ',') qc--;
    if (tokens[qc].text === '”' || tokens[qc].text === '"') {
      let qo = qc - 1;
      while (qo > s.first && tokens[qo].text !== '“' && tokens[qo].text !== '"') qo--;
      let rv = qo - 1;
      while (rv > s.first && qo - rv <= 14 && !(tokens[rv].pos === 'VERB' && REPORT_VERBS.has(tokens[rv].lemma))) rv--;
      if (rv > s.first && tokens[rv].pos === 'VERB' && REPORT_VERBS.has(tokens[rv].lemma)) return agentLeft(tokens, s, ms, rv);
    }
  }
  // ("They hung a flag from a window, witnesses said, and chanted": a verb joined after a source set off by commas goes with the
  // verb before that source, not with the source)
  if (first - 4 > s.first && tokens[first - 1].lower === 'and' && tokens[first - 2].text === ',' && tokens[first - 3].pos === 'VERB' && REPORT_VERBS_PAST.has(tokens[first - 3].lower)) {
    let c = first - 4;
    while (c > s.first && first - c <= 9 && tokens[c].text !== ',') c--;
    if (tokens[c].text === ',' && c < first - 4) {
      let v = c - 1;
      while (v > s.first && c - v <= 16 && !(tokens[v].pos === 'VERB' && !tokens[v].lower.endsWith('ing')) && tokens[v].text !== ';') v--;
      if (v > s.first && tokens[v].pos === 'VERB' && !REPORT_VERBS_PAST.has(tokens[v].lower)) return agentLeft(tokens, s, ms, v);
    }
  }
  // ("soldiers arrived on Jan. 7, rounded up the men in the basketball court, beat several of them and took away three elders": a past
  // verb in a series set off by commas shares the series' subject, not the object of the verb before it)
  const series = seriesVerbBefore(tokens, s, first);
  if (series >= 0) return agentLeft(tokens, s, ms, series);
  first = pastAside(tokens, s, ms, first);
  // ("Several hundred French troops flown in from Gabon and Chad secured the airport": where a participle says the subject came
  // from is no subject; the subject stands before the participle)
  for (let k = first - 1; k > s.first + 1 && first - k <= 10; k--) {
    const t = tokens[k];
    if (t.lower === 'from') {
      let v = k - 1;
      if (/^(?:in|back|out|over|up)$/.test(tokens[v].lower)) v--;
      if (v > s.first && tokens[v].pos === 'VERB' && /(?:ed|en|wn)$/.test(tokens[v].lower) && (tokens[v - 1].pos === 'NOUN' || tokens[v - 1].pos === 'PROPN')) first = v;
      break;
    }
    if (!(t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'DET' || t.pos === 'ADJ' || t.text === ',' || t.text === '-' || t.lower === 'and')) break;
  }
  // ("Insurgents armed with shotguns and home-made bombs attacked", "youths wielding machetes attacked": what the subject carries is
  // no subject; the subject stands before it)
  // (past a list of what it carries: "thousands of Jamaat and Shibir men armed with sticks, machetes and home-made bombs attacked";
  // and before whom it works for or follows: "about 4,000 miners employed by the U.S.-owned Cerro de Pasco Corporation stopped work")
  for (let k = first - 1; k > s.first && first - k <= 14; k--) {
    const t = tokens[k];
    // (an aside set off by commas is passed over elsewhere: "the attackers, armed with rifles and machetes, shot villagers")
    if (t.text === ',' && k === first - 1) break;
    if (((t.lower === 'with' && /^(?:armed|equipped)$/.test(tokens[k - 1].lower)) || (t.lower === 'by' && SUBJECT_PARTICIPLES_BY.test(tokens[k - 1].lower))) && k - 1 > s.first) {
      first = k - 1;
      break;
    }
    if (/^(?:carrying|wielding|brandishing)$/.test(t.lower) && k > s.first) {
      first = k;
      break;
    }
    // (past a hyphened word: "home-made bombs")
    const glued = tokens[k - 1]?.text === '-' && tokens[k - 1].end === t.start;
    if (!(t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.text === ',' || t.text === '-' || t.lower === 'and' || glued)) break;
  }
  first = beforeSentTo(tokens, s, first);
  // (a semicolon ends a clause: "Protesters march in Dayton; 12 arrested" — the marchers arrested no one)
  const [from] = semicolonClause(tokens, s, first);
  const cands = mentionsIn(ms, from, first);
  // ("He said 11 farmers and four policemen were hurt and denied that tear gas had been used": a speech act joined after
  // what was said in the passive is the speaker's, not the passive's subject's)
  // (not the second participle of a passive series: "anyone caught with stolen goods would be arrested and charged")
  // (or "but": "Police said about 250 people were detained ..., but denied arresting any national leaders")
  // (past the verb's own auxiliary: "says more than 200 people were injured that night, ..., and has accused the ministry")
  const sa = /^(?:has|have|had)$/.test(tokens[first - 1]?.lower ?? '') ? first - 1 : first;
  if (sa - 2 > s.first && (tokens[sa - 1].lower === 'and' || tokens[sa - 1].lower === 'but') && SPEECH_AFTER_AND.has(tokens[first].lemma) &&
    !(tokens[sa - 2].pos === 'VERB' && /(?:ed|en)$/.test(tokens[sa - 2].lower) && tokens[sa - 3]?.lemma === 'be')) {
    let k = sa - 2;
    let passive = false;
    while (k > s.first && !(tokens[k].pos === 'VERB' && (tokens[k].lemma === 'say' || tokens[k].lemma === 'tell') && tokens[k].lower !== 'saying') && first - k <= 20) {
      if (tokens[k].pos === 'VERB' && tokens[k - 1] && (tokens[k - 1].lemma === 'be' || tokens[k - 1].lemma === 'get')) passive = true;
      k--;
    }
    // (or after a comma: "X's campaign office said in a statement that the authorities bore full responsibility, and called on
    // supporters to stay calm": the comma closes what was said)
    const closed = passive || (tokens[sa - 2].text === ',' && tokens.slice(k + 1, sa - 2).some((t) => t.lower === 'that'));
    let speaker = tokens[k]?.pos === 'VERB' && closed ? cands.find((m) => m.last === k || (m.last === k - 1 && tokens[k - 1].pos === 'ADV')) : undefined;
    // (a body a possessor keeps speaks for it: "Ter-Petrosyan's campaign office said")
    if (!speaker && tokens[k]?.pos === 'VERB' && closed && BODY_HEADS.has(tokens[k - 1]?.lower ?? '')) {
      let h = k - 1;
      while (h > s.first && k - h <= 3 && tokens[h].pos === 'NOUN') h--;
      speaker = cands.find((m) => m.last === h && (tokens[h].text === "'s" || tokens[h].text === '’s'));
    }
    if (speaker) return speaker;
  }
  // ("several of them called publicly for", "some of the ministers demanded": a share of a group told before the verb is its
  // subject, the group)
  {
    let v = first - 1;
    while (v > s.first && (tokens[v].pos === 'ADV' || tokens[v].pos === 'AUX' || tokens[v].pos === 'PART')) v--;
    const g = cands.find((m) => m.last === v + 1);
    let o = g ? g.first - 1 : -1;
    if (g && tokens[o]?.pos === 'DET') o--;
    const share = o - 1 >= s.first ? tokens[o - 1] : undefined;
    if (g && tokens[o]?.lower === 'of' && share && (SHARE_WORDS.has(share.lower) || share.pos === 'NUM') && (o - 1 === s.first || !['NOUN', 'PROPN', 'ADJ', 'ADP', 'VERB'].includes(tokens[o - 2].pos))) return g;
  }
  // ("Police say he shot two protesters": a pronoun we could not resolve is still the verb's subject, not the speaker)
  let pr = first - 1;
  while (pr > s.first && (tokens[pr].pos === 'ADV' || tokens[pr].pos === 'AUX' || tokens[pr].pos === 'PART')) pr--;
  if (pr >= s.first && SUBJECT_PRONOUN.has(tokens[pr].lower) && !cands.some((m) => m.first <= pr && pr < m.last)) return null;
  // "rebels seize town, thousands flee": a bare number of people right before the verb is its subject, no one further left
  // (past auxiliaries too: "at least 462 people have been killed, and about a million have fled their homes")
  const q = beforeVerbChain(tokens, s, first);
  // (past the words saying how exact the number is: "left 26 dead and over 50 injured")
  let qa = q - 1;
  while (qa > s.first && q - qa <= 3 && /^(?:over|about|around|nearly|almost|some|more|than|at|least|another|a)$/.test(tokens[qa].lower)) qa--;
  // ("killed thirteen people and sent thousands fleeing": a bare number after another verb is that verb's object and this one's subject)
  if (q > s.first && (QUANTITY_NOUNS.has(tokens[q].lower) || tokens[q].pos === 'NUM') && !cands.some((m) => m.last > q) && (tokens[qa].text === ',' || tokens[qa].pos === 'CCONJ' || tokens[qa].pos === 'VERB')) return null;
  // "a conflict that has killed...", "protesters who stormed...": the relative clause's
  // subject is what stands right before the pronoun, or nothing we know
  for (let i = first - 1, n = 0; i >= s.first && n < 8; i--, n++) {
    const w = tokens[i].lower;
    if (tokens[i].text === ',' || tokens[i].text === ';') break;
    // ("Anez, who declared herself leader after Morales fled": a clause of its own opens before the verb)
    if (w !== 'as' && CLAUSE_CONJUNCTIONS.has(w)) break;
    // ("a mob angered by reports that the United States was behind the attack stormed the embassy": the "that" of what a report
    // says opens no relative clause; the subject stands before the noun it hangs on)
    // (when the verb is past that clause's own verb: "reports that police fired on the crowd" keep the police as who fired)
    // (nor "reports that rebels were looting homes": the verb's own auxiliaries are no verb of another clause)
    // (and not a verb joined to that clause's own: "that rebels were looting homes and seizing vehicles")
    if (w === 'that' && i - 1 > s.first && CONTENT_NOUNS.has(tokens[i - 1].lower) && !/^(?:and|or|,)$/.test(tokens[first - 1].lower)) {
      let chain = first - 1;
      while (chain > i && (tokens[chain].pos === 'AUX' || tokens[chain].pos === 'ADV' || tokens[chain].pos === 'PART')) chain--;
      if (tokens.slice(i + 1, chain + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return agentLeft(tokens, s, ms, i - 1);
    }
    // (not "said on national television that they had removed": the "that" of what was said)
    if (w === 'who' || w === 'which' || (w === 'that' && tokens[i - 1] && (tokens[i - 1].pos === 'NOUN' || tokens[i - 1].pos === 'PROPN') && !saidThat(tokens, s, i))) {
      // ("..., which the prosecutor-general's office denied": a subject of its own after the pronoun, which is the object)
      // (its subject right after the pronoun, and its verb right after the subject)
      // ("the man who police arrested": "who" as the object too, when a subject of its own stands right before the verb)
      // (a pronoun too: "made clear to the Cuban government that we will not allow it")
      // (past the words saying how exact its count is: "a standoff in which at least four people were killed")
      let sa = i + 1;
      while (sa < first && sa - i <= 3 && /^(?:at|least|more|than|about|around|nearly|almost|some|over|up|to)$/.test(tokens[sa].lower) && tokens[sa].pos !== 'PRON') sa++;
      if (sa > i + 1 && tokens[sa]?.pos !== 'NUM') sa = i + 1;
      if (cands.some((m) => (m.kind !== 'pronoun' || SUBJECT_PRONOUNS_ALL.has(tokens[m.first].lower)) && (m.first === sa || (m.first === sa + 1 && tokens[sa].pos === 'DET')) &&
        tokens.slice(m.last, first).every((t) => t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || t.text === "'s" || t.text === '’s' || (t.pos === 'NOUN' && BODY_HEADS.has(t.lower))))) break;
      const ante = cands.find((m) => m.last === i || (m.last === i - 1 && /^[,’'"”]$/.test(tokens[i - 1].text)));
      // ("officers guarding the courthouse, who responded": "who" is the people a participle phrase describes)
      if (!ante && w === 'who' && tokens[i - 1]?.text === ',') {
        const m = [...cands].reverse().find((c) => c.last < i - 1 && tokens[c.last]?.pos === 'VERB' && /ing$/.test(tokens[c.last].lower) &&
          tokens.slice(c.last + 1, i - 1).every((t) => NP_INNER.has(t.pos) || t.pos === 'PROPN' || t.pos === 'ADP'));
        if (m) return m;
      }
      return ante ?? null;
    }
  }
  // "militants fired rockets, and the Iron Dome system intercepted two": a noun phrase after "and"
  // right before the verb is its own subject, though no actor we know
  if (first - 1 > s.first) {
    let q = first - 1;
    while (q > s.first && (tokens[q].pos === 'AUX' || tokens[q].pos === 'ADV' || tokens[q].pos === 'PART')) q--;
    let np = q;
    while (np > s.first && (tokens[np].pos === 'NOUN' || tokens[np].pos === 'PROPN' || tokens[np].pos === 'ADJ' || tokens[np].pos === 'NUM') && q - np < 5) np--;
    if (np < q && np > s.first && tokens[np].pos === 'DET' && (tokens[np - 1].lower === 'and' || tokens[np - 1].lower === 'but') && !cands.some((m) => m.last > np)) return null;
    // (a bare plural too, after a clause of its own: "as blockades left residents short of fuel and food and overnight attacks destroyed
    // more than a dozen police posts")
    // (nor the last of places or peoples the subject of a clause of its own is from: "when youths from Umuezeoka and neighbouring Obinagu
    // communities clashed")
    if (np < q && np > s.first && (tokens[np].lower === 'and' || tokens[np].lower === 'but') && tokens[q].pos === 'NOUN' && /[^s]s$/.test(tokens[q].lower) &&
      tokens[first].pos === 'VERB' && pastForm(tokens[first]) && tokens[np - 1].pos !== 'PROPN' && !cands.some((m) => m.last > np)) {
      // (not the last of what the subject carries: "opposition supporters armed with automatic rifles and hunting guns took control")
      let lv = np - 1;
      while (lv > s.first && tokens[lv].pos !== 'VERB') lv--;
      if (tokens[lv].pos === 'VERB' && !tokens.slice(lv, np).some((t) => t.text === ',' || /^(?:with|without|carrying|wielding)$/.test(t.lower) || CLAUSE_CONJUNCTIONS.has(t.lower))) return null;
    }
    // ("all the tools the law gives us": a noun phrase right before the verb, after the noun its relative clause hangs on, is its
    // subject, though no actor we know)
    if (np < q && np > s.first && tokens[np].pos === 'DET' && tokens[np - 1].pos === 'NOUN' && tokens[q].pos === 'NOUN' && !cands.some((m) => m.last > np)) return null;
    // ("Pinera declares emergency as metro fare protests turn violent": after a subordinator, too)
    const start = tokens[np].pos === 'DET' ? np : np + 1;
    // (and a name we do not know: "Militia camps terrorise villages as Tsvangirai quits run-off")
    const unknownSubject = tokens[q].pos === 'NOUN' || (tokens[q].pos === 'PROPN' && tokens[q].cap);
    if (start <= q && start - 1 > s.first && SUBJECT_SUBORDINATORS.has(tokens[start - 1].lower) && unknownSubject && !cands.some((m) => m.last > start - 1)) return null;
    // ("Witnesses told EFE that some 500 growers had blocked the road": after the "that" of what was said, a noun phrase
    // before the verb is its subject, though no actor we know; the speaker is not)
    if (start <= q && start - 1 > s.first && tokens[start - 1].lower === 'that' && tokens[q].pos === 'NOUN' && saidThat(tokens, s, start - 1) && !cands.some((m) => m.last > start - 1)) return null;
  }
  const objectSelf = ms.find((x) => x.kind === 'pronoun' && x.first === verbAt + 1 && /^(?:him|her|them)$/.test(tokens[x.first].lower)) ?? null;
  for (let k = cands.length - 1; k >= 0; k--) {
    let m = cands[k];
    // ("fighters of the Invisible Commando, an armed group that has battled ..., attacked": a kind of group set after a name
    // by commas, told with a clause of its own, is that name's apposition; the name acts)
    const named = k > 0 ? cands[k - 1] : undefined;
    const comma = named && QUOTE_MARKS.has(tokens[named.last]?.text ?? '') ? named.last + 1 : named?.last ?? -1;
    if (named && m.kind !== 'pronoun' && named.kind !== 'pronoun' && tokens[comma]?.text === ',' && (m.first === comma + 1 || (m.first === comma + 2 && tokens[comma + 1].pos === 'DET')) &&
      tokens[named.last - 1]?.cap && !tokens[m.last - 1]?.cap && /^(?:that|who|which)$/.test(tokens[m.last]?.lower ?? '')) m = named;
    // ("France, the former colonial power, condemned the mutiny": a country set before a description of it that names
    // no country is the one that acts)
    else if (named && named.kind === 'country' && named.code && !m.code && m.kind !== 'pronoun' && tokens[comma]?.text === ',' && (m.first === comma + 1 || (m.first === comma + 2 && tokens[comma + 1].pos === 'DET')) &&
      !tokens[m.last - 1]?.cap && tokens[m.last]?.text === ',') m = named;
    // ("A government spokesman put the toll at four killed": who puts a figure on it tells it)
    // (not a verb of the teller's own joined after the figure: "The government put the death toll at 55 and blamed troublemakers")
    const joinedOwn = /^(?:and|but)$/.test(tokens[first - 1]?.lower ?? '') && tokens[first].pos === 'VERB' && !COUNTED_STATES.test(tokens[first].lower);
    // (and a figure told with its own participle: "Leaders of the protest put the number arrested at 35")
    if (!joinedOwn && (tokens.slice(m.last, first).some((t, k, r) => FIGURE_NOUNS.has(t.lower) && r[k + 1]?.lower === 'at') || (FIGURE_NOUNS.has(tokens[first - 1]?.lower ?? '') && tokens[first + 1]?.lower === 'at'))) return null;
    // ("witnesses said, a gray pickup slowed ... then accelerated into the group": those who tell it did not do what
    // they tell, when it has a subject of its own; no one left of them did it either)
    // (but "He said the strike had been inspired ... and warned": a second verb of the speaker's own)
    // ('He said the people would "fill in every hole the Army makes," and warned ...': a name inside a quote that closes before
    // the verb is no subject of it)
    if (insideClosedQuote(tokens, s, m, verbAt)) continue;
    // ('He described the unrest as "banditry and insurgency" and accused Sonko': what a speaker called something is no one who acts)
    if (labelComplement(tokens, s, m)) continue;
    // ("in the Be district, an opposition stronghold, and threw stones": whose place an apposition says it is does not act)
    if (actorLexicon().facilities.has(tokens[m.last]?.lower ?? '') && tokens[m.last + 1]?.text === ',' && /^(?:a|an)$/.test(tokens[m.first - 1]?.lower ?? '') && tokens[m.first - 2]?.text === ',') continue;
    // ("supporters besieged the city police station all afternoon demanding his release": a participle is not done by the body
    // named as a building's owner; a building demands nothing)
    if (m.kind !== 'pronoun' && tokens[verbAt].lower.endsWith('ing') && m.last < verbAt && STATIC_FACILITIES.has(tokens[m.last].lower)) continue;
    // ("Gendarmes stopped his convoy as he drove to court, and detained him": whom the verb's object pronoun stands for is not its
    // subject, which would be told "himself")
    if (objectSelf && m.kind === 'pronoun' && sameReferent(m, objectSelf)) continue;
    // ("crowds leaving the rally, where the mayor had called for a strike, marched ... and smashed the gates": who a relative
    // clause set off by commas tells of is no subject of a verb after it)
    if (insideRelativeAside(tokens, s, m, verbAt)) continue;
    // ("rejected the accusation, saying no militants had crossed from Kunar, and in turn accused Pakistani forces": who is
    // named in what a speaker was saying does not do the verb joined after it)
    if (insideSaying(tokens, s, m, verbAt)) continue;
    // ("confirmed that he had authorised the police to clear the road, but denied ordering": who is named in what was confirmed does
    // not do the verb joined after it)
    if (insideThatClause(tokens, s, m, verbAt)) continue;
    // ("Thousands of federal police backed by armored trucks and helicopters pushed into the city": who backs the subject
    // in a participle's "by" phrase is no subject, however many are listed)
    // (unless a text it issued is the subject: "a statement issued by the rebels denied")
    if (inParticipleBy(tokens, s, m) && !(prevWord(tokens, m, s) === 'by' && issuedText(tokens, s, m))) continue;
    // ("They came while people were asleep and started beating everyone": the subject of a clause a subordinator opens is no
    // subject of a verb joined by "and" after that clause)
    if (subordinateSubject(tokens, s, m) && joinedByAnd(tokens, s, m, first)) continue;
    // (past an aside between commas: "The rebels, in a statement e-mailed to journalists, said the raids had hit a market, killing")
    let rv = m.last;
    if (tokens[rv]?.text === ',') {
      let k = rv + 1;
      while (k < verbAt - 1 && k - rv <= 12 && tokens[k].text !== ',' && tokens[k].text !== ';') k++;
      if (tokens[k]?.text === ',' && REPORT_VERBS_PAST.has(tokens[k + 1]?.lower ?? '')) rv = k + 1;
    }
    if (rv > m.last ? rv < verbAt - 1 : (rv < first - 1 && REPORT_VERBS_PAST.has(tokens[rv].lower))) {
      const told = tokens.slice(rv + 1, rv > m.last ? verbAt : first);
      // (not who "claimed responsibility" for it: they say they did it)
      // ("Witnesses said some of them threw stones": a pronoun or a share of one is a subject of its own too)
      // (an "and" joining nouns of that subject is no verb of the speaker's joined: "Witnesses said burned-out buses and lorries
      // still blocked several streets")
      let tj = told.length - 1;
      while (tj > 0 && (told[tj].pos === 'ADV' || told[tj].pos === 'AUX' || told[tj].pos === 'PART')) tj--;
      const joinedVerb = /^(?:and|but)$/.test(told[tj]?.lower ?? '') || told.some((t, k) => t.text === ',' && /^(?:and|but)$/.test(told[k + 1]?.lower ?? ''));
      if (told.some((t, k) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || (t.pos === 'PRON' && told[k - 1]?.lower === 'of' && told[k - 2]?.pos === 'DET')) && (told[0].text === ',' || !joinedVerb) && !CLAIM_FRAMES.has(told[0].lower)) return null;
    }
    // ("burst into the home, shot dead her bodyguard, wounded her driver": the object of the verb before, in a list of verbs, is
    // no subject of the next one)
    // (nor after "and": "it no longer recognised the military council and would not return to talks")
    let andAt = first - 1;
    while (andAt > m.last && (tokens[andAt].pos === 'AUX' || tokens[andAt].pos === 'PART' || tokens[andAt].lower === 'not' || tokens[andAt].lower === 'never' || (tokens[andAt].pos === 'ADV' && !tokens[andAt].cap))) andAt--;
    // (past an aside set off by commas after the "and": "blamed armed \"provocateurs\" ... and, for much of Thursday, denied")
    if (tokens[andAt]?.text === ',' && andAt > m.last) {
      let c = andAt - 1;
      while (c > m.last && andAt - c <= 8 && tokens[c].text !== ',' && tokens[c].pos !== 'VERB') c--;
      if (tokens[c]?.text === ',' && tokens[c - 1]?.lower === 'and' && c - 1 >= m.last) andAt = c - 1;
    }
    // (a finite verb, or one with its own auxiliary: not a bare infinitive joined under "to", "asked the government to release the
    // leaders and allow doctors in")
    // (the object's "of" phrase too: "killed Abdullah and four other members of his family and freed")
    // (and a phrase saying where or among whom, and what for: "blamed armed provocateurs among the protesters for the shooting and")
    // (past the head noun a mention leaves out: "the country's most popular private radio [station] and detained")
    // (and a time told after the object: "declared himself the rightful president on Tuesday and called on")
    const npEnd = andAt > m.last && andAt - m.last <= 2 && tokens.slice(m.last, andAt).every((t) => t.pos === 'NOUN') ? andAt :
      andAt > m.last && andAt - m.last <= 4 && tokens.slice(m.last, andAt).every((t) => TIME_AFTER_OBJECT.test(t.text) || t.pos === 'NUM') ? andAt :
      tokens[m.last]?.lower === 'of' && andAt - m.last <= 6 && tokens.slice(m.last + 1, andAt).every((t) => NP_WORDS.has(t.pos) || POSSESSIVES.has(t.lower) || t.lower === 'of') ? andAt :
      /^(?:among|for|in|at)$/.test(tokens[QUOTE_CHARS.has(tokens[m.last]?.text ?? '') ? m.last + 1 : m.last]?.lower ?? '') && andAt - m.last <= 10 &&
      tokens.slice(m.last, andAt).every((t) => NP_WORDS.has(t.pos) || t.pos === 'ADP' || QUOTE_CHARS.has(t.text)) ? andAt :
      // (and what the object was told to do: "ordered the crowd to disperse and, when it did not, fired")
      tokens[m.last]?.lower === 'to' && tokens[m.last + 1]?.pos === 'VERB' && andAt - m.last <= 6 && tokens.slice(m.last + 2, andAt).every((t) => NP_WORDS.has(t.pos) || t.pos === 'ADP' || t.pos === 'ADV') ? andAt : m.last;
    // (with no one named before the object either: "The palace statement blamed a small criminal element and promised")
    // (or "but": "said he was prepared to meet responsible opposition leaders but would not negotiate")
    if (andAt === npEnd && (tokens[andAt]?.lower === 'and' || tokens[andAt]?.lower === 'but') && m.kind !== 'pronoun' && (andAt < first - 1 || tokens[verbAt].lower !== tokens[verbAt].lemma)) {
      let o = m.first - 1;
      // (past a figure's approximation: "had arrested more than 50 people and accused")
      // (and an adjective the tagger took for an adverb: "blamed a small/ADV criminal element and promised")
      // (and an opening quote: 'blamed armed "provocateurs"')
      // (and past the one the verb made it of: "declared himself the rightful president on Tuesday and called on Togolese to resist")
      while (o > s.first && (tokens[o].pos === 'DET' || tokens[o].pos === 'NUM' || tokens[o].pos === 'ADJ' || (tokens[o].pos === 'ADV' && tokens[o - 1]?.pos === 'DET') || POSSESSIVES.has(tokens[o].lower) || APPROX.has(tokens[o].lower) || QUOTE_CHARS.has(tokens[o].text) ||
        (REFLEXIVES.has(tokens[o].lower) && tokens[o - 1]?.pos === 'VERB'))) o--;
      // (not in a list of verbs set off by commas, whose subject is found otherwise: "extended martial law ..., banned all political
      // activity, closed the universities and arrested")
      const before = k > 0 ? cands[k - 1].last : s.first;
      // (an aside on the subject set off by commas is no list: "Bob-Akitani, 74, declared himself ...")
      const listed = tokens.slice(before, o).some((t) => t.text === ',') && tokens.slice(before, o).some((t) => t.pos === 'VERB');
      if (o >= s.first && o < m.first && tokens[o].pos === 'VERB' && o > before - 1 && !listed && (k > 0 || o > s.first)) continue;
      // (past the phrase the object is the last noun of: "would guarantee the safety of UNITA members and their families and appealed")
      let q = m.first - 1;
      // (and past a phrase of the object's: "seized a rifle from one of his constables and fired into the crowd")
      // (past a possessive and a degree adverb inside it: "cut the broadcasts of the country's most popular private radio station and
      // detained")
      while (q > s.first && m.first - q <= 12 && (NP_WORDS.has(tokens[q].pos) || POSSESSIVES.has(tokens[q].lower) || APPROX.has(tokens[q].lower) || tokens[q].lower === 'of' || tokens[q].lower === 'and' ||
        tokens[q].text === "'s" || tokens[q].text === '’s' || (tokens[q].pos === 'ADV' && tokens[q + 1]?.pos === 'ADJ') ||
        (tokens[q].pos === 'ADP' && /^(?:from|of|to|with|in|at|on)$/.test(tokens[q].lower) && NP_WORDS.has(tokens[q - 1]?.pos ?? '')))) q--;
      // (or coordinated objects: "smashed car windows and shop fronts and hurled stones")
      if (q >= s.first && q < o && tokens[q].pos === 'VERB' && !REPORT_VERBS_PAST.has(tokens[q].lower) && tokens.slice(q, m.first).some((t) => t.lower === 'of' || t.lower === 'and') && !tokens.slice(q, m.first).some((t) => t.text === ',')) continue;
    }
    // ("a group of people trying to reach the United States seized a passenger ferry": the object of an infinitive inside the subject
    // is no subject)
    // (a finite verb: not "to press the prosecutor to file charges", "let the board investigate", whose object does the next verb)
    if (m.kind !== 'pronoun' && k > 0 && tokens[verbAt].lower !== tokens[verbAt].lemma && !tokens[verbAt].lower.endsWith('ing') && tokens[verbAt - 1]?.lower !== 'to') {
      let o = m.first - 1;
      while (o > s.first && (tokens[o].pos === 'DET' || tokens[o].pos === 'ADJ')) o--;
      if (o > s.first && o < m.first && tokens[o].pos === 'VERB' && tokens[o - 1].lower === 'to' && !tokens.slice(m.last, first).some((t) => t.text === ',' || t.pos === 'VERB' || t.pos === 'AUX')) continue;
    }
    // ("set fire to the centre, looted and burned at least 3 churches and a Catholic mission, and attacked shops": the object of a verb
    // of the list, with more words after it, before the ", and" of the next)
    // (", then attacked others": past the adverb of a sequence)
    const f1 = tokens[first - 1]?.lower === 'then' ? first - 2 : first - 1;
    // (or right before the comma, when a finite verb follows it: a headline's "Moldova expels Romanian envoy, blames Bucharest")
    if (m.kind !== 'pronoun' && k > 0 && f1 >= m.last && (f1 < first - 1 || f1 - 1 >= m.last || !tokens[first].lower.endsWith('ing')) && (tokens[f1].text === ',' || (tokens[f1].lower === 'and' && tokens[f1 - 1].text === ','))) {
      let o = m.first - 1;
      // (past objects coordinated before it: "burned at least three churches and a school")
      // (and past the phrase of a place they were in: "opened fire on people sleeping in the church and an adjoining school")
      while (o > s.first && m.first - o <= 12 && (tokens[o].pos === 'DET' || tokens[o].pos === 'NUM' || tokens[o].pos === 'ADJ' || tokens[o].pos === 'NOUN' || tokens[o].lower === 'and' || POSSESSIVES.has(tokens[o].lower) || /^(?:at|least|most|about|some)$/.test(tokens[o].lower) ||
        (/^(?:in|inside|at|near|outside)$/.test(tokens[o].lower) && tokens[o - 1]?.pos === 'VERB' && tokens[o - 1].lower.endsWith('ing')))) o--;
      if (o < m.first && tokens[o].pos === 'VERB' && !REPORT_VERBS_PAST.has(tokens[o].lower) && !tokens.slice(m.last, f1 - 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.text === ';')) continue;
    }
    if (tokens[m.last]?.text === ',' && m.last + 1 === first && m.kind !== 'pronoun') {
      let o = m.first - 1;
      while (o > s.first && (tokens[o].pos === 'DET' || tokens[o].pos === 'NUM' || POSSESSIVES.has(tokens[o].lower) || tokens[o].lower === 'dead')) o--;
      if (o < m.first - 1 && (tokens[o].pos === 'VERB' || (tokens[o].text === tokens[o].text.toUpperCase() && /ED$|^SHOT$/.test(tokens[o].text)))) continue;
    }
    // a relative clause boundary between mention and trigger is fine ("protesters who stormed")
    const pw = prevWord(tokens, m, s);
    // ("A communique from the presidential palace blamed ...", "a leaflet signed by the federation threatened ...": a text
    // that is the subject speaks for whoever issued it)
    if ((pw === 'from' || pw === 'by' || pw === 'of' || pw === 'to') && issuedText(tokens, s, m)) return m;
    // ("called on Egypt to free the activists", "appealed to Russia to halt", "called for the army to withdraw": the one a
    // preposition of asking names, right before the infinitive, is asked to do it)
    if (tokens[first - 1]?.lower === 'to' && m.last === first - 1 && m.kind !== 'pronoun' && (pw === 'for' || (ASKED_PREPS.has(pw) && askedAfter(tokens, s, m)))) return m;
    // ("and in neighbouring Bahrain police killed at least three people": a place after "in" and then a body's plain noun, right
    // before the verb, are a scene and the subject; the preposition holds only the place)
    const sceneSubject = /^(?:in|at|near)$/.test(pw) && m.kind !== 'pronoun' && m.last - m.first >= 2 && tokens[m.last - 2].cap && !tokens[m.last - 1].cap &&
      tokens[m.last - 1].pos === 'NOUN' && !!m.sector && (ARMED_FORCE_SECTORS.has(m.sector) || m.sector === 'PRO') && tokens.slice(m.last, first).every((t) => t.pos === 'AUX' || t.pos === 'ADV');
    // ("An extraordinary session of the Azerbaijan Supreme Soviet condemned the deployment": a body met in session acts as itself)
    if (pw === 'of' && m.kind !== 'pronoun' && sittingOf(tokens, s, m)) return m;
    if (OBJECT_PREPS.has(pw) && !sceneSubject) continue;
    // ("would open a space for dialogue with political parties, business leaders and civil society groups this week, and called on
    // protesters": a later item of a list a preposition opens is its object too, when the verb does not follow it right away)
    // (its first item one who may act too: not "as preparations were in full swing, the state and the central governments should")
    // (a finite verb joined after the list: not "seeking a direction to the union and state governments to disperse the crowd and seize
    // weapons", nor the "of" inside a subject, "the branches of the Federal Government and the United Nations today launched")
    // (an item inside the list goes on to another: not "according to witnesses, police entered the campus and detained students")
    if ((pw === 'and' || (pw === ',' && /^(?:and|,)$/.test(tokens[m.last]?.lower ?? ''))) && /^(?:and|but)$/.test(tokens[first - 1]?.lower ?? '') && pastForm(tokens[first]) &&
      !tokens.slice(m.last, first).every((t) => t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART')) {
      const op = listOpener(tokens, s, m);
      if (op >= s.first && tokens[op].lower !== 'of' && OBJECT_PREPS.has(tokens[op].lower) && cands.some((x) => x !== m && (x.first === op + 1 || (x.first === op + 2 && tokens[op + 1].pos === 'DET')))) continue;
    }
    // ("Bakari told supporters ... that the party did not recognise the result": whom something is told does not do what is told)
    // ("told reporters the true number detained was more than 200": past whom it is told, what is told has its own subject)
    if (TOLD.has(pw)) {
      const told = tokens.slice(m.last, first);
      if (told.some((t) => t.lower === 'that')) continue;
      if (told.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return null;
    }
    if (m.kind === 'country' && LOC_PREPS.has(pw)) continue;
    // "Gunmen suspected to be herdsmen attacked": what someone is said to be is no agent ("he was the rightful president-elect and
    // rejected the results": nor what the subject of a verb joined after it was)
    if (pw === 'be' || pw === 'been' || pw === 'being' || ((pw === 'was' || pw === 'were' || pw === 'is' || pw === 'are') && tokens[first - 1]?.lower === 'and')) continue;
    // "troops backed by tanks and helicopter gunships pushed into": the agent of a participle describing the subject
    if (!tokens[first].lower.endsWith('ing') && byAgentOfParticiple(tokens, s, m)) continue;
    // "guerrillas disguised as soldiers opened fire": what someone is dressed or passes as is no agent
    // (but "as youths threw bombs": a conjunction before its own subject)
    if (pw === 'as' && m.first - 2 >= s.first && AS_ROLE.has(tokens[m.first - 2].lemma) && tokens[m.first - 1].lower === 'as') continue;
    // "fighters loyal to renegade/VERB general Laurent Nkunda seized": whom they are loyal to is no agent
    let adjTo = false;
    for (let k = m.first - 1; k >= Math.max(s.first + 1, m.first - 2) && !adjTo; k--) adjTo = tokens[k].lower === 'to' && tokens[k - 1].pos === 'ADJ';
    if (adjTo) continue;
    // possessive "Kyrgyzstan's poll" is not the agent of a later verb
    // (but its body or people named right before the verb are: "The European Union's election observer mission criticised")
    if (tokens[m.last]?.text === "'s" || tokens[m.last]?.text === '’s' || ((tokens[m.last]?.text === "'" || tokens[m.last]?.text === '’') && tokens[m.last - 1].lower.endsWith('s'))) {
      let h = m.last + 1;
      while (h < first && h - m.last <= 4 && (tokens[h].pos === 'NOUN' || tokens[h].pos === 'ADJ')) h++;
      const lx = actorLexicon();
      const bodyWord = (k: number) => lx.words.has(tokens[k].lower) || lx.words.has(tokens[k].lemma) || BODY_HEADS.has(tokens[k].lemma);
      // (past its auxiliaries: "the Prosecutor's Office was investigating")
      let ha = h;
      while (ha < first && (tokens[ha].pos === 'AUX' || tokens[ha].pos === 'ADV' || tokens[ha].pos === 'PART')) ha++;
      const ownBody = ha === first && h - 1 > m.last && tokens[h - 1].pos === 'NOUN' && bodyWord(h - 1) && !ms.some((x) => x.first > m.last && x.first < first);
      if (ownBody && tokens[first].pos === 'VERB') return m;
      // ("Kocharyan's 20-day decree, announced on state television, bans rallies": what one's decree does, one does)
      let d = m.last + 1;
      while (d < first && d - m.last <= 6 && (tokens[d].pos === 'NOUN' || tokens[d].pos === 'ADJ' || tokens[d].pos === 'NUM' || tokens[d].text === '-')) d++;
      if (d > m.last + 1 && ISSUED_RULES.has(tokens[d - 1].lemma) && tokens[first].pos === 'VERB' &&
        (d === first || (tokens[d].text === ',' && tokens[first - 1].text === ',' && first - d <= 16 && !tokens.slice(d + 1, first - 1).some((t) => t.text === ',' || t.text === ';')))) return m;
      if (m.last + 1 < first) continue;
    }
    // "Syrian army and allied fighters captured...": the first of coordinated subjects leads
    // ("A, B and C attacked"; a comma alone is no coordination: "According to X, militants seized")
    // ("a campaign run by ZANU-PF and army officers, and he accused": a pronoun after ", and" opens a clause of its own)
    if (m.kind === 'pronoun' && tokens[m.first - 1]?.lower === 'and' && tokens[m.first - 2]?.text === ',') return m;
    // ("Gunmen in the rival neighbourhoods of Bab al-Tabbaneh and Jabal Mohsen exchanged fire": names coordinated after a
    // preposition are its object, no subject; the subject stands before them, or holds them: "foreign ministers of Germany, France
    // and Poland held talks")
    const ofAt = coordinatedObjectOf(tokens, s, m);
    if (ofAt >= 0) {
      const after = cands.findIndex((c) => c.first > ofAt);
      if (after >= 0 && after <= k) {
        k = after;
        continue;
      }
    }
    let lead = m;
    for (let j = k - 1; j >= 0; j--) {
      const c = cands[j];
      let gap = tokens.slice(c.last, lead.first);
      // (past what the first side carried: "Policemen with truncheons and civilians armed with clubs broke up")
      if (/^(?:with|carrying|wielding)$/.test(gap[0]?.lower ?? '')) {
        let g = 1;
        while (g < gap.length && /^(?:NOUN|ADJ|DET|NUM)$/.test(gap[g].pos)) g++;
        if (g > 1 && gap[g]?.lower === 'and') gap = gap.slice(g);
      }
      const hasAnd = gap.some((t) => t.lower === 'and');
      // (an -ed word only as a modifier: "allied fighters", not "Soldiers fired and police arrested")
      const listy = gap.length > 0 && gap.every((t, g) => t.lower === 'and' || t.text === ',' || t.pos === 'DET' || t.pos === 'ADJ' || POSSESSIVES.has(t.lower) ||
        (t.pos === 'VERB' && t.lower.endsWith('ed') && (g === gap.length - 1 || gap[g + 1].pos === 'ADJ')) ||
        // (in capitals the tagger calls "ARMED" a name: "HAITIAN POLICE AND ARMED CIVILIANS")
        (t.pos === 'PROPN' && t.lower.endsWith('ed') && g === gap.length - 1 && t.text === t.text.toUpperCase()));
      // (no "and" and no comma: no list, however the tagger read the words between: "official alleged/ADJ that/DET police and thugs")
      if (!listy || OBJECT_PREPS.has(prevWord(tokens, c, s)) || !gap.some((t) => t.lower === 'and' || t.text === ',')) break;
      // ("a bomb exploded, killing four people, and guerrillas abducted a judge": a verb's object is no subject coordinated
      // with the one after "and")
      let o = c.first - 1;
      while (o > s.first && (tokens[o].pos === 'DET' || tokens[o].pos === 'NUM' || tokens[o].pos === 'ADJ')) o--;
      if (o >= s.first && o < c.first && tokens[o].pos === 'VERB' && !/^(?:said|says|say|told|including|include|includes)$/.test(tokens[o].lower)) break;
      // (a comma is, when the list goes on past m: "1,500 workers, students and neighbours blocked", the last no actor of ours)
      if (!hasAnd && lead === m && !(gap.length === 1 && gap[0].text === ',' && (tokens[m.last]?.lower === 'and' || (tokens[m.last]?.text === ',' && tokens[m.last + 1]?.lower === 'and')))) break;
      lead = c;
    }
    return lead;
  }
  return null;
}

/** Is the mention the body a sitting is "of", opening its clause: "An extraordinary session of the Supreme Soviet", "a plenary meeting of
 * the Central Committee"? */
function sittingOf(tokens: Token[], s: Sentence, m: ActorLike): boolean {
  let k = m.first - 1;
  if (tokens[k]?.lower !== 'of') k--;
  if (tokens[k]?.lower !== 'of') return false;
  const h = k - 1;
  if (h < s.first || !/^(?:session|sitting|plenum|meeting|congress|conference|summit)$/.test(tokens[h].lower)) return false;
  let b = h - 1;
  while (b >= s.first && (tokens[b].pos === 'ADJ' || tokens[b].pos === 'DET' || tokens[b].pos === 'NOUN')) b--;
  return b < s.first || tokens[b].text === ',' || tokens[b].text === '-' || tokens[b].text === '—';
}
/** heads an event noun may modify and still be the event: "a mediation meeting", "the protest rally", "peace talks session" */
const OCCASIONS_HEADS = new Set(['meeting', 'meetings', 'session', 'sessions', 'rally', 'march', 'ceremony', 'conference', 'round']);
const SINCE_DAYS = /^\s+(?:on\s+|early\s+|late\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|overnight|this\s+(?:week|morning)|last\s+(?:week|night)|earlier\s+this\s+week|days?\s+ago)\b/i;
const SINCE_WAR_BEGAN = /\bsince\s+(?:the\s+)?(?:fighting|war|civil\s+war|conflict|insurgency|uprising|violence|unrest|clashes|hostilities|rebellion)\s+(?:first\s+)?(?:began|started|erupted|broke\s+out)\b/i;
/** When m is the last of names coordinated after a preposition that hangs on a noun ("the rival districts of Shuja and Rimal"),
 * the token of that preposition; else -1. */
function coordinatedObjectOf(tokens: Token[], s: Sentence, m: ActorLike): number {
  // (a name: not "Thousands of Iraqi and U.S. troops", a group counted)
  if (m.kind === 'pronoun' || !tokens[m.first].cap || tokens[m.head]?.pos !== 'PROPN' || (tokens[m.first - 1]?.lower !== 'and' && tokens[m.first - 1]?.lower !== 'or')) return -1;
  let k = m.first - 2;
  // ("Bab al-Tabbaneh": past the lower-case words inside names)
  const particles = actorLexicon().particles;
  while (k > s.first && m.first - k <= 12 && (tokens[k].pos === 'PROPN' || (tokens[k].cap && tokens[k].pos !== 'VERB') || tokens[k].text === ',' || tokens[k].text === '-' || tokens[k].pos === 'DET' ||
    (particles.has(tokens[k].lower) && tokens[k + 1].sent === s.index && (tokens[k + 1].cap || tokens[k + 1].text === '-')))) k--;
  return k > s.first && k < m.first - 2 && (tokens[k].lower === 'of' || tokens[k].lower === 'from') && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN') ? k : -1;
}

/** Whom something given goes to: the first actor after "to" or "for", or after "to help/assist/support", in the clause. */
function beneficiary(tokens: Token[], s: Sentence, ms: ActorLike[], last: number): ActorLike | null {
  let end = s.last;
  // (the clause of the giving: not "to be extradited to Venezuela", "where ...")
  for (let i = last; i < s.last; i++) {
    const t = tokens[i];
    if (t.text === ';' || (t.text === ',' && tokens[i + 1]?.pos === 'VERB') || /^(?:who|which|where|that|whose)$/.test(t.lower) ||
      (t.lower === 'to' && (tokens[i + 1]?.pos === 'VERB' || tokens[i + 1]?.pos === 'AUX') && !HELP_VERBS.has(tokens[i + 1].lemma))) {
      end = i;
      break;
    }
  }
  for (const m of mentionsIn(ms, last, end)) {
    if (m.kind === 'pronoun' && !m.ref) continue;
    let p = m.first - 1;
    // (past the words before the name: "to about 550 households", "to Algerian Ambassador X")
    while (p > last && (tokens[p].pos === 'DET' || tokens[p].pos === 'NUM' || tokens[p].pos === 'ADJ' || tokens[p].lower === 'about' || tokens[p].lower === 'some')) p--;
    const w = tokens[p]?.lower;
    if (w === 'to' || w === 'for') return m;
    if (HELP_VERBS.has(tokens[p]?.lemma ?? '') && tokens[p - 1]?.lower === 'to') return m;
  }
  return null;
}
/** The phrase after "to" that aid is given to ("to [various African countries]"), in the clause of the giving. */
function givenTo(tokens: Token[], s: Sentence, inTime: (k: number) => boolean, last: number, recipient: ActorLike | null, ms: ActorLike[]): Chunk | null {
  if (recipient && recipient.first >= last) {
    const p = recipient.first - 1;
    const before = tokens[p]?.lower;
    if (before === 'to' || before === 'for' || (tokens[p]?.pos === 'DET' && (tokens[p - 1]?.lower === 'to' || tokens[p - 1]?.lower === 'for'))) {
      const c = phraseAround(tokens, s, recipient.first, recipient.last, inTime);
      if (c.first <= recipient.first && c.last >= recipient.last) return c;
    }
  }
  for (let i = last; i < s.last - 1 && i - last < 12; i++) {
    const t = tokens[i];
    if (t.text === ';' || t.text === ',' || t.pos === 'VERB' || /^(?:who|which|where|that|whose)$/.test(t.lower)) break;
    if (t.lower === 'to' && tokens[i + 1].pos !== 'VERB' && tokens[i + 1].pos !== 'AUX' && tokens[i + 1].pos !== 'PART') return nounPhrase(tokens, s, i + 1, 0, inTime);
  }
  // ("returned a silver pendant engraved with the image of Peter the Great to Russian authorities", "12 human skulls that
  // date back to A.D. 640 to Peru", "cultural artifacts, including a ... fresco, to the government of Italy": past what is
  // handed over, its own phrases and clauses, the "to" of someone it goes to)
  for (let i = last; i < s.last - 1 && i - last < 40; i++) {
    const t = tokens[i];
    if (t.text === ';' || (SUBORDINATORS.has(t.lower) && i > last + 1) || t.lower === 'when' || t.lower === 'because') return null;
    if (t.lower !== 'to' || inTime(i)) continue;
    // (an infinitive opens a clause of its own: "authorization for an aide to be extradited to Venezuela")
    if (tokens[i + 1].pos === 'VERB' || tokens[i + 1].pos === 'AUX' || tokens[i + 1].pos === 'PART') return null;
    const at = tokens[i + 1].pos === 'DET' || POSSESSIVES.has(tokens[i + 1].lower) ? i + 2 : i + 1;
    if (ms.some((m) => m.first === at || m.first === i + 1)) return nounPhrase(tokens, s, i + 1, 0, inTime);
  }
  return null;
}

/** nouns an event noun before them only qualifies: "strike committee", "protest organisers", "strike ballot" */
const EVENT_NOUN_OWNERS = new Set(['committee', 'leader', 'organiser', 'organizer', 'coordinator', 'fund', 'ballot', 'group', 'movement', 'council', 'spokesman', 'spokeswoman', 'spokesperson', 'pay', 'notice',
  // (the props and places of a protest: "sent up the road towards the main protest stage", "protest songs", "a protest site")
  'stage', 'site', 'venue', 'route', 'song', 'slogan', 'banner', 'placard', 'poster', 'tent', 'zone',
  // (a kind of art or artist: "a song by protest singer Jose Afonso", "protest music")
  'singer', 'songwriter', 'music', 'poet', 'poetry', 'artist', 'art', 'vote']);
/** speech acts that, joined by "and" after what someone said, are that speaker's */
const SPEECH_AFTER_AND = new Set(['deny', 'insist', 'add', 'claim', 'accuse', 'warn', 'urge', 'blame', 'reject', 'vow', 'promise', 'threaten', 'demand', 'call']);
/** verbs of handing over and sending: what is given goes to the "to" phrase after it */
const TRANSFERS = new Set(['return', 'hand', 'give', 'deliver', 'send', 'deploy', 'dispatch', 'transfer', 'repatriate']);
const HELP_VERBS = new Set(['help', 'assist', 'support', 'aid', 'benefit', 'feed', 'rebuild']);

/** Is the "that" at i the one of a reported clause, after a reporting verb and a phrase of where or how it was said ("said on national television that")? */
const SAID_WHEN = /^(?:early|late|later|earlier|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|last|this|again|also)$/;
function saidThat(tokens: Token[], s: Sentence, i: number): boolean {
  // ("said on national television late on Wednesday that": past phrases of where and when)
  let k = i - 1;
  let prep = false;
  // ("said in a statement on his website on Saturday night that": a possessive inside those phrases too)
  // ("said in a statement read on government radio that": a participle after its noun inside them too)
  // (a noun inside those phrases, after their preposition and a verb before it: not the subject's own verb, "The mayor announced
  // on Friday that", "a councillor from the majority announced on Friday that")
  const inPhrase = (j: number) => {
    for (let b = j - 2; b > s.first && j - b <= 6; b--) {
      if (tokens[b].pos === 'VERB' || tokens[b].pos === 'AUX') return false;
      if (tokens[b].pos === 'ADP' && tokens[b].lower !== 'of') return tokens.slice(Math.max(s.first, b - 8), b).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
    }
    return false;
  };
  const participle = (j: number) => tokens[j].pos === 'VERB' && j - 1 > s.first && tokens[j - 1].pos === 'NOUN' && (pastForm(tokens[j]) || /ed$/.test(tokens[j].lower) || tokens[j].lower === 'read') && inPhrase(j);
  while (k > s.first && i - k <= 12 && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'DET' || tokens[k].pos === 'ADV' || tokens[k].pos === 'NUM' ||
    POSSESSIVES.has(tokens[k].lower) || (tokens[k].pos === 'ADP' && tokens[k].lower !== 'of') || participle(k))) {
    if (tokens[k].pos === 'ADP') prep = true;
    k--;
  }
  const v = tokens[k];
  // ("told police that four masked men had abducted her": whom one tells, then what)
  if (!prep && !!v && k < i - 1 && TOLD.has(v.lower)) return true;
  // ("said early Tuesday that": a time alone between the verb and its "that")
  if (!prep && k < i - 1 && tokens.slice(k + 1, i).every((t) => SAID_WHEN.test(t.lower))) prep = true;
  return prep && !!v && v.pos === 'VERB' && (REPORT_VERBS.has(v.lemma) || v.lower === 'said');
}

/** An -ing word standing where a noun's modifier stands: after a preposition, a determiner or a possessive ("on protesting students"). */
function preNominal(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  return !!p && p.sent === tokens[i].sent && (p.pos === 'ADP' || p.pos === 'DET' || POSSESSIVES.has(p.lower)) && p.lower !== 'of' && p.lower !== 'by' &&
    (tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'PROPN' || (tokens[i + 1]?.pos === 'ADJ' && (tokens[i + 2]?.pos === 'NOUN' || tokens[i + 2]?.pos === 'PROPN'))) && tokens[i + 1].sent === tokens[i].sent;
}

/** The patient: first mention to the right in the clause, skipping locations and "by" agents. */
function patientRight(tokens: Token[], s: Sentence, ms: ActorLike[], last: number, nominal: boolean, material = false, speech = false): ActorLike | null {
  let end = s.last;
  for (let i = last; i < s.last; i++) {
    const w = tokens[i].lower;
    // (a participle modifying the object does not end the clause: "killed three suspected militants")
    // ("opened fire on protesting students": nor an -ing one right after a preposition)
    const modifier = tokens[i].pos === 'VERB' && ((i > last && w.endsWith('ing') ? preNominal(tokens, i) : (tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'PROPN') &&
      (/(?:ed|en)$/.test(w) && (tokens[i - 1]?.pos === 'NUM' || tokens[i - 1]?.pos === 'DET' || tokens[i - 1]?.pos === 'ADJ'))) ||
      // ("fired volleys of tear/VERB gas at demonstrators": the gas, however the tagger reads it)
      gasAhead(tokens, i) ||
      // ('accused "foreign-inspired/VERB elements"': the second half of a hyphened word)
      (i > last && tokens[i - 1].text === '-' && tokens[i - 1].end === tokens[i].start && tokens[i - 1].start === tokens[i - 2]?.end));
    // (an object in quotes: killed "several dozen terrorists")
    // (nor, after an event noun, a verb of its own joined by "and": "ousted in a coup and appealed to foreign governments")
    // (nor one right after a preposition: 'blamed the unrest on "agitators manipulated from abroad"')
    if ((CLAUSE_END.has(w) && !((i === last || tokens[i - 1].pos === 'ADP') && QUOTE_CHARS.has(w))) || (tokens[i].text === ',' && (i > last + 1 || nominal)) || (i > last && tokens[i].pos === 'VERB' && !nominal && !modifier) ||
      (nominal && tokens[i].pos === 'CCONJ' && tokens[i + 1]?.pos === 'VERB' && !/(?:ing)$/.test(tokens[i + 1].lower)) ||
      // (nor past a clause a subject pronoun opens: "Within hours of the shooting he removed the colonel from command of the battalion")
      (nominal && SUBJECT_PRONOUN.has(w) && (tokens[i + 1]?.pos === 'VERB' || tokens[i + 1]?.pos === 'AUX')) ||
      // (nor a verb the event noun is the subject of: "tourists trapped by road blockades clashed with villagers" — the
      // blockades were not set up against the villagers)
      (nominal && i === last && i > s.first && tokens[i].pos === 'VERB' && !/ing$/.test(w) && !tokens.slice(i + 1, i + 4).some((t) => t.lower === 'by') &&
        // (but a verb of going on keeps the noun's own object: "protests continued over the election of X")
        !GOING_ON.has(tokens[i].lemma) && !/^(?:spread|began|started|turned)$/.test(w))) {
      end = i;
      // "Soldiers fired and police arrested two men": a new subject and its verb after "and"
      // (not a participle on the noun before it: "threw bottles and fireworks at riot police guarding the gate")
      if (tokens[i].pos === 'VERB' && !(w.endsWith('ing') && (tokens[i - 1].pos === 'NOUN' || tokens[i - 1].pos === 'PROPN'))) for (let k = last; k < i; k++) if (tokens[k].pos === 'CCONJ') { end = k; break; }
      break;
    }
  }
  // ("shot and killed an unarmed 18-year-old, Michael Brown, on Saturday": a person named in apposition after a word for
  // someone that is no actor of ours is the one it was done to)
  if (!nominal && end < s.last && tokens[end].text === ',' && end - last <= 9 && !mentionsIn(ms, last, end).length && PERSON_WORDS.has(tokens[end - 1].lower)) {
    const named = ms.find((m) => m.first === end + 1 && m.kind === 'person' && (m.last >= s.last || tokens[m.last].text === ',' || tokens[m.last].text === '.'));
    if (named) return named;
  }
  for (const m of mentionsIn(ms, last, end)) {
    const pw = prevWord(tokens, m, s);
    // (past a possessive too: "condemned the killings in a statement by his Chief Press Secretary")
    if (pw === 'by' || (POSSESSIVES.has(pw) && tokens[m.first - 2]?.lower === 'by')) continue;
    // ("blew up a metal workshop the army said was used to make explosive belts": a speaker after the object is no patient)
    if (m.first > last && tokens[m.first - 1].pos !== 'ADP' && tokens[m.last] && REPORT_VERBS_PAST.has(tokens[m.last].lower)) continue;
    // ("struck what the military described as militant hideouts": who names the object is no patient)
    if (m.first > last && tokens[m.last] && (LABEL_VERBS.has(tokens[m.last].lower) || REPORT_VERBS_PAST.has(tokens[m.last].lower)) &&
      tokens.slice(last, m.first).some((t) => t.lower === 'what')) continue;
    // "stormed a protest camp outside the army headquarters": after a thing named as the object,
    // an actor in a phrase saying where it is is no patient
    // (but what is fired or thrown "at" someone is fired at them: "fired volleys of tear gas at demonstrators", "hurled stones at police")
    // (for any act: "called for protests outside Turkmen embassies")
    if (NEAR_LOCATIVES.has(pw) && tokens.slice(last, m.first).some((t) => t.pos === 'NOUN') &&
      !(pw === 'at' && tokens.slice(last, m.first).some((t) => MISSILES.has(t.lemma) || MISSILES.has(t.lower)))) continue;
    // ("attacked Nghar village in Barkin Ladi Local Government Area of Plateau State": a territory the place is in)
    if (material && pw === 'of' && m.first - 2 >= s.first && PLACE_HEADS.has(tokens[m.first - 2].lower)) continue;
    // ("opened fire near the headquarters of the security services": what a place near which it happened belongs to is where, not whom)
    if (pw === 'of') {
      let k = m.first - 1;
      while (k > last && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'NOUN' || tokens[k].lower === 'of')) k--;
      // (and "in front of": "a rally in front of the Alexander Nevsky Cathedral")
      if (/^(?:near|nearby|beside|behind)$/.test(tokens[k]?.lower ?? '') || (tokens[k]?.lower === 'in' && tokens[k + 1]?.lower === 'front')) continue;
    }
    // ("broke up a huge demonstration in support of ousted Premier George Papandreou": whom the thing done to stands for is no patient)
    if ((pw === 'of' || pw === 'with') && m.first - 4 > last && IN_SUPPORT_OF.test(tokens.slice(m.first - 6, m.first).map((t) => t.lower).join(' '))) continue;
    // ("on strike under the banner of the Civil Disobedience Movement", "under the auspices of the union": who leads it is no
    // patient)
    if (pw === 'of') {
      let k = m.first - 1;
      while (k > last && tokens[k].lower !== 'of') k--;
      if (LEADERSHIP_OF.has(tokens[k - 1]?.lower ?? '')) continue;
    }
    // ("regrouped near the French embassy": what a thing is near is where, never to whom)
    if (pw === 'near' || pw === 'nearby') continue;
    // ("opened fire during a night of protest against President Augusto Pinochet": whom a protest named after the act is against is
    // that protest's target, not the act's)
    if (!nominal && (pw === 'against' || pw === 'over')) {
      let k = m.first - 1;
      while (k > last && tokens[k].lower !== pw) k--;
      k--;
      while (k > last && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || POSSESSIVES.has(tokens[k].lower))) k--;
      if (k >= last && PROTEST_HEADS.has(tokens[k].lemma)) continue;
    }
    // ("blamed the unrest in a radio address on ...", "said in a television interview": the medium a speaker spoke on is no patient)
    if (m.last < s.last && SPOKEN_ON.has(tokens[m.last].lemma) && /^(?:radio|television|tv|video)$/.test(tokens[m.last - 1].lower)) continue;
    // ("came shooting from both sides", "opened fire from the rooftops": where shots come from is no target)
    if (pw === 'from' && material && FIRING.has(tokens[last - 1].lemma)) continue;
    // ("opened fire from their headquarters in the Rua Antonio Maria Cardoso on a crowd": where the shots came from, before whom they
    // were fired "on" or "at")
    if (material && FIRING.has(tokens[last - 1].lemma) && (pw === 'in' || pw === 'inside') &&
      mentionsIn(ms, m.last, end).some((o) => o.first > m.last && (prevWord(tokens, o, s) === 'on' || prevWord(tokens, o, s) === 'at'))) continue;
    if (LOC_PREPS.has(pw) && (m.kind === 'country' || nominal)) continue;
    // ("blocked the approaches to the Friendship Bridge across the Danube to Romania", "closed the road to Lebanon": where a way
    // leads is no one it was done to)
    if (m.kind === 'country' && (pw === 'to' || pw === 'towards') && tokens.slice(last, m.first).some((t) => WAY_NOUNS.has(t.lemma))) continue;
    // ("urged a peaceful transition to a new government", "called for a transfer of power to an elected government": what a change
    // leads to is no one it was done to)
    if (pw === 'to' && tokens.slice(last, m.first).some((t) => CHANGE_NOUNS.has(t.lemma) && t.pos === 'NOUN')) continue;
    // ("stormed the village near the border with Niger": a country a border runs with is where, not whom)
    if (m.kind === 'country' && (pw === 'with' || pw === 'of') && /^(?:border|borders|frontier|boundary)$/.test(tokens[m.first - 2]?.lower ?? '')) continue;
    if (nominal && !PATIENT_PREPS.has(pw)) continue;
    // ("the attack in Kandahar in a statement sent to media", "in messages to the media": whom a statement went to is its addressee,
    // not what a deed was done to)
    if (nominal && !speech && tokens.slice(last, m.first).some((t) => ADDRESSED_DOCUMENTS.has(t.lower))) continue;
    // ("tear gas ... to break up thousands of supporters of defeated candidate Mir Hossein Mousavi": the "of" of another
    // mention in the object is not the noun's)
    if (nominal && pw === 'of' && mentionsIn(ms, last, m.first).some((o) => o.last <= m.first && o.kind !== 'pronoun' && tokens[o.last]?.lower === 'of')) continue;
    return m;
  }
  return null;
}

/** nouns of a protest, whose "against" names what it is against ("a night of protest against Pinochet") */
const PROTEST_HEADS = new Set(['protest', 'demonstration', 'rally', 'march', 'strike', 'campaign', 'uprising', 'riot', 'sit-in', 'boycott', 'vigil', 'movement', 'revolt', 'rebellion', 'agitation', 'unrest']);
/** ways that lead somewhere: what they lead to is where, not whom */
const WAY_NOUNS = new Set(['road', 'highway', 'route', 'railway', 'railroad', 'motorway', 'bridge', 'crossing', 'border', 'frontier', 'pass', 'tunnel', 'corridor', 'approach', 'pipeline']);
/** changes from one state to another, whose "to" names where they lead ("a transition to civilian rule") */
const CHANGE_NOUNS = new Set(['transition', 'transfer', 'handover', 'hand-over', 'return', 'shift', 'switch', 'passage', 'transformation', 'conversion', 'path', 'road']);
/** what a movement acts under: "under the banner of", "under the auspices of" */
const LEADERSHIP_OF = new Set(['banner', 'auspices', 'aegis', 'umbrella', 'leadership', 'flag']);
/** what a speaker gives on the radio or television ("a radio address", "a television interview") */
const SPOKEN_ON = new Set(['address', 'broadcast', 'interview', 'speech', 'statement', 'appearance', 'message', 'appeal', 'programme', 'program', 'bulletin', 'talk']);

/** verbs of perceiving an act, whose subject witnessed it: "heard shooting", "saw looting" (not "observe", which a strike is: "Doctors observed a token strike") */
const PERCEIVING = new Set(['hear', 'see', 'witness', 'watch', 'notice', 'film', 'photograph']);
/** verbs of harm or custody done to people, whose "at", "near" or "outside" after the bare participle says where ("the farmers killed at Marina Kue";
 * not "exploded at", "shot at") */
const DONE_AT_PLACE = new Set(['kill', 'murder', 'massacre', 'slaughter', 'lynch', 'execute', 'arrest', 'detain', 'wound', 'injure', 'abduct', 'kidnap', 'beat', 'stab', 'hack', 'capture', 'jail', 'behead', 'shoot']);
/** verbs of what courts and captors do to someone, told as a bare participle after a comma ("..., charged but released under judicial
 * supervision") */
const DONE_TO_ACCUSED = new Set(['charge', 'accuse', 'indict', 'convict', 'sentence', 'acquit', 'clear', 'release', 'free', 'pardon', 'expel', 'deport', 'exile', 'bail']);
/** words of shooting whose "from" says where the shots came from */
const FIRING = new Set(['fire', 'shoot', 'shooting', 'firing', 'shell', 'shelling', 'bomb', 'attack', 'strike']);
/** a speaker's verb right after a name inside an object's clause (not "suspected", "believed": "arrested at least two men suspected of theft") */
const REPORT_VERBS_PAST = new Set(['said', 'says', 'say', 'claimed', 'claims']);

function byAgent(tokens: Token[], s: Sentence, ms: ActorLike[], last: number, reach = 12): ActorLike | null {
  let end = Math.min(s.last, last + reach);
  // (not past the clause: "were killed as a general strike called by the opposition parties shut down Dhaka" — the
  // parties called the strike, they killed no one)
  for (let k = last; k < end; k++) {
    // (a clause, with a verb of its own before any "by": not "were dismissed as 'pure fabrication' by a Syrian official")
    // (nor a relative clause of its own: "three persons were wounded, two of whom were treated by relatives")
    const opens = (/^(?:as|when|while|after|before|because|since|although)$/.test(tokens[k].lower) && tokens[k].pos !== 'ADV') ||
      (/^(?:whom|who|which)$/.test(tokens[k].lower) && tokens[k - 1]?.text === ',') || (/^(?:whom|which)$/.test(tokens[k].lower) && tokens[k - 1]?.lower === 'of');
    let verb = false;
    for (let j = k + 1; opens && j < end && tokens[j].lower !== 'by' && !verb; j++) verb = tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX';
    if (tokens[k].text === ';' || (opens && verb)) {
      end = k;
      break;
    }
  }
  // ("food donated by supermarket chains were surrounded by residents": the act's own "by" names its doer, whether or not a name
  // is known there; another verb's "by" further on is that verb's)
  if (tokens[last]?.lower === 'by') {
    // (to the next finite verb: an auxiliary, or a verb right after the agent's noun; not a participle inside it, "by suspected
    // Zanu PF members")
    for (let k = last + 1; k < end; k++) {
      // (nor a participle on a thing, whose own "by" names who used it: "struck by a brick thrown by protesters")
      if (tokens[k].pos === 'AUX' || (tokens[k].pos === 'VERB' && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN') && tokens[k + 1]?.lower !== 'by')) {
        end = k;
        break;
      }
    }
  }
  for (const m of ms) {
    if (m.first < last || m.first >= end || m.last > s.last) continue;
    if (prevWord(tokens, m, s) === 'by' || tokens[m.first - 2]?.lower === 'by') return m;
    // "by a number of young men", "by a group of armed men"
    let i = m.first - 1;
    // (and past a hyphened word before it: "by an off-duty police officer", "by plain-clothes police")
    for (;;) {
      if (i > last && (tokens[i].pos === 'DET' || tokens[i].pos === 'ADJ' || tokens[i].pos === 'NUM' || tokens[i].lower === 'of' || GROUP_NOUNS.has(tokens[i].lower))) i--;
      else if (i - 3 >= last && tokens[i - 1].text === '-' && tokens[i - 1].start === tokens[i - 2].end && tokens[i].start === tokens[i - 1].end) i -= 3;
      else break;
    }
    if (i >= last && tokens[i].lower === 'by' && i < m.first - 1) return m;
  }
  return null;
}

/**
 * "were killed in a gunfight with security forces", "died in clashes with troops": the side named after "with" of a fight the
 * passive's people were killed in (a fight's noun after "in", "during" or "amid", right after the verb).
 */
function fightWith(tokens: Token[], s: Sentence, ms: ActorLike[], last: number): ActorLike | null {
  let k = last;
  while (k < s.last && k - last <= 2 && tokens[k].pos === 'ADV') k++;
  // (past the gapped count of a second participle: "were killed and 78 wounded in a battle with")
  if (tokens[k]?.lower === 'and' && (tokens[k + 1]?.pos === 'NUM' || tokens[k + 1]?.lower === 'dozens' || tokens[k + 1]?.lower === 'scores') && (tokens[k + 2]?.pos === 'VERB' || tokens[k + 2]?.pos === 'NOUN' || tokens[k + 2]?.pos === 'ADJ') && /(?:ed|en)$/.test(tokens[k + 2].lower)) k += 3;
  if (k >= s.last || !/^(?:in|during|amid)$/.test(tokens[k].lower)) return null;
  k++;
  while (k < s.last && k - last <= 8 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'NUM' || tokens[k].text === '-' || (tokens[k].pos === 'NOUN' && !FIGHT_NOUNS.has(tokens[k].lower)))) k++;
  if (k >= s.last || !FIGHT_NOUNS.has(tokens[k].lower)) return null;
  // ("an exchange of fire with")
  k++;
  if (tokens[k - 1].lower === 'exchange' && tokens[k]?.lower === 'of' && /^(?:fire|gunfire)$/.test(tokens[k + 1]?.lower ?? '')) k += 2;
  if (k >= s.last || tokens[k].lower !== 'with') return null;
  return ms.find((m) => m.first > k && m.first <= k + 2 && m.kind !== 'pronoun') ?? null;
}

/** "were shot dead when troops and police moved on a sit-in": armed forces that acted in the "when" clause right after a killing
 * in the passive with no agent did it */
function forcesWhen(tokens: Token[], s: Sentence, ms: ActorLike[], last: number, victim: ActorLike | null): ActorLike | null {
  let k = last;
  while (k < s.last && k - last <= 6 && tokens[k].lower !== 'when' && tokens[k].pos !== 'VERB' && tokens[k].pos !== 'AUX' && tokens[k].text !== ',' && tokens[k].text !== ';') k++;
  if (k >= s.last || tokens[k].lower !== 'when') return null;
  const m = ms.find((x) => x.first > k && x.first <= k + 2 && x.kind !== 'pronoun');
  // (not forces of the side the dead were on: "20 Al-Shabaab members were killed when the insurgents set upon a base")
  // (nor, past a second participle with no subject named, any named before the act: "... members were killed and several others
  // injured when the insurgents ...")
  if (!m || !FORCE_SECTORS.has(m.sector ?? '') || (victim && resolveRef(victim)?.sector === m.sector) ||
    ms.some((x) => x.first >= s.first && x.last <= last && resolveRef(x)?.sector === m.sector)) return null;
  // (the forces as the subject of a verb of their own, past others coordinated with them: not "when police were attacked")
  let v = m.last;
  while (v < s.last && v - m.last <= 6 && tokens[v].pos !== 'VERB' && tokens[v].pos !== 'AUX' && tokens[v].text !== ',') v++;
  // (a verb that is an act of its own, or its object, is coded as that act, which the killing joins: "when ISIL launched an attack on
  // the embassy")
  if (!(v < s.last && tokens[v].pos === 'VERB' && !tokens.slice(m.last, v).some((t) => t.text === ','))) return null;
  for (let k = v; k < s.last && k - v <= 5 && tokens[k].text !== ','; k++) if (matchAt(tokens, k, s.last, false)?.trigger.event === 'ASSAULT') return null;
  return m;
}
/** armed forces that act as a body (not unidentified gunmen, whose sector "an explosion" may take, nor a militant group named only) */
const FORCE_SECTORS: ReadonlySet<string> = new Set([...ARMED_FORCE_SECTORS].filter((x) => x !== 'UAF' && x !== 'IMG'));
/** words for a share of a group before "of" ("several of them") */
const SHARE_WORDS = new Set(['some', 'several', 'many', 'most', 'all', 'both', 'few', 'none', 'each', 'one', 'two', 'three', 'half', 'majority', 'dozens', 'hundreds', 'thousands', 'scores', 'others', 'either', 'neither', 'any']);
/** The police who say, right before an arrest told in the passive with no agent, that it was made ("Police said 40 people had been
 * detained"), or null. */
function arrestingTeller(tokens: Token[], s: Sentence, ms: ActorLike[], first: number, recipient: ActorLike | null): ActorLike | null {
  // (a clause in the passive: not a figure told, "told reporters the true number detained was more than 200")
  let a = first - 1;
  while (a > s.first && tokens[a].pos === 'ADV') a--;
  if (!/^(?:been|were|was|are|is)$/.test(tokens[a]?.lower ?? '')) return null;
  for (let j = first - 1; j > s.first && first - j <= 14; j--) {
    if (tokens[j].text === ';' || tokens[j].text === ',' || QUOTE_CHARS.has(tokens[j].text)) return null;
    if (tokens[j].pos !== 'VERB' || !/^(?:said|say|says|told|reported|announced|confirmed)$/.test(tokens[j].lower)) continue;
    const speaker = ms.find((m) => m.last === j && m.kind !== 'pronoun');
    return speaker && speaker !== recipient && resolveRef(speaker)?.sector === 'COP' ? speaker : null;
  }
  return null;
}

/** The verb that sent or issued a document ("sent a cable to X", "issued a statement") a participle at `first` follows in its
 * clause, or -1. */
function documentSender(tokens: Token[], s: Sentence, first: number): number {
  for (let k = first - 1; k > s.first && first - k <= 14; k--) {
    const t = tokens[k];
    // ("cabled the UN Security Council today asking it to ...": a verb that is itself the message sent, its object whom it went to)
    if (t.pos === 'VERB' && /^(?:cable|telegraph|telex|wire|radio|fax|email|e-mail|telephone|phone|write)$/.test(t.lemma) && k < first - 1) return k;
    if (t.text === ',' || t.text === ';' || t.pos === 'VERB' || t.pos === 'AUX' || QUOTE_CHARS.has(t.text)) return -1;
    if (!ADDRESSED_DOCUMENTS.has(t.lower)) continue;
    let v = k - 1;
    while (v > s.first && k - v <= 3 && (tokens[v].pos === 'DET' || tokens[v].pos === 'ADJ' || POSSESSIVES.has(tokens[v].lower))) v--;
    return tokens[v].pos === 'VERB' && /^(?:send|issue|write|deliver|dispatch|address|publish|release|submit|present|hand|wire|telegraph|broadcast|read|air|circulate|distribute|post)$/.test(tokens[v].lemma) ? v : -1;
  }
  return -1;
}

/** the verbs of support (the lexicon's) whose participle tells who stands behind a subject ("backed by", "supported by") */
const BACKED_BY = new Set(['back', 'support']);
/** heads of a medium: "newspapers", "radio station", "weekly" */
const MEDIA_HEADS = /^(?:newspapers?|papers?|weekl(?:y|ies)|dail(?:y|ies)|magazines?|journals?|stations?|radios?|channels?|broadcasters?|televisions?|publications?)$/;
const WARNED_MODALS = /^(?:would|will|could|may|might|shall)$/;
/** The subject of a "that" clause at `that` told in the passive after a modal ("that strikers would be dismissed"), or null. */
function warnedPassive(tokens: Token[], s: Sentence, ms: ActorLike[], that: number): ActorLike | null {
  const m = ms.find((x) => x.first > that && x.first <= that + 3 && x.kind !== 'pronoun');
  if (!m) return null;
  let k = m.last;
  // (past a relative clause on it: "who did not return to their posts by Monday")
  if (/^(?:who|that)$/.test(tokens[k]?.lower ?? '')) while (k < s.last && k - m.last <= 14 && !WARNED_MODALS.test(tokens[k].lower) && tokens[k].text !== ';') k++;
  if (!WARNED_MODALS.test(tokens[k]?.lower ?? '')) return null;
  return tokens[k + 1]?.lower === 'be' && tokens[k + 2]?.pos === 'VERB' && /(?:ed|en)$/.test(tokens[k + 2].lower) ? m : null;
}

/** measures whose "of" is whom they are aimed at ("an economic blockade of Lithuania", "the suspension of Zimbabwe") */
const AIMED_MEASURES = /^(?:blockades?|embargo(?:es)?|suspensions?|isolation|expulsions?)$/;
/** "was beaten to death in police custody", "tortured in the custody of the army": whose custody it was done in, right after the act */
function custodian(tokens: Token[], s: Sentence, ms: ActorLike[], last: number): ActorLike | null {
  let k = last;
  while (k < s.last && k - last <= 3 && (tokens[k].pos === 'ADV' || tokens[k].lower === 'to' || tokens[k].lower === 'death')) k++;
  if (k >= s.last || !/^(?:in|while)$/.test(tokens[k].lower)) return null;
  if (tokens[k].lower === 'while' && tokens[k + 1]?.lower === 'in') k++;
  // ("in police custody")
  const before = ms.find((m) => m.first > k && m.first <= k + 2 && m.kind !== 'pronoun' && tokens[m.last]?.lower === 'custody');
  if (before) return before;
  // ("in the custody of the police")
  let j = k + 1;
  if (tokens[j]?.lower === 'the') j++;
  if (tokens[j]?.lower !== 'custody' || tokens[j + 1]?.lower !== 'of') return null;
  return ms.find((m) => m.first > j + 1 && m.first <= j + 3 && m.kind !== 'pronoun') ?? null;
}

const GROUP_NOUNS = new Set(['number', 'group', 'gang', 'band', 'crowd', 'mob', 'team', 'couple', 'pair', 'handful', 'dozen', 'dozens', 'hundreds', 'thousands', 'unit', 'squad']);

/** The clause's subject before token `end`: its first mention that is not the object of a preposition. */
function clauseSubject(tokens: Token[], s: Sentence, ms: ActorLike[], end: number, alsoSkip?: Set<string>, from = s.first): ActorLike | null {
  const m = mentionsIn(ms, from, end).find((x) => {
    const pw = prevWord(tokens, x, s);
    return (!OBJECT_PREPS.has(pw) || (pw === 'of' && x.kind !== 'pronoun' && sittingOf(tokens, s, x))) && !alsoSkip?.has(pw);
  }) ?? null;
  if (!m) return null;
  // ("The rebels, in a statement, said the raids had hit a market, killing nine civilians": who says so is not the subject of
  // what is said, when that has a subject of its own; the killing is the raids')
  for (let k = m.last; k < end; k++) {
    if (!REPORT_VERBS_PAST.has(tokens[k].lower)) continue;
    let j = k + 1;
    if (tokens[j]?.lower === 'that') j++;
    while (j < end && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ')) j++;
    if (j < end && (tokens[j].pos === 'NOUN' || tokens[j].pos === 'PROPN' || tokens[j].pos === 'PRON')) return clauseSubject(tokens, s, ms, end, alsoSkip, j);
    break;
  }
  return m;
}

/** Is the mention inside "by ..." after a participle ("backed by tanks and [helicopter gunships]")? */
function byAgentOfParticiple(tokens: Token[], s: Sentence, m: ActorLike): boolean {
  for (let k = m.first - 1; k > s.first && m.first - k <= 8; k--) {
    const t = tokens[k];
    if (t.lower === 'by') return tokens[k - 1].pos === 'VERB' && /(?:ed|en)$/.test(tokens[k - 1].lower) && !PASSIVE_AUX.has(tokens[k - 2]?.lower ?? '');
    if (!(t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'NUM' || t.lower === 'and' || t.text === ',')) return false;
  }
  return false;
}

/**
 * "was surrounded by lawyers who pulled his hair and shoved him": a verb joined by "and" inside a relative
 * clause with no comma before "who" is done by the noun the clause describes.
 */
function relativeAntecedent(tokens: Token[], s: Sentence, ms: ActorLike[], first: number): ActorLike | null {
  let and = false;
  for (let k = first - 1; k > s.first + 1 && first - k <= 12; k--) {
    const t = tokens[k];
    // (nor across a quote closed before the verb: 'organised by "enemies of the people who want disorder" and denied')
    if (t.text === ',' || t.text === ';' || t.pos === 'SCONJ' || QUOTE_CHARS.has(t.text)) return null;
    if (t.lower === 'and') and = true;
    // ("according to the rector, who called the shooting an outrage and demanded a public inquiry": set off by a comma too)
    else if (t.lower === 'who') return and && tokens[k + 1]?.pos === 'VERB' ? ms.find((m) => (m.last === k || (m.last === k - 1 && tokens[k - 1].text === ',')) && m.kind !== 'pronoun') ?? null : null;
  }
  return null;
}

/** Does the clause a reporting verb opens, from `from` to the comma at `c`, start with a subject of its own (a noun or a number, then its
 * verb: "said one plane machinegunned ...") that is no pronoun? */
function unnamedSubjectAfter(tokens: Token[], s: Sentence, from: number, c: number): boolean {
  let k = from;
  if (tokens[k]?.lower === 'that') k++;
  const k0 = k;
  while (k < c && (tokens[k].pos === 'DET' || tokens[k].pos === 'NUM' || tokens[k].pos === 'ADJ')) k++;
  const verbAt = (v: number) => v < c && (tokens[v].pos === 'VERB' || tokens[v].pos === 'AUX');
  // ("and another bombed": a determiner or a number standing alone as the subject)
  if (k > k0 && verbAt(k)) return true;
  if (k >= c || tokens[k].pos !== 'NOUN') return false;
  while (k < c && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ')) k++;
  return verbAt(k);
}

/** The last reporting verb before `end` ("Witnesses [said] carabineros opened fire"), or -1. */
function lastReportVerb(tokens: Token[], s: Sentence, end: number): number {
  for (let k = end - 1; k > s.first; k--) {
    const t = tokens[k];
    if ((t.pos === 'VERB' || t.lower === 'said') && (REPORT_VERBS.has(t.lemma) || t.lower === 'said')) {
      // ("fired at a group she said was armed with rods, wounding one man": a speaker's aside inside a noun phrase, with no subject
      // of its own after it, tells no clause the participle is of)
      if (tokens[k - 1]?.pos === 'PRON' && (tokens[k + 1]?.pos === 'AUX' || tokens[k + 1]?.pos === 'VERB')) continue;
      return tokens[k + 1]?.lower === 'that' ? k + 1 : k;
    }
    // ("confirmed that officers fired on a group ..., wounding one man": a verb of telling with its "that")
    if (t.pos === 'VERB' && tokens[k + 1]?.lower === 'that' && TELLING_VERBS.has(t.lemma)) return k + 1;
  }
  return -1;
}

/** "denied [its soldiers had killed civilians]": a clause with no "that" — a subject, then its verb */
function deniedClause(tokens: Token[], s: Sentence, last: number): boolean {
  let k = last;
  while (k < s.last && k - last < 6 && (tokens[k].pos === 'DET' || tokens[k].pos === 'PRON' || tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'NUM')) k++;
  const v = tokens[k];
  return k > last && k < s.last && !!v && (v.pos === 'AUX' || (v.pos === 'VERB' && !v.lower.endsWith('ing')));
}
/** A headline in title case: most words longer than three letters are capitalised. */
function titleCase(tokens: Token[], s: Sentence): boolean {
  let words = 0;
  let caps = 0;
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i];
    if (t.text.length < 4 || !/^\p{L}/u.test(t.text)) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 3 && caps / words > 0.6;
}

/** "under a defence agreement", "under the 2015 accord": the agreement noun's phrase opens with "under" */
function underAgreement(tokens: Token[], s: Sentence, first: number): boolean {
  let k = first - 1;
  // (past a hyphenated modifier too: "under colonial-era treaties")
  while (k > s.first && first - k <= 5 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'NUM' || tokens[k].text === '-' || POSSESSIVES.has(tokens[k].lower))) k--;
  return tokens[k]?.lower === 'under' && k >= s.first;
}

/** Is token `first` inside the bracketed note after a provision of law: "section 307 (attempt to murder)"? */
function inLegalNote(tokens: Token[], s: Sentence, first: number): boolean {
  let j = first - 1;
  while (j > s.first && first - j <= 6 && tokens[j].text !== '(' && tokens[j].text !== ')') j--;
  return j > s.first && tokens[j].text === '(' && /^\d+[a-z]?$/i.test(tokens[j - 1].text) && legalReference(tokens, j - 1, s);
}

const RELATIVE_WORDS = new Set(['who', 'that', 'which']);
/**
 * A verb in the plain present inside a relative clause on a plural noun, alone or in a list of such verbs:
 * "gangs who raid villages, rustle cattle and kidnap for ransom" tells what they do, not what they did.
 */
function habitualRelative(tokens: Token[], s: Sentence, first: number): boolean {
  // (or its third person after "anyone who": "defames, insults or threatens")
  const plain = (t: Token) => t.pos === 'VERB' && (t.lower === t.lemma || t.lower === t.lemma + 's' || t.lower === t.lemma + 'es') && !t.lower.endsWith('ing');
  // (the tagger may take the verb for a noun: "who raid/NOUN villages")
  const nounVerb = (k: number) => tokens[k].pos === 'NOUN' && tokens[k].lower === tokens[k].lemma && !tokens[k].cap && RELATIVE_WORDS.has(tokens[k - 1]?.lower ?? '');
  if (!plain(tokens[first]) && !nounVerb(first)) return false;
  for (let k = first - 1; k > s.first && first - k <= 14; k--) {
    const t = tokens[k];
    if (RELATIVE_WORDS.has(t.lower) && (plain(tokens[k + 1]) || nounVerb(k + 1) || (ANYONE.has(tokens[k - 1]?.lower ?? '') && tokens[k + 1].pos === 'VERB'))) {
      const head = tokens[k - 1];
      // ("Anyone who defames, insults or threatens the king faces": no one in particular)
      // ("open to those who lay down their arms": whoever will)
      if (head && (ANYONE.has(head.lower) || (head.lower === 'those' && plain(tokens[k + 1])))) return true;
      // ("a state of siege, which allows the authorities to hold suspects": what a thing does, told aside)
      if (t.lower === 'which' && head?.text === ',' && k + 1 === first && tokens[first].pos === 'VERB' && tokens[first].lower !== tokens[first].lemma && /s$/.test(tokens[first].lower)) return true;
      return !!head && (head.pos === 'NOUN' || head.pos === 'PROPN') && /s$/.test(head.lower) && head.lower !== head.lemma;
    }
    if (!(t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'ADP' || t.pos === 'NUM' || t.text === ',' || t.lower === 'and' || t.lower === 'or' || plain(t))) return false;
  }
  return false;
}

/** "died of a gunshot wound", "succumbed to his injuries", "died from stab wounds": the event noun is how someone died (the index of "of"/"from"/"to", or -1) */
function diedOf(tokens: Token[], s: Sentence, first: number): number {
  for (let k = first - 1; k > s.first && first - k <= 4; k--) {
    const t = tokens[k];
    if ((t.lower === 'of' || t.lower === 'from' || t.lower === 'to') && (tokens[k - 1].lemma === 'die' || tokens[k - 1].lemma === 'succumb' || tokens[k - 1].lower === 'died' || tokens[k - 1].lower === 'succumbed')) return k;
    // ("died early on Thursday at the city's hospital from a gunshot wound": past where and when, in the same clause)
    if (t.lower === 'of' || t.lower === 'from') {
      for (let j = k - 1; j > s.first && k - j <= 12; j--) {
        const w = tokens[j];
        if (w.lower === 'died' || w.lower === 'succumbed' || w.lemma === 'die') return k;
        if (w.text === ',' || w.text === ';' || (w.pos === 'VERB' && w.lemma !== 'die')) break;
      }
    }
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || POSSESSIVES.has(t.lower))) return -1;
  }
  return -1;
}

/** "had its windscreen smashed", "have their homes torched": the owner underwent it */
const HAD_ITS = /\b(?:had|has|have|having|got|get|gets)\s+(?:its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}$/i;

/** words that make a noun phrase no one in particular: "any armed group", "every party" */
const ANY_WORDS = new Set(['any', 'every', 'whichever', 'whoever']);
/** "anyone defying it", "anybody who protests": no one in particular does it */
const ANYONE = new Set(['anyone', 'anybody', 'whoever', 'everyone', 'everybody']);

/** verbs of seeing and telling what was found: what they take is a sight, not an act ("described smashed windows") */
const SEEN = new Set(['describe', 'show', 'see', 'find', 'film', 'photograph', 'witness', 'recall', 'depict', 'reveal', 'spot']);

/** what an election result gives a party: no aid */
const VOTE_RESULTS = new Set(['majority', 'plurality', 'landslide', 'lead', 'victory', 'win', 'mandate', 'edge', 'seat', 'seats']);

const WHEN_WORDS = /^(?:yesterday|today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|last|this|next|early|late)$/;

/** what one tells of oneself: "declined to give her surname" */
const OWN_IDENTITY = new Set(['name', 'surname', 'names', 'identity', 'age', 'family', 'full', 'last', 'first', 'real']);

/** what a ruler issues, whose acts are the ruler's ("the president's decree bans rallies") */
const ISSUED_RULES = new Set(['decree', 'order', 'ordinance', 'edict', 'directive', 'proclamation', 'law']);

/** bodies a possessor sends or keeps, which act for it ("the European Union's election observer mission criticised") */
const BODY_HEADS = new Set(['mission', 'delegation', 'embassy', 'team', 'office', 'spokesman', 'spokeswoman', 'envoy']);

/** what one does to a bomb to set it off: "a bomb they had planted exploded" is theirs */
const PLANTED = new Set(['plant', 'place', 'hide', 'lay', 'leave', 'detonate', 'set', 'trigger']);

/** verbs that deny or dispute a reported clause */
const DENIALS = new Set(['deny', 'dispute', 'reject', 'dismiss', 'claim', 'allege', 'acknowledge', 'admit', 'confirm']);

/** conjunctions opening a subordinate clause of time or reason: the subordinators and "since" */
const CLAUSE_CONJUNCTIONS = new Set([...SUBJECT_SUBORDINATORS, 'since']);

/** modal verbs that put a reported clause out of the past: "said the bank would not hesitate" */
const MODALS = /^(?:would|will|could|can|might|may|should|must)$/;

/**
 * "The junta dissolved parliament and suspended the constitution": a verb coordinated with an
 * earlier one shares its subject; the mention just before "and" is that verb's object.
 */
function sharedSubject(tokens: Token[], s: Sentence, ms: ActorLike[], verb: number, actor: ActorLike | null, speech = false): ActorLike | null {
  // ("... and later opened fire": an adverb may stand between)
  let a = verb - 1;
  // (and a perfect's auxiliary: "troops had killed seventeen rebels in clashes ... and had captured nine others")
  // (or a progressive's: "confirmed 24 deaths, including one police officer, and was investigating reports")
  while (a > s.first && verb - a <= 3 && (tokens[a].pos === 'ADV' || ((/^(?:had|has|have)$/.test(tokens[a].lower) || (/^(?:was|were)$/.test(tokens[a].lower) && tokens[verb].lower.endsWith('ing'))) && (tokens[a - 1]?.lower === 'and' || tokens[a - 1]?.pos === 'ADV')))) a--;
  // ("crowds stoned police, blocked roads and at one point occupied an airstrip", "and on Monday seized the town": past a short
  // phrase of when, right after "and")
  if (a > s.first && tokens[verb].pos === 'VERB' && tokens[a].lower !== 'and' && tokens[a].lower !== 'but') {
    let p = a;
    while (p > s.first && a - p <= 3 && /^(?:DET|NUM|NOUN|PROPN|ADJ)$/.test(tokens[p].pos)) p--;
    if (p > s.first && /^(?:at|on|in|by|within|after|before|during|over)$/.test(tokens[p].lower) && /^(?:and|but)$/.test(tokens[p - 1].lower)) a = p - 1;
  }
  // ("had removed President Bazoum from power, closed the borders and suspended ...": a list of verbs)
  // (an irregular past too: "overran a gendarmerie post, set fire to the market ..., and fought soldiers")
  const listed = a > s.first && tokens[a].text === ',' && tokens[verb].pos === 'VERB' && (/ed$/.test(tokens[verb].lower) || pastForm(tokens[verb])) && tokens.slice(verb + 1, s.last).some((t, k, r) => t.lower === 'and' && r[k + 1]?.pos === 'VERB');
  // ("Amnesty said its researchers had seen soldiers beating prisoners and urged the government to investigate": a speech act joined
  // after a clause told in the perfect goes with the one who told it)
  // (not one with a perfect of its own, as the told clause has: "Police said the kidnappers had taken him ... and had demanded a ransom")
  const ownPerfect = /^(?:had|has|have)$/.test(tokens[verb - 1]?.lower ?? '');
  if (speech && !ownPerfect && a > s.first && tokens[a].lower === 'and' && /ed$/.test(tokens[verb].lower)) {
    for (let r = a - 1; r > s.first && a - r <= 25 && tokens[r].text !== ';'; r--) {
      // (past one inside the told clause: "had witnessed")
      if (tokens[r].pos !== 'VERB' || !(tokens[r].lower === 'said' || REPORT_VERBS.has(tokens[r].lemma)) || /^(?:had|has|have)$/.test(tokens[r - 1].lower)) continue;
      // (or, with no subject read right before it, the last one named before it: "The office of Amnesty International said")
      if (tokens.slice(r + 1, a).some((t) => /^(?:had|has|have)$/.test(t.lower)) && !tokens.slice(r + 1, a).some((t) => t.text === ',')) {
        return agentLeft(tokens, s, ms, r) ?? ms.filter((m) => m.first >= s.first && m.last <= r && m.kind !== 'pronoun' && !tokens.slice(m.last, r).some((t) => t.pos === 'VERB' || t.text === ',')).pop() ?? actor;
      }
      break;
    }
  }
  // ("said government troops would respect the ceasefire but accused the opposition": "but" joins verbs as "and" does)
  if (!actor || a <= s.first || (tokens[a].lower !== 'and' && tokens[a].lower !== 'but' && !listed)) return actor;
  // ("officers raided a building where dozens of protesters, many of them students, had been sleeping, and arrested seventy people":
  // past a clause opened by "where" or "when" and told in another form, to the verb before it)
  if (tokens[a].lower === 'and' && tokens[a - 1]?.text === ',' && /ed$/.test(tokens[verb].lower)) {
    for (let w = a - 2; w > s.first && a - w <= 30 && tokens[w].text !== ';'; w--) {
      if (!/^(?:where|when|while)$/.test(tokens[w].lower)) continue;
      if (!tokens.slice(w + 1, a - 1).some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && /ing$/.test(t.lower)))) break;
      let v = w - 1;
      while (v > s.first && w - v <= 8 && tokens[v].pos !== 'VERB') v--;
      if (tokens[v].pos === 'VERB' && /ed$/.test(tokens[v].lower)) return agentLeft(tokens, s, ms, v) ?? actor;
      break;
    }
  }
  // ("armed men freed inmates from the city prison, among them 23 local businessmen on trial ..., and seized the building": past an
  // aside on the earlier verb's object, to that verb's subject)
  if (tokens[a - 1]?.text === ',' && actor.first < a) {
    let c = a - 2;
    while (c > s.first && a - c <= 20 && tokens[c].text !== ',' && tokens[c].text !== ';') c--;
    if (c > s.first && c < actor.first && tokens[c].text === ',' && /^(?:among|including|mostly|mainly|many|some|most)$/.test(tokens[c + 1]?.lower ?? '')) {
      let v = c - 1;
      while (v > s.first && c - v <= 12 && tokens[v].pos !== 'VERB') v--;
      if (tokens[v]?.pos === 'VERB' && (/ed$/.test(tokens[verb].lower) || (tokens[verb].lower.endsWith('ing') && tokens[a + 1]?.pos === 'AUX'))) return agentLeft(tokens, s, ms, v) ?? actor;
    }
  }
  let v = actor.first - 1;
  // ("stormed his official residence ... and set fire": a possessive opens the object too)
  const pastBeforeObject = (k: number) => /ed$/.test(tokens[k].lower) && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'NOUN') && tokens[k + 1]?.pos === 'DET';
  // ("ordered all public and private universities to close and deployed": coordinated modifiers too)
  // (and words that modify actors whatever their tag: "ARMED/PROPN POLICE" in capitals)
  const lx = actorLexicon();
  // ('blaming "a criminal cell that ...", and promised': an object in quotes too)
  // ("seized at least 15 young men and boys ... and took them away": past a figure's approximation)
  while (v > s.first && (tokens[v].pos === 'DET' || (tokens[v].pos === 'ADJ' && !pastBeforeObject(v)) || tokens[v].pos === 'NUM' || tokens[v].text === '-' || tokens[v].text === '"' || tokens[v].text === '“' || POSSESSIVES.has(tokens[v].lower) ||
    (APPROX.has(tokens[v].lower) && tokens[v].pos !== 'VERB' && (tokens[v + 1]?.pos === 'NUM' || APPROX.has(tokens[v + 1]?.lower ?? ''))) ||
    lx.arming.modifiers.has(tokens[v].lower) || (tokens[v].pos === 'CCONJ' && tokens[v - 1].pos === 'ADJ' && tokens[v + 1]?.pos === 'ADJ') ||
    // ("shot dead two policemen, and wounded": the verb's own particle)
    ((tokens[v].lower === 'dead' || tokens[v].lower === 'down') && (tokens[v - 1]?.pos === 'VERB' || KILLED_PARTICLE_VERBS.has(tokens[v - 1]?.lower ?? ''))))) v--;
  // ("sent hundreds of armed police into the township and banned": past the count the mention is part of)
  // ("spoken with both of his counterparts and offered ...": a share of them too)
  while (v - 1 > s.first && tokens[v].lower === 'of' && (QUANTITY_NOUNS.has(tokens[v - 1].lower) || GROUP_NOUNS.has(tokens[v - 1].lower) || SHARES.has(tokens[v - 1].lower))) {
    v -= 2;
    while (v > s.first && (tokens[v].pos === 'DET' || tokens[v].pos === 'ADJ' || tokens[v].pos === 'NUM')) v--;
  }
  // ("raided the offices of the Ukrainian National Assembly, a radical nationalist group, and detained": the
  // mention set off by commas and the "of" phrase before it are all the earlier verb's object)
  const npWord = (k: number) => ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(tokens[k].pos) || POSSESSIVES.has(tokens[k].lower) || tokens[k].text === "'s" || tokens[k].text === '’s';
  // ("stormed the MTR station in Yuen Long, a town in the northwest New Territories, and beat people": a place inside an apposition,
  // past it and the phrase it describes, to the verb)
  let av = v;
  while (av > s.first && actor.first - av <= 4 && (npWord(av) || tokens[av].pos === 'ADV')) av--;
  if (tokens[actor.last]?.text === ',' && PLACE_PREPS.has(tokens[av]?.lower ?? '')) {
    av--;
    while (av > s.first && actor.first - av <= 8 && npWord(av)) av--;
  } else av = v;
  if (tokens[av]?.text === ',' && tokens[actor.last]?.text === ',') {
    let k = av - 1;
    for (let guard = 0; guard < 3 && k > s.first; guard++) {
      while (k > s.first && npWord(k)) k--;
      if ((tokens[k].lower === 'of' || (av !== v && PLACE_PREPS.has(tokens[k].lower))) && k - 1 > s.first && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN')) k--;
      else break;
    }
    if (k > s.first && tokens[k].pos === 'VERB') v = k;
  }
  // ("attacked a military unit and a police post and stormed the prison": past an object joined before the mention, to their verb)
  // ("attackers set fire to churches, Christian schools and shops in Mallawi, and looted the museum": past a list of objects after a
  // verb and its preposition, to that verb)
  if (tokens[v]?.text === ',' && tokens[actor.last]?.text !== ',' && v - 1 > s.first && (tokens[v - 1].pos === 'NOUN' || tokens[v - 1].pos === 'PROPN')) {
    let k = v - 1;
    while (k > s.first && v - k <= 12 && (npWord(k) || tokens[k].text === ',')) k--;
    if (tokens[k].pos === 'ADP' && k - 1 > s.first) {
      let j = k - 1;
      while (j > s.first && k - j <= 2 && tokens[j].pos !== 'VERB') j--;
      if (tokens[j].pos === 'VERB') k = j;
    }
    if (k < v - 1 && tokens[k].pos === 'VERB' && (/ed$/.test(tokens[k].lower) || pastForm(tokens[k])) && (/ed$/.test(tokens[verb].lower) || pastForm(tokens[verb]))) v = k;
  }
  if ((tokens[v]?.lower === 'and' || tokens[v]?.lower === 'or') && v - 1 > s.first && (tokens[v - 1].pos === 'NOUN' || tokens[v - 1].pos === 'PROPN')) {
    let k = v - 1;
    // ("held the ambassador, his staff and several visitors and demanded": past a list of objects, to their verb)
    while (k > s.first && v - k <= 14 && (npWord(k) || (tokens[k].text === ',' && npWord(k + 1) && npWord(k - 1)) || (tokens[k].lower === 'and' && npWord(k + 1) && npWord(k - 1) && v - k > 1))) k--;
    if (k < v - 1 && tokens[k].pos === 'VERB' && (/ed$/.test(tokens[k].lower) || pastForm(tokens[k])) && (/ed$/.test(tokens[verb].lower) || pastForm(tokens[verb]))) v = k;
  }
  // ("a crowd set upon a man and beat him", "fired on the crowd and killed": a preposition right after the verb)
  // (the tagger may call a past form after its auxiliary an adjective: "had rounded/ADJ up people ... and shot")
  const auxPast = (k: number) => !!tokens[k] && /ed$/.test(tokens[k].lower) && tokens[k - 1]?.pos === 'AUX';
  if (v - 1 > s.first && (tokens[v].pos === 'ADP' || tokens[v].pos === 'PART') && (tokens[v - 1].pos === 'VERB' || auxPast(v - 1))) v--;
  // ("witnesses said rebels went from house to house and shot ...": the reported clause's subject, not an object of "said")
  if (tokens[v] && (REPORT_VERBS.has(tokens[v].lemma) || tokens[v].lower === 'said' || tokens[v].lower === 'that')) {
    // (but "said the bank would not hesitate to act and rejected calls to resign": a past verb after
    // a reported clause in the conditional goes with "said" and its subject)
    let r = tokens[v].lower === 'that' ? v - 1 : v;
    // (past the one told: "told local radio that 142 people had been arrested and warned")
    if (r < v) {
      let q = r;
      while (q > s.first && v - q <= 5 && (tokens[q].pos === 'NOUN' || tokens[q].pos === 'PROPN' || tokens[q].pos === 'DET' || tokens[q].pos === 'ADJ' || tokens[q].pos === 'PRON')) q--;
      if (q < r && tokens[q].pos === 'VERB' && REPORT_VERBS.has(tokens[q].lemma)) r = q;
    }
    // (or in the passive: "The opposition said dozens of demonstrators had been beaten, and accused police")
    const modal = tokens.slice(actor.last, a).some((t) => MODALS.test(t.lower) || t.lower === 'been');
    // (a reporting verb however the tagger reads it: "SAID" in capitals)
    if (modal && /ed$/.test(tokens[verb].lower) && r > s.first) {
      if (tokens[r].pos === 'VERB' || tokens[r].lower === 'said' || REPORT_VERBS.has(tokens[r].lemma)) return agentLeft(tokens, s, ms, r) ?? actor;
      // ("said they were concerned that the detainees could be mistreated and urged the government": past a feeling told with
      // "that", to the one who said it)
      for (let q = r - 1; FEELINGS.has(tokens[r].lower) && q > s.first && r - q <= 6; q--) {
        if (tokens[q].pos === 'VERB' && (tokens[q].lower === 'said' || REPORT_VERBS.has(tokens[q].lemma))) return agentLeft(tokens, s, ms, q) ?? actor;
      }
    }
    // ("the MRTA denied that its fighters had died in combat and accused the police": a speech act after a clause told
    // with "that" goes with the one who told it)
    // (or with no "that": "Rangoon radio said Burmese troops had not fired into Thailand and blamed the shelling on KNU rebels")
    if (speech && !ownPerfect && r > s.first && (REPORT_VERBS.has(tokens[r].lemma) || DENIALS.has(tokens[r].lemma) || tokens[r].lower === 'said')) return agentLeft(tokens, s, ms, r) ?? actor;
    return actor;
  }
  // ("the attackers stormed the community while villagers were gathering for a burial and opened fire": a verb
  // after a subordinate clause goes with the verb before that clause and its subject)
  // (only when that clause's verb is told in another form — "were gathering", "had left" — not "after farmers
  // drove tractors onto the ring road and blocked traffic", where the two verbs share the clause)
  let sv = actor.last;
  while (sv < a && tokens[sv].pos !== 'VERB' && tokens[sv].pos !== 'AUX') sv++;
  const otherForm = sv < a && (tokens[sv].pos === 'AUX' || /ing$/.test(tokens[sv].lower));
  // (or closed by a comma before "and": "said Russia would not stand aside if Russian citizens came to harm, and urged Tbilisi")
  // (and a clause on a place: "surrounded two houses where guerrillas were hiding and killed eight of them")
  if (tokens[v] && (CLAUSE_CONJUNCTIONS.has(tokens[v].lower) || tokens[v].lower === 'where' || CONDITIONS.has(tokens[v].lower)) && /ed$/.test(tokens[verb].lower) && (otherForm || (tokens[a - 1]?.text === ',' && CONDITIONS.has(tokens[v].lower)))) {
    let modal = false;
    for (let k = v - 1; k > s.first && v - k <= 12; k--) {
      if (tokens[k].text === ';' || tokens[k].text === '.') break;
      modal ||= MODALS.test(tokens[k].lower);
      // (past a reported clause in the conditional, to its reporter: "the ministry said Russia would not stand aside if ..., and urged")
      if (modal && (tokens[k].lower === 'said' || (tokens[k].pos === 'VERB' && REPORT_VERBS.has(tokens[k].lemma)))) return agentLeft(tokens, s, ms, k) ?? actor;
      if (!modal && tokens[k].pos === 'VERB' && /ed$/.test(tokens[k].lower)) return agentLeft(tokens, s, ms, k) ?? actor;
    }
    return actor;
  }
  // ("The association, which spearheaded the protests that toppled Bashir, called for ... and urged people":
  // the verb before the object is inside a relative clause; the coordinated verb shares the main clause's subject)
  if (tokens[v]?.pos === 'VERB' && v - 1 > s.first && /^(?:that|which|who)$/.test(tokens[v - 1].lower)) return clauseSubject(tokens, s, ms, v) ?? actor;
  // (the mention is the earlier verb's object: "a gas explosion killed six people and injured 20" is not
  // "six people injured"; with no subject we know, none)
  // ("Supporters of the cleric ransacked/ADJ a police station and freed": a past form before its object is that verb)
  // ("Gunmen shot/NOUN dead two policemen": a verb of killing before its particle, however tagged)
  // ("masked officers chased/NOUN demonstrators through the streets and used water cannon": a past form the tagger
  // took for a noun, standing between two mentions, is the verb of the first)
  const pastBetween = (k: number) => !!tokens[k] && tokens[k].pos === 'NOUN' && (/ed$/.test(tokens[k].lower) || pastForm(tokens[k])) && ms.some((m) => m.last === k);
  const verbBefore = tokens[v]?.pos === 'VERB' || (!!tokens[v] && pastBeforeObject(v)) || auxPast(v) || pastBetween(v) || (KILLED_PARTICLE_VERBS.has(tokens[v]?.lower ?? '') && /^(?:dead|down)$/.test(tokens[v + 1]?.lower ?? ''));
  // ("Spokesman X said troops had fired only after workers attacked them with petrol bombs, and denied that ...": a speech act
  // after a comma and "and" goes with whoever told the clauses before it, past their own subordinate clauses)
  if (speech && tokens[a - 1]?.text === ',') {
    for (let r = a - 2; r > s.first && a - r <= 30; r--) {
      if (tokens[r].text === ';' || tokens[r].text === ',') break;
      if (tokens[r].pos === 'VERB' && (tokens[r].lower === 'said' || REPORT_VERBS.has(tokens[r].lemma))) return agentLeft(tokens, s, ms, r) ?? actor;
    }
  }
  if (!verbBefore || v <= s.first) return actor;
  // ("ordered the military to pursue the attackers and demanded that ...": a past verb after an infinitive's object goes with
  // the finite verb the infinitive hangs on, not with the infinitive)
  if (tokens[v - 1]?.lower === 'to' && tokens[v].lemma === tokens[v].lower && pastForm(tokens[verb]) && tokens[verb].lemma !== tokens[verb].lower) {
    let g = v - 2;
    while (g > s.first && v - g <= 8 && tokens[g].pos !== 'VERB') g--;
    if (g > s.first && tokens[g].pos === 'VERB' && pastForm(tokens[g])) return agentLeft(tokens, s, ms, g) ?? actor;
  }
  const sub = agentLeft(tokens, s, ms, v);
  // ("Milosevic denied that Belgrade controlled the gunners and called for a cease-fire": a speech act after a
  // clause reported with "that" goes with the one who reported it)
  if (sub && speech) {
    let r = sub.first - 1;
    // (past a possessive too: "denied that its fighters had died in combat and accused the police")
    while (r > s.first && (tokens[r].pos === 'DET' || POSSESSIVES.has(tokens[r].lower))) r--;
    if (r > s.first && tokens[r].lower === 'that' && tokens[r - 1].pos === 'VERB' && (REPORT_VERBS.has(tokens[r - 1].lemma) || DENIALS.has(tokens[r - 1].lemma))) return agentLeft(tokens, s, ms, r - 1) ?? sub;
  }
  // ("Clinton said the military leaders must leave Haiti and warned that ...": that verb's subject is
  // itself what someone said would be done; a past verb after it goes with the one who said it)
  if (sub && /ed$/.test(tokens[verb].lower) && tokens.slice(sub.last, v).some((t) => MODALS.test(t.lower))) {
    let r = sub.first - 1;
    while (r > s.first && (tokens[r].pos === 'DET' || tokens[r].lower === 'that')) r--;
    if (r > s.first && (tokens[r].lower === 'said' || REPORT_VERBS.has(tokens[r].lemma))) return agentLeft(tokens, s, ms, r) ?? sub;
  }
  return sub;
}


function hasWord(tokens: Token[], s: Sentence, words: Set<string>): boolean {
  for (let k = s.first; k < s.last; k++) if (words.has(tokens[k].lower)) return true;
  return false;
}

/** "clashes between X and Y" */
function between(tokens: Token[], s: Sentence, ms: ActorLike[], last: number): [ActorLike, ActorLike] | null {
  // (past the verb the noun is the subject of: "Fighting also continued between the government army and the RPF")
  if (tokens[last]?.lower !== 'between') {
    let k = last;
    while (k < s.last && k - last <= 3 && (tokens[k].pos === 'ADV' || tokens[k].pos === 'AUX')) k++;
    if (!GOING_ON.has(tokens[k]?.lemma ?? '') || tokens[k].pos !== 'VERB') return null;
    k++;
    // (past "out" and a time: "broke out between", "erupted on Monday between")
    while (k < s.last && k - last <= 8 && tokens[k].lower !== 'between' && ['ADV', 'ADP', 'PART', 'DET', 'NUM', 'PROPN'].includes(tokens[k].pos)) k++;
    if (tokens[k]?.lower !== 'between') return null;
    last = k;
  }
  // (within the clause: not "fighting between the Andani and Abudu royal gates in Yendi, and the Government has declared")
  let end = last + 1;
  while (end < Math.min(s.last, last + 14) && tokens[end].text !== ';' && !(tokens[end].text === ',' && /^(?:and|but|while)$/.test(tokens[end + 1]?.lower ?? ''))) end++;
  const m = mentionsIn(ms, last, end);
  return m.length >= 2 ? [m[0], m[1]] : null;
}

/** verbs whose subject act goes on or starts ("fighting continued between", "clashes erupted between") */
const GOING_ON = new Set(['continue', 'rage', 'erupt', 'resume', 'flare', 'intensify', 'escalate', 'persist', 'break']);

export interface SentenceContext {
  doc: Doc;
  actors: ActorLike[];
  published: string | null;
}

/** What the steps of codeSentence share about one sentence (all fields set on construction, in one order). */
class SentenceState {
  /** the last speech act (demand, reject, agree...) and where it ended: its object noun is its content */
  speech = -1;
  /** where a denial of charges ended ("denied charges that ..."): the charges that follow are not events */
  denied = -1;
  /** where an arrest or conviction ended: "for collaborating with Israel" is the charge */
  chargedAt: number;
  chargeGerund = -1;
  /** the "that" of a demand ("demanded that Israel ease ..."): its clause is what is asked */
  demandThat = -1;
  quantities: ReturnType<typeof totals> | null = null;
  /** the sentence's figures one by one, as found */
  figures: QuantityMention[] = [];
  times: TimeMention[] | null = null;
  disaster = -1;
  /** the only disaster words of the sentence are of crashing ("shells and rockets had crashed into homes") */
  crashOnly = false;
  constructor(
    readonly ctx: SentenceContext,
    readonly doc: Doc,
    readonly tokens: Token[],
    readonly s: Sentence,
    readonly out: RawEvent[],
    readonly caps: boolean,
    readonly heading: boolean,
    /** the sentence's mentions */
    readonly inSentence: ActorLike[],
    /** those that can act in a clause */
    readonly ms: ActorLike[],
    /** where a legal noun before its link ended ("a case registered against ... for"), or -1 */
    readonly legalAt: number,
  ) {
    this.chargedAt = legalAt;
  }
}

/** One trigger match in codeSentence and what its steps found out about it. */
class Candidate {
  verbal = false;
  /** a crowd's act opening its own name ("Striking workers") */
  actingName: ActorLike | undefined = undefined;
  background = false;
  claimed = false;
  /** the verb of "claimed responsibility for" the act, else -1 */
  claimant = -1;
  protestPurpose = false;
  reality: RealityResult = ASSERTED;
  actor: ActorLike | null = null;
  recipient: ActorLike | null = null;
  passive = false;
  ra: ActorLike | null = null;
  rr: ActorLike | null = null;
  constructor(
    public trigger: Trigger,
    readonly first: number,
    readonly last: number,
  ) {}
}
const ASSERTED: RealityResult = { reality: 'asserted', cue: null };

/** "the state of emergency that President Ershad declared on Friday": a relative clause after the noun, with a subject of its own
 * and a verb that puts a measure in force, tells it as done */
function toldDone(tokens: Token[], s: Sentence, last: number): boolean {
  if (!/^(?:that|which)$/.test(tokens[last]?.lower ?? '')) return false;
  let k = last + 1;
  let subject = false;
  while (k < s.last && k - last <= 6 && (tokens[k].pos === 'DET' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'PRON')) {
    subject = true;
    k++;
  }
  const v = tokens[k];
  return subject && !!v && MEASURE_VERBS.has(v.lower);
}
/** verbs that put a measure in force ("the curfew that the army imposed"); not "proposed", "offered" */
const MEASURE_VERBS = new Set(['declared', 'imposed', 'announced', 'introduced', 'enforced', 'proclaimed', 'extended', 'reimposed', 'ordered', 'decreed']);

/** acts whose perfect since a time past counts people over that time ("have fled their homes since"; a killing told so stays an act, as the dev coders take it) */
const TOLL_ACTS = new Set(['flee', 'displace', 'abandon', 'evacuate']);
/** acts whose victims are counted: a perfect of one since a time long past is a sum */
const COUNTED_ACTS = new Set(['kill', 'murder', 'slay', 'wound', 'injure', 'arrest', 'detain', 'abduct', 'kidnap']);

/** what a wave of acts leaves, told with the perfect: "have left", "has claimed" */
const TOLL_VERBS = new Set(['left', 'claimed', 'killed', 'caused', 'displaced', 'cost', 'wounded', 'injured', 'forced']);
/** "The riots have left several people dead", "The clashes have claimed 40 lives": a sentence opening on a wave of acts (a
 * plural event noun or a conflict word) whose verb is a toll in the perfect */
function waveToll(tokens: Token[], s: Sentence): boolean {
  let k = s.first;
  while (k < s.last && k - s.first < 4 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'PROPN') && !isConflictWord(tokens[k])) k++;
  if (!(k < s.last && conflictSubject(tokens, s, k + 1))) return false;
  // (past a stretch of time: "Protests since early April have left more than 60 people dead")
  let h = k + 1;
  if (tokens[h]?.lower === 'since') {
    h++;
    while (h < s.last && h - k <= 6 && !/^(?:have|has)$/.test(tokens[h].lower) && tokens[h].pos !== 'VERB' && tokens[h].text !== ',') h++;
  }
  return /^(?:have|has)$/.test(tokens[h]?.lower ?? '') && TOLL_VERBS.has(tokens[h + 1]?.lower ?? '');
}

/** The tokens [from, to) of the clause holding token `first` between semicolons (the whole sentence when it has none). */
function semicolonClause(tokens: Token[], s: Sentence, first: number): [number, number] {
  let from = s.first;
  let to = s.last;
  for (let k = first - 1; k > s.first; k--) if (tokens[k].text === ';') { from = k + 1; break; }
  // ("Niger: 4 dead as ... French cultural centre torched": a headline's topic before a colon is no clause of it)
  if (from === s.first) {
    for (let k = s.first + 1; k < Math.min(first, s.first + 4); k++) {
      if (tokens[k].text === ':' && tokens.slice(s.first, k).every((t) => t.pos === 'PROPN' || t.pos === 'NOUN' || t.text === '-')) { from = k + 1; break; }
    }
  }
  for (let k = first + 1; k < s.last; k++) if (tokens[k].text === ';') { to = k; break; }
  return [from, to];
}

/** "Maoists abduct two teachers from Dhanwang; three killed in Sinwang": figures told past a semicolon are another clause's */
function ownSegment(tokens: Token[], s: Sentence, q: NonNullable<SentenceState['quantities']>, first: number): NonNullable<SentenceState['quantities']> {
  const [from, to] = semicolonClause(tokens, s, first);
  if (from === s.first && to === s.last) return q;
  const lo = tokens[from].start;
  const hi = tokens[to - 1].end;
  const out: NonNullable<SentenceState['quantities']> = {};
  for (const k of Object.keys(q) as Array<keyof typeof q>) if (q[k]!.start >= lo && q[k]!.end <= hi) out[k] = q[k];
  return out;
}

/** The dead, hurt or held counted before a subordinator that opens the act's own clause ("..., as workers walked off"), and people
 * freed, left out of a protest's counts. */
function withoutEarlierClause(text: string, q: NonNullable<SentenceState['quantities']>, at: number): NonNullable<SentenceState['quantities']> {
  let out = q;
  for (const k of ['dead', 'injured', 'arrested'] as const) {
    const f = q[k];
    if (!f || f.end > at) continue;
    // (nor people freed: "freed more than 2,000 people from jails packed during five nights of protests")
    const freed = k === 'arrested' && /\b(?:freed|released|freeing|releasing|frees|releases)\s+(?:(?:more|fewer)\s+than\s+|about\s+|some\s+|at\s+least\s+|nearly\s+|over\s+)?$/i.test(text.slice(Math.max(0, f.start - 30), f.start));
    if (!freed && !/(?:^|[\s,])(?:as|while|whereas|when|after)\s/i.test(text.slice(f.end, at))) continue;
    out = { ...out };
    delete out[k];
  }
  return out;
}

/** "the deaths (Monday) of", "the killing of": a death noun whose "of" the figure follows */
/** the release asked for, before a count of those held: "to demand the release of some 500 peacekeepers" */
const RELEASE_OF = /\b(?:release|freeing|liberation|return)\s+of\s+(?:the\s+|at\s+least\s+|some\s+|about\s+|more\s+than\s+)?$/i;
const DEATHS_OF = /\b(?:deaths?|killings?|murders?|shootings?|massacre|slaying)\s+(?:[\w-]+\s+){0,2}?of\s+(?:the\s+|at\s+least\s+|some\s+)?$/i;
/** The figures of dead or hurt told after an act as what it is about ("to protest the deaths of four students") left out. */
function withoutCause(text: string, q: NonNullable<SentenceState['quantities']>, after: number): NonNullable<SentenceState['quantities']> {
  let out = q;
  for (const k of ['dead', 'injured', 'arrested'] as const) {
    const f = q[k];
    // ("marched on his compound to demand the release of some 500 United Nations peacekeepers held by": whom the protest would have
    // freed are no one it arrested)
    if (!f || f.start < after || !(k === 'arrested' ? RELEASE_OF : DEATHS_OF).test(text.slice(Math.max(after, f.start - 40), f.start))) continue;
    out = { ...out };
    delete out[k];
  }
  return out;
}

/**
 * "2,000 people had been detained, in addition to about 3,000 held after the first night": a figure right before a
 * participle is that act's own, not the sentence's first figure of its kind (a noun may stand between: "3,000 protesters held").
 */
function ownFigure(st: SentenceState, q: NonNullable<SentenceState['quantities']>, first: number, last = -1, sumOk = false): NonNullable<SentenceState['quantities']> {
  const tokens = st.doc.tokens;
  // (in the passive too: "put the number of civilian dead at 23 and said three rebels were also killed")
  const before = (m: QuantityMention) => {
    let k = m.last;
    if (k < first && tokens[k].pos === 'NOUN') k++;
    if (k === first) return true;
    if (k === m.last || tokens[k].pos !== 'AUX') return false;
    while (k < first && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV')) k++;
    return k === first;
  };
  // ("a day after a suicide bomber blew himself up, killing three Israelis", "while a bomber killed three civilians": the
  // figure right after the act's verb, with no other verb or mark between, is its own, not the sentence's first)
  const after = (m: QuantityMention) => {
    if (last < 0 || m.first < last || m.first - last > 3) return false;
    for (let k = last; k < m.first; k++) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || tokens[k].pos === 'PUNCT' || tokens[k].pos === 'CCONJ') return false;
    return true;
  };
  // ("whom it blamed for killing a police officer ..., and that 15 KLA fighters had died in the fighting": the figure whose
  // fate is told as in the act is the act's own)
  const at = tokens[first].start;
  const diedIn = (m: QuantityMention) => {
    if (m.kind === 'crowd' || m.end >= at || at - m.end >= 120) return false;
    const between = st.doc.text.slice(m.end, at);
    return DIED_IN.test(between) || DIED_WHEN.test(between) || DIED_OF.test(between);
  };
  // ("more than 100 people since Wednesday, ... including 27 detained on Friday alone": a part's figure right before its own
  // participle is that act's)
  // ("At least 60 people have been killed since the fighting erupted on Thursday": a sum over days of this unrest, when the act
  // is told by it and no toll of the past, is the act's own count)
  const f = st.figures.find((m) => m.kind && (!m.overTime || sumOk) && before(m) && (!m.subset || (sumOk && m.overTime) || (m.last === first && /^(?:including|among)$/.test(tokens[m.first - 1]?.lower ?? '')))) ??
    st.figures.find((m) => m.kind && !m.subset && !m.overTime && diedIn(m)) ??
    st.figures.find((m) => m.kind && m.kind !== 'crowd' && !m.subset && !m.overTime && after(m));
  const cur = f?.kind ? q[f.kind] : undefined;
  if (f?.kind && !cur && sumOk && f.overTime) return { ...q, [f.kind]: { value: f.value, text: f.text, start: f.start, end: f.end, approximate: f.approximate } };
  if (!f?.kind || !cur || (cur.start <= f.start && f.end <= cur.end)) return q;
  return { ...q, [f.kind]: { value: f.value, text: f.text, start: f.start, end: f.end, approximate: f.approximate } };
}

/** between a figure and the act its people met their fate in: "(15 KLA) fighters had died in the", "were killed during the" */
const DIED_IN = /^\s*(?:[\w-]+\s+){0,3}?(?:(?:had|have|has|were|was|been|reportedly|also)\s+){0,3}(?:died|killed|wounded|injured|hurt|arrested|detained)\s+(?:in|during)\s+(?:the|that|this|these|those)\s+(?:[\w-]+\s+){0,2}$/i;
/** between a figure and the act its people met their fate when it was done: "(two) women died late on Saturday when a supermarket in San Bernardo was (set on fire)" */
const DIED_WHEN = /^\s*(?:[\w-]+\s+){0,3}?(?:(?:had|have|has|were|was|been|reportedly|also)\s+){0,3}(?:died|killed|wounded|injured|hurt)\s+(?:[\w-]+\s+){0,4}?(?:when|as|after)\s+(?:[\w-]+\s+){1,7}?(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?$/i;

/** between a figure and the wound it died of: "(a teenage) boy died of a gunshot (wound)", "(two) others later died from their (wounds)" */
const DIED_OF = /^\s*(?:[\w-]+\s+){0,3}?(?:(?:had|have|has|later|reportedly|also)\s+){0,2}(?:died|succumbed)\s+(?:of|from|to)\s+(?:(?:a|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}$/i;

/** The sentence's figures, once; a figure's parts take the sector and country of the group they count ("among the protesters"). */
function quantitiesOf(st: SentenceState): NonNullable<SentenceState['quantities']> {
  if (st.quantities) return st.quantities;
  st.figures = findQuantities(st.doc, st.s);
  const q = totals(st.doc, st.figures);
  for (const k of ['dead', 'injured', 'arrested', 'crowd'] as const) {
    for (const p of q[k]?.parts ?? []) {
      const who = p.who;
      const m = who && st.inSentence.find((a) => a.start < who.end && who.start < a.end && a.sector);
      if (m) {
        p.sector = m.sector;
        p.code = m.code;
      }
    }
  }
  return (st.quantities = q);
}

/** "when a fire broke out", "the blaze", "a gas leak": a fire or an accident told in the sentence */
function firesBrokeOut(tokens: Token[], s: Sentence): boolean {
  for (let k = s.first; k < s.last; k++) {
    if (ACCIDENT.has(tokens[k].lower)) return true;
    if ((tokens[k].lower === 'fire' || tokens[k].lower === 'fires') && /^(?:broke|erupted|started|spread|raged)$/.test(tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** Code one sentence. */
export function codeSentence(ctx: SentenceContext, s: Sentence): RawEvent[] {
  const { doc } = ctx;
  const tokens = doc.tokens;
  const out: RawEvent[] = [];
  const caps = isAllCaps(doc, s);
  const heading = isHeading(doc, s.index);
  // mentions in this sentence; an event noun mistaken for an actor ("Demonstrations were...") is dropped
  // (a wire dateline, "SAN CRISTOBAL, Mexico, Jan. 2 (AP) -", names where the report was filed: no actor)
  const dateline = datelineEnd(doc, s);
  const inSentence = ctx.actors.filter((m) => m.first >= s.first && m.last <= s.last && m.end > dateline && !(m.sector === null && m.kind !== 'pronoun' && m.kind !== 'country' && matchAt(tokens, m.head, m.head + 1, caps)));
  // "rebel-held", "US-backed", "Saudi-led": a name joined to a participle modifies a noun; it acts in
  // no clause, though it may say whose the object is ("the rebel-held enclave")
  const ms = inSentence.filter((m) => !(tokens[m.last]?.text === '-' && tokens[m.last + 1]?.pos === 'VERB' && m.last + 1 < s.last));
  /** where an arrest or conviction ended: "for collaborating with Israel" is the charge */
  let chargedAt = -1;
  // ("a case has been registered against 150 persons for rioting": what the case is for is the charge)
  for (let k = s.first; k < s.last - 1 && chargedAt < 0; k++) {
    if (!LEGAL_NOUNS.has(tokens[k].lower)) continue;
    // ("Cases of rioting and murder were registered against 40 people": past the offences the case is of)
    for (let j = k + 1; j < Math.min(s.last, k + (tokens[k + 1].lower === 'of' ? 9 : 5)); j++) if (LEGAL_LINKS.has(tokens[j].lower)) { chargedAt = k; break; }
  }
  const st = new SentenceState(ctx, doc, tokens, s, out, caps, heading, inSentence, ms, chargedAt);
  // each trigger in turn, through the steps below (split so that each is small enough to be optimised early)
  for (let i = s.first; i < s.last; i++) {
    const match = matchAt(tokens, i, s.last, caps);
    if (!match) continue;
    const first = match.first;
    const last = match.last;
    i = match.spread ? first : last - 1;
    const c = new Candidate(match.trigger, first, last);
    if (!screenTrigger(st, c) || !screenClause(st, c)) continue;
    roles(st, c);
    if (!vetRoles(st, c) || !vetKinds(st, c)) continue;
    emit(st, c);
  }
  demands(ctx, s, ms, out, () => (st.times = st.times ?? findTimes(doc, s, ctx.published)));
  // ("warned that those behind the arson would be arrested and prosecuted": a participle joined to a passive one by "and" shares its
  // reality and whom it is done to)
  for (const o of out) {
    if (!o.verbal || o.first < s.first + 3 || tokens[o.first - 1].lower !== 'and' || !/(?:ed|en)$/.test(tokens[o.first].lower)) continue;
    const p = out.find((x) => x !== o && x.verbal && x.last === o.first - 1 && /^(?:be|been|being)$/.test(tokens[x.first - 1]?.lower ?? ''));
    // (its own mood may already be read through the "and": then only whom it is done to is shared)
    if (!p || p.reality === 'asserted' || (o.reality !== 'asserted' && o.reality !== p.reality)) continue;
    o.reality = p.reality;
    o.realityCue = p.realityCue;
    o.recipient = p.recipient;
  }
  // ("officials who would face travel bans and asset freezes": an event noun joined by "and" to one not (yet) real shares its
  // mood; its own modifiers between)
  // (a plural the tagger read as a verb too, after a noun of its own: "and asset freezes/VERB")
  for (const o of out) {
    if (o.reality !== 'asserted') continue;
    let k = o.first - 1;
    while (k > s.first && o.first - k <= 3 && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'NOUN')) k--;
    if (k <= s.first || tokens[k].lower !== 'and' || (o.verbal && k === o.first - 1)) continue;
    const p = out.find((x) => x !== o && !x.verbal && x.last === k && x.reality !== 'asserted');
    if (!p) continue;
    o.reality = p.reality;
    o.realityCue = 'coordinated';
  }
  // ("called on countries to send more troops to the peacekeeping mission": an event noun right after an act not (yet) done,
  // joined to it by a preposition, is part of what is asked or planned)
  for (const o of out) {
    if (o.verbal || o.reality !== 'asserted' || !o.trigger.weak) continue;
    const p = out.find((x) => x !== o && x.verbal && x.reality !== 'asserted' && x.realityCue && x.last <= o.first && o.first - x.last <= 4 &&
      tokens.slice(x.last, o.first).every((t) => t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'ADJ') && tokens[x.last]?.pos === 'ADP');
    if (p) {
      o.reality = p.reality;
      o.realityCue = p.realityCue;
    }
  }
  // ("a larger force that was to fly in from Zimbabwe, seize the airport and install Moto": a bare verb in a list after an
  // infinitive shares that infinitive's reality)
  for (const o of out) {
    if (!o.verbal || o.reality !== 'asserted' || tokens[o.first].lower !== tokens[o.first].lemma || !/^(?:,|and|or)$/.test(tokens[o.first - 1]?.lower ?? '')) continue;
    for (let k = o.first - 2; k > s.first && o.first - k <= 10; k--) {
      if (tokens[k].text === ';' || tokens[k].pos === 'AUX' || (tokens[k].pos === 'VERB' && tokens[k].lower !== tokens[k].lemma)) break;
      // (or the list's verb before it, already read so: "promised to free prisoners, disband the Savak secret police and lift
      // martial law", however long the list)
      const listed = /^(?:,|and|or)$/.test(tokens[k - 1]?.lower ?? '') ? out.find((x) => x !== o && x.verbal && x.first === k && x.reality !== 'asserted' && x.realityCue) : undefined;
      if (listed) {
        o.reality = listed.reality;
        o.realityCue = listed.realityCue;
        break;
      }
      if (tokens[k].lower === 'to' && tokens[k + 1]?.pos === 'VERB' && tokens[k + 1].lower === tokens[k + 1].lemma) {
        const r = realityOf(doc, s, k + 1, true);
        if (r.reality !== 'asserted') {
          o.reality = r.reality;
          o.realityCue = r.cue;
        }
        break;
      }
    }
  }
  // ("one jet appeared to have been hit", "a helicopter was shot down": an aircraft that was hit is the target, no air strike)
  for (let k = out.length - 1; k >= 0; k--) {
    const o = out[k];
    if (o.verbal || o.trigger.mode !== 'aerial') continue;
    // ("seven helicopter gunships of the air force's 15th Strike Wing landed at Camp Crame": aircraft that land, arrive or join
    // someone strike no one; past the phrase they head, to their verb)
    let v = o.last;
    while (v < s.last && v - o.last <= 8 && (['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART'].includes(tokens[v].pos) || /^(?:of|'s|’s)$/.test(tokens[v].lower))) v++;
    if (v < s.last && tokens[v].pos === 'VERB' && AIRCRAFT_MOVES.has(tokens[v].lemma) && !isPassive(tokens, s, v)) {
      out.splice(k, 1);
      continue;
    }
    if (!o.trigger.weak) continue;
    const next = tokens.slice(o.last, Math.min(s.last, o.last + 7));
    const hitAt = next.findIndex((t) => /^(?:hit|downed|shot|struck|damaged|destroyed|crashed|intercepted)$/.test(t.lower));
    if (hitAt >= 0 && (next.slice(0, hitAt).some((t) => /^(?:was|were|been|be|being)$/.test(t.lower)) || next[hitAt].lower === 'crashed')) out.splice(k, 1);
  }
  // ("Saudi troops fought their way into the courtyard of Mecca's Grand Mosque": the way fought along names where, not whom)
  for (const o of out) {
    if (o.verbal && o.trigger.event === 'ASSAULT' && o.recipient && POSSESSIVES.has(tokens[o.last]?.lower ?? '') && tokens[o.last + 1]?.lower === 'way') o.recipient = null;
  }
  // an act named as what a rule forbids is no act told: said to be forbidden after it ("where fighting is normally forbidden",
  // "protests are banned"), or the object of the forbidding ("an injunction barring the marches", "a decree prohibiting all rallies")
  for (const o of out) {
    if (o.reality !== 'asserted') continue;
    let cue = -1;
    let k = o.last;
    if (/^(?:is|are|was|were|remains?|remained)$/.test(tokens[k]?.lower ?? '')) {
      k++;
      while (k < s.last && tokens[k].pos === 'ADV') k++;
      if (/^(?:forbidden|banned|prohibited|outlawed|illegal|barred)$/.test(tokens[k]?.lower ?? '')) cue = k;
    }
    if (cue < 0 && !o.verbal) {
      k = o.first - 1;
      while (k > s.first && o.first - k <= 4 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].lower === 'any' || tokens[k].lower === 'all')) k--;
      if (k < o.first - 1 && FORBIDDING.has(tokens[k].lemma) && (tokens[k].lower.endsWith('ing') || tokens[k].lower !== tokens[k].lemma)) cue = k;
    }
    if (cue >= 0) {
      o.reality = 'hypothetical';
      o.realityCue = tokens[cue].text;
    }
  }
  // ("demonstrators gathered outside the National Congress demanding the ouster of the president": a participle after the place
  // of a participle before it is done by the same people)
  for (const o of out) {
    if (!o.verbal || !tokens[o.first].lower.endsWith('ing')) continue;
    const p = out.find((x) => x !== o && x.verbal && x.actor && /ed$/.test(tokens[x.first].lower) && x.last < o.first && o.first - x.last <= 7 &&
      /^(?:outside|in|at|near|around|inside|before|opposite)$/.test(tokens[x.last].lower) && tokens.slice(x.last + 1, o.first).every((t) => t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ'));
    if (p && o.actor !== p.actor) o.actor = p.actor;
  }
  // ("threatened to organize a boycott of downtown stores if the officer was not suspended": the subject of a clause of its own
  // after an event noun did not do that event)
  for (const o of out) {
    if (o.verbal || !o.actor || o.actor.first < o.last) continue;
    if (tokens.slice(o.last, o.actor.first).some((t) => /^(?:if|unless|when|because|while|whereas|although|though|until|after|before|since)$/.test(t.lower))) o.actor = null;
  }
  // ("Richard L. Schaeffer, 34, of Ford City, charged with disorderly conduct": a participle of charging set after a comma, before
  // what is charged, tells what was done to the one named before it, by no one named)
  for (const o of out) {
    if (!o.verbal || !o.actor || o.recipient || tokens[o.first - 1]?.text !== ',' || !/^(?:charged|accused|convicted|sentenced|indicted)$/.test(tokens[o.first].lower)) continue;
    if (!/^(?:with|of|for|to)$/.test(tokens[o.last]?.lower ?? '')) continue;
    o.recipient = o.actor;
    o.actor = null;
  }
  // ("Fiji faced suspension from the Commonwealth", "he faces charges of treason", "facing expulsion": a penalty one faces is
  // ahead, not imposed (not a crackdown faced, which came))
  for (const o of out) {
    if (o.verbal || o.reality !== 'asserted' || !(o.trigger.event === 'SANCTION' || o.trigger.event === 'ACCUSE' || (o.trigger.event === 'COERCE' && /^(?:arrest|deport)$/.test(o.trigger.mode ?? '')))) continue;
    let k = o.first - 1;
    while (k > s.first && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'NUM')) k--;
    if (k >= s.first && tokens[k].lemma === 'face' && tokens[k].pos === 'VERB') {
      o.reality = 'hypothetical';
      o.realityCue = tokens[k].text;
    }
  }
  // ("Greece said it had sent additional troops to its border": forces a state sends, of no country told, are its own, not the
  // story's country's)
  for (const o of out) {
    const a = o.actor ? resolveRef(o.actor) : null;
    const r = o.recipient;
    if (o.trigger.event !== 'MOBILIZE' || !a?.code || a.codeFromArticle || !r || r.kind === 'pronoun' || !r.codeFromArticle || !r.sector || !ARMED_FORCE_SECTORS.has(r.sector) || r.code === a.code) continue;
    if (a.kind !== 'country' && !(a.sector && STATE_SECTORS.has(a.sector))) continue;
    o.recipient = { ...r, code: a.code, cameo_code: a.code + r.sector, codeFromArticle: false };
  }
  // ("At least 70 people have been killed in the 12-year civil war": the war a toll is summed over is no act of now either)
  for (const o of out) {
    if (o.verbal || o.reality !== 'asserted' || o.trigger.event !== 'ASSAULT' || !WAR_SPANS.has(tokens[o.last - 1].lower)) continue;
    const v = out.find((p) => p.verbal && p.reality === 'historical' && p.last <= o.first && o.first - p.last <= 8 && tokens[p.last]?.lower === 'in' && warAhead(tokens, s, p.last + 2));
    if (v) {
      o.reality = v.reality;
      o.realityCue = v.realityCue;
    }
  }
  // ("A protest over the fatal police shooting of a 19-year-old man turned violent": a verb whose subject is an event noun opening
  // the sentence has no doer in that noun's phrase; "marched from a church" goes from it, not against it)
  // (past a wire dateline: "GALESBURG, ILL. (AP) -- A PROTEST OVER ...")
  let opening = s.first;
  while (opening < s.last && tokens[opening].start < dateline) opening++;
  // (or a clause's, after its subordinator: "imposed a curfew after a protest over the shooting of a man turned violent")
  // (the word before the noun's article and adjectives)
  const before = (x: RawEvent) => {
    let k = x.first - 1;
    while (k >= opening && x.first - k <= 2 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ')) k--;
    return k;
  };
  const subordinated = (x: RawEvent) => before(x) >= opening && SUBJECT_SUBORDINATORS.has(tokens[before(x)].lower);
  const opens = (x: RawEvent) => before(x) < opening || /^[-–—]+$/.test(tokens[before(x)].text) || subordinated(x);
  for (const o of out) {
    // (an -ing act inside that phrase keeps the doer named right before it: "the fatal police shooting")
    if (!o.verbal || !o.actor || tokens[o.first].lower.endsWith('ing')) continue;
    // (the doer inside a phrase the noun governs: "over ...", "of ..."; not "a week after the arrests the district officer ordered")
    const n = out.find((x) => x !== o && !x.verbal && x.last <= o.actor!.first && o.actor!.last <= o.first && x.first >= opening && opens(x) &&
      tokens.slice(x.last, o.actor!.first).some((t) => t.pos === 'ADP') &&
      // (no verb of its own between but participles: not "Mortar fire shook the capital as troops battled militiamen")
      tokens.slice(x.last, o.first).every((t) => t.pos !== 'AUX' && !(t.pos === 'VERB' && !/ing$/.test(t.lower)) && !SUBJECT_SUBORDINATORS.has(t.lower)) &&
      // (nor a subject after the comma that closes a phrase opening the sentence: "After the visit of three students, police arrested")
      !(subordinated(x) && tokens[o.actor!.first - (tokens[o.actor!.first - 1]?.pos === 'DET' ? 2 : 1)]?.text === ','));
    if (n) o.actor = n.actor;
  }
  // ("a peacekeeping operation on behalf of the Southern African Development Community", "appealed for calm in a statement
  // broadcast on Radio Lesotho": whom an act is done for, and where it is heard, are no one it is done to)
  for (const o of out) {
    if (!o.recipient || o.recipient.first < 3) continue;
    const b = tokens[o.recipient.first - 1]?.pos === 'DET' ? o.recipient.first - 2 : o.recipient.first - 1;
    if ((tokens[b]?.lower === 'of' && tokens[b - 1]?.lower === 'behalf') || ((tokens[b]?.lower === 'on' || tokens[b]?.lower === 'over') && /^(?:broadcast|aired|televised|carried|read)$/.test(tokens[b - 1]?.lower ?? ''))) o.recipient = null;
  }
  for (const o of out) {
    if (o.trigger.event !== 'PROTEST' || !o.recipient) continue;
    const b = tokens[o.recipient.first - 1]?.pos === 'DET' ? o.recipient.first - 2 : o.recipient.first - 1;
    if (tokens[b]?.lower === 'from') o.recipient = null;
    // ("protests over a plan to export gas ... to the United States": whom a plan's act is aimed at is no one protested against)
    else if (o.recipient.first > o.last) {
      for (let k = o.last; k < o.recipient.first - 2; k++) {
        if (tokens[k].pos === 'NOUN' && tokens[k + 1].lower === 'to' && tokens[k + 2].pos === 'VERB') {
          o.recipient = null;
          break;
        }
      }
    }
  }
  // ("clashes between government troops and armed youths killed dozens of people": the verb's subject is the clash, whose sides
  // are no doers of a killing of their own; the clash did it)
  for (const o of out) {
    if (!o.verbal || o.trigger.event !== 'ASSAULT' || !o.actor) continue;
    const n = out.find((x) => x !== o && !x.verbal && x.trigger.event === 'ASSAULT' && x.actor === o.actor && !!x.recipient && x.last <= o.actor!.first && o.actor!.last <= o.first &&
      tokens[x.last]?.lower === 'between');
    if (n) o.actor = null;
  }
  // ("demanded a truce before allowing aid convoys in", "refused to talk until ...": what a demand or a refusal sets as coming after
  // its terms are met has not happened)
  for (const o of out) {
    if (!o.verbal || o.reality !== 'asserted' || o.first < s.first + 2 || !/^(?:before|until)$/.test(tokens[o.first - 1].lower) || !tokens[o.first].lower.endsWith('ing')) continue;
    if (out.some((p) => p !== o && p.last < o.first && CONDITIONING.has(p.trigger.event))) {
      o.reality = 'hypothetical';
      o.realityCue = tokens[o.first - 1].text;
    }
  }
  // ("Demonstrations against the bid were suspended": protests suspended are held no more, no sanction by anyone)
  for (let k = out.length - 1; k >= 0; k--) {
    const o = out[k];
    if (!o.verbal || o.trigger.event !== 'SANCTION' || o.trigger.words.length !== 1 || o.trigger.words[0] !== 'suspend') continue;
    if (out.some((p) => p.trigger.event === 'PROTEST' && !p.verbal && p.last <= o.first && stoppedPredicate(tokens, s, p.last) === o.first)) out.splice(k, 1);
  }
  // "160 rockets had been fired at Israel in the same period": a weapon noun that is the subject of a verb
  // of violence is told as that verb is (here a total over a stretch of time)
  for (const n of out) {
    if (n.verbal || n.trigger.event !== 'ASSAULT' || n.reality !== 'asserted') continue;
    const v = out.find((o) => o.verbal && o.trigger.event === 'ASSAULT' && o.reality !== 'asserted' && o.first > n.first && o.sentence === n.sentence &&
      o.first > n.last && tokens.slice(n.last, o.first).every((t) => t.pos === 'AUX' || t.pos === 'ADV') && tokens.slice(n.last, o.first).some((t) => t.pos === 'AUX'));
    if (v) {
      n.reality = v.reality;
      n.realityCue = v.realityCue;
    }
  }
  // "Police fired tear gas to disperse hundreds of protesters": whom the act was meant to scatter is whom it was done to
  for (const p of out) {
    if (p.realityCue !== 'to' || p.reality !== 'hypothetical' || !p.recipient || p.trigger.mode !== 'crowd-control' || tokens[p.first - 1]?.lower !== 'to') continue;
    for (const o of out) {
      if (o !== p && o.reality === 'asserted' && !o.recipient && o.trigger.event === 'ASSAULT' && o.last < p.first && p.first - o.last <= 8 && (!o.actor || !p.actor || o.actor === p.actor)) o.recipient = p.recipient;
    }
  }
  return out;
}

/** acts that set terms: what they put after "before" or "until" waits on them */
const CONDITIONING = new Set(['REQUEST', 'REJECT', 'THREATEN']);

/** codeSentence, step 1: a trigger that names no event here (a month, a name, a reference, a charge) is skipped. */
/** words that join a weapon to the list it is in: "heavy weapons including mortars", "such as rockets" */
const WEAPON_LIST_LINKS = new Set(['including', 'such', 'as', 'like', 'especially', 'mainly', 'notably']);

/** Is the weapon named at `first` only had, traded or limited, not used: "bought new missiles", "has hundreds of rockets, tanks and
 * missiles", "limiting the number of nuclear missiles", "armed with grenades" (reality.json _weapon_had_comment)? */
function weaponOnlyHad(tokens: Token[], s: Sentence, first: number): boolean {
  // back through its phrase and the list it stands in ("the number of", "rocket-propelled")
  const glued = (k: number) => tokens[k].text === '-' || (tokens[k - 1]?.text === '-' && tokens[k - 1].end === tokens[k].start) ||
    (tokens[k + 1]?.text === '-' && tokens[k].end === tokens[k + 1].start);
  const inPhrase = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'CCONJ' || t.pos === 'DET' ||
    t.text === ',' || t.lower === 'of' || WEAPON_LIST_LINKS.has(t.lower);
  let b = first - 1;
  while (b >= s.first && first - b <= 10 && (inPhrase(tokens[b]) || glued(b))) b--;
  if (b < s.first) return false;
  const had = (t: Token) => WEAPON_HAD_VERBS.has(t.lemma) || WEAPON_HAD_VERBS.has(t.lower);
  if (tokens[b].pos === 'VERB' || tokens[b].pos === 'AUX') return had(tokens[b]);
  if (tokens[b].lower === 'with') return b - 1 >= s.first && (tokens[b - 1].pos === 'VERB' || tokens[b - 1].pos === 'ADJ') && had(tokens[b - 1]);
  return false;
}

/** verbs of bringing a conflict to an end: "to end the war", "ending the fighting" */
const ENDING_VERBS = new Set(['end', 'halt', 'stop', 'settle', 'resolve']);
/** Is a saying verb, with "that" or none, what comes right before token `at` ("told reporters on Monday that")? */
function saidBefore(tokens: Token[], from: number, at: number): boolean {
  for (let k = at - 1; k >= from && at - k <= 8; k--) {
    if (tokens[k].pos === 'VERB' && REPORT_VERBS.has(tokens[k].lemma)) return true;
    if (tokens[k].text === ',' || tokens[k].text === ';') return false;
  }
  return false;
}

function screenTrigger(st: SentenceState, c: Candidate): boolean {
  const { doc, tokens, s, caps, ms } = st;
  let trigger = c.trigger;
  const first = c.first;
  const last = c.last;
  // ("staged a 24-hour warning strike": a saying's noun modifying another event noun right after it names a kind of that one, which
  // is the act; only a saying's: in "artillery strikes" the strikes are no strike)
  if (trigger.pos === 'N' && SPEECH_ACTS.has(trigger.event) && last < s.last && tokens[last].pos === 'NOUN' && tokens[first].pos !== 'VERB') {
    const head = matchAt(tokens, last, s.last, caps);
    if (head && head.first === last && head.trigger.pos === 'N' && !SPEECH_ACTS.has(head.trigger.event)) return false;
  }
  // ("Yesterday's deaths are the latest in a series of fatal clashes between police and workers in recent months": acts summed up as
  // a run of them, no act told)
  // (the "of" of the run stands within the six tokens the pattern reads: looked for first, before any text is sliced)
  if (trigger.pos !== 'V' && first > s.first && tokens.slice(Math.max(s.first, first - 6), first).some((t) => t.lower === 'of') &&
    SERIES_OF.test(doc.text.slice(tokens[Math.max(s.first, first - 6)].start, tokens[first].start)) &&
    LATEST_OR_RECENT.test(doc.text.slice(tokens[s.first].start, tokens[s.last - 1].end))) return false;
  // ("Nimeiri told reporters on Monday that the protests were the work of communists": acts already told, named with "the" as what a
  // speaker says something is, are no act of the saying's day)
  if (trigger.pos !== 'V' && first - 1 > s.first && /^(?:the|these|those)$/.test(tokens[first - 1].lower) && last + 1 < s.last && tokens[last].lemma === 'be' &&
    (tokens[last + 1].pos === 'DET' || tokens[last + 1].pos === 'PRON' || POSSESSIVES.has(tokens[last + 1].lower)) && saidBefore(tokens, s.first, first - 1)) return false;
  // ("signed an accord intended to end the Tamil separatist war", "efforts to end the fighting": a war or fighting named as what is to
  // be ended is the conflict at large, no act told)
  if (trigger.pos !== 'V' && trigger.event === 'ASSAULT' && (trigger.words[trigger.words.length - 1] === 'war' || trigger.words[0] === 'fighting')) {
    let k = first - 1;
    while (k > s.first && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'PROPN' || POSSESSIVES.has(tokens[k].lower) || (tokens[k].pos === 'NOUN' && k === first - 1))) k--;
    if (ENDING_VERBS.has(tokens[k]?.lemma ?? '') && (tokens[k - 1]?.lower === 'to' || tokens[k].lower.endsWith('ing'))) return false;
  }
  // ("the region's hospitals were still receiving wounded", "doctors treating injured protesters": the hurt named as whom care is given
  // to, no act told)
  if (trigger.event === 'ASSAULT' && last === first + 1 && /^(?:wounded|injured|hurt)$/.test(tokens[first].lower) && first > s.first && CARING_FOR.has(tokens[first - 1].lemma) &&
    (tokens[first - 1].pos === 'VERB' || tokens[first - 1].lower.endsWith('ing'))) return false;
  // (nor as the subject of a verb of their own: "many wounded had stayed away from hospitals for fear of arrest")
  if (trigger.event === 'ASSAULT' && last === first + 1 && /^(?:wounded|injured)$/.test(tokens[first].lower) && first > s.first && /^(?:many|most|some|several|the|other|all)$/.test(tokens[first - 1].lower) &&
    last < s.last && (tokens[last].pos === 'AUX' || (tokens[last].pos === 'VERB' && tokens[last].lower !== tokens[last].lemma)) && !/^(?:by|in|at|when|as|during)$/.test(tokens[last + 1]?.lower ?? '')) return false;
  // ("police backed by troops raided three buildings", "the army, backed by tanks, stormed": who a force is backed by describes it; the
  // act is the verb after)
  // (by forces joined in the act only: a state backing rebels, "Rebels backed by Turkey attacked", is support told in passing)
  const backer = ms.find((m) => m.first > last && m.first <= last + 2 && m.kind !== 'pronoun');
  if (trigger.event === 'SUPPORT' && BACKED_BY.has(tokens[first].lemma) && /ed$/.test(tokens[first].lower) && tokens[last]?.lower === 'by' && first > s.first &&
    !!backer && ARMED_FORCE_SECTORS.has(resolveRef(backer)?.sector ?? '') &&
    (tokens[first - 1].pos === 'NOUN' || tokens[first - 1].pos === 'PROPN' || (tokens[first - 1].text === ',' && (tokens[first - 2]?.pos === 'NOUN' || tokens[first - 2]?.pos === 'PROPN'))) &&
    !tokens.slice(Math.max(s.first, first - 4), first).some((t) => t.pos === 'AUX')) {
    // (a finite verb of the clause after the backer: one not in -ing or -ed, or an -ed one right after the backer's noun)
    for (let k = last + 1; k < s.last && k - last <= 10; k++) {
      if (tokens[k].pos !== 'VERB') continue;
      if (!/(?:ing|ed)$/.test(tokens[k].lower) || (/ed$/.test(tokens[k].lower) && tokens[k - 1].pos !== 'AUX' && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN' || tokens[k - 1].text === ','))) return false;
    }
  }
  // ("has no intention of bowing to threats", "would not give in to blackmail and threats": threats one yields to are others', told as
  // what is refused)
  if (trigger.event === 'THREATEN' && trigger.pos === 'N' && first >= s.first + 2) {
    let k = first - 1;
    while (k > s.first && first - k <= 4 && ['DET', 'ADJ', 'NOUN', 'CCONJ'].includes(tokens[k].pos)) k--;
    if (tokens[k]?.lower === 'to') {
      let v = k - 1;
      if (/^(?:in|down)$/.test(tokens[v]?.lower ?? '')) v--;
      // (by its lemma, or its form when the tagger took the gerund for a noun: "bowing/NOUN")
      if (/^(?:bow|yield|give|cave|succumb|submit|bend|kowtow)$/.test(tokens[v]?.lemma ?? '') || /^(?:bow|yield|cav|succumb|submitt|bend|kowtow)ing$/.test(tokens[v]?.lower ?? '')) return false;
    }
  }
  // ("the boy picked up the parcel": what is picked up that names no one is a thing, not a person detained; "was picked up" stays)
  if (trigger.event === 'COERCE' && tokens[first].lemma === 'pick' && trigger.words.length === 2 && /^(?:the|a|an|his|her|their|its)$/.test(tokens[last]?.lower ?? '') &&
    !ms.some((m) => m.first >= last && m.first <= last + 3)) {
    let k = last + 1;
    while (k < s.last && k - last <= 4 && tokens[k].pos === 'ADJ') k++;
    if (tokens[k]?.pos === 'NOUN' && !actorLexicon().words.has(tokens[k].lower)) return false;
  }
  // ("have been moving East Indian residents out": people moved are no forces deployed; "police moved to clear a barricade": an act set
  // about, told next; "will move on to Baucau": going on to what comes next)
  if (trigger.pos === 'V' && trigger.words.length === 1 && trigger.words[0] === 'move' && last < s.last) {
    const nx = tokens[last];
    const nx2 = last + 1 < s.last ? tokens[last + 1] : undefined;
    if (['DET', 'NUM', 'NOUN', 'PROPN', 'PRON'].includes(nx.pos) || POSSESSIVES.has(nx.lower)) return false;
    if (nx.lower === 'to' && nx2?.pos === 'VERB') return false;
    if (nx.lower === 'on' && (!nx2 || nx2.lower === 'to' || nx2.pos === 'PUNCT')) return false;
    // ("when troops and police moved on a sit-in": forces going at a protest act on it, an act told by what they did to it)
    for (let k = last + 1; nx.lower === 'on' && k < s.last && k - last <= 4; k++) {
      const m = matchAt(tokens, k, s.last, caps);
      if (m && m.trigger.event === 'PROTEST' && m.trigger.pos !== 'V') return false;
    }
  }
  // ("told parliament that martial law would be lifted as soon as calm returns": a measure said to be lifted is promised away, not
  // imposed)
  // ("The curfew was lifted on Monday": lifted, told as done)
  if (trigger.event === 'COERCE' && trigger.pos === 'N' && /^(?:will|would|could|may|might|shall|is|was|were|are|to|has|have|had)$/.test(tokens[last]?.lower ?? '')) {
    // (past an adverb: "curfew had been completely lifted")
    const be = /^(?:be|been)$/.test(tokens[last + 1]?.lower ?? '');
    let k = be ? last + 2 : last + 1;
    while (k < s.last && k - last <= 4 && tokens[k].pos === 'ADV') k++;
    if ((be || /^(?:is|was|were|are)$/.test(tokens[last].lower)) && MEASURE_UNDONE.test(tokens[k]?.lower ?? '')) return false;
  }
  // ("political prisoners would be released and censorship abolished": the auxiliary left out in a second clause)
  if (trigger.event === 'COERCE' && trigger.pos === 'N' && MEASURE_UNDONE.test(tokens[last]?.lower ?? '') && tokens[last].lower !== 'ended' && tokens[first - 1]?.pos === 'CCONJ') return false;
  // "march 16", "16 march": a month, not a march
  if ((tokens[first].lower === 'march' || tokens[first].lower === 'may') && (tokens[first + 1]?.pos === 'NUM' || tokens[first - 1]?.pos === 'NUM' || /^\d/.test(tokens[first + 1]?.text ?? ''))) return false;
  // ("Officials did not give a figure for injured civilians": people a figure is of, named by their participle, are no act told)
  if (last === first + 1 && /(?:ed|en)$/.test(tokens[first].lower) && (tokens[last]?.pos === 'NOUN' || tokens[last]?.pos === 'ADJ') && /^(?:for|of)$/.test(tokens[first - 1]?.lower ?? '') &&
    FIGURE_NOUNS.has(tokens[first - 2]?.lower ?? '')) return false;
  // ("an amnesty for crimes committed during the conflict, although not for serious offences such as murder": a kind of offence named,
  // no act told)
  if (first >= 3 && tokens[first - 1].lower === 'as' && tokens[first - 2].lower === 'such' && OFFENCE_NOUNS.has(tokens[first - 3].lower)) return false;
  // ("the first since the easing of martial law restrictions", "the lifting of the curfew was announced": a measure named as what is
  // lifted or eased is not imposed)
  if ((trigger.event === 'COERCE' || trigger.event === 'SANCTION') && first >= 2) {
    let k = first - 1;
    if (tokens[k].lower === 'the') k--;
    if (tokens[k]?.lower === 'of' && MEASURE_ENDINGS.has(tokens[k - 1]?.lower ?? '')) return false;
  }
  // ("detained two men near the site of the ambush": the place of an act told before, no act of its own)
  if (first >= 3 && tokens[first - 1].lower === 'the' && tokens[first - 2].lower === 'of' && /^(?:site|scene)$/.test(tokens[first - 3].lower)) return false;
  // ("urged the government to investigate torture allegations": an act named as what allegations or claims are of is alleged, no act
  // told)
  // (the act's word a modifier in the noun's phrase, after a verb, an article or a preposition: not "was investigating reports")
  if (last === first + 1 && last < s.last && /^(?:allegations?|claims?|accusations?|charges?|reports?|complaints?)$/.test(tokens[last].lower) && tokens[last].pos === 'NOUN' &&
    ['VERB', 'DET', 'ADP', 'ADJ'].includes(tokens[first - 1]?.pos ?? '')) return false;
  // ("an ex gratia payment to the next of kin of each person killed": people any such act befell, no act told)
  if (last === first + 1 && /(?:ed|en)$/.test(tokens[first].lower) && (tokens[first - 1]?.pos === 'NOUN') && /^(?:each|every|any)$/.test(tokens[first - 2]?.lower ?? '')) return false;
  // ("relatives of the dead and disappeared", "the disappeared", "families of the dead and wounded": those gone or hurt, named as a
  // noun, no act told)
  if (/ed$/.test(tokens[first].lower) && first > s.first && last === first + 1 &&
    ((trigger.words[0] === 'disappear' && tokens[first - 1].lower === 'the') ||
      (tokens[first - 1].lower === 'and' && /^(?:dead|missing|killed|murdered|detained|injured|wounded)$/.test(tokens[first - 2]?.lower ?? '') && tokens[first - 3]?.lower === 'the'))) return false;
  // ("came under a grenade attack", "came under rocket fire": the event noun inside, with its weapon, says what came, done to
  // the subject all the same)
  if (trigger.pos === 'V' && trigger.words.length > 2 && PATIENT_SUBJECTS.has(trigger.words.join(' '))) {
    for (let k = first + 2; k < last - 1; k++) {
      if (tokens[k].pos !== 'NOUN' && tokens[k].pos !== 'PROPN') continue;
      const inner = matchAt(tokens, k, last, caps);
      if (inner && inner.last <= last && inner.trigger.event === 'ASSAULT') {
        trigger = { ...trigger, mode: inner.trigger.mode, cameo: inner.trigger.cameo, acled: inner.trigger.acled };
        break;
      }
    }
  }
  // ("limited bank withdrawals to 250 pesos", "cash withdrawals": money taken out, no force or party pulled back)
  if (trigger.event === 'RETREAT' && /^withdrawals?$/.test(tokens[first].lower) && first > s.first && /^(?:bank|cash|deposit|atm|money|savings|dollar|foreign-currency)$/.test(tokens[first - 1].lower)) return false;
  // an actor mention that is itself the trigger word ("the protesters") is not an event
  // (a hyphenated compound is judged by its last part: "pepper-sprayed")
  const headTok = tokens[trigger.pos === 'N' || (trigger.pos === '*' && trigger.words.includes('-')) ? last - 1 : first];
  // ("demanded the reopening of the border": a gerund after an article is a noun, whatever the tagger says)
  // (and so is a verb's form the tagger takes for a noun there: "without a shot being fired")
  // ("killed in two days of fighting around the town": a gerund with no object after "of", "in", "during" or "amid" is a noun too)
  const bareGerund = trigger.words.length === 1 && tokens[first].lower.endsWith('ing') && first > s.first && GERUND_PREPS.has(tokens[first - 1].lower) &&
    !(last < s.last && GERUND_OBJECT.has(tokens[last].pos));
  // (past an adjective: "the later shooting", "a fresh bombing")
  let art = first - 1;
  while (art > s.first && first - art <= 2 && (tokens[art].pos === 'ADJ' || tokens[art].pos === 'ADV') && tokens[first].lower.endsWith('ing')) art--;
  const verbal = (trigger.pos === 'V' || (trigger.pos === '*' && headTok.pos === 'VERB')) && !bareGerund &&
    !((tokens[first].lower.endsWith('ing') || (tokens[first].pos === 'NOUN' && trigger.words.length === 1)) && first > s.first && /^(?:the|a|an)$/.test(tokens[art].lower)) &&
    // ("anger over his killing", "Zongo's killing": a gerund after a possessive is a noun too)
    // (not a day's: "the officers involved in Monday's shooting" did the shooting)
    !(tokens[first].lower.endsWith('ing') && trigger.words.length === 1 && first > s.first && (/^(?:his|her|their|its)$/.test(tokens[first - 1].lower) ||
      ((tokens[first - 1].text === "'s" || tokens[first - 1].text === '’s') && !dayOwner(tokens[first - 2]?.lower ?? ''))));
  // ("bought new missiles", "has hundreds of rockets", "limiting the number of nuclear missiles": a weapon named, not used)
  if (trigger.had && !verbal && weaponOnlyHad(tokens, s, first)) return false;
  // ("according to a release by the Commissioner for Information", "the release added", "a press release": a statement put out,
  // no one freed)
  if (!verbal && trigger.words.length === 1 && trigger.words[0] === 'release') {
    let p = first - 1;
    if (p >= s.first && /^(?:a|the|its|his|their|her)$/.test(tokens[p].lower)) p--;
    const pl = tokens[p]?.lower ?? '';
    if (/^(?:press|news|media)$/.test(tokens[first - 1]?.lower ?? '') || (p >= s.first && p < first - 1 && (pl === 'in' || (pl === 'to' && tokens[p - 1]?.lower === 'according'))) ||
      /^(?:said|says|added|adds|stated|states|read|reads|quoted)$/.test(tokens[last]?.lower ?? '')) return false;
  }
  // ("Jhon Fredy Yatacue, a spokesman for the protest, told AFP": an act named to say whom one speaks for, no telling of the act)
  if (!verbal && first - 3 >= s.first && /^(?:the|this|that)$/.test(tokens[first - 1].lower) && tokens[first - 2].lower === 'for' && SPOKESPEOPLE.has(tokens[first - 3].lower)) return false;
  // ("in the north, where support for the President is strongest": how much support there is, a standing state, no act of support)
  // (the tagger may call it a verb there: "where support/VERB for the President is strongest")
  if (trigger.event === 'SUPPORT' && trigger.words.length === 1 && (!verbal || tokens[last]?.lower === 'for')) {
    let k = last;
    if (tokens[k]?.lower === 'for') {
      k++;
      while (k < s.last && k - last <= 5 && (tokens[k].pos === 'DET' || tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'ADJ')) k++;
    }
    if (k < s.last && /^(?:is|are|was|were|remains|remained|has|had)$/.test(tokens[k].lower) && /^(?:ADJ|ADV)$/.test(tokens[k + 1]?.pos ?? '') && tokens[k + 1].lower !== 'not') return false;
  }
  // ("sentenced ... to fifteen days of administrative arrest", "sentenced to 10 days in detention": the penalty, no arrest)
  if (!verbal && trigger.event === 'COERCE' && trigger.mode === 'arrest') {
    for (let k = first - 1; k > s.first && first - k <= 8; k--) {
      if (tokens[k].lower !== 'to') continue;
      if (tokens.slice(Math.max(s.first, k - 8), k).some((t) => t.pos === 'VERB' && (t.lemma === 'sentence' || t.lemma === 'condemn'))) return false;
      break;
    }
  }
  // ("the others were shot as they fled towards the bush": flight from the violence done to them, no retreat of anyone's)
  if (verbal && trigger.event === 'RETREAT' && trigger.words.length === 1 && trigger.words[0] === 'flee' && first - 3 >= s.first) {
    let k = first - 1;
    while (k > s.first && first - k <= 3 && (tokens[k].pos === 'PRON' || tokens[k].pos === 'ADV' || tokens[k].pos === 'AUX')) k--;
    if (/^(?:as|while|when)$/.test(tokens[k].lower) && k < first - 1) {
      let v = k - 1;
      while (v > s.first && k - v <= 3 && (tokens[v].pos === 'ADV' || tokens[v].pos === 'ADP' || tokens[v].pos === 'DET' || tokens[v].pos === 'NOUN')) v--;
      if (tokens[v].pos === 'VERB' && /^(?:be|get)$/.test(tokens[v - 1]?.lemma ?? '') && /^(?:shoot|kill|attack|beat|stab|hack|wound|injure|hit|cut|capture|abduct|kidnap|arrest|gun|chase|ambush)$/.test(tokens[v].lemma)) return false;
    }
  }
  // "investors attacked the bank's forecasts", "slammed the plan": words against words are criticism (CAMEO 111)
  // ("an article attacking Ayatollah Khomeini", "An editorial attacked the government": and so is a text that attacks)
  if (verbal && trigger.event === 'ASSAULT' && trigger.words.length === 1 && (trigger.words[0] === 'attack' || trigger.words[0] === 'assail' || trigger.words[0] === 'blast')) {
    let words = first - 1 >= s.first && (VOICING_DOCUMENTS.has(tokens[first - 1].lower) || OPINION_NOUNS.has(tokens[first - 1].lower));
    for (let k = last; !words && k < Math.min(s.last, last + 8); k++) {
      const t = tokens[k];
      words = DISCOURSE_OBJECTS.has(t.lower) && (t.pos === 'NOUN' || t.pos === 'PROPN');
      // (through a possessor's name: "the Bank of England's forecasts")
      if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.text === "'s" || t.text === '’s' || (t.lower === 'of' && tokens[k + 1]?.cap))) break;
    }
    if (words) trigger = { ...trigger, event: 'ACCUSE', mode: 'disapprove', cameo: '111', acled: null, context: null };
  }
  // "Tesla fired its head of battery development", "fired the police chief": a person fired is dismissed, not shot
  if (verbal && trigger.words.length === 1 && trigger.words[0] === 'fire') {
    let head = -1;
    // ("the employer fired 412 strikers": past a count too)
    // (and past a word of approximation: "fired about 2,000 strikers")
    let from = last;
    while (from < s.last && from - last < 2 && /^(?:about|around|some|nearly|almost|over|roughly|approximately)$/.test(tokens[from].lower) && tokens[from + 1]?.pos === 'NUM') from++;
    for (let k = from; k < s.last && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN' || (tokens[k].pos === 'NUM' && k === from) || POSSESSIVES.has(tokens[k].lower) || tokens[k].text === "'s" || tokens[k].text === '’s'); k++) {
      // ("fired the police chief/ADJ": a title the tagger calls an adjective, with no noun after it, is the head)
      const title = tokens[k].pos === 'ADJ' && DISMISSED.has(tokens[k].lower) && tokens[k + 1]?.pos !== 'NOUN' && tokens[k + 1]?.pos !== 'PROPN';
      // (the phrase ends at its noun: "fired 412 strikers last week")
      if (head >= 0 && !title && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'DET')) break;
      if (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN' || title) head = k;
    }
    // ("fired hundreds of strikers": the people counted after "of")
    if (head >= 0 && QUANTITY_NOUNS.has(tokens[head].lower) && tokens[head + 1]?.lower === 'of') {
      let k = head + 2;
      while (k < s.last && k - head <= 5 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || POSSESSIVES.has(tokens[k].lower))) k++;
      if (tokens[k]?.pos === 'NOUN') head = k;
    }
    if (head >= 0 && DISMISSED.has(tokens[head].lemma)) return false;
  }
  // "killed himself in his cell", "hanged herself": harm done to oneself is no attack (reality.json self_harm_verbs;
  // "blew himself up" is a suicide bombing and is not among them)
  if (verbal && trigger.event === 'ASSAULT' && REFLEXIVES.has(tokens[last]?.lower ?? '') && SELF_HARM.has(tokens[first].lemma)) return false;
  // ("a monk set himself afire and burned to death": the death of who set himself on fire is his protest's, no attack)
  if (verbal && trigger.event === 'ASSAULT' && trigger.words[0] === 'burn' && SELF_IMMOLATION.test(tokens.slice(s.first, first).map((t) => t.text).join(' '))) return false;
  // ("masked policemen ... marched about 30 men up the hill": people marched off by others are taken, no protest)
  if (verbal && trigger.event === 'PROTEST' && trigger.words.length === 1 && trigger.words[0] === 'march' && !isPassive(tokens, s, first)) {
    let k = last;
    while (k < s.last && k - last < 4 && tokens[k].pos !== 'ADP' && (tokens[k].pos === 'DET' || tokens[k].pos === 'NUM' || APPROX.has(tokens[k].lower) || tokens[k].pos === 'ADJ')) k++;
    if (k > last && tokens[last].pos !== 'ADP' && ms.some((m) => (m.first === k || (m.first <= k && k < m.last && m.first >= last)) && (m.kind === 'group' || m.kind === 'person'))) return false;
  }
  // "the patrol was returning to its base", "refugees returned to their villages": going back is no return of anything
  // (reality.json return_destinations; "returned to Brazil 21 frogs", "was returned to the Peruvian government" return things)
  if (verbal && tokens[first].lemma === 'return' && tokens[last]?.lower === 'to' && !(first > s.first && /^(?:be|get)$/.test(tokens[first - 1].lemma) && !tokens[first].lower.endsWith('ing'))) {
    let k = last + 1;
    while (k < s.last && k <= last + 3 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || POSSESSIVES.has(tokens[k].lower))) k++;
    if (k < s.last && RETURN_DESTINATIONS.has(tokens[k].lower)) return false;
    // ("police returned to Racak behind heavy machine-gun fire": a place gone back to, with nothing returned after it)
    if (k < s.last && tokens[k].cap && tokens[k].pos === 'PROPN') {
      let j = k;
      while (j < s.last && tokens[j].cap && (tokens[j].pos === 'PROPN' || tokens[j].pos === 'NOUN')) j++;
      // (not a name opening a compound: "would not return to Vatican-brokered talks")
      // (nor a time after it with nothing returned after that: "had returned to Khartoum last month to join the talks", not "returned
      // to Brazil last Wednesday 21 frogs")
      let after = j;
      if (/^(?:last|this|earlier)$/.test(tokens[after]?.lower ?? '')) after++;
      if (after > j && (tokens[after]?.pos === 'NOUN' || tokens[after]?.pos === 'PROPN')) after++;
      const timeOnly = after > j + 1 && (after >= s.last || ['ADP', 'PUNCT', 'PART', 'CCONJ', 'SCONJ'].includes(tokens[after].pos));
      if (j >= s.last || (['ADP', 'PUNCT', 'CCONJ', 'SCONJ', 'ADV'].includes(tokens[j].pos) && tokens[j].text !== '-') || timeOnly) return false;
    }
  }
  // ("He insisted, however, that Tbilisi had no intention of using force": insisting that something is so claims it; only
  // insisting on something, or that it must be done, asks for it)
  if (verbal && tokens[first].lemma === 'insist' && trigger.words.length === 1) {
    let k = last;
    while (k < s.last && k - last <= 3 && (tokens[k].text === ',' || tokens[k].pos === 'ADV')) k++;
    if (tokens[k]?.lower === 'that' || (k > last && tokens[k]?.pos !== 'ADP')) {
      let asks = false;
      for (let j = k; j < Math.min(s.last, k + 10) && !asks; j++) asks = /^(?:must|should|shall|be|stop|end|leave|resign|withdraw)$/.test(tokens[j].lower);
      if (!asks) return false;
    }
  }
  // ("Police free kidnapped Huancayo businessman", "Troops rescue abducted girls": a participle right after a verb of finding
  // or freeing describes whom, taken before; it is no act of the freers)
  if (verbal && /ed$/.test(tokens[first].lower) && first > s.first && FREEING.has(tokens[first - 1].lemma) && last < s.last && (tokens[last].pos === 'NOUN' || tokens[last].pos === 'PROPN' || tokens[last].pos === 'NUM')) return false;
  // ("a temporary site near Ban Mae Ku", "the Strike Force Command": a capitalised event noun (not a named march) between a lower-case word and
  // another capitalised word, in mixed-case prose, is part of a name)
  if (!verbal && !caps && trigger.event !== 'PROTEST' && trigger.words.length === 1 && tokens[first].cap && first > s.first && /^\p{Ll}/u.test(tokens[first - 1].text) &&
    last < s.last && tokens[last].cap && tokens[last].pos === 'PROPN') return false;
  // "It was the third attack on government forces this month", "This was the worst violence in years": what the
  // sentence before told, named again, is no act of its own
  if (!verbal && retoldByCopula(tokens, s, first)) return false;
  // ("AS ALLEGED RED BRIGADES LEADERS ... ARE ON TRIAL", "the alleged ringleaders": "alleged" before whom it describes is no allegation)
  if (verbal && trigger.event === 'ACCUSE' && trigger.words.length === 1 && tokens[first].lower === 'alleged' && first > s.first && last < s.last &&
    /^(?:the|a|an|as|of|for|two|three|four|five|several|some|its|their|his|her)$/.test(tokens[first - 1].lower) && (tokens[last].pos === 'NOUN' || tokens[last].pos === 'PROPN' || tokens[last].pos === 'ADJ')) return false;
  // "riot police charged the marchers with clubs", "police charged the crowd", "charged into the crowd": a charge at a
  // crowd is force, not a legal charge ("charged the protesters with rioting", "over the violence" stay legal)
  if (verbal && trigger.event === 'ACCUSE' && trigger.words.length === 1 && trigger.words[0] === 'charge') {
    let k = last;
    if (tokens[k] && (tokens[k].lower === 'at' || tokens[k].lower === 'into' || tokens[k].lower === 'towards' || tokens[k].lower === 'toward')) k++;
    let head = -1;
    // (a count of people charged is a legal count: "charged 12 students"; so is the passive: "were charged")
    let counted = isPassive(tokens, s, first);
    // (and a headline's people counted before the bare participle: "FIVE MEN CHARGED AT CLONES")
    if (first - 2 >= s.first && tokens[first - 2].pos === 'NUM' && /s$|^(?:men|women|people|police)$/i.test(tokens[first - 1].lower) && tokens[first - 1].pos !== 'VERB') counted = true;
    // (capitals leave words tagged as names and unlemmatised: "CHARGED THE MARCHERS WITH CLUBS")
    const noun = (t: Token) => t.pos === 'NOUN' || (t.pos === 'PROPN' && !t.cap) || (t.pos === 'PROPN' && t.text === t.text.toUpperCase());
    for (; k < s.last && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || noun(tokens[k]) || tokens[k].pos === 'NUM' || POSSESSIVES.has(tokens[k].lower)); k++) {
      if (noun(tokens[k])) head = k;
      // (not a crowd's size: "charged several thousand demonstrators")
      if (tokens[k].pos === 'NUM' && !/^(?:hundreds?|thousands?)$/.test(tokens[k].lower)) counted = true;
    }
    // ("Mounted police charged thousands of demonstrators": the crowd counted, past its count)
    if (head >= 0 && QUANTITY_NOUNS.has(tokens[head].lower) && tokens[k]?.lower === 'of') {
      for (k++; k < s.last && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || noun(tokens[k])); k++) if (noun(tokens[k])) head = k;
    }
    const crowd = head >= 0 && (CHARGED_CROWDS.has(tokens[head].lemma) || CHARGED_CROWDS.has(tokens[head].lower.replace(/s$/, '')));
    const nx = tokens[k];
    // (what they charged with, past its determiner and a modifier: "with bamboo staves", "with long batons")
    let wk = k + 1;
    if (tokens[wk]?.pos === 'DET') wk++;
    const armed = nx?.lower === 'with' && (chargeWeapon(tokens[wk]?.lower ?? '') || (tokens[wk + 1]?.sent === nx.sent && chargeWeapon(tokens[wk + 1]?.lower ?? '')));
    // (no court charges a crowd as such: "riot police charged the crowd after it refused orders to disperse")
    const collective = head >= 0 && /^(?:crowd|crowds|mob|mobs|gathering|gatherings|rally|rallies|procession|processions|demonstration|demonstrations|march|marches|picket|pickets|sit-in|sit-ins)$/.test(tokens[head].lower);
    const legal = !!nx && nx.sent === tokens[first].sent && (/^(?:over|for|under)$/.test(nx.lower) || (nx.lower === 'after' && !collective) || (nx.lower === 'with' && !armed));
    // ("Police fired tear gas and charged with bamboo staves": the police's charge, told with no object)
    // (or with no object at all: "police in riot gear charged, chasing people into side streets")
    const bare = !nx || nx.sent !== tokens[first].sent || /^[,.;:]$/.test(nx.text) || /^(?:into|at|towards?|forward|and|through)$/.test(nx.lower);
    const by = head < 0 && (armed || bare) && !counted ? agentLeft(tokens, s, ms, first) : null;
    const forcesCharge = !!by && (by.sector === 'COP' || by.sector === 'MIL');
    if ((crowd && !legal && !counted) || forcesCharge) {
      trigger = { ...trigger, event: 'ASSAULT', mode: 'crowd-control', cameo: '175', acled: 'PROTEST_WITH_INTER', context: 'repression' };
    } else if (!legal && !counted) {
      // ("supporters charge Tahrir Square on camels", "charged into the village": a charge at a place is an assault on it, as storming is)
      let p = last;
      if (tokens[p] && /^(?:at|into|towards?|through|across)$/.test(tokens[p].lower)) p++;
      if (tokens[p]?.pos === 'DET') p++;
      const at = tokens[p]?.start;
      let h = -1;
      // (the head however tagged: "the central square/ADJ")
      for (let q = p; q < s.last && q - p < 5 && ['ADJ', 'NOUN', 'PROPN'].includes(tokens[q].pos); q++) h = q;
      const place = at !== undefined && (st.doc.places ?? []).some((q) => q.start === at && q.kind !== 'demonym');
      if (place || (h >= 0 && TERRITORY_NOUNS.has(tokens[h].lower))) trigger = { ...trigger, event: 'ASSAULT', mode: null, cameo: '180', acled: 'auto', context: null };
    }
  }
  // "sent armoured vehicles and interior ministry troops toward the town": forces sent along with the equipment make it a
  // deployment, not aid (the forces are in the object, before any "to"/"toward" of where they go)
  if (verbal && trigger.event === 'AID' && trigger.words.length > 1 && (trigger.words[0] === 'send' || trigger.words[0] === 'dispatch' || trigger.words[0] === 'deploy')) {
    let k = last;
    while (k < s.last && k - last < 10 && tokens[k].text !== ',' && tokens[k].text !== ';' && tokens[k].pos !== 'ADP' && tokens[k].pos !== 'VERB') k++;
    if (ms.some((m) => m.first >= last && m.last <= k && (m.sector === 'MIL' || m.sector === 'COP') && m.kind !== 'pronoun')) {
      trigger = { ...trigger, event: 'MOBILIZE', mode: 'troops', cameo: '154', acled: 'CHANGE_TO_GROUP_ACT', context: 'military' };
    }
  }
  // ("The police were shooting down Patission Street": shots fired along a street, not anything brought down)
  if (verbal && trigger.event === 'COERCE' && trigger.words.length === 2 && trigger.words[0] === 'shoot' && trigger.words[1] === 'down') {
    let k = last;
    const way = (t: Token) => /^(?:street|streets|road|roads|avenue|boulevard|alley|lane|hill|slope|corridor|highway)$/.test(t.lower);
    while (k < s.last && k - last <= 4 && !way(tokens[k]) && (tokens[k].pos === 'DET' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'NUM' || tokens[k].cap)) k++;
    if (k < s.last && way(tokens[k])) {
      trigger = { ...trigger, event: 'ASSAULT', mode: 'firearms', cameo: '193', acled: 'auto', context: null };
    }
  }
  // ("They were met by zone police and a crowd of American students", "were met by border guards": people met in the passive by armed
  // forces or by a crowd were confronted, not consulted)
  if (verbal && trigger.event === 'CONSULT' && tokens[first].lemma === 'meet' && tokens[last]?.lower === 'by' && first - 1 >= s.first && PASSIVE_AUX.has(tokens[first - 1].lower)) {
    const by = byAgent(tokens, s, ms, last, 6);
    if (by && (by.sector === 'COP' || by.sector === 'MIL' || by.sector === 'PRO' || by.sector === 'UAF')) return false;
  }
  // ("a meeting of about two hundred strikers in the market square passed off quietly": a meeting of a counted crowd of people, not of
  // delegates or officials, is a rally)
  if (!verbal && trigger.event === 'CONSULT' && (tokens[first].lower === 'meeting' || tokens[first].lower === 'meetings') && tokens[last]?.lower === 'of') {
    let k = last + 1;
    while (k < s.last && k - last <= 3 && (APPROX.has(tokens[k].lower) || tokens[k].lower === 'least')) k++;
    // (a crowd: not "meetings of more than three people require a permit")
    const told = tokens.slice(k, k + 3).map((t) => t.lower).join(' ');
    const crowd = /\b(?:hundreds?|thousands?|dozens?|scores?)\b/.test(told) || (/^\d[\d,]*$/.test(tokens[k]?.lower ?? '') && Number(tokens[k].lower.replace(/,/g, '')) >= 20);
    if (crowd) {
      const m = ms.find((x) => x.first > last && x.first <= k + 1 && x.kind !== 'pronoun');
      // (not of leaders, officials or delegates: "a meeting of 12 opposition leaders" is talks)
      if (m && MEETING_CROWDS.has(m.sector ?? '') && !/^(?:leader|official|representative|delegate|member|chief|elder|head|minister|officer)s?$/.test(tokens[m.head]?.lower ?? '')) trigger = { ...trigger, event: 'PROTEST', mode: 'demo', cameo: '141', acled: 'PEACE_PROTEST', context: null };
    }
  }
  // "The toll remains disputed", "as death toll disputed", "the disputed election": a thing said to be in dispute, no
  // one's rejection told (who disputes it, after "by", still rejects it)
  if (verbal && trigger.event === 'REJECT' && trigger.words.length === 1 && trigger.words[0] === 'dispute' && tokens[first].lower === 'disputed') {
    const nx = tokens[last];
    const prev = tokens[first - 1];
    // ("disputed that account": "that" before a noun is its determiner, the object)
    // (nor is a clause it takes after its subject: "The government disputed that the election was flawed")
    const thatDet = !!nx && nx.lower === 'that' && (tokens[last + 1]?.pos === 'NOUN' || tokens[last + 1]?.pos === 'ADJ' || (!!prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN')));
    const predicate = !nx || nx.sent !== tokens[first].sent || nx.pos === 'PUNCT' || (nx.pos === 'ADP' && nx.lower !== 'by' && !thatDet) || (nx.pos === 'SCONJ' && !thatDet) || nx.pos === 'CCONJ';
    const attributive = !!prev && first > s.first && (prev.pos === 'DET' || prev.pos === 'ADV' || POSSESSIVES.has(prev.lower)) && !!nx && (nx.pos === 'NOUN' || nx.pos === 'PROPN' || nx.pos === 'ADJ');
    if ((predicate && !(prev && (prev.pos === 'PRON' || prev.cap) && prev.lemma !== 'be')) || attributive) return false;
  }
  // ("the internationally recognised winner", "an internationally backed government": a participle between a determiner
  // and its noun, past an adverb, describes the noun; no one's support is told)
  if (verbal && (trigger.weak || trigger.event === 'SUPPORT') && first === last - 1 && /(?:ed|en)$/.test(tokens[first].lower)) {
    let d = first - 1;
    while (d > s.first && tokens[d].pos === 'ADV' && first - d <= 2) d--;
    const nx = tokens[last];
    if (d < first - 1 && (tokens[d].pos === 'DET' || POSSESSIVES.has(tokens[d].lower)) && !!nx && nx.sent === tokens[first].sent && (nx.pos === 'NOUN' || nx.pos === 'PROPN')) return false;
  }
  // "dismissed six union delegates", "delegates dismissed in August": people dismissed lose their posts, no claim is rejected
  if (verbal && trigger.event === 'REJECT' && trigger.words.length === 1 && trigger.words[0] === 'dismiss') {
    // (not a government or a parliament dismissed, nor who dismisses: "a claim the ministry dismissed as fiction")
    // (a plural head, past what it is of: "several members of his government")
    const people = (m: ActorLike) => m.kind === 'person' || (m.kind === 'group' && ((m.sector !== 'GOV' && m.sector !== 'LEG') || /[^s]s$/.test(tokens[m.last - 1].lower) || /[^s]s$/.test(tokens[m.head]?.lower ?? '')));
    const reduced = last < s.last && (tokens[last].pos === 'ADP' || tokens[last].pos === 'PUNCT') && tokens[last].lower !== 'as';
    // ("dismissed several members of his government": past a word of how many)
    if (ms.some((m) => people(m) && ((m.last === first && reduced) || (m.first >= last && m.first - last <= 2 && tokens.slice(last, m.first).every((t) => t.pos === 'DET' || t.pos === 'NUM' || SHARES.has(t.lower) || QUANTITY_NOUNS.has(t.lower)))))) return false;
  }
  // "protest leaders", "strike committee": a noun inside an actor's name is not an event
  // (but "Striking workers at the shipyard", "rioting youths": a crowd's act opening its own name is done by it)
  // ("a small picket of around 20 people stood at the gates": a protest's own noun heading the crowd's name is the crowd protesting)
  const actingName = trigger.event === 'PROTEST' && tokens[first].lower.endsWith('ing') ? ms.find((m) => m.kind !== 'pronoun' && m.first === first && m.last > last) :
    trigger.event === 'PROTEST' && !verbal ? ms.find((m) => m.kind === 'group' && m.head === first && m.first <= first && m.last >= last && m.sector === 'PRO') : undefined;
  // ("a probe committee had been formed", "set up an inquiry commission": a body of inquiry set up tells an inquiry)
  const inquirySetUp = (m: ActorLike) => trigger.mode === 'investigate' && [...tokens.slice(Math.max(s.first, m.first - 3), m.first), ...tokens.slice(m.last, Math.min(s.last, m.last + 4))].some((t) => t.pos === 'VERB' && SET_UP.has(t.lemma));
  if (!verbal && !actingName && !(trigger.acled && WEAPON_CODES.has(trigger.acled)) && ms.some((m) => m.kind !== 'pronoun' && m.first <= first && m.last >= last && !inquirySetUp(m))) return false;
  // (and so when no actor is read in it: "the strike committee turned the offer down", "a strike ballot", "protest organisers")
  // ("a probe committee had been formed" still tells an inquiry)
  if (!verbal && trigger.event === 'PROTEST' && last < s.last && (tokens[last].pos === 'NOUN' || tokens[last].pos === 'PROPN') && tokens[last].sent === tokens[first].sent &&
    (EVENT_NOUN_OWNERS.has(tokens[last].lemma) || EVENT_NOUN_OWNERS.has(tokens[last].lower) || EVENT_NOUN_OWNERS.has(tokens[last].lower.replace(/s$/, '')))) return false;
  // ("arrested for looting and curfew violations", "curfew breakers", "ceasefire violations": a measure named as what was broken)
  if (!verbal && last < s.last && /^(?:violation|violations|violator|violators|breaker|breakers|breach|breaches)$/.test(tokens[last].lower)) return false;
  // "expressed condolences over the attack", "claimed responsibility for the bombing": an event
  // referred to by a statement is not reported here (the article codes it where it tells it)
  const background = isBackground(tokens, s, first);
  const framed = !verbal || background || tokens[first].lower.endsWith('ing') ? framesBefore(tokens, s, first) : null;
  if (framed?.reference && trigger.cameo !== '016') return false;
  // ("newspapers have carried only brief official accounts of the fighting": what media told of an act named again)
  if (!verbal || tokens[first].lower.endsWith('ing')) {
    let k = first - 1;
    while (k > s.first && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ')) k--;
    if (k - 1 >= s.first && tokens[k].lower === 'of' && /^(?:accounts|coverage|footage)$/.test(tokens[k - 1].lower)) return false;
    // ("state media gave only brief reports of the unrest": reports of an act told before, named again with "the"; not "reports of
    // fighting in the north", which tells it)
    if (k - 1 >= s.first && tokens[k].lower === 'of' && /^(?:reports?|details)$/.test(tokens[k - 1].lower) && /^(?:the|this|these)$/.test(tokens[k + 1]?.lower ?? '') && k + 2 === first) return false;
  }
  let claimed = !!framed?.claim;
  // "denied charges that it tortured a priest": what the charges say is alleged, not reported
  if (st.denied >= 0 && first > st.denied) {
    let open = true;
    for (let k = st.denied; k < first && open; k++) {
      const w = tokens[k].lower;
      // (past an adverb: "rejected the accusation and then accused", "and in turn accused")
      let v = k + 1;
      if (w === 'and') while (v < first && (tokens[v].pos === 'ADV' || (tokens[v].lower === 'in' && tokens[v + 1]?.lower === 'turn'))) v += tokens[v].lower === 'in' ? 2 : 1;
      if (w === ';' || w === 'but' || (w === 'and' && tokens[v]?.pos === 'VERB' && !tokens[v].lower.endsWith('ing'))) open = false;
    }
    if (open) return false;
    st.denied = -1;
  }
  if (trigger.cameo === '016') st.denied = last;
  // "denied that he had agreed to talks", "dismissed suggestions that ...": what is denied did not happen as told
  if (trigger.event === 'REJECT' && verbal && trigger.words[0] === 'deny' && (tokens[last]?.lower === 'that' || deniedClause(tokens, s, last))) st.denied = last;
  // ("denied in a statement issued in Maputo that its forces had attacked the bus": past how or where it was denied)
  if (trigger.event === 'REJECT' && verbal && trigger.words[0] === 'deny' && tokens[last]?.pos === 'ADP') {
    for (let k = last + 1; k < s.last && k - last <= 10; k++) {
      const t = tokens[k];
      if (t.lower === 'that') {
        st.denied = k;
        break;
      }
      if (t.text === ',' || t.text === ';' || ((t.pos === 'VERB' || t.pos === 'AUX') && !/(?:ed|en)$/.test(t.lower))) break;
    }
  }
  // "rejected India's claim that its troops killed 10 militants": what a rejected claim says is alleged
  if (trigger.event === 'REJECT' || trigger.event === 'ACCUSE') {
    for (let k = Math.max(first, last - 1); k < Math.min(s.last - 1, last + 6); k++) {
      if (CLAIM_NOUNS.has(tokens[k].lemma) && tokens[k + 1].lower === 'that') st.denied = k + 1;
    }
  }
  // "IS claimed responsibility for the bombing that killed 12": a claim of responsibility (CAMEO 015), kept as the claimant's act,
  // attributed rather than reported (no ACLED coding from this mention; the article's own telling of the attack merges with it)
  c.claimant = claimAt(tokens, s, first);
  if (c.claimant >= 0) {
    claimed = true;
    trigger = { ...trigger, cameo: '015' };
  }
  // ("the Houthis claimed that they had attacked the airport": the attack is kept as the claimant's, claimed, and coded as
  // the CAMEO coders code the sentence, a claim of responsibility)
  if (verbal && trigger.event === 'ASSAULT' && !tokens[first].lower.endsWith('ing') && selfClaimAt(tokens, s, first)) {
    claimed = true;
    trigger = { ...trigger, cameo: '015' };
  }
  // "issued shoot-on-sight orders", "a stop-and-search operation": a verb inside a hyphenated compound before a noun names a kind of thing
  if (verbal && last < s.last - 1 && tokens[last].text === '-' && tokens[last].start === tokens[last - 1].end) {
    let k = last;
    while (k < s.last - 1 && tokens[k].text === '-' && tokens[k + 1].start === tokens[k].end) k += 2;
    if (k < s.last && k > last && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN')) return false;
  }
  // "under IPC sections 147 (rioting), 307 (attempt to murder)": the offence a provision names is a charge
  if (inLegalNote(tokens, s, first)) return false;
  // "the UN Working Group on Arbitrary Detention": a capitalised event word inside a name is part of the name
  // (named protests stay events: "the Women's March")
  // (not in a headline set in title case: "U.S. Lifts Travel Ban to Lebanon")
  if (!verbal && trigger.event !== 'PROTEST' && !caps && tokens[first].cap && first > s.first && first === last - 1 &&
    (tokens[first - 1].cap || (/^(?:of|on|for|against)$/.test(tokens[first - 1].lower) && tokens[first - 2]?.cap && first - 2 > s.first)) && !titleCase(tokens, s)) return false;
  // "THE CENTRAL AFRICAN DEMOCRATIC RALLY (RDC)", "the Tribal Solidarity March (TSM)": an event word closing a
  // name its acronym follows is the name of a body
  if (!verbal && tokens[last]?.text === '(' && /^[\p{Lu}][\p{Lu}\d&.-]{1,9}$/u.test(tokens[last + 1]?.text ?? '') && tokens[last + 2]?.text === ')') return false;
  // "troops stationed under a defence agreement": an agreement in force, not one made
  if (!verbal && trigger.event === 'AGREE' && underAgreement(tokens, s, first)) return false;
  // ("EU ministers agreed to impose visa bans": the measure decided is coded, done; "EU agrees sanctions": a sanction decided)
  if (verbal && trigger.event === 'AGREE' && trigger.words.length === 1 && trigger.words[0] === 'agree') {
    if (tokens[last]?.lower === 'to' && measureAgreed(tokens, s, last)) return false;
    let k = last;
    while (k < s.last && k - last <= 3 && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'DET' || (tokens[k].pos === 'NOUN' && tokens[k + 1]?.pos === 'NOUN'))) k++;
    if (k < s.last && MEASURE_NOUNS.has(tokens[k].lower)) trigger = MEASURE_AGREED;
  }
  // "vowed to bring down the government", "pledged to block the deal": a promise of hostile action is a threat (CAMEO 13)
  // ("bring down": the phrase, not "bring peace")
  // (past an adverb splitting the infinitive: "vowed to swiftly crush the rebels")
  const vowed = tokens[last + 1]?.pos === 'ADV' && tokens[last + 1].lower.endsWith('ly') ? last + 2 : last + 1;
  if (verbal && trigger.comp && trigger.event === 'AGREE' && tokens[last]?.lower === 'to' && (HOSTILE_VERBS.has(tokens[vowed]?.lemma ?? '') ||
    (tokens[vowed]?.lemma === 'bring' && tokens.slice(vowed + 1, vowed + 4).some((t) => t.lower === 'down')))) trigger = VOWED_THREAT;
  // ("opposition vows runoff boycott", "union vows fresh strikes": a hostile act promised as a noun is a threat too)
  if (verbal && trigger.comp && trigger.event === 'AGREE' && tokens[last]?.lower !== 'to') {
    let k = last;
    while (k < s.last && k - last <= 3 && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'DET' || (tokens[k].pos === 'NOUN' && tokens[k + 1]?.pos === 'NOUN'))) k++;
    // ("Loyalist units offered little resistance": a hostile noun the lexicon says the verb does not take as an act)
    if (k < s.last && NOT_OBJECTS.get(trigger.words[0])?.has(tokens[k].lower)) return false;
    if (k < s.last && HOSTILE_NOUNS.has(tokens[k].lemma)) trigger = VOWED_THREAT;
  }
  c.verbal = verbal;
  c.actingName = actingName;
  c.background = background;
  c.claimed = claimed;
  c.trigger = trigger;
  return true;
}

/** codeSentence, step 2: a trigger that is what was said, charged or demanded, or part of a name, is skipped. */
function screenClause(st: SentenceState, c: Candidate): boolean {
  const { tokens, s, out, caps, heading, legalAt } = st;
  const trigger = c.trigger;
  const first = c.first;
  const last = c.last;
  const verbal = c.verbal;
  const actingName = c.actingName;
  // ("A decree approved by the presidium allows the authorities to hold suspects for three weeks": what a text allows is its
  // content, no act of concession)
  if (verbal && trigger.event === 'CONCEDE' && (trigger.words[0] === 'allow' || trigger.words[0] === 'permit')) {
    let h = s.first;
    while (h < first && (tokens[h].pos === 'DET' || tokens[h].pos === 'ADJ' || tokens[h].pos === 'NUM')) h++;
    if (h < first && DOCUMENTS.has(tokens[h].lower) && tokens.slice(h + 1, first).every((t) => t.pos !== 'AUX' && (t.pos !== 'VERB' || /ed$/.test(t.lower)))) return false;
  }
  // ("A measure of calm returned only after troops reached the area": a state of the place returned, no one came back)
  if (verbal && trigger.words[0] === 'return' && trigger.words.length === 1) {
    const w = beforeVerbChain(tokens, s, first);
    if (w >= s.first && RETURNING_STATES.has(tokens[w].lower)) return false;
  }
  // ("the murder of Europeans, Asians and Africans who opposed it", "those who back the president": a stance that says who people
  // are, told in a relative clause right after their noun, no act)
  if (trigger.stance && verbal) {
    const w = beforeVerbChain(tokens, s, first);
    if (w > s.first && /^(?:who|that)$/.test(tokens[w].lower) && (/^(?:NOUN|PROPN|PRON)$/.test(tokens[w - 1].pos) || /^(?:those|these|all|many|some|others)$/.test(tokens[w - 1].lower))) return false;
  }
  // "demanded talks", "rejected calls", "agree to talks": the noun is what was said, not an event
  // "accused the army of killing civilians", "blamed rebels for attacking": the gerund is the charge
  // ("arrested for collaborating with Israel", "charging its neighbour with supporting dissidents")
  // ("warned the protesters against attacking government buildings": what is warned against, too)
  // ("accused subversive groups of trying to destroy democracy": the infinitive of the charge's gerund too)
  const gerundTo = first - 3 >= s.first && tokens[first - 1].lower === 'to' && tokens[first - 2].lower.endsWith('ing') && (tokens[first - 3].lower === 'of' || tokens[first - 3].lower === 'for');
  // ("accused India of imposing an undeclared blockade": the object of the charge's gerund too)
  // ("charged Sonko with rape and issuing death threats": a gerund joined by "and" after the first thing charged, too)
  // (five letters too: "of using the strike to disturb the peace"; not "thing", "bring")
  const gerundAt = (r: Token[], j: number) => j < r.length && r[j].lower.endsWith('ing') && r[j].lower.length >= 5 && !/^(?:thing|bring|sting|swing)$/.test(r[j].lower);
  const gerundObject = !verbal && st.speech >= 0 && tokens.slice(st.speech, first).some((t, k, r) => ((t.lower === 'of' || t.lower === 'for') && gerundAt(r, k + 1)) ||
    (/^(?:of|for|with)$/.test(t.lower) && [k + 2, k + 3].some((j) => r[j - 1]?.lower === 'and' && gerundAt(r, j) && r.slice(k + 1, j - 1).every((x) => x.pos === 'NOUN' || x.pos === 'ADJ'))));
  // (not a speech act joined by "and" to a participle of speech before it: "sent a cable blaming the administration for the bloodshed
  // and demanding that the Governor be recalled")
  const parallelSpeech = verbal && SPEECH_LIKE.has(trigger.event) && st.speech > s.first && tokens[st.speech - 1].lower.endsWith('ing') && tokens[first].lower.endsWith('ing') &&
    tokens[first - 1]?.lower === 'and' && !tokens[first - 2]?.lower.endsWith('ing');
  const charge = st.speech >= 0 && !parallelSpeech && (tokens[first].lower.endsWith('ing') || gerundTo || gerundObject) && tokens.slice(st.speech, first).some((t) => t.lower === 'of' || t.lower === 'for' || t.lower === 'with' || t.lower === 'against');
  // (not past another finite verb: "condemned the attack and declared a state of emergency")
  // (a verb inside a hyphenated word is none: "military-backed")
  const ownVerb = !charge && tokens.slice(st.speech, first).some((t, j) => (t.pos === 'VERB' || (caps && /ed$/.test(t.lower))) && !t.lower.endsWith('ing') && t.lower !== 'to' &&
    !(j > 0 && hyphenJoined(tokens, st.speech + j)));
  // ("demanding the suspension of the Sub-Inspector and a judicial inquiry": a second thing asked for, after "and")
  // (protests called for stay, as calls to come: "called for another day of strikes and protests on Tuesday")
  // ("demanding an end to 26 years of one-party military-backed rule and the resignation of Sein Lwin": a longer first thing too,
  // when the second opens on its article right after "and")
  const andThe = first - 2 > st.speech && tokens[first - 1].pos === 'DET' && tokens[first - 2].lower === 'and';
  // (a verb inside a hyphenated word is none: "military-backed")
  // (a protest too, when it opens on its own article: "called for a campaign of civil disobedience and a general strike")
  const conjoined = !verbal && (trigger.event !== 'PROTEST' || andThe) && first - st.speech <= (andThe ? 18 : 10) && tokens.slice(st.speech, first).some((t) => t.lower === 'and') &&
    tokens.slice(st.speech, first).every((t, j) => (t.pos !== 'VERB' || (j > 0 && hyphenJoined(tokens, st.speech + j))) && t.pos !== 'AUX');
  // ("demanding the removal of the President, the scrapping of the 1997 constitution and an amnesty": the last of a list of things
  // asked for, its items set off by commas)
  let listed = false;
  if (!verbal && trigger.event !== 'PROTEST' && st.speech >= 0 && first - st.speech > 3 && first - st.speech <= 30) {
    let k = first - 1;
    while (k > st.speech && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'NUM')) k--;
    const between = tokens.slice(st.speech, first);
    listed = (tokens[k].lower === 'and' || tokens[k].lower === 'or') && between.some((t) => t.text === ',') &&
      between.every((t, j) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.text !== ';' && !CLAUSE_END.has(t.lower) && (t.text !== ',' || /^(?:DET|ADJ|NUM|NOUN)$/.test(tokens[st.speech + j + 1]?.pos ?? '')));
  }
  // (not a noun a relative clause tells as done: "defied the state of emergency that President Ershad declared on Friday")
  // (measured from the charge's own "of" past a long object: "accused former president Rafael Correa and Venezuelan President
  // Nicolas Maduro of trying to stage a coup")
  let chargeOf = -1;
  if (charge && gerundObject && st.speech > s.first && CHARGING.has(tokens[st.speech - 1].lemma)) for (let k = first - 1; k > st.speech && chargeOf < 0; k--) if ((tokens[k].lower === 'of' || tokens[k].lower === 'for') && tokens[k + 1]?.lower.endsWith('ing')) chargeOf = k;
  // ("sanctions against officials blamed for the crackdown": a participle right after a noun, its "for" or "of" right after it,
  // tells who is blamed, by no one named; no accusation by the sentence's subject)
  // (verbs that take whom they blame as object only: not "Marchers in Zomba complained of fuel shortages")
  // (not a perfect's participle: "a unit that rights groups have for years accused of torture")
  // (what they are blamed for is still no act told: "civil defence patrols blamed for many killings")
  if (verbal && trigger.event === 'ACCUSE' && /^(?:blame|accuse|charge|indict|suspect)$/.test(tokens[first].lemma) && /ed$/.test(tokens[first].lower) && first > s.first && (tokens[first - 1].pos === 'NOUN' || tokens[first - 1].pos === 'PROPN') &&
    /^(?:for|of)$/.test(tokens[last]?.lower ?? '') && !tokens.slice(Math.max(s.first, first - 5), first).some((t) => t.pos === 'AUX' || /^(?:that|who|which)$/.test(t.lower))) {
    st.speech = last;
    return false;
  }
  // ("accused the unit of extortion, torture and extrajudicial killings": every offence of an accusation's "of" list is the charge)
  const accusedOf = (!verbal || (tokens[first - 1]?.text === ',' && !/ed$/.test(tokens[first].lower))) && st.speech >= 0 && first - st.speech <= 12 && out.some((o) => o.last === st.speech && o.sentence === s.index && o.trigger.event === 'ACCUSE') &&
    // (a listed offence the tagger took for a verb's base form is no verb of a clause: "extortion, torture/VERB and killings")
    tokens.slice(st.speech, first).some((t) => t.lower === 'of') && tokens.slice(st.speech, first).every((t) => (t.pos !== 'VERB' || t.lower === t.lemma) && t.pos !== 'AUX' && t.text !== ';' && !CLAUSE_END.has(t.lower));
  if (accusedOf) return false;
  // ("Residents denounced the arrest of twelve union activists by the army on Tuesday night", "condemned the killing of two
  // workers": what is condemned, named with "the", was done; it is an act of its own as well as the condemnation's object)
  const condemned = !verbal && !charge && st.speech > s.first && CONDEMNING.has(tokens[st.speech - 1].lemma) && (trigger.event === 'ASSAULT' || trigger.event === 'COERCE') &&
    tokens[first - 1]?.lower === 'the' && first - st.speech <= 2 && tokens[last]?.lower === 'of';
  // (a quotation opened on the thing asked for holds it too: 'called for an "armed strike"')
  if ((!verbal || charge) && st.speech >= 0 && !condemned && (((first - st.speech <= (gerundTo || (charge && tokens[first - 1]?.lower === 'by') ? 14 : charge ? 8 : 5) || conjoined || (chargeOf > 0 && first - chargeOf <= 8)) && !hasBoundary(tokens, st.speech, first, charge || !verbal)) || listed) && !ownVerb &&
    !(!verbal && toldDone(tokens, s, last))) {
    if (charge) st.chargeGerund = first;
    return false;
  }
  // ("accused the army of killing civilians in reprisal raids on villages": the rest of the charge)
  if (!verbal && st.chargeGerund >= 0 && first > st.chargeGerund && first - st.chargeGerund <= 8 && !hasBoundary(tokens, st.chargeGerund, first)) return false;
  // ("accused the PSD of busing voters in from ... and of handing out sacks of flour": a second charge joined by "and of")
  if (st.speech >= 0 && first - 2 > st.speech && (tokens[first - 1].lower === 'of' || tokens[first - 1].lower === 'for') && tokens[first - 2].lower === 'and' && tokens[first].lower.endsWith('ing') &&
    tokens.slice(st.speech, first - 2).some((t, k, r) => (t.lower === 'of' || t.lower === 'for') && !!r[k + 1]?.lower.endsWith('ing'))) return false;
  // ("expelled diplomats for taking part in protests": the event noun after a gerund is the charge too)
  const gerundBefore = tokens.slice(Math.max(st.chargedAt, first - 4), first).some((t) => t.pos === 'VERB' && t.lower.endsWith('ing'));
  // ("charged with organising mass disorder and attempting to seize power")
  const charged = st.chargedAt >= 0 && (tokens[first].lower.endsWith('ing') || gerundBefore) &&
    tokens.slice(st.chargedAt, first).some((t, k, r) => t.lower === 'for' || t.lower === 'of' || (t.lower === 'with' && k > 0 && /^(?:charged|accused|booked|indicted)$/.test(r[k - 1].lower)));
  // ("187 people had been detained since Tuesday night, most of them for blocking roads": the charge of a part of them)
  const partitive = charged && tokens.slice(st.chargedAt, first).some((t, k, r) => t.text === ',' && /^(?:most|many|some|all|half|several|none)$/.test(r[k + 1]?.lower ?? '') && r[k + 2]?.lower === 'of' && r[k + 3]?.lower === 'them');
  // ("were arrested by police in Kitgum Matidi on Tuesday on suspicion of supplying food": a suspicion reaches as far)
  const suspicion = first - 2 > s.first && tokens[first - 1].lower === 'of' && tokens[first - 2].lower === 'suspicion';
  if (charged && first - st.chargedAt <= (gerundBefore || partitive || suspicion ? 16 : legalAt >= 0 && st.chargedAt === legalAt ? 12 : 8) && (partitive || !hasBoundary(tokens, st.chargedAt, first))) return false;
  // ("for rioting, attempt to murder": an offence named with a verb too)
  // (a gerund too: "charges ranging from mischief to conspiracy and assaulting police")
  if ((!verbal || tokens[first].lower.endsWith('ing') || (first - 2 > s.first && tokens[first - 1].lower === 'to' && /^attempt/.test(tokens[first - 2].lower))) && offenceNamed(tokens, s, first, st.chargedAt)) return false;
  // "demanded that Israel ease restrictions": what a demand asks for has not happened
  if (verbal && st.demandThat >= 0 && first > st.demandThat && !hasBoundary(tokens, st.demandThat + 1, first)) return false;
  // ("demanded that the government lift the flag ban, punish those responsible for the shooting and compensate the families": the
  // bare verbs listed after the first are asked for as well)
  if (verbal && st.demandThat >= 0 && first > st.demandThat && first - st.demandThat <= 30 && tokens[first].lower === tokens[first].lemma && /^(?:,|and|or)$/.test(tokens[first - 1].lower) &&
    !tokens.slice(st.demandThat + 1, first).some((t) => t.text === ';' || t.pos === 'AUX' || (t.pos === 'VERB' && t.lower !== t.lemma))) return false;
  // "gave Putin a stern warning", "provided a deadline": a generic verb carrying an event noun is that event
  if (verbal && trigger.weak && trigger.words.length === 1 && (trigger.event === 'AID' || trigger.event === 'AGREE' || trigger.words[0] === 'order')) {
    let carried = false;
    for (let k = last; k < Math.min(s.last, last + 10) && !carried; k++) {
      if (CLAUSE_END.has(tokens[k].lower) || tokens[k].text === ',') break;
      const m = matchAt(tokens, k, s.last, caps);
      carried = !!m && m.trigger.pos !== 'V' && m.trigger.event !== trigger.event;
    }
    // ("A ceasefire ordered by Kiir": the event noun before the participle, in the passive)
    for (let k = first - 1; k >= Math.max(s.first, first - 3) && !carried && tokens[last]?.lower === 'by'; k--) {
      const m = matchAt(tokens, k, first, caps);
      carried = !!m && m.last === first && m.trigger.pos !== 'V' && m.trigger.event !== trigger.event;
    }
    if (carried) return false;
  }
  if (SPEECH_ACTS.has(trigger.event) && !trigger.person) st.speech = last;
  if (trigger.mode === 'arrest' || trigger.mode === 'convict' || trigger.event === 'SANCTION') st.chargedAt = last;
  if (trigger.event === 'REQUEST') {
    // "demanded that ...", "its demand today that ..."
    for (let k = last; k < Math.min(s.last, last + 3); k++) if (tokens[k].lower === 'that') st.demandThat = k;
  }
  // "destroyed a drone launched by the Houthis", "intercepted two missiles": a weapon named as what
  // an earlier act stopped or seized is that act's object, not an attack of its own
  // ("uncovered an arms cache containing rifles and grenades": whatever the weapon, when it was what was seized)
  // (or what the thing seized held: "impounded a truck loaded with explosives")
  if (!verbal && trigger.event === 'ASSAULT' && out.some((o) => o.trigger.event === 'COERCE' && (trigger.weak || o.trigger.mode === 'seize') && (withinObject(o, first, last) || (o.trigger.mode === 'seize' && heldBy(tokens, o, first))))) return false;
  // ("banning all meetings", "outlawed rallies": what a restriction forbids is not done)
  if (!verbal && out.some((o) => o.verbal && o.trigger.event === 'COERCE' && o.trigger.mode === 'restrict' && withinObject(o, first, last))) return false;
  // ("extended a ban on public meetings and processions": what a ban's noun is on, right after it, is what is banned)
  if (!verbal && out.some((o) => !o.verbal && o.trigger.event === 'COERCE' && o.trigger.mode === 'restrict' && o.sentence === s.index && o.last <= first && first - o.last <= 4 &&
    /^(?:on|of|against)$/.test(tokens[o.last]?.lower ?? '') && tokens.slice(o.last + 1, first).every((t) => t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN'))) return false;
  // ("gave the first counsellor at the Algerian embassy 72 hours to leave the country": past a long object, a term to leave is
  // an expulsion, no gift)
  if (verbal && trigger.event === 'AID' && trigger.words.length === 1 && trigger.words[0] === 'give') {
    for (let k = last; k + 3 < s.last && k - last <= 14 && tokens[k].text !== ';'; k++) {
      if (/^(?:hours|days|weeks)$/.test(tokens[k].lower) && (tokens[k - 1].pos === 'NUM' || /^\d+$/.test(tokens[k - 1].text)) && tokens[k + 1].lower === 'to' && tokens[k + 2].lemma === 'leave') {
        c.trigger = { ...asExpulsion(trigger), weak: false };
        break;
      }
    }
  }
  // "gave the junta 72 hours to hand back power": an ultimatum only with what must be done ("gave workers a day off" is none)
  // (and with whom it is given to: "gave them up to 90 days to reply" without one is a period granted)
  if (verbal && trigger.event === 'THREATEN' && trigger.words[0] === 'give' && /^(?:hour|day|week|month)$/.test(trigger.words[trigger.words.length - 1])) {
    if (tokens[last]?.lower !== 'to') return false;
    let whom = false;
    // (the head of a noun phrase or a pronoun before the term: "the junta", "them"; "30 days" alone names no one)
    for (let k = first + 1; k < last - 1 && !whom; k++) whom = (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'PRON') && tokens[k + 1]?.pos !== 'NOUN';
    if (!whom) return false;
    // ("have given the French ambassador 48 hours to leave the country": an order to leave within a term is an expulsion)
    if (tokens[last + 1]?.lemma === 'leave') c.trigger = asExpulsion(trigger);
  }
  // ("But there will be order", "calm and order were restored": order as a state of things, no command)
  if (trigger.event === 'REQUEST' && tokens[first].lower === 'order' && first > s.first && (tokens[first - 1].lemma === 'be' || tokens[first - 1].lower === 'and' || tokens[first - 1].lower === 'law')) return false;
  // ("ordered Turkey's military attache to leave the country within 72 hours": an order to leave the country is an expulsion)
  if (verbal && trigger.event === 'REQUEST' && (tokens[first].lemma === 'order' || tokens[first].lemma === 'tell')) {
    // ("ordered the Tanzanian charge d'affaires, Mr. Abdallah Kisenge, and three members of his staff to leave": past a long object)
    for (let k = last; k + 1 < s.last && k - last <= 24 && tokens[k].text !== ';'; k++) {
      // ("ordered Romania's ambassador out of the country": told with no verb of leaving)
      if (tokens[k].lower === 'out' && tokens[k + 1].lower === 'of' && /^(?:the\s+)?country\b/.test(tokens.slice(k + 2, Math.min(s.last, k + 5)).map((t) => t.lower).join(' '))) {
        c.trigger = asExpulsion(trigger);
        break;
      }
      if (tokens[k].lower !== 'to' || tokens[k + 1].lemma !== 'leave') continue;
      const rest = tokens.slice(k + 2, Math.min(s.last, k + 8)).map((t) => t.lower).join(' ');
      if (/^(?:the\s+country|[\w\s]*within\s)/.test(rest) || /^(?:the\s+)?country\b/.test(rest)) c.trigger = asExpulsion(trigger);
      break;
    }
  }
  // "the families of those killed", "those arrested were freed": people named by what befell them, no new event
  if (verbal && first > s.first && tokens[first - 1].lower === 'those' && /(?:ed|en)$/.test(tokens[first].lower)) return false;
  // "must leave the country by Oct. 15 as agreed", "as promised", "as demanded": a reference to what was settled before, no event
  if (verbal && first > s.first && tokens[first - 1].lower === 'as' && /ed$/.test(tokens[first].lower) && (last >= s.last || tokens[last].pos === 'PUNCT' || tokens[last].pos === 'CCONJ' || /^(?:by|under|in|earlier|last|before|previously)$/.test(tokens[last].lower))) return false;
  // "was sworn in as president": an inauguration, no pledge to anyone
  if (verbal && trigger.words[0] === 'swear' && trigger.words.length === 1 && tokens[last]?.lower === 'in') return false;
  // "fired tear gas shells", "tear-gas canisters": a weapon noun compounded with crowd-control gear is that gear
  if (!verbal && trigger.event === 'ASSAULT' && out.some((o) => !o.verbal && o.trigger.mode === 'crowd-control' && o.last === first)) return false;
  // "Martial law authorities said", "Strike organisers said": an event noun opening the sentence
  // before an actor's head noun names who they are
  // (or opening the attribution after a comma: "..., martial law authorities said")
  if (!verbal && !actingName && last < s.last && (first === s.first || (first === s.first + 1 && tokens[s.first].pos === 'DET') || tokens[first - 1].text === ',') && (tokens[last].pos === 'NOUN' || (caps && tokens[last].pos === 'PROPN')) && (actorLexicon().words.has(tokens[last].lower) || actorLexicon().words.has(tokens[last].lemma))) return false;
  // "a committee linked to the protest movement", "strike leaders": an event noun before a group's generic head names the group
  if (!verbal && last < s.last && tokens[last].pos === 'NOUN' && !tokens[last].cap && GROUP_HEADS.has(tokens[last].lemma)) return false;
  // War named: "during World War Two", "the Gulf War" (not a heading set in title case)
  if (!verbal && !caps && NAMED_EVENTS.has(tokens[first].lower) && tokens[first].cap && first > s.first && (tokens[first - 1].cap || tokens[last]?.cap) && tokens[first - 1].pos === 'PROPN' && !heading) return false;
  // "condemned the suspension as an attack on the judiciary", "called the protest 'an organised
  // riot'": what a speaker names or likens something to is a characterisation, not an event
  if (!verbal && characterised(tokens, s, first, last)) return false;
  // "stormed a protest camp", "opened fire on the sit-in": the protest attacked is that attack's object, told within it
  if (!verbal && trigger.event === 'PROTEST' && out.some((o) => (o.trigger.event === 'ASSAULT' || o.trigger.event === 'COERCE') &&
    (withinObject(o, first, last) || (o.verbal && o.sentence === s.index && o.last <= first && first - o.last <= 3 && tokens.slice(o.last, first).every((t) => t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PROPN' || t.lower === 'on' || t.lower === 'at'))))) return false;
  // "protested against the killing of a student": the grievance is referred to, not reported here
  if (!verbal && trigger.event !== 'PROTEST' && out.some((o) => o.trigger.event === 'PROTEST' && withinObject(o, first, last)) && !toldDone(tokens, s, last)) return false;
  // ("intercepted two missiles fired at the city": the firing, told of the weapon stopped, is that one event)
  if (verbal && trigger.event === 'ASSAULT' && /ed$/.test(tokens[first].lower) && out.some((o) => o.trigger.acled === 'DISR_WEAP' && !!o.object && o.object.first < first && first <= o.object.last)) return false;
  // ("jumped turnstiles to protest the fare rise": doing something to protest is protesting, like speaking)
  // (not after a passive: "the envoy was summoned to protest ..." is a diplomat's complaint)
  let protestPurpose = false;
  // (nor a noun's complement: "respects the right to protest", "plans to protest")
  if (verbal && trigger.event === 'PROTEST' && (trigger.words[0] === 'protest' || trigger.words[0] === 'demonstrate') && first - 1 > s.first && tokens[first - 1].lower === 'to' && !COMPLEMENT_NOUNS.has(tokens[first - 2].lemma)) {
    const g = governingVerb(tokens, s, first);
    // (not when the governing verb is itself the protest: "marched through Fargo to protest")
    // (nor when the governing verb is an act of its own: "called for a bandh to protest" asks, "stormed ... to protest" riots)
    protestPurpose = tokens[g].pos === 'VERB' && !isPassive(tokens, s, g) && !out.some((o) => o.sentence === s.index && ((o.trigger.event === 'PROTEST' && o.last <= first) || o.first === g));
  }
  c.protestPurpose = protestPurpose;
  return true;
}

/** codeSentence, step 3: whether it happened as told, and who did it to whom. */
function roles(st: SentenceState, c: Candidate): void {
  const { doc, tokens, s } = st;
  const trigger = c.trigger;
  const first = c.first;
  const last = c.last;
  const verbal = c.verbal;
  const protestPurpose = c.protestPurpose;
  let reality = realityOf(doc, s, first, verbal, SPEECH_LIKE.has(trigger.event) || protestPurpose);
  // ("A separate law will require protesters to obtain permission before demonstrating": a gerund after "before" or "without" is as
  // real as the verb it hangs on; not one after "after", done first: "will advance to Al-Bab after seizing Dabiq")
  if (reality.reality === 'asserted' && verbal && tokens[first].lower.endsWith('ing') && first - 2 > s.first && /^(?:before|without)$/.test(tokens[first - 1].lower)) {
    let v = first - 2;
    while (v > s.first && first - v <= 12 && !(tokens[v].pos === 'VERB' && !tokens[v].lower.endsWith('ing')) && tokens[v].text !== ',' && tokens[v].text !== ';') v--;
    if (tokens[v].pos === 'VERB' && !tokens[v].lower.endsWith('ing')) {
      const r = realityOf(doc, s, v, true);
      // (the preposition is the cue: no one states an intent or a demand to do the gerund's act)
      if (r.reality === 'future' || r.reality === 'hypothetical') reality = { reality: r.reality, cue: tokens[first - 1].lower };
    }
  }
  // ("refusing to receive the body until the culprits were arrested", "will stay on strike until their leaders are released": what
  // a refusal or a vow waits for has not happened)
  if (reality.reality === 'asserted' && awaitedUntil(tokens, s, first)) reality = { reality: 'hypothetical', cue: 'until' };
  // ("failed to agree on a statement condemning the killings": what a text says is done only as the text is; a text no one agreed on
  // condemned nothing)
  if (reality.reality === 'asserted' && tokens[first].lower.endsWith('ing') && first - 1 > s.first && VOICING_DOCUMENTS.has(tokens[first - 1].lower)) {
    let g = first - 2;
    while (g > s.first && first - g <= 5 && (tokens[g].pos === 'DET' || tokens[g].pos === 'ADJ' || tokens[g].pos === 'ADP')) g--;
    if (tokens[g]?.pos === 'VERB') {
      const r = realityOf(doc, s, g, true);
      if (r.reality !== 'asserted') reality = r;
    }
  }
  // "said the offensive would continue", "talks will resume next week": an event noun as the
  // subject of a modal or future verb is told of what is yet to come (not a statement's noun:
  // "the accusation could harm ties", "the agreement will take effect" were made already)
  // (an inquiry is an act, not a statement: "said an investigation would establish who was responsible")
  // (as a subject, not the object of a verb: "launched an investigation into the group and will meet ...")
  let ob = first - 1;
  while (ob > s.first && (tokens[ob].pos === 'DET' || tokens[ob].pos === 'ADJ')) ob--;
  const inquiry = trigger.mode === 'investigate' && (tokens[ob]?.pos !== 'VERB' || REPORT_VERBS.has(tokens[ob].lemma) || tokens[ob].lower === 'said');
  if (!verbal && reality.reality === 'asserted' && last < s.last && (!STATEMENT_NOUNS.has(trigger.event) || inquiry)) {
    let k = last;
    // (past the noun's own phrase: "talks with the rebels will resume")
    if (tokens[k].pos === 'ADP' && tokens[k].lower !== 'that') {
      let j = k + 1;
      while (j < s.last - 1 && j - k <= 6 && (NP_INNER.has(tokens[j].pos) || tokens[j].pos === 'PROPN' || tokens[j].pos === 'CCONJ')) j++;
      if (j > k + 1) k = j;
    }
    // (past an aside set off by commas: "reinforcements, including armor, could be sent")
    if (tokens[k].text === ',' && /^(?:including|among|mostly|mainly|possibly|perhaps)$/.test(tokens[k + 1]?.lower ?? '')) {
      let j = k + 2;
      while (j < s.last - 1 && j - k <= 8 && tokens[j].text !== ',') j++;
      if (tokens[j]?.text === ',') k = j + 1;
    }
    // (the end of an aside the noun stands in: "preventive actions, including arrest, can be considered")
    if (tokens[k].text === ',' && first - 1 > s.first && (tokens[first - 1].lower === 'including' || (tokens[first - 1].lower === 'as' && tokens[first - 2].lower === 'such'))) k++;
    while (k < s.last - 1 && tokens[k].pos === 'ADV') k++;
    const w = tokens[k].lower;
    // ("a march planned for Sunday", "talks scheduled for next week"; "talks are to be held": arranged, still to come)
    if (w === 'will' || w === "'ll" || w === 'shall' || ((w === 'planned' || w === 'scheduled') && k === last) ||
      ((w === 'is' || w === 'are') && tokens[k + 1]?.lower === 'to' && (tokens[k + 2]?.pos === 'VERB' || tokens[k + 2]?.pos === 'AUX'))) reality = { reality: 'future', cue: tokens[k].text === 'is' || tokens[k].text === 'are' ? `${tokens[k].text} to` : tokens[k].text };
    else if (w === 'would' || w === 'could' || w === 'might' || w === 'may' || w === 'should') reality = { reality: 'hypothetical', cue: tokens[k].text };
    // ("arrests can be considered", "the strike can be called off": what can be done to it is not told as done; "fighting can
    // be heard" tells it)
    else if (w === 'can' && tokens[k + 1]?.lower === 'be' && tokens[k + 2]?.pos === 'VERB' && !/^(?:heard|seen|felt|reported)$/.test(tokens[k + 2].lower)) reality = { reality: 'hypothetical', cue: tokens[k].text };
  }
  // ("gave no names", "killed no one", "arrested nobody": an object that is none)
  // (not a count: "killed no fewer than 40 people")
  // ("the politicians gave us nothing", "gave the rebels no help": past the one it goes to)
  let o = last;
  if (o < s.last && INDIRECT_PRONOUNS.has(tokens[o].lower)) o++;
  else if (o + 1 < s.last && tokens[o].lower === 'the' && tokens[o + 1].pos === 'NOUN') o += tokens[o + 2]?.pos === 'NOUN' && o + 2 < s.last ? 3 : 2;
  if (o < s.last && !NO_OBJECT.has(tokens[o].lower)) o = last;
  const noObject = verbal && o < s.last && NO_OBJECT.has(tokens[o].lower) && !/^(?:longer|fewer|less|more)$/.test(tokens[o + 1]?.lower ?? '');
  if (noObject && reality.reality === 'asserted') reality = { reality: 'negated', cue: tokens[o].text };
  // ("the alliance would accept nothing short of ...": an intent to do none of it is a refusal, as "would not accept")
  if (noObject && (reality.reality === 'hypothetical' || reality.reality === 'future') && /^(?:would|will|'ll)$/.test(reality.cue ?? '')) reality = { reality: 'negated', cue: `${reality.cue} not` };
  // (the rest of the sentence after the trigger, read only when one of the three checks below may use it)
  const after = (!verbal && reality.reality === 'asserted') || reality.reality === 'future' || reality.reality === 'hypothetical' ? doc.text.slice(tokens[last - 1].end, s.end) : '';
  // ("a march that some residents had announced for the afternoon did not take place": an event noun said not to have happened)
  const notHeld = !verbal && reality.reality === 'asserted' ? NOT_TAKEN_PLACE.exec(after) : null;
  if (notHeld) reality = { reality: 'negated', cue: notHeld[1] };
  // ("a meeting between union leaders and the governor is scheduled for Saturday": arranged, still to come)
  const arranged = !verbal && reality.reality === 'asserted' ? ARRANGED_FOR.exec(after) : null;
  if (arranged) reality = { reality: 'future', cue: arranged[1] };
  // ("young people had planned to march on the municipal offices but called it off": a plan given up)
  const givenUp = (reality.reality === 'future' || reality.reality === 'hypothetical') ? PLAN_GIVEN_UP.exec(after) : null;
  if (givenUp) reality = { reality: 'negated', cue: givenUp[1] };
  c.reality = reality;
  // "where fighting between armed rebels and government troops has left ...": a gerund with "between" names both sides
  const sides = verbal && tokens[first].lower.endsWith('ing') ? between(tokens, st.s, st.ms, last) : null;
  if (sides) [c.actor, c.recipient] = sides;
  else if (verbal) verbalRoles(st, c);
  else nounRoles(st, c);
  // (who claims responsibility for an act with no doer told says they did it: "IS claimed responsibility for the bombing that killed 12")
  if (c.claimant >= 0 && !c.actor) c.actor = clauseSubject(tokens, s, st.ms, c.claimant);
}

/** Step 3 for a verb: active or passive, its subject and object. */
function verbalRoles(st: SentenceState, c: Candidate): void {
  const { doc, tokens, s, out, caps, heading, ms } = st;
  const trigger = c.trigger;
  const first = c.first;
  const last = c.last;
  const reality = c.reality;
  let actor = c.actor;
  let recipient = c.recipient;
  let passive = c.passive;
  const plain = isPassive(tokens, s, first);
  const reduced = !plain && reducedPassive(tokens, s, first, last, trigger, heading);
  // ("to demand justice for murdered newspaper editor Norbert Zongo", "the detained activists": a participle before its noun tells
  // what was done to that noun's people, by no one named)
  const pv = tokens[first - 1];
  const attributive = !plain && !reduced && trigger.words.length === 1 && last === first + 1 && /(?:ed|en)$/.test(tokens[first].lower) &&
    (!pv || (pv.pos === 'DET' && /^(?:a|an|the|these|those|this)$/.test(pv.lower)) || pv.pos === 'ADP' || pv.pos === 'NUM' || POSSESSIVES.has(pv.lower) || (pv.pos === 'SCONJ' && /^(?:for|after|before|over)$/.test(pv.lower))) && tokens[first - 2]?.pos !== 'AUX' &&
    ['NOUN', 'PROPN', 'ADJ'].includes(tokens[last]?.pos ?? '');
  // ("Sonko walked out of a Dakar courthouse on Monday, charged but released under judicial supervision": a participle set after its
  // clause by a comma, with no object of its own, tells what was done to that clause's subject)
  let tp = first - 1;
  if (tp - 2 > s.first && /^(?:and|but)$/.test(tokens[tp].lower) && /(?:ed|en)$/.test(tokens[tp - 1].lower) && tokens[tp - 2].text === ',') tp -= 2;
  const nxt = tokens[last];
  // (a verb only done to people: not "fired into the air" in a list of what the subject did)
  const trailingFrom = !plain && !reduced && !attributive && (DONE_AT_PLACE.has(tokens[first].lemma) || DONE_TO_ACCUSED.has(tokens[first].lemma)) &&
    /(?:ed|en)$/.test(tokens[first].lower) && tokens[first].pos === 'VERB' && tp > s.first + 2 && tokens[tp].text === ',' &&
    (!nxt || nxt.sent !== tokens[first].sent || nxt.pos === 'ADP' || nxt.pos === 'PUNCT' || nxt.pos === 'CCONJ' || nxt.pos === 'ADV') ? trailingClause(tokens, s, tp) : -1;
  const trailing = trailingFrom >= 0;
  passive = plain || reduced || attributive || trailing;
  if (trailing) {
    recipient = clauseSubject(tokens, s, ms, tp, undefined, trailingFrom);
    actor = null;
  } else if (attributive) {
    recipient = ms.find((m) => m.first === last || (m.first > last && m.first <= last + 2 && m.kind !== 'pronoun')) ?? null;
    actor = null;
  } else if (passive) {
    // ("was petrol-bombed": from the word the participle is glued to)
    const pf = gluedStart(tokens, s, first);
    // ("the release of party leaders detained since May": the noun the participle follows)
    // (a bare number done to is no one we know: "2,000 people had been detained, in addition to about 3,000 held")
    recipient = reduced ? ms.find((m) => m.last === pf) ?? (tokens[pf - 1].pos === 'NUM' ? null : agentLeft(tokens, s, ms, pf)) : agentLeft(tokens, s, ms, pf);
    // ("Relatives of the landless farmers killed at Marina Kue walked ...": a participle right after the people a kin word is "of" is
    // done to them, not to their kin)
    if (reduced && recipient) recipient = kinOfPart(doc, tokens, recipient) ?? recipient;
    // the passive's subject stands right before it: not across another noun ("82 people were
    // arrested and dozens of shops were looted": the shops were looted, not the people)
    // (a relative clause of its own may stand between: "Two women who chained themselves to a gate were arrested")
    const relative = !!recipient && /^(?:who|that|which)$/.test(tokens[recipient.last]?.lower ?? '');
    // (what they carry may stand between too: "Soldiers with automatic rifles and armoured vehicles were deployed")
    const gear = !!recipient && /^(?:with|carrying|armed)$/.test(tokens[recipient.last]?.lower ?? '') && !ms.some((m) => m.first > recipient!.last && m.first < pf);
    // (nor the building a body's name stands for: "Several independent radio stations were attacked", "the police station was
    // burned")
    let rl = recipient ? recipient.last : 0;
    while (recipient && rl < pf && rl - recipient.last < 2 && actorLexicon().facilities.has(tokens[rl].lower)) rl++;
    // (nor whom the subject works for or comes from: "A photographer for a foreign news agency was beaten")
    if (recipient && /^(?:for|of|from|with)$/.test(tokens[rl]?.lower ?? '')) {
      const own = ms.find((m) => m.first > rl && m.first <= rl + 3 && m.last <= pf && tokens.slice(m.last, pf).every((t) => t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART'));
      if (own) rl = own.last;
      // (or a body we do not know, closing an apposition: "Yasir Arman, deputy leader of the rebel Sudan People's Liberation
      // Movement-North, was detained")
      else if (tokens[recipient.first - 1]?.text === ',') {
        let k = rl + 1;
        while (k < pf && k - rl <= 12 && (NP_WORDS.has(tokens[k].pos) || tokens[k].text === "'s" || tokens[k].text === '’s' || tokens[k].text === '-' || tokens[k].lower === 'of')) k++;
        if (k > rl + 1 && tokens[k]?.text === ',' && tokens.slice(k + 1, pf).every((t) => t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART')) rl = k;
      }
    }
    // ("Opposition leader Kenneth Matiba, a former minister, was detained": the name the apposition is set after is who it was
    // done to)
    if (recipient && recipient.first - 2 > s.first) {
      let o = recipient.first - 1;
      while (o > s.first && tokens[o].pos === 'DET') o--;
      const named = tokens[o].text === ',' ? ms.find((m) => m.last === o && m.kind !== 'pronoun') : undefined;
      const close = tokens[rl]?.text === ',' ? rl : recipient.last;
      if (named && tokens[close]?.text === ',' && tokens.slice(close + 1, pf).every((t) => t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART')) recipient = named;
    }
    // ("any further attempt to seize government buildings would be crushed": the object of an infinitive hung on a noun is not what
    // the passive is said of; the act the noun names is)
    if (recipient && recipient.first - 2 > s.first && tokens.slice(rl, pf).every((t) => t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART')) {
      let o = recipient.first - 1;
      while (o > s.first && recipient.first - o <= 3 && (tokens[o].pos === 'DET' || tokens[o].pos === 'ADJ' || tokens[o].pos === 'NUM' || POSSESSIVES.has(tokens[o].lower))) o--;
      if (o - 2 >= s.first && tokens[o].pos === 'VERB' && tokens[o - 1].lower === 'to' && tokens[o - 2].pos === 'NOUN') recipient = null;
    }
    // ("Two opposition leaders, Kenneth Matiba and Charles Rubia, were detained": the names set between commas after it are it)
    const apposed = !!recipient && tokens[recipient.last]?.text === ',' && (() => {
      let k = recipient!.last + 1;
      while (k < pf && ['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'CCONJ'].includes(tokens[k].pos)) k++;
      // (or a name we do not know: "Sayeed's daughter, Rubaiya, was kidnapped")
      return k > recipient!.last + 1 && tokens[k]?.text === ',' && tokens.slice(k + 1, pf).every((t) => t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART') &&
        (ms.some((m) => m.first > recipient!.last && m.last <= k) || (k - recipient!.last <= 4 && tokens.slice(recipient!.last + 1, k).every((t) => t.pos === 'PROPN' && t.cap)));
    })();
    if (recipient && !relative && !gear && !apposed && recipient.last < pf && tokens.slice(rl, pastAside(tokens, s, ms, pf)).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM')) {
      // ("22 police officers and nine protesters were killed": the first of coordinated subjects, dead on both sides)
      // ("Five policemen and a dozen farmers were injured")
      const next = ms.find((m) => m.first > recipient!.last && m.first <= recipient!.last + 4);
      // ("The pastor and his wife were taken away")
      const joined = !!next && tokens.slice(recipient.last, next.first).every((t) => t.lower === 'and' || t.text === ',' || t.pos === 'DET' || t.pos === 'NUM' || QUANTITY_NOUNS.has(t.lower) || t.lower === 'dozen' || POSSESSIVES.has(t.lower)) && tokens.slice(next.last, pf).every((t, j) => t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || (j === 0 && t.text === ','));
      if (!joined) recipient = null;
    }
    // ("All four were arraigned before District Justice William G. Chase and released on bail", "She was arrested, taken
    // to the station and charged": a participle of a series has the subject of the auxiliary that opened it)
    if (!reduced && first - 1 > s.first && (tokens[first - 1].lower === 'and' || tokens[first - 1].text === ',')) {
      let j = first - 2;
      while (j > s.first && first - j <= 14 && !(PASSIVE_AUX.has(tokens[j].lemma) && tokens[j].lower !== 'have' && tokens[j].lower !== 'has' && tokens[j].lower !== 'had') && tokens[j].text !== ';') j--;
      if (j > s.first && PASSIVE_AUX.has(tokens[j].lemma)) {
        recipient = agentLeft(tokens, s, ms, j);
        // (the subject right before that auxiliary, not one across other words: 'promised that those responsible would be "found and
        // punished"' is not done to who promised; past an aside set off by commas, "The two policemen, constables posted at the
        // station, were hacked and beaten to death")
        let a = pastAside(tokens, s, ms, j) - 1;
        while (a > s.first && (tokens[a].pos === 'AUX' || tokens[a].pos === 'ADV' || tokens[a].pos === 'PART')) a--;
        if (recipient && recipient.last - 1 < a && tokens.slice(recipient.last, a + 1).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'ADJ' || t.pos === 'VERB')) recipient = null;
      }
    }
    actor = byAgent(tokens, s, ms, last);
    // ("were disarmed by loyalist troops and taken into custody": the first participle's agent and subject)
    const by = actor ? -1 : agentBefore(tokens, s, first);
    if (by >= 0) {
      actor = byAgent(tokens, s, ms, by, first - by);
      recipient = recipient ?? agentLeft(tokens, s, ms, by - 1);
    }
    // ("two militants were killed in a gunfight with security forces", "in an encounter with the police": the other side did it)
    if (!actor && trigger.event === 'ASSAULT') actor = fightWith(tokens, s, ms, last) ?? custodian(tokens, s, ms, last) ?? forcesWhen(tokens, s, ms, last, recipient);
    // ("Hun Sen said the prince would be arrested and put on trial if he returned": a hostile act to come, in the passive with no
    // agent, is the one who announces it: a threat, as the resolver reads it)
    if (!actor && QUAD4.has(trigger.event) && (reality.reality === 'future' || reality.reality === 'hypothetical') && reality.cue && /^(?:will|'ll|shall|would)$/i.test(reality.cue)) {
      // (the saying right above it: not "said it hoped the killers would be punished", a wish)
      for (let j = first - 1; j > s.first; j--) {
        if (tokens[j].text === ';') break;
        // (or promises it: "promised that those responsible would be found and punished")
        if ((REPORT_VERBS.has(tokens[j].lemma) || PROMISING.has(tokens[j].lemma)) && tokens[j].pos === 'VERB') {
          // (not a saying in the passive, whose subject is who was told: "The protesters were warned that they would be arrested")
          if (/^(?:was|were|been|being|be|is|are|get|got)$/.test(tokens[j - 1]?.lower ?? '')) break;
          // ("called Ranariddh a traitor and said the prince would be arrested": the subject the saying shares)
          let speaker = sharedSubject(tokens, s, ms, j, agentLeft(tokens, s, ms, j));
          // (past another verb's object and "and": the clause's subject)
          if (speaker && speaker.last < j && tokens.slice(speaker.last, j).some((t) => t.lower === 'and') && tokens.slice(s.first, speaker.first).some((t) => t.pos === 'VERB')) {
            speaker = clauseSubject(tokens, s, ms, speaker.first);
          }
          if (speaker && speaker !== recipient) actor = speaker;
          break;
        }
        if (tokens[j].pos === 'VERB' && WISHING.has(tokens[j].lemma)) break;
      }
    }
    // ("Police said more than 200 persons had been arrested": the police who tell of arrests made with no one named made them)
    if (!actor && trigger.event === 'COERCE' && trigger.mode === 'arrest') actor = arrestingTeller(tokens, s, ms, first, recipient);
  } else {
    // ("were killed in fighting in Ocosingo": a gerund after a preposition is a noun, with no subject to its left)
    // ("people who had fled fighting in Muttur": what one flees or survives is done by others)
    // (past whose or which day's it was, after the dead or hurt: "had died in Wednesday's fighting"; not "the officers involved in
    // Monday's shooting", who did it)
    let gp = first - 1;
    if (gp > s.first && (tokens[gp].text === "'s" || tokens[gp].text === '’s')) {
      gp--;
      while (gp > s.first && first - gp <= 4 && (tokens[gp].pos === 'PROPN' || tokens[gp].pos === 'NOUN' || tokens[gp].pos === 'DET')) gp--;
      if (!/^(?:die|kill|wound|injure|hurt|perish|lose)$/.test(tokens[gp - 1]?.lemma ?? '') && !/^(?:died|killed|wounded|injured|hurt|perished|dead)$/i.test(tokens[gp - 1]?.text ?? '')) gp = first - 1;
    }
    const gerundNoun = tokens[first].lower.endsWith('ing') && first > s.first && ((tokens[gp].pos === 'ADP' && (tokens[gp].lower === 'in' || tokens[gp].lower === 'during' || tokens[gp].lower === 'amid')) ||
      ESCAPED.has(tokens[first - 1].lemma));
    // ("witnesses said there was shooting in the town", "there had been looting": an act told to be, by no one named)
    let ex = first - 1;
    while (ex > s.first && first - ex <= 4 && (tokens[ex].pos === 'AUX' || tokens[ex].lower === 'also' || tokens[ex].lower === 'heavy' || tokens[ex].lower === 'sporadic')) ex--;
    const existential = ex < first - 1 && tokens[ex].lower === 'there' && (tokens[ex + 1].lemma === 'be' || tokens[ex + 1].lemma === 'have');
    actor = gerundNoun || existential ? null : agentLeft(tokens, s, ms, first);
    recipient = patientRight(tokens, s, ms, last, false, trigger.event === 'ASSAULT' || trigger.event === 'COERCE');
    // ("Police beat and arrested 12 protesters", "disarming and holding 12 policemen": a verb of force with no object of its own, joined
    // by "and" to another verb of the same form, shares that verb's object)
    if (!recipient && (trigger.event === 'ASSAULT' || trigger.event === 'COERCE' || trigger.mode === 'disarm') && trigger.words.length === 1 && last + 2 < s.last &&
      (tokens[last].lower === 'and' || tokens[last].lower === 'or') && tokens[last + 1].pos === 'VERB' && tokens[last + 1].lower.endsWith('ing') === tokens[first].lower.endsWith('ing') &&
      !/^(?:be|have|do)$/.test(tokens[last + 1].lemma)) {
      const shared = patientRight(tokens, s, ms, last + 2, false, true);
      if (shared && shared.first <= last + 5) recipient = shared;
    }
    // ("warned that state employees who did not return to work would be dismissed": whom the warning says a measure will be taken
    // against is whom it threatens)
    if (!recipient && trigger.event === 'THREATEN' && tokens[last]?.lower === 'that') recipient = warnedPassive(tokens, s, ms, last);
    // ("the western town of Man fell to the Republican Forces": who it fell to took it; the subject is the place taken)
    if (trigger.agentTo) {
      actor = recipient && recipient.first <= last + 3 ? recipient : null;
      recipient = null;
    }
    // ("soldiers they accused of failing", "the protesters they arrested": the noun an object-relative clause hangs on is whom its
    // verb was done to)
    if (!recipient && !trigger.agentTo) {
      let p = first - 1;
      while (p > s.first && first - p <= 3 && (tokens[p].pos === 'AUX' || tokens[p].pos === 'ADV')) p--;
      if (p - 1 >= s.first && /^(?:they|he|she|we)$/.test(tokens[p].lower) && tokens[p - 1].pos === 'NOUN') {
        const m = ms.find((x) => x.last === p && x.kind !== 'pronoun');
        if (m && m !== actor) recipient = m;
      }
      // ("the man whom police arrested", "the activist who soldiers shot": "who" as the object, before the verb's own subject)
      const ra = actor && actor.kind !== 'pronoun' ? (tokens[actor.first - 1]?.pos === 'DET' ? actor.first - 2 : actor.first - 1) : -1;
      if (actor && ra > s.first && /^(?:who|whom|that)$/.test(tokens[ra].lower) && tokens.slice(actor.last, first).every((t) => t.pos === 'AUX' || t.pos === 'ADV')) {
        const m = ms.find((x) => x.kind !== 'pronoun' && (x.last === ra || (x.last === ra - 1 && tokens[ra - 1].text === ',')));
        if (m && m !== actor) recipient = m;
      }
    }
    // ("took 20 soldiers hostage": whom the act took stands inside its words)
    if (!recipient && last - first > 2 && trigger.event === 'ASSAULT' && trigger.mode === 'abduct') recipient = ms.find((m) => m.first > first && m.last < last && m.kind !== 'pronoun') ?? null;
    // ("ousted President Sidi Ould Cheikh Abdallahi", "toppled the government": whom a coup removed opens inside its words)
    if (!recipient && last - first >= 2 && trigger.event === 'COERCE' && trigger.context === 'executive') recipient = ms.find((m) => m.first > first && m.first < last && m.last >= last && m.kind !== 'pronoun') ?? null;
    // ("demanded that President Suharto resign", "urged that the army withdraw": who is asked is the clause's subject)
    if (!recipient && trigger.event === 'REQUEST' && tokens[last]?.lower === 'that' && last < s.last) recipient = ms.find((m) => m.first > last && m.first <= last + 2) ?? null;
    // a purpose infinitive ("protesters stormed ... to demand", "summoned X to complain"): the clause's subject acts
    if (reality.cue === 'purpose') {
      // (the subject of the verb the purpose belongs to: "protesters who surrounded the council to oppose a bill")
      const g = governingVerb(tokens, s, first);
      // (not when the infinitive belongs to an event noun: "a wave of protests to demand Akayev's resignation")
      const ofNoun = out.find((o) => !o.verbal && o.sentence === s.index && o.last === first - 1);
      // ("a march organised by the church to demand ...": a participle's agent after "by" is who purposes it)
      const byWhom = !ofNoun && g > s.first && tokens[g].pos === 'VERB' && /(?:ed|en)$/.test(tokens[g].lower) && tokens[g + 1]?.lower === 'by' ? byAgent(tokens, s, ms, g + 1, 6) : null;
      // (the doer of the act the purpose is of, coded already: "opened fire on a crowd gathered on the avenue to demand the release")
      const gAct = !ofNoun && g > s.first && tokens[g].pos === 'VERB' ? out.find((o) => o.verbal && o.sentence === s.index && o.first === g && !!o.actor && o.reality === 'asserted') : undefined;
      const governing = byWhom && byWhom.last <= first ? byWhom : gAct ? gAct.actor : !ofNoun && g > s.first && tokens[g].pos === 'VERB' ? sharedSubject(tokens, s, ms, g, agentLeft(tokens, s, ms, g)) : null;
      // (the event noun's own doer: "police resorted to lathicharge to disperse a crowd")
      actor = governing ?? ofNoun?.actor ?? clauseSubject(tokens, s, ms, first) ?? actor;
    }
    actor = sharedSubject(tokens, s, ms, first, actor, SPEECH_ACTS.has(trigger.event));
    actor = relativeAntecedent(tokens, s, ms, first) ?? actor;
    // "two men from mainland China whom they accused of being agents": the subject after "whom" acts on the noun before it
    const whom = tokens.slice(Math.max(s.first, first - 5), first).findIndex((t) => t.lower === 'whom');
    // (not a share of people and what they did: "some 500 veterans, many of whom served in Burma, stormed")
    if (whom >= 0 && tokens[Math.max(s.first, first - 5) + whom - 1]?.lower !== 'of') {
      const at = Math.max(s.first, first - 5) + whom;
      const subj = mentionsIn(ms, at + 1, first)[0];
      const antecedent = ms.find((m) => m.last === at || (m.last === at - 1 && tokens[at - 1].text === ','));
      if (subj) {
        actor = subj;
        recipient = antecedent ?? recipient;
      }
    }
    // "Police pepper-sprayed the crowd": a sector word the tagger joined to the verb
    if (!actor && trigger.words.includes('-')) actor = modifierActor(doc, first);
    // "villagers protesting against the dam": a participle right after a noun phrase has it as subject
    // (not after a place phrase: "staged a sit-in outside the ministry demanding salaries")
    const adjacent = tokens[first].lower.endsWith('ing') ? ms.find((m) => m.last === first && m.kind !== 'pronoun') : undefined;
    // (nor after the second of two places: "gathered at Lagankhel and Mangal Bazaar chanting slogans")
    // (nor after an institution where people gathered: "several hundred people who gathered at the Regional Co-ordinating Council
    // demanding to see the minister")
    const atInstitution = (m: ActorLike) => prevWord(tokens, m, s) === 'at' && INSTITUTION_SITE.test(m.text);
    // (nor after whom a document went to: "sent a cable to the Secretary of State blaming the administration" is the sender's blame)
    const addressee = !!adjacent && prevWord(tokens, adjacent, s) === 'to' && tokens.slice(Math.max(s.first, adjacent.first - 5), adjacent.first).some((t) => ADDRESSED_DOCUMENTS.has(t.lower));
    const before = adjacent && !PURE_LOCATIVES.has(prevWord(tokens, adjacent, s)) && !atInstitution(adjacent) && !placeListBefore(tokens, s, adjacent.first) && !addressee ? adjacent : undefined;
    // (the relative clause's own noun when the place ends it: "several hundred people who gathered at the Council demanding")
    let whoAt = adjacent && atInstitution(adjacent) ? adjacent.first - 1 : -1;
    while (whoAt > s.first && adjacent && adjacent.first - whoAt <= 8 && tokens[whoAt].lower !== 'who' && tokens[whoAt].text !== ',') whoAt--;
    const gatherers = whoAt > s.first && tokens[whoAt].lower === 'who' ? ms.find((m) => m.last === whoAt && m.kind !== 'pronoun') : undefined;
    // ("opened fire on thousands of demonstrators gathered outside the National Congress": a past participle right after the people
    // an object phrase names, before where they are, is said of them: they gathered)
    const pastAdjacent = !adjacent && /ed$/.test(tokens[first].lower) && tokens[last] && /^(?:outside|in|at|near|around|on|inside|before)$/.test(tokens[last].lower) ?
      ms.find((m) => m.last === first && m.kind !== 'pronoun' && !!m.sector && (m.sector === 'PRO' || m.sector === 'CVL' || CROWD_SECTORS.has(m.sector)) && OBJECT_PREPS.has(prevWord(tokens, m, s))) : undefined;
    // ("sent a cable to the Secretary of State for the Colonies in London blaming the administration": a participle of speech after a
    // document sent and whom it went to is the sender's)
    const sentDoc = !before && SPEECH_LIKE.has(trigger.event) && tokens[first].lower.endsWith('ing') ? documentSender(tokens, s, first) : -1;
    // (and a participle of speech joined to one by "and": "blaming the administration for the bloodshed and demanding that ...")
    const joinedSpeech = !before && sentDoc < 0 && SPEECH_LIKE.has(trigger.event) && tokens[first].lower.endsWith('ing') && tokens[first - 1]?.lower === 'and' ?
      out.filter((o) => o.verbal && o.sentence === s.index && o.last < first && first - o.last <= 12 && SPEECH_LIKE.has(o.trigger.event) && tokens[o.first].lower.endsWith('ing') && !!o.actor &&
        !tokens.slice(o.last, first).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.text === ';')).pop() : undefined;
    // (when no subject was found, or one after a preposition: not "Francesco Rocca, the president of International Red Cross, issued a
    // statement Monday calling on", whose subject phrase is found already)
    // (or the second of those joined after one: "by lawyers and merchants")
    if (sentDoc >= 0 && (!actor || OBJECT_PREPS.has(prevWord(tokens, actor, s)) || actor.first > sentDoc ||
      (prevWord(tokens, actor, s) === 'and' && tokens.slice(Math.max(s.first, actor.first - 5), actor.first).some((t) => OBJECT_PREPS.has(t.lower))))) actor = sharedSubject(tokens, s, ms, sentDoc, agentLeft(tokens, s, ms, sentDoc)) ?? actor;
    else if (joinedSpeech) actor = joinedSpeech.actor;
    else if (before) actor = before;
    else if (pastAdjacent) actor = pastAdjacent;
    else if (gatherers) actor = gatherers;
    else if (adjacent) actor = clauseSubject(tokens, s, ms, adjacent.first, PURE_LOCATIVES) ?? actor;
    // ("opened fire on a campus rally demanding that Suharto resign": a participle right after a protest's noun is the
    // protest's act, done by whoever holds it, not by the clause's subject)
    else if (tokens[first].lower.endsWith('ing') && first > s.first && (tokens[first - 1].pos === 'NOUN' || (caps && tokens[first - 1].pos === 'PROPN'))) {
      const m = matchAt(tokens, first - 1, first, caps);
      if (m && m.trigger.pos === 'N' && m.trigger.event === 'PROTEST') {
        // (the subject holds it when its verb does: "students staged a march demanding reforms")
        let g = first - 2;
        while (g > s.first && (tokens[g].pos === 'DET' || tokens[g].pos === 'ADJ' || tokens[g].pos === 'NOUN' || tokens[g].pos === 'NUM')) g--;
        const held = g >= s.first && (tokens[g].pos === 'VERB' || tokens[g].pos === 'AUX') && (LIGHT_VERBS.has(tokens[g].lemma) || NOUN_AGENT_VERBS.has(tokens[g].lemma));
        if (!held) actor = out.find((o) => !o.verbal && o.sentence === s.index && o.last === first - 1)?.actor ?? null;
      }
    }
    // "A lawyer filed a lawsuit against X, accusing him of ...", "..., killing two men and injuring 14":
    // a participle clause has the main clause's subject
    let c = first - 1;
    while (!before && c > s.first && tokens[c].text !== ',' && first - c < 12) c--;
    // (from the comma that opens a series of them: "rioted ... as Hamburg hosts the Group of 20 leaders, setting up street barricades,
    // looting supermarkets and attacking police")
    for (let guard = 0; !before && guard < 4 && c > s.first && tokens[c].text === ',' && tokens[c + 1]?.lower.endsWith('ing'); guard++) {
      let p = c - 1;
      while (p > s.first && c - p < 10 && tokens[p].text !== ',' && !(tokens[p].pos === 'VERB' && !tokens[p].lower.endsWith('ing')) && tokens[p].pos !== 'AUX') p--;
      if (p > s.first && tokens[p].text === ',' && tokens[p + 1]?.lower.endsWith('ing') && tokens[p + 1].pos === 'VERB') c = p;
      else break;
    }
    if (!before && c > s.first && tokens[c].text === ',' && (tokens[c + 1]?.pos === 'VERB' || caps) && tokens[c + 1]?.lower.endsWith('ing') && tokens[first].lower.endsWith('ing') && reality.cue === null &&
      !gerundListBefore(tokens, s, c)) {
      // ("Witnesses said carabineros opened fire on residents, killing a student": an act's outcome goes with
      // the reported clause, not with who reports it; "..., accusing X" goes with the speaker)
      const reported = SPEECH_LIKE.has(trigger.event) || trigger.event === 'THREATEN' ? -1 : lastReportVerb(tokens, s, c);
      // (a clause of time nearer the participle goes first: "said ... it would call elections, a day after security forces broke up
      // the camp, killing 35")
      // (not a name inside a quote before the speaker: '"This is the administration's idea of development," a spokesperson said,
      // demanding the release of those arrested')
      const outside = ms.filter((m) => !insideClosedQuote(tokens, s, m, c));
      // ("a plane carrying President Habyarimana was shot down as it approached the airport, killing everyone on board": after a
      // clause in the passive, the participle is its agent's, whoever the passive's subject names)
      let mainVerb = c - 1;
      let pastTimed = false;
      for (;;) {
        while (mainVerb > s.first && c - mainVerb <= 16 && !(tokens[mainVerb].pos === 'VERB' && !tokens[mainVerb].lower.endsWith('ing')) && tokens[mainVerb].text !== ',') mainVerb--;
        // (past a clause of time inside it: "was shot down as it approached Kigali airport, killing")
        const opener = tokens.slice(Math.max(s.first, mainVerb - 3), mainVerb).findIndex((t) => /^(?:as|when|while)$/.test(t.lower));
        if (opener < 0 || tokens[mainVerb]?.pos !== 'VERB') break;
        mainVerb = Math.max(s.first, mainVerb - 3) + opener - 1;
        pastTimed = true;
      }
      // ("Soldiers opened fire when the crowd reached the square, killing three students": harm told after a clause of time, past an
      // act of force, is that act's, done by its subject, not by the clause's)
      const forceMain = pastTimed && HARM_PARTICIPLES.test(tokens[first].lower) && mainVerb > s.first && FORCE_VERBS.has(tokens[mainVerb]?.lemma ?? '') ? agentLeft(tokens, s, ms, mainVerb) : null;
      const passiveMain = tokens[mainVerb]?.pos === 'VERB' && /^(?:was|were|been|being|is|are)$/.test(tokens[mainVerb - 1]?.lower ?? '') && trigger.event === 'ASSAULT';
      // ("traded accusations over the bombs and gunfire that turned the funeral into a stampede, killing at least 30 people": a
      // participle right after a relative clause is that clause's, done by its noun, not by the sentence's subject)
      let rel = c - 1;
      while (rel > s.first && c - rel <= 14 && !/^(?:that|which)$/.test(tokens[rel].lower) && tokens[rel].text !== ',' && tokens[rel].text !== ';') rel--;
      const relative = /^(?:that|which)$/.test(tokens[rel]?.lower ?? '') && rel > s.first && (tokens[rel - 1].pos === 'NOUN' || tokens[rel - 1].pos === 'PROPN') && tokens[rel + 1]?.pos === 'VERB' && !SPEECH_LIKE.has(trigger.event) && trigger.event !== 'THREATEN';
      const relNoun = relative ? ms.find((m) => m.last === rel && m.kind !== 'pronoun') ?? null : null;
      // ("Army units have not been deployed, the spokesman said, denying reports ...": a speech act right after the one who says the
      // clause before it is that speaker's)
      const opens = (m: ActorLike) => (tokens[m.first - 1]?.pos === 'DET' ? m.first - 2 : m.first - 1);
      const teller = reported < 0 && c - 1 > s.first ? (REPORT_VERBS_PAST.has(tokens[c - 1].lower) ? ms.find((m) => m.last === c - 1 && m.kind !== 'pronoun' && tokens[opens(m)]?.text === ',') :
        ms.find((m) => m.last === c && m.kind !== 'pronoun' && REPORT_VERBS_PAST.has(tokens[opens(m)]?.lower ?? '') && tokens[opens(m) - 1]?.text === ',')) : undefined;
      // ("The government said one plane machinegunned the outskirts and another bombed fuel tanks, setting one ablaze": a reported
      // clause whose own subject names no actor of ours leaves the participle with no one named, not with the sayer)
      const reportedSubject = reported >= 0 ? clauseSubject(tokens, s, ms, c, undefined, reported + 1) : null;
      actor = teller ? teller : blastClause(tokens, s, c) ? null : passiveMain ? byAgent(tokens, s, ms, mainVerb + 1) : relative ? relNoun : forceMain ? forceMain :
        timedClauseSubject(tokens, s, ms, c) ?? subordinateClauseSubject(tokens, s, ms, c) ?? reportedSubject ??
        (reported >= 0 && unnamedSubjectAfter(tokens, s, reported + 1, c) ? null : clauseSubject(tokens, s, outside, asClauseOpener(tokens, s, c), undefined, joinedClauseStart(tokens, s, c)) ?? actor);
    }
    // "sprayed the crowd with fire before fleeing into the jungle": a gerund after before/after/while/without has the clause's subject
    if (!before && first - 1 > s.first && tokens[first].lower.endsWith('ing') && GERUND_LINKS.has(tokens[first - 1].lower)) {
      // (of the clause the gerund ends: "..., and the movement's leaders were taken into custody after surrendering to police")
      let from = first - 2;
      while (from > s.first && !(tokens[from].text === ';' || (tokens[from].text === ',' && /^(?:and|but)$/.test(tokens[from + 1]?.lower ?? '')) || /^(?:when|while|as|whereas)$/.test(tokens[from].lower))) from--;
      actor = (from > s.first ? clauseSubject(tokens, s, ms, first - 1, undefined, from + 1) : null) ?? clauseSubject(tokens, s, ms, first - 1) ?? actor;
    }
    // "opened fire on protesting students", "the striking workers": a participle before its noun is
    // done by that noun
    // ("Striking workers at the shipyard were joined by ...": at the opening of the sentence too)
    const opening = first === s.first && (tokens[last]?.pos === 'NOUN' || tokens[last]?.pos === 'PROPN') && tokens[last].sent === tokens[first].sent;
    if (last === first + 1 && tokens[first].lower.endsWith('ing') && (opening || (first > s.first && preNominal(tokens, first)))) {
      const noun = ms.find((m) => (m.first === last || (m.first === last + 1 && tokens[last].pos === 'ADJ')) && m.kind !== 'pronoun');
      if (noun) {
        actor = noun;
        recipient = null;
      }
    }
    // ("..., sending families from several Tzotzil hamlets fleeing toward the town", "left villagers scrambling for cover": whom a verb
    // sends or sets going does the going)
    if (tokens[first].lower.endsWith('ing') && first - 2 > s.first) {
      let g = first - 1;
      while (g > s.first && first - g <= 8 && !(tokens[g].pos === 'VERB' || tokens[g].text === ',' || tokens[g].text === ';')) g--;
      if (g < first - 1 && tokens[g].pos === 'VERB' && SET_GOING.has(tokens[g].lemma)) {
        const sent = mentionsIn(ms, g + 1, first).find((m) => m.kind !== 'pronoun' || !!m.ref);
        if (sent) {
          actor = sent;
          recipient = null;
        }
      }
    }
    // "forced about 100 troops to flee": the object of the governing verb does the fleeing
    if (reality.cue === null && first > s.first && tokens[first - 1].lower === 'to' && actor && actor.last < first - 1) {
      const between = mentionsIn(ms, actor.last, first - 1);
      if (between.length && reality.reality === 'asserted') actor = between[between.length - 1];
    }
    // ("met his counterparts on Thursday and offered to host talks": a verb of intent right before "to" is done by
    // its own subject, whoever was the object of the verb before it)
    // ("voted 89 to 40 to censure the minister": past the tally)
    let g = first - 2;
    while (g > s.first && first - g <= 6 && (tokens[g].pos === 'NUM' || tokens[g].lower === 'to' || tokens[g].pos === 'ADV')) g--;
    if (g > s.first && tokens[first - 1].lower === 'to' && tokens[g].pos === 'VERB' && SUBJECT_CONTROL.has(tokens[g].lemma)) {
      actor = sharedSubject(tokens, s, ms, g, agentLeft(tokens, s, ms, g)) ?? actor;
    }
    // "welcomed Putin's offer to mediate", "refused a request from The New York Times to visit the
    // prison": an infinitive that completes a noun is done by whose the noun is
    const owner = nounOwner(tokens, s, ms, first);
    if (owner) actor = owner;
  }
  // ("the kidnappers sent his family a letter demanding a ransom ... and threatening to kill him": a text that asks or
  // threatens speaks for whoever sent it, the subject of the verb the text is the object of)
  if (tokens[first].lower.endsWith('ing')) {
    let d = first - 1;
    // (a verb joined to the first one: "a letter demanding ... and threatening")
    if (d > s.first && tokens[d].lower === 'and') {
      let k = d - 1;
      while (k > s.first && d - k <= 12 && !(tokens[k].lower.endsWith('ing') && VOICING_DOCUMENTS.has(tokens[k - 1]?.lower ?? ''))) k--;
      if (tokens[k]?.lower.endsWith('ing') && VOICING_DOCUMENTS.has(tokens[k - 1]?.lower ?? '')) d = k - 1;
    }
    // (past whom the text was sent to: "has sent a letter to the head of the World Health Organization (WHO) threatening to pull funding")
    let addressee: ActorLike | null = null;
    if (d > s.first && !VOICING_DOCUMENTS.has(tokens[d].lower)) {
      let k = d;
      while (k > s.first && d - k <= 10 && tokens[k].lower !== 'to' && (NP_WORDS.has(tokens[k].pos) || tokens[k].lower === 'of' || tokens[k].text === '(' || tokens[k].text === ')')) k--;
      if (k < d && tokens[k]?.lower === 'to' && VOICING_DOCUMENTS.has(tokens[k - 1]?.lower ?? '')) {
        addressee = ms.find((m) => m.first === k + 1 || (m.first > k && m.first <= k + 2)) ?? null;
        d = k - 1;
      }
    }
    if (d > s.first && VOICING_DOCUMENTS.has(tokens[d].lower)) {
      let v = d - 1;
      while (v > s.first && (tokens[v].pos === 'DET' || tokens[v].pos === 'ADJ' || tokens[v].pos === 'NOUN' || tokens[v].pos === 'PROPN' || tokens[v].pos === 'PRON' || POSSESSIVES.has(tokens[v].lower))) v--;
      if (tokens[v]?.pos === 'VERB' && !REPORT_VERBS.has(tokens[v].lemma)) {
        const sender = agentLeft(tokens, s, ms, v);
        if (sender) {
          actor = sender;
          if (recipient && recipient.first > v && recipient.last <= d) recipient = null;
          if (!recipient && addressee) recipient = addressee;
        }
      }
    }
  }
  // "Before withdrawing into the hills, the rebels burned ...", "After storming the building, protesters ...": a participle
  // clause opening the sentence is done by the main clause's subject, named after its comma
  if (!actor && !passive && first === s.first + 1 && OPENING_SUBORDINATORS.has(tokens[s.first].lower) && tokens[first].lower.endsWith('ing')) {
    let k = last;
    while (k < s.last && k - last <= 12 && tokens[k].text !== ',') k++;
    if (k < s.last && tokens[k].text === ',') actor = ms.find((m) => m.first > k && m.first <= k + 2 && m.kind !== 'pronoun' && (tokens[m.last]?.pos === 'VERB' || tokens[m.last]?.pos === 'AUX')) ?? null;
  }
  // ("Officials put the toll in Magdeburg at 20 killed and more than 100 wounded": a toll's count is no act of whoever gives it)
  if (c.verbal && first - 3 >= s.first && tokens[first - 1].pos === 'NUM') {
    let k = first - 2;
    while (k > s.first && first - k <= 4 && (tokens[k].pos === 'NUM' || APPROX_WORDS.has(tokens[k].lower))) k--;
    if (tokens[k].lower === 'at' && tokens.slice(Math.max(s.first, k - 6), k).some((t) => TOLL_WORDS.has(t.lemma))) {
      actor = null;
      recipient = null;
    }
  }
  // ("failed to prevent rioters from burning the office", "did not stop them from entering the building": who is kept from an act
  // would be its doer, not who keeps them)
  const hinder = hinderedFrom(tokens, s, first, true);
  if (hinder >= 0) {
    const kept = ms.find((m) => m.first > hinder && m.last < first - 1 && tokens[m.last]?.lower === 'from') ?? ms.find((m) => m.first > hinder && m.last < first);
    if (kept) actor = kept;
  }
  if (!actor && !passive && SAID_ACTS.has(trigger.event)) actor = seriesSubject(tokens, s, ms, first);
  c.actor = actor;
  c.recipient = recipient;
  c.passive = passive;
}

/** acts told in words: what a series of participles may say the clause's subject did */
const SAID_ACTS = new Set([...SPEECH_LIKE, 'THREATEN', 'AGREE']);
/**
 * "The government announced the curfew late on Wednesday, ordering residents ... to stay indoors and warning that anyone breaking it
 * could be shot": a participle (or the gerund the tagger reads as a noun) joined by "and" to one opened by a comma after its clause is
 * the clause's subject's; null when it is no such participle. (Told of what was said or asked only: the harm a clause's participles
 * tell, ", killing at least 30 people and injuring more than 400", is read elsewhere.)
 */
function seriesSubject(tokens: Token[], s: Sentence, ms: ActorLike[], first: number): ActorLike | null {
  if (!tokens[first].lower.endsWith('ing') || tokens[first - 1]?.lower !== 'and' || !(tokens[first].pos === 'VERB' || tokens[first].pos === 'NOUN')) return null;
  const comma = participleSeriesComma(tokens, s, first - 1);
  return comma > 0 ? subordinateClauseSubject(tokens, s, ms, comma) ?? clauseSubject(tokens, s, ms, comma) : null;
}
/**
 * "as Chileans answered a call by keeping children home from school, boycotting shops and banging pots": a gerund after the comma
 * goes on a list a gerund after "by" (or "before", "while" ...) opened before it, done by that clause's subject, not the sentence's.
 */
function gerundListBefore(tokens: Token[], s: Sentence, comma: number): boolean {
  for (let k = comma - 2; k > s.first && comma - k <= 15; k--) {
    if (tokens[k].text === ',' || tokens[k].text === ';') return false;
    if ((tokens[k].lower === 'by' || GERUND_LINKS.has(tokens[k].lower)) && tokens[k + 1].pos === 'VERB' && tokens[k + 1].lower.endsWith('ing')) return true;
  }
  return false;
}

/**
 * "..., when police escorted them out and then moved against the crowd outside, beating people": a participle after a clause
 * that "when" or "while" opens is done by that clause's subject.
 */
function subordinateClauseSubject(tokens: Token[], s: Sentence, ms: ActorLike[], comma: number): ActorLike | null {
  for (let b = comma - 1; b > s.first && comma - b <= 25; b--) {
    const t = tokens[b];
    if (t.text === ';') return null;
    if (!/^(?:when|while)$/.test(t.lower)) continue;
    const m = ms.find((x) => x.kind !== 'pronoun' && x.first > b && x.first <= b + 3 && x.last < comma);
    return m ?? null;
  }
  return null;
}

/**
 * "clamped a curfew on the old city after a bomb thrown from a rooftop exploded beside an army lorry, wounding two soldiers": is the
 * clause right before the participle's comma one opened by "after", "when" or "as" whose subject is a bomb (whose hurt is no one's
 * named)?
 */
function blastClause(tokens: Token[], s: Sentence, comma: number): boolean {
  for (let b = comma - 1; b > s.first && comma - b <= 25; b--) {
    const t = tokens[b];
    if (t.text === ',' || t.text === ';') return false;
    if (!/^(?:after|when|as)$/.test(t.lower)) continue;
    let k = b + 1;
    while (k < comma && k - b <= 4 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'NUM')) k++;
    return k < comma && bombWordAt(tokens, k, s);
  }
  return false;
}

/**
 * "Troops pushed into Bethlehem, killing a gunman, a day after a suicide bomber blew himself up at a bus stop, killing three
 * Israelis": a participle after a clause set off by ", a day after" (a stretch of time before "after" or "before") goes with
 * that clause's own subject, which tells another act on another day.
 */
function timedClauseSubject(tokens: Token[], s: Sentence, ms: ActorLike[], comma: number): ActorLike | null {
  for (let b = comma - 1; b > s.first + 2 && comma - b <= 25; b--) {
    const t = tokens[b];
    if (t.text === ',' || t.text === ';') return null;
    if (t.lower !== 'after' && t.lower !== 'before') continue;
    const span = tokens[b - 1];
    if (!(PERIODS.has(span.lower) || DURATIONS.has(span.lower) || span.lower === 'hours' || span.lower === 'minutes')) return null;
    let k = b - 2;
    // ("..., less than a day after security forces broke up the camp, killing 35": past how near)
    while (k > s.first && (tokens[k].pos === 'DET' || tokens[k].pos === 'NUM' || tokens[k].pos === 'ADJ' || /^(?:less|more|than|just|only|barely|nearly|almost|about|some|under|over)$/.test(tokens[k].lower))) k--;
    if (tokens[k].text !== ',') return null;
    const m = ms.find((x) => x.first > b && x.first <= b + 3 && x.kind !== 'pronoun');
    // (past an adverb: "after security forces violently broke up")
    let v = m ? m.last : -1;
    while (m && v < comma && tokens[v].pos === 'ADV') v++;
    return m && tokens[v]?.pos === 'VERB' && m.last < comma ? m : null;
  }
  return null;
}
/** The opener of a clause of time or cause right before a participle's comma ("rioted ... as Hamburg hosts the Group of 20 leaders,
 * setting up barricades": the participle is the main clause's, before "as"), else the comma itself. */
function asClauseOpener(tokens: Token[], s: Sentence, comma: number): number {
  for (let b = comma - 1; b > s.first + 1 && comma - b <= 16; b--) {
    const t = tokens[b];
    if (t.text === ',' || t.text === ';' || t.pos === 'AUX') return comma;
    if (/^(?:as|because|since|although|though)$/.test(t.lower) && (t.pos === 'SCONJ' || t.pos === 'ADP') && tokens[b + 1]?.pos !== 'VERB' && tokens.slice(b + 1, comma).some((x) => x.pos === 'VERB')) return b;
  }
  return comma;
}
/** Where the clause joined by ", but" or ", and" right before a participle's comma starts, with a subject and a verb of its own
 * ("Sogavare ordered a lockdown ..., but groups of young men defied it on Thursday, burning more buildings": the burning is theirs),
 * else the sentence's start. */
function joinedClauseStart(tokens: Token[], s: Sentence, comma: number): number {
  for (let b = comma - 1; b > s.first + 1 && comma - b <= 16; b--) {
    if (tokens[b].text === ';') return b + 1;
    if (tokens[b].text !== ',' || !/^(?:but|and|while|whereas)$/.test(tokens[b + 1]?.lower ?? '')) continue;
    const subj = tokens[b + 2];
    if (subj && ['DET', 'NOUN', 'PROPN', 'NUM', 'ADJ'].includes(subj.pos) && tokens.slice(b + 3, comma).some((t) => t.pos === 'VERB' && !t.lower.endsWith('ing'))) return b + 2;
    return s.first;
  }
  return s.first;
}
/** sectors of people whose searching is looking, not a raid */
const SEARCHING_CIVILIANS = new Set(['CVL', 'PRO', 'LAB', 'EDU', 'REL', 'MED', 'HLH', 'AGR', 'BUS', 'REF', 'OPP', 'PTY', 'NGO']);
/** verbs of condemning an act, which was done ("denounced the arrest of ...") */
const CONDEMNING = new Set(['condemn', 'denounce', 'deplore', 'decry']);
/** the people whose counted meeting is a rally, not talks ("a meeting of about two hundred strikers") */
const MEETING_CROWDS = new Set(['LAB', 'PRO', 'CVL', 'AGR', 'EDU', 'OPP']);
/** verbs that lay a charge on someone ("accused X of ...", "blamed X for ..."): what follows their "of" is the charge */
const CHARGING = new Set(['accuse', 'blame', 'charge', 'indict', 'condemn', 'fault', 'criticise', 'criticize', 'denounce']);
/** words telling that armed forces blocking or occupying something protest themselves */
const FORCES_PROTEST_CUES = new Set(['protest', 'demand', 'demonstrate', 'demonstration', 'strike', 'rally', 'wage', 'pay', 'salary', 'salaries', 'grievance', 'mutiny', 'mutineer', 'bonus', 'arrears']);
/** determiners that make an event noun a reference to one told before ("the protests", "these demonstrations") */
const REFERRING_DETERMINERS = new Set(['the', 'this', 'these', 'those', 'that', 'such', 'its', 'their', 'his', 'her']);
/** conjunctions opening a condition that trails its clause */
const CONDITIONS = new Set(['if', 'unless']);
/** verbs of going to or from a meeting: their subject is its party */
const TALK_MOVES = new Set(['return', 'rejoin', 'quit', 'leave', 'abandon', 'withdraw', 'pull', 'walk', 'boycott', 'enter', 'suspend', 'resume']);
const OPENING_SUBORDINATORS = new Set(['before', 'after', 'while', 'when', 'upon', 'since', 'despite', 'on']);

/** Step 3 for an event noun: "arrest of X by Y", "police raid", "a meeting between". */
function nounRoles(st: SentenceState, c: Candidate): void {
  const { doc, tokens, s, caps, ms } = st;
  const trigger = c.trigger;
  const first = c.first;
  const last = c.last;
  const actingName = c.actingName;
  const reality = c.reality;
  let actor = c.actor;
  let recipient = c.recipient;
  const bt = between(tokens, s, ms, last);
  // ("Kofi Annan, who is leading mediation between the two camps": a go-between's act is the go-between's; the sides are whom it
  // is done for)
  if (bt && trigger.mode === 'third-party' && !actor && !c.verbal) {
    const lv = lightVerbAt(tokens, s, first);
    if (lv >= 0) actor = agentLeft(tokens, s, ms, lv);
  }
  if (bt && trigger.mode === 'third-party' && actor && actor !== bt[0] && actor !== bt[1]) {
    recipient = bt[0];
  } else if (bt) {
    [actor, recipient] = bt;
  } else {
    // "arrest of X by Y", "attack by X on Y", "opposition protests", "police raid"
    // (the phrase right after "of", not one past another preposition: "a petition of 9,412 signatures to the town's MP")
    const ofFirst = tokens[last]?.lower === 'of' ? mentionsIn(ms, last + 1, Math.min(s.last, last + 8))[0] ?? null : null;
    const of = ofFirst && !tokens.slice(last + 1, ofFirst.first).some((t) => (t.pos === 'ADP' && t.lower !== 'of') || t.pos === 'VERB' || t.text === ',' || t.text === ';') ? ofFirst : null;
    // ("a curfew was imposed on Mlungisi from Thursday evening by the divisional commissioner": the agent of the verb that put it in force, further on)
    const putInForce = last + 1 < s.last && PASSIVE_AUX.has(tokens[last].lower) && LIGHT_VERBS.has(tokens[last + 1].lemma);
    // (right past the "of" phrase however long it runs: "the killing of 19 landless farm workers by military police")
    let ofEnd = tokens[last]?.lower === 'of' ? last + 1 : -1;
    while (ofEnd > 0 && ofEnd < s.last && ofEnd - last <= 10 && (NP_WORDS.has(tokens[ofEnd].pos) || tokens[ofEnd].pos === 'PROPN' || (tokens[ofEnd].pos === 'VERB' && tokens[ofEnd].lower.endsWith('ing')))) ofEnd++;
    let by = byAgent(tokens, s, ms, last, putInForce ? 14 : 6) ?? (ofEnd > last + 1 && tokens[ofEnd]?.lower === 'by' ? byAgent(tokens, s, ms, ofEnd, 4) : null);
    // "The march was blocked by police": after another verb, the agent is that verb's (not "a rally attended by thousands")
    for (let k = last; by && k < by.first; k++) if (tokens[k].pos === 'VERB' && !NOUN_AGENT_VERBS.has(tokens[k].lemma) && !LIGHT_VERBS.has(tokens[k].lemma)) by = null;
    // ("an investigation into alleged crimes committed by Croat forces": past the topic the act is about, a verb's agent is the topic's)
    for (let k = last, topic = false; by && k < by.first; k++) {
      if (TOPIC_PREPS.has(tokens[k].lower)) topic = true;
      else if (topic && tokens[k].pos === 'VERB' && tokens[k - 1].pos !== 'AUX') by = null;
    }
    // ("150 people launched a hunger strike against demands by leaders of the Abkhaz minority": carried by a verb with a subject of
    // its own, the act's agent is that subject; an agent past another noun's phrase is that noun's)
    if (by && tokens.slice(last, by.first).some((t) => t.pos === 'ADP' && t.lower !== 'by') && tokens.slice(last, by.first).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) {
      const lv = lightVerbAt(tokens, s, first);
      if (lv >= 0 && agentLeft(tokens, s, ms, lv)) by = null;
    }
    // (not the words of a named event's own name: "a Tribal Solidarity March")
    const named = tokens[first].cap && !caps && first > s.first && trigger.words.length === 1;
    // (the owner past the words of how long or how wide: "the Jamaat-e-Islami's 48-hour countrywide hartal")
    let own = first;
    while (own - 1 > s.first && first - own < 5 && (/wide$/.test(tokens[own - 1].lower) || tokens[own - 1].pos === 'NUM' || tokens[own - 1].text === '-' || tokens[own - 2]?.text === '-')) own--;
    let before = ms.find((m) => (m.last === first && !(named && m.kind !== 'pronoun' && tokens.slice(m.first, m.last).every((t) => t.cap))) || ((m.last === first - 1 || (own < first && m.last === own - 1)) && (tokens[m.last].text === "'s" || tokens[m.last].text === '’s')));
    // ("killed in the mosque raid", "the embassy attack": a building before the act names where it was done, or what at, not who)
    if (before && before.last === first && BUILDING_WORDS.has(tokens[first - 1].lower)) {
      if (!recipient && (trigger.event === 'ASSAULT' || trigger.event === 'COERCE')) recipient = before;
      before = undefined;
    }
    // ("anger over his killing", "Zongo's murder", "their arrest": whose act of harm or custody it is, told with no "of" after it,
    // is whom it was done to)
    if (before && !of && PATIENT_NOUNS.has(tokens[last - 1].lower) && (before.last === first - 1 || POSSESSIVES.has(tokens[first - 1].lower))) {
      if (!recipient) recipient = before;
      before = undefined;
    }
    // ("opposition protests and a mutiny by junior officers": an agent past a second, joined noun is that noun's, when this one
    // names its own; "protests and strikes by workers" share theirs)
    if (by && !actingName && !actor) {
      let joined = false;
      for (let k = last; k < by.first && !joined; k++) joined = tokens[k].pos === 'CCONJ';
      if (joined && ((before && before.kind !== 'pronoun') || modifierActor(doc, first))) by = null;
    }
    // ("the release of 20 prisoners", "the expulsion of three diplomats": whom it was done to as well)
    // ("an economic blockade of Lithuania": a measure's "of" is whom it is aimed at)
    if (of && (trigger.event === 'COERCE' || trigger.event === 'ASSAULT' || (trigger.event === 'SANCTION' && AIMED_MEASURES.test(tokens[last - 1].lower)) || trigger.mode === 'release' || trigger.mode === 'expel')) recipient = of;
    else if (of && !by) actor = of;
    // ("Israeli airstrikes hit Gaza": a weapon noun inside an actor's phrase is that actor's act)
    const holder = trigger.acled && WEAPON_CODES.has(trigger.acled) ? ms.find((m) => m.kind !== 'pronoun' && m.first < first && m.last >= last && !!m.code) : undefined;
    actor = actingName ?? actor ?? by ?? before ?? holder ?? modifierActor(doc, first);
    // (whom the "of" phrase names, though no actor we know, is not the doer after it: "the killing of 12 cane cutters by state policemen")
    if (by && recipient === by && actor === by) recipient = null;
    // ("a convoy of six trucks from the World Food Programme": aid is from whom it comes)
    if (!actor && trigger.event === 'AID') {
      for (let k = last; k < Math.min(s.last, last + 6) && !actor; k++) {
        if (tokens[k].pos === 'VERB' || tokens[k].text === ',') break;
        if (tokens[k].lower === 'from') actor = ms.find((m) => m.first === k + 1 || (m.first === k + 2 && tokens[k + 1].pos === 'DET')) ?? null;
      }
    }
    // ("the state of emergency that President Ershad declared on Friday": the relative clause's subject put it in force)
    if (!actor && toldDone(tokens, s, last)) actor = mentionsIn(ms, last + 1, Math.min(s.last, last + 8))[0] ?? null;
    // ("soldiers moved into Be, firing tear gas", ", arresting dozens of people": a participle the tagger took for a
    // noun, after a comma and before its object, is done by the clause's subject)
    // (and the noun such a participle governs: "..., firing tear gas and live ammunition")
    let g = first;
    if (!tokens[g].lower.endsWith('ing')) {
      g--;
      while (g > s.first && first - g <= 3 && (tokens[g].pos === 'DET' || tokens[g].pos === 'ADJ' || tokens[g].pos === 'NUM')) g--;
    }
    // (not a participle of saying, whose noun opens what is said: "confirmed that a protester died, saying an explosive device he
    // meant to throw went off")
    if (g - 1 > s.first && tokens[g].lower.endsWith('ing') && tokens[g].pos !== 'ADJ' && tokens[g - 1].text === ',' && (g < first || (last < s.last && OBJECT_START.has(tokens[last].pos))) &&
      !(g < first && SAYING_PARTICIPLES.has(tokens[g].lemma))) {
      actor = subordinateClauseSubject(tokens, s, ms, g - 1) ?? actor ?? clauseSubject(tokens, s, ms, g - 1);
    }
    // "Traders kept their shops closed in protest against the killing": the clause's subject protests
    // (not "were injured in stone pelting": the injured did not pelt)
    if (!actor && trigger.event === 'PROTEST' && trigger.mode !== 'riot' && first > s.first && tokens[first - 1].lower === 'in' && !isPassive(tokens, s, first - 2)) actor = clauseSubject(tokens, s, ms, first - 1);
    // "Jaishankar told his counterpart Wang Yi in a telephone call", "the leaders agreed during talks":
    // a meeting named after in/during/at is between the clause's subject and the verb's object
    if (!actor && trigger.event === 'CONSULT') {
      let p = first - 1;
      while (p > s.first && (tokens[p].pos === 'DET' || tokens[p].pos === 'ADJ' || tokens[p].pos === 'NOUN')) p--;
      if (p > s.first && /^(?:in|during)$/.test(tokens[p].lower)) {
        let v = p - 1;
        while (v > s.first && tokens[v].pos !== 'VERB') v--;
        if (tokens[v].pos === 'VERB' && (REPORT_VERBS.has(tokens[v].lemma) || MEETING_SPEECH.has(tokens[v].lemma))) {
          actor = agentLeft(tokens, s, ms, v);
          recipient = recipient ?? mentionsIn(ms, v + 1, p).find((m) => !OBJECT_PREPS.has(prevWord(tokens, m, s))) ?? null;
        }
      }
    }
    // ("said it would not return to the talks", "walked out of the negotiations", "rejoined the dialogue": who goes to or from
    // a meeting is its party)
    if (!actor && trigger.event === 'CONSULT') {
      let p = first - 1;
      while (p > s.first && (tokens[p].pos === 'DET' || tokens[p].pos === 'ADJ' || POSSESSIVES.has(tokens[p].lower) || tokens[p].text === '-')) p--;
      while (p > s.first && first - p <= 6 && /^(?:to|from|of|out|on|in)$/.test(tokens[p].lower)) p--;
      if (p >= s.first && tokens[p].pos === 'VERB' && TALK_MOVES.has(tokens[p].lemma)) actor = sharedSubject(tokens, s, ms, p, agentLeft(tokens, s, ms, p));
    }
    if (!actor) {
      // "Obama gave Putin a stern warning": the light verb's subject acts, its indirect object receives
      const lv = lightVerbAt(tokens, s, first);
      if (lv >= 0) {
        // (a participle joined by "and" to one opened by a comma after its clause: ", giving the army powers to shoot ... and placing the
        // press under censorship" is the clause's subject's)
        const comma = lv - 1 > s.first && tokens[lv].lower.endsWith('ing') && tokens[lv - 1].lower === 'and' ? participleSeriesComma(tokens, s, lv - 1) : -1;
        actor = comma > 0 ? subordinateClauseSubject(tokens, s, ms, comma) ?? clauseSubject(tokens, s, ms, comma) : sharedSubject(tokens, s, ms, lv, agentLeft(tokens, s, ms, lv));
        // (not whom one joins in it: "joined civilians in looting shops")
        if (tokens[lv].lemma !== 'join') recipient = recipient ?? mentionsIn(ms, lv + 1, first).find((m) => !OBJECT_PREPS.has(prevWord(tokens, m, s)) && !(named && m.last === first)) ?? null;
      }
    }
    // ("Demonstrations turned violent, with four people dead among the protesters": a protest named bare, by no one,
    // is by the protesters the sentence names; "the protests" points back to a protest told before, in resolve)
    // (named bare: "a rally", "what had begun as a peaceful rally" may be one told before)
    let d = first - 1;
    while (d >= s.first && tokens[d].pos === 'ADJ') d--;
    if (!actor && trigger.event === 'PROTEST' && !(d >= s.first && (tokens[d].pos === 'DET' || tokens[d].pos === 'PRON' || REFERRING_DETERMINERS.has(tokens[d].lower) || tokens[d].lower === 'as'))) {
      actor = ms.find((m) => m.kind === 'group' && m.sector === 'PRO' && (m.first > last || m.last < first)) ?? null;
    }
    // ("fired tear gas, rubber bullets and water cannon to clear thousands of demonstrators from the Plaza de Mayo in front of the Casa
    // Rosada": whom force was used to clear or disperse is whom it was used on)
    // (not a participle's, told of the act before it: "stormed the roundabout, firing tear gas to drive out hundreds of protesters")
    const participle = first > s.first && ((tokens[first - 1].text === ',' && tokens[first].lower.endsWith('ing')) ||
      (first - 1 > s.first && tokens[first - 2].text === ',' && tokens[first - 1].lower.endsWith('ing')));
    if (trigger.mode === 'crowd-control' && (!recipient || !recipient.sector) && !participle) recipient = dispersedBy(tokens, s, ms, last) ?? recipient;
    // (what follows "Striking miners" is the miners' next act, not the strike's object)
    recipient = recipient ?? (actingName ? null : patientRight(tokens, s, ms, last, true, false, SPEECH_LIKE.has(trigger.event)));
    // "Netanyahu said the offensive would continue": whoever announces what is yet to come states the intent
    if (!actor && (reality.reality === 'future' || reality.reality === 'hypothetical') && reality.cue && /^(?:will|'ll|shall|would|could|might|may|should|planned|scheduled)$/i.test(reality.cue)) {
      for (let j = first - 1; j > s.first; j--) {
        if (REPORT_VERBS.has(tokens[j].lemma) && tokens[j].pos === 'VERB') { actor = agentLeft(tokens, s, ms, j); break; }
      }
    }
  }
  if (!actor && SAID_ACTS.has(trigger.event)) actor = seriesSubject(tokens, s, ms, first);
  // ("The foreign ministers flew to Cairo for talks", "U.S. and Russian negotiators return to Geneva this week for talks": those who
  // come for talks hold them)
  if (!actor && trigger.event === 'CONSULT' && first - 1 > s.first && tokens[first - 1].lower === 'for') {
    for (let k = first - 2; k > s.first && first - k <= 12 && tokens[k].text !== ',' && tokens[k].text !== ';'; k--) {
      if (tokens[k].pos !== 'VERB') continue;
      if (COME_FOR.has(tokens[k].lemma)) actor = sharedSubject(tokens, s, ms, k, agentLeft(tokens, s, ms, k));
      break;
    }
  }
  // ("Soldiers enforcing newly declared martial law", "crowds defying a curfew": who enforces, defies or breaks a measure did not
  // impose it)
  if (actor && trigger.event === 'COERCE' && MEASURE_MODES.has(trigger.mode ?? '')) {
    let k = first - 1;
    while (k > s.first && first - k <= 4 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'ADV' || (tokens[k].pos === 'VERB' && tokens[k].lower.endsWith('ed')))) k--;
    if (MEASURE_MET.has(tokens[k]?.lemma ?? '') && tokens[k].pos === 'VERB' && actor.last <= k) actor = null;
  }
  c.actor = actor;
  c.recipient = recipient;
}
/** verbs of coming somewhere for something: "flew to Cairo for talks", "returned to Geneva for talks" */
const COME_FOR = new Set(['come', 'arrive', 'return', 'fly', 'travel', 'go', 'head', 'gather', 'assemble', 'meet', 'convene', 'reconvene', 'sit', 'be', 'leave', 'set']);
/** verbs of asking whose object is the thing asked for ("demanded an interim government"), not whom it is asked of */
const THING_DEMANDED = new Set(['demand', 'call for', 'seek', 'ask for', 'press for', 'push for', 'insist on', 'clamour for', 'clamor for']);
/** verbs of letting people held go: "released jailed militants", "freed detained activists" */
const FREEING_VERBS = new Set(['release', 'free', 'pardon', 'exchange', 'swap', 'amnesty', 'liberate']);
/** verbs that set their object going: "sending families fleeing", "left villagers scrambling" */
const SET_GOING = new Set(['send', 'set', 'leave', 'keep']);
/** verbs of handing things out, aid only when the things are relief goods */
const GOODS_GIVEN = new Set(['hand out', 'distribute', 'give out']);
/** verbs of meeting a measure already in force: its enforcer, defier or breaker is not whom imposed it */
const MEASURE_MET = new Set(['enforce', 'defy', 'violate', 'break', 'flout', 'breach', 'ignore', 'observe', 'obey', 'respect']);

/** Is the projectile noun ending before `last` the subject of a verb of crashing ("shells and rockets had crashed into homes")? */
function crashedInto(tokens: Token[], s: Sentence, last: number): boolean {
  for (let k = last; k < s.last && k - last <= 5; k++) {
    const t = tokens[k];
    if (t.lemma === 'crash' && t.pos === 'VERB') return /^(?:into|onto|on|through)$/.test(tokens[k + 1]?.lower ?? '');
    if (!(t.pos === 'NOUN' || t.pos === 'CCONJ' || t.pos === 'AUX' || t.pos === 'ADV')) return false;
  }
  return false;
}

/** nouns of a measure's end: "the lifting of the curfew", "the easing of martial law restrictions" */
const MEASURE_ENDINGS = new Set(['lifting', 'easing', 'relaxation', 'relaxing', 'end', 'ending', 'suspension', 'repeal', 'revocation', 'removal', 'withdrawal']);
/** kinds of wrongdoing an example is given of: "offences such as murder" */
const OFFENCE_NOUNS = new Set(['offences', 'offenses', 'offence', 'offense', 'crimes', 'crime', 'charges', 'acts', 'abuses', 'violations']);
/** verbs that end an act named after them: "to end the fighting", "halting the violence" */
const ENDED_BY = new Set(['end', 'halt', 'stop', 'cease', 'curb', 'quell', 'calm']);
/** Where the protest noun stands that people named before `at` are called "to" ("called people to a peaceful protest"), or -1. */
function calledTo(st: SentenceState, at: number): number {
  const { tokens, s, caps } = st;
  if (tokens[at]?.lower !== 'to') return -1;
  for (let k = at + 1; k < s.last && k - at <= 4; k++) {
    const m = matchAt(tokens, k, s.last, caps);
    if (m && m.trigger.event === 'PROTEST' && m.trigger.pos !== 'V') return k;
    if (!['DET', 'ADJ', 'NUM'].includes(tokens[k].pos)) return -1;
  }
  return -1;
}

/**
 * Is the subject right before the verb at `first` (past auxiliaries and adverbs) one of `kinds`: "many shops reopened"? With
 * `pastPlace`, past up to five words of the place it is in too: "Most shops in central Santiago reopened".
 */
function subjectOfKinds(tokens: Token[], s: Sentence, first: number, kinds: ReadonlySet<string>, pastPlace: boolean): boolean {
  let h = first - 1;
  while (h > s.first && (tokens[h].pos === 'AUX' || tokens[h].pos === 'ADV')) h--;
  const j = h;
  while (pastPlace && h > s.first && j - h <= 5 && (tokens[h].pos === 'PROPN' || tokens[h].pos === 'ADJ' || (tokens[h].pos === 'NOUN' && !kinds.has(tokens[h].lower)) ||
    (tokens[h].pos === 'ADP' && /^(?:in|of|across|around|throughout)$/.test(tokens[h].lower)))) h--;
  return h >= s.first && kinds.has(tokens[h].lower);
}

/** codeSentence, step 4: the roles adjusted; acts that need a kind of doer or object they lack are skipped. */
function vetRoles(st: SentenceState, c: Candidate): boolean {
  const { ctx, doc, tokens, s, ms } = st;
  // ("the government released some two dozen jailed militants", "freed detained activists": who were held, named as whom a release
  // frees, were taken before; no arrest told)
  if (c.trigger.event === 'COERCE' && c.trigger.words.length === 1 && /(?:ed|en)$/.test(tokens[c.first].lower) && c.last === c.first + 1 &&
    (tokens[c.last]?.pos === 'NOUN' || tokens[c.last]?.pos === 'ADJ')) {
    let k = c.first - 1;
    while (k > s.first && c.first - k <= 5 && (tokens[k].pos === 'DET' || tokens[k].pos === 'NUM' || tokens[k].pos === 'ADJ' || QUANTITY_NOUNS.has(tokens[k].lower) || /^(?:some|about|nearly|around|more|than|least|at|of|dozens?|hundreds?|thousands?|scores?)$/.test(tokens[k].lower))) k--;
    if (tokens[k]?.pos === 'VERB' && FREEING_VERBS.has(tokens[k].lemma)) return false;
  }
  // ("A figure of 164 deaths ... is withdrawn later in the day": a thing withdrawn in the passive, no forces, is no pull-back)
  if (c.verbal && c.passive && c.trigger.event === 'RETREAT' && c.trigger.mode === 'withdraw' && !c.actor && !c.recipient) return false;
  // ("Residents asked why the police had not used tear gas", "asked the minister whether ...": a question put asks for no act)
  if (c.verbal && c.trigger.event === 'REQUEST' && c.trigger.words.length === 1 && tokens[c.first].lemma === 'ask') {
    let k = c.last;
    const addressee = ms.find((m) => m.first === k || (m.first === k + 1 && tokens[k].pos === 'DET'));
    if (addressee) k = addressee.last;
    if (/^(?:why|whether|how|what|when|where|who|if)$/.test(tokens[k]?.lower ?? '')) return false;
    // ('"What negotiations can there be with criminals and murderers?" he asks': a question quoted before it)
    for (let q = c.first - 1; q >= s.first && c.first - q <= 4; q--) {
      if (tokens[q].text === '?') return false;
      if (!(QUOTE_CHARS.has(tokens[q].text) || tokens[q].pos === 'PRON' || tokens[q].pos === 'PROPN' || tokens[q].pos === 'DET' || tokens[q].pos === 'NOUN' || tokens[q].text === ',')) break;
    }
  }
  // ("Troops occupied the mines", "police blocked the road": a crowd's act, done by armed forces, is theirs of another kind)
  // (unless they protest themselves: "soldiers blocked the road to demand their back pay")
  const doer = c.trigger.crowd && c.trigger.armed ? resolveRef(c.actor) : null;
  if (doer?.sector && ARMED_FORCE_SECTORS.has(doer.sector) && !tokens.slice(s.first, s.last).some((t) => FORCES_PROTEST_CUES.has(t.lemma))) c.trigger = { ...c.trigger.armed!, words: c.trigger.words };
  // ("A United Nations mission arrived in Aden", "the foreign minister arrived in Kabul on Monday": an official, a government, an
  // international body or its mission come to a place visits it; armed forces arriving are moved)
  const visitor = c.trigger.visitor && c.verbal && /^(?:in|at|here)$/.test(tokens[c.last]?.lower ?? '') ? resolveRef(c.actor) : null;
  if (visitor && !ARMED_FORCE_SECTORS.has(visitor.sector ?? '') && (visitor.sector === 'GOV' || visitor.sector === 'IGO' || (visitor.cameo_code ?? '').startsWith('IGO'))) {
    c.trigger = { ...c.trigger.visitor!, words: c.trigger.words };
  }
  // ("We called people to a peaceful protest", "called workers to a general strike": people called to a protest are asked to join it,
  // no telephone call)
  if (c.verbal && c.trigger.mode === 'phone' && tokens[c.first].lemma === 'call' && c.recipient && c.recipient.first >= c.last && calledTo(st, c.recipient.last) >= 0) {
    c.trigger = { ...c.trigger, event: 'REQUEST', mode: null, cameo: '020', acled: null, context: null, weak: false };
  }
  // ("the Government ordered three leftist newspapers to suspend publication for six months": a paper or a station ordered to stop is
  // closed down, no request)
  const ordered = c.verbal && c.trigger.event === 'REQUEST' && tokens[c.first].lemma === 'order';
  const medium = ordered && c.recipient && c.recipient.first >= c.last ? resolveRef(c.recipient) : null;
  // (whatever side the paper is of: "two opposition newspapers")
  // (or a station named by its medium, whoever it is, in the object: "ordered the relay stations of Radio Publique Africaine ... to be
  // switched off")
  let named = -1;
  for (let k = c.last; ordered && named < 0 && k < s.last && k - c.last <= 6 && tokens[k].text !== ',' && tokens[k].lower !== 'to' && tokens[k].pos !== 'VERB'; k++) if (MEDIA_HEADS.test(tokens[k].lower)) named = k;
  // ("All newspapers in the capital have been ordered to suspend publication": the papers named as the passive's subject)
  if (ordered && !medium && named < 0 && c.first > s.first && /^(?:be|been|being|was|were|is|are)$/.test(tokens[c.first - 1].lower) && tokens[c.last]?.lower === 'to' && /^(?:suspend|stop|cease|halt|close|shut)$/.test(tokens[c.last + 1]?.lower ?? '')) {
    for (let k = c.first - 2; k >= s.first && c.first - k <= 10 && tokens[k].pos !== 'VERB' && tokens[k].text !== ','; k--) {
      if (MEDIA_HEADS.test(tokens[k].lower)) {
        c.trigger = { ...c.trigger, event: 'COERCE', mode: 'censor', cameo: '175', comp: false, context: 'rights_freedoms' };
        break;
      }
    }
  }
  if ((medium && (medium.sector === 'MED' || MEDIA_HEADS.test(tokens[c.recipient!.head]?.lower ?? ''))) || named >= 0) {
    let from = medium ? c.recipient!.last : named + 1;
    while (!medium && from < s.last && from - named <= 4 && tokens[from].text !== ',' && tokens[from].lower !== 'to') from++;
    // (past an apposition set off by commas: ", the station most listened to outside the capital, to be switched off")
    if (tokens[from]?.text === ',') {
      let e = from + 1;
      while (e < s.last && e - from <= 14 && tokens[e].text !== ',') e++;
      if (tokens[e]?.text === ',') from = e + 1;
    }
    let k = from;
    while (k < s.last && k - from <= 3 && tokens[k].lower !== 'to') k++;
    const v = tokens[k + 1]?.lower === 'be' ? k + 2 : k + 1;
    if (tokens[k]?.lower === 'to' && (/^(?:suspend|stop|cease|halt|close|shut)$/.test(tokens[k + 1]?.lemma ?? '') || (v === k + 2 && /^(?:switched|shut|closed|silenced|suspended|cut|taken)$/.test(tokens[v]?.lower ?? '')))) {
      c.trigger = { ...c.trigger, event: 'COERCE', mode: 'censor', cameo: '175', comp: false, context: 'rights_freedoms' };
    }
  }
  // ("The Interior Ministry ordered about 2,000 more gendarmes and two battalions of troops into Liege province": forces ordered into
  // or to a place are deployed; not "ordered troops to fire")
  const sent = c.trigger.moved && c.verbal && c.recipient && c.recipient.first >= c.last && c.recipient.first - c.last <= 4 ? resolveRef(c.recipient) : null;
  if (sent?.sector && ARMED_FORCE_SECTORS.has(sent.sector)) {
    let k = c.recipient!.last;
    // (and "onto the streets")
    while (k < s.last && k - c.recipient!.last <= 8 && !/^(?:into|to|in|onto)$/.test(tokens[k].lower) && tokens[k].pos !== 'VERB' && tokens[k].text !== ',' && tokens[k].text !== ';') k++;
    // ("ordering security forces back to their bases", "to their barracks": sent back is pulled back)
    const back = tokens[k - 1]?.lower === 'back' || (tokens[k]?.lower === 'to' && /^(?:barracks|bases)$/.test(tokens[k + 2]?.lower ?? ''));
    if (/^(?:into|to|in|onto)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1] && tokens[k + 1].pos !== 'VERB' && tokens[k + 1].pos !== 'AUX') {
      c.trigger = back ? { ...c.trigger.moved!, event: 'RETREAT', mode: 'withdraw', cameo: '0874', acled: null, context: 'military', words: c.trigger.words } : { ...c.trigger.moved!, words: c.trigger.words };
    }
  }
  // ("Serb gunmen and Muslim militiamen began dismantling barricades after leaders agreed to joint patrols": armed men outside the
  // state taking down barricades take down their own, easing the standoff; clearing them is what the state's forces do to others)
  const dismantler = c.trigger.mode === 'crowd-control' && c.verbal && c.trigger.words.some((w) => /^(?:barricades?|roadblocks?)$/.test(w)) ? resolveRef(c.actor) : null;
  if (dismantler?.sector && NON_STATE_ARMED_SECTORS.has(dismantler.sector)) {
    c.trigger = { ...c.trigger, event: 'RETREAT', mode: 'access', cameo: '0872', acled: null, context: 'military' };
  }
  // ("the Kenya Red Cross has set up a camp": a camp an aid body sets up shelters people, no base of forces)
  const camper = c.verbal && c.trigger.event === 'MOBILIZE' && c.trigger.acled === 'HQ_ESTABLISHED' && c.trigger.words.includes('camp') ? resolveRef(c.actor) : null;
  if (camper && (camper.sector === 'NGO' || camper.sector === 'IGO')) {
    c.trigger = { ...c.trigger, event: 'AID', mode: null, cameo: '073', acled: null, context: 'human_security' };
  }
  // ("Renamo disarmed 12 policemen", "12 soldiers were disarmed by the rebels": another side's forces disarmed have their arms taken)
  const disarmed = c.trigger.taken && c.verbal && c.recipient ? resolveRef(c.recipient) : null;
  if (disarmed?.sector && ARMED_FORCE_SECTORS.has(disarmed.sector) && c.actor && resolveRef(c.actor) !== disarmed && resolveRef(c.actor)?.start !== disarmed.start) {
    c.trigger = { ...c.trigger.taken!, words: c.trigger.words };
  }
  // ("The talks collapsed after a few minutes, when Mr Sargsyan walked out": one person or a delegation walking out where talks or a
  // meeting are named, here or in the sentence before, leaves them; not "workers walked out after pay talks failed")
  const walker = c.trigger.talks && c.verbal ? resolveRef(c.actor) : null;
  if (walker && (walker.one || DELEGATIONS.has(tokens[walker.head]?.lower ?? ''))) {
    const prev = s.index > 0 ? doc.sentences[s.index - 1] : null;
    const from = prev && tokens[s.first].start - tokens[prev.last - 1].end < 4 ? prev.first : s.first;
    let talked = false;
    for (let k = from; k < s.last && !talked; k++) talked = TALK_WORDS.has(tokens[k].lemma) && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'VERB');
    if (talked) c.trigger = { ...c.trigger.talks!, words: c.trigger.words };
  }
  const trigger = c.trigger;
  const first = c.first;
  const last = c.last;
  const verbal = c.verbal;
  // ("gave the police new powers after two nights of street fighting": a gerund after "of", a noun's, is done by no one outside that
  // phrase)
  if (c.verbal && c.actor && tokens[c.first].lower.endsWith('ing') && c.actor.last <= c.first) {
    let k = c.first - 1;
    while (k > s.first && c.first - k <= 2 && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ')) k--;
    if (tokens[k]?.lower === 'of' && k > c.actor.last && (tokens[k - 1]?.pos === 'NOUN' || tokens[k - 1]?.pos === 'NUM')) c.actor = null;
  }
  // ("we heard shooting", "residents saw looting": those who heard or saw an act named by its noun are its witnesses, not its doers)
  if ((!verbal || tokens[first].lower.endsWith('ing')) && c.actor) {
    let k = first - 1;
    while (k > s.first && first - k <= 3 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'ADV')) k--;
    if (k >= s.first && tokens[k].pos === 'VERB' && PERCEIVING.has(tokens[k].lemma) && c.actor.last <= k) c.actor = null;
  }
  // ("Witnesses to Tuesday's fighting at the dam said": the witnesses of an act named by its noun saw it, they did not do it)
  if ((!verbal || tokens[first].lower.endsWith('ing')) && c.actor && c.actor.last <= first && /^(?:witness|witnesses|observer|observers|onlooker|onlookers|bystander|bystanders|spectator|spectators)$/.test(tokens[c.actor.head]?.lower ?? '') &&
    /^(?:to|of)$/.test(tokens[c.actor.last]?.lower ?? '')) c.actor = null;
  // ("Yeltsin, Shevardnadze sign deal to end South Ossetia fighting": whoever ends an act named by its noun is not its doer)
  if ((!verbal || tokens[first].lower.endsWith('ing')) && c.actor && c.trigger.event === 'ASSAULT') {
    let k = first - 1;
    while (k > s.first && first - k <= 4 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'PROPN' || POSSESSIVES.has(tokens[k].lower))) k--;
    if (k >= s.first && ENDED_BY.has(tokens[k].lemma) && c.actor.last <= k) c.actor = null;
  }
  // ('"Is Belgium splitting in two?" asked one Brussels newspaper': "asked" right after a quotation tells who asked the question
  // quoted, no request of anyone; even where the question closed a sentence of its own)
  if (verbal && trigger.words[0] === 'ask' && trigger.words.length === 1 && first >= 2 && QUOTE_CHARS.has(tokens[first - 1].text) && /[?,!]/.test(tokens[first - 2]?.text ?? '')) return false;
  // ("A striking worker was shot dead": a worker on strike whom something was done to is a victim so described, no strike held here)
  if (trigger.event === 'PROTEST' && tokens[first].lower === 'striking' && tokens[first + 1]?.pos === 'NOUN' && HARMED_AFTER.test(doc.text.slice(tokens[first + 1].start, Math.min(s.end, tokens[first + 1].start + 60)))) return false;
  // ("conferred with Figueres in an effort to arrange an end to the fighting", "sought a halt to the violence": violence named as
  // what is to be ended is the violence going on, no act of its own)
  if (!verbal && (c.trigger.event === 'ASSAULT' || (c.trigger.event === 'PROTEST' && c.trigger.mode === 'riot'))) {
    let k = first - 1;
    while (k > s.first && first - k <= 3 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || POSSESSIVES.has(tokens[k].lower))) k--;
    if (k - 1 >= s.first && tokens[k].lower === 'to' && /^(?:end|halt|stop)$/.test(tokens[k - 1].lower) && tokens[k - 1].pos === 'NOUN') return false;
  }
  let actor = c.actor;
  let recipient = c.recipient;
  const passive = c.passive;
  // "lawyers clashed with police, pelting officers with stones as they protested": "they" who protest
  // are the crowd named in the sentence, not the police nearer the pronoun
  if (trigger.event === 'PROTEST' && actor?.kind === 'pronoun' && ['COP', 'MIL'].includes(resolveRef(actor)?.sector ?? '')) {
    const crowd = ms.find((m) => m.last <= first && m.kind !== 'pronoun' && CROWD_SECTORS.has(resolveRef(m)?.sector ?? '') && !OBJECT_PREPS.has(prevWord(tokens, m, s)));
    if (crowd) actor = crowd;
  }
  // "troops backed by tanks", "supported by helicopters": weapons backing a force are its arms, no supporter
  if (trigger.event === 'SUPPORT' && passive && actor && tokens[actor.head] && instrumentAt(tokens, actor.head)) return false;
  // ("A line of officers several hundred strong, backed by mounted police, pushed": a participle describing the
  // subject says how it was made up, not that someone backed it then)
  if (trigger.event === 'SUPPORT' && verbal && tokens[last]?.lower === 'by' && first > s.first && tokens[first - 1].text === ',' && !PASSIVE_AUX.has(tokens[first - 2]?.lower ?? '')) return false;
  // (named by no actor we know: "troops backed by tanks and helicopter gunships")
  if (trigger.event === 'SUPPORT' && tokens[last]?.lower === 'by') {
    let k = last + 1;
    while (k < s.last && (tokens[k].pos === 'DET' || tokens[k].pos === 'NUM' || (tokens[k].pos === 'ADJ' && !instrumentAt(tokens, k + 1)))) k++;
    if (k < s.last && (instrumentAt(tokens, k) || instrumentAt(tokens, k + 1))) return false;
  }
  // ("Artillery shells fired by Burmese troops landed in a Thai village": the shells fired are the weapon, not whom it was done to)
  if (recipient && tokens[recipient.head] && actorLexicon().projectiles.has(tokens[recipient.head].lemma)) recipient = null;
  // ("Rockets fired from Gaza landed near Sderot": what was fired is no one who fired it)
  // (told before the verb with no auxiliary: a reduced passive, whatever the tagger made of it)
  if (actor && actor.kind === 'group' && tokens[actor.head] && [tokens[actor.head].lemma, tokens[actor.head].lower.replace(/s$/, '')].some((w) => actorLexicon().projectiles.has(w)) && actor.last <= first &&
    (passive || (verbal && /ed$/.test(tokens[first].lower) && actor.last === first && FIRED_VERBS.has(tokens[first].lemma)))) actor = null;
  // "summoned the Indian envoy": the object inside a phrase trigger receives it
  // (not a word modifying the trigger's own noun: "set up a new [military] base")
  if (!recipient && trigger.words.length > 1) recipient = mentionsIn(ms, first + 1, last).find((m) => m.kind !== 'pronoun' && !(m.last < last && tokens[m.last].pos === 'NOUN')) ?? null;
  // ("beat him to death outside the mosque", "shot him dead near the market": the object between
  // the trigger's words is whom it was done to, not a place named after it)
  else if (verbal && innerGap(tokens, trigger, first, last)) {
    const inner = mentionsIn(ms, first + 1, last).find((m) => m.kind !== 'pronoun' || !!m.ref);
    recipient = inner ?? (recipient && recipient.first > first && recipient.last <= last ? recipient : null);
  }
  // "provided financial assistance to about 550 households", "emergency aid to help Haiti": aid goes to
  // whom it is given to or for, not to a name inside what is given
  if (trigger.event === 'AID') {
    const b = beneficiary(tokens, s, ms, last);
    if (b && b !== actor && (!actor || b.start !== actor.start)) recipient = b;
  }
  if (actor && recipient && (actor === recipient || actor.start === recipient.start || resolveRef(actor) === resolveRef(recipient))) recipient = null;
  // "India and China accused each other", "rebels and troops clashed with one another": the first acts on its partner
  // ("Moroccan and Algerian troops fought for hours", "police and protesters clashed": a two-sided act with no one after it)
  // (the partner before the verb, not a place after it: "Students and police clashed outside the university")
  const twoSided = SYMMETRIC_VERBS.has(trigger.words.join(' ')) && !(last < s.last && (tokens[last].lower === 'with' || tokens[last].lower === 'against'));
  // ("Azerbaijan and France summoned each other's ambassadors": the other side inside the trigger's own object too)
  let eachOtherInside = false;
  for (let k = first + 1; k + 1 < last && !eachOtherInside; k++) eachOtherInside = (tokens[k].lower === 'each' && tokens[k + 1].lower === 'other') || (tokens[k].lower === 'one' && tokens[k + 1].lower === 'another');
  // ("Yeltsin and Georgian leader Eduard Shevardnadze signed an agreement", "the two presidents met": agreeing and meeting are
  // two-sided too, the first with the second, when no one else is named after the verb)
  const jointly = (trigger.event === 'AGREE' || trigger.event === 'CONSULT') && !recipient;
  if (actor && verbal && (twoSided || jointly || reciprocal(tokens, s, last) || eachOtherInside) && tokens[actor.last]?.lower === 'and') {
    // (past the partner's own words the tagger left out of it: "police and sacked/VERB oil workers clashed")
    const lead = (k: number) => tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'NUM' || (tokens[k].pos === 'VERB' && /(?:ed|ing)$/.test(tokens[k].lower));
    // (or both after the verb, as its agents: "The agreement was signed yesterday by Jagielski and Lech Walesa")
    recipient = ms.find((m) => m.first > actor!.last && m.first - actor!.last <= 3 && tokens.slice(actor!.last + 1, m.first).every((t, i) => lead(actor!.last + 1 + i)) &&
      (m.last <= first || (actor!.first >= last && tokens[actor!.first - 1]?.lower === 'by'))) ?? recipient;
  }
  // ("accusing it of funding militant groups": who is accused stands before "of", not in what they are accused of)
  if (trigger.event === 'ACCUSE' && verbal && recipient && recipient.first > last) {
    let of = -1;
    for (let k = last; k < recipient.first && of < 0; k++) if (tokens[k].lower === 'of' && tokens[k + 1]?.lower.endsWith('ing')) of = k;
    if (of >= 0) recipient = ms.find((m) => m.first >= last && m.last <= of) ?? null;
  }
  // "drove his truck into the crowd", "ran over a protester": done to people, not "into a tree", "ran over budget"
  // (or a group not named yet: "accelerated into the group", "mowed them down")
  // (in the passive, the people are its subject: "Tokes and his wife were taken away by police")
  // ("an officer was hit in the head by a brick", "hit him with a baton": what hit is a weapon or a thrown thing; not "hit by a car")
  if (trigger.struck) {
    let k = last;
    while (k < s.last && k - last <= 8 && tokens[k].lower !== 'by' && tokens[k].lower !== 'with' && tokens[k].text !== ',' && tokens[k].text !== ';' && tokens[k].pos !== 'VERB') k++;
    if (tokens[k]?.lower !== 'by' && tokens[k]?.lower !== 'with') return false;
    k++;
    while (k < s.last && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'NUM' || (tokens[k].pos === 'NOUN' && !STRUCK_BY.has(tokens[k].lower) && STRUCK_BY.has(tokens[k + 1]?.lower ?? '')))) k++;
    if (!STRUCK_BY.has(tokens[k]?.lower ?? '')) return false;
  }
  // ("several hundred were taken away in police vans": a count in the passive's subject is people)
  let pc = first - 1;
  while (passive && pc > s.first && (tokens[pc].pos === 'AUX' || tokens[pc].pos === 'ADV')) pc--;
  const countedPassive = passive && pc >= s.first && pc < first - 1 && (tokens[pc].pos === 'NUM' || QUANTITY_NOUNS.has(tokens[pc].lower) || /^(?:hundred|thousand|dozen)s?$/.test(tokens[pc].lower));
  if (trigger.people && !countedPassive && !(recipient && recipient.first > first) && !(passive && recipient && recipient.last <= first)) {
    const np = nounPhrase(tokens, s, innerGap(tokens, trigger, first, last) ? first + 1 : last);
    const head = np?.head !== undefined ? tokens[np.head] : undefined;
    if (!head || !(GROUP_NOUNS.has(head.lower) || QUANTITY_NOUNS.has(head.lower) || (head.pos === 'PRON' && OBJECT_PRONOUNS.has(head.lower) && head.lower !== 'it'))) return false;
  }
  // ("they take our hospital away": an institution taken is no one arrested; people must be whom it is done to)
  // (a body named by a singular noun, "our hospital", "the school", is that institution, not its people)
  if (trigger.people && recipient && recipient.first > first && recipient.kind === 'group' && tokens[recipient.head] && tokens[recipient.head].lemma === tokens[recipient.head].lower &&
    !(GROUP_NOUNS.has(tokens[recipient.head].lower) || QUANTITY_NOUNS.has(tokens[recipient.head].lower)) && ['HLH', 'EDU', 'BUS', 'GOV', 'MED', 'NGO', 'REL'].includes(resolveRef(recipient)?.sector ?? '')) return false;
  // ("The UN withdrew peacekeepers from the Golan Heights": forces named in the trigger itself are the mover's own, what is moved, not
  // whom it is done to)
  // (when a place they go to or leave is told: not "offered to send troops to help train the Nigerian army")
  if (recipient && verbal && trigger.words.length > 1 && (trigger.event === 'RETREAT' || trigger.event === 'SANCTION' || trigger.event === 'MOBILIZE') &&
    recipient.first >= first && recipient.last <= last && !tokens.slice(first, last).some((t) => t.lower === 'from') &&
    tokens.slice(last, Math.min(s.last, last + 3)).some((t, k, r) => /^(?:to|from|into|in|out)$/.test(t.lower) && r[k + 1]?.pos !== 'VERB' && tokens[last + k + 1]?.pos !== 'VERB')) recipient = null;
  // ("They were stopped by a party of police near the gates and tear gas was fired into the front ranks": a passive joined on after
  // another, with no agent of its own, is done by the first one's)
  // (an act's noun told so too: "and tear gas was fired")
  const passiveNoun = !verbal && /^(?:was|were)$/.test(tokens[last]?.lower ?? '') && tokens[last + 1]?.pos === 'VERB' && /(?:ed|en)$/.test(tokens[last + 1].lower);
  if (!actor && ((c.passive && verbal) || passiveNoun) && first - 2 > s.first) {
    let j = first - 1;
    while (j > s.first && first - j <= 3 && (tokens[j].pos === 'AUX' || tokens[j].pos === 'ADV')) j--;
    while (j > s.first && first - j <= 9 && NP_WORDS.has(tokens[j].pos)) j--;
    if (tokens[j].lower === 'and') {
      const agent = ms.filter((m) => m.first > s.first + 1 && m.last <= j && j - m.last <= 8 && (tokens[m.first - 1].lower === 'by' || (tokens[m.first - 1].pos === 'DET' && tokens[m.first - 2].lower === 'by'))).pop();
      const by = agent ? (tokens[agent.first - 1].lower === 'by' ? agent.first - 1 : agent.first - 2) : -1;
      if (agent && by - 1 > s.first && tokens[by - 1].pos === 'VERB' && /(?:ed|en)$/.test(tokens[by - 1].lower) && tokens[by - 2]?.pos === 'AUX' &&
        tokens.slice(agent.last, j).every((t) => t.pos === 'ADP' || NP_WORDS.has(t.pos)) && !tokens.slice(agent.last, j).some((t) => t.lower === 'by')) actor = agent;
    }
  }
  // ("Pakistan summoned a senior Indian diplomat to its Foreign Ministry": the envoy named in the trigger is whom it is done to, not
  // where he is summoned; an envoy of another country, not "Azerbaijan and France summoned each other's ambassadors")
  if (verbal && trigger.words.length > 1 && trigger.words[0] === 'summon') {
    const envoy = ms.find((m) => m.first > first && m.last <= last && m.kind !== 'pronoun');
    if (envoy && resolveRef(envoy)?.code && resolveRef(envoy)?.code !== resolveRef(actor)?.code) recipient = envoy;
  }
  const ra = resolveRef(actor);
  const rr = resolveRef(recipient);
  // ("a West German couple who left the city that morning": ground is given up by forces, not by people going away)
  // ("opened fire on workers as they fled the building": people fleeing give up nothing either; troops who flee retreat)
  // (a leader who flees abroad is news of its own: "Morales fled to Mexico", "the opposition challenger fled to Kenya")
  // ("the highly secured compound": a participle before its noun describes the noun, no move)
  if (verbal && trigger.troops && tokens[last]?.pos === 'NOUN' && (tokens[first - 1]?.pos === 'DET' || tokens[first - 1]?.pos === 'ADV' || tokens[first - 1]?.pos === 'ADJ')) return false;
  // ("South African troops crossed the border", not "refugees crossed the border": a move told of forces or a state)
  // (one man crossing is no force moved: "his wife said he had crossed into the Soviet sector")
  // (or forces moved in the passive, by no one named: "Naval ratings were landed at Trincomalee")
  // (or a town taken in the passive: "Timbuktu was taken on Sunday")
  const forcesMoved = (c.passive && !ra && !!rr?.sector && ARMED_FORCE_SECTORS.has(rr.sector) && rr.kind !== 'person') ||
    (c.passive && !ra && trigger.context === 'territory' && placeSubject(doc, s, first));
  // (a body of forces named in the singular is many: "A detachment of soldiers arrived in Clones")
  const body = !!ra && UNIT_HEADS.has(tokens[ra.head]?.lemma ?? '');
  if (verbal && trigger.troops && (!(ra?.sector && ARMED_FORCE_SECTORS.has(ra.sector) && ra.kind !== 'person' && (!ra.one || body)) && !(ra && ra.kind === 'country')) && !forcesMoved) return false;
  // ("after it landed from South Africa with 64 men on board": an "it" that lands or arrives is a craft, no force)
  if (verbal && trigger.troops && c.actor?.kind === 'pronoun' && tokens[c.actor.first].lower === 'it') return false;
  // ("Dozens of militants arrived on motorcycles and opened fire": arriving to attack is the attack's, no deployment of its own)
  if (verbal && trigger.troops && tokens[first].lemma === 'arrive' && (ra?.sector !== 'MIL' && ra?.sector !== 'COP' || tokens.slice(last, s.last).some((t, k, r) => t.lower === 'and' && matchAt(tokens, last + k + 1, s.last, st.caps)?.trigger.event === 'ASSAULT'))) return false;
  // (nor is fleeing told of no one named: "some of whom were believed to have fled", "those who fled toward the bridge")
  if (verbal && trigger.words[0] === 'flee' && (!ra || (ra.kind !== 'person' && ra.kind !== 'country' && (!ra.sector || CIVILIAN_SECTORS.has(ra.sector))))) return false;
  // (whoever the actor was taken to be, people named right before the verb fled: "and up to a million people have fled Abidjan")
  if (verbal && trigger.words[0] === 'flee') {
    const before = ms.find((m) => m.last <= first && m.last > s.first && tokens.slice(m.last, first).every((t) => t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART'));
    let o = before ? before.first - 1 : -1;
    while (o > s.first && (tokens[o].pos === 'DET' || POSSESSIVES.has(tokens[o].lower))) o--;
    // (not the last of subjects joined: "Marcos and his family had fled")
    const rb = before && !/^(?:and|or)$/.test(tokens[o]?.lower ?? '') ? resolveRef(before) : null;
    if (rb && rb.kind === 'group' && !!rb.sector && CIVILIAN_SECTORS.has(rb.sector)) return false;
  }
  // "300 troops were sent into the hills", "police were rushed to the town": forces moved, told in the passive
  // (and in the active, with the forces named right after the verb: "the governor sent 125 Guard members", "sent soldiers to the town")
  if (trigger.forces && !(passive && recipient && recipient.last <= first && !!rr?.sector && ARMED_FORCE_SECTORS.has(rr.sector)) &&
    // (not a party of civilians and soldiers: "sent 21 military and civilian personnel to Bosnia to investigate")
    !(!passive && recipient && recipient.first >= last && recipient.first - last <= 3 && rr?.kind === 'group' && !!rr.sector && ARMED_FORCE_SECTORS.has(rr.sector) &&
      !objectWords(tokens, s, last).some((t) => t.lower === 'civilian' || t.lower === 'civilians') && FORCE_HEADS.has(tokens[recipient.head]?.lemma ?? '') &&
      tokens.slice(last, recipient.first).every((t) => t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'ADJ' || t.pos === 'ADV' || APPROX.has(t.lower)))) return false;
  // "Israeli aircraft struck Hamas targets": armed actors strike with weapons, not by walking out
  // ("Israel strikes Gaza": struck something, transitively; workers strike over pay, for a day, on Monday)
  const strike = trigger.words[0] === 'strike' && verbal;
  const struck = strike && last < s.last ? tokens[last] : undefined;
  if (struck) st.times = st.times ?? findTimes(doc, s, ctx.published);
  const transitive = !!struck && (struck.pos === 'PROPN' || struck.pos === 'DET' || (struck.pos === 'PRON' && OBJECT_PRONOUNS.has(struck.lower))) &&
    !(st.times ?? []).some((x) => x.start <= struck.start && struck.end <= x.end) && !/^(?:today|tonight|tomorrow|yesterday|this|next|last|every|each)$/i.test(struck.text);
  const armedStrike = strike && ((!!ra?.sector && ['MIL', 'REB', 'UAF', 'IMG', 'SPY'].includes(ra.sector)) || hasWord(tokens, s, STRIKE_WEAPONS) || (transitive && !!ra && !(ra.sector && CROWD_SECTORS.has(ra.sector))));
  // ("Firemen said they were pelted with rocks and bottles": a riot's act in the passive, with no one named doing it, is a crowd's)
  const unnamedRioters = !ra && c.passive && trigger.mode === 'riot';
  if (trigger.many && ra?.one) return false;
  if (trigger.crowd && !armedStrike && !unnamedRioters) {
    // crowds march, block roads and gather; states and their forces do not "demonstrate"
    // ("a man managed to gather 35 children", "Akayev gathered his ministers": one person is no crowd)
    if (ra?.one) return false;
    const sector = ra?.sector ?? null;
    // (lawyers and bar associations, coded with the courts, march and protest: "Lawyers marched to the high court")
    // (nor a country: "a call the United States has resisted")
    const crowdish = ra ? (!(sector && INSTITUTION_SECTORS.has(sector)) && ra.kind !== 'country') || (sector === 'JUD' && BAR.test(ra.text)) : false;
    if (!crowdish) {
      const qs = quantitiesOf(st);
      // "Thousands marched through the capital": a bare number of people is a crowd
      let b = first - 1;
      while (b > s.first && tokens[b].pos === 'ADV') b--;
      const bare = !ra && b >= s.first && QUANTITY_NOUNS.has(tokens[b].lower) && (b === s.first || tokens[b - 1].pos !== 'ADP');
      if (!qs.crowd && !bare) return false;
      // (a crowd told elsewhere in the sentence makes no crowd of a state's forces: "people were heading to a rally when police
      // blocked the road"; "Hundreds of police officers marched" counts the officers themselves)
      if (qs.crowd && !bare && ra && !(qs.crowd.start >= ra.start - 20 && qs.crowd.end <= ra.end)) return false;
    }
  }
  // "Tillerson called Lavrov to discuss ...": a call to someone; not "called the attack barbaric", "called him a liar"
  // ("Archbishop Makarios, overthrown as president by the National Guard": in the passive, the one it was done to is its subject)
  const passivePerson = c.passive && trigger.words[0] !== 'call' && !!rr && (rr.kind === 'person' || rr.kind === 'group' || rr.kind === 'org');
  if (trigger.person && !passivePerson) {
    let j = last;
    while (j < s.last && tokens[j].pos === 'ADV') j++;
    const c = nounPhrase(tokens, s, j);
    // (or named in an apposition: "called his Lebanese counterpart, Michel Aoun,")
    // ("have taken dozens of Palestinians": past a count or a group noun, its "of" phrase)
    const counted = !!c && c.head !== undefined && (QUANTITY_NOUNS.has(tokens[c.head].lower) || GROUP_NOUNS.has(tokens[c.head].lower));
    const obj = c ? ms.find((m) => m.head >= c.first && m.head <= (counted ? c.last - 1 : c.head ?? c.last - 1)) ?? (tokens[c.last]?.text === ',' ? ms.find((m) => m.first === c.last + 1 && m.kind === 'person') : undefined) : undefined;
    // ("called Britain's ambassador to the United States a very stupid guy": naming, not calling)
    let k = c ? c.last : j;
    if (c && k < s.last && (tokens[k].lower === 'to' || tokens[k].lower === 'of' || tokens[k].lower === 'in')) k = nounPhrase(tokens, s, k + 1)?.last ?? k;
    const next = k < s.last ? tokens[k] : undefined;
    // the caller stands right before the verb, times and adverbs aside ("a program called Bolsa Familia" names)
    st.times = st.times ?? findTimes(doc, s, ctx.published);
    const inT = inTimes(tokens, st.times);
    let b = first - 1;
    while (b > s.first && (tokens[b].pos === 'ADV' || tokens[b].pos === 'AUX' || inT(b) || (tokens[b].pos === 'ADP' && inT(b + 1)))) b--;
    // ("has received the UAE Ambassador": a host receives an envoy; a hospital receiving the wounded does not)
    if (trigger.words[0] === 'receive' && !(ra && (ra.kind === 'person' || ra.sector === 'GOV' || ra.sector === 'IGO'))) return false;
    // (the caller may close an apposition: "Prime Minister, Prince Khalifa, has received")
    // (or stand before an aside: "Vice President Omar Suleiman, appointed on Saturday, invited")
    if (b > s.first && tokens[b].text === ',') {
      let p = b - 1;
      while (p > s.first && b - p <= 10 && tokens[p].text !== ',') p--;
      b = actor && tokens[p].text === ',' && actor.last === p && b - p > 1 ? p - 1 : b - 1;
    }
    const act = actor;
    const caller = !!act && ((act.first <= b && b < act.last) || ms.some((m) => m.first <= b && b < m.last && m.first > act.first));
    // (a name given in quotes too: 'called the protesters "fascists"')
    const quotedName = !!next && QUOTE_MARKS.has(next.text) && k + 1 < s.last && /^[\p{L}]/u.test(tokens[k + 1].text);
    if (!obj || !caller || !verbal || passive || quotedName || (next && (next.pos === 'DET' || next.pos === 'ADJ' || next.pos === 'NOUN'))) return false;
  }
  if (trigger.counted) {
    const nx = tokens[last];
    if (!(first > s.first && tokens[first - 1].pos === 'NUM') || (last < s.last && nx.pos !== 'ADP' && nx.pos !== 'PUNCT')) {
      // ("They held the ambassador, his staff and several visitors", "forces hold several hundred families as human shields": people
      // held are taken, whoever holds them; not "held the government responsible", nor, in the passive, people told as held for a
      // time, "a French citizen held in Yemen for four months")
      // (nor those "still" held, taken before: "The rebels are still holding Gen. Absalon Castellanos, whom they seized on Jan. 2")
      // (nor a holding named as a gerund with no one doing it: "Holding Granger and his colleagues without trial may quiet the streets")
      const gerund = tokens[first].lower.endsWith('ing') && (first === s.first || ['PUNCT', 'CCONJ', 'ADP', 'SCONJ'].includes(tokens[first - 1].pos));
      if (!(verbal && !c.passive && !gerund && trigger.words.length === 1 && trigger.words[0] === 'hold' && tokens[first - 1]?.lower !== 'still' && heldPeople(tokens, s, ms, last))) return false;
      c.trigger = { ...HELD_PEOPLE, words: trigger.words };
    }
  }
  if (trigger.charged && !isPassive(tokens, s, first)) {
    let under = false;
    for (let k = last; k < Math.min(s.last, last + 4) && !under; k++) under = tokens[k].lower === 'under' || tokens[k].lower === 'for';
    if (!under) return false;
  }
  c.ra = ra;
  c.rr = rr;
  c.actor = actor;
  c.recipient = recipient;
  return true;
}

/** what an act is done on the word of: "on the Prime Minister's advice", "on the orders of", "at the request of" */
const ON_WHOSE_WORD = new Set(['advice', 'orders', 'order', 'instructions', 'instruction', 'request', 'requests', 'recommendation', 'recommendations', 'behalf', 'authority', 'initiative', 'command', 'commands', 'suggestion', 'urging', 'invitation', 'insistence']);
/** Is the mention the one on whose word an act was done: "on the Prime Minister's advice", "on the orders of the governor"? */
function onWhoseWord(tokens: Token[], m: ActorLike): boolean {
  const after = tokens[m.last]?.text === "'s" || tokens[m.last]?.text === '’s' ? tokens[m.last + 1] : undefined;
  const before = tokens[m.first - 1]?.lower === 'of' ? tokens[m.first - 2] : undefined;
  const word = after && ON_WHOSE_WORD.has(after.lower) ? m.first : before && ON_WHOSE_WORD.has(before.lower) ? m.first - 2 : -1;
  if (word < 0) return false;
  let k = word - 1;
  while (k > 0 && word - k <= 3 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || (word === m.first && k >= m.first))) k--;
  return tokens[k]?.lower === 'on' || tokens[k]?.lower === 'at' || tokens[k]?.lower === 'upon';
}
/** what people held are said to be held as, or in, that is no taking of them: "held the government responsible", "held them at bay" */
const HELD_AS = /^(?:[a-z]+ly\s+)?(?:responsible|accountable|liable|culpable|guilty|blameless|back|at|in\s+(?:high\s+)?(?:esteem|regard|contempt|check))\b/i;
/** Does "hold" take people: its object a person or a group, not held to account or in esteem? */
function heldPeople(tokens: Token[], s: Sentence, ms: ActorLike[], last: number): boolean {
  let j = last;
  while (j < s.last && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ' || POSSESSIVES.has(tokens[j].lower))) j++;
  // (past a count of them: "dozens of Palestinians", "some 40 activists")
  if (QUANTITY_NOUNS.has(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower === 'of') j += 2;
  while (j < s.last && (tokens[j].pos === 'NUM' || tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ')) j++;
  const m = ms.find((x) => x.first <= j && j < x.last);
  // (not the state the held are told in: "fishermen, held captive in Libya", "held hostage")
  if (!m || (m.kind !== 'person' && m.kind !== 'group') || tokens.slice(last, Math.max(j, m.first) + 1).some((t) => /^(?:captives?|hostages?|prisoners?)$/.test(t.lower))) return false;
  return !HELD_AS.test(tokens.slice(m.last, Math.min(s.last, m.last + 4)).map((t) => t.text).join(' '));
}
/** Is the word before `at` (past adjectives) a protest noun: "the march [met]", "a march [by]"? */
function protestNounBefore(tokens: Token[], s: Sentence, at: number, caps: boolean): boolean {
  let k = at - 1;
  while (k > s.first && tokens[k].pos === 'ADJ') k--;
  if (k < s.first) return false;
  const m = matchAt(tokens, k, k + 1, caps);
  return !!m && m.trigger.event === 'PROTEST' && m.trigger.pos !== 'V' && tokens[k].pos !== 'VERB';
}

/** words before a measure already in force that is being defied: "despite the curfew", "in defiance of the ban", "defying the orders"
 * (or enforced: "Troops enforcing martial law opened fire" found it in force, they did not impose it here) */
const DEFIED = new Set(['despite', 'defying', 'defied', 'defy', 'flouting', 'flouted', 'violating', 'violated', 'breaching', 'breached', 'enforcing']);
/** the words a measure defied is told with after "despite": "despite the curfew", "defying their ban" */
const MEASURE_DETS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their']);

/** heads of a law's name: "the Law on Assembly and Demonstration", "the Prevention of Terrorism Act" */
const LAW_NAMES = new Set(['law', 'act', 'bill', 'code', 'decree', 'ordinance', 'statute', 'convention']);

/** the parts of speech an object or a prepositional phrase starts with */
const OBJECT_START = new Set(['ADP', 'DET', 'NUM', 'NOUN', 'ADJ', 'PROPN']);

/** Do the words before `at` tell whose a protest is: "a march by [several hundred rightist] youths"? */
/** Is token k the second part of a hyphenated word ("military-backed"): a hyphen right before it, touching it? */
function hyphenJoined(tokens: Token[], k: number): boolean {
  const h = tokens[k - 1];
  return !!h && h.text === '-' && h.end === tokens[k].start;
}

/** Where a participle's aside set between commas right before `at` opens (", chanting slogans against the government,"), else `at`. */
function asideStart(tokens: Token[], s: Sentence, at: number): number {
  if (tokens[at - 1]?.text !== ',') return at;
  for (let k = at - 2; k > s.first && at - k <= 14; k--) {
    if (tokens[k].text !== ',') continue;
    const w = tokens[k + 1];
    return w.pos === 'VERB' && (w.lower.endsWith('ing') || w.lower.endsWith('ed')) ? k : at;
  }
  return at;
}

function byProtest(tokens: Token[], s: Sentence, at: number, caps: boolean): boolean {
  for (let b = at - 1; b > s.first && at - b <= 5; b--) {
    if (tokens[b].lower === 'by') return protestNounBefore(tokens, s, b, caps);
    if (tokens[b].pos === 'PUNCT' || tokens[b].pos === 'VERB' || tokens[b].pos === 'ADP') return false;
  }
  return false;
}

/** wars whose whole toll the perfect tells ("have been killed in the conflict"); not "fighting" or "clashes", which may be a day's */
const WAR_SPANS = new Set(['conflict', 'war', 'insurgency', 'rebellion', 'strife', 'hostilities', 'insurrection', 'struggle']);
/** Is a war named from k, past its modifiers ("the 12-year civil war", "the separatist conflict")? */
function warAhead(tokens: Token[], s: Sentence, k: number): boolean {
  let m = k;
  while (m < s.last && m - k < 5 && !WAR_SPANS.has(tokens[m].lower) && (tokens[m].pos === 'ADJ' || tokens[m].pos === 'NUM' || tokens[m].text === '-' || /^(?:year|years|decade|decades|civil|separatist|ethnic|long)$/.test(tokens[m].lower))) m++;
  return m < s.last && WAR_SPANS.has(tokens[m].lower);
}

const OPEN_QUOTES = new Set(['"', '“', '‘', "'"]);
const CLOSE_QUOTES = new Set(['"', '”', '’', "'"]);

/** after "driven from": escorted or carried to a place of one's own ("to its hotel under heavy armed escort") */
const DRIVEN_CARRIED = /^[^;.]{0,80}?\b(?:under\s+(?:[\w-]+\s+){0,2}escort|to\s+(?:its|his|her|their|the)\s+(?:hotels?|residences?|homes?|embassy|hospital|palace|offices?|headquarters)\b)/i;
/** codeSentence, step 5: objects and settings that make the act something else (a test, an accident, a disaster) are skipped. */
function vetKinds(st: SentenceState, c: Candidate): boolean {
  const { doc, tokens, s, caps, ms } = st;
  let trigger = c.trigger;
  const first = c.first;
  const last = c.last;
  const verbal = c.verbal;
  const reality = c.reality;
  const ra = c.ra;
  const rr = c.rr;
  // ("The two policemen were hacked and beaten to death": hacking with no website, account or computer near it is done with blades,
  // no cyber attack; the killing is told by its own words)
  if (trigger.context === 'cyber' && trigger.words[0] === 'hack' && !tokens.slice(Math.max(s.first, first - 8), Math.min(s.last, last + 8)).some((t) => HACKED_THINGS.has(t.lower) || HACKED_THINGS.has(t.lemma))) return false;
  // ("The mission was driven from the airport to its hotel under heavy armed escort": people driven somewhere under escort, or to
  // where they stay, are carried, not driven out)
  if (verbal && trigger.words[0] === 'drive' && trigger.words.length > 1 &&
    DRIVEN_CARRIED.test(doc.text.slice(tokens[last - 1].end, tokens[s.last - 1].end))) return false;
  // ("One of the peasants was pulled out alive", "bodies were pulled out of the rubble": people pulled out are rescued or recovered,
  // no forces withdrawn; "300 troops were pulled out of the town" stays)
  if (verbal && c.passive && trigger.event === 'RETREAT' && (trigger.words[0] === 'pull' || trigger.words[0] === 'take') && trigger.words[1] === 'out' &&
    !(rr?.sector && ARMED_FORCE_SECTORS.has(rr.sector) && rr.kind !== 'person')) return false;
  // ("He also dismissed his son-in-law, Timur Kulibayev, as head of the fund": one dismissed from an office is removed, nothing rejected)
  if (verbal && trigger.words.length === 1 && trigger.words[0] === 'dismiss') {
    for (let k = last; k < s.last && k - last <= 10 && tokens[k].text !== ';'; k++) {
      if (tokens[k].lower === 'as' && DISMISSED.has(tokens[k + 1]?.lower === 'the' ? tokens[k + 2]?.lower ?? '' : tokens[k + 1]?.lower ?? '')) return false;
      if (tokens[k].pos === 'VERB') break;
    }
  }
  // ("Torres, head of the car workers' union, was also being sought": a person sought, in the passive, is wanted by those hunting him,
  // asked for nothing)
  if (verbal && c.passive && trigger.words.length === 1 && trigger.words[0] === 'seek' &&
    ((rr && (rr.kind === 'person' || rr.sector !== null)) || ms.some((m) => m.kind === 'person' && m.last <= first && tokens.slice(m.last, first).every((t) => t.pos !== 'VERB' && t.text !== ';')))) return false;
  // ("condemned what he called the regime's brutal repression", "what it calls a reform package": naming, no call made)
  // ("attacked what the army called rebel camps": past the namer's phrase)
  if (verbal && trigger.words[0] === 'call' && first > s.first) {
    let w = first - 1;
    while (w > s.first && first - w <= 5 && ['PRON', 'PROPN', 'NOUN', 'DET', 'ADJ'].includes(tokens[w].pos) && tokens[w].lower !== 'what') w--;
    if (tokens[w].lower === 'what') return false;
  }
  // ("the right to hold an opinion about the war in Vietnam", "a teach-in on the war": an event noun that is what an opinion, a debate or
  // a book is about tells no act)
  if (!verbal) {
    let k = first - 1;
    while (k > s.first && first - k <= 4 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || POSSESSIVES.has(tokens[k].lower))) k--;
    // (a hyphened head too: "teach-in")
    const head = k - 3 >= s.first && tokens[k - 2].text === '-' ? `${tokens[k - 3].lower}-${tokens[k - 1].lower}` : tokens[k - 1]?.lower ?? '';
    if (k > s.first && /^(?:about|on|over|regarding|concerning)$/.test(tokens[k].lower) && OPINION_NOUNS.has(head)) return false;
  }
  // ("Shortly before the curfew lifted in the evening", "as the fog lifted": a measure that lifts, with no one lifting it and nothing
  // lifted, ran out; no concession)
  if (verbal && trigger.words.length === 1 && trigger.words[0] === 'lift' && !isPassive(tokens, s, first) && !['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON'].includes(tokens[last]?.pos ?? '') && !POSSESSIVES.has(tokens[last]?.lower ?? '')) return false;
  // ("the patrol car had been attacked by a group of about 30 youths throwing stones", "were killed by gunmen firing from a car": a
  // participle describing who did a hostile act told in the passive is how that act was done, not an act of its own)
  // (however the participle is tagged, right after its noun: "gunmen firing/NOUN from a car")
  if (tokens[first].lower.endsWith('ing') && (verbal || tokens[first - 1]?.pos === 'NOUN') && (trigger.event === 'PROTEST' || trigger.event === 'ASSAULT')) {
    let k = first - 1;
    while (k > s.first && first - k <= 8 && (NP_WORDS.has(tokens[k].pos) || tokens[k].lower === 'of' || APPROX.has(tokens[k].lower))) k--;
    if (k < first - 1 && k - 2 >= s.first && tokens[k].lower === 'by' && tokens[k - 1].pos === 'VERB' && /(?:ed|en)$/.test(tokens[k - 1].lower) && /^(?:been|was|were|is|are|be|being|get|got)$/.test(tokens[k - 2].lower)) {
      const g = matchAt(tokens, k - 1, k, caps);
      if (g && (g.trigger.event === 'ASSAULT' || g.trigger.event === 'PROTEST' || g.trigger.event === 'COERCE')) return false;
    }
  }
  // ("Witnesses described bloodstained floors and smashed windows", "footage showed burned cars": a participle before its
  // noun in what is seen or told describes a thing, not an act)
  if (verbal && /ed$/.test(tokens[first].lower) && first - 1 > s.first && tokens[first - 1].pos === 'VERB' && SEEN.has(tokens[first - 1].lemma) && ['NOUN', 'PROPN'].includes(tokens[first + 1]?.pos ?? '')) return false;
  if (verbal && /ed$/.test(tokens[first].lower) && first - 2 > s.first && tokens[first - 1].lower === 'and' &&
    ['NOUN', 'PROPN'].includes(tokens[first - 2].pos) && ['NOUN', 'PROPN'].includes(tokens[first + 1]?.pos ?? '')) {
    let v = first - 2;
    while (v > s.first && first - v <= 8 && tokens[v].pos !== 'VERB' && tokens[v].text !== ',') v--;
    if (tokens[v].pos === 'VERB' && SEEN.has(tokens[v].lemma)) return false;
  }
  // ("The regional force, whose Kenyan troops are deployed around Kibumba": forces that are deployed, in the present, are a
  // standing state, no deployment made)
  // (not in a chronology's item, told in the present: "January 11 - ... Army units are deployed at government buildings")
  if (verbal && trigger.event === 'MOBILIZE' && /(?:ed|en)$/.test(tokens[first].lower) && first > s.first && dayItemOf(st.doc, s.index) < 0) {
    let k = first - 1;
    while (k > s.first && tokens[k].pos === 'ADV') k--;
    if (/^(?:is|are)$/.test(tokens[k].lower)) return false;
  }
  // ("the cabinet met in emergency session": a body meeting on its own consults no one)
  // ("The People's Council, or Halk Maslahaty, meeting in the capital": the noun or participle of a body's own meeting too)
  // (a council's meeting named with "of" stays: its day is the day of what is said at it)
  // (an international body's council meeting is its members consulting: "The OAS Permanent Council, meeting in emergency session")
  if (trigger.event === 'CONSULT' && trigger.words.length === 1 && (trigger.words[0] === 'meet' || (!verbal && trigger.words[0] === 'meeting' && tokens[last]?.lower !== 'of' && ra?.sector !== 'IGO')) && !rr && ra && (OWN_MEETING_BODIES.has(tokens[ra.head]?.lemma ?? '') || OWN_MEETING_BODIES.has(tokens[ra.head]?.lower ?? '')) &&
    !tokens.slice(last, Math.min(s.last, last + 8)).some((t) => t.lower === 'with')) return false;
  // ("Aid agencies warned of water and medicine shortages": a warning of a hazard, no act of the one who warns, is no threat)
  if (verbal && trigger.event === 'THREATEN' && tokens[first].lemma === 'warn' && /^(?:of|about)$/.test(tokens[last]?.lower ?? '')) {
    let k = last + 1;
    while (k < s.last && k - last <= 6 && ['DET', 'ADJ', 'NOUN', 'CCONJ', 'NUM'].includes(tokens[k].pos) && !HAZARDS.has(tokens[k].lower)) k++;
    if (k < s.last && HAZARDS.has(tokens[k].lower)) return false;
  }
  // ("a group of retired nurses who trained at the hospital": training is military cooperation only when forces or states train or
  // are trained)
  // (nor people described as trained somewhere: "communist elements trained in Guatemala")
  if (verbal && trigger.event === 'COOPERATE' && trigger.words[0] === 'train' && /ed$/.test(tokens[first].lower) && (tokens[first - 1]?.pos === 'NOUN' || tokens[first - 1]?.pos === 'PROPN') &&
    tokens[first + 1]?.pos === 'ADP' && tokens[first + 1].lower !== 'by') return false;
  if (verbal && trigger.event === 'COOPERATE' && trigger.words[0] === 'train' && !((ra?.sector && (ARMED_FORCE_SECTORS.has(ra.sector) || ra.sector === 'GOV')) || ra?.kind === 'country' ||
    (rr?.sector && (ARMED_FORCE_SECTORS.has(rr.sector) || rr.sector === 'GOV')) || rr?.kind === 'country')) return false;
  // ("thousands took to the streets to celebrate the victory", "poured into the streets after the announcement, dancing and sounding
  // car horns": a crowd out for joy, no protest; the words are celebrating in reality.json)
  if (verbal && trigger.event === 'PROTEST' && trigger.words.some((w) => PUBLIC_SPACES.has(w))) {
    for (let k = s.first; k < s.last; k++) {
      if (CELEBRATING.has(tokens[k].lower) && !(k > s.first && /^(?:not|no|never|n't)$/.test(tokens[k - 1].lower))) return false;
      if (tokens[k].lower === 'to' && k >= last && /^(?:welcome|greet|watch|party)$/.test(tokens[k + 1]?.lower ?? '')) return false;
    }
  }
  // ("warned that Islamic militants from Afghanistan could be behind it", "warned that the fighting could spread": what others or
  // events may do is foreseen, no act of the one who warns; not "warned that it could cut aid", nor "that protesters could be
  // arrested", which the warner's side would do)
  if (verbal && trigger.event === 'THREATEN' && tokens[first].lemma === 'warn' && tokens[last]?.lower === 'that' && tokens[last + 1]?.pos !== 'PRON') {
    let k = last + 1;
    while (k < s.last && k - last <= 10 && !MAY_MODALS.has(tokens[k].lower) && tokens[k].pos !== 'VERB' && tokens[k].pos !== 'AUX' && tokens[k].text !== ',') k++;
    const passiveAct = tokens[k + 1]?.lower === 'be' && tokens[k + 2]?.pos === 'VERB';
    // (only when whoever is foreseen acting is another side: "the army warned that troops may use force" is the army's threat)
    const subject = ms.find((m) => m.first > last && m.first <= last + 3 && m.last <= k && m.kind !== 'pronoun');
    const rs = subject ? resolveRef(subject) : null;
    const ours = !!rs && !!ra && (rs === ra || (rs.code === ra.code && (rs.sector === ra.sector || (STATE_SIDE.has(rs.sector ?? '') && STATE_SIDE.has(ra.sector ?? '')))));
    if (k > last + 1 && MAY_MODALS.has(tokens[k].lower) && !passiveAct && rs && !ours) return false;
  }
  // ("after a packed council meeting", "before council's next meeting", "a cabinet meeting": a body's own meeting named before it)
  // (not one with others: "the council's meeting with the rebels")
  if (!verbal && trigger.event === 'CONSULT' && /^(?:meeting|session)$/.test(tokens[first]?.lower ?? '') && last === first + 1 && !/^(?:with|between)$/.test(tokens[last]?.lower ?? '')) {
    let k = first - 1;
    while (k > s.first && first - k <= 3 && (tokens[k].pos === 'ADJ' || /^(?:next|last|first|regular|weekly|monthly|special|emergency)$/.test(tokens[k].lower))) k--;
    if (tokens[k]?.text === "'s" || tokens[k]?.text === '’s') k--;
    if (k >= s.first && (OWN_MEETING_BODIES.has(tokens[k].lower) || OWN_MEETING_BODIES.has(tokens[k].lemma))) return false;
  }
  // ("packed the auditorium for a meeting of the Armstrong School District board", "a meeting of the cabinet": a body's own meeting
  // named by its noun)
  if (!verbal && trigger.event === 'CONSULT' && trigger.words.length === 1 && trigger.words[0] === 'meeting' && tokens[last]?.lower === 'of') {
    let k = last + 1;
    while (k < s.last && k - last <= 7 && ['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM'].includes(tokens[k].pos) && !OWN_MEETING_BODIES.has(tokens[k].lower)) k++;
    // (not a council's, whose meeting dates what is said at it: "At Tuesday night's meeting of the district council, councillor X
    // condemned ...")
    if (k < s.last && OWN_MEETING_BODIES.has(tokens[k].lower) && tokens[k].lower !== 'council' && !/^(?:and|with|between)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  }
  // ("signed an order allowing police to use combat weapons": letting one's own forces use force yields nothing to anyone)
  if (verbal && trigger.event === 'CONCEDE' && trigger.words.length === 1 && trigger.words[0] === 'allow' && rr?.sector && (rr.sector === 'COP' || rr.sector === 'MIL') &&
    (!ra?.code || !rr.code || ra.code === rr.code) && tokens.slice(last, Math.min(s.last, last + 5)).some((t, k, r) => t.lower === 'to' && r[k + 1]?.lemma === 'use')) return false;
  // ("pressuring lecturers to cancel the strike" demands; "adding to pressure on the ex-leader" does not)
  if (trigger.event === 'REQUEST' && trigger.words.length === 1 && trigger.words[0] === 'pressure' &&
    !tokens.slice(last, Math.min(s.last, last + 8)).some((t, k, r) => t.lower === 'to' && r[k + 1]?.pos === 'VERB')) return false;
  // ('Amin expels envoys over border "shelling"': an event word in scare quotes is the speaker's word for it, told as doubtful)
  if (first > s.first && last < s.last && OPEN_QUOTES.has(tokens[first - 1].text) && CLOSE_QUOTES.has(tokens[last].text) &&
    // (not the name of a measure a verb puts in force: 'has declared a "state of internal war"')
    (first - 1 === s.first || (tokens[first - 2].pos !== 'VERB' && !(tokens[first - 2].pos === 'DET' && tokens[first - 3]?.pos === 'VERB' && LIGHT_VERBS.has(tokens[first - 3].lemma))))) return false;
  // ("Egypt recalled its ambassador in protest at ...", "called off his trip in protest": the act before "in protest" is
  // the protest, told once as itself; with no such act, "closed their shops in protest", the protest stands)
  if (!verbal && trigger.event === 'PROTEST' && trigger.words.length === 1 && tokens[first - 1]?.lower === 'in' && first - 1 > s.first &&
    st.out.some((e) => (e.trigger.event !== 'PROTEST' && e.last <= first - 1 && !tokens.slice(e.last, first - 1).some((t) => t.text === ',' || t.text === ';' || t.pos === 'VERB' || t.pos === 'AUX')) ||
      // (nor a protest named by a noun and the participle that called it: "a general strike called in protest against the deportation")
      (e.trigger.event === 'PROTEST' && !e.verbal && e.last < first - 1 && first - 1 - e.last <= 2 && tokens.slice(e.last, first - 1).every((t) => t.pos === 'VERB' && /ed$/.test(t.lower))))) return false;
  // ("floorboards were lifted", "lifted a chain marking the line": a bare lift concedes only a measure, "lifted the country's
  // emergency law", "the curfew was lifted", "lifted its 48-hour blockade")
  if (trigger.words.length === 1 && trigger.words[0] === 'lift' && verbal) {
    let noun = -1;
    let measure = false;
    if (c.passive) {
      for (let k = first - 1; k >= s.first && first - k <= 4 && noun < 0; k--) if (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN') noun = k;
      // ("UN sanctions against Iran were lifted")
      for (let k = first - 1; k >= s.first && first - k <= 6 && !measure && tokens[k].text !== ','; k--) measure = LIFTED_MEASURES.has(tokens[k].lower);
    } else {
      noun = objectHead(tokens, s, last);
      // ("lifted a seven-month boycott", "lifted the pre-existing trade and travel restrictions")
      for (let k = last; k < s.last && k < last + 10 && !measure && (tokens[k].pos !== 'VERB' || (k > last && /(?:ing|ed)$/.test(tokens[k].lower) && tokens[k + 1]?.pos === 'NOUN')) && tokens[k].pos !== 'AUX' && (tokens[k].pos !== 'PUNCT' || tokens[k].text === '-') && (k === last || tokens[k].pos !== 'ADP'); k++) measure = LIFTED_MEASURES.has(tokens[k].lower);
    }
    // ("hundreds of men were lifted in dawn raids": people lifted are taken in, as the Irish and British press say it)
    if (noun >= 0 && LIFTED_PEOPLE.has(tokens[noun].lemma)) trigger = { ...LIFTED_ARREST, words: trigger.words };
    else if (noun >= 0 && !measure) return false;
  }
  // ("a convoy of six trucks from the WFP reached the town with rice and cooking oil": a convoy is aid only with relief goods,
  // and none of armed men: not "a military convoy", "an army convoy carrying fuel")
  if (trigger.event === 'AID' && !verbal && trigger.words.length === 1 && trigger.words[0] === 'convoy') {
    let goods = false;
    for (let k = s.first; k < s.last && !goods; k++) goods = RELIEF_GOODS.has(tokens[k].lower);
    const armed = first > s.first && /^(?:military|army|police|rebel|militia|troop|naval|armoured|armored)$/.test(tokens[first - 1].lower);
    if (!goods || armed || ms.some((m) => !!m.sector && (ARMED_FORCE_SECTORS.has(m.sector) || m.sector === 'CRM'))) return false;
  }
  // ("were handing out corn, beans and blankets to more than a thousand displaced people": what is handed out is aid only when it is
  // relief goods; not "distributed leaflets")
  if (trigger.event === 'AID' && verbal && GOODS_GIVEN.has(trigger.words.join(' '))) {
    let goods = false;
    for (let k = last; k < s.last && k - last <= 10 && !goods; k++) goods = RELIEF_GOODS.has(tokens[k].lower) || RELIEF_GOODS.has(tokens[k].lemma);
    if (!goods) return false;
  }
  // ("hundreds of trucks carrying food and medical supplies stranded", "aid held up at the border": goods that reached no one)
  if (trigger.event === 'AID' && !verbal) {
    for (let k = last; k < s.last && k - last <= 4; k++) {
      const t = tokens[k];
      if (UNDELIVERED.has(t.lower) && (t.lower !== 'held' || tokens[k + 1]?.lower === 'up') && (t.lower !== 'turned' || tokens[k + 1]?.lower === 'back')) return false;
      if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'CCONJ' && t.pos !== 'AUX' && t.lower !== 'left' && t.lower !== 'remained' && t.lower !== 'still') break;
    }
  }
  // ("a spokesman, speaking by telephone from hiding, said ...": how a source spoke to the reporter, no talks with anyone)
  if (trigger.event === 'CONSULT' && trigger.mode === 'phone' && verbal && !c.recipient && tokens[first].lower.endsWith('ing')) return false;
  // ("residents opposed to independence gathered": a stance told of a noun, no act)
  if (trigger.words[0] === 'oppose' && verbal && tokens[first].lower === 'opposed' && tokens[first + 1]?.lower === 'to' && first > s.first && (tokens[first - 1].pos === 'NOUN' || tokens[first - 1].pos === 'PROPN')) return false;
  // ("troops backed by armored cars": backing by things, no one's support)
  if (trigger.event === 'SUPPORT' && verbal && c.passive && !c.actor && tokens[last]?.lower === 'by') return false;
  // ("around 50 people from Leitrim Welcomes Refugees held a counter-demonstration": a capitalised verb between
  // capitalised words, in a sentence that is not written in title case, is a word of a name)
  if (verbal && !caps && first - 1 > s.first && tokens[first].cap && tokens[first - 1].cap && tokens[first - 1].pos === 'PROPN' && tokens[last]?.cap && tokens[last].pos !== 'PUNCT' && !titleCase(tokens, s)) return false;
  // ("charged under the Law on Assembly and Demonstration", "the Public Order (Protests) Act": a capitalised event word
  // inside a law's name names no event)
  if (!verbal && !caps && first > s.first && tokens[first].cap) {
    for (let k = first - 1; k > s.first && first - k <= 6; k--) {
      const t = tokens[k];
      if (LAW_NAMES.has(t.lower) && t.cap) return false;
      if (!t.cap && !/^(?:of|on|and|the|for|against)$/.test(t.lower)) break;
    }
  }
  // ("the ruling Rally of the Togolese People", "the Movement for Democratic Change": a capitalised protest word heading
  // a name of capitalised words after "of"/"for" names a party, not a rally)
  if (trigger.event === 'PROTEST' && !verbal && !caps && first > s.first && tokens[first].cap && (tokens[last]?.lower === 'of' || tokens[last]?.lower === 'for')) {
    // (told as an organisation: an acronym in brackets after the name, or "ruling"/"opposition" before it; not "joined the
    // March for Our Lives")
    let k = tokens[last + 1]?.lower === 'the' ? last + 2 : last + 1;
    if (k < s.last && tokens[k].cap && tokens[k].pos !== 'NUM') {
      while (k < s.last && (tokens[k].cap || /^(?:of|for|the|and)$/.test(tokens[k].lower))) k++;
      const acronym = tokens[k]?.text === '(' && /^[A-Z][A-Z-]{1,7}$/.test(tokens[k + 1]?.text ?? '');
      let d = first - 1;
      while (d > s.first && tokens[d].pos === 'DET') d--;
      if (acronym || /^(?:ruling|opposition)$/i.test(tokens[d]?.lower ?? '')) return false;
    }
  }
  // ("insisted the border had not been closed": insisting on what is so is a statement; "insisted that he be freed",
  // "insisted on a recount" ask for something)
  if (trigger.event === 'REQUEST' && verbal && tokens[first].lemma === 'insist' && tokens[last]?.lower !== 'on') {
    for (let k = last; k < s.last && k - last <= 10; k++) {
      const w = tokens[k].lower;
      if (/^(?:should|must|be|to)$/.test(w) || tokens[k].text === ',' || tokens[k].text === ';') break;
      // (or a verb in the past: "insist that seven officers died"; or what will be: "insisted he would not step down")
      if (/^(?:had|has|have|was|were|is|are|did|does|would|will|wo)$/.test(w) || (tokens[k].pos === 'VERB' && tokens[k].lower !== tokens[k].lemma && !w.endsWith('ing') && w !== tokens[k].lemma + 's')) return false;
    }
  }
  // ("Analysts warned that the exodus could grow": a commentator's warning is a forecast, no threat)
  if (trigger.event === 'THREATEN' && c.actor && tokens[c.actor.head] && COMMENTATORS.has(tokens[c.actor.head].lower)) return false;
  // (and when no actor is read off them: "economists warned that a default could come within days")
  if (trigger.event === 'THREATEN' && verbal) {
    const k = beforeVerbChain(tokens, s, first);
    if (k >= s.first && COMMENTATORS.has(tokens[k].lower)) return false;
  }
  // ("carried off rifles, grenades and ammunition", "stole explosives from a quarry": weapons had, taken or moved are things,
  // no attack with them; past the list they stand in)
  // (not a weapon that is its own clause's subject: "seized the town and an IED exploded")
  if (!verbal && trigger.event === 'ASSAULT' && WEAPONS_HANDLED.has(trigger.words.join(' ')) && tokens[last]?.pos !== 'VERB' && tokens[last]?.pos !== 'AUX') {
    let k = first - 1;
    while (k > s.first && first - k <= 12 && (['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'CCONJ'].includes(tokens[k].pos) || tokens[k].text === ',')) k--;
    // (a particle: "carried off", "handed over")
    const particle = k > s.first && tokens[k].pos === 'ADP' && /^(?:off|away)$/.test(tokens[k].lower) && tokens[k - 1].pos === 'VERB';
    if (particle) k--;
    // (carried off, not carrying, nor carried out: "a bomber carrying explosives blew himself up" is armed with them)
    if (k >= s.first && tokens[k].pos === 'VERB' && HANDLED_WEAPONS.has(tokens[k].lemma) && (tokens[k].lemma !== 'carry' || particle)) return false;
  }
  // "a march by several hundred youths ... met a group of leftist students": a march that meets people runs into
  // them; a meeting is held by people, not by a protest
  // (past an aside on the marchers: "a march by several hundred youths, chanting slogans against the government, met")
  if (trigger.event === 'CONSULT' && verbal && tokens[first].lemma === 'meet' && (protestNounBefore(tokens, s, first, caps) || (!!c.actor && byProtest(tokens, s, c.actor.first, caps)) || byProtest(tokens, s, first, caps) ||
    byProtest(tokens, s, asideStart(tokens, s, first), caps))) return false;
  // ("Residents stayed indoors, searching detention centres for missing relatives": people looking for their own search no one)
  if (verbal && trigger.event === 'COERCE' && trigger.words.length === 1 && trigger.words[0] === 'search' && c.actor && (!c.actor.sector || SEARCHING_CIVILIANS.has(c.actor.sector))) return false;
  // "were searching for more bodies": looking, not a raid ("warning shots": a noun modifying another)
  // ("the martial law command said": a measure's name modifying its enforcers)
  if (followedBy(tokens, s, last, NOT_FOLLOWED.get(trigger.words.length === 1 ? trigger.words[0] : trigger.words.join(' ')))) return false;
  if (tokens[last]?.lower === 'not' && tokens[last + 1]?.lower === 'to' && tokens[last + 2]?.lower === 'be' && ANONYMITY.has(tokens[last + 3]?.lower ?? '')) return false;
  // ("She asked that her name not be published")
  // ("asked that his family name not be used": past a word for which name)
  if (trigger.event === 'REQUEST' && tokens[last]?.lower === 'that' && POSSESSIVES.has(tokens[last + 1]?.lower ?? '') &&
    (tokens[last + 2]?.lower === 'name' || (OWN_IDENTITY.has(tokens[last + 2]?.lower ?? '') && tokens[last + 3]?.lower === 'name') || tokens[last + 2]?.lower === 'surname' || tokens[last + 2]?.lower === 'identity')) return false;
  // ("The generals have burned their bridges with the street", "will not let a minority take the nation hostage": a figure of
  // speech (reality.json idioms) tells of no act)
  if (IDIOMS.some((re) => re.test(doc.text.slice(tokens[first].start, Math.min(s.end, tokens[first].start + 80))))) return false;
  // ("Asked what would happen if Qatar ignored it, a Saudi official said", "Asked about the killings, he said": a reporter's question)
  // (or set off after the one asked: "An MPLA official, asked about the allegation, denied it")
  if (trigger.words.length === 1 && trigger.words[0] === 'ask' && (first === s.first || tokens[first - 1].text === ',') && tokens[first].lower === 'asked' && /^(?:what|whether|if|about|why|how|when|where|who|which)$/.test(tokens[last]?.lower ?? '')) return false;
  // ("would not leave the square until the government acted on their demands": demands named by whose they are, as the object of
  // another verb, are those made before, no new demand; not "renewed their demand for elections", which makes it again)
  if (!verbal && trigger.event === 'REQUEST' && first - 2 >= s.first && POSSESSIVES.has(tokens[first - 1].lower) &&
    (tokens[first - 2].pos === 'ADP' || (tokens[first - 2].pos === 'VERB' && !LIGHT_VERBS.has(tokens[first - 2].lemma)))) return false;
  // ("The United States ... had no comment on the arrests": an act named with "the" as what one comments on, or is asked about, is the
  // one told before, no act of the one commenting)
  if (!verbal && first - 3 >= s.first && tokens[first - 1].lower === 'the' && /^(?:on|about)$/.test(tokens[first - 2].lower) && /^(?:comment|comments|commented|commenting|questions|question|asked|briefed|remarks)$/.test(tokens[first - 3].lower)) return false;
  // ("Police with tear gas and water trucks waited outside": the means of force the subject stands by with are not used)
  if (!verbal && trigger.mode === 'crowd-control' && first - 2 >= s.first && tokens[first - 1].lower === 'with' && (tokens[first - 2].pos === 'NOUN' || tokens[first - 2].pos === 'PROPN')) {
    for (let k = last; k < s.last && k - last <= 6 && tokens[k].text !== ','; k++) {
      if (tokens[k].pos === 'VERB' && STANDING_BY.has(tokens[k].lemma)) return false;
      if (tokens[k].pos === 'VERB') break;
    }
  }
  // ('"Those who refused were beaten"': a refusal of nothing named, told to pick out people, is no act of its own)
  if (verbal && trigger.event === 'REJECT' && trigger.words.length === 1 && /^(?:refuse|decline|resist)$/.test(trigger.words[0]) && first > s.first && /^(?:who|that)$/.test(tokens[first - 1].lower) &&
    (last >= s.last || ['AUX', 'VERB', 'PUNCT', 'CCONJ'].includes(tokens[last].pos))) return false;
  // ("They asked people which language they spoke": a question put to someone asks for no act)
  if (verbal && trigger.words.length === 1 && trigger.words[0] === 'ask') {
    let k = last;
    while (k < s.last && k - last < 4 && ['PRON', 'NOUN', 'PROPN', 'DET', 'ADJ'].includes(tokens[k].pos) && !/^(?:which|what|whether|who|how|why|where|when)$/.test(tokens[k].lower)) k++;
    if (k > last && k < s.last && /^(?:which|what|whether|if|who|how|why|where|when)$/.test(tokens[k].lower)) return false;
  }
  // ("dragged villagers from their huts and marched them to a school": people marched somewhere are taken there, no protest)
  if (verbal && trigger.words.length === 1 && trigger.words[0] === 'march' && last < s.last && (OBJECT_PRONOUNS.has(tokens[last].lower) || ms.some((m) => m.kind !== 'pronoun' && (m.first === last || (m.first === last + 1 && tokens[last].pos === 'DET')) && !!m.sector && m.sector !== 'GOV' && m.sector !== 'LEG'))) return false;
  // ("giving Tsvangirai 47.9 percent": a share of the vote, no aid)
  if (trigger.event === 'AID' && trigger.words[0] === 'give') {
    for (let k = last; k < s.last - 1 && k - last < 10; k++) if (tokens[k].pos === 'NUM' && /^(?:percent|per|%)$/.test(tokens[k + 1].lower)) return false;
    // ("the official results, which gave Kibaki a second five-year term": a standing given, no aid; given_standing in reality.json)
    for (let k = last; k < s.last && k - last < 8; k++) {
      if (GIVEN_STANDING.has(tokens[k].lower) && tokens[k].pos === 'NOUN') return false;
      if (tokens[k].pos === 'VERB' || tokens[k].text === ',' || tokens[k].text === ';' || tokens[k].pos === 'ADP') break;
    }
    // ("gave them until Saturday to leave the country", "given 24 hours to leave": a deadline, no aid)
    for (let k = last; k < s.last - 1 && k - last < 6; k++) {
      if (tokens[k].lower === 'until' || tokens[k].lower === 'till' || (tokens[k].pos === 'NUM' && /^(?:hours?|days?|weeks?)$/.test(tokens[k + 1].lower))) return false;
      if (tokens[k].pos === 'VERB' || tokens[k].text === ',') break;
    }
  }
  // ("Tapa, a town that also hosts a NATO battlegroup", "a network that claims to defend the Lendu": what a relative clause
  // in the present says a thing does is what it is, no event)
  if (verbal && tokens[first].pos === 'VERB' && /[^s]s$/.test(tokens[first].lower) && first - 1 > s.first) {
    let k = first - 1;
    // (past a quote opening on the verb: 'could not negotiate with a council that "kills people and obstructs the transition"')
    while (k > s.first && (tokens[k].pos === 'ADV' || QUOTE_CHARS.has(tokens[k].text))) k--;
    if (/^(?:that|which)$/.test(tokens[k].lower) && (tokens[k - 1]?.pos === 'NOUN' || tokens[k - 1]?.pos === 'PROPN')) return false;
  }
  // ("all the energy the law allows", "as the constitution permits": what a text allows is a rule, no concession)
  if (verbal && trigger.event === 'CONCEDE' && (trigger.words[0] === 'allow' || trigger.words[0] === 'permit') && first > s.first && (DOCUMENTS.has(tokens[first - 1].lower) || RULE_WORDS.has(tokens[first - 1].lower))) return false;
  // ("The decree bans public gatherings, allows security forces to detain suspects without a warrant and ...": a verb of a list
  // whose subject, opening the sentence, is a rule tells what the rule says)
  if (verbal && trigger.event === 'CONCEDE' && (trigger.words[0] === 'allow' || trigger.words[0] === 'permit') && (tokens[first - 1]?.text === ',' || tokens[first - 1]?.lower === 'and')) {
    let v = s.first;
    while (v < first && tokens[v].pos !== 'VERB' && tokens[v].pos !== 'AUX') v++;
    let h = v - 1;
    while (h > s.first && tokens[h].pos === 'ADV') h--;
    if (v < first && h >= s.first && (DOCUMENTS.has(tokens[h].lower) || RULE_WORDS.has(tokens[h].lower)) &&
      !tokens.slice(v + 1, first).some((t) => t.text === ';' || t.pos === 'SCONJ' || t.pos === 'AUX' || /^(?:that|which|who)$/.test(t.lower))) return false;
  }
  // ("press release"; "prisoners of war": one word before, or two)
  // (a base form the tagger calls a verb right after a verb is that verb's object: "has accepted blame/VERB")
  // (a noun of two words too: "police, short of tear gas")
  const notAfter = trigger.words.length === 1 || !verbal ? NOT_PRECEDED.get(trigger.words.length === 1 ? trigger.words[0] : trigger.words.join(' ')) : undefined;
  if (notAfter && (!verbal || (tokens[first - 1]?.pos === 'VERB' && tokens[first].lower === tokens[first].lemma)) && first > s.first && (notAfter.has(tokens[first - 1].lower) ||
    (first - 1 > s.first && notAfter.has(`${tokens[first - 2].lower} ${tokens[first - 1].lower}`)) ||
    // (three words: "supporters of the coup")
    (first - 2 > s.first && notAfter.has(`${tokens[first - 3].lower} ${tokens[first - 2].lower} ${tokens[first - 1].lower}`)))) return false;
  // ("The other two accused were arrested", "the accused denied the charges": people standing accused, named by the participle after a
  // determiner or a number, before their own verb, are no accusation)
  if (verbal && trigger.words.length === 1 && trigger.words[0] === 'accuse' && tokens[first].lower === 'accused' && first > s.first &&
    (tokens[first - 1].pos === 'DET' || tokens[first - 1].pos === 'NUM' || /^(?:other|two|three|four|five|six|both|all|several)$/.test(tokens[first - 1].lower)) &&
    (tokens[first + 1]?.pos === 'AUX' || tokens[first + 1]?.pos === 'VERB' || /^[,.;]$/.test(tokens[first + 1]?.text ?? ''))) return false;
  // ("According to evidence given by Sergeant Mulligan": a participle right after the noun it tells of has that noun for its object, and
  // a noun the trigger is never done to, told after it in the active, makes no act)
  if (verbal && trigger.words.length === 1 && /(?:ed|en)$/.test(tokens[first].lower) && first > s.first &&
    NOT_FOLLOWED.get(trigger.words[0])?.words.has(tokens[first - 1].lower) && (tokens[first + 1]?.lower === 'by' || tokens[first + 1]?.pos === 'ADP')) return false;
  // ("the central courtyard surrounding the Kaaba": a place lying around another surrounds no one)
  if (verbal && trigger.words[0] === 'surround' && tokens[first].lower === 'surrounding' && first > s.first && tokens[first - 1].pos === 'NOUN' && !ms.some((m) => m.last === first && m.kind !== 'pronoun')) return false;
  // ("suspending all assistance to Peru except humanitarian aid": what an act leaves out is no act of its own)
  if (!verbal && first > s.first) {
    let k = first - 1;
    while (k > s.first && first - k <= 3 && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'DET' || tokens[k].pos === 'NOUN')) k--;
    const w = tokens[k].lower;
    if (w === 'except' || w === 'excluding' || (w === 'for' && tokens[k - 1]?.lower === 'except') || (w === 'than' && tokens[k - 1]?.lower === 'other') || (w === 'from' && tokens[k - 1]?.lower === 'apart')) return false;
  }
  // ("a group called Mahason Balakaya": a thing's name, no call)
  if (verbal && trigger.event === 'CONSULT' && trigger.words.length === 1 && trigger.words[0] === 'call' && tokens[first].lower === 'called' && first > s.first &&
    (tokens[first - 1].pos === 'NOUN' || tokens[first - 1].pos === 'PROPN') && !tokens[first - 1].cap && (tokens[first + 1]?.cap || OPEN_QUOTES.has(tokens[first + 1]?.text ?? '')) && namedNoun(tokens, s, first)) return false;
  // ("a statement telephoned to a Belfast newspaper": a message sent by telephone, no call between two sides)
  if (verbal && trigger.event === 'CONSULT' && trigger.mode === 'phone' && first > s.first && MESSAGE_NOUNS.has(tokens[first - 1].lower) && pastForm(tokens[first])) return false;
  // ("Despite the prohibitory orders, 200 residents staged a dharna", "in defiance of the curfew": a measure already
  // in force that people defy, not one imposed here)
  if (!verbal && trigger.event === 'COERCE') {
    let k = first - 1;
    // (past a noun of whose measure it is: "in defiance of a government ban")
    while (k > s.first && first - k <= 3 && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'DET' || POSSESSIVES.has(tokens[k].lower) || tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN')) k--;
    const defied = k >= s.first && (DEFIED.has(tokens[k].lower) || (tokens[k].lower === 'of' && k > s.first && tokens[k - 1].lower === 'defiance'));
    // (unless a relative clause tells it imposed: "defied the curfew that the army imposed on Friday")
    // (with an article or none: "defying martial law", "enforcing the curfew")
    if (defied && (k === first - 1 || MEASURE_DETS.has(tokens[k + 1].lower)) && !toldDone(tokens, s, last)) return false;
  }
  // "villagers were gathering for a burial": a crowd met for an occasion, no protest
  // (past where they gathered: "had gathered in Azizabad for a memorial ceremony")
  let occ = last;
  if (tokens[occ]?.lower === 'in' && tokens[occ + 1]?.pos === 'PROPN') {
    occ++;
    while (occ < s.last && occ - last <= 4 && tokens[occ].pos === 'PROPN') occ++;
    if (tokens[occ]?.lower !== 'for') occ = last;
  }
  if (trigger.crowd && verbal && (tokens[occ]?.lower === 'for' || tokens[occ]?.lower === 'at' || tokens[occ]?.lower === 'to')) {
    let k = occ + 1;
    if (tokens[k]?.lower === 'attend') k++;
    while (k < s.last && k - last < 5 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || POSSESSIVES.has(tokens[k].lower) || (tokens[k].pos === 'NOUN' && !OCCASIONS.has(tokens[k].lower) && OCCASIONS.has(tokens[k + 1]?.lower ?? '')))) k++;
    // (the occasion is the phrase's head: not "marched to the party headquarters", "gathered at the market square")
    const nx = tokens[k + 1];
    if (OCCASIONS.has(tokens[k]?.lower ?? '') && !(nx && nx.sent === tokens[k].sent && (nx.pos === 'NOUN' || nx.pos === 'PROPN' || nx.pos === 'ADJ') && !WHEN_WORDS.test(nx.lower))) return false;
  }
  // "Villagers blocked the road ..., but dispersed after two days": a crowd that disperses with no one dispersing it left
  if (verbal && SELF_ACTING.has(trigger.words.join(' ')) && !isPassive(tokens, s, first)) {
    // (an object may open on a count's approximation: "dispersed about 200 students")
    const objectAt = (k: number) => k < s.last && ['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ'].includes(tokens[k].pos);
    if (!objectAt(last) && !(approximator(tokens, last) && objectAt(last + 1))) return false;
  }
  // "suspended classes", "suspended flights": things stopped, no relations cut
  // (refusing is still telling: "said he would not sign the bill" rejects it)
  // (a phrase by its words: "broke away from the rally" leaves a crowd, no organisation)
  const notObjects = verbal ? NOT_OBJECTS.get(trigger.words.join(' ')) : undefined;
  if (notObjects && trigger.words.length > 1 && reality.reality !== 'negated') {
    const obj = objectHead(tokens, s, last);
    if (obj >= 0 && obj - last <= 4 && notObjects.has(tokens[obj].lower)) return false;
  }
  // ("She declined to give her surname", "refused to give his name": withholding who one is rejects no one)
  if (verbal && trigger.words.length === 1 && trigger.words[0] === 'give' && reality.reality === 'negated') {
    const obj = objectHead(tokens, s, last);
    if (obj >= 0 && obj - last <= 4 && OWN_IDENTITY.has(tokens[obj].lower)) return false;
  }
  // ("raising a figure of six dead it had given on Wednesday": what a relative clause's verb gives is the noun before its subject)
  if (verbal && trigger.words.length === 1 && NOT_OBJECTS.has(trigger.words[0]) && (last >= s.last || !['DET', 'NUM', 'NOUN', 'PROPN', 'ADJ', 'PRON'].includes(tokens[last].pos) || tokens[last].lower === 'on')) {
    const kinds = NOT_OBJECTS.get(trigger.words[0])!;
    let j = first - 1;
    while (j > s.first && (tokens[j].pos === 'AUX' || tokens[j].pos === 'ADV')) j--;
    // (the relative clause's subject, then the noun it tells of, with or without "that"/"which")
    if (j > s.first && (tokens[j].pos === 'PRON' || tokens[j].pos === 'NOUN' || tokens[j].pos === 'PROPN')) {
      let k = j - 1;
      if (/^(?:that|which)$/.test(tokens[k]?.lower ?? '')) k--;
      for (let b = k; b >= s.first && k - b <= 5; b--) if (kinds.has(tokens[b].lower)) return false;
    }
  }
  // ("Most shops in central Santiago reopened this morning": one of those things as the subject of the verb with no object, or only a
  // time after it, the verb telling what happened to it; past the place it is in)
  if (verbal && trigger.words.length === 1 && NOT_OBJECTS.has(trigger.words[0]) && tokens[first].lower !== tokens[first].lemma && !isPassive(tokens, s, first) &&
    (last >= s.last || !['DET', 'NUM', 'NOUN', 'PROPN', 'ADJ', 'PRON'].includes(tokens[last].pos) || tokens[last].lower === 'on' ||
      (/^(?:this|last|that|yesterday|today)$/.test(tokens[last].lower) && (/^(?:morning|afternoon|evening|night|week|weekend|month|day)$/.test(tokens[last + 1]?.lower ?? '') || !/^(?:NOUN|PROPN|ADJ)$/.test(tokens[last + 1]?.pos ?? ''))))) {
    if (subjectOfKinds(tokens, s, first, NOT_OBJECTS.get(trigger.words[0])!, true)) return false;
  }
  if (verbal && trigger.words.length === 1 && NOT_OBJECTS.has(trigger.words[0]) && reality.reality !== 'negated') {
    // (past how much: "provides more than half of the earnings")
    let from = last;
    while (from < s.last && from - last < 3 && APPROX.has(tokens[from].lower)) from++;
    const obj = objectHead(tokens, s, from);
    // (but a text signed with another party is agreed with it: "signed a declaration with Baltic leaders recognizing each other's
    // sovereignty")
    const cosigned = obj >= 0 && trigger.words[0] === 'sign' && tokens[obj + 1]?.lower === 'with' && ms.some((m) => m.first === obj + 2 || (m.first === obj + 3 && tokens[obj + 2].pos === 'DET'));
    if (obj >= 0 && obj - last <= 4 && NOT_OBJECTS.get(trigger.words[0])!.has(tokens[obj].lower) && !cosigned) return false;
    // ("gave President Lukashenko, who has ruled since 1994, about 80 percent of the vote": the second object, past an aside)
    if (trigger.words[0] === 'give') {
      for (let k = last; k < s.last && k - last <= 24; k++) {
        const t = tokens[k];
        // (past a relative aside: ", who has held office since 2001,")
        if (t.text === ',' && /^(?:who|which)$/.test(tokens[k + 1]?.lower ?? '')) {
          k++;
          while (k + 1 < s.last && tokens[k + 1].text !== ',' && k - last <= 24) k++;
          continue;
        }
        if (t.text === ';' || t.pos === 'VERB') break;
        // ("gave Gbagbo \"a last chance\" to step down": what is given past whom is no aid either)
        // ("giving the army and police powers to shoot": bare, right after whom it is given to)
        if (k > last && (tokens[k - 1].pos === 'NUM' || ((tokens[k - 1].pos === 'DET' || tokens[k - 1].pos === 'ADJ' || (k - 1 > last && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN') && !tokens.slice(last, k).some((x) => x.pos === 'ADP'))) && t.pos === 'NOUN')) &&
          NOT_OBJECTS.get('give')!.has(t.lower)) return false;
        // ("Preliminary results gave the EPRDF a majority nationally")
        if (k > last && VOTE_RESULTS.has(t.lower) && (tokens[k - 1].pos === 'DET' || tokens[k - 1].pos === 'ADJ')) return false;
      }
    }
    // ("signed it into law": whatever "it" is, a law)
    let k = last;
    while (k < s.last && k - last <= 6 && tokens[k].lower !== 'into' && tokens[k].text !== ',') k++;
    if (tokens[k]?.lower === 'into' && NOT_OBJECTS.get(trigger.words[0])!.has(tokens[k + 1]?.lower ?? '')) return false;
    // (and so is the noun a participle follows: "leaflets signed \"Dighenis\"", "a letter signed by 40 lawmakers", "the official figure
    // given by the army")
    // (past a comma or the passive's "be": "The proclamation, signed by the king, suspends parliament", "The decree was signed")
    if (first > s.first && /(?:ed|en|wn)$/.test(tokens[first].lower)) {
      let b = first - 1;
      while (b > s.first && first - b <= 3 && (tokens[b].text === ',' || tokens[b].pos === 'AUX' || tokens[b].pos === 'ADV')) b--;
      if ((tokens[b].pos === 'NOUN' || tokens[b].pos === 'PROPN') && NOT_OBJECTS.get(trigger.words[0])!.has(tokens[b].lower)) return false;
    }
    // (an intransitive "reopened" tells of its subject: "many shops reopened on Monday"; for "reopen" alone, in the present too and
    // when the act is negated, which the rule for any such verb above, past the place of the subject, leaves)
    if (trigger.words[0] === 'reopen' && obj < 0 && first - 1 > s.first && subjectOfKinds(tokens, s, first, NOT_OBJECTS.get('reopen')!, false)) return false;
    // (the passive's subject is its object: "nine bodies had been recovered")
    if (isPassive(tokens, s, first)) {
      let b = first - 1;
      while (b > s.first && (tokens[b].pos === 'AUX' || tokens[b].pos === 'ADV' || tokens[b].pos === 'PART')) b--;
      if (b >= s.first && NOT_OBJECTS.get(trigger.words[0])!.has(tokens[b].lower)) return false;
      // (its head before the phrases that place it: "Classes at several universities in the university belt were suspended")
      for (let h = b - 1; h >= s.first && b - h <= 12 && ['NOUN', 'PROPN', 'ADJ', 'DET', 'ADP', 'NUM'].includes(tokens[h].pos); h--) {
        if (tokens[h + 1].pos === 'ADP' && (tokens[h].pos === 'NOUN' || tokens[h].pos === 'PROPN') && NOT_OBJECTS.get(trigger.words[0])!.has(tokens[h].lower)) return false;
      }
    }
  }
  // "gave initial approval to a bill": passing a document, no aid
  if (verbal && trigger.event === 'AID' && trigger.words.length === 1) {
    const obj = objectHead(tokens, s, last);
    if (obj >= 0 && obj - last <= 3 && APPROVALS.has(tokens[obj].lower) && (tokens[obj + 1]?.lower === 'to' || tokens[obj + 1]?.lower === 'for')) {
      const doc2 = objectHead(tokens, s, obj + 2);
      if (doc2 >= 0 && DOCUMENTS.has(tokens[doc2].lower)) return false;
    }
  }
  // "released a statement", "freed up funds": things let go, no one freed
  if (trigger.mode === 'release' && trigger.pos !== 'N') {
    const obj = objectHead(tokens, s, last);
    if (obj >= 0 && obj - last <= 4 && NOT_RELEASE.has(tokens[obj].lower)) return false;
    // ("released secretly made tapes": past adverbs and participles to the first noun)
    let n = last;
    while (n < s.last && n - last < 5 && tokens[n].pos !== 'NOUN' && tokens[n].pos !== 'PROPN' && tokens[n].pos !== 'PRON' && tokens[n].text !== ',') n++;
    // (the head of a compound: "oil paintings" are paintings)
    while (n + 1 < s.last && tokens[n].pos === 'NOUN' && tokens[n + 1].pos === 'NOUN') n++;
    if (n < s.last && n - last < 6 && NOT_RELEASE.has(tokens[n].lower)) return false;
    // ("In a video released by her team", "the figures were released on Monday": what the participle tells of)
    let b = first - 1;
    while (b > s.first && (tokens[b].pos === 'AUX' || tokens[b].pos === 'ADV')) b--;
    if (b >= s.first && (b === first - 1 || isPassive(tokens, s, first)) && NOT_RELEASE.has(tokens[b].lower)) return false;
    // (set off by a comma too: "official results, released five weeks after the vote, said")
    if (first - 2 >= s.first && tokens[first - 1].text === ',' && NOT_RELEASE.has(tokens[first - 2].lower)) return false;
    // ("were treated at Bonner General and released": a patient sent home)
    if (first > s.first + 1 && tokens[first - 1].lower === 'and') {
      for (let k = first - 2; k >= s.first && first - k <= 14; k--) if (AFTER_CARE.has(tokens[k].lower)) return false;
    }
  }
  // "cardiac arrest", "an arrest warrant", "helped to arrest the decline", "caught fire"
  if (trigger.mode === 'arrest') {
    if (first > s.first && NOT_ARREST.before.has(tokens[first - 1].lower)) return false;
    if (last < s.last && NOT_ARREST.after.has(tokens[last].lower)) return false;
    const obj = objectHead(tokens, s, last);
    if (obj >= 0 && obj - last <= 4 && NOT_ARREST.objects.has(tokens[obj].lower)) return false;
  }
  // control of territory, not of "the drugs trade" or "the car"
  if (trigger.context === 'territory' || trigger.place) {
    const obj = objectHead(tokens, s, last);
    if (obj >= 0 && (ABSTRACT_OBJECTS.has(tokens[obj].lower) || ABSTRACT_OBJECTS.has(tokens[obj].lemma))) return false;
    // (in the passive, the subject is what was taken: "the strike had been taken over by ultra-leftist groups")
    if (isPassive(tokens, s, first)) {
      let h = first - 1;
      while (h > s.first && (tokens[h].pos === 'AUX' || tokens[h].pos === 'ADV' || tokens[h].pos === 'PART')) h--;
      if (tokens[h]?.pos === 'NOUN' && (ABSTRACT_OBJECTS.has(tokens[h].lower) || ABSTRACT_OBJECTS.has(tokens[h].lemma))) return false;
    }
    if (trigger.place && !(trigger.agentTo ? placeBeforeInClause(doc, s, first) : placeInClause(doc, s, last))) return false;
    // ("Gao ... fell on Saturday": a town falls when it is the subject, not "prices in Kenya fell")
    if (trigger.agentTo && trigger.words.length === 1 && !placeSubject(doc, s, first)) return false;
  }
  // ("Timbuktu was taken on Sunday": a place taken, told in the passive, is the subject)
  // ("Israeli forces have taken dozens of Palestinians in a series of raids": people a state's forces take are arrested; not "police
  // took the wounded to hospital")
  if (trigger.placeObject && verbal && !c.passive && trigger.words.length === 1 && trigger.words[0] === 'take' && !!ra?.sector && STATE_TAKERS.has(ra.sector) &&
    !placeObject(doc, s, last) && heldPeople(tokens, s, ms, last) && !/\bto\s+(?:the\s+)?(?:hospital|safety|a\s+hospital|clinics?|shelters?)\b/i.test(doc.text.slice(tokens[last].start, tokens[Math.min(s.last, last + 10) - 1].end))) {
    trigger = { ...TAKEN_ARREST, words: trigger.words };
  } else if (trigger.placeObject && !placeObject(doc, s, last) && !(verbal && isPassive(tokens, s, first) && placeSubject(doc, s, first))) return false;
  // "insurgents returned after the Americans left": coming back is no release; returning someone or something is
  // (not "returned to Brazil 21 frogs", "was returned by US officials", "returned approximately 100 fossils")
  if (verbal && trigger.words.length === 1 && trigger.words[0] === 'return' && !isPassive(tokens, s, first) &&
    (last >= s.last || ['SCONJ', 'PUNCT', 'CCONJ'].includes(tokens[last].pos) || (tokens[last].pos === 'ADP' && tokens[last].lower !== 'to') ||
      // ("returned hours later with an announcer", "returned two days later", "returned shortly after")
      /^(?:later|soon|shortly|briefly)$/.test(tokens[last].lower) || (tokens.slice(last, last + 3).some((t, k, r) => t.lower === 'later' && k > 0 && /^(?:minutes?|hours?|days?|weeks?|months?|years?)$/.test(r[k - 1].lower))))) return false;
  // ("the crowds that returned to the plaza at midday demanded ...": a crowd going back somewhere frees no one)
  if (verbal && trigger.words.length === 1 && trigger.words[0] === 'return' && tokens[last]?.lower === 'to' && CROWD_SECTORS.has(resolveRef(c.actor)?.sector ?? '')) return false;
  // "workers downed tools at the mine": a mine is a landmine only where something blew up or was laid or cleared
  // (a strike the noun is a stoppage, no blast: "a general strike had halted trams, mines and most factories")
  if (trigger.words.length === 1 && trigger.words[0] === 'mine' && (MINE_PIT.test(doc.text.slice(s.start, s.end)) ||
    !tokens.slice(s.first, s.last).some((t) => (MINE_BLAST.has(t.lemma) || MINE_BLAST.has(t.lower)) && !(/^strikes?$/.test(t.lower) && t.pos !== 'VERB')))) return false;
  // "fighting corruption", "battling the blaze", "the war on drugs": figurative violence
  if (trigger.event === 'ASSAULT' && !rr) {
    const obj = objectHead(tokens, s, last);
    if (obj >= 0 && obj - last <= 4 && (ABSTRACT_TARGETS.has(tokens[obj].lower) || ABSTRACT_TARGETS.has(tokens[obj].lemma))) return false;
  }
  // "ballistic missile tests", "its test of a hydrogen bomb", "test-fired missiles": a show of force, not an attack
  if (trigger.event === 'ASSAULT' && (trigger.mode === 'explosives' || trigger.mode === 'heavy-weapons' || trigger.acled === 'ART_MISS_ATTACK' || trigger.acled === 'REM_EXPLOS' || !verbal)) {
    let test = false;
    const from = verbal ? first - 2 : first - 4;
    for (let k = Math.max(s.first, from); k < Math.min(s.last, verbal ? first : last + 1) && !test; k++) test = WEAPON_TESTS.has(tokens[k].lower);
    // "fired two ballistic missiles into the sea": a launch, not an attack on anyone
    if (!test && !rr && /^\s+(?:off\s+)?into\s+(?:the\s+)?(?:sea|ocean|waters)\b/i.test(doc.text.slice(tokens[last - 1].end, tokens[last - 1].end + 30))) test = true;
    if (test) trigger = WEAPON_TEST_TRIGGER;
  }
  // "a factory and six warehouses have burned", "homes damaged": destruction with no one doing it
  // ("More shops have been burned in a new spate of violence": the passive tells that someone burned them; the disaster
  // check below still knows a fire or a flood)
  // (an adverb may stand between: "was also burned")
  const beAt = tokens[first - 1]?.pos === 'ADV' ? first - 2 : first - 1;
  if (trigger.acled === 'PROPERTY_DISTRUCT' && trigger.weak && verbal && !ra?.sector && !(c.passive && /^(?:was|were|been|be)$/.test(tokens[beAt]?.lower ?? '') && !firesBrokeOut(tokens, s) &&
    // (not in a relative clause describing someone: "compensation for families whose houses were burnt")
    !tokens.slice(Math.max(s.first, first - 6), first).some((t) => t.lower === 'whose'))) return false;
  // ("The jet carrying the president circled the capital": an aircraft named by itself, with no strike or toll told, is no attack)
  if (!verbal && trigger.weak && trigger.event === 'ASSAULT' && trigger.acled === 'AIR_STRIKE' && !tokens.slice(s.first, s.last).some((t) => CRAFT_ACTS.has(t.lower) || CRAFT_ACTS.has(t.lemma))) return false;
  // ("the raid, which began with a helicopter hovering over the building": an aircraft told only flying strikes nothing)
  if (!verbal && trigger.weak && trigger.event === 'ASSAULT' && trigger.acled === 'AIR_STRIKE' && CRAFT_FLIGHTS.has(tokens[last]?.lower ?? '')) return false;
  // natural disasters and accidents kill people and burn buildings too; that is not political violence
  const destruction = trigger.acled === 'PROPERTY_DISTRUCT' && (!ra || !ra.sector || (!ARMED_SECTORS.has(ra.sector) && ra.sector !== 'PRO'));
  // (a weapon of war named by the trigger is no disaster: "an air strike hit a camp for flood victims")
  if ((trigger.event === 'ASSAULT' && (!ra || !ra.sector || !ARMED_SECTORS.has(ra.sector)) && !(WAR_WEAPON_CODES.has(trigger.acled ?? '') && !trigger.weak)) || destruction) {
    if (st.disaster < 0) {
      st.disaster = 0;
      let crush = true;
      let crash = true;
      for (let k = s.first; k < s.last; k++) {
        if (DISASTER.has(tokens[k].lower) || DISASTER.has(tokens[k].lemma)) {
          st.disaster = 1;
          crush = crush && /^(?:stampede|stampedes|crush)$/.test(tokens[k].lower);
          crash = crash && tokens[k].lemma === 'crash' && tokens[k].pos === 'VERB';
        }
      }
      st.crashOnly = st.disaster === 1 && crash;
      // (a stampede set off by bombs or gunfire is no accident: "the bombs and gunfire that turned the funeral into a stampede")
      if (st.disaster === 1 && crush && (hasBomb(tokens, s) || tokens.slice(s.first, s.last).some((t) => /^(?:gunfire|gunshots)$/.test(t.lower)))) st.disaster = 0;
    }
    // (a shell or a rocket that crashed into homes is the weapon's strike, no accident)
    // (nor what only people do: "a used-car lot was set on fire, flames spread to a furniture store")
    if (st.disaster === 1 && !(st.crashOnly && !verbal && trigger.acled === 'ART_MISS_ATTACK' && crashedInto(tokens, s, last)) && !(destruction && verbal && DELIBERATE.has(trigger.words[0]))) return false;
  }
  // "A fire destroyed hundreds of homes", "floods killed 23 people": a subject that is no one
  if (verbal && !ra && (trigger.event === 'ASSAULT' || destruction) && first > s.first) {
    let k = first - 1;
    while (k > s.first && (tokens[k].pos === 'ADV' || tokens[k].pos === 'AUX' || tokens[k].pos === 'PART')) k--;
    // ("A fire broke out at a market, destroying hundreds of stalls": a participle clause's subject opens the sentence)
    if (tokens[k].text === ',' && tokens[first].lower.endsWith('ing')) {
      let h = s.first;
      while (h < k && (tokens[h].pos === 'DET' || tokens[h].pos === 'ADJ' || tokens[h].pos === 'NUM')) h++;
      while (h + 1 < k && tokens[h + 1].pos === 'NOUN') h++;
      k = h;
    }
    // ("a fire that killed 19 people and injured another eight": a verb joined by "and" after the first one's object shares its subject)
    if (tokens[k].lower === 'and' && tokens[first].pos === 'VERB') {
      let v = k - 1;
      while (v > s.first && k - v <= 8 && (NP_WORDS.has(tokens[v].pos) || APPROX.has(tokens[v].lower))) v--;
      if (v < k - 1 && tokens[v].pos === 'VERB' && tokens[v].lower.endsWith('ed') === tokens[first].lower.endsWith('ed')) {
        k = v - 1;
        while (k > s.first && (tokens[k].pos === 'ADV' || tokens[k].pos === 'AUX' || tokens[k].pos === 'PART')) k--;
      }
    }
    // ("a fire that killed 19 people": the subject a relative pronoun stands for)
    if (k - 1 > s.first && /^(?:that|which)$/.test(tokens[k].lower) && tokens[k - 1].pos === 'NOUN') k--;
    // ("detained 18 people following a fire that killed 19": a fire the sentence brings in with "a" is not one the armed it
    // names set)
    const newFire = /^(?:a|an)$/.test(tokens[k - 1]?.lower ?? '');
    // ("sniper fire killed two", "artillery fire destroyed": weapons' fire is someone's)
    const weaponFire = k > s.first && (WEAPON_NAMES.has(tokens[k - 1].lower) || bombWordAt(tokens, k - 1, s) || matchAt(tokens, k - 1, k + 1, caps)?.trigger.event === 'ASSAULT' || /^(?:sniper|artillery|mortar|rocket|tank|machine-gun|cannon|naval|enemy|hostile|small-arms)$/.test(tokens[k - 1].lower));
    // ("gunmen set fire to houses, and the fire killed three children": a fire someone armed set)
    if (NATURAL_FORCES.has(tokens[k].lower) && !weaponFire && !isPassive(tokens, s, first) && (newFire || !ms.some((m) => !!m.sector && ARMED_SECTORS.has(m.sector) && m.sector !== 'GOV'))) return false;
  }
  // ("Sunday's clash between Penarol and Nacional at the Centenario Stadium": a game, with no one we know playing it)
  if (!verbal && !ra && !rr && (tokens[last]?.lower === 'between' || tokens[last]?.lower === 'against') && (trigger.event === 'ASSAULT' || trigger.event === 'PROTEST') &&
    !ms.some((m) => m.first > last && m.first <= last + 4) && hasWord(tokens, s, SPORTS)) return false;
  // "Workers were hurt when a tank at the plant exploded. Four people were injured.": deaths and
  // injuries told with no perpetrator and no weapon, beside an accident, belong to the accident
  // (not what only people do: "a grain warehouse was looted", "a depot was torched overnight" beside no accident; the verbs are
  // deliberate_destruction in reality.json)
  if (((trigger.event === 'ASSAULT' && !trigger.mode) || (destruction && !(verbal && DELIBERATE.has(trigger.words[0])))) && !ra && accidentNear(doc, s)) return false;
  // "most of them crushed in a stampede", "killed in a road crash": what the act's own phrase names is an accident, whoever the sentence is about
  if (trigger.event === 'ASSAULT' && verbal && tokens[last]?.lower === 'in' && /^(?:a|an|the)$/.test(tokens[last + 1]?.lower ?? '')) {
    for (let k = last + 2; k < s.last && k <= last + 4; k++) if (DISASTER.has(tokens[k].lower)) return false;
  }
  // ("Nobody should be surprised that it exploded": an "it" that explodes, with no bomb named, is a situation, no blast)
  // (a bomb named in the sentence before is what "it" is: "Police found a bomb under the car. It exploded an hour later")
  if (trigger.mode === 'explosives' && verbal && c.actor?.kind === 'pronoun' && tokens[c.actor.first].lower === 'it' && !hasBomb(tokens, s) && !(s.index > 0 && hasBomb(tokens, doc.sentences[s.index - 1]))) return false;
  // a gas cylinder, a factory boiler or fireworks exploding is an accident, unless someone set it off
  if (trigger.mode === 'explosives' && (!ra || !ra.sector || !ARMED_SECTORS.has(ra.sector))) {
    // "a tank at the plant exploded": unless a bomb is named, an accident
    let accident = false;
    let bomb = false;
    for (let k = s.first; k < s.last; k++) {
      if (ACCIDENT.has(tokens[k].lower) && !(tokens[k].lower === 'gas' && gasWeapon(tokens, k))) accident = true;
      if (bombWordAt(tokens, k, s)) bomb = true;
    }
    if (accident && (trigger.weak || !verbal || !bomb)) return false;
  }
  if (trigger.acled === 'CHEM_WEAP' && !ra) {
    // "chlorine gas leakage from a reservoir": a leak, unless the text speaks of an attack or a weapon
    let leak = false;
    let attack = false;
    for (let k = s.first; k < s.last; k++) {
      const l = tokens[k].lemma;
      if (l === 'leak' || l === 'leakage' || l === 'spill') leak = true;
      if (l === 'attack' || l === 'weapon' || l === 'bomb' || l === 'drop' || l === 'use' || l === 'shell') attack = true;
    }
    if (leak && !attack) return false;
  }
  // ("Police ended the sit-in": forces ending a protest break it up, they yield nothing; the dispersal is coded by its own words)
  if (trigger.event === 'RETREAT' && trigger.words[0] === 'end' && ra?.sector && (ra.sector === 'COP' || ra.sector === 'MIL')) return false;
  // ("police attacked the peaceful human chain", "troops opened fire on the march": force used on a protest named as
  // an event is the protest's intervention)
  if (verbal && trigger.event === 'ASSAULT' && !trigger.mode && ra?.sector && (ra.sector === 'COP' || ra.sector === 'MIL') && !rr) {
    let k = last;
    if (tokens[k]?.pos === 'ADP') k++;
    let m: TriggerMatch | null = null;
    for (; k < s.last && k - last <= 4 && !m; k++) {
      m = matchAt(tokens, k, s.last, caps);
      if (!(tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'NUM')) break;
    }
    if (m && m.trigger.event === 'PROTEST' && m.trigger.pos !== 'V') trigger = { ...trigger, mode: 'crowd-control', cameo: '175', acled: 'PROTEST_WITH_INTER', context: 'repression' };
  }
  c.trigger = trigger;
  return true;
}

/** codeSentence, step 6: dates, quantities, object and subject phrases; the raw event is added to st.out. */
function emit(st: SentenceState, c: Candidate): void {
  const { ctx, doc, tokens, s, out, caps, inSentence } = st;
  const trigger = c.trigger;
  const first = c.first;
  const last = c.last;
  const verbal = c.verbal;
  const background = c.background;
  const claimed = c.claimed;
  const reality = c.reality;
  let actor = c.actor;
  let recipient = c.recipient;
  const passive = c.passive;
  let ra = c.ra;
  let quantities = ownFigure(st, ownSegment(tokens, s, quantitiesOf(st), first), first, verbal ? last : -1);
  // ("said 35 people were injured ... and denied foreign radio reports that several rioters had been shot dead": a count inside what is
  // denied counts no one)
  for (const k of ['dead', 'injured', 'arrested'] as const) {
    const q = quantities[k];
    if (!q || q.start < tokens[last - 1].end) continue;
    if (DENIED_BEFORE.test(doc.text.slice(tokens[last - 1].end, q.start))) {
      quantities = { ...quantities };
      delete quantities[k];
    }
  }
  // ("A general strike paralysed the capital and tens of thousands of people marched": the crowd of a clause joined after the verb
  // an event noun is the subject of is that clause's, not the noun's)
  const crowdAt = quantities.crowd?.start ?? -1;
  if (!verbal && crowdAt > tokens[last - 1].end && last < s.last && tokens[last].pos === 'VERB' && tokens[last].lemma !== tokens[last].lower && !tokens[last].lower.endsWith('ing')) {
    for (let k = last + 1; k < s.last && tokens[k].start < crowdAt; k++) {
      if (tokens[k].lower === 'and' || tokens[k].lower === 'but' || tokens[k].text === ';') {
        quantities = { ...quantities };
        delete quantities.crowd;
        break;
      }
    }
  }
  st.times = st.times ?? findTimes(doc, s, ctx.published);
  // "has faced weeks of protests", "after months of fighting": a stretch of time, told as background
  // ("10 days of war games" is one event of a given length)
  // ("after a month of sporadic clashes": past the noun's own adjectives)
  let of = first - 1;
  while (of > s.first && first - of <= 2 && tokens[of].pos === 'ADJ') of--;
  // (a count of days is a stretch of one event, "two days of fighting"; months of it are a wave, "after four months of nationwide
  // demonstrations")
  const stretch = !verbal && of - 1 >= s.first && tokens[of].lower === 'of' && DURATIONS.has(tokens[of - 1].lower) &&
    (tokens[of - 2]?.pos !== 'NUM' || /^(?:months|years|decades)$/.test(tokens[of - 1].lower));
  // "The unrest began early this month": a loose word for a wave of events, with no one doing
  // it, no place and only a month or a year, summarises what the article tells; it is no event
  // ("seized power in a 1973 coup", "the 1994 genocide": a year set before an event noun dates that event)
  // ("arrested on Saturday, a day after two groups clashed": counted back from the time of the clause it follows)
  // ("abandoned their positions, residents said": who says so is not whom it was done to)
  const attribution = attributionOf(doc, s, first);
  // ("in connection with a grenade attack on a police van last month": a weapon naming the kind of an attack is dated as the
  // attack it names)
  const headAt = !verbal && last < s.last && ATTACK_HEADS.has(tokens[last].lower) ? last : first;
  const when = (verbal ? null : yearBefore(tokens, s, first)) ?? yearEventAfter(tokens, s, last) ?? yearOfWhen(tokens, s, first) ?? dayOnWhich(tokens, s, st.times, first) ?? daysAfter(doc.text, tokens, s, st.times, first, ctx.published) ??
    nearestTime(notOfComplement(trigger, tokens, s, verbal, last, ownTimesOfObjectParticiple(tokens, s, verbal, first, participleTimes(tokens, s, othersReport(tokens, s, subordinateOwnTime(tokens, s, otherClause(tokens, s, notOfRelative(tokens, s, outsideAsides(tokens, s, possessedTimes(doc, sinceFor(doc, notOfCharge(tokens, s, notCommemorated(tokens, s, ofGrievance(tokens, s, outsideSource(doc.text, st.times, attribution, tokens[first].start, trigger.event, trigger.mode, reality.reality), last), first), first), last), first), first), first, last, verbal), first), first), first, trigger.event), first, last))), tokens[headAt].start);
  const summary = trigger.weak && !verbal && !ra && !!when && (when.precision === 'month' || when.precision === 'year') &&
    !(doc.places ?? []).some((p) => p.start >= s.start && p.end <= s.end && p.kind !== 'demonym' && p.kind !== 'country');
  // "More than 800 people have been killed since the disputed election" ("had been", reported): a toll summed over a stretch of time, no one event
  let toll = false;
  let warToEnd = false;
  // ("some thirty-five thousand people have fled their homes since the army launched its offensive": the perfect active of people
  // displaced, since a time past, is a toll too)
  // ("Boko Haram militants have killed thousands of people since 2009": and of people killed, wounded or taken)
  const perfectActive = verbal && first - 1 >= s.first && /^(?:have|has)$/.test(tokens[first - 1].lower) && (TOLL_ACTS.has(trigger.words[0]) || COUNTED_ACTS.has(trigger.words[0]));
  // ("at least fourteen people had now been killed": an adverb inside the perfect too)
  const perfectAux = first - 2 >= s.first && /^(?:have|has|had)$/.test(tokens[first - 2].lower) ? first - 2 :
    first - 3 >= s.first && tokens[first - 2].pos === 'ADV' && /^(?:have|has|had)$/.test(tokens[first - 3].lower) ? first - 3 : -1;
  // ("bring to more than 40 the number of people killed in the north since the start of the month": a tally's number of the killed)
  // ("bringing the number detained since Wednesday to more than 100": the number told right before the participle too)
  let tallyAt = verbal && first - 1 > s.first && TALLY_NOUNS.test(tokens[first - 1].lower) ? first - 1 : -1;
  for (let k = first - 1; verbal && k > s.first && first - k <= 4 && tallyAt < 0; k--) if (tokens[k].lower === 'of' && TALLY_NOUNS.test(tokens[k - 1].lower)) tallyAt = k - 1;
  const numberOf = tallyAt >= 0;
  // ("bringing the number ... to", "raising the total ... to": a running sum of this and earlier acts, no act of its own)
  if (numberOf && tallyAt - 2 >= s.first && tokens[tallyAt - 1].lower === 'the' && RAISING_TALLY.test(tokens[tallyAt - 2].lower)) toll = true;
  if (!toll && verbal && first - 2 >= s.first && ((tokens[first - 1].lower === 'been' && perfectAux >= 0) || perfectActive || numberOf)) {
    // (since a day, "in the same period")
    // ("had been killed and some 200,000 people driven from their homes by ZANU-PF militias and war veterans since ...": to the clause's end)
    for (let k = last; k < Math.min(s.last, last + 24) && !toll; k++) {
      const w = tokens[k].lower;
      if (w === ';' || (w === 'but' && tokens[k - 1]?.text === ',')) break;
      const n = tokens[k + 1]?.lower;
      // (not since a day of this week: "187 people had been detained since Tuesday night" counts this unrest's arrests)
      // (a count of the killed or taken since a month, with no day of the report to measure it against, may be this unrest's own)
      const countedOnly = perfectActive && !TOLL_ACTS.has(trigger.words[0]);
      // ("Hundreds of civilians have been killed in the fighting this year": the killed of a year or a month so far, a sum too; not
      // those arrested "so far", whom police count of this case)
      toll = (w === 'since' && !recentSince(st.times ?? [], tokens[k].end, ctx.published, doc.text) && (!countedOnly || !!ctx.published || /^\d{4}s?$/.test(n ?? ''))) || (w === 'same' && n === 'period') ||
        (w === 'this' && (n === 'year' || n === 'month') && !perfectActive && trigger.event === 'ASSAULT') ||
        // ("More than 34,000 people have been killed in the conflict", "in the 12-year civil war": a war's toll, not "in the fighting")
        (w === 'in' && /^(?:the|this|its|their)$/.test(n ?? '') && warAhead(tokens, s, k + 2));
    }
  }
  // ("Scores of people have been killed in shootings and bombings ... since the start of 1976": the acts a toll told in the perfect
  // since a time long past was taken in are that toll's, no act of now)
  if (!toll && !verbal) {
    let k = first - 1;
    while (k > s.first && first - k <= 3 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ')) k--;
    if (tokens[k]?.lower === 'in' && k - 3 >= s.first && (COUNTED_ACTS.has(tokens[k - 1].lemma) || tokens[k - 1].lemma === 'die') && tokens[k - 2].lower === 'been' && /^(?:have|has)$/.test(tokens[k - 3].lower)) {
      for (let j = last; j < Math.min(s.last, last + 24) && !toll; j++) toll = tokens[j].lower === 'since' && !recentSince(st.times ?? [], tokens[j].end, ctx.published, doc.text);
    }
  }
  // ("The insurgency, which began in 2017, has killed more than 4,000 people", "the conflict has killed 500,000": a
  // war's toll told with the perfect, its subject the conflict itself)
  // (not a perfect infinitive of what was reported: "Demonstrations were reported to have turned violent on Sunday")
  if (!toll && verbal && first - 1 > s.first && /^(?:have|has|had)$/.test(tokens[first - 1].lower) && tokens[first - 2]?.lower !== 'to') toll = conflictSubject(tokens, s, first);
  // ("The civil war, which pits the government against five guerrilla groups, has claimed tens of thousands of lives since 1979":
  // a war that opens its sentence as the subject of a perfect told over years, or of the lives it has claimed, is the story's
  // background, not an act of now with that toll)
  // (or of the people it has killed: "Sierra Leone's civil war, which began in 1991 ..., has killed an estimated 10,000 people")
  if (!toll && !verbal && conflictSubject(tokens, s, last) && perfectAfter(tokens, s, last) && (spansYears(doc, s) || forYears(doc, s) || tokens.slice(last, s.last).some((t) => t.lower === 'lives') ||
    /\b(?:has|have)\s+(?:killed|claimed|cost)\b/i.test(doc.text.slice(tokens[last - 1].end, s.end)))) toll = true;
  // ("Since 1961 Portugal has fought independence movements in Angola", "Turkey has fought the PKK since 1984": an act told in the
  // perfect as going on since a year long past is a war's span, no event of now)
  // (in the passive too, and since a day of a year named further on: "Since the emergency was declared in June 1948, several
  // hundred policemen and soldiers have been killed")
  if (!toll && verbal && ctx.published && first - 1 > s.first && (/^(?:have|has)$/.test(tokens[first - 1].lower) || (tokens[first - 1].lower === 'been' && /^(?:have|has)$/.test(tokens[first - 2]?.lower ?? '')))) {
    const pub = Date.parse(ctx.published);
    for (let k = s.first; k < s.last - 1 && !toll; k++) {
      if (tokens[k].lower !== 'since') continue;
      let j = k + 1;
      while (j < s.last && j - k <= 8 && !/^\d{4}$/.test(tokens[j].text) && tokens[j].text !== ',' && tokens[j].text !== ';') j++;
      if (j >= s.last || !/^\d{4}$/.test(tokens[j].text)) continue;
      const y = Number(tokens[j].text);
      toll = y > 1000 && pub - Date.UTC(y, 11, 31) > 365 * 86_400_000 && !tokens.slice(Math.min(k, first), Math.max(k, first)).some((t) => t.text === ';');
    }
  }
  // ("a street gang that once backed Aristide", "the party formerly led by Mr X": what something once did is its past, no act of now)
  // (not "once again", nor the conjunction: "once the troops left, looters moved in")
  if (!toll && verbal && first - 1 > s.first && /^(?:once|formerly)$/.test(tokens[first - 1].lower) && tokens[first - 2]?.lower !== 'at' &&
    (tokens[first].lower.endsWith('ed') || tokens[first].lemma !== tokens[first].lower) && !tokens[first].lower.endsWith('ing') && tokens[first].pos === 'VERB' &&
    !(tokens[first - 2]?.text === ',' || tokens[first - 1].start === s.start)) toll = true;
  // ("The riots have left several people dead, hundreds of businesses looted or burnt": a wave's toll told with the perfect,
  // and the wave itself, are its sum, no one event)
  if (!toll && waveToll(tokens, s)) toll = true;
  // "Peru has declared states of emergency in Pataz several times in recent years": acts told in the perfect as
  // repeated over years are the story's background, no event of now
  if (!toll && REPEATED.test(doc.text.slice(s.start, s.end))) {
    // (past "been": "has been attacked several times this year"; not "have repeatedly accused Iran", which the dev coders take as
    // an act of now)
    for (let k = Math.max(s.first, first - 4); k < first && !toll; k++) toll = /^(?:has|have)$/.test(tokens[k].lower) && (tokens[k + 1]?.pos === 'VERB' || (tokens[k + 1]?.lower === 'been' && tokens[k + 2]?.pos === 'VERB'));
  }
  // ("The movement grew after police failed to evict the teachers on June 14. Since then, protesters have seized radio stations,
  // burned buses and sealed off the city": what has been done since a day weeks before, told in the perfect, is a sum)
  if (!toll && verbal && ctx.published && tokens[s.first].lower === 'since' && tokens[s.first + 1]?.lower === 'then' &&
    tokens.slice(s.first + 2, first).some((t) => t.lower === 'have' || t.lower === 'has') && !tokens.slice(s.first, first).some((t) => t.text === ';')) {
    for (let k = s.index - 1; k >= Math.max(0, s.index - 2) && !toll; k--) {
      toll = findTimes(doc, doc.sentences[k], ctx.published).some((t) => t.anchored && (Date.parse(ctx.published!) - Date.parse(t.date)) / 86_400_000 > 7);
    }
  }
  // "Kettling has been contentious since the G20 protests in London in 2009": what something is dated from is past
  if (!toll && !verbal) {
    let k = first - 1;
    while (k > s.first && first - k <= 4 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'NUM' || tokens[k].pos === 'NOUN')) k--;
    // (past the part of it named: "held incommunicado since the morning of the coup", "since the start of the uprising")
    if (k >= s.first + 2 && tokens[k].lower === 'of' && tokens[k - 1].pos === 'NOUN' && PART_OF_OCCASION.has(tokens[k - 1].lower)) {
      k -= 2;
      while (k > s.first && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ')) k--;
    }
    if (k >= s.first && k < first - 1 && tokens[k].lower === 'since') toll = true;
  }
  // ("the bloodiest day since the military seized power", "the largest protest since students stormed parliament in 1998": what a
  // superlative is measured from is the story's past, no act of now)
  // (and what that clause's verb did it in: "since the military seized power in a coup")
  if (!toll && verbal && sinceSuperlative(tokens, s, first)) toll = true;
  if (!toll && !verbal) {
    let v = first - 1;
    while (v > s.first && first - v <= 6 && ['DET', 'ADJ', 'ADP', 'NOUN', 'PROPN', 'NUM'].includes(tokens[v].pos)) v--;
    if (v < first - 1 && tokens[v].pos === 'VERB' && sinceSuperlative(tokens, s, v)) toll = true;
  }
  // ("Bassa has witnessed repeated cycles of attacks and reprisals since 2017": what a place has seen since a time is its record)
  if (!toll && !verbal && tokens[last - 1].lower !== tokens[last - 1].lemma) {
    let v = first - 1;
    while (v > s.first && first - v <= 6 && !(tokens[v].pos === 'VERB' && LIVED_THROUGH.has(tokens[v].lemma))) v--;
    if (v >= s.first && v < first && tokens[v].pos === 'VERB' && LIVED_THROUGH.has(tokens[v].lemma) && /^(?:has|have|had)$/.test(tokens[v - 1]?.lower ?? '')) {
      for (let j = last; j < Math.min(s.last, last + 8) && !toll; j++) toll = tokens[j].lower === 'since' || (tokens[j].lower === 'over' && tokens[j + 2]?.lower === 'past') || (tokens[j].lower === 'in' && tokens[j + 1]?.lower === 'recent');
    }
  }
  // ("community leaders, dozens of whom have been killed in the region over the past year": what has been done over a span up to
  // now is a sum, no event of the story's day)
  if (!toll && verbal) {
    let p = first - 1;
    while (p > s.first && first - p <= 3 && (tokens[p].pos === 'AUX' || tokens[p].pos === 'ADV') && !/^(?:has|have|had)$/.test(tokens[p].lower)) p--;
    if (p >= s.first && /^(?:has|have)$/.test(tokens[p].lower)) {
      for (let j = last; j < Math.min(s.last, last + 8) && !toll; j++) {
        // (a span of months or years: "over the past two days" is the story's own days)
        const unit = tokens[j + 3]?.pos === 'NUM' || tokens[j + 3]?.lower === 'few' || tokens[j + 3]?.lower === 'several' ? tokens[j + 4] : tokens[j + 3];
        toll = /^(?:over|in|during)$/.test(tokens[j].lower) && tokens[j + 1]?.lower === 'the' && /^(?:past|last)$/.test(tokens[j + 2]?.lower ?? '') && /^(?:months?|years?|decades?)$/.test(unit?.lower ?? '');
      }
    }
  }
  // ("Up to 500,000 people are estimated to have been killed": a standing estimate of those killed is a sum over the years)
  if (!toll && verbal && first - 5 >= s.first && tokens[first - 1].lower === 'been' && tokens[first - 2].lower === 'have' && tokens[first - 3].lower === 'to' && tokens[first - 4].lower === 'estimated' && /^(?:are|is)$/.test(tokens[first - 5].lower)) toll = true;
  // ("France, which has some five thousand troops in the Sahel fighting jihadist groups": what the forces a party has are
  // doing is its standing, no event of the story)
  if (!toll && verbal && tokens[first].lower.endsWith('ing')) {
    let k = first - 1;
    while (k > s.first && first - k <= 10 && STANDING_NP.has(tokens[k].pos) && !/^(?:has|have)$/.test(tokens[k].lower)) k--;
    toll = k > s.first && k < first - 1 && /^(?:has|have)$/.test(tokens[k].lower) && /^(?:which|who|that)$/.test(tokens[k - 1].lower) && tokens[k + 1].pos !== 'VERB';
  }
  // ("accords that helped end a 12-year civil war", "the worst crisis since the end of the war": a war said to have ended is past)
  // (the war noun itself, not "cessation of hostilities"; not "open-ended")
  if (!toll && !verbal && WARS.has(tokens[last - 1]?.lower ?? '') && !tokens.slice(first, last).some((t) => t.pos === 'ADP')) {
    let k = first - 1;
    while (k > s.first && first - k <= 5 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'NUM' || tokens[k].text === '-' || (tokens[k].pos === 'NOUN' && tokens[k - 1]?.text === '-'))) k--;
    if (k >= s.first && ((tokens[k].lower === 'of' && tokens[k - 1]?.lower === 'end') || (tokens[k].lemma === 'end' && tokens[k].pos === 'VERB' && /ed$/.test(tokens[k].lower) && tokens[k - 1]?.text !== '-') ||
      (tokens[k].lower === 'end' && tokens[k - 1]?.lower === 'helped'))) toll = true;
    // ("sign ceasefire to end 27-year war", "would end more than a quarter century of civil war": the war a deal is to end has gone
    // on, no act of the day and no one's threat)
    let j = first - 1;
    while (!toll && j > s.first && first - j <= 9 && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ' || tokens[j].pos === 'NUM' || tokens[j].text === '-' ||
      /^(?:of|than|more|nearly|almost|over|quarter|half|century|centuries|decade|decades|years?|months?)$/.test(tokens[j].lower))) j--;
    if (!toll && j >= s.first && j < first - 1 && tokens[j].lemma === 'end' && (tokens[j - 1]?.lower === 'to' || MODALS_OF_END.has(tokens[j - 1]?.lower ?? '') || tokens[j].pos === 'VERB')) warToEnd = true;
    // ("are estimated to have been killed in the war", "displaced by the war": the war the story has told of, named in passing)
    if (!toll && first - 2 >= s.first && tokens[first - 1].lower === 'the' && /^(?:in|during|by|since|throughout|of)$/.test(tokens[first - 2].lower) && last - first === 1 &&
      /^(?:war|conflict|insurgency|rebellion)$/.test(tokens[first].lower)) warToEnd = true;
  }
  // ("Suu Kyi remains under house arrest", "the city is under curfew": a standing state, no act; "placed under house arrest" is one)
  if (!toll && !verbal && first - 2 >= s.first) {
    let k = first - 1;
    while (k > s.first && first - k <= 3 && tokens[k].lower !== 'under') k--;
    const v = tokens[k - 1];
    if (tokens[k].lower === 'under' && v && k - 1 >= s.first && (v.lemma === 'remain' || v.lemma === 'stay' || (v.lemma === 'be' && !/^(?:has|have|had)$/.test(tokens[k - 2]?.lower ?? '')))) toll = true;
  }
  // ("political parties and independent unions remain banned", "the leader remained detained": a participle after "remain" or
  // "stay" tells a standing state, no act)
  if (!toll && verbal && first - 1 >= s.first && /(?:ed|en)$/.test(tokens[first].lower)) {
    let k = first - 1;
    while (k > s.first && first - k <= 2 && tokens[k].pos === 'ADV') k--;
    toll = tokens[k].lemma === 'remain' || tokens[k].lemma === 'stay';
  }
  // "Argentina has been under a state of siege since last November": a standing measure begun before, no event of now
  if (!toll && !verbal && first - 3 >= s.first) {
    let k = first - 1;
    while (k > s.first && first - k <= 6 && tokens[k].lower !== 'under') k--;
    if (tokens[k].lower === 'under' && tokens[k - 1]?.lower === 'been' && /^(?:have|has|had)$/.test(tokens[k - 2]?.lower ?? '')) {
      for (let j = last; j < Math.min(s.last, last + 6) && !toll; j++) toll = tokens[j].lower === 'since' || tokens[j].lower === 'for';
    }
  }
  // ("The rebels have fought the monarchy for a decade": fighting in the present perfect that has gone on for years is the story's
  // background; what has been said or given over years is still coded, as the gold's coders do: "Since 2013, Erdogan has accused")
  let pf = first - 1;
  while (pf > s.first && tokens[pf].pos === 'ADV') pf--;
  // (and a patrol or a deployment kept up since a year: "The county department has patrolled Jennings under contract since the city
  // disbanded its own police force in 2011")
  const standingForce = trigger.event === 'ASSAULT' || trigger.event === 'MOBILIZE';
  // (or wars counted: "The two countries have fought two wars over the region")
  const warsCounted = tokens[last]?.pos === 'NUM' && /^(?:wars|battles|conflicts)$/.test(tokens[last + 1]?.lower ?? '');
  const perfectOverYears = standingForce && pf >= s.first && pf < first && /^(?:has|have)$/.test(tokens[pf].lower) && (forYears(doc, s) || sinceYear(tokens, last, s.last) || warsCounted);
  // ("young black men killed in the St. Louis area in recent years": violence summed over years is no one act)
  const overRecentYears = trigger.event === 'ASSAULT' && OVER_YEARS.test(doc.text.slice(tokens[last - 1].end, s.end));
  // (and the wars counted themselves: "have fought two wars", "has seen three coups")
  let cv = first - 2;
  while (cv > s.first && tokens[cv].pos === 'ADV') cv--;
  // (past an adverb after the auxiliary too, and "had" as the verb: "Fiji has now had three coups in 13 years")
  let ch = cv - 1;
  while (ch > s.first && cv - ch <= 2 && tokens[ch].pos === 'ADV') ch--;
  const countedInPerfect = !verbal && tokens[first - 1]?.pos === 'NUM' && /s$/.test(tokens[first].lower) && (tokens[cv]?.pos === 'VERB' || tokens[cv]?.lemma === 'have') &&
    /^(?:has|have)$/.test(tokens[ch]?.lower ?? '');
  // ("Since fighting began, about 2,000 people are estimated to have been killed": the toll of a whole war, and its beginning, told
  // with "since the fighting began", are the story's background, no act of now)
  // (not violence of days: "75 people had been killed since violence erupted on Tuesday")
  // (the sentence read only for an act shaped so: the noun right after "since", or a perfect)
  const sinceShape = trigger.event === 'ASSAULT' && ((!verbal && /^since$/i.test(tokens[first - 1]?.lower === 'the' ? tokens[first - 2]?.text ?? '' : tokens[first - 1]?.text ?? '')) ||
    (verbal && (perfectAux >= 0 || /^(?:have|has)$/.test(tokens[first - 1]?.lower ?? '') || (tokens[first - 1]?.lower === 'been' && tokens[first - 2]?.lower === 'have'))));
  const sinceWarAt = sinceShape ? SINCE_WAR_BEGAN.exec(doc.text.slice(s.start, s.end)) : null;
  const sinceWar = !!sinceWarAt && !SINCE_DAYS.test(doc.text.slice(s.start + sinceWarAt.index + sinceWarAt[0].length, s.end));
  // ("May Day rallies were banned in Turkey for almost half a century before DISK revived them": a ban or an emergency told as
  // lasting years is the story's background, no measure of now)
  // (not one imposed on a day told: "banned the party for two years on Monday")
  // ("parliamentary elections, suspended for more than two decades": and a measure stopped that long)
  const lastedYears = verbal && (trigger.mode === 'restrict' || trigger.mode === 'martial-law' || trigger.mode === 'curfew' || trigger.mode === 'discontinue') && forSpan(doc, s, YEAR_UNITS, last, true) &&
    !(st.times ?? []).some((t) => t.precision === 'day');
  const historical = warToEnd || (reality.reality === 'asserted' && ((background && (spansYears(doc, s) || (forWeeks(doc, s, last) && pastPerfectMain(tokens, s, first)))) || perfectOverYears || overRecentYears || stretch || summary || toll || countedInPerfect || sinceWar || lastedYears));
  if (!toll && verbal && perfectAux >= 0) quantities = ownFigure(st, ownSegment(tokens, s, quantitiesOf(st), first), first, last, true);
  // "a law banning face masks at demonstrations": a bare plural event noun a rule speaks of is a kind of event
  const generic = reality.reality === 'asserted' && !historical && !verbal && (ruledKind(tokens, s, first, last) || placeOfEvents(tokens, s, first));
  // "warned that an invasion was possible", "a strike is likely": an event noun said to be possible has not happened
  const predicated = reality.reality === 'asserted' && !verbal && !historical && !generic && (unrealPredicate(tokens, s, last) || undecided(tokens, s, first) || kindPredicate(tokens, s, first, last));
  // "phone calls were cut", "the rally was banned", "talks were postponed": an event noun stopped did not take place
  const stopped = reality.reality === 'asserted' && !verbal && !historical && !generic && !predicated && (stoppedPredicate(tokens, s, last) || stoppingVerb(tokens, s, first) ||
    // ("refused to accept the resignations", "rejected the ceasefire": a step offered and turned down was not taken)
    (trigger.event === 'RETREAT' || trigger.event === 'AGREE' || trigger.event === 'CONCEDE' ? turnedDown(tokens, s, first) : 0));
  // "urged the UN to stop what he called a coup": a name put on something in speech
  const label = reality.reality === 'asserted' && !verbal && !stopped && !predicated ? labelled(tokens, s, first) : 0;
  // "called a general strike for Thursday": a protest set for a day after the report has not happened yet
  // (a meeting set for a day ahead stays: CAMEO codes the plan to meet)
  // (not a day something else after it is set for: "packed the stadium to protest against his candidacy in the election
  // scheduled for the thirty-first of January")
  const otherScheduled = !!when && verbal && tokens.slice(last, Math.min(s.last, last + 30)).some((t, k, r) => t.start < when.start && /^(?:scheduled|set|due|slated|planned)$/.test(t.lower) && k > 0 && r[k - 1].pos === 'NOUN');
  const scheduled = trigger.event === 'PROTEST' && reality.reality === 'asserted' && !historical && !generic && !!when?.scheduled && !!ctx.published && when.date > ctx.published && !otherScheduled;
  const inTime = inTimes(tokens, st.times);
  if (recipient && attribution && recipient.start >= attribution.start && recipient.end <= attribution.end) recipient = null;
  // ("had set up camps": a word of the trigger's own phrase is what was done, no one it was done to)
  // (a thing, of no sector: not the people a phrase names, "accepted Syrian refugees", "withdrew peacekeepers")
  if (recipient && !recipient.sector && recipient.first >= first && recipient.last <= last && last - first > 1) recipient = null;
  // the subject is whom it happened to, by no one named:
  // "a police van had its windscreen smashed" (what "had its ... VERBed" is what it was done to);
  // "a street vendor died of a gunshot wound", "succumbed to his injuries" (not a doer named inside the
  // phrase: "died of police firing" is the police's); "Gongadze disappeared in September"
  // ("one protester died when an explosive device he was trying to throw went off": the bomb is the subject of its own clause)
  // ("a grenade he was carrying exploded": nor is who carried it, told in a clause about the bomb)
  if (actor && actor.last <= first && trigger.mode === 'explosives' && verbal) {
    let c = first - 1;
    while (c >= s.first && !CLAUSE_CONJUNCTIONS.has(tokens[c].lower)) c--;
    let b = -1;
    for (let k = c + 1; k < first && b < 0; k++) if (bombWordAt(tokens, k, s)) b = k;
    // (not who planted it: "when a bomb they had planted exploded" is theirs)
    const planted = tokens.slice(actor.last, first).some((t) => PLANTED.has(t.lemma));
    if (c >= s.first && b >= 0 && !(actor.first > c && actor.last <= b) && !planted) actor = null;
  }
  if (actor && actor.first < first && (
    (verbal && first - 2 > s.first && /(?:ed|en)$/.test(tokens[first].lower) && HAD_ITS.test(doc.text.slice(tokens[Math.max(s.first, first - 5)].start, tokens[first].start))) ||
    (trigger.event === 'ASSAULT' && diedOf(tokens, s, first) >= actor.last) ||
    (verbal && (PATIENT_SUBJECTS.has(trigger.words[0]) || PATIENT_SUBJECTS.has(trigger.words.join(' ')))))) {
    recipient = actor;
    actor = null;
  }
  // ("officers came under attack from stone-throwing crowds", "came under fire from gunmen": who it came from did it)
  // (past a hyphened modifier: "from stone-throwing crowds")
  if (!actor && verbal && PATIENT_SUBJECTS.has(trigger.words.join(' ')) && tokens[last]?.lower === 'from') {
    actor = inSentence.find((m) => m.first > last && m.first - last <= 4 &&
      !tokens.slice(last + 1, m.first).some((t, j) => t.pos === 'AUX' || t.text === ',' || t.text === ';' || (t.pos === 'VERB' && tokens[last + j]?.text !== '-'))) ?? null;
    if (actor) ra = resolveRef(actor);
  }
  // ('protesters chanting "Ukraine without Kuchma"': in a slogan quoted after the act only a person it names is
  // whom it was aimed at, Kuchma, not Ukraine; 'chanting "Akayev Out"' keeps Akayev)
  if (recipient && trigger.event === 'PROTEST' && recipient.first >= last && recipient.first - last <= 2 && tokens.slice(last, recipient.first).some((t) => QUOTE_MARKS.has(t.text))) {
    let close = recipient.first;
    while (close < s.last && close - recipient.first < 12 && !QUOTE_MARKS.has(tokens[close].text)) close++;
    const r0 = recipient;
    const person = [r0, ...inSentence.filter((m) => m.first > r0.first && m.last <= close)].find((m) => m.kind === 'person' || resolveRef(m)?.kind === 'person');
    recipient = person ?? null;
  }
  // "donated medical supplies to various African countries": what aid is given to, not what is given, is what it was done to
  // ("returned 12 human skulls to Peru", "deployed 300 troops to the UN mission in Mali": what is handed over or sent goes to someone)
  // ("met Trump to discuss the Justice Department's disputes": what is discussed is the topic, no party to the talk; the party
  // comes with "with")
  const topical = verbal && !passive && trigger.words.length === 1 && TOPIC_VERBS.has(tokens[first].lemma);
  if (topical && recipient && recipient.first >= last && prevWord(tokens, recipient, s) !== 'with') {
    const r0 = recipient;
    recipient = inSentence.find((m) => m.first > r0.first && m.first - last <= 12 && prevWord(tokens, m, s) === 'with' && m !== actor &&
      !tokens.slice(last, m.first).some((t) => t.pos === 'VERB' || t.text === ',' || t.text === ';')) ?? null;
  }
  // (an offer of something too, "offered logistical support to French operations"; and in the passive, "a sarcophagus was returned to the
  // Arab Republic of Egypt by ICE")
  const handedOver = verbal && ((TRANSFERS.has(trigger.words[0]) && (trigger.event === 'RETREAT' || trigger.event === 'MOBILIZE')) || (trigger.words[0] === 'offer' && trigger.event === 'AGREE'));
  const object = topical ? null : ((trigger.event === 'AID' && !passive) || handedOver ? givenTo(tokens, s, inTime, last, recipient, inSentence) : null) ??
    objectOf(tokens, s, inTime, trigger, first, last, verbal, passive, recipient, actor);
  // (nor one on whose word it was done: "proclaimed a state of emergency on the Prime Minister's advice", "on the orders of the governor")
  if (recipient && recipient.first >= last && onWhoseWord(tokens, recipient)) recipient = null;
  // the actor named inside the object is who the act was done to ("rejected a U.S. State Department call"),
  // not a place the object is in ("struck a target in the Gaza Strip")
  const objectEnd = object ? object.inner ?? object.last : -1;
  if (object) {
    // (a mention may run on into the place phrase: "[protesters in southern Nepal]")
    const inside = mentionsIn(inSentence, object.first, object.last).filter((m) => m.first < objectEnd && m !== actor && (!actor || m.start !== actor.start));
    // (the outermost mention nearest the head noun: "the Intelligence and [Interior Ministry] buildings")
    const outer = inside.filter((m) => !inside.some((o) => o !== m && o.first <= m.first && o.last >= m.last));
    const ih = object.head ?? objectEnd - 1;
    let head = outer.filter((m) => m.first <= ih).pop() ?? outer[0] ?? null;
    // ("an embargo on Serbia and Montenegro": of actors listed side by side, the first)
    // (not names modifying a later head noun: "the Intelligence and [Interior Ministry] buildings")
    for (let guard = 0; head && head.last - 1 >= ih && guard < 6; guard++) {
      const h = head;
      // ("sanctions on Min Aung Hlaing and other senior officers": one named before "and other" of the kind is one of them)
      const prev = outer.find((m) => m.last < h.first && (m.kind === h.kind || (h.first - m.last === 2 && tokens[m.last].lower === 'and' && tokens[m.last + 1].lower === 'other')) &&
        tokens.slice(m.last, h.first).every((t) => t.lower === 'and' || t.lower === 'or' || t.text === ',' || t.pos === 'DET' || t.lower === 'other'));
      if (!prev) break;
      head = prev;
    }
    // (not past the envoy a summons names: "summoned a senior Indian diplomat to its Foreign Ministry")
    const summoned = !!recipient && trigger.words[0] === 'summon' && recipient.first > first && recipient.last <= last;
    if (head && !summoned && !(actor && (resolveRef(head) === resolveRef(actor) || resolveRef(head)?.start === resolveRef(actor)?.start))) recipient = head;
  }
  // ("condemned the campaign of violence against the opposition": who suffered the act condemned is not whom the
  // condemnation is aimed at, its doer, whom the sentence does not name)
  if (recipient && verbal && (trigger.event === 'ACCUSE' || trigger.event === 'SANCTION') && recipient.first > last && recipient.first - last <= 8 &&
    (/^(?:against|on)$/.test(prevWord(tokens, recipient, s)) && tokens.slice(last - 1, recipient.first - 1).some((t) => VIOLENCE_NOUNS.has(t.lower)) ||
      // (and whom the act condemned was done to, after its "of": "condemned the killing of two workers by police")
      // (the act named inside the phrase too: 'called the killings "a massacre of hungry people"')
      (prevWord(tokens, recipient, s) === 'of' && tokens.slice(last - 1, recipient.first - 1).some((t) => VIOLENCE_NOUNS.has(t.lower) || /^(?:arrests?|detentions?|murders?|deaths?)$/.test(t.lower)))) &&
    // (but whom violence is blamed "on" is who is blamed: "blamed the violence on opposition leaders")
    !(tokens[first].lemma === 'blame' && prevWord(tokens, recipient, s) === 'on')) {
    // (its doer when the sentence names it: "condemned the crackdown on protesters by police")
    const r0 = recipient;
    recipient = inSentence.find((m) => m.first > r0.last && m.first - r0.last <= 3 && prevWord(tokens, m, s) === 'by') ?? null;
  }
  // ("signed the memorandum at the National Assembly", "met at the National Assembly": where a meeting or a signing took place is
  // no party to it)
  if (recipient && recipient.first >= last && prevWord(tokens, recipient, s) === 'at' && AT_PLACE_EVENTS.has(trigger.event)) recipient = null;
  // ("Columns of armoured vehicles took up positions in the Praca do Comercio": where forces deploy is no one they move against)
  if (recipient && recipient.first >= last && trigger.event === 'MOBILIZE' && /^(?:in|at|around|near|outside|along|inside|across)$/.test(prevWord(tokens, recipient, s) ?? '')) recipient = null;
  // ("IN THE FIRST WEEKS OF FIGHTING THE REBELS SEIZED SAN ISIDRO", "After three days of fighting the army retook the town": in a
  // phrase of time opening the sentence, with no comma after it, the people after the gerund are the main clause's subject)
  if (recipient && verbal && recipient.first >= last && tokens[first].lower.endsWith('ing') && tokens[first - 1]?.lower === 'of' && tokens[s.first].pos === 'ADP' &&
    tokens[recipient.last]?.pos === 'VERB' && !tokens[recipient.last].lower.endsWith('ing') && !tokens.slice(s.first, first).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) recipient = null;
  // ("Guardsmen rolled into Athens last night on orders from Gov. James A. Rhodes", "at the request of the president": who gave the
  // order for an act is no one it was done to)
  // (past a determiner when the order is what the act was done on: "on orders from the president"; not "rejected a request from the
  // Prime Minister", who is rejected)
  const ordAt = recipient && tokens[recipient.first - 1]?.pos === 'DET' && /^(?:on|upon|at|under|following)$/.test(tokens[recipient.first - 4]?.lower ?? '') ? recipient.first - 2 : (recipient?.first ?? 0) - 1;
  if (recipient && recipient.first >= last && ordAt >= 1 && /^(?:from|of)$/.test(tokens[ordAt].lower) && ORDERING_NOUNS.has(tokens[ordAt - 1].lemma)) recipient = null;
  // ("the militia which has fought alongside the army", "marched together with the workers": who one acts beside is on one's side,
  // not whom it is done to)
  if (recipient && recipient.first >= last && (/^(?:alongside|beside)$/.test(prevWord(tokens, recipient, s) ?? '') ||
    (prevWord(tokens, recipient, s) === 'with' && /^(?:together|along)$/.test(tokens[recipient.first - 2]?.lower ?? '')) ||
    (/^(?:the|a|an)$/.test(prevWord(tokens, recipient, s) ?? '') && /^(?:alongside|beside)$/.test(tokens[recipient.first - 2]?.lower ?? '')))) recipient = null;
  // ("A government spokesman denied the charge on state radio", "condemned the raid in a broadcast on Radio France": the
  // outlet a statement was made on is its medium, no one it was aimed at)
  // (nor what the act was done to: "warned on state television that anyone who broke the curfew would be detained")
  let medium: ActorLike | null = null;
  if (recipient && recipient.first >= last && (SPEECH_LIKE.has(trigger.event) || trigger.event === 'THREATEN') && resolveRef(recipient)?.sector === 'MED' && /^(?:on|over|via|through)$/.test(prevWord(tokens, recipient, s) ?? '')) {
    medium = recipient;
    recipient = null;
  }
  // a name modifying a building past what the act was done to, or past an infinitive of its own, is part of
  // where, not whom: "used tear gas to break up a march toward the government palace"
  if (recipient && recipient.first >= last && actorLexicon().facilities.has(tokens[recipient.last]?.lower ?? '') &&
    ((object && recipient.first >= object.last) || tokens.slice(last, recipient.first).some((t, k, r) => t.lower === 'to' && r[k + 1]?.pos === 'VERB'))) recipient = null;
  // "The U.S. rolled back tariffs on Chinese goods in exchange for more U.S. goods purchases": the actor's own
  // country named again outside what the act was done to is not whom it was done to
  if (actor && recipient && object && recipient.kind === 'country' && recipient.code && recipient.code === resolveRef(actor)?.code &&
    (!resolveRef(actor)?.sector || resolveRef(actor)?.sector === 'GOV') &&
    (recipient.first >= object.last || recipient.last <= object.first)) recipient = null;
  // ("marched in protest over the police shooting of Jacob Blake", "protested the killing of George Floyd by police": whom the
  // grievance was done to is no one the protest is aimed at; who did it is, when named)
  // (past a possessive: "against the arrest of their leader")
  let ofAt = recipient ? recipient.first - 1 : -1;
  while (ofAt > s.first && (POSSESSIVES.has(tokens[ofAt].lower) || tokens[ofAt].pos === 'DET')) ofAt--;
  if (trigger.event === 'PROTEST' && recipient && recipient.first > last && ofAt - 1 >= s.first && tokens[ofAt].lower === 'of' &&
    ['ASSAULT', 'COERCE'].includes(matchAt(tokens, ofAt - 1, ofAt, caps)?.trigger.event ?? '')) {
    const act = ofAt - 1;
    const r0 = recipient;
    recipient = inSentence.find((m) => m.last === act && m !== actor && !!resolveRef(m)?.sector) ??
      inSentence.find((m) => m.first > r0.last && m.first - r0.last <= 2 && prevWord(tokens, m, s) === 'by' && m !== actor) ?? null;
  }
  // ("They demanded an interim government and multiparty elections", "called for a new government": a body demanded into being is
  // what is asked for, not whom it is asked of)
  if (verbal && trigger.event === 'REQUEST' && recipient && THING_DEMANDED.has(trigger.words.join(' ')) && recipient.first >= last && recipient.first - last <= 3 &&
    /^(?:a|an)$/.test(tokens[last]?.lower ?? '') && tokens.slice(last + 1, recipient.first).every((t) => t.pos === 'ADJ')) recipient = null;
  // no object phrase read: the phrase around the recipient
  const objectPhrase = (object && medium && medium.first >= object.first && medium.last <= object.last ? null : object) ??
    (recipient && recipient.kind !== 'pronoun' ? phraseAround(tokens, s, recipient.first, recipient.last, inTime) : null);
  const rr2 = resolveRef(recipient);
  // the object read after the verb names people: "captured [three suspected militants]", "seized [them]"
  const oh = object?.head ?? -1;
  // (a building named as its people's body is the building: "seized the mosque", "occupied the embassy")
  // ("The four were seized on May 2 by armed men": the passive's subject a bare count of those the story told of, people)
  let cs = first - 1;
  while (cs > s.first && (tokens[cs].pos === 'AUX' || tokens[cs].pos === 'ADV')) cs--;
  const countSubject = passive && !object && cs < first - 1 && tokens[cs].pos === 'NUM' && !/^\d{4}$/.test(tokens[cs].text) &&
    (cs === s.first || (cs - 1 === s.first && /^(?:the|all|these|those)$/.test(tokens[cs - 1].lower)));
  // (nor a place a body works from: "seized the Radio Clube Portugues station and the state broadcasting network")
  const objectPeople = countSubject || (!!object && oh >= 0 && trigger.context !== 'territory' && !TERRITORY_NOUNS.has(tokens[oh].lower) && !BUILDING_WORDS.has(tokens[oh].lower) && !PREMISES.has(tokens[oh].lower) &&
    !(doc.places ?? []).some((p) => p.kind !== 'demonym' && p.start <= tokens[oh].start && tokens[oh].end <= p.end) &&
    ((object.last - object.first === 1 && PEOPLE_PRONOUNS.has(tokens[oh].lower)) || (!!recipient && recipient.kind !== 'country' && recipient.kind !== 'pronoun' && recipient.first <= oh && oh < recipient.last) ||
      // ("seized an undetermined number of residents": a count of the people named after "of")
      (!!recipient && recipient.kind !== 'country' && recipient.kind !== 'pronoun' && (QUANTITY_NOUNS.has(tokens[oh].lower) || GROUP_NOUNS.has(tokens[oh].lower)) && tokens[oh + 1]?.lower === 'of' && recipient.first === oh + 2) ||
      // ("killed seventeen rebels ... and captured nine others", "captured nine of them": a count of more of the people the clause
      // named before it, not of towns: "seized three towns and captured two others")
      countOfPeopleBefore(tokens, s, inSentence, object, oh, first) ||
      // ("seized 15 young men and boys": people coordinated with the people named first)
      (!!recipient && recipient.kind !== 'country' && recipient.kind !== 'pronoun' && recipient.first >= object.first && recipient.last <= oh &&
        tokens.slice(recipient.last, oh).every((t) => t.lower === 'and' || t.text === ',' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM')))) ||
    // ("seized at least 15 young men": no object read past the figure's approximation, the people named right after it)
    (!object && !!recipient && recipient.kind !== 'country' && recipient.kind !== 'pronoun' && !!resolveRef(recipient)?.sector && recipient.first > last &&
      tokens.slice(last, recipient.first).every((t) => APPROX.has(t.lower))) ||
    // ("Gen. Absalon Castellanos Dominguez, a former governor of Chiapas, whom they seized at his ranch": the person "whom" stands for)
    (!object && !!recipient && (recipient.kind === 'person' || recipient.kind === 'group') && recipient.last <= first &&
      tokens.slice(Math.max(s.first, first - 4), first).some((t) => t.lower === 'whom'));
  // the object read after the verb names a place: "seized back [the airport]", "captured [Kobane]"
  const objectPlace = !!object && oh >= 0 && (TERRITORY_NOUNS.has(tokens[oh].lower) ||
    (doc.places ?? []).some((p) => p.kind !== 'demonym' && p.start <= tokens[oh].start && tokens[oh].end <= p.end));
  // "two bodies were recovered", "found the remains of": the dead found are no one seized
  if (trigger.mode === 'seize' && [recipient?.text ?? '', object ? doc.text.slice(tokens[object.first].start, tokens[object.last - 1].end) : ''].some((x) => /\b(?:bod(?:y|ies)|corpses?|remains|skeletons?)\b/i.test(x))) return;
  // "meet the targets", "met the deadline": a goal reached, not people met
  if (trigger.event === 'CONSULT' && trigger.words[0] === 'meet' && trigger.words.length === 1 && object && oh >= 0 && tokens[oh].pos === 'NOUN' && !tokens[oh].cap &&
    !inSentence.some((m) => m.first <= oh && oh < m.last)) return;
  // ("a deadline that many observers now say will not be met": in the passive, with no one met and no one meeting, a thing)
  if (trigger.event === 'CONSULT' && trigger.words[0] === 'meet' && trigger.words.length === 1 && passive && !actor && !recipient) return;
  // "any armed group that continued to attack communities": a doer picked by "any" or "every" is no one in particular
  const anyone = reality.reality === 'asserted' && ((!!actor && actor.first > s.first && actor.first <= first && ANY_WORDS.has(tokens[actor.first - 1].lower) && actor.kind !== 'pronoun') ||
    // ("would talk to anyone in authority who is ready to discuss a new election": one of a kind, whoever that is)
    (!!actor && actor.first - 1 > s.first && actor.first <= first && /^(?:in|of|among|from)$/.test(tokens[actor.first - 1].lower) && ANYONE.has(tokens[actor.first - 2].lower)) ||
    // "armed gangs who raid villages, rustle cattle and kidnap for ransom": what a group habitually does
    habitualRelative(tokens, s, first) ||
    (verbal && first > s.first && (ANYONE.has(tokens[first - 1].lower) || (first - 2 >= s.first && tokens[first - 1].lower === 'who' && ANYONE.has(tokens[first - 2].lower)))) ||
    // ('"Those who shelter or assist terrorists will be dealt with"': whoever does it, in the present, past verbs joined before it)
    (verbal && tokens[first].lower === tokens[first].lemma && !pastForm(tokens[first]) && /^(?:those|anyone|anybody|whoever)$/.test(tokens[whoOpens(tokens, s, first) - 1]?.lower ?? '')));
  // ("He spoke by telephone from a relative's home in Bahri": a call with no one named as spoken with or to is the reporter's
  // interview, no consultation)
  if (trigger.mode === 'phone' && verbal && (trigger.words[0] === 'speak' || trigger.words[0] === 'talk') && (!recipient || recipient.first <= first || !tokens.slice(first + 1, recipient.first).some((t) => t.lower === 'with' || t.lower === 'to'))) return;
  // ("said it was cancelling all agreements reached with the protest movement", "scrapped the ceasefire deal"): an agreement
  // its party cancels is rejected by whoever cancels it, when the cancelling itself is told as done
  const cancelAt = !verbal && (trigger.event === 'AGREE' || trigger.cameo === '0871') && !historical ? stoppingVerb(tokens, s, first) : 0;
  const cancelled = cancelAt > 0 && realityOf(doc, s, cancelAt, true).reality === 'asserted';
  const canceller = cancelled ? agentLeft(tokens, s, st.ms, cancelAt) : null;
  // ("gathered to protest ... the deaths Monday of four students", "marched over the killing of two youths": the dead a protest is
  // about died before it, not at it)
  if (trigger.event === 'PROTEST' && trigger.mode !== 'riot') quantities = withoutCause(doc.text, quantities, tokens[last - 1].end);
  // ("authorities freed more than 2,000 people from jails ..., as workers walked off the job": a count of another clause, before
  // the protest's subordinator, is not the protest's)
  if (trigger.event === 'PROTEST') quantities = withoutEarlierClause(doc.text, quantities, tokens[first].start);
  // ("Information Minister Bereket Simon told a news conference that the CUD had incited the violence": a wrong only ever charged is,
  // as told by a source, that source's accusation of its doer; told by no source, or not as done, it is no act)
  let alleger: ActorLike | null = null;
  if (trigger.alleged) {
    // (a doer may go unnamed: "says the vote was rigged" accuses whoever rigged it)
    if (!attribution || reality.reality !== 'asserted' || historical) return;
    alleger = st.ms.find((m) => m.start >= attribution.start && m.end <= attribution.end) ?? null;
    if (!alleger || alleger === actor) return;
  }
  out.push({
    trigger: alleger ? { ...trigger, event: 'ACCUSE', mode: 'allege', cameo: '112', acled: null, context: 'crime' } : cancelled ? { ...trigger, event: 'REJECT', mode: null, cameo: '120', acled: null, weak: true } : foreignBan(trigger, ra, rr2) ? { ...trigger, event: 'SANCTION', mode: null, cameo: '163', acled: null, context: 'diplomatic' } : trigger,
    first,
    last,
    sentence: s.index,
    verbal,
    reality: cancelled ? 'asserted' : historical ? 'historical' : generic || anyone || predicated || label ? 'hypothetical' : stopped ? 'negated' : scheduled ? 'future' : reality.reality,
    realityCue: cancelled ? null : historical ? (stretch ? 'duration' : summary ? 'summary' : 'since') : generic || anyone ? 'generic' : predicated ? tokens[predicated].text : label ? tokens[label].text : stopped ? tokens[stopped].text : scheduled ? 'scheduled' : reality.cue,
    actor: alleger ? inPlace(alleger, resolveRef(alleger), s) : cancelled ? inPlace(canceller, resolveRef(canceller), s) : inPlace(actor, ra, s),
    recipient: alleger ? inPlace(actor, ra, s) : inPlace(recipient, rr2, s),
    object: objectPhrase,
    subject: subjectOf(tokens, s, inTime, first, last, verbal, actor),
    objectPeople,
    objectPlace,
    passive,
    size: quantities,
    // ("called for another day of strikes on Tuesday": the day set for what is asked is not the day of asking)
    // ("are demanding that the boundaries drawn in the constitution promulgated on September 20 be redrawn": a time
    // inside what is demanded or said dates that, not the saying)
    time: (when?.scheduled && when.start > tokens[last - 1].end && SPEECH_LIKE.has(trigger.event) && trigger.event !== 'CONSULT') ||
      (when && SPEECH_LIKE.has(trigger.event) && when.start > tokens[last - 1].end && tokens.slice(last, s.last).some((t) => t.lower === 'that' && t.end <= when.start)) ||
      // ("accused Zairean soldiers of firing mortar rounds into Cyangugu last week": the day of the charge is the charged act's)
      // (past a quote mark: 'accused the government of "selling the country"')
      (when && trigger.event === 'ACCUSE' && when.start > tokens[last - 1].end && tokens.slice(last, s.last).some((t, k, r) => t.lower === 'of' && t.end <= when.start && /ing$/.test((QUOTE_MARKS.has(r[k + 1]?.text ?? '') ? r[k + 2] : r[k + 1])?.lower ?? ''))) ||
      // ("accused the government of betrayal and said the bill, approved on March 20, must go": a time past a saying joined by "and" is
      // of what that saying tells)
      (when && SPEECH_LIKE.has(trigger.event) && when.start > tokens[last - 1].end && tokens.slice(last, s.last).some((t, k, r) => t.lower === 'and' && t.end <= when.start && /^(?:said|says|added|adds|insisted|warned|declared)$/.test(r[k + 1]?.lower ?? ''))) ? null : when,
    attribution: alleger ? null : attribution,
    speaker: attribution && passive ? st.ms.find((m) => m.start >= attribution.start && m.end <= attribution.end && m.kind !== 'pronoun') ?? null : null,
    hedged: isHedged(doc, s, first),
    subordinate: isSubordinate(tokens, s, first) || (verbal && (reducedRelative(tokens, s, first, last) || participleOfObject(tokens, s, first))),
    carried: !verbal && CARRIERS.has(tokens[lightVerbAt(tokens, s, first)]?.lemma ?? ''),
    claimed,
    // (what a noun is described as, "rebels backed by Turkey", is told in passing)
    background: background || (passive && !isPassive(tokens, s, first) && trigger.event !== 'ASSAULT' && trigger.event !== 'COERCE'),
    weapon: trigger.acled === 'auto' && actor ? weaponIn(tokens, actor, caps) : null,
  });
}

const PEOPLE_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);

/** words for a body of forces, one of which is many men: "a detachment", "a battalion", "a multinational force" */
const UNIT_HEADS = new Set(['detachment', 'unit', 'battalion', 'company', 'platoon', 'contingent', 'squadron', 'brigade', 'regiment', 'division', 'force']);
/** the heads of a body of forces sent ("125 Guard members", "a battalion of paratroopers"), not of officials or a delegation */
const FORCE_HEADS = new Set(['troop', 'troops', 'soldier', 'paratrooper', 'paratroop', 'paratroops', 'trooper', 'column', 'marine', 'commando', 'guardsman', 'guardsmen', 'reservist', 'policeman', 'policemen', 'police', 'gendarme', 'militiaman', 'militiamen', 'fighter', 'forces', 'member', 'members', 'officer', 'officers', 'ranger', 'rangers', ...UNIT_HEADS]);

/** The length of the phrase of manner opening at k ("on bail", "without charge"; manner_phrases in reality.json), or 0. */
function mannerAt(tokens: Token[], k: number): number {
  const rest = MANNER_PHRASES.get(tokens[k].lower)?.find((r) => r.every((x, i) => tokens[k + 1 + i]?.lower === x));
  return rest ? rest.length + 1 : 0;
}

/** The words of the noun phrase (and its coordinated parts) right after the verb ending at `last`: "21 military and civilian personnel". */
function objectWords(tokens: Token[], s: Sentence, last: number): Token[] {
  let k = last;
  while (k < s.last && k - last < 10 && ['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'CCONJ'].includes(tokens[k].pos)) k++;
  return tokens.slice(last, k);
}

/** The object is a count of more of the people the sentence named last before the verb: "nine others", "two more", "nine of them". */
function countOfPeopleBefore(tokens: Token[], s: Sentence, ms: ActorLike[], object: { first: number; last: number }, oh: number, verb: number): boolean {
  const counted = tokens.slice(object.first, oh).some((t) => t.pos === 'NUM' || QUANTITY_NOUNS.has(t.lower));
  const others = (tokens[oh].lower === 'others' || tokens[oh].lower === 'more') && counted;
  const ofThem = (tokens[oh].pos === 'NUM' || QUANTITY_NOUNS.has(tokens[oh].lower)) && tokens[oh + 1]?.lower === 'of' && tokens[oh + 2]?.lower === 'them';
  if (!others && !ofThem) return false;
  // (the nearest plural noun before the verb outside a prepositional phrase is the one counted again, and it names people:
  // "killed seventeen rebels in clashes near the districts of Llochegua and Sivia last week and had captured nine others")
  for (let k = verb - 1; k >= s.first; k--) {
    const t = tokens[k];
    if (t.pos !== 'NOUN' || t.lemma === t.lower || !t.lower.endsWith('s')) continue;
    let b = k - 1;
    while (b > s.first && (tokens[b].pos === 'DET' || tokens[b].pos === 'ADJ' || tokens[b].pos === 'NUM' || tokens[b].pos === 'NOUN')) b--;
    if (tokens[b]?.pos === 'ADP') continue;
    return ms.some((m) => m.first <= k && k < m.last && m.kind !== 'country');
  }
  return false;
}
/** what is said rather than done: "rejected the claim that ..." */
const CLAIM_NOUNS = new Set(['claim', 'allegation', 'accusation', 'charge', 'assertion', 'suggestion', 'report', 'rumour', 'rumor']);

/** events that impose or ease a measure (sanctions, restrictions, a curfew) */
const MEASURE_EVENTS = new Set(['SANCTION', 'CONCEDE', 'RETREAT', 'COERCE']);
/** prepositions that introduce what an act was done to: "fired on", "clashed with", "protest against" */
const OBJECT_ADP = new Set(['on', 'against', 'upon', 'with', 'into', 'toward', 'towards', 'to']);
const PARTICLES = new Set(['up', 'down', 'off', 'out', 'back', 'away']);

/**
 * The phrase naming what the act was done to: the direct object after the verb or its
 * preposition (times and adverbs between are skipped: "vetoed on Friday a draft resolution"),
 * the subject of a passive, the "on/against/of" phrase of an event noun.
 */
/**
 * "Penal Code sections on rioting and attempted murder", "on charges of arson and looting", "two counts of
 * murder": an offence a law or a charge names, past the offences listed before it, is no act.
 */
function offenceNamed(tokens: Token[], s: Sentence, first: number, chargedAt: number): boolean {
  // ("booked under various sections of the IPC, including murder and rioting": offences listed after the law they fall under)
  for (let j = first - 1; j > s.first && first - j <= 5 && tokens[j].text !== ';'; j--) {
    if (tokens[j].lower === 'including' && tokens.slice(Math.max(s.first, j - 7), j).some((t) => LEGAL_CATEGORIES.has(t.lower))) return true;
  }
  let k = first - 1;
  // ("for rioting, attempt to murder and promoting enmity": past the other offences listed before it)
  while (k > s.first && first - k <= 8 && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'CCONJ' || tokens[k].text === ',' || (tokens[k].pos === 'VERB' && /(?:ed|ing)$/.test(tokens[k].lower)) ||
    (tokens[k].pos === 'NOUN' && !LEGAL_CATEGORIES.has(tokens[k].lower)) || (tokens[k].lower === 'to' && /^attempt/.test(tokens[k - 1]?.lower ?? '')) ||
    // ("faced charges ranging from mischief to conspiracy and assaulting police": the span of charges named)
    (tokens[k].lower === 'to' && tokens.slice(Math.max(s.first, k - 5), k).some((t) => t.lower === 'from')))) k--;
  if (k - 2 >= s.first && tokens[k].lower === 'from' && /^(?:ranging|range)$/.test(tokens[k - 1].lower) && LEGAL_CATEGORIES.has(tokens[k - 2].lower)) return true;
  if (k <= s.first || !/^(?:on|of|for|under)$/.test(tokens[k].lower)) return false;
  // (a law's section or a charge named right before; or "registered three FIRs against 23 named persons for ...")
  return LEGAL_CATEGORIES.has(tokens[k - 1].lower) || (tokens[k].lower === 'for' && chargedAt >= 0 && chargedAt < k && k - chargedAt <= 14);
}

/** places the events of a story happen in, named by them ("two districts at the heart of the protests", "a hotbed of unrest") */
const EVENT_PLACE_HEADS = new Set(['heart', 'centre', 'center', 'hotbed', 'epicentre', 'epicenter', 'cradle', 'birthplace', 'hub', 'stronghold', 'flashpoint']);

/** An event noun that names a place by what happens there ("at the heart of the protests"): no telling of the event. */
function placeOfEvents(tokens: Token[], s: Sentence, first: number): boolean {
  let k = first - 1;
  if (k > s.first && (tokens[k].pos === 'DET' || tokens[k].pos === 'PRON')) k--;
  return k - 1 >= s.first && tokens[k].lower === 'of' && EVENT_PLACE_HEADS.has(tokens[k - 1].lower);
}

/** A plural event noun with no determiner, after a preposition, with a word of a rule or a ban before it in its clause. */
function ruledKind(tokens: Token[], s: Sentence, first: number, last: number): boolean {
  const head = tokens[last - 1];
  if (!head.lower.endsWith('s') || head.lower === head.lemma || first <= s.first || !/^(?:at|in|during|on|for|of|against)$/.test(tokens[first - 1].lower)) return false;
  // (a place or a day after the noun makes it particular: "clashes at demonstrations in Minsk")
  const nx = tokens[last];
  if (nx && nx.sent === head.sent && (nx.pos === 'ADP' || nx.pos === 'PROPN') && (tokens[last + 1]?.pos === 'PROPN' || tokens[last + 1]?.pos === 'DET' || nx.pos === 'PROPN')) return false;
  for (let k = first - 2; k >= s.first && k >= first - 10; k--) {
    const t = tokens[k];
    if (t.text === ',' || t.text === ';') return false;
    if (RULE_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** what is said of a kind of act, not of one act: "Protest is not new here", "Strikes are common in the mines" */
const KIND_PREDICATES = new Set(['new', 'common', 'rare', 'unusual', 'unknown', 'familiar', 'frequent', 'routine', 'commonplace', 'uncommon', 'widespread']);
/** The token saying what a bare event noun, as a kind of act, is ("Protest is not new here"), or 0. */
function kindPredicate(tokens: Token[], s: Sentence, first: number, last: number): number {
  if (first !== s.first && !(first - 1 === s.first && /^(?:but|and|yet)$/.test(tokens[s.first].lower))) return 0;
  let k = last;
  if (k >= s.last || tokens[k].lemma !== 'be') return 0;
  k++;
  while (k < s.last && k - last <= 3 && !KIND_PREDICATES.has(tokens[k].lower) && (tokens[k].pos === 'ADV' || tokens[k].pos === 'PART' || tokens[k].lower === 'nothing')) k++;
  return k < s.last && KIND_PREDICATES.has(tokens[k].lower) ? k : 0;
}

/** The token saying the event noun is only possible ("an invasion was possible", "a strike is likely"), or 0. */
function unrealPredicate(tokens: Token[], s: Sentence, last: number): number {
  let k = last;
  // (past an aside set off by commas, and quotation marks: 'a second day of protest, possibly next month, was "very likely"')
  if (tokens[k]?.text === ',') {
    let c = k + 1;
    while (c < s.last && c - k <= 7 && tokens[c].text !== ',' && tokens[c].pos !== 'VERB' && tokens[c].pos !== 'AUX') c++;
    if (tokens[c]?.text === ',') k = c + 1;
  }
  if (k >= s.last || tokens[k].lemma !== 'be') return 0;
  k++;
  // (past "not" and a progressive's "being": "a dusk-to-dawn curfew was not being considered")
  while (k < s.last && !UNREAL_PREDICATES.has(tokens[k].lower) && (tokens[k].pos === 'ADV' || tokens[k].pos === 'PART' || tokens[k].lower === 'being' || tokens[k].lower === 'a' || tokens[k].lower === 'an' || QUOTE_CHARS.has(tokens[k].text))) k++;
  // (not "the strike was likely to paralyse the port": what is likely is the infinitive)
  // (a participle weighs the act only when nothing judges it after: not "the curfew was considered necessary")
  const judged = /ed$/.test(tokens[k]?.lower ?? '') && ['ADJ', 'DET', 'NOUN', 'ADV'].includes(tokens[k + 1]?.pos ?? '');
  return k < s.last && UNREAL_PREDICATES.has(tokens[k].lower) && tokens[k + 1]?.lower !== 'to' && !judged ? k : 0;
}

/** "no decision had been taken on a full-scale ground offensive": the word "decision" of an event noun not decided on, or 0 */
function undecided(tokens: Token[], s: Sentence, first: number): number {
  let j = first - 1;
  while (j > s.first && first - j <= 6 && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ' || tokens[j].pos === 'NOUN' || tokens[j].pos === 'NUM' || tokens[j].text === '-')) j--;
  if (!/^(?:on|about|over)$/.test(tokens[j]?.lower ?? '')) return 0;
  for (let k = j - 1; k > s.first && j - k <= 6; k--) {
    if (tokens[k].lower === 'decision' && tokens[k - 1].lower === 'no') return k;
    if (tokens[k].text === ',' || tokens[k].pos === 'PUNCT') break;
  }
  return 0;
}

/**
 * The verb naming the event noun at `first` as a label someone puts on a thing ("what he called [a coup]",
 * "called the shooting [a massacre]", "described the raid as [an invasion]"), or 0.
 */
function labelled(tokens: Token[], s: Sentence, first: number): number {
  let k = first - 1;
  // (and a hyphened adjective: 'called the shooting "cold-blooded murder"')
  const hyphened = (x: number) => tokens[x].text === '-' || (tokens[x + 1]?.text === '-' && tokens[x + 1].start === tokens[x].end) || (tokens[x - 1]?.text === '-' && tokens[x - 1].end === tokens[x].start);
  while (k > s.first && first - k <= 6 && tokens[k].lower !== 'as' && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'DET' || tokens[k].pos === 'ADV' || tokens[k].text === '"' || tokens[k].text === '“' || hyphened(k))) k--;
  // ('called the law "a declaration of war on the people"', "an act of terror": past the noun the act is named "of")
  if (k - 1 > s.first && tokens[k].lower === 'of' && tokens[k - 1].pos === 'NOUN') {
    k -= 2;
    while (k > s.first && first - k <= 9 && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'DET' || tokens[k].text === '"' || tokens[k].text === '“')) k--;
  }
  if (k > s.first && tokens[k].lower === 'as') {
    k--;
    // ('condemned the shooting as "cold-blooded murder"', "denounced the raid as a massacre": past the object of a verb that names it
    // "as" something)
    let j = k;
    // (the object's own words only: not past "by", "described by prosecutors as a leader of a strike")
    while (j > s.first && k - j <= 8 && (/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[j].pos) || tokens[j].text === "'s" || tokens[j].text === '’s')) j--;
    if (j < k && tokens[j].pos === 'VERB' && (AS_LABEL_VERBS.has(tokens[j].lower) || LABEL_VERBS.has(tokens[j].lower))) return j;
  }
  // ('told a crowd that the land occupations were "a demonstration by the people"': an act's name quoted as what something is, after
  // "be", is a word put on it, no act of its own; not "there was a demonstration")
  // (in what a speaker says something is: a "that" before the subject; "The march was \"a peaceful protest\"" keeps its march)
  if (k > s.first && /^(?:is|are|was|were)$/.test(tokens[k].lower) && tokens.slice(k + 1, first).some((t) => t.text === '"' || t.text === '“') && tokens[k - 1].lower !== 'there' &&
    tokens.slice(Math.max(s.first, k - 8), k).some((t) => t.lower === 'that')) return k;
  if (k < s.first || !LABEL_VERBS.has(tokens[k].lower)) {
    // "called the shooting a massacre": past the object of the label verb
    // ('called the shooting "cold-blooded murder"': the label in quotes, with no article)
    let j = k;
    while (j > s.first && first - j <= 9 && (NP_INNER.has(tokens[j].pos) || tokens[j].pos === 'PROPN')) j--;
    const labelOpens = tokens[k + 1]?.pos === 'DET' || tokens[k + 1]?.text === '"' || tokens[k + 1]?.text === '“';
    if (j >= s.first && j < k && LABEL_VERBS.has(tokens[j].lower) && tokens[j + 1]?.pos === 'DET' && labelOpens) return j;
    return 0;
  }
  // (not "called [for] a strike", "called a general strike": calling a strike is calling it)
  if ((tokens[k].lemma === 'call' || tokens[k].lower.startsWith('call')) && !(tokens[k - 1]?.lower === 'what' || (tokens[k - 1]?.pos === 'PRON' && tokens[k - 2]?.lower === 'what') || tokens[k + 1]?.lower === 'as')) return 0;
  return k;
}

/** The verb whose object the event noun is, when it stopped it ("cancelled the rally", "suspended joint military operations",
 * "called off their march", "suspended budget support and security cooperation"), or 0. */
function stoppingVerb(tokens: Token[], s: Sentence, first: number): number {
  let j = first - 1;
  // (a noun after "and" that is no subject of a verb of its own: not "postponed the vote and protests erupted")
  let after = first;
  while (after < s.last && tokens[after].pos === 'NOUN') after++;
  const joined = tokens[after]?.pos !== 'VERB' && tokens[after]?.pos !== 'AUX';
  while (j > s.first && first - j <= 8 && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ' || tokens[j].pos === 'NUM' || POSSESSIVES.has(tokens[j].lower) ||
    (tokens[j].pos === 'NOUN' && !STOPPING_VERBS.has(tokens[j].lemma)) || tokens[j].text === "'s" || tokens[j].text === '’s' ||
    (joined && tokens[j].lower === 'and' && tokens[j - 1].pos === 'NOUN'))) j--;
  if (j <= s.first) return 0;
  if (tokens[j].lower === 'off' && STOPPING_VERBS.has(`${tokens[j - 1].lemma} off`)) return j - 1;
  return tokens[j].pos === 'VERB' && STOPPING_VERBS.has(tokens[j].lemma) ? j : 0;
}

/** The verb of turning down whose object the event noun is ("rejected the ceasefire", "refused to accept the resignations"), or 0. */
function turnedDown(tokens: Token[], s: Sentence, first: number): number {
  let j = first - 1;
  while (j > s.first && first - j <= 5 && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ' || tokens[j].pos === 'NUM' || POSSESSIVES.has(tokens[j].lower) || tokens[j].text === "'s" || tokens[j].text === '’s')) j--;
  if (j <= s.first || tokens[j].pos !== 'VERB') return 0;
  if (TURNING_DOWN.has(tokens[j].lemma)) return j;
  // (an acceptance refused or denied: "refused to accept", "would not accept", "did not accept")
  return tokens[j].lemma === 'accept' && ((tokens[j - 1]?.lower === 'to' && TURNING_DOWN.has(tokens[j - 2]?.lemma ?? '')) || /^(?:not|never|n't)$/.test(tokens[j - 1]?.lower ?? '')) ? j : 0;
}

/** an event noun said not to have happened, right after its phrase or a relative clause on it: "did not take place", "never went ahead" */
const NOT_TAKEN_PLACE = /^(?:\s+(?:[\w'’-]+\s+){0,3}?(?:that|which)\s+[^,;.]{0,80}?)?\s+((?:did\s+not|didn[’']t|never|failed\s+to)\s+(?:take\s+place|took\s+place|go\s+ahead|went\s+ahead|happen|happened|materiali[sz]e|materiali[sz]ed))\b/i;
/** an event noun as the subject of its arrangement, still to come: "is scheduled for Saturday", "are due on Monday" */
const ARRANGED_FOR = /^(?:\s+(?:between|with|of|on|in|at|by)\s+[^,;.]{0,60}?)?\s+((?:is|are)\s+(?:now\s+|still\s+|also\s+)?(?:scheduled|due|planned|expected)\s+(?:for|on|to\s+(?:begin|start|take\s+place|resume|open)))\b/i;
/** a plan given up after it was told: "but called it off", "but later cancelled it" */
const PLAN_GIVEN_UP = /^[^;.]{0,80}?\b(but\s+(?:later\s+|then\s+|eventually\s+|finally\s+)?(?:called\s+(?:it|them)\s+off|(?:cancelled|canceled|abandoned|dropped|shelved)\s+(?:it|them|the\s+plans?|the\s+idea)))\b/i;
/** a denial of what follows: "denied (foreign radio) reports that", "dismissed claims that", "denied that" */
const DENIED_BEFORE = /\b(?:denied|denies|deny|dismissed|rejected|refuted)\s+(?:(?:[\w-]+\s+){0,3}?(?:reports?|claims?|allegations?|rumou?rs?|accounts?)\s+)?that\b/i;
/** a run of acts of one kind: "a series of fatal clashes", "a wave of strikes" */
const SERIES_OF = /\b(?:a|the)\s+(?:series|string|spate|wave|run|succession|chain)\s+of\s+(?:[\w-]+\s+){0,2}$/i;
/** words telling that a run of acts is summed up over a stretch of time: "in recent months", "over recent weeks" */
const LATEST_OR_RECENT = /\b(?:in|over|during)\s+recent\s+(?:days|weeks|months|years)\b/i;
/** verbs of taking care of the hurt, whose bare object "wounded" or "injured" names people: "receiving wounded", "evacuated injured" */
const CARING_FOR = new Set(['receive', 'treat', 'admit', 'evacuate', 'carry', 'tend', 'nurse', 'ferry', 'airlift', 'visit', 'rescue', 'help']);
/** words saying when or where an act was to be: "due to be held", "scheduled for" */
const DUE_TO_BE = /^(?:due|scheduled|planned|set|expected)$/;

/** The participle saying the event noun was stopped ("phone calls were cut", "the march was called off"), or 0. */
function stoppedPredicate(tokens: Token[], s: Sentence, last: number): number {
  let k = last;
  // ("All rallies and demonstrations were banned": past the nouns joined to it)
  while (k + 1 < s.last && (tokens[k].lower === 'and' || tokens[k].lower === 'or' || tokens[k].text === ',') && (tokens[k + 1].pos === 'NOUN' || tokens[k + 1].pos === 'ADJ')) {
    let j = k + 1;
    while (j < s.last && j - k <= 3 && (tokens[j].pos === 'NOUN' || tokens[j].pos === 'ADJ')) j++;
    if (tokens[j - 1].pos !== 'NOUN') break;
    k = j;
  }
  // ("A mediation meeting at the regent's office ... was postponed": past the head the event's noun modifies)
  if (k === last && k < s.last && tokens[k].pos === 'NOUN' && !tokens[k].cap && OCCASIONS_HEADS.has(tokens[k].lower)) k++;
  // ("peace talks between the two sides were postponed": past the noun's own prepositional phrase)
  // (or two: "A peace march through the area by church leaders, set for Sunday, has been put off")
  for (let pp = 0; pp < 2 && k < s.last && tokens[k].pos === 'ADP'; pp++) {
    let j = k + 1;
    while (j < s.last && j < last + 14 && (NP_INNER.has(tokens[j].pos) || tokens[j].pos === 'PROPN' || tokens[j].pos === 'CCONJ' || tokens[j].text === "'s" || tokens[j].text === '’s' ||
      (tokens[j].text === '-' && tokens[j].start === tokens[j - 1].end && tokens[j + 1]?.start === tokens[j].end))) j++;
    if (j === k + 1) break;
    k = j;
  }
  // (the perfect's "has been", "have been")
  const perfectBe = (j: number) => /^(?:has|have|had)$/.test(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower === 'been';
  // (and past an aside set off by commas: "Demonstrations against the bid, in which at least 20 people have been killed, were
  // suspended")
  if (k < s.last && tokens[k].text === ',') {
    let j = k + 1;
    while (j < s.last && j - k <= 24 && tokens[j].text !== ',' && tokens[j].text !== ';') j++;
    if (tokens[j]?.text === ',' && j + 1 < s.last && (tokens[j + 1].lemma === 'be' || perfectBe(j + 1))) k = j + 1;
  }
  // (and past a relative clause of its own: "A march on the town that had been announced for Saturday has been postponed")
  if (k < s.last && /^(?:that|which)$/.test(tokens[k].lower)) {
    for (let j = k + 2; j < s.last && j - k <= 14 && tokens[j].text !== ',' && tokens[j].text !== ';'; j++) {
      const b = perfectBe(j) ? j + 1 : j;
      if (tokens[b].lemma !== 'be') continue;
      const w = tokens[b + 1]?.lower ?? '';
      if (STOPPED_PREDICATES.has(w) || STOPPED_PREDICATES.has(`${w} ${tokens[b + 2]?.lower ?? ''}`)) {
        k = j;
        break;
      }
    }
  }
  if (perfectBe(k)) k++;
  // (and past when or where it was to be: "A meeting of cotton farmers due to be held in the central town of Save was called off")
  let d = k;
  if (d < s.last && tokens[d].lemma === 'be' && tokens[d - 1]?.lower === 'to') d--;
  if (d < s.last && tokens[d].lower === 'to') d--;
  if (k < s.last && DUE_TO_BE.test(tokens[d]?.lower ?? '')) {
    for (let j = k + 1; j < s.last && j - k <= 16 && tokens[j].text !== ',' && tokens[j].text !== ';'; j++) {
      if (tokens[j].lemma === 'be' && tokens[j - 1].lower !== 'to') {
        k = j;
        break;
      }
    }
  }
  if (k >= s.last || tokens[k].lemma !== 'be') return 0;
  k++;
  while (k < s.last && tokens[k].pos === 'ADV' && !STOPPED_PREDICATES.has(tokens[k].lower)) k++;
  if (k >= s.last) return 0;
  const w = tokens[k].lower;
  return STOPPED_PREDICATES.has(w) || (k + 1 < s.last && STOPPED_PREDICATES.has(w + ' ' + tokens[k + 1].lower)) ? k : 0;
}

/** "each other" or "one another" right after a verb (and its preposition) */
function reciprocal(tokens: Token[], s: Sentence, last: number): boolean {
  let k = last;
  if (k < s.last && tokens[k].pos === 'ADP') k++;
  return k + 1 < s.last && ((tokens[k].lower === 'each' && tokens[k + 1].lower === 'other') || (tokens[k].lower === 'one' && tokens[k + 1].lower === 'another'));
}

/** Is token k a weapon or craft a force acts with (sectors.json instruments), alone or with the word before it ("armored cars")? */
function instrumentAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  const inst = actorLexicon().instruments;
  const forms = [t.lemma, t.lower.replace(/s$/, '')];
  return forms.some((w) => inst.has(w) || (k > 0 && inst.has(`${tokens[k - 1].lower} ${w}`)));
}

/**
 * "beat [him] to death", "set [the school] on fire", "took [two engineers] hostage": a verb
 * trigger whose words have the object between them (not "suspended a 3% digital tax", where the
 * words between only describe the trigger's own noun).
 */
function innerGap(tokens: Token[], trigger: Trigger, first: number, last: number): boolean {
  if (trigger.words.length < 2 || last - first <= trigger.words.length) return false;
  const t = tokens[first + 1];
  if (t.lemma === trigger.words[1] || t.lower === trigger.words[1] || PARTICLES.has(t.lower)) return false;
  for (let k = first + 2; k < last; k++) {
    const w = tokens[k];
    if (w.lemma !== trigger.words[1] && w.lower !== trigger.words[1]) continue;
    return w.pos === 'ADP' || w.pos === 'PART' || w.pos === 'ADV' || w.pos === 'ADJ';
  }
  return false;
}

/** spans of time that open a sentence before its subject: "This week, the United States ..." */
const PERIODS = new Set(['day', 'week', 'weekend', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'time', 'hour']);

/** the phrase naming who acted, around the actor named in this sentence, never running into the trigger */
function subjectOf(tokens: Token[], s: Sentence, inTime: (k: number) => boolean, first: number, last: number, verbal: boolean, actor: ActorLike | null): Chunk | null {
  if (!actor || actor.kind === 'pronoun' || actor.first < s.first || actor.last > s.last) return null;
  // ("welcomed [Putin]'s offer to mediate": an owner acts, not what it owns)
  const mark = tokens[actor.last]?.text;
  if (actor.last < first && (mark === "'s" || mark === '’s')) {
    let k = actor.last + 1;
    while (k < first && tokens[k].pos === 'ADJ') k++;
    if (OWNER_ACTS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'to') return { first: actor.first, last: actor.last };
  }
  if (!verbal) {
    // "[U.S. military airstrikes] have killed": an event noun after the actor's words is what acted, with them
    let k = actor.last;
    while (k < first && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'ADJ' || tokens[k].text === '-')) k++;
    if (k === first && actor.last <= first) {
      // (with the names before it: "[Turkish] army airstrikes")
      let a = actor.first;
      while (a > s.first && (tokens[a - 1].pos === 'PROPN' || tokens[a - 1].pos === 'ADJ') && tokens[a - 1].cap) a--;
      const c = phraseAround(tokens, s, a, last, inTime);
      if (c.first <= a && c.last >= last) return c;
    }
    // "[a car bombing by the Islamic State group] killed": the event noun and who carried it out
    if (actor.first > last && tokens[last]?.lower === 'by' && actor.first <= last + 2) {
      const c = phraseAround(tokens, s, first, actor.last, inTime);
      if (c.first <= first && c.last >= actor.last) return c;
    }
  }
  // (the act and the auxiliaries before it: "[Germany, Russia ... and Denmark] have already provided")
  let v = first;
  while (v - 1 > actor.last && (tokens[v - 1].pos === 'AUX' || tokens[v - 1].pos === 'ADV' || tokens[v - 1].pos === 'PART')) v--;
  // (and any verb after the actor that does not modify a noun: "[Yemeni army and allied forces] have launched a missile attack")
  const stop = (k: number) => inTime(k) || (k >= v && k < last) ||
    (k >= actor.last && k < first && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') &&
      (!['NOUN', 'PROPN', 'ADJ'].includes(tokens[k + 1]?.pos ?? '') || ['NOUN', 'PROPN'].includes(tokens[k - 1].pos)));
  const c = phraseAround(tokens, s, actor.first, actor.last, stop);
  if (c.first > actor.first || c.last < actor.last) return null;
  let { first: a, last: b } = c;
  // "Norway, Japan and other donors have pledged": a list opening the sentence that ends with the actor's phrase
  if (a > s.first && (tokens[a - 1].text === ',' || tokens[a - 1].lower === 'and')) {
    const list = nounPhrase(tokens, s, s.first, 0, stop);
    if (list && list.last === b) a = s.first;
  }
  // "Venezuela's embattled president, Nicolas Maduro, said": a title phrase opening the sentence before the name
  if (tokens[a - 1]?.text === ',' && a - 1 > s.first) {
    // (words naming someone, with their "for"/"of"/"to" phrases — "Bulgaria's Minister for Foreign Affairs," —
    // not a time, an ordinal or a clause opening the sentence: "This week,", "Fourth,", "As talks began,")
    const h = tokens[a - 2];
    let named = a - 1 - s.first >= 2 && (h.pos === 'NOUN' || h.pos === 'PROPN') && !PERIODS.has(h.lemma) &&
      ['DET', 'PROPN', 'NOUN', 'ADJ'].includes(tokens[s.first].pos);
    for (let k = s.first; named && k < a - 1; k++) {
      const t = tokens[k];
      named = !inTime(k) && t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'SCONJ' && t.pos !== 'PRON' && (t.pos !== 'PUNCT' || t.text === '(' || t.text === ')' || t.text === '-' || t.text === "'s" || t.text === '’s');
    }
    if (named) a = s.first;
  }
  // "Vladimir Putin, the Russian president, will meet": an apposition after the name, up to the act
  if (tokens[b]?.text === ',' && first > b) {
    const after = nounPhrase(tokens, s, b + 1, 0, stop);
    if (after && tokens[after.last]?.text === ',' && after.last < first) {
      let k = after.last + 1;
      while (k < first && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV' || inTime(k))) k++;
      if (k === first) b = after.last;
    }
  }
  return { ...c, first: a, last: b };
}

function objectOf(tokens: Token[], s: Sentence, inTime: (k: number) => boolean, trigger: Trigger, first: number, last: number, verbal: boolean, passive: boolean, recipient: ActorLike | null, actor: ActorLike | null): Chunk | null {
  if (passive) return recipient && recipient.first >= s.first && recipient.last <= first ? phraseAround(tokens, s, recipient.first, recipient.last, inTime) : passiveSubject(tokens, s, inTime, first);
  if (verbal && innerGap(tokens, trigger, first, last)) {
    const inner = nounPhrase(tokens, s, first + 1, 0, inTime);
    if (inner && inner.last < last) return inner;
  }
  let j = last;
  for (let guard = 0; j < s.last && guard < 8; guard++) {
    const t = tokens[j];
    if (inTime(j)) j++;
    else if (t.pos === 'ADP' && j + 1 < s.last && inTime(j + 1)) j += 2;
    else if (t.pos === 'ADV' && t.lower !== 'not' && t.lower !== 'never') j++;
    else if (verbal && PARTICLES.has(t.lower) && (t.pos === 'ADP' || t.pos === 'PART' || t.pos === 'ADV')) j++;
    else {
      // ("freed on bail two ex-ministers": a phrase of how it was done, manner_phrases in reality.json)
      const manner = verbal ? mannerAt(tokens, j) : 0;
      if (!manner) break;
      j += manner;
    }
  }
  if (j >= s.last) return null;
  // "numerous attacks, primarily on military targets": an aside adverb between the event noun and its object
  if (!verbal && j === last && tokens[j].text === ',' && tokens[j + 1]?.pos === 'ADV' && tokens[j + 1].lower.endsWith('ly') && OBJECT_ADP.has(tokens[j + 2]?.lower ?? '')) j += 2;
  const w = tokens[j].lower;
  let at = -1;
  if (verbal) {
    // ("killed at least 75 displaced people": the words of how exact the count is open the object)
    if (countOpens(tokens, j, s.last)) at = j;
    else if (OBJECT_ADP.has(w)) at = j + 1;
    // "accepted the demands of the protesters", "rejected calls by the opposition": whose the trigger's own noun is
    // (not where shots came from: "opened fire from both sides")
    else if (j === last && (w === 'by' || (w === 'from' && !FIRING.has(tokens[last - 1].lemma)) || (w === 'of' && tokens[j + 1]?.pos !== 'NUM')) && trigger.words.length > 1 && tokens[last - 1].pos === 'NOUN') at = j + 1;
    else if (tokens[j].pos !== 'ADP' && tokens[j].pos !== 'VERB' && tokens[j].pos !== 'AUX' && tokens[j].pos !== 'PART' && tokens[j].pos !== 'SCONJ' && tokens[j].pos !== 'CCONJ' && tokens[j].pos !== 'PUNCT') at = j;
  } else if (j === last || (j === last + 2 && tokens[last].text === ',')) {
    // "the arrest of X", "the killing of X"; "the visit of the OPCW" has its actor there
    if (w === 'of' && (trigger.event === 'COERCE' || trigger.event === 'ASSAULT' || trigger.mode === 'release' || trigger.mode === 'expel') && !(actor && actor.first > last && actor.first <= last + 4)) at = j + 1;
    else if (OBJECT_ADP.has(w)) at = j + 1;
    // "an attack by militants on their base": past who did it, to what it was done
    else if (w === 'by') {
      const by = nounPhrase(tokens, s, j + 1, 1, inTime);
      if (by && by.last + 1 < s.last && (tokens[by.last].lower === 'on' || tokens[by.last].lower === 'against')) at = by.last + 1;
    }
  }
  // "air strikes and artillery fire hit [the enclave]", "warplanes are striking [positions]": the event noun
  // is the subject of a verb of impact, whose object is what the event was done to
  if (at < 0 && !verbal) {
    let k = last;
    while (k < s.last && k - last < 6 && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'CCONJ' || tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV') && !IMPACT_VERBS.has(tokens[k].lower)) k++;
    if (k < s.last && IMPACT_VERBS.has(tokens[k].lower) && (tokens[k].pos === 'VERB' || tokens[k].pos === 'ADJ') && (k === last || tokens[k - 1].pos !== 'DET')) {
      // ("ripped through a market", "slammed into a checkpoint")
      const o = nounPhrase(tokens, s, tokens[k + 1]?.lower === 'through' || tokens[k + 1]?.lower === 'into' ? k + 2 : k + 1, 0, inTime);
      if (o && !(actor && actor.first >= o.first && actor.last <= o.last)) return o;
    }
  }
  // ("imposed a curfew in parts of Kashmir", "declared a state of siege in the town": where a measure is put in force is what it is
  // aimed at)
  if (at < 0 && trigger.event === 'COERCE' && MEASURE_MODES.has(trigger.mode ?? '') && (w === 'in' || w === 'across' || w === 'throughout')) {
    const where = nounPhrase(tokens, s, j + 1, 0, inTime);
    const h = where?.head !== undefined ? tokens[where.head] : undefined;
    if (where && h && (h.pos === 'PROPN' || TERRITORY_NOUNS.has(h.lower) || h.lower === 'parts' || h.lower === 'part') && !(actor && actor.first >= where.first && actor.last <= where.last)) return where;
  }
  // "filed a lawsuit in a Paris court against X": past where it was done, to whom it was done
  if (at < 0 && verbal && (w === 'in' || w === 'at' || w === 'before')) {
    const where = nounPhrase(tokens, s, j + 1, 1, inTime);
    if (where && where.last < s.last && tokens[where.last].lower === 'against') at = where.last + 1;
  }
  // ("dismissed reports that soldiers had ...": a clause, not an object)
  if (at < 0 || tokens[at].lower === 'that') return null;
  const c = nounPhrase(tokens, s, at, 0, inTime);
  if (!c || (actor && actor.first >= c.first && actor.last <= c.last)) return null;
  // ("proclaimed a state of emergency on the Prime Minister's advice", "on the orders of the president": whose word it was done on is no
  // one it was done to)
  if (at > s.first && (tokens[at - 1].lower === 'on' || tokens[at - 1].lower === 'at') && (ON_WHOSE_WORD.has(tokens[c.head ?? c.last - 1].lower) || ON_WHOSE_WORD.has(tokens[c.last - 1].lower))) return null;
  // ("mobilized troops for the first Gulf War against Iraq", "mobilized the army for a ground assault against Gaza": one's own forces
  // readied are no target; whom they are readied against is)
  if (verbal && trigger.event === 'MOBILIZE' && c.head !== undefined && (FORCE_HEADS.has(tokens[c.head].lower) || UNIT_HEADS.has(tokens[c.head].lower) || tokens[c.head].lower === 'army')) {
    for (let k = c.last; k < s.last && k - c.last <= 10 && tokens[k].text !== ',' && tokens[k].text !== ';' && tokens[k].pos !== 'VERB' && tokens[k].pos !== 'AUX'; k++) {
      if (tokens[k].lower !== 'against') continue;
      const o = nounPhrase(tokens, s, k + 1, 0, inTime);
      if (o) return o;
      break;
    }
  }
  // "lifted sanctions against Libya", "eased restrictions on the movement of aid workers": imposing or
  // easing a measure is the act, what the measure is aimed at the object
  if (c.aimed && c.head !== undefined && DIRECTED_NOUNS.has(tokens[c.head].lower) && MEASURE_EVENTS.has(trigger.event)) return c.aimed;
  // ("fired rounds of rockets on the airport", "lobbed mortar shells into the camp": what is fired is no target; where it is
  // fired on is)
  if (verbal && FIRED_VERBS.has(tokens[first].lemma) && at === j) {
    let e = c.first;
    let shot = false;
    while (e < s.last && e - c.first <= 8 && (NP_WORDS.has(tokens[e].pos) || tokens[e].lower === 'of' || tokens[e].text === '-')) {
      if (PROJECTILES.has(tokens[e].lower)) shot = true;
      e++;
    }
    if (shot && e + 1 < s.last && /^(?:on|at|into|upon|against|toward|towards)$/.test(tokens[e].lower)) {
      const aim = nounPhrase(tokens, s, e + 1, 0, inTime);
      if (aim) return aim;
    }
  }
  return c;
}
/** Is the noun before "called" at `first` one being named, not the caller: "a group called X", "heads an outfit called X" (an indefinite
 * noun, or an object after a verb or a preposition), not "The president called Putin"? */
function namedNoun(tokens: Token[], s: Sentence, first: number): boolean {
  let k = first - 1;
  while (k > s.first && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'ADJ')) k--;
  const d = tokens[k - 1];
  if (!d) return false;
  if (d.lower === 'a' || d.lower === 'an') return true;
  const b = d.pos === 'DET' ? tokens[k - 2] : d;
  return !!b && b.sent === tokens[first].sent && (b.pos === 'VERB' || b.pos === 'ADP');
}

/** what is sent rather than said in a call: "a statement telephoned to a newspaper" */
const MESSAGE_NOUNS = new Set(['statement', 'statements', 'message', 'messages', 'claim', 'warning', 'warnings', 'note', 'communique', 'communiqué']);

/** prepositions of place inside a noun phrase: "a town in the northwest New Territories" */
const PLACE_PREPS = new Set(['in', 'at', 'near', 'outside', 'on']);

/** what aircraft do that strikes no one: "gunships landed at Camp Crame", "two jets flew over the capital" */
const AIRCRAFT_MOVES = new Set(['land', 'arrive', 'fly', 'circle', 'return', 'join', 'defect', 'depart', 'leave', 'overfly', 'touch', 'taxi']);

/** verbs of promising what will be done */
const PROMISING = new Set(['promise', 'vow', 'pledge', 'swear']);
/** verbs that set up a body */
const SET_UP = new Set(['form', 'set', 'establish', 'appoint', 'constitute', 'create', 'name']);
/** verbs of forbidding: what they take as their object is not done ("barring the marches") */
const FORBIDDING = new Set(['ban', 'bar', 'prohibit', 'forbid', 'outlaw', 'proscribe']);
/** what is fired or thrown */
const PROJECTILES = new Set([...MISSILES, 'rocket', 'rockets', 'shell', 'shells', 'mortar', 'mortars', 'salvo', 'salvoes', 'salvos', 'artillery', 'munitions', 'ammunition']);

/**
 * "The detained American vessels were released", "the embassy was stormed": the noun phrase right before the passive's "be",
 * when no actor of ours stands there, is what was done to (none across a clause: "who", "that", a comma).
 */
function passiveSubject(tokens: Token[], s: Sentence, inTime: (k: number) => boolean, first: number): Chunk | null {
  let aux = gluedStart(tokens, s, first) - 1;
  while (aux > s.first && (tokens[aux].pos === 'ADV' || (tokens[aux].pos === 'AUX' && !/^(?:be|been|is|are|was|were)$/.test(tokens[aux].lower)))) aux--;
  if (aux <= s.first || !/^(?:is|are|was|were|been|be)$/.test(tokens[aux].lower)) return null;
  // (past the perfect's "have": "the vessels have been released")
  let end = aux;
  while (end > s.first && (tokens[end - 1].pos === 'AUX' || tokens[end - 1].pos === 'ADV')) end--;
  const head = tokens[end - 1];
  if (!head || !(head.pos === 'NOUN' || head.pos === 'PROPN') || inTime(end - 1)) return null;
  let a = end - 1;
  while (a > s.first && end - a <= 8 && ['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET'].includes(tokens[a - 1].pos) && !inTime(a - 1)) a--;
  // (a participle describing the noun: "the detained vessels"; not a verb ending a clause: "said the vessels")
  while (a > s.first && end - a <= 8 && tokens[a - 1].pos === 'VERB' && /ed$/.test(tokens[a - 1].lower) && tokens[a - 2]?.pos === 'DET') a -= 2;
  // (not the object of a preposition, "Two buildings in the town have been destroyed", nor the last of a list, "28 civilians, two
  // soldiers and a policeman were killed")
  if (a > s.first && (tokens[a - 1].pos === 'ADP' || tokens[a - 1].pos === 'CCONJ' || tokens[a - 1].text === ',')) return null;
  // (nor an infinitive's object: "any attempt to seize government buildings would be crushed")
  if (a - 2 >= s.first && tokens[a - 1].pos === 'VERB' && tokens[a - 2].lower === 'to') return null;
  if (tokens[a].pos !== 'DET' && !(a === s.first || tokens[a - 1].pos === 'PUNCT' || tokens[a - 1].pos === 'SCONJ')) return null;
  const c = nounPhrase(tokens, s, a, 0, inTime);
  return c && c.last === end ? c : null;
}

/** participles of a measure undone: "the curfew was lifted", "censorship abolished" */
const MEASURE_UNDONE = /^(?:lifted|ended|eased|relaxed|revoked|rescinded|withdrawn|suspended|scrapped|repealed|abolished|cancelled|canceled)$/;
/** people a "lift" takes in: "hundreds of men were lifted", "soldiers lifted three suspects" */
const LIFTED_PEOPLE = new Set(['man', 'men', 'people', 'person', 'suspect', 'activist', 'youth', 'member', 'leader', 'student', 'republican', 'nationalist', 'demonstrator', 'protester', 'civilian', 'villager', 'resident', 'worker', 'organiser', 'organizer', 'militant', 'volunteer']);
/** the flags of a trigger made here, not read from triggers.tsv: none set */
const NO_FLAGS = {
  crowd: false, weak: false, lower: false, comp: false, place: false, charged: false, person: false, counted: false, people: false,
  forces: false, troops: false, agentTo: false, placeObject: false, had: false, struck: false, granted: false, stance: false, many: false, alleged: false, armed: null, visitor: null, moved: null, talks: null, taken: null, line: 0,
} as const;
const WEAPON_TEST_TRIGGER: Trigger = {
  words: ['test'], pos: '*', event: 'MOBILIZE', mode: 'weapons', cameo: '152', acled: null, context: 'military',
  ...NO_FLAGS,
};
const MEASURE_AGREED: Trigger = {
  words: ['agree'], pos: 'V', event: 'SANCTION', mode: null, cameo: '163', acled: null, context: null,
  ...NO_FLAGS,
};
const VOWED_THREAT: Trigger = {
  words: ['vow'], pos: 'V', event: 'THREATEN', mode: null, cameo: '130', acled: null, context: null,
  ...NO_FLAGS, comp: true,
};
/** the state's forces, whose taking of people is an arrest */
const STATE_TAKERS = new Set(['COP', 'MIL', 'SPY']);
const TAKEN_ARREST: Trigger = {
  words: ['take'], pos: 'V', event: 'COERCE', mode: 'arrest', cameo: '173', acled: 'ARREST', context: null,
  ...NO_FLAGS,
};
const HELD_PEOPLE: Trigger = {
  words: ['hold'], pos: 'V', event: 'COERCE', mode: 'seize', cameo: '171', acled: 'seize', context: null,
  ...NO_FLAGS,
};
const LIFTED_ARREST: Trigger = {
  words: ['lift'], pos: 'V', event: 'COERCE', mode: 'arrest', cameo: '173', acled: 'ARREST', context: null,
  ...NO_FLAGS,
};
const DEMAND_TRIGGER: Trigger = {
  words: ['must'], pos: '*', event: 'REQUEST', mode: null, cameo: '100', acled: null, context: null,
  ...NO_FLAGS,
};
/** what is said or settled in a meeting or a call ("discussed trade during talks", "agreed in a phone call") */
const MEETING_SPEECH = new Set(['discuss', 'agree', 'express', 'exchange', 'raise', 'urge', 'assure', 'review', 'reaffirm', 'convey', 'ask']);
const REPORT_VERBS = new Set(['say', 'tell', 'state', 'announce', 'declare', 'insist', 'conclude', 'argue', 'write', 'add', 'stress', 'demand', 'warn']);

/** "Russia said that Sudan must return the helicopter": a demand, whatever the verb. */
function demands(ctx: SentenceContext, s: Sentence, ms: ActorLike[], out: RawEvent[], timesOf: () => TimeMention[]): void {
  const tokens = ctx.doc.tokens;
  for (let i = s.first + 1; i < s.last - 1; i++) {
    const w = tokens[i].lower;
    if (w !== 'must' && w !== 'should') continue;
    const v = tokens[i + 1].lower === 'not' || tokens[i + 1].lower === 'also' ? i + 2 : i + 1;
    if (v >= s.last || tokens[v].pos !== 'VERB') continue;
    let r = -1;
    for (let j = i - 1; j >= s.first; j--) if (REPORT_VERBS.has(tokens[j].lemma) && tokens[j].pos === 'VERB') { r = j; break; }
    // ("Suharto must step down, student leaders said": the source told after the demand, past a comma or a closing quote)
    let after = -1;
    if (r < 0) {
      for (let j = v + 1; j < s.last; j++) {
        if (tokens[j].pos === 'VERB' && REPORT_VERBS_PAST.has(tokens[j].lower)) { after = j; break; }
        if (tokens[j].text === ';') break;
      }
    }
    if (r < 0 && after < 0) continue;
    const told = after >= 0 ? agentLeft(tokens, s, ms, after) : null;
    // (the source after the demand must stand after the clause: "..., student leaders said", not its own subject)
    const opener = told ? (tokens[told.first - 1]?.pos === 'DET' ? told.first - 2 : told.first - 1) : -1;
    const speaker = r >= 0 ? agentLeft(tokens, s, ms, r) : told && told.first > v && /^[,"”]$/.test(tokens[opener]?.text ?? '') ? told : null;
    const addressee = agentLeft(tokens, s, ms, i);
    const recipient = addressee && addressee !== speaker && (r >= 0 ? addressee.first > r : addressee.last <= i) ? addressee : null;
    if (!speaker) continue;
    // ("Opposition leaders have said for weeks that he must resign": a demand they have long made)
    const standing = r > s.first && /^(?:has|have)$/.test(tokens[r - 1].lower) && (REPEATED.test(ctx.doc.text.slice(s.start, s.end)) || /^for (?:weeks|months|years|decades)$/i.test(`${tokens[r + 1]?.text} ${tokens[r + 2]?.text}`));
    out.push({
      trigger: DEMAND_TRIGGER, first: i, last: v + 1, sentence: s.index, verbal: true,
      reality: standing ? 'historical' : 'asserted', realityCue: null, actor: resolveRef(speaker) ?? speaker, recipient: resolveRef(recipient) ?? recipient,
      passive: false, size: {}, time: nearestTime(timesOf(), tokens[i].start),
      attribution: null, hedged: false,
    });
  }
}

/** Is token k inside one of these date expressions? */
function inTimes(tokens: Token[], times: TimeMention[]): (k: number) => boolean {
  return (k) => times.some((t) => t.start <= tokens[k].start && tokens[k].end <= t.end);
}

/**
 * "demanded the release of leaders detained since last month": a time after "since" dates the
 * start of the state right before it ("had blocked the road since Sunday"), not acts told
 * before another verb or a comma.
 */
function sinceFor(doc: Doc, times: TimeMention[], last: number): TimeMention[] {
  const text = doc.text;
  // ("since 2012", "for the first time since the end of Pinochet's dictatorship in 1990")
  const tokens = doc.tokens;
  const from = doc.sentences[tokens[last - 1].sent].start;
  const isSince = (t: TimeMention) => SINCE.test(text.slice(Math.max(from, t.start - 80), t.start));
  if (!times.some(isSince)) return times;
  return times.filter((t) => {
    if (!isSince(t)) return true;
    // ("since last month's military coup": the time owns the noun it is said of, the event itself)
    if (/^['’]s\b/.test(text.slice(t.end, t.end + 3)) && t.end < tokens[last - 1].start && tokens[last - 1].start - t.end < 40 && !/[,;.]/.test(text.slice(t.end, tokens[last - 1].start))) return true;
    // ("Tension has risen since the twenty-first of October, when government troops overran the base": the "when" clause
    // tells what happened that day; and of a noun the time owns: "since last July's disturbances, when Guardsmen patrolled the city")
    if (t.end < tokens[last - 1].start && /^(?:['’]s(?:\s+[\w-]+){1,3})?\s*,?\s*when\b/i.test(text.slice(t.end, t.end + 48)) && !/[;.]/.test(text.slice(t.end, tokens[last - 1].start))) return true;
    // ("It was the first major operation since the General Assembly on Saturday approved a state of internal war, suspending
    // constitutional guarantees": a "since" clause after the sentence's own verb, with a verb of its own after the time, tells what
    // happened that day; its verb and the participle on it are of that day)
    if (t.end <= tokens[last - 1].start && sinceClauseAct(doc, t, last)) return true;
    if (t.start < tokens[last - 1].end) return false;
    // ("the number of arrests since Sunday": plural event nouns counted over a stretch, no one day)
    if (tokens[last - 1].pos === 'NOUN' && tokens[last - 1].lower !== tokens[last - 1].lemma && tokens[last - 1].lower.endsWith('s')) return false;
    // ("for the first time since 1990", "the most serious since Jan. 9": the comparison, not when it happened)
    if (/\b(?:first|last|most|worst|deadliest|bloodiest|biggest|largest|heaviest|fiercest|gravest|highest|lowest)\b/i.test(text.slice(tokens[last - 1].end, t.start))) return false;
    for (let k = last; k < tokens.length && tokens[k].end <= t.start; k++) {
      if (tokens[k].pos === 'VERB' || tokens[k].text === ',' || tokens[k].text === ';') return false;
    }
    return true;
  });
}
const SUPERLATIVES = new Set(['first', 'worst', 'best', 'most', 'least', 'last']);
/** Is the verb at `first` that of a "since" clause after a superlative ("the worst violence since X stormed ...")? */
function sinceSuperlative(tokens: Token[], s: Sentence, first: number): boolean {
  let k = first - 1;
  // (its subject: a few words of a noun phrase)
  while (k > s.first && first - k <= 6 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON'].includes(tokens[k].pos)) k--;
  if (k >= first - 1 || k <= s.first || tokens[k].lower !== 'since') return false;
  for (let j = k - 1; j >= s.first && k - j <= 8; j--) {
    const w = tokens[j];
    if ((w.pos === 'PUNCT' && !QUOTE_MARKS.has(w.text)) || w.pos === 'VERB') return false;
    // ("the most serious challenge to the regime since it seized power": "most" whatever the tagger calls it)
    if (w.lower === 'most' || (w.pos === 'ADJ' && (SUPERLATIVES.has(w.lower) || (/[a-z]{2}est$/.test(w.lower) && !/(?:honest|modest|earnest)$/.test(w.lower))))) return true;
  }
  return false;
}
const SINCE = /\bsince\s+(?:[\w'’.-]+\s+){0,8}?(?:in\s+)?$/i;
/** Is the act ending at `last` the verb (or a participle on the verb) of a "since" clause that holds the time t, set after the
 * sentence's own verb? */
function sinceClauseAct(doc: Doc, t: TimeMention, last: number): boolean {
  const tokens = doc.tokens;
  const s = doc.sentences[tokens[last - 1].sent];
  let since = -1;
  for (let k = s.first; k < s.last && tokens[k].end <= t.start; k++) if (tokens[k].lower === 'since') since = k;
  if (since < 0 || !tokens.slice(s.first, since).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return false;
  // (the clause has a subject of its own before the time: not "an alliance that has fought the government since 1992, denied")
  if (!tokens.slice(since + 1, s.last).some((x) => x.end <= t.start && (x.pos === 'NOUN' || x.pos === 'PROPN'))) return false;
  let verb = -1;
  for (let k = since + 1; k < last; k++) {
    if (tokens[k].text === ';' || tokens[k].text === '.') return false;
    if (tokens[k].start >= t.end && verb < 0 && tokens[k].text === ',') return false;
    if (tokens[k].start >= t.end && tokens[k].pos === 'VERB' && !tokens[k].lower.endsWith('ing') && verb < 0) verb = k;
  }
  if (verb < 0) return false;
  // (the verb itself, or an -ing participle after a comma on its clause)
  if (verb === last - 1) return true;
  const trig = last - 1;
  let f = trig;
  while (f > verb && tokens[f - 1].pos !== 'PUNCT') f--;
  return tokens[f - 1]?.text === ',' && /ing$/.test(tokens[f].lower) && !tokens.slice(verb + 1, f - 1).some((x) => x.text === ',' || x.pos === 'AUX');
}

/**
 * Times told inside a relative aside the trigger is not in ("The association, which led the
 * protests that toppled Bashir in April, called for ...") date that aside, not the act.
 */
/**
 * The times of the sentence less those told of a participle after a noun, another act's ("were told the demonstrations had
 * been stopped by a High Court injunction obtained late on Tuesday": the injunction's day, not the gathering's).
 */
function participleTimes(tokens: Token[], s: Sentence, times: TimeMention[], first: number, last = first + 1): TimeMention[] {
  if (times.length === 0) return times;
  return times.filter((t) => {
    let k = s.first;
    while (k < s.last && tokens[k].start < t.start) k++;
    k--;
    while (k > s.first && /^(?:late|early|on|at|in|last|overnight|earlier)$/.test(tokens[k].lower)) k--;
    if (k <= s.first || k === first) return true;
    // (past the participle's doer: "a bank official kidnapped by the Tupamaros last month")
    if (tokens[k].pos !== 'VERB') {
      let j = k;
      while (j > s.first + 1 && k - j < 6 && tokens[j].lower !== 'by' && tokens[j].pos !== 'VERB' && tokens[j].text !== ',') j--;
      if (tokens[j].lower === 'by' && tokens[j - 1].pos === 'VERB') k = j - 1;
    }
    if (k <= s.first || k === first) return true;
    const v = tokens[k];
    // (the trigger's own participle dates it: "A peace agreement signed in August 2015 led to ...")
    // (and a participle on the subject of the act's own verb: "A bank official kidnapped by the Tupamaros last month was released
    // early today")
    return !(v.pos === 'VERB' && /(?:ed|en)$/.test(v.lower) && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN') && !PASSIVE_AUX.has(tokens[k - 1].lemma) &&
      ((first < k - 1 && k - 1 >= last) || (k < first && tokens[first - 1]?.pos === 'AUX' &&
        // (not a verb of its own clause: "a councillor announced on Friday that she was resigning")
        !tokens.slice(k + 1, first).some((x) => x.pos === 'PRON' || x.pos === 'SCONJ' || x.text === ',' || x.lower === 'that'))));
  });
}

function outsideAsides(tokens: Token[], s: Sentence, times: TimeMention[], first: number): TimeMention[] {
  if (times.length < 1) return times;
  const asides: Array<[number, number]> = [];
  // (the comma at i closes an aside already read: "The rebels, backed by planes, crossed ... on Friday, occupied ...")
  const closesAside = (i: number) => asides.some((a) => a[1] === tokens[i].end);
  for (let i = s.first; i < s.last - 1; i++) {
    // ("accused the rebels of sabotaging peace talks that began in September": a restrictive
    // relative clause after its noun, to the end of its clause, when the act is not in it)
    if (/^(?:that|which|who)$/.test(tokens[i].lower) && i > s.first && (tokens[i - 1].pos === 'NOUN' || tokens[i - 1].pos === 'PROPN') &&
      (tokens[i + 1].pos === 'VERB' || tokens[i + 1].pos === 'AUX' || (tokens[i + 1].pos === 'ADV' && tokens[i + 2]?.pos === 'VERB')) && first < i - 3) {
      // (not for the noun the clause describes: "the protests that toppled Bashir in April" are April's)
      asides.push([tokens[i].start, tokens[clauseEnd(tokens, s, i, true) - 1].end]);
      continue;
    }
    // ("demanding the resignation of Sein Lwin, who became president on July 26": a person's relative clause set off by a comma,
    // after the act, tells of the person)
    // (or people named by a noun: "Police arrested seven young men, who are to appear in court this morning")
    if (/^(?:who|whom|whose)$/.test(tokens[i].lower) && i > s.first + 1 && tokens[i - 1].text === ',' && (tokens[i - 2].pos === 'PROPN' || tokens[i - 2].pos === 'NOUN') && first < i - 2 &&
      (tokens[i + 1].pos === 'VERB' || tokens[i + 1].pos === 'AUX' || (tokens[i + 1].pos === 'ADV' && tokens[i + 2]?.pos === 'VERB'))) {
      // (to its closing comma or the sentence's end: "who became president and chairman of the ruling party on July 26.")
      let e = i + 1;
      while (e < s.last && tokens[e].text !== ',' && tokens[e].text !== ';' && !/^[.!?]$/.test(tokens[e].text)) e++;
      asides.push([tokens[i].start, tokens[e - 1].end]);
      continue;
    }
    // ("Volunteers, who went from house to house on Saturday, have a list of 21 dead": a relative clause set off by commas on the
    // subject, closed before the act, tells of the subject)
    if (/^(?:who|whom|whose)$/.test(tokens[i].lower) && i > s.first + 1 && tokens[i - 1].text === ',' && (tokens[i - 2].pos === 'PROPN' || tokens[i - 2].pos === 'NOUN') && i < first &&
      (tokens[i + 1].pos === 'VERB' || tokens[i + 1].pos === 'AUX' || (tokens[i + 1].pos === 'ADV' && tokens[i + 2]?.pos === 'VERB'))) {
      // (to the comma the main verb follows, past a list's commas: "who went to Barangays Washington, Old Poblacion and Balintawak")
      let e = i + 1;
      while (e < first && tokens[e].text !== ';' && !(tokens[e].text === ',' && (tokens[e + 1].pos === 'VERB' || tokens[e + 1].pos === 'AUX'))) e++;
      if (e < first && tokens[e].text === ',') asides.push([tokens[i].start, tokens[e - 1].end]);
      continue;
    }
    // ("a gang that once backed Aristide and now calls itself the Front": "now" before another verb in the present dates that
    // verb's state)
    if (tokens[i].lower === 'now' && i + 1 !== first && i + 1 < s.last && (/^(?:is|are|remains|remain)$/.test(tokens[i + 1].lower) ||
      (tokens[i + 1].pos === 'VERB' && /[^s]s$/.test(tokens[i + 1].lower) && tokens[i + 1].lemma !== tokens[i + 1].lower))) {
      asides.push([tokens[i].start, tokens[i + 1].end]);
      continue;
    }
    // ("a street gang that now calls itself the Front drove police out": a relative clause in the present, on the subject before
    // the act, tells what its noun is now, not when the act was)
    if (/^(?:that|which|who)$/.test(tokens[i].lower) && i > s.first && (tokens[i - 1].pos === 'NOUN' || tokens[i - 1].pos === 'PROPN') && i < first) {
      const v = tokens[i + 1].pos === 'ADV' ? i + 2 : i + 1;
      const present = /^(?:is|are|remains|remain)$/.test(tokens[v]?.lower ?? '') || (tokens[v]?.pos === 'VERB' && /[^s]s$/.test(tokens[v].lower) && tokens[v].lemma !== tokens[v].lower);
      // (to the clause's end when it closes before the act, else through its verb: "that now calls")
      const end = clauseEnd(tokens, s, i, true);
      if (present && v < first) asides.push([tokens[i].start, tokens[end <= first ? end - 1 : v].end]);
    }
    // ("Prime Minister Bashkim Fino, appointed last week at the head of a national government, met representatives ... on Tuesday": a
    // participle's aside set off by commas after the subject, closed before the act, tells of the subject)
    // (not from the comma that closes such an aside)
    if (tokens[i].text === ',' && i > s.first && (tokens[i - 1].pos === 'PROPN' || tokens[i - 1].pos === 'NOUN') && tokens[i + 1]?.pos === 'VERB' && pastForm(tokens[i + 1]) &&
      /(?:ed|en)$/.test(tokens[i + 1].lower) && !closesAside(i)) {
      let e = i + 2;
      while (e < s.last && tokens[e].text !== ',' && tokens[e].text !== ';' && e - i < 25) e++;
      // (the verb of the sentence right after it: not "Marcus Reed of Milwaukee, disputed that account on Monday, saying ...")
      const v = tokens[e + 1];
      if (tokens[e]?.text === ',' && e < first && !!v && (v.pos === 'AUX' || (v.pos === 'VERB' && !v.lower.endsWith('ing')))) asides.push([tokens[i].start, tokens[e].end]);
    }
    // ("offered to hand over two of its nationals suspected by the West of blowing up a Pan Am plane in 1988": a participle
    // right after its noun opens a reduced relative clause, to the end of its clause, that tells of the noun)
    // (not a passive gapped after "and": "A man was hacked to death and his brother injured in Philipnagar on Tuesday night")
    if (tokens[i].pos === 'VERB' && pastForm(tokens[i]) && i > s.first && (tokens[i - 1].pos === 'NOUN' || (tokens[i - 1].pos === 'PROPN' && !tokens[i - 1].cap)) &&
      // (or a particle or "there": "dismantled posts set up there last week")
      /^(?:by|of|in|for|during|after|over|since|up|down|out|off|there|here|last|earlier)$/.test(tokens[i + 1]?.lower ?? '') && first < i - 3 && !isPassive(tokens, s, i) && !gapped(tokens, s, i) &&
      // (not the sentence's own verb, with none before it: "Riots over price rises broke out there in 1989"; a participle right after
      // its noun is no verb of the sentence, "Talks held at a motel broke down last Thursday")
      tokens.slice(s.first, i).some((t, j, r) => t.pos === 'AUX' || (t.pos === 'VERB' && !((pastForm(t) || (t.lemma !== t.lower && !/(?:ing|s)$/.test(t.lower))) && j > 0 && (r[j - 1].pos === 'NOUN' || r[j - 1].pos === 'PROPN'))))) {
      asides.push([tokens[i].start, tokens[clauseEnd(tokens, s, i, false) - 1].end]);
      continue;
    }
    // ("gathered as the council met to set the charge for the year starting on April 1": a span named by when it starts or ends
    // tells that span, not the act)
    if (/^(?:starting|beginning|ending|running|lasting|commencing)$/.test(tokens[i].lower) && i > s.first && tokens[i - 1].pos === 'NOUN' && first < i - 1) {
      asides.push([tokens[i].start, tokens[clauseEnd(tokens, s, i, false) - 1].end]);
      continue;
    }
    // ("accusing its neighbour of stirring up the riot in which protesters ransacked parliament two days ago": a relative
    // clause opened by a preposition and "which", or by "where", tells of its noun, not of the act before it)
    if (((/^(?:which|whom)$/.test(tokens[i].lower) && i > s.first + 1 && tokens[i - 1].pos === 'ADP' && tokens[i - 2].pos === 'NOUN') ||
      (tokens[i].lower === 'where' && i > s.first && tokens[i - 1].pos === 'NOUN')) && first < i - 3) {
      asides.push([tokens[i - (tokens[i].lower === 'where' ? 0 : 1)].start, tokens[clauseEnd(tokens, s, i, false) - 1].end]);
      continue;
    }
    // (", a group formed last year,": an apposition whose participle tells of its noun's own past)
    // (", the political movement formed last year by lawyers," after a name too)
    if (tokens[i].text === ',' && (/^(?:a|an)$/.test(tokens[i + 1].lower) || (tokens[i + 1].lower === 'the' && i > s.first && tokens[i - 1].pos === 'PROPN'))) {
      const the = tokens[i + 1].lower === 'the';
      let j = i + 2;
      let participle = false;
      while (j < s.last && tokens[j].text !== ',' && tokens[j].text !== ';' && j - i < 20) {
        // (after "the", only a participle right on its noun, before when or by whom: not ", the rebels also apologised for")
        participle ||= tokens[j].pos === 'VERB' && /ed$/.test(tokens[j].lower) && j - i <= 5 &&
          (!the || (tokens[j - 1].pos === 'NOUN' && (tokens[j + 1]?.pos === 'ADP' || /^(?:last|earlier|by|in)$/.test(tokens[j + 1]?.lower ?? ''))));
        j++;
      }
      if (participle && j < s.last && tokens[j].text === ',' && !(first > i && first < j)) asides.push([tokens[i].start, tokens[j].end]);
      continue;
    }
    // ("to protest a decree, issued on Wednesday, that suspends classes": a participle set off after its noun tells
    // the noun's own past, not the act's time)
    // (unless that noun is the act itself: "The state of emergency, declared in July, applies ..." was declared in July)
    // (nor here from the comma closing an aside: "the invaders, led by Col X, crossed from Honduras on Friday ..., occupied")
    if (tokens[i].text === ',' && i > s.first && (tokens[i - 1].pos === 'NOUN' || tokens[i - 1].pos === 'PROPN') && tokens[i + 1].pos === 'VERB' && pastForm(tokens[i + 1]) &&
      (tokens[i + 2]?.pos === 'ADP' || tokens[i + 2]?.pos === 'ADV') && !(first < i && i - first <= 3) && !closesAside(i)) {
      let j = i + 2;
      while (j < s.last && tokens[j].text !== ',' && tokens[j].text !== ';' && j - i < 9) j++;
      if (j < s.last && tokens[j].text === ',' && !(first > i && first < j)) asides.push([tokens[i].start, tokens[j].end]);
      continue;
    }
    // ("In Tabriz, where serious rioting broke out last February, crowds set fire to a bank": a place's "where" clause too)
    if (tokens[i].text !== ',' || !/^(?:who|which|whose|where)$/.test(tokens[i + 1].lower)) continue;
    let j = i + 2;
    while (j < s.last && tokens[j].text !== ',' && tokens[j].text !== ';' && j - i < 30) j++;
    if (j < s.last && tokens[j].text === ',' && !(first > i && first < j)) asides.push([tokens[i].start, tokens[j].end]);
  }
  return asides.length ? times.filter((t) => !asides.some(([a, b]) => t.start >= a && t.end <= b)) : times;
}

/** The end (exclusive) of the clause opened at i: a comma, a semicolon, "but" (and "and" when `andEnds`), at most 30 tokens on. */
function clauseEnd(tokens: Token[], s: Sentence, i: number, andEnds: boolean): number {
  let j = i + 1;
  for (;;) {
    while (j < s.last && tokens[j].text !== ',' && tokens[j].text !== ';' && (!andEnds || tokens[j].lower !== 'and') && tokens[j].lower !== 'but' && j - i < 30) j++;
    // (not the commas around a name set after a place: "a peace deal signed in Libreville, Gabon, in January")
    const n = nameBetweenCommas(tokens, s, j);
    if (n < 0 || j - i >= 30) break;
    j = n + 1;
  }
  return Math.min(j, s.last);
}

/** After a place's name, the comma at j opening an apposition of one to three capitalised words closed by a comma: that comma. */
function nameBetweenCommas(tokens: Token[], s: Sentence, j: number): number {
  if (j >= s.last || tokens[j].text !== ',' || tokens[j - 1]?.pos !== 'PROPN' || !tokens[j - 1].cap) return -1;
  let k = j + 1;
  while (k < s.last && k - j <= 3 && tokens[k].pos === 'PROPN' && tokens[k].cap) k++;
  return k > j + 1 && k < s.last && tokens[k].text === ',' ? k : -1;
}

/** Does the noun phrase before the participle at i follow "and" (a passive whose "was" is not said again)? */
function gapped(tokens: Token[], s: Sentence, i: number): boolean {
  let k = i - 1;
  while (k > s.first && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'DET' || tokens[k].pos === 'NUM' || tokens[k].pos === 'PROPN' || tokens[k].lower === 'of' || POSSESSIVES.has(tokens[k].lower))) k--;
  return tokens[k].lower === 'and' || tokens[k].lower === 'while';
}

const WEEKDAY_ONLY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)$/i;
/** a vote named by its day's possessive: "Sunday's parliamentary election", "last week's disputed poll" */
const POSSESSED_VOTE = /^\s+(?:[\w-]+\s+){0,2}?(?:elections?|votes?|polls?|referendum|ballot|run-?off|primar(?:y|ies))\b/i;
/** an article or possessive before a day, with a word that qualifies the occasion between them ("the disputed May 15 election") */
const ARTICLE_BEFORE = /\b(?:the|its|his|her|their)\s+(?:(?:disputed|contested|controversial|flawed|rigged|recent|last|previous|general|presidential|parliamentary|local|national|fraudulent|failed|aborted|bloody|deadly)\s+)?$/i;
/** a noun after a day, naming what that day is of: "the Dec. 27 vote", 'the March 3 "internal settlement"' (not "the March 20 morning",
 * not a clause going on) */
const OCCASION_AFTER = /^\s+["“]?(?!(?:morning|afternoon|evening|night|dawn|noon|midnight|and|or|to|in|at|on|by|of|when|as)\b)[a-z][a-z-]+\b/i;
/**
 * "to dispute the result of Sunday's election": a day in the possessive dates the noun it
 * qualifies, not another act ("Sunday's protests turned violent" still dates the protests).
 */
function possessedTimes(doc: Doc, times: TimeMention[], first: number): TimeMention[] {
  const text = doc.text;
  const trig = doc.tokens[first].start;
  return times.filter((t) => {
    // (a day set before a noun after an article names an occasion the same way: "disputed the result of the Dec. 27 vote" is
    // not of Dec. 27)
    // (and a day right after an act's noun, before its "of": "to protest ... the deaths Monday of four students" is no protest of Monday)
    // (the cheap tests of the time's own text first: this runs for every time of every act)
    if (WEEKDAY_ONLY.test(t.text) && /^\s+of\s/.test(text.slice(t.end, t.end + 5)) && /\b[a-z]+s?\s+$/.test(text.slice(Math.max(0, t.start - 20), t.start)) &&
      !/\b(?:on|of|by|since|until|from|last|next|this|that|every|and|or|early|late)\s+$/i.test(text.slice(Math.max(0, t.start - 10), t.start))) {
      const nounEnd = t.start - text.slice(Math.max(0, t.start - 20), t.start).match(/\s+$/)![0].length;
      return doc.tokens[first].end === nounEnd;
    }
    const poss = /^['’]s\b/.test(text.slice(t.end, t.end + 3));
    if (!poss && !(/\d\.?$/.test(t.text) && ARTICLE_BEFORE.test(text.slice(Math.max(0, t.start - 22), t.start)) && OCCASION_AFTER.test(text.slice(t.end, t.end + 24)))) return true;
    const end = t.end + (poss ? 2 : 0);
    // ("In Wednesday's raid, soldiers detained nine men ... and blew up a workshop": a frame opening the sentence dates all it tells)
    if (/(?:^|[.!?]\s+|\n\s*)(?:in|during)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, t.start - 16), t.start)) && /^(?:\s+[\w-]+){1,3},/.test(text.slice(end, end + 40))) return true;
    // ("had been detained during Monday night's unrest": the frame the act is told in dates it; not a vote the act is about,
    // "protesting against alleged fraud in Sunday's parliamentary election")
    const vote = POSSESSED_VOTE.test(text.slice(end, end + 40));
    if (trig < t.start && t.start - trig < 40 && /\b(?:during|amid|in)\s+$/i.test(text.slice(trig, t.start)) && !/[,;.]/.test(text.slice(trig, t.start)) && !vote) return true;
    // ("86 injured in Friday's violence, in which a crowd ... set fire to the town hall": what a relative clause on the dated
    // noun tells is of that day)
    // (or "which" alone: "the July 2001 order which had put all sharks on schedule I"; or "when": "since last July's disturbances, when
    // Guardsmen patrolled the city")
    if (trig > t.end && /^(?:\s+[\w-]+){1,3},?\s+(?:(?:(?:in|during)\s+)?which|when)\b/i.test(text.slice(end, end + 60)) && !/[;.]/.test(text.slice(end, trig))) return true;
    // (past where it happened: "last December's riots in the western oil town of Zhanaozen, in which at least 16 people were killed
    // when police opened fire")
    // (or a plain "which": "the February 14 truck bombing on the Beirut seafront, which killed Hariri")
    if (trig > t.end && /^(?:\s+[\w-]+){1,10},\s+(?:(?:in|during)\s+)?which\b/i.test(text.slice(end, end + 100)) && !/[;.]/.test(text.slice(end, trig))) return true;
    // the possessed noun phrase: a few words after the mark, up to the trigger when it is that noun
    // (further on only through words that open no clause of their own: "yesterday's clash between police and schoolchildren
    // protesting", not "last month's cease-fire deal with Azerbaijan that ended fighting")
    if (!(trig > t.end && trig - t.end < 60 && !/[,;.]/.test(text.slice(t.end, trig)))) return false;
    const toks = doc.tokens;
    // (nor the clause's own verb past the possessed vote: "people protesting against alleged fraud in Sunday's parliamentary election set
    // fire to the ruling party's headquarters")
    if (vote && toks[first].pos === 'VERB' && !toks[first].lower.endsWith('ing')) return false;
    // (not a verb joined after the noun: "called on the government to annul the October 20 election and gave it until Saturday")
    if (toks[first].pos === 'VERB' && toks[first - 1]?.lower === 'and' && toks[first - 1].start >= t.end) return false;
    if (trig - t.end < 40) return true;
    for (let k = first - 1; k >= 0 && toks[k].start >= t.end; k--) if (toks[k].pos === 'VERB' || toks[k].pos === 'AUX' || /^(?:that|which|who)$/.test(toks[k].lower)) return false;
    return true;
  });
}

/** the words of a part of a day before the day itself: "on the night of", "in the early hours of" */
const DAY_PARTS_OF = new Set(['night', 'morning', 'evening', 'afternoon', 'hours', 'early', 'of', 'eve']);
/** words that may stand before a time opening a sentence ("Late on Tuesday", "But early on Monday") */
const OPENERS = new Set(['on', 'late', 'early', 'later', 'by', 'then', 'but', 'and', 'in', 'at', 'during', 'overnight', 'shortly', 'soon', ',', 'that', 'the']);
/**
 * ("rejected the accusation ... and in turn accused Pakistani forces of firing rockets into border villages last week"): a time
 * told in what someone is accused of is that charge's, no day of an act told before the accusation.
 */
function notOfCharge(tokens: Token[], s: Sentence, times: TimeMention[], first: number): TimeMention[] {
  if (times.length === 0) return times;
  for (let a = first + 1; a < s.last; a++) {
    if (!/^accus/.test(tokens[a].lower)) continue;
    let o = a + 1;
    while (o < s.last && o - a <= 8 && tokens[o].lower !== 'of' && tokens[o].text !== ',' && tokens[o].text !== ';') o++;
    if (tokens[o]?.lower !== 'of') continue;
    const from = tokens[o].end;
    return times.filter((t) => t.start < from);
  }
  return times;
}

/** acts that a protest is against, named by their nouns: "against an attack the previous day" */
const GRIEVANCE_NOUNS = new Set(['attack', 'attacks', 'killing', 'killings', 'arrest', 'arrests', 'death', 'deaths', 'shooting', 'shootings', 'murder', 'murders', 'assassination', 'raid', 'raids', 'massacre', 'beating', 'beatings', 'detention', 'detentions', 'bombing', 'ban', 'verdict', 'sentence', 'decision']);
/**
 * "gathered to protest against an attack the previous day": a day told right after the act a protest is against, past the trigger,
 * is that act's, not the protest's.
 */
function ofGrievance(tokens: Token[], s: Sentence, times: TimeMention[], last: number): TimeMention[] {
  if (times.length === 0) return times;
  return times.filter((t) => {
    if (t.start < (tokens[last - 1]?.end ?? 0)) return true;
    let k = last;
    while (k < s.last && tokens[k].end <= t.start) k++;
    const n = k - 1;
    if (n < last || !GRIEVANCE_NOUNS.has(tokens[n].lower)) return true;
    let j = n - 1;
    while (j >= last && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ' || POSSESSIVES.has(tokens[j].lower))) j--;
    return !(j >= last && /^(?:against|over|at|about|for)$/.test(tokens[j].lower));
  });
}

/**
 * "marched through the city to mark the first anniversary of the killing of religious students by police there in January 1978":
 * a time told in what an anniversary is of dates the act remembered, not the act that marks it.
 */
function notCommemorated(tokens: Token[], s: Sentence, times: TimeMention[], first: number): TimeMention[] {
  if (times.length === 0) return times;
  for (let a = s.first; a < s.last - 1; a++) {
    if (tokens[a].lower !== 'anniversary' || tokens[a + 1].lower !== 'of' || (first > a && first < s.last && times.every((t) => t.start < tokens[first].start))) continue;
    // (to the end of its clause, the act itself not inside: "On the anniversary of the 1989 massacre, students marched")
    let e = a + 2;
    while (e < s.last && tokens[e].text !== ';' && !(tokens[e].text === ',' && e > first && first > a) && e !== first) e++;
    const from = tokens[a].start;
    const to = tokens[Math.min(e, s.last) - 1].end;
    return times.filter((t) => !(t.start >= from && t.end <= to));
  }
  return times;
}

/** Times told inside a relative clause on a noun after the act, which are that clause's own ("gave the military officers who seized
 * power last week seven days to reinstate Bazoum" is not last week's): left out for the act. */
function notOfRelative(tokens: Token[], s: Sentence, times: TimeMention[], first: number, last: number, verbal: boolean): TimeMention[] {
  if (times.length === 0) return times;
  const at = tokens[first].start;
  const relativeAt = (k: number): boolean => {
    const w = tokens[k].lower;
    return (w === 'who' || w === 'which' || w === 'whom' || (w === 'that' && tokens[k - 1].pos === 'NOUN')) && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN') &&
      (tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'AUX');
  };
  return times.filter((t) => {
    // (a participle set off after such a clause is of the sentence's act: "... officers who seized power last week seven days to
    // reinstate Bazoum, warning that they could use force")
    if (t.start <= at) {
      const comma = (x: Token) => x.text === ',' || x.text === ';';
      if (!tokens.slice(s.first, first).some((x) => x.start >= t.end && comma(x))) return true;
      for (let k = s.first + 1; k < first && tokens[k].end <= t.start; k++) {
        if (relativeAt(k) && !tokens.slice(k, first).some((x) => x.end <= t.start && comma(x))) return false;
      }
      return true;
    }
    // (one on the act's own noun tells its time: "the protests that toppled President Omar al-Bashir in April")
    for (let k = first + 1; k < s.last && tokens[k].end <= t.start; k++) {
      if (tokens[k].text === ',' || tokens[k].text === ';') return true;
      if (relativeAt(k) && (verbal || k > last)) return false;
    }
    return true;
  });
}
/**
 * Times told in another main clause of the sentence are left out: "The envoy was due in Yerevan on Monday,
 * and the OSCE urged both sides ..." (", and" or "; " then a new subject starts another clause).
 */
function otherClause(tokens: Token[], s: Sentence, times: TimeMention[], first: number): TimeMention[] {
  if (times.length === 0) return times;
  const breaks: number[] = [];
  for (let k = s.first + 1; k < s.last - 2; k++) {
    const t = tokens[k];
    // (and a clause on the place just named: "Shops stayed closed today in the town of Gonaives, where soldiers shot dead three students
    // during a demonstration on Thursday")
    if ((t.text === ',' && (tokens[k + 1].lower === 'and' || tokens[k + 1].lower === 'but' || tokens[k + 1].lower === 'while' || tokens[k + 1].lower === 'where')) || t.text === ';') {
      const j = t.text === ';' ? k + 1 : k + 2;
      const subj = tokens[j];
      // (a new subject and its verb: not a list going on, "five men on Monday, and women on Tuesday")
      let verb = false;
      for (let q = j + 1; q < s.last && q - j <= 7 && !verb; q++) {
        if (tokens[q].text === ',') break;
        verb = tokens[q].pos === 'VERB' || tokens[q].pos === 'AUX';
      }
      // (a gerund the tagger calls a verb may be that subject: ", but fighting continued in the bush on Monday")
      const gerund = subj?.pos === 'VERB' && subj.lower.endsWith('ing') && tokens[j + 1]?.pos === 'VERB' && /ed$/.test(tokens[j + 1].lower);
      // (a clause on a place breaks off only one that tells a time of its own: not "Fresh fires broke out last night along Batu Road,
      // where rows of shophouses were set alight")
      const ownTime = tokens[k + 1].lower !== 'where' || times.some((x) => x.start > tokens[k].start);
      if (subj && (subj.pos === 'DET' || subj.pos === 'PROPN' || subj.pos === 'PRON' || subj.pos === 'NOUN' || gerund) && subj.lower !== 'that' && verb && ownTime) breaks.push(tokens[k].start);
    }
  }
  if (breaks.length === 0) return times;
  const at = tokens[first].start;
  // (a time opening the sentence is said of all its clauses: "On Tuesday the crowd swelled, and hundreds of young men
  // broke through police lines")
  // (and past a part of the day: "On the night of December 19, 2010, tens of thousands gathered ...; police beat demonstrators")
  const opening = (t: TimeMention): boolean => {
    for (let k = s.first; k < s.last && tokens[k].start < t.start; k++) if (k - s.first > 5 || !(OPENERS.has(tokens[k].lower) || DAY_PARTS_OF.has(tokens[k].lower))) return false;
    return true;
  };
  // (a time the clause "when" opens is told right after is said of that clause through what is joined to it: "The crisis began last
  // Thursday when the King refused to accept the demand, and the Premier resigned")
  const ofWhen = (t: TimeMention): boolean => {
    let k = s.first;
    while (k < s.last && tokens[k].start < t.end) k++;
    return tokens[k]?.lower === 'when' && k < first;
  };
  const kept = times.filter((t) => opening(t) || ofWhen(t) || !breaks.some((b) => (t.end <= b && b < at) || (at < b && b <= t.start)));
  return kept;
}

/** words opening a clause that tells another act's time: "were burying their dead yesterday after police opened fire ... on Saturday"
 * (not "when", "as" or "while", whose clause happens at the main clause's time: "THE UNREST BEGAN ON MONDAY WHEN WORKERS ... DOWNED
 * TOOLS") */
const CLAUSE_TIME_OPENERS = new Set(['after', 'before', 'because']);
/**
 * "Families were burying their dead yesterday after police opened fire on supporters during demonstrations on Saturday": an act in a
 * clause "after", "before" or "because" opens, when that clause tells a time of its own, is dated by the times told from the opener
 * on, not by the main clause's told before it.
 */
function subordinateOwnTime(tokens: Token[], s: Sentence, times: TimeMention[], first: number): TimeMention[] {
  if (times.length < 2) return times;
  let k = first - 1;
  while (k > s.first && first - k <= 10 && !CLAUSE_TIME_OPENERS.has(tokens[k].lower) && tokens[k].text !== ',' && tokens[k].text !== ';' && tokens[k].pos !== 'VERB') k--;
  if (k <= s.first || !CLAUSE_TIME_OPENERS.has(tokens[k].lower)) return times;
  const open = tokens[k].start;
  const own = times.filter((t) => t.start >= open);
  if (!own.length || own.length === times.length) return times;
  return own;
}

const SPAN_UNITS: Record<string, [number, TimeMention['precision']]> = { day: [1, 'day'], days: [1, 'day'], week: [7, 'week'], weeks: [7, 'week'], hours: [0, 'day'], hour: [0, 'day'] };
/** "days after", "weeks after" with no count: how many of the unit to count back, and the precision that leaves */
const BARE_SPANS: Record<string, [number, [number, TimeMention['precision']]]> = { days: [3, [1, 'week']], weeks: [2, [7, 'month']] };
/**
 * "Seven were arrested on Saturday, a day after two groups clashed": an event in a clause opened by
 * "N days after" happened N days before the time of the clause it follows (told before it in the sentence).
 */
function daysAfter(text: string, tokens: Token[], s: Sentence, times: TimeMention[], first: number, published: string | null = null): TimeMention | null {
  // (the clause runs on through what is joined to it: "a day after thousands of residents rallied against the killing of
  // a local man by police and some of them set fire to a police building")
  for (let k = first - 1; k > s.first + 1 && first - k <= 25; k--) {
    const t = tokens[k];
    // (and through the participle that tells its outcome: "a day after a bomber blew himself up at a bus stop, killing three")
    if (t.text === ',' && k === first - 1 && tokens[first].lower.endsWith('ing')) continue;
    if (t.text === ',' || t.text === ';' || t.lower === 'but' || t.lower === 'while' || t.lower === 'before') return null;
    if (t.lower !== 'after') continue;
    // ("The shooting came 25 years to the day after police killed 69 people at Sharpeville": years before, counted from the
    // publication's year, the day told only as "to the day")
    {
      const toDay = tokens[k - 1]?.lower === 'day' && tokens[k - 2]?.lower === 'the' && tokens[k - 3]?.lower === 'to' ? k - 4 : k - 1;
      const inYears = /^years?$/.test(tokens[toDay]?.lower ?? '');
      const nt = tokens[toDay - 1];
      const years = inYears && nt ? (NUMBER_WORDS[nt.lower] ?? (/^\d{1,3}$/.test(nt.text) ? Number(nt.text) : 0)) : 0;
      if (years && published) {
        const y = Number(published.slice(0, 4)) - years;
        return { start: nt.start, end: t.end, text: text.slice(nt.start, t.end), date: `${String(y).padStart(4, '0')}-01-01`, precision: 'year', anchored: true };
      }
      if (inYears) return null;
    }
    let unit = SPAN_UNITS[tokens[k - 1].lower];
    let nTok = tokens[k - 2];
    let n = unit && (unit[0] === 0 ? 1 : (NUMBER_WORDS[nTok.lower] ?? (/^\d{1,2}$/.test(nTok.text) ? Number(nTok.text) : 0)));
    // ("fled early on Wednesday, days after protesters stormed his residence": a few days or weeks before, uncountable; told as
    // three days or two weeks before, at the precision of a week or a month, like ACLED's time precision 2 and 3)
    if (unit && !n && BARE_SPANS[tokens[k - 1].lower]) { [n, unit] = BARE_SPANS[tokens[k - 1].lower]; nTok = tokens[k - 1]; }
    if (!unit || !n) return null;
    // ("is still holding the prime minister, four days after gunmen burst into the chamber": counted back from now when the
    // clause it follows tells the present)
    const now = published && tokens.slice(s.first, k - 2).some((x) => /^(?:is|are|remains|remain|continues|continue)$/.test(x.lower)) ?
      { start: 0, end: 0, text: '', date: published, precision: 'day' as const, anchored: true, after: false } : undefined;
    const base = times.filter((x) => x.end <= nTok.start && !x.after && x.precision === 'day').pop() ?? now;
    if (!base) return null;
    const d = new Date(Date.parse(base.date + 'T12:00:00Z') - n * unit[0] * 86_400_000);
    return { start: nTok.start, end: t.end, text: text.slice(nTok.start, t.end), date: d.toISOString().slice(0, 10), precision: unit[1], anchored: base.anchored };
  }
  return null;
}

/** "a 1973 coup", "the 1994 genocide", "its 2011 military offensive": a year between a determiner and the event noun */
/** The year a token names, as a time of year precision. */
function yearTime(y: Token): TimeMention {
  return { start: y.start, end: y.end, text: y.text, date: `${y.text}-01-01`, precision: 'year', anchored: true };
}

function yearBefore(tokens: Token[], s: Sentence, first: number): TimeMention | null {
  let k = first - 1;
  while (k > s.first && first - k <= 2 && (tokens[k].pos === 'ADJ' || (tokens[k].pos === 'NOUN' && !tokens[k].cap))) k--;
  const y = tokens[k];
  if (!y || k <= s.first || !YEAR.test(y.text)) return null;
  const d = tokens[k - 1];
  if (!(d.pos === 'DET' || POSSESSIVES.has(d.lower) || d.text === "'s" || d.text === '’s')) return null;
  return yearTime(y);
}

/**
 * "were killed in violence after the 2007 election", "where gangs clashed after the 2007 vote": an act told as following
 * an event of a year named is of that year (the nearest a text that names no later time can say).
 */
function yearEventAfter(tokens: Token[], s: Sentence, last: number): TimeMention | null {
  for (let k = last; k < s.last - 2 && k - last <= 4; k++) {
    const w = tokens[k].lower;
    if (w === ',' || w === ';') return null;
    // ("seized power in a 1973 coup": in an event of a named year too)
    if (!/^(?:after|following|during|before|since|in)$/.test(w) || !(tokens[k + 1].lower === 'the' || (w === 'in' && (tokens[k + 1].lower === 'a' || tokens[k + 1].lower === 'an')))) continue;
    const y = tokens[k + 2];
    if (!y || !YEAR.test(y.text) || tokens[k + 3]?.pos !== 'NOUN') return null;
    return yearTime(y);
  }
  return null;
}

/** "... the twenty-eighth of September, 1958, the day on which Guineans voted to reject ...": the day the apposition names */
function dayOnWhich(tokens: Token[], s: Sentence, times: TimeMention[] | null | undefined, first: number): TimeMention | null {
  if (!times?.length) return null;
  for (let k = first - 1; k > s.first + 2 && first - k <= 10; k--) {
    if (!/^(?:day|date|night|morning|year)$/.test(tokens[k].lower) || tokens[k - 1].lower !== 'the' || tokens[k - 2].text !== ',') continue;
    const n = tokens[k + 1]?.lower;
    if (!(n === 'when' || ((n === 'on' || n === 'in') && tokens[k + 2]?.lower === 'which'))) return null;
    const comma = tokens[k - 2];
    // (the time must close right before the comma: "September, nineteen fifty-eight, the day on which")
    return times.find((t) => t.end <= comma.start && comma.start - t.end <= 1) ?? null;
  }
  return null;
}

const MONTH_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** "... after the 2007 election, when Odinga accused Kibaki of rigging": a "when" clause after a year names that year */
function yearOfWhen(tokens: Token[], s: Sentence, first: number): TimeMention | null {
  // ("seized power in a 1980 coup in which President Tolbert was killed", "the 1994 genocide, during which ...": a relative clause
  // on an act a year dates)
  let r = first - 1;
  while (r > s.first + 1 && first - r <= 8 && tokens[r].lower !== 'which' && tokens[r].text !== ',' && tokens[r].text !== ';') r--;
  if (r > s.first + 1 && tokens[r].lower === 'which' && /^(?:in|during|after|before)$/.test(tokens[r - 1].lower)) {
    const end = tokens[r - 2].text === ',' ? r - 3 : r - 2;
    for (let k = end; k > s.first && end - k <= 4; k--) {
      const y = tokens[k];
      if (YEAR.test(y.text) && (tokens[k - 1].pos === 'DET' || /^(?:in|of|since)$/.test(tokens[k - 1].lower) || MONTH_NAMES.has(tokens[k - 1].lower))) return yearTime(y);
      if (y.pos === 'VERB' || y.pos === 'PUNCT') break;
    }
  }
  // ("The 2009 election that brought Ali Bongo to power was also followed by deadly riots": what followed an act a year dates, told
  // as that act's sequel, is of that year)
  {
    let k = first - 1;
    while (k > s.first && first - k <= 3 && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'DET' || tokens[k].pos === 'NUM')) k--;
    if (k - 2 > s.first && tokens[k].lower === 'by' && /^(?:followed|accompanied|marred|preceded)$/.test(tokens[k - 1].lower)) {
      let b = k - 2;
      if (tokens[b].lower === 'also') b--;
      if (/^(?:was|were)$/.test(tokens[b]?.lower ?? '')) {
        for (let j = s.first; j < Math.min(b, s.first + 4); j++) if (YEAR.test(tokens[j].text) && j > s.first && (tokens[j - 1].pos === 'DET' || tokens[j - 1].text === "'s" || tokens[j - 1].text === '’s')) return yearTime(tokens[j]);
      }
    }
  }
  // ("the 2011 power-transfer deal that eased Saleh out of office", "the 1994 genocide which killed 800,000": a subject relative
  // clause on an act a year dates)
  if (first - 2 > s.first && /^(?:that|which)$/.test(tokens[first - 1].lower)) {
    for (let k = first - 2; k > s.first && first - k <= 6; k--) {
      const y = tokens[k];
      if (YEAR.test(y.text) && (tokens[k - 1].pos === 'DET' || tokens[k - 1].text === "'s" || tokens[k - 1].text === '’s')) return yearTime(y);
      // (inside a hyphenated compound, whatever the tagger makes of its parts: "power-transfer/VERB deal")
      if (!(y.pos === 'NOUN' || y.pos === 'ADJ' || y.pos === 'PROPN' || y.text === '-' || tokens[k - 1].text === '-' || tokens[k + 1].text === '-')) break;
    }
  }
  let w = first - 1;
  while (w > s.first && first - w <= 6 && tokens[w].lower !== 'when' && tokens[w].text !== ',') w--;
  if (w <= s.first + 1 || tokens[w].lower !== 'when' || tokens[w - 1].text !== ',') return null;
  for (let k = w - 2; k > s.first && w - k <= 4; k--) {
    const y = tokens[k];
    // ("since January 2014, when a three-week national stoppage ...": a month before the year too)
    // ("the claim dates back to 1878, when the Sultan of Sulu signed")
    if (YEAR.test(y.text) && (/^(?:the|in|to|of|by|until|till)$/.test(tokens[k - 1].lower) || MONTH_NAMES.has(tokens[k - 1].lower))) return yearTime(y);
  }
  return null;
}

/** what may stand between a verb of saying and the day it was said: "said on", "said in a statement on", "said at a news conference" */
const SAID_DAY_GAP = /^\s+(?:(?:in|at)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){1,3}?)?(?:on\s+)?$/i;
/**
 * "A church statement issued on Monday said 37 people were killed": a day told in the source's own phrase dates
 * the telling, not the act it reports (a speech act keeps it: the statement's condemning is Monday's).
 */
function outsideSource(text: string, times: TimeMention[], attribution: TextSpan | null, at: number, event: string, mode: string | null = null, reality: Reality = 'asserted'): TimeMention[] {
  // (a resignation is done by telling it: "announced on Friday that she was resigning" resigned on Friday)
  // (and an act not yet done is told as a threat or a promise on the day it is said: "said in a radio broadcast tonight that Rhodesia
  // would strike at guerrilla camps")
  if (!attribution || times.length === 0 || SPEECH_LIKE.has(event) || mode === 'resign' || reality === 'future' || reality === 'hypothetical') return times;
  // ("two civilians were killed in separate attacks, police said Saturday": a day right after the closing source is the telling's too)
  // ("told our correspondent on Monday that the attackers arrived ... and began shooting": past whom it was told, too; for a material act
  // only: "He told reporters today that he would not resign" refuses today)
  const material = /^(?:ASSAULT|COERCE|PROTEST|MOBILIZE)$/.test(event);
  const toldTo = material && /\b(?:told|tells)$/i.test(text.slice(attribution.start, attribution.end));
  // (past the medium it was said in, for a material act: "said in a statement on Monday that 16 police officers had been hurt")
  const toldDay = (t: TimeMention) => (t.start >= attribution.end && t.start - attribution.end <= (material ? 40 : 4) && SAID_DAY_GAP.test(text.slice(attribution.end, t.start)) &&
    (t.start - attribution.end <= 4 || /^\s*(?:,|that\b)/i.test(text.slice(t.end, t.end + 8)))) ||
    (toldTo && t.start >= attribution.end && t.start - attribution.end <= 36 && /^\s+(?:(?:the|our|a|an)\s+)?(?:[\w.'’-]+\s+){1,2}(?:on\s+)?$/i.test(text.slice(attribution.end, t.start)) &&
      /^\s*(?:,|that\b)/i.test(text.slice(t.end, t.end + 8)));
  if (attribution.start > at) return times.filter((t) => !toldDay(t));
  if (attribution.end > at) return times;
  // ("..., hospital staff said Wednesday, in the worst unrest since 1994": the day right after the verb is the telling's, for an
  // act told after it too)
  if (times.some(toldDay) && (toldTo || /^\s*(?:on\s+)?[\w-]+\s*(?:,|that\b)/.test(text.slice(attribution.end, attribution.end + 20)) || times.some((t) => toldDay(t) && t.start - attribution.end > 4))) return times.filter((t) => !toldDay(t) && !(t.start >= attribution.start && t.end <= attribution.end));
  return times.filter((t) => !(t.start >= attribution.start && t.end <= attribution.end));
}

/**
 * "The army said two soldiers had been lynched on Tuesday, a claim the opposition rejected": a day inside what someone else
 * reported, closed by a comma before the statement, is the day of the act reported, not of the statement about it.
 */
function othersReport(tokens: Token[], s: Sentence, times: TimeMention[], first: number, event: string): TimeMention[] {
  if (times.length === 0 || !SPEECH_LIKE.has(event)) return times;
  const at = tokens[first].start;
  return times.filter((t) => {
    if (t.end > at) return true;
    let comma = false;
    for (let k = first - 1; k > s.first && tokens[k].start >= t.end; k--) if (tokens[k].text === ',') comma = true;
    if (!comma) return true;
    // (inside the reported clause: a verb of its own stands between the verb of saying and the day, so "said on Monday, in an
    // interview, that the government rejected ..." keeps its day)
    for (let k = s.first; k < first && tokens[k].end <= t.start; k++) {
      if (!(tokens[k].pos === 'VERB' && (tokens[k].lower === 'said' || tokens[k].lower === 'told' || REPORT_VERBS_PAST.has(tokens[k].lower)))) continue;
      for (let j = k + 1; j < first && tokens[j].end <= t.start; j++) if (tokens[j].pos === 'VERB') return false;
    }
    return true;
  });
}

/**
 * The times of a verb that takes an infinitive of what is not yet done, without those told inside that infinitive: "It has promised to
 * hold new elections on June 9" was promised before June 9, on no day that sentence tells.
 */
function notOfComplement(trigger: Trigger, tokens: Token[], s: Sentence, verbal: boolean, last: number, times: TimeMention[]): TimeMention[] {
  if (!verbal || !trigger.comp || !times.length) return times;
  for (let k = last; k < s.last - 1 && k - last <= 4; k++) {
    if (tokens[k].text === ',' || tokens[k].text === ';') return times;
    if (tokens[k].lower === 'to' && tokens[k + 1].pos === 'VERB') return times.filter((t) => t.start < tokens[k].start);
  }
  return times;
}

function nearestTime(times: TimeMention[], at: number): TimeMention | null {
  let best: TimeMention | null = null;
  let bd = Infinity;
  for (const t of times) {
    const d = Math.abs(t.start - at);
    if (d < bd) {
      bd = d;
      best = t;
    }
  }
  return best;
}
