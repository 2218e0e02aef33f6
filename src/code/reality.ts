/**
 * Did the event happen? Negation, modality, conditionals, future, questions, infinitive
 * complements of intent verbs — and who says so (attribution).
 */
import { REALITY_DATA } from './lexicon.js';
import type { Doc, Reality, Sentence, TextSpan, Token } from '../types.js';

interface RData {
  negators: string[];
  mining_modifiers: string[];
  mine_blast_words: string[];
  mine_ore_words: string[];
  patient_subjects: string[];
  owner_acts: string[];
  impact_verbs: string[];
  weapon_had_verbs: string[];
  mine_site_words: string[];
  failure: string[];
  modals: string[];
  future: string[];
  conditional: string[];
  condition_phrases: string[];
  lifted_measures: string[];
  handled_weapons: string[];
  weapons_handled: string[];
  undelivered: string[];
  relief_goods: string[];
  intent: string[];
  measure_decisions: string[];
  measure_nouns: string[];
  implicative: string[];
  reporting: string[];
  hedges: string[];
  historical: string[];
  disaster: string[];
  crime: string[];
  accident: string[];
  gas_weapons: string[];
  voicing_documents: string[];
  /** verbs (and nouns) of fearing, awaiting or warning of something, directly or after a preposition */
  anticipating: { direct: string[]; for: string[]; of: string[]; against: string[] };
  /** what a statement is sent in: a "to X" after one is its addressee ("in messages to the media") */
  addressed_documents: string[];
  reference_frames: string[];
  /** objects that make "take/seize/lose control of" something other than territory ("of the drugs trade", "of the car") */
  abstract_objects: string[];
  /** nouns that make a place of a clause without a named place ("lost control of the border area") */
  territory_nouns: string[];
  directed_nouns: string[];
  occasions: string[];
  label_verbs: string[];
  as_label_verbs: string[];
  /** objects that make violence words figurative ("fighting corruption", "battling the blaze") */
  abstract_targets: string[];
  discourse_objects: string[];
  /** "used tear gas to disperse the crowd": a purpose infinitive after these verbs was carried out */
  instrumental: string[];
  /** "a ballistic missile test", "the test of a hydrogen bomb": weapons shown, not used */
  weapon_tests: string[];
  not_arrest: { before: string[]; after: string[]; objects: string[] };
  not_release: { objects: string[]; after_care?: string[] };
  natural_forces: string[];
  topic_verbs?: string[];
  hazards?: string[];
  deliberate_destruction: string[];
  celebrating: string[];
  halting_verbs: string[];
  letting_verbs: string[];
  manner_phrases: string[];
  given_standing: string[];
  struck_by: string[];
  hacked_things: string[];
  founding_verbs: string[];
  founded_to_look: string[];
  acts_with_weapons: string[];
  readying_nouns: string[];
  rule_words?: string[];
  idioms?: string[];
  legal_categories?: string[];
  hostile_verbs?: string[];
  /** verbs whose act on oneself ("killed himself", "hanged herself") is no attack */
  self_harm_verbs?: string[];
  /** where people go back to ("returned to its base", "to their villages"): no return of anything */
  return_destinations?: string[];
  freeing_verbs?: string[];
  hostile_nouns?: string[];
  talk_words?: string[];
  returning_states?: string[];
  delegations?: string[];
  denied_intents?: string[];
  bringing_verbs?: string[];
  symmetric_verbs?: string[];
  declared_acts?: string[];
  fight_nouns?: string[];
  unreal_predicates?: string[];
  stopped_predicates?: string[];
  stopping_verbs?: string[];
  own_meeting_bodies?: string[];
  not_followed?: Record<string, string[]>;
  anonymity?: string[];
  sports?: string[];
  not_preceded?: Record<string, string[]>;
  limit_verbs: string[];
  commentators: string[];
  not_objects?: Record<string, string[]>;
  opinion_nouns?: string[];
  fearing_verbs?: string[];
  approvals?: string[];
  documents?: string[];
  deliberated_verbs?: string[];
  noun_agent_verbs?: string[];
  claim_frames: string[];
  bomb_words: string[];
  armed_words: string[];
  strike_weapons: string[];
  craft_acts: string[];
  craft_flights?: string[];
}

export const R = REALITY_DATA as RData;
const NEG = new Set(R.negators);
/** nouns of what may come, before "of" and a gerund ("no question of suspending aid") */
const MAY_COME = new Set(['question', 'possibility', 'prospect', 'prospects', 'risk', 'threat', 'threats', 'talk', 'idea', 'option', 'options', 'danger', 'likelihood']);
/** words that make measures only weighed: "possible measures", "will discuss further steps" */
const WEIGHED = new Set(['possible', 'potential', 'further', 'additional', 'discuss', 'consider', 'weigh', 'propose', 'mull', 'study', 'review', 'debate', 'explore']);
/** nouns of measures which, when only weighed, make their items after "including" options too ("possible measures, including suspending ...") */
const OPTIONS = new Set(['measures', 'options', 'steps', 'proposals', 'ideas', 'possibilities', 'ways', 'scenarios', 'alternatives']);
/** "no report of", "no sign of": nouns of telling or seeing whose negation denies what they are of ("made no mention of the Gdansk
 * agreement" tells no act either) */
const NO_WORD_OF = new Set(['report', 'reports', 'sign', 'signs', 'word', 'evidence', 'indication', 'indications', 'trace', 'news', 'record', 'confirmation', 'mention', 'reference']);
/** what is set for an act to be done by: "no date for lifting the curfew", "no timetable for the withdrawal" */
const NO_TIME_SET = new Set(['date', 'dates', 'timetable', 'timeline', 'deadline', 'schedule', 'timeframe']);
const FAIL = new Set(R.failure);
const LIMIT = new Set(R.limit_verbs);
const ANTICIPATING = { direct: new Set(R.anticipating.direct), for: new Set(R.anticipating.for), of: new Set(R.anticipating.of), against: new Set(R.anticipating.against) };
export const COMMENTATORS = new Set(R.commentators);
export const VOICING_DOCUMENTS = new Set<string>(R.voicing_documents);
export const ADDRESSED_DOCUMENTS = new Set<string>(R.addressed_documents);
export const LIFTED_MEASURES = new Set<string>(R.lifted_measures);
/** verbs of having, taking or moving weapons, and the weapon nouns (triggers) they make things of: "carried off grenades" */
export const HANDLED_WEAPONS = new Set<string>(R.handled_weapons);
export const WEAPONS_HANDLED = new Set<string>(R.weapons_handled);
export const UNDELIVERED = new Set<string>(R.undelivered);
export const RELIEF_GOODS = new Set<string>(R.relief_goods);
/** verbs whose object event was stopped before it happened: "foiled an attack", "thwarted a bombing" */
const PREVENTED = new Set(['foil', 'thwart', 'avert', 'prevent', 'forestall', 'preempt', 'pre-empt', 'frustrat', 'scuttl']);
const MODAL = new Set(R.modals);
const FUTURE = new Set(R.future);
const COND = new Set(R.conditional);
const CONDITION_PHRASE = new RegExp(`\\b(?:${R.condition_phrases.join('|')})\\b`, 'i');
const INTENT = new Set(R.intent);
/** verbs of getting an act ready: its noun after them has not happened */
// (and what is only put forward: "had first proposed a national strike")
const READYING = new Set(['prepare', 'plot', 'contemplate', 'mull', 'rehearse', 'plan', 'propose', 'suggest']);
/** acts told with the weapons they are done with: "attack the camps with aircraft and artillery" */
const WITH_WEAPONS = new Set<string>(R.acts_with_weapons);
const READYING_NOUNS = new Set<string>(R.readying_nouns);
/** a dash set apart, closing a wire dateline */
const DASHES = new Set(['-', '–', '—', '--']);
/** words opening another clause, which a verb's reach does not cross */
const CLAUSE_BREAKERS = new Set(['who', 'which', 'that', 'when', 'while', 'as', 'after', 'before', 'because', 'but']);
/** verbs after which "how many" or "where" asks after what is not told ("did not say how many were detained") */
const ASKED_AFTER = new Set(['say', 'know', 'disclose', 'reveal', 'confirm', 'specify', 'explain', 'tell', 'ask', 'estimate', 'determine', 'establish']);
/** verbs of putting a measure in place, which a body that agreed to them has decided */
const MEASURE_DECISIONS = new Set(R.measure_decisions);
/** measures a body agrees as a noun ("EU agrees sanctions") */
export const MEASURE_NOUNS = new Set(R.measure_nouns);
/** "agreed to impose visa bans": after the "to" at `to`, a verb of putting a measure in place and a measure as its object */
export function measureAgreed(tk: Token[], s: Sentence, to: number): boolean {
  if (!MEASURE_DECISIONS.has(tk[to + 1]?.lemma ?? '')) return false;
  for (let k = to + 2; k < s.last && k - to <= 6; k++) {
    if (MEASURE_NOUNS.has(tk[k].lower)) return true;
    if (tk[k].pos !== 'DET' && tk[k].pos !== 'ADJ' && tk[k].pos !== 'NOUN' && tk[k].pos !== 'NUM') return false;
  }
  return false;
}
/** quotation marks that open a quote */
const OPENING_QUOTES = new Set(['"', '“']);
/** Is token k the "to" of "is to", "are to" (an act arranged, still to come)? */
const arrangedTo = (tk: Token[], k: number): boolean => tk[k].lower === 'to' && tk[k - 1]?.pos === 'AUX' && /^(?:is|are|am)$/.test(tk[k - 1].lower);
/** verbs that take a chance: what it was a chance for is done */
const TAKEN = new Set(['take', 'seize', 'use', 'grab', 'exploit']);
const IMPLICATIVE = new Set(R.implicative);
/** verbs taking a bare infinitive: "help (him) oust", "make them leave", "let them go" */
const BARE_GOVERNORS = new Set(['help', 'make', 'let']);
const REPORTING = new Set(R.reporting);
/** what a verb of saying can declare as an act of its own: "declared a 20-day state of emergency" */
const DECLARED_ACTS = new Set<string>(R.declared_acts ?? []);
const HEDGES = new Set(R.hedges);
const INSTRUMENTAL = new Set(R.instrumental);
export const DISASTER = new Set(R.disaster);
export const CRIME = new Set(R.crime);
export const ACCIDENT = new Set(R.accident);
export const DELIBERATE = new Set<string>(R.deliberate_destruction);
/** what a crowd out for joy does: "dancing and sounding car horns" */
export const CELEBRATING = new Set<string>(R.celebrating);
/** verbs of stopping an act one would otherwise do: "would halt armed attacks" */
export const HALTING = new Set<string>(R.halting_verbs);
/** verbs of letting others act: "agreed to let protesters gather" */
export const LETTING = new Set<string>(R.letting_verbs);
/** manner phrases by their first word: "on" -> ["bail"], ["humanitarian", "grounds"] */
export const MANNER_PHRASES = new Map<string, string[][]>();
for (const p of R.manner_phrases) {
  const [w, ...rest] = p.split(' ');
  MANNER_PHRASES.set(w, [...(MANNER_PHRASES.get(w) ?? []), rest]);
}
export const GIVEN_STANDING = new Set<string>(R.given_standing);
export const STRUCK_BY = new Set<string>(R.struck_by);
export const HACKED_THINGS = new Set<string>(R.hacked_things ?? []);
const FOUNDING = new Set<string>(R.founding_verbs);
const FOUNDED_TO_LOOK = new Set<string>(R.founded_to_look);
export const GAS_WEAPONS = new Set(R.gas_weapons);
export const FRAMES = new Set(R.reference_frames);
/** "claimed responsibility for", "denied it was responsible for": an act attributed, not reported */
export const CLAIM_FRAMES = new Set<string>(R.claim_frames);
export const ABSTRACT_OBJECTS = new Set(R.abstract_objects);
export const TERRITORY_NOUNS = new Set(R.territory_nouns);
export const DIRECTED_NOUNS = new Set(R.directed_nouns);
export const OCCASIONS = new Set(R.occasions);
export const LABEL_VERBS = new Set(R.label_verbs);
export const AS_LABEL_VERBS = new Set(R.as_label_verbs);
export const ABSTRACT_TARGETS = new Set(R.abstract_targets);
export const DISCOURSE_OBJECTS = new Set(R.discourse_objects);
export const WEAPON_TESTS = new Set(R.weapon_tests);
export const BOMB_WORDS = new Set(R.bomb_words);
const MINING = new Set<string>(R.mining_modifiers);

/** Is token k a bomb word, not the pit of "a coal mine" or a mine where miners work? */
export function bombWordAt(tokens: Token[], k: number, s: Sentence): boolean {
  const w = tokens[k].lower;
  if (!BOMB_WORDS.has(w)) return false;
  if (w !== 'mine' && w !== 'mines') return true;
  if (k > s.first && MINING.has(tokens[k - 1].lower)) return false;
  for (let i = s.first; i < s.last; i++) if (tokens[i].lower === 'miners' || tokens[i].lower === 'miner' || tokens[i].lower === 'mining') return false;
  return true;
}
/** a sentence in which "mine" is a pit: about mining or miners, or "a mine site", "mine workers" */
export const MINE_PIT = new RegExp(`\\b(?:mining|miners?)\\b|\\bmines?\\s+(?:${R.mine_site_words.join('|')})\\b|\\b(?:${R.mine_ore_words.join('|')})\\s+mines?\\b`, 'i');
/** verbs whose subject is whom it happened to: "the journalist disappeared" */
export const PATIENT_SUBJECTS = new Set<string>(R.patient_subjects);
export const OWNER_ACTS = new Set<string>(R.owner_acts);
export const IMPACT_VERBS = new Set<string>(R.impact_verbs);
/** verbs of having, trading or limiting weapons: a weapon their object is no act (reality.json _weapon_had_comment) */
export const WEAPON_HAD_VERBS = new Set<string>(R.weapon_had_verbs);
/** what makes "a mine" a landmine: it blew up, was hit, laid, found or cleared, or hurt someone */
export const MINE_BLAST = new Set<string>(R.mine_blast_words);
export const WEAPON_NAMES = new Set(R.armed_words);
export const STRIKE_WEAPONS = new Set(R.strike_weapons);
export const CRAFT_ACTS = new Set(R.craft_acts);
/** what an aircraft only flying is told doing: "a helicopter hovering over the building" */
export const CRAFT_FLIGHTS = new Set<string>(R.craft_flights ?? []);
/** subjects that are no one: fire, floods, storms, an epidemic */
export const NATURAL_FORCES = new Set<string>(R.natural_forces);
export const RULE_WORDS = new Set<string>(R.rule_words ?? []);
/** what is thought, said or made about something: "an opinion about the war", "a teach-in on the war" */
export const OPINION_NOUNS = new Set<string>(R.opinion_nouns ?? []);
const FEARING = new Set<string>(R.fearing_verbs ?? []);
/** "sections on rioting", "charges of arson", "counts of murder": an offence named, no act */
export const LEGAL_CATEGORIES = new Set<string>(R.legal_categories ?? []);
/** verbs of hostile action: promised, they make a threat ("vowed to bring down the government") */
export const HOSTILE_VERBS = new Set<string>(R.hostile_verbs ?? []);
/** verbs of giving up an intent ("abandoned plans to", "dropped its plan to"), besides the stopping verbs */
const ABANDONING = new Set(['abandon', 'drop', 'ditch', 'scrap', 'withdraw', 'reverse', 'renounce']);

/** intents whose denial denies the act: "no intention of", "no plans to" */
const NO_INTENT = new Set<string>(R.denied_intents ?? []);
/** verbs of freeing or finding people, before a participle that says what had been done to them */
export const FREEING = new Set<string>(R.freeing_verbs ?? []);
/** acts promised as nouns that make a promise a threat: "vows runoff boycott" */
export const HOSTILE_NOUNS = new Set<string>(R.hostile_nouns ?? []);
/** talks, meetings and sittings one may walk out of, and the verbs of meeting (lemmas; triggers.tsv talks=PHRASE) */
export const TALK_WORDS = new Set<string>(R.talk_words ?? []);
/** states of a place that return ("A measure of calm returned"): no one came back */
export const RETURNING_STATES = new Set<string>(R.returning_states ?? []);
/** who walks out of talks for a side, besides one person */
export const DELEGATIONS = new Set<string>(R.delegations ?? []);
export const RETURN_DESTINATIONS = new Set<string>(R.return_destinations ?? []);
export const SELF_HARM = new Set<string>(R.self_harm_verbs ?? []);
export const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself', 'yourselves', 'oneself']);
export const SYMMETRIC_VERBS = new Set<string>(R.symmetric_verbs ?? []);
/** nouns of a fight between two sides: "killed in a gunfight with security forces" */
export const FIGHT_NOUNS = new Set<string>(R.fight_nouns ?? []);
export const UNREAL_PREDICATES = new Set<string>(R.unreal_predicates ?? []);
/** said of an event noun, it did not take place: "phone calls were cut", "the strike was called off" */
/** verbs whose "by" agent after an event noun is the event's actor: "a rally attended by thousands" */
export const NOUN_AGENT_VERBS = new Set<string>(R.noun_agent_verbs ?? []);
export const STOPPED_PREDICATES = new Set<string>(R.stopped_predicates ?? []);
export const STOPPING_VERBS = new Set<string>(R.stopping_verbs ?? []);
export const OWN_MEETING_BODIES = new Set<string>(R.own_meeting_bodies ?? []);
/** objects that make "release" publishing or letting go of a thing: "released a statement", "released funds" */
/** a one-word trigger and the words that, right after it, make it no event ("search for", "warning shots") */
/** figures of speech told with an event's words, read from the trigger on ("burned their bridges", "take the nation hostage") */
export const IDIOMS: RegExp[] = (R.idioms ?? []).map((x) => new RegExp(x, 'i'));
/** "asked not to be named": a source's anonymity, no request */
/** "Sunday's clash between Penarol and Nacional at the stadium": a game */
export const SPORTS = new Set<string>(R.sports ?? []);
export const ANONYMITY = new Set<string>(R.anonymity ?? []);
/** not_followed, read once: per trigger, the single words after it, and the phrases ("of words") split into their words */
export const NOT_FOLLOWED = new Map<string, { words: Set<string>; phrases: string[][] }>(Object.entries(R.not_followed ?? {}).map(([k, v]) => [k, {
  words: new Set(v.filter((w) => !w.includes(' '))),
  phrases: v.filter((w) => w.includes(' ')).map((w) => w.split(' ')),
}]));
/** a one-word noun trigger and the words that, right before it, make it no event ("a news release", "a press release") */
export const NOT_PRECEDED = new Map<string, Set<string>>(Object.entries(R.not_preceded ?? {}).map(([k, v]) => [k, new Set(v)]));
/** a one-word verb trigger and the objects that make it no event ("suspended classes") */
export const NOT_OBJECTS = new Map<string, Set<string>>(Object.entries(R.not_objects ?? {}).map(([k, v]) => [k, new Set(v)]));
/** what a warning may name that is no act of the one who warns ("warned of water shortages") */
export const HAZARDS = new Set<string>([...(R.hazards ?? []), ...(R.natural_forces ?? [])]);
/** verbs whose object is what is talked about, not a party to the talk ("discussed the political situation") */
export const TOPIC_VERBS = new Set<string>(R.topic_verbs ?? []);
/** approval given to a document is passing it: "gave initial approval to a bill" */
export const APPROVALS = new Set<string>(R.approvals ?? []);
export const DOCUMENTS = new Set<string>(R.documents ?? []);
const DELIBERATED = new Set<string>(R.deliberated_verbs ?? []);
export const NOT_RELEASE = new Set<string>(R.not_release.objects);
/** "were treated at the hospital and released": a release after care is a patient sent home */
export const AFTER_CARE = new Set<string>(R.not_release.after_care ?? []);
export const NOT_ARREST = { before: new Set(R.not_arrest.before), after: new Set(R.not_arrest.after), objects: new Set(R.not_arrest.objects) };

/** Words that end the clause a trigger sits in, looking left. */
const LEFT_BOUNDARY = new Set([';', ':', '"', '“', '”', 'but', 'while', 'whereas', 'although', 'though', 'because', 'since', 'after', 'before', 'when', 'as', 'that', 'which', 'who', 'where']);
const READY = new Set(['willing', 'ready', 'prepared', 'determined', 'eager', 'keen', 'committed', 'set', 'poised', 'likely', 'unlikely', 'able', 'unable']);
// ("in the city of Timisoara, where travelers said security forces had killed hundreds": a relative adverb opens the source's clause)
const SOURCE_STOP = new Set(['but', 'while', 'although', 'though', 'whereas', 'and', 'because', 'where', 'after', 'before', 'when', 'until', 'unless', 'once']);
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV', 'PUNCT']);
const AUX_SKIP = new Set(['be', 'have', 'do', 'been', 'being', 'get', 'to', 'also', 'already', 'reportedly', 'allegedly', 'again', 'then', 'now', 'still', 'just', 'even', 'later', 'subsequently', 'totally', 'partly', 'quickly', 'briefly', 'reported']);

export const DAY_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)$/i;

function isBoundary(t: Token): boolean {
  return LEFT_BOUNDARY.has(t.lower) || t.text === ';' || t.text === ':';
}

export interface RealityResult {
  reality: Reality;
  /** the token that decided it, for explanations */
  cue: string | null;
}

/** words counting the time between two acts: ", hours after", ", a day before", ", shortly after" */
const TIME_BEFORE_AFTER = new Set(['hours', 'minutes', 'days', 'weeks', 'day', 'week', 'hour', 'a', 'an', 'few', 'just', 'only', 'shortly', 'soon', 'several', 'two', 'three', 'moments', 'moment']);
/** Between a trailing condition at i and the verb at first: ", and" then the verb (adverbs aside)? */
function closedBefore(tk: Token[], i: number, first: number): boolean {
  for (let k = i + 1; k + 1 < first; k++) {
    // (", hours after hundreds of Cubans rioted": a clause of when the saying came, set off after the condition)
    if (tk[k].text === ',') {
      let w = k + 1;
      while (w < first && w - k <= 3 && (TIME_BEFORE_AFTER.has(tk[w].lower) || tk[w].pos === 'NUM')) w++;
      if (w < first && (tk[w].lower === 'after' || tk[w].lower === 'before') && w > k + 1) return true;
    }
    // (", but urged workers not to join the looting": or ", but")
    if (tk[k].text !== ',' || (tk[k + 1].lower !== 'and' && tk[k + 1].lower !== 'but')) continue;
    let v = k + 2;
    while (v < first && tk[v].pos === 'ADV') v++;
    if (v === first) return true;
  }
  return false;
}

/** verbs of making others act: "to force the association to recognise it", "to compel the government to resign" */
const COMPELLING = new Set(['force', 'compel', 'oblige', 'pressure', 'pressurise', 'pressurize', 'push', 'persuade', 'induce', 'coerce', 'get']);
/** words for acts still to come: "renewed fighting", "further strikes" */
const TO_COME = new Set(['renewed', 'further', 'fresh', 'more', 'new', 'any', 'wider', 'all-out', 'prolonged', 'continued']);
/** modals of what may be: "fighting could cut the road" */
/** modals of what may come, not of what one means to do */
export const MAY_MODALS = new Set(['could', 'might', 'may']);

/** "used tear gas to disperse": the purpose of a verb of using was carried out, as far as the using was ("authorised the police to
 * use force to reopen the highway": an infinitive use is as real as what it hangs on) */
function usedFor(doc: Doc, s: Sentence, j: number, speechLike: boolean): RealityResult {
  // ("could be used to evacuate Americans": a use that may be made is only possible, and so is its purpose)
  // (or its infinitive: "would not allow its territory to be used to attack a neighbour")
  const passiveUse = j - 2 > s.first && doc.tokens[j - 1].lemma === 'be' && (MODAL.has(doc.tokens[j - 2].lower) || doc.tokens[j - 2].lower === 'to');
  if (j - 1 > s.first && (doc.tokens[j - 1].lower === 'to' || passiveUse)) {
    const own = realityOf(doc, s, j, true, speechLike);
    if (own.reality !== 'asserted' && own.cue !== 'purpose') return own;
  }
  return { reality: 'asserted', cue: 'purpose' };
}

/** verbs of wanting that take an object and a participle: "wanted a force deployed" */
const WANTING = new Set(['want', 'wish', 'need', 'prefer', 'demand', 'expect', 'like']);
const OBJECT_PRONOUNS = new Set(['it', 'them', 'him', 'her']);

/** The first token past the participle at `first` and the noun phrases and prepositions after it (up to ten words), or a modal
 * among them: where the clause the participle's phrase belongs to goes on ("a Bill providing reservation to Jats [would]"). */
function pastPhrase(t: Token[], s: Sentence, first: number): number {
  let j = first + 1;
  while (j < s.last && j - first <= 10 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PRON'].includes(t[j].pos) && !MODAL.has(t[j].lower)) j++;
  return j;
}

/** verbs of keeping someone from an act: "prevented the crowd from marching", "were barred from holding a rally" */
const HINDERING = new Set(['prevent', 'stop', 'bar', 'ban', 'block', 'keep', 'deter', 'forbid', 'prohibit', 'restrain', 'dissuade', 'discourage', 'hinder', 'debar', 'preclude']);

/** The verb keeping someone from the gerund at `first` ("prevented [the crowd] from marching"), or -1. */
export function hinderedFrom(t: Token[], s: Sentence, first: number, verbal: boolean): number {
  // (or the noun a gerund carries: "barred the opposition from holding a rally")
  let g = first;
  if (!verbal) {
    if (first - 3 < s.first) return -1;
    g = first - 1;
    while (g > s.first && first - g <= 3 && (t[g].pos === 'DET' || t[g].pos === 'ADJ' || t[g].pos === 'NUM')) g--;
    if (t[g].pos !== 'VERB') return -1;
  }
  if (!t[g].lower.endsWith('ing') || g - 2 < s.first || t[g - 1].lower !== 'from') return -1;
  let k = g - 2;
  while (k > s.first && g - k <= 9 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(t[k].pos) && !HINDERING.has(t[k].lemma)) k--;
  return t[k].pos === 'VERB' && HINDERING.has(t[k].lemma) ? k : -1;
}

/** Is a negation among the three words before token `k` ("did not stop", "never barred", "not any")? */
function negatedBefore(t: Token[], s: Sentence, k: number): boolean {
  return [1, 2, 3].some((d) => k - d >= s.first && (NEG.has(t[k - d].lower) || t[k - d].lower === "n't"));
}

/** Is the verb at `k` told as failed ("failed to prevent")? */
function failedTo(t: Token[], s: Sentence, k: number): boolean {
  for (let j = k - 1; j >= s.first && k - j <= 3; j--) if (t[j].lower === 'to' && /^(?:fail|failed|fails|failing)$/.test(t[j - 1]?.lower ?? '')) return true;
  return false;
}

/**
 * Reality of the trigger at tokens [first, last) of sentence s.
 * `verbal` is true when the trigger is a verb (aux chain applies), false for a noun.
 */
export function realityOf(doc: Doc, s: Sentence, first: number, verbal: boolean, speechLike = false): RealityResult {
  // ("called on the authorities to ensure that force was used proportionately and to release anyone detained": an infinitive joined by
  // "and to" to one before it is as real as that one; what one is to ensure is not done either)
  {
    const t = doc.tokens;
    if (verbal && first - 2 > s.first && t[first - 1].lower === 'to' && t[first - 2].lower === 'and') {
      for (let k = first - 3; k > s.first && first - k <= 20; k--) {
        if (t[k].text === ';' || t[k].text === '.') break;
        if (t[k].lower === 'to' && t[k + 1]?.pos === 'VERB') {
          if (ENSURING.has(t[k + 1].lemma)) return { reality: 'hypothetical', cue: t[k + 1].text };
          const before = realityOf(doc, s, k + 1, true, speechLike);
          if (before.reality !== 'asserted') return before;
          break;
        }
      }
    }
    // ("to ensure that security forces used force proportionately": what is to be ensured)
    for (let k = first - 1; verbal && k > s.first + 1 && first - k <= 10; k--) {
      if (t[k].text === ';' || t[k].text === ',') break;
      if (t[k].lower === 'that' && ENSURING.has(t[k - 1].lemma) && t[k - 2]?.lower === 'to') return { reality: 'hypothetical', cue: t[k - 1].text };
    }
    // ("the council stopped short of demanding a ceasefire", "fell short of a full boycott": what one stopped short of was not done)
    // ('"At no time were they ordered not to act"', "in no way did the army fire": a clause opened on a negated time or manner, its
    // verb inverted, tells what was not done)
    if (verbal && first - 4 >= s.first) {
      // (at the start of the sentence or of the clause: "..., but at no time were they ordered")
      let o = first - 1;
      while (o > s.first && t[o].text !== ',' && t[o].text !== ';') o--;
      if (o > s.first) o++;
      while (o < first && (OPENING_QUOTES.has(t[o].text) || /^(?:but|and|yet)$/.test(t[o].lower))) o++;
      if (/^(?:at|in|by|under)$/.test(t[o].lower) && t[o + 1]?.lower === 'no' && /^(?:time|way|means|point|circumstances|stage)$/.test(t[o + 2]?.lower ?? '') && o + 3 < first &&
        (t[o + 3].pos === 'AUX' || t[o + 3].lemma === 'be' || t[o + 3].lemma === 'do' || t[o + 3].lemma === 'have') && !t.slice(o + 3, first).some((x) => x.text === ',' || x.text === ';')) {
        return { reality: 'negated', cue: `${t[o].text} no ${t[o + 2].text}` };
      }
    }
    // ("demanding that the government be dismissed, the price rises withdrawn and parliamentary life restored": a participle after a
    // noun in a list of what is demanded, its "be" left out, is demanded too)
    if (verbal && /(?:ed|en|wn)$/.test(t[first].lower) && first - 1 > s.first && t[first - 1].pos === 'NOUN') {
      for (let f = first - 2, be = false; f > s.first && first - f <= 25; f--) {
        if (t[f].text === ';' || (t[f].pos === 'VERB' && !/(?:ed|en|wn)$/.test(t[f].lower) && t[f].lemma !== 'be')) break;
        if (t[f].lemma === 'be' && t[f].lower === 'be') be = true;
        if (be && t[f].lower === 'that' && ASKING.has(t[f - 1]?.lemma ?? '')) return { reality: 'hypothetical', cue: t[f - 1].text };
      }
    }
    // ("They demanded that the government release everyone detained": a verb's plain form after "that" and its subject, under a
    // verb of asking, is what is asked for)
    // (whatever the tagger calls the verb before its object: "the government release/NOUN everyone")
    if ((verbal || ['PRON', 'DET', 'NUM'].includes(t[first + 1]?.pos ?? '')) && t[first].lower === t[first].lemma && !/(?:ed|ing)$/.test(t[first].lower)) {
      for (let f = first - 1; f > s.first && first - f <= 8; f--) {
        if (t[f].text === ',' || t[f].text === ';' || (t[f].pos === 'VERB' && t[f].lower !== t[f].lemma) || t[f].pos === 'AUX') break;
        if (t[f].lower === 'that' && f < first - 1 && ASKING.has(t[f - 1]?.lemma ?? '')) return { reality: 'hypothetical', cue: t[f - 1].text };
      }
    }
    // ("said they feared he had been arrested or deported": what is feared to have happened is not told as done)
    for (let f = first - 1; f > s.first && first - f <= 8; f--) {
      if (t[f].text === ',' || t[f].text === ';' || (t[f].pos === 'VERB' && (t[f].lower === 'said' || t[f].lemma === 'say'))) break;
      // (a verb with its subject, not a participle describing a noun: "A feared unit of Sudan's security forces raped women")
      if (t[f].pos === 'VERB' && FEARING.has(t[f].lemma) && t[f + 1] && t[f - 1] && t[f - 1].pos !== 'DET' && t[f - 1].pos !== 'ADJ' && t[f - 1].pos !== 'ADP' && (t[f + 1].lower === 'that' || t[f + 1].pos === 'PRON' || t[f + 1].pos === 'DET' || t[f + 1].pos === 'NOUN' || t[f + 1].pos === 'PROPN')) {
        return { reality: 'hypothetical', cue: t[f].text };
      }
    }
    // ("authorising troops to intervene in the event of an attack", "in case of an invasion": an act named as a case that may come has
    // not happened; nor has a meeting one is invited to: "had ignored an invitation to a meeting")
    if (!verbal && first - 3 >= s.first) {
      let k = first - 1;
      while (k > s.first && first - k <= 3 && (t[k].pos === 'DET' || t[k].pos === 'ADJ')) k--;
      if (t[k].lower === 'of' && ((t[k - 1].lower === 'event' && t[k - 2]?.lower === 'the' && t[k - 3]?.lower === 'in') || (t[k - 1].lower === 'case' && t[k - 2]?.lower === 'in'))) return { reality: 'hypothetical', cue: `in ${t[k - 1].text} of` };
      if (t[k].lower === 'to' && /^invitations?$/.test(t[k - 1].lower)) return { reality: 'future', cue: t[k - 1].text };
    }
    // ("friends at Hue University were discussing a strike", "the union is considering a boycott": an act weighed, not yet done)
    if (!verbal && first - 2 >= s.first && /^(?:a|an)$/.test(t[first - 1].lower) && t[first - 2].pos === 'VERB' && WEIGHING.has(t[first - 2].lemma)) return { reality: 'hypothetical', cue: t[first - 2].text };
    // ("checked a rumor that students planned to gather at the fairgrounds": what a rumour says is hearsay, not told as done or meant)
    // (and what unconfirmed reports tell: "unconfirmed reports of unrest in Segou"; past an aside on the rumour: "rumours, which the
    // defence ministry dismissed, that some junior officers had refused orders")
    for (let r = first - 2; r >= s.first && first - r <= 14; r--) {
      if (t[r].text === ';') break;
      const rumour = /^rumou?rs?$/.test(t[r].lower);
      // ("There was no independent confirmation of reports that soldiers had fired", "could not confirm reports that", "Reports that
      // soldiers had fired ... could not be independently confirmed": reports said to be unconfirmed are as unconfirmed ones)
      const told = /^(?:reports?|accounts?|claims?)$/.test(t[r].lower);
      if (!rumour && !(told && (/^(?:unconfirmed|unverified)$/.test(t[r - 1]?.lower ?? '') || unconfirmedReports(t, s, r)))) continue;
      let n = r + 1;
      if (t[n].text === ',') {
        let c = n + 1;
        while (c < first && c - n <= 10 && t[c].text !== ',') c++;
        if (c < first && t[c].text === ',') n = c + 1;
      }
      if (t[n].lower === 'that' || (t[n].lower === 'of' && n === r + 1)) return { reality: 'hypothetical', cue: t[r].text };
    }
    // ("Salinas has said that rebels who lay down their weapons could be pardoned": what a relative clause tells of those a modal
    // statement is about is a case put, not an act done)
    if (verbal && first - 1 > s.first && /^(?:who|that|which)$/.test(t[first - 1].lower) && (t[first - 2].pos === 'NOUN' || t[first - 2].pos === 'PROPN')) {
      for (let k = first + 1; k < s.last && k - first <= 10; k++) {
        if (t[k].text === ',' || t[k].text === ';' || /^(?:to|that|which|who|whom)$/.test(t[k].lower) || (t[k].pos === 'VERB' && k > first + 1 && t[k - 1].pos !== 'AUX')) break;
        if (/^(?:could|would|may|might|can|should|must)$/.test(t[k].lower) && t[k].pos === 'AUX') return { reality: 'hypothetical', cue: t[k].text };
      }
    }
    // ("Not all protesters accepted the deal": what not all of them did is told of those who did not)
    if (verbal && t[s.first]?.lower === 'not' && /^(?:all|every|everyone|everybody)$/.test(t[s.first + 1]?.lower ?? '') && first - s.first <= 8 &&
      !t.slice(s.first, first).some((x) => x.text === ',' || x.pos === 'VERB')) return { reality: 'negated', cue: `${t[s.first].text} ${t[s.first + 1].text}` };
    // ("There were unconfirmed reports of dozens of deaths in Sagaing, near Mandalay, where police were said to have fired on marchers":
    // all the sentence tells after such an opening is hearsay, in its relative clauses too)
    if (t[s.first]?.lower === 'there' && first > s.first + 3) {
      let k = s.first + 1;
      if (/^(?:have|has|had)$/.test(t[k].lower) && t[k + 1]?.lower === 'been') k += 2;
      else if (/^(?:were|was|are|is)$/.test(t[k].lower)) k++;
      else k = -1;
      if (k > 0 && /^(?:unconfirmed|unverified|uncorroborated)$/.test(t[k]?.lower ?? '') && /^(?:reports?|accounts?|claims?|rumou?rs?)$/.test(t[k + 1]?.lower ?? '') && k + 1 < first) return { reality: 'hypothetical', cue: t[k].text };
    }
    // ("opposition religious leaders claimed that hundreds, perhaps thousands, had died. Those claims could not be independently
    // verified.": what a claim says, when the next sentence says it could not be checked, is as unconfirmed reports)
    // (read only when the next sentence opens as such a sentence does: on a determiner, "But" or "However")
    const ns = s.index + 1 < doc.sentences.length ? doc.sentences[s.index + 1] : null;
    if (ns && NEXT_OPENERS.has(t[ns.first]?.lower ?? '')) {
      const next = doc.text.slice(ns.start, ns.end);
      if (DOUBTED_NEXT.test(next)) {
        for (let r = first - 1; r > s.first && first - r <= 14; r--) {
          if (t[r].text === ';') break;
          if (t[r].pos === 'VERB' && /^(?:claim|allege)$/.test(t[r].lemma)) return { reality: 'hypothetical', cue: t[r].text };
        }
      }
      // ("Ramos had told cheering supporters that Marcos and his family had fled the country. The report proved false.": what a
      // telling the next sentence says was false told did not happen)
      if (FALSE_NEXT.test(next)) {
        for (let r = first - 1; r > s.first && first - r <= 16; r--) {
          if (t[r].text === ';') break;
          if ((t[r].pos === 'VERB' || t[r].pos === 'AUX') && /^(?:say|tell|claim|allege|announce|report|declare)$/.test(t[r].lemma)) return { reality: 'negated', cue: 'false' };
        }
      }
    }
    // ("Police prevented the crowd from marching to the palace", "were barred from holding a rally": what someone was kept from doing
    // was not done; unless the keeping is denied: "troops did not stop protesters from storming the building")
    const hinder = hinderedFrom(t, s, first, verbal);
    if (hinder >= 0 && !negatedBefore(t, s, hinder) && !failedTo(t, s, hinder)) return { reality: 'negated', cue: `${t[hinder].text} from` };
    let k = first - 1;
    while (!verbal && k > s.first && first - k <= 4 && (t[k].pos === 'DET' || t[k].pos === 'ADJ' || t[k].pos === 'NOUN' || t[k].pos === 'NUM')) k--;
    if (k - 2 >= s.first && t[k].lower === 'of' && t[k - 1].lower === 'short' && (t[k - 2].lemma === 'stop' || t[k - 2].lemma === 'fall' || t[k - 2].lower === 'fell')) {
      return { reality: 'negated', cue: `${t[k - 2].text} short of` };
    }
    // ("formally vote down the bill, rather than simply withdraw it", "instead of negotiating": what is set aside for another act is
    // not done)
    if (verbal || t[first].lower.endsWith('ing')) {
      let r = first - 1;
      while (r > s.first && t[r].pos === 'ADV' && first - r <= 2) r--;
      if (r - 1 >= s.first && ((t[r].lower === 'than' && t[r - 1].lower === 'rather') || (t[r].lower === 'of' && t[r - 1].lower === 'instead'))) return { reality: 'negated', cue: `${t[r - 1].text} ${t[r].text}` };
    }
    // ("paratroopers came within a few hundred metres of seizing the president", "on the brink of civil war", "on the verge of
    // collapse": what one came near to was not done)
    if (k - 1 >= s.first && t[k].lower === 'of') {
      if (/^(?:verge|brink)$/.test(t[k - 1].lower) && /^(?:the|on)$/.test(t[k - 2]?.lower ?? '')) return { reality: 'hypothetical', cue: `${t[k - 1].text} of` };
      for (let j = k - 1; j > s.first && k - j <= 8 && t[j].text !== ',' && t[j].text !== ';'; j--) {
        if (t[j].lower === 'within' && /^(?:come|came|comes|coming|got|get|gets|getting)$/.test(t[j - 1].lower)) return { reality: 'hypothetical', cue: `${t[j - 1].text} within` };
      }
    }
    // ("a Bill providing reservation to Jats would be introduced": what a text is to provide is as real as the text, which is yet
    // to come; "a decree granting amnesty was signed" did it)
    if (verbal && t[first].lower.endsWith('ing') && first - 1 > s.first && DOCUMENTS.has(t[first - 1].lower)) {
      const j = pastPhrase(t, s, first);
      if (j < s.last && MODAL.has(t[j].lower) && t[j].pos !== 'PROPN') return { reality: /^(?:will|shall|'ll)$/.test(t[j].lower) ? 'future' : 'hypothetical', cue: t[j].text };
    }
    // ("deputies were to vote on a constitutional amendment lifting the two-term limit": a text still debated has done nothing)
    if (t[first].lower.endsWith('ing') && first - 1 > s.first && DOCUMENTS.has(t[first - 1].lower)) {
      let g = first - 2;
      while (g > s.first && first - g <= 6 && (t[g].pos === 'DET' || t[g].pos === 'ADJ' || t[g].pos === 'NOUN' || t[g].pos === 'PROPN')) g--;
      if (t[g].lower === 'on' || t[g].lower === 'against') g--;
      if (g >= s.first && t[g].pos === 'VERB' && DELIBERATED.has(t[g].lemma)) return { reality: 'hypothetical', cue: t[g].text };
    }
    // ("public gatherings and strikes have been banned": what is banned, told as the passive's subject, is not held)
    if (!verbal) {
      let j = first + 1;
      while (j < s.last && j - first <= 6 && (t[j].pos === 'NOUN' || t[j].pos === 'ADJ' || t[j].lower === 'and' || t[j].lower === 'or' || t[j].text === ',')) j++;
      const b = j;
      while (j < s.last && j - b <= 3 && (t[j].pos === 'AUX' || t[j].pos === 'ADV' || /^(?:been|be)$/.test(t[j].lower))) j++;
      if (j > b && j < s.last && /^(?:banned|prohibited|outlawed|forbidden|barred|proscribed)$/.test(t[j].lower)) return { reality: 'hypothetical', cue: t[j].text };
    }
    // ("warned that sending soldiers into the neighbourhoods could lead to more deaths": an act named by a gerund that is the subject
    // of what could or would follow is only weighed, not done)
    if (verbal && t[first].lower.endsWith('ing') && (first === s.first || t[first - 1].lower === 'that' || t[first - 1].text === ',' || t[first - 1].text === ';')) {
      const j = pastPhrase(t, s, first);
      if (j < s.last && j > first + 1 && MODAL.has(t[j].lower) && t[j].pos !== 'PROPN' && (t[j + 1]?.pos === 'VERB' || t[j + 1]?.pos === 'AUX' || t[j + 1]?.lower === 'not')) return { reality: 'hypothetical', cue: t[j].text };
      // (or of what it is called: "said that shooting protesters was never justified")
      if (j < s.last && j > first + 1 && /^(?:is|was|are|were)$/.test(t[j].lower) && (t[j + 1]?.pos === 'ADJ' || /^(?:not|never|a|an|no)$/.test(t[j + 1]?.lower ?? '') || (t[j + 1]?.pos === 'ADV' && t[j + 2]?.pos === 'ADJ'))) return { reality: 'hypothetical', cue: t[j].text };
    }
    // ("said there could be no talks until there was an immediate ceasefire", "would not return until troops withdrew": what
    // must come first for what may or will be is a condition, not done; not "did not leave until police fired")
    for (let u = first - 1; u > s.first && first - u <= 8; u--) {
      if (t[u].text === ',' || t[u].text === ';') break;
      if (t[u].lower !== 'until' && t[u].lower !== 'till') continue;
      let m = u - 1;
      while (m >= s.first && u - m <= 10 && !MODAL.has(t[m].lower) && t[m].text !== ';') m--;
      // (a thing named with "the" or a possessive is one that exists: "until their demands were met", "until those responsible for
      // the shootings were tried")
      let d = first - 1;
      while (!verbal && d > u && (t[d].pos === 'ADJ' || t[d].pos === 'NOUN' || t[d].text === '-')) d--;
      const known = !verbal && (t[d].lower === 'the' || POSSESSIVE_DETS.has(t[d].lower) || t[d].text === "'s" || t[d].text === '’s');
      if (m >= s.first && MODAL.has(t[m].lower) && t[m].pos !== 'PROPN' && !known) return { reality: 'hypothetical', cue: t[u].text };
      break;
    }
  }
  const own = ownReality(doc, s, first, verbal, speechLike);
  // ("those detained would be questioned and released", "the men will be charged and jailed": a participle joined to a passive
  // one shares its auxiliaries, and so its modality)
  const tk = doc.tokens;
  if (own.reality === 'asserted' && verbal && first - 3 > s.first && tk[first - 1].lower === 'and' && tk[first - 2].pos === 'VERB' && /(?:ed|en|wn)$/.test(tk[first - 2].lower) &&
    /(?:ed|en|wn)$/.test(tk[first].lower) && tk[first - 3].lemma === 'be' &&
    // (what a warning or a threat holds out is read as the threat's own, elsewhere: "warned that anyone caught would be arrested and charged")
    !tk.slice(s.first, first - 2).some((t) => t.lemma === 'warn' || t.lemma === 'threaten' || t.lemma === 'vow')) {
    const joined = ownReality(doc, s, first - 2, true, speechLike);
    if (joined.reality === 'hypothetical' || joined.reality === 'future') return joined;
  }
  // ('warned that "any worker who is absent will be treated as a truant, and truants are dismissed"': a present passive in what a
  // warning says is the rule it holds out, no act done)
  if (own.reality === 'asserted' && verbal && first - 1 > s.first && /^(?:is|are)$/.test(tk[first - 1].lower) && /(?:ed|en|wn)$/.test(tk[first].lower)) {
    const w = tk.slice(s.first, first - 1).findIndex((t, k, r) => (t.lemma === 'warn' || t.lemma === 'threaten') && t.pos === 'VERB' && (r[k + 1]?.lower === 'that' || /^["“]$/.test(r[k + 1]?.text ?? '')));
    if (w >= 0) return { reality: 'hypothetical', cue: tk[s.first + w].text };
  }
  // ("asked permission to attack the rebel camps with aircraft and artillery": the weapons an act is told to be done with are as
  // real as that act)
  if (own.reality === 'asserted' && !verbal && first - 2 > s.first) {
    let k = first - 1;
    while (k > s.first && first - k <= 8 && (tk[k].pos === 'NOUN' || tk[k].pos === 'ADJ' || tk[k].pos === 'DET' || tk[k].pos === 'CCONJ' || tk[k].text === ',')) k--;
    if (tk[k].lower === 'with') {
      let v = k - 1;
      while (v > s.first && k - v <= 8 && tk[v].pos !== 'VERB' && tk[v].text !== ',' && tk[v].text !== ';') v--;
      if (tk[v].pos === 'VERB' && WITH_WEAPONS.has(tk[v].lemma)) {
        const act = ownReality(doc, s, v, true, speechLike);
        if (act.reality !== 'asserted') return act;
      }
    }
  }
  // ("We could not sit back and allow a government to be overthrown", "will not stand by and watch": a bare verb joined to a bare
  // verb under a modal or a negation shares them)
  if (own.reality === 'asserted' && verbal && first - 2 > s.first && tk[first - 1].lower === 'and' && tk[first].lower === tk[first].lemma && tk[first].pos === 'VERB') {
    let v = first - 2;
    while (v > s.first && first - v <= 4 && (tk[v].pos === 'ADP' || tk[v].pos === 'ADV' || tk[v].pos === 'PART')) v--;
    // (past the first verb's own object too: "The New Zealand-led force will secure the airport and support the Tongan police")
    if (tk[v].pos !== 'VERB') {
      let o = v;
      while (o > s.first && first - o <= 8 && (tk[o].pos === 'DET' || tk[o].pos === 'ADJ' || tk[o].pos === 'NOUN' || tk[o].pos === 'PROPN' || tk[o].pos === 'NUM')) o--;
      if (o < v && tk[o].pos === 'VERB' && tk[o].lower === tk[o].lemma) v = o;
    }
    if (v > s.first && tk[v].pos === 'VERB' && tk[v].lower === tk[v].lemma) {
      const joined = ownReality(doc, s, v, true, speechLike);
      if (joined.reality === 'negated' || joined.reality === 'hypothetical' || joined.reality === 'future') return joined;
    }
  }
  return own;
}

function ownReality(doc: Doc, s: Sentence, first: number, verbal: boolean, speechLike: boolean): RealityResult {
  const tk = doc.tokens;
  const text = doc.text;
  // ("Honduras is at war with nobody", "fought against no one": an act with no one on its other side was not done)
  {
    const k = first + 1;
    if (k + 1 < s.last && (tk[k].lower === 'with' || tk[k].lower === 'against') && (tk[k + 1].lower === 'nobody' || tk[k + 1].lower === 'none' || (tk[k + 1].lower === 'no' && tk[k + 2]?.lower === 'one'))) {
      return { reality: 'negated', cue: tk[k + 1].text };
    }
  }
  // ("a meeting between the two leaders, which diplomats said could take place in Bishkek next week", "talks that may be held in
  // Geneva": an event noun whose own relative clause says it may happen has not happened)
  if (!verbal) {
    // (past the noun's own phrase, with no verb of its own: not "The release removes an obstacle to a meeting ..., which ...")
    let k = first + 1;
    while (k < s.last && k - first <= 16 && tk[k].text !== ',' && !/^(?:which|that)$/.test(tk[k].lower) &&
      (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'CCONJ'].includes(tk[k].pos) || (tk[k].cap && tk[k].pos !== 'PUNCT') || /^(?:'s|’s)$/.test(tk[k].text))) k++;
    if (k < s.last && (tk[k].text === ',' || /^(?:which|that)$/.test(tk[k].lower)) && MAY_TAKE_PLACE.test(doc.text.slice(tk[k].start, s.end))) return { reality: 'hypothetical', cue: 'could' };
    // ("talks with the confederation were expected to begin on Monday", "The summit is due to open on Friday": the noun as the subject
    // of what is yet to begin)
    // (not the noun's own object clause: only as the subject, at the start of its clause)
    // (or the noun after "of" in its subject: "a judicial commission of inquiry was likely to be appointed")
    const opens = first === s.first || (first - 1 >= s.first && (tk[first - 1].pos === 'DET' || tk[first - 1].pos === 'ADJ' || /^(?:that|said|says|,)$/.test(tk[first - 1].lower))) ||
      (first - 3 >= s.first && tk[first - 1].lower === 'of' && tk[first - 2].pos === 'NOUN' && (tk[first - 3].pos === 'DET' || tk[first - 3].pos === 'ADJ'));
    // (past an aside between commas: "Talks between the government and the opposition, under SADC mediation, are expected to resume")
    let ka = k;
    if (k < s.last && tk[k].text === ',') {
      let e = k + 1;
      while (e < s.last && e - k <= 8 && tk[e].text !== ',' && tk[e].pos !== 'VERB' && tk[e].pos !== 'AUX') e++;
      if (tk[e]?.text === ',' && e > k + 1) ka = e + 1;
    }
    for (const at of ka === k ? [k] : [ka, k]) {
      if (!(at < s.last && opens && TO_BEGIN.test(doc.text.slice(tk[at].start, Math.min(s.end, tk[at].start + 80))))) continue;
      // ("said the blockades would resume tomorrow if the bill was not withdrawn": what would begin again on a condition is the
      // condition's price, read as "the strike would continue if": a threat when the speaker holds it)
      if (/^(?:would|will)$/.test(tk[at].lower) && tk.slice(at + 1, s.last).some((t) => t.lower === 'if' || t.lower === 'unless')) return { reality: 'hypothetical', cue: tk[at].text };
      return { reality: 'future', cue: 'expected' };
    }
  }
  // ("called off the march to avoid being blamed for the looting", "fled to escape arrest": what one avoids is not done)
  {
    let k = first - 1;
    if (k > s.first && tk[k].lower === 'being') k--;
    if (k >= s.first && AVOIDING.has(tk[k].lemma) && (tk[k].pos === 'VERB' || tk[k].pos === 'NOUN')) return { reality: 'negated', cue: tk[k].text };
  }
  // ("offered a reward for information leading to his capture", "a bounty for his arrest": what a reward is offered for has not
  // happened; the tagger may take the noun for a verb, "to his capture/VERB")
  {
    let i = first - 1;
    while (i > s.first && first - i <= 4 && (tk[i].pos === 'DET' || tk[i].pos === 'ADJ' || POSSESSIVE_DETS.has(tk[i].lower))) i--;
    if (i > s.first + 1 && ((tk[i].lower === 'for' && /^(?:reward|rewards|bounty|bounties)$/.test(tk[i - 1].lower)) ||
      (tk[i].lower === 'to' && tk[i - 1].lower === 'leading' && /^(?:information|tips?|evidence)$/.test(tk[i - 2].lower)))) return { reality: 'hypothetical', cue: tk[i - 1].text };
  }
  // ("the opposition wanted a neutral force deployed in the capital", "want the prisoners released": a participle after the object
  // of a verb of wanting tells what is wanted, not done)
  // ("protesters want it formally withdrawn": a pronoun as the object, an adverb of the participle's own before it)
  if (verbal && /(?:ed|en|wn)$/.test(tk[first].lower)) {
    let k = first - 1;
    while (k > s.first && first - k <= 2 && tk[k].pos === 'ADV' && /ly$/.test(tk[k].lower)) k--;
    const objectEnd = k;
    while (k > s.first && first - k <= 6 && (tk[k].pos === 'DET' || tk[k].pos === 'ADJ' || tk[k].pos === 'NUM' || tk[k].pos === 'NOUN' || tk[k].pos === 'PROPN' || POSSESSIVE_DETS.has(tk[k].lower) ||
      (OBJECT_PRONOUNS.has(tk[k].lower) && tk[k].pos === 'PRON'))) k--;
    // (an adverb with no object before it is no object: the participle is the verb's own)
    if (objectEnd < first - 1 && k === objectEnd) k = first;
    // (the object moved ahead of both: "Salih Muslim, whom Turkey wanted extradited")
    const moved = k === first - 1 && k - 2 >= s.first && tk[k].pos === 'VERB' && tk[k].lower !== tk[k].lemma && !tk[k].lower.endsWith('ing') &&
      tk.slice(Math.max(s.first, k - 6), k).some((t) => /^(?:who|whom|that|which)$/.test(t.lower));
    if ((k < first - 1 || moved) && tk[k].pos === 'VERB' && WANTING.has(tk[k].lemma)) return { reality: 'hypothetical', cue: tk[k].text };
  }
  // ("accused Gambar of trying to \"seize power by force\"", "accused the government of making war": what someone is accused of is
  // alleged, no act the report tells)
  {
    let k = first - 1;
    while (k > s.first && first - k <= 8 && (tk[k].lower === 'to' || OPENING_QUOTES.has(tk[k].text) || tk[k].pos === 'ADV' || tk[k].pos === 'DET' || tk[k].pos === 'ADJ' ||
      POSSESSIVE_DETS.has(tk[k].lower) || (tk[k].pos === 'VERB' && (tk[k].lower.endsWith('ing') || tk[k - 1]?.lower === 'to')))) k--;
    if (k > s.first && tk[k].lower === 'of') {
      for (let j = k - 1; j >= s.first && k - j <= 5; j--) {
        if (ACCUSING.has(tk[j].lemma)) return { reality: 'hypothetical', cue: tk[j].text };
        if (tk[j].pos === 'VERB' || tk[j].text === ',' || tk[j].text === ';') break;
      }
    }
    // ("accused MDC activists of attacking ZANU-PF supporters and burning their homes": a gerund joined to the one accused of is
    // alleged too)
    // (and what it did, told by a participle after it: "accused the military of shelling the village on Sunday night, wounding a woman")
    const joined = tk[first - 1]?.lower === 'and' || tk[first - 1]?.lower === 'or';
    if (verbal && tk[first].lower.endsWith('ing') && first - 2 > s.first && (joined || tk[first - 1].text === ',')) {
      for (let g = first - 2; g > s.first && first - g <= (joined ? 10 : 14); g--) {
        if (tk[g].text === ';' || tk[g].pos === 'AUX' || (tk[g].pos === 'VERB' && !tk[g].lower.endsWith('ing'))) break;
        // (a gerund the tagger calls a noun after "of": "were accused of firing/NOUN on a crowd ..., killing about 30")
        const gerund = tk[g].pos === 'NOUN' && tk[g].lower.endsWith('ing') && tk[g - 1]?.lower === 'of';
        if (tk[g].pos !== 'VERB' && !gerund) continue;
        const r = realityOf(doc, s, g, true, speechLike);
        if (r.reality === 'hypothetical' && ACCUSING.has(r.cue?.toLowerCase() ?? '')) return r;
        break;
      }
    }
  }
  // ("some lawmakers called for severing diplomatic relations", "demanded releasing the detainees": an act asked for, named by its
  // gerund, has not happened)
  // (and one joined to it: "called for severing diplomatic relations and imposing economic sanctions")
  if (tk[first].lower.endsWith('ing') && first - 1 > s.first) {
    const askedAt = (g: number): number => {
      const p = tk[g - 1];
      if (!p || g - 2 < s.first) return -1;
      if (p.lower === 'for' && /^(?:call|calls|called|calling|appeal|appeals|appealed|appealing|press|pressed|pressing|push|pushed|pushing|plea|pleas)$/.test(tk[g - 2].lower)) return g - 2;
      return p.pos === 'VERB' && ASKING_GERUND.has(p.lemma) ? g - 1 : -1;
    };
    let at = askedAt(first);
    if (at < 0 && /^(?:and|or)$/.test(tk[first - 1].lower)) {
      for (let g = first - 2; g > s.first && first - g <= 8 && at < 0; g--) {
        if (tk[g].text === ',' || tk[g].text === ';') break;
        if (tk[g].lower.endsWith('ing') && g < first - 1) at = askedAt(g);
      }
    }
    if (at >= 0) return { reality: 'hypothetical', cue: tk[at].text };
  }
  // ("Western governments have been cautious in criticising its leadership": what one holds back from)
  if (first - 2 >= s.first && /^(?:in|about|over)$/.test(tk[first - 1].lower) && tk[first].lower.endsWith('ing') && HOLDING_BACK.has(tk[first - 2].lower)) return { reality: 'negated', cue: tk[first - 2].text };
  // ("There was no report of walkouts at the ports", "no immediate sign of looting", "there were no reports of fighting there", "no
  // reports of injuries or arrests": what no one reports, alone or in a list, and a gerund as much as a noun, is not told to have
  // happened)
  {
    let k = first - 1;
    while (k > s.first && first - k <= 12 && (NP_POS.has(tk[k].pos) || tk[k].pos === 'CCONJ' || /^(?:their|his|her|its|our)$/.test(tk[k].lower))) k--;
    if (k - 1 > s.first && tk[k].lower === 'of' && NO_WORD_OF.has(tk[k - 1].lower) && (!verbal || tk[first].pos !== 'VERB' || tk[first].lower.endsWith('ing')) &&
      (tk[k - 2].lower === 'no' || (k - 2 > s.first && tk[k - 3].lower === 'no' && tk[k - 2].pos === 'ADJ'))) return { reality: 'negated', cue: 'no' };
  }
  // ("Walesa had made their release a condition for signing": what is made a condition is asked for, and what it is a condition for
  // is yet to come)
  if (!verbal || tk[first].lower.endsWith('ing')) {
    const cond = (k: number) => /^(?:condition|conditions|precondition|preconditions|prerequisite|pre-condition)$/.test(tk[k]?.lower ?? '');
    if (first - 2 >= s.first && /^(?:for|of)$/.test(tk[first - 1].lower) && cond(first - 2)) return { reality: 'hypothetical', cue: tk[first - 2].text };
    let k = first + 1;
    // (past what it is of: "the withdrawal of troops a precondition")
    while (k < s.last && k - first <= 6 && !cond(k) && (tk[k].pos === 'DET' || tk[k].pos === 'ADJ' || tk[k].pos === 'NOUN' || tk[k].pos === 'PROPN' || tk[k].lower === 'of')) k++;
    if (k > first + 1 && cond(k) && (tk[k - 1].pos === 'DET' || tk[k - 1].pos === 'ADJ')) {
      let v = first - 1;
      while (v > s.first && first - v <= 4 && (tk[v].pos === 'DET' || tk[v].pos === 'ADJ' || tk[v].pos === 'PRON' || /^(?:their|his|her|its|our)$/.test(tk[v].lower))) v--;
      if (tk[v]?.lemma === 'make' && (tk[v].pos === 'VERB' || tk[v].pos === 'AUX')) return { reality: 'hypothetical', cue: tk[k].text };
    }
  }
  // ("there was no sign by nightfall that the curfew was being enforced", "no evidence that troops had fired": what there is no word
  // of in a clause after "that" did not happen, as far as the teller knows)
  for (let k = first - 1; k > s.first + 1 && first - k <= 14 && !/^[,;:]$/.test(tk[k].text); k--) {
    if (tk[k].lower !== 'that') continue;
    let n = k - 1;
    // (past a phrase of when: "by nightfall", "so far", "yet")
    while (n > s.first + 1 && k - n <= 4 && !NO_WORD_OF.has(tk[n].lower) && (tk[n].pos === 'ADP' || tk[n].pos === 'NOUN' || tk[n].pos === 'ADV' || tk[n].pos === 'DET')) n--;
    if (NO_WORD_OF.has(tk[n].lower) && (tk[n - 1].lower === 'no' || (tk[n - 2]?.lower === 'no' && tk[n - 1].pos === 'ADJ'))) return { reality: 'negated', cue: 'no' };
    break;
  }
  // ("has given no date for lifting the curfew", "set no timetable for the withdrawal of troops": what no time is set for is not done)
  if (first - 3 >= s.first) {
    let k = first - 1;
    while (k > s.first && first - k <= 3 && (tk[k].pos === 'DET' || tk[k].pos === 'ADJ' || POSSESSIVE_DETS.has(tk[k].lower))) k--;
    if (/^(?:for|of)$/.test(tk[k].lower) && NO_TIME_SET.has(tk[k - 1]?.lower ?? '') && (tk[k - 2]?.lower === 'no' || (tk[k - 3]?.lower === 'no' && tk[k - 2].pos === 'ADJ'))) return { reality: 'negated', cue: 'no' };
  }
  // ("a first step towards his release", "moves toward a ceasefire", "progress towards peace talks": what steps lead towards is not yet
  // reached)
  if (!verbal && first - 1 > s.first) {
    let k = first - 1;
    while (k > s.first && first - k <= 4 && (tk[k].pos === 'DET' || tk[k].pos === 'ADJ' || /^(?:his|her|their|its|our|a|an|the)$/.test(tk[k].lower))) k--;
    if (/^(?:towards|toward)$/.test(tk[k].lower) && k > s.first && /^(?:step|steps|move|moves|progress|path|road|way|work|working|push|drive|efforts?|bid|march)$/.test(tk[k - 1].lower)) return { reality: 'hypothetical', cue: tk[k].text };
  }
  // ("tiny groups bent on destroying the country", "intent on toppling the government", "aimed at overthrowing": an aim, not a deed)
  if (first - 2 >= s.first && tk[first].lower.endsWith('ing') && /^(?:on|at|upon)$/.test(tk[first - 1].lower) && AIMING.has(tk[first - 2].lower)) return { reality: 'hypothetical', cue: tk[first - 2].text };
  // ("Reports that the New Square development had been set alight were untrue, police said": what is told in reports then called
  // false did not happen)
  {
    let k = first - 1;
    while (k > s.first && first - k <= 25 && !(tk[k].lower === 'that' && REPORT_NOUNS.has(tk[k - 1].lower)) && !(REPORT_NOUNS.has(tk[k].lower) && tk[k + 1]?.pos === 'ADP')) k--;
    if (k >= s.first && first - k <= 25 && ((tk[k].lower === 'that' && k > s.first && REPORT_NOUNS.has(tk[k - 1].lower)) || (REPORT_NOUNS.has(tk[k].lower) && tk[k + 1]?.pos === 'ADP'))) {
      for (let j = first + 1; j + 1 < s.last; j++) {
        if (/^(?:was|were|is|are|proved|proven|turned)$/.test(tk[j].lower) && FALSE_WORDS.has(tk[j + 1].lower)) return { reality: 'negated', cue: tk[j + 1].text };
      }
    }
  }
  // ("She stopped short of announcing new financial sanctions": what one stopped short of was not done)
  for (let k = first - 1; k > s.first && first - k <= 10; k--) {
    if (tk[k].text === ',' || tk[k].text === ';') break;
    if (tk[k].lower === 'short' && tk[k + 1]?.lower === 'of' && /^stop(?:s|ped|ping)?$/.test(tk[k - 1].lower)) return { reality: 'negated', cue: `${tk[k - 1].text} short of` };
  }
  // questions
  // (a quoted question too: '"Why should we accept a result that everyone knows is false?"')
  let lq = s.last - 1;
  while (lq > s.first && /^["”'’»]$/.test(tk[lq].text)) lq--;
  const lastTok = tk[lq];
  if (lastTok && lastTok.text === '?') return { reality: 'question', cue: '?' };
  // ('"What negotiations can there be with criminals and murderers?" he asks': a question quoted inside the sentence, the act within it)
  for (let k = first + 1; k < s.last && k - first <= 25; k++) {
    if (QUOTE_CHARS.has(tk[k].text) && tk[k - 1].text !== '?') break;
    if (tk[k].text === '?' && QUOTE_CHARS.has(tk[k + 1]?.text ?? '')) {
      let o = first - 1;
      while (o >= s.first && !QUOTE_CHARS.has(tk[o].text) && first - o <= 25) o--;
      if (o >= s.first && QUOTE_CHARS.has(tk[o].text)) return { reality: 'question', cue: '?' };
      break;
    }
  }
  // "had no intention of using force", "has no plans to attack the city": an intent denied
  if (first - 3 >= s.first && (tk[first - 1].lower === 'of' || tk[first - 1].lower === 'to')) {
    let k = first - 2;
    // (past a hedge of time: "had no plans for now to evacuate its citizens", "no plans at present to")
    if (k - 2 > s.first && ((tk[k - 1].lower === 'for' && tk[k].lower === 'now') || (tk[k - 1].lower === 'at' && tk[k].lower === 'present'))) k -= 2;
    else if (k - 1 > s.first && /^(?:currently|immediately|yet)$/.test(tk[k].lower)) k--;
    const intent = k;
    if (NO_INTENT.has(tk[k].lower)) {
      k--;
      if (k > s.first && tk[k].pos === 'ADJ') k--;
      if (tk[k].lower === 'no' || (tk[k].lower === 'any' && negatedBefore(tk, s, k))) return { reality: 'negated', cue: `${tk[k].text} ${tk[intent].text}` };
      // ("abandoned plans to sign an association agreement", "dropped its plan to hold a referendum": an intent given up)
      while (k > s.first && (tk[k].pos === 'DET' || tk[k].pos === 'ADJ' || tk[k].pos === 'PRON')) k--;
      if (tk[k].pos === 'VERB' && (ABANDONING.has(tk[k].lemma) || STOPPING_VERBS.has(tk[k].lemma))) return { reality: 'negated', cue: `${tk[k].text} ${tk[intent].text}` };
    }
  }
  // ("preparations for the march", "arrangements for detaining kar sevaks are to be made": what is made ready for has not
  // happened yet; the nouns are readying_nouns in reality.json)
  if (first - 2 >= s.first) {
    let k = first - 1;
    if (!verbal) while (k > s.first && first - k <= 4 && (tk[k].pos === 'DET' || tk[k].pos === 'ADJ' || tk[k].pos === 'NUM')) k--;
    if (tk[k].lower === 'for' && k - 1 >= s.first && READYING_NOUNS.has(tk[k - 1].lower)) return { reality: 'future', cue: `${tk[k - 1].text} for` };
  }
  // ("appeared to be preparing an assault", "were preparing for an offensive", "plotting an attack": an act made ready for,
  // not yet done)
  if (!verbal && first - 1 > s.first) {
    let k = first - 1;
    while (k > s.first && first - k <= 4 && (tk[k].pos === 'DET' || tk[k].pos === 'ADJ' || tk[k].lower === 'for' || tk[k].pos === 'NUM')) k--;
    // (not a participle describing it: "this was a planned massacre" happened)
    if (k < first && tk[k].pos === 'VERB' && READYING.has(tk[k].lemma) && !(k > s.first && (tk[k - 1].pos === 'DET' || tk[k - 1].lower === 'carefully'))) return { reality: 'future', cue: tk[k].text };
    // ("had decided not to declare martial law", "chose never to impose a curfew": a measure not put in force)
    if (k < first && k - 2 >= s.first && tk[k].pos === 'VERB' && tk[k - 1].lower === 'to' && (tk[k - 2].lower === 'not' || tk[k - 2].lower === 'never')) return { reality: 'negated', cue: `${tk[k - 2].text} ${tk[k - 1].text}` };
  }
  // ("warned that renewed fighting near Sake could cut the main supply road": an event noun that is the subject of what may
  // be is itself only feared; not "fighting could be heard", which tells it)
  // (only an act still to come, "renewed fighting", "further strikes", "any attack"; "the accusation could harm ties" was made)
  if ((!verbal || tk[first].lower.endsWith('ing')) && first > s.first && TO_COME.has(tk[first - 1].lower)) {
    let k = first + 1;
    while (k < s.last && k - first <= 6 && (tk[k].pos === 'NOUN' || tk[k].pos === 'PROPN' || tk[k].pos === 'ADJ' || tk[k].pos === 'ADP' || tk[k].pos === 'DET') && !MAY_MODALS.has(tk[k].lower)) k++;
    if (k < s.last && MAY_MODALS.has(tk[k].lower) && tk[k + 1]?.pos === 'VERB' && !(tk[k + 1].lemma === 'be' && /^(?:heard|seen|felt|reported)$/.test(tk[k + 2]?.lower ?? '')) &&
      !(tk[k + 1].lemma === 'have' && tk[k + 2]?.pos === 'VERB')) return { reality: 'hypothetical', cue: tk[k].text };
  }
  // ("We are here to restore stability so that the political talks can go on", "in order that elections could be held": the
  // subject of a purpose clause is what an act is for, not an act told)
  if (!verbal && first - 2 >= s.first) {
    let k = first - 1;
    while (k > s.first && first - k <= 4 && (tk[k].pos === 'DET' || tk[k].pos === 'ADJ' || tk[k].pos === 'NUM' || tk[k].pos === 'NOUN' || tk[k].pos === 'PROPN')) k--;
    if (tk[k].lower === 'that' && (tk[k - 1]?.lower === 'so' || (tk[k - 1]?.lower === 'order' && tk[k - 2]?.lower === 'in'))) {
      let m = first + 1;
      while (m < s.last && m - first <= 4 && (tk[m].pos === 'NOUN' || tk[m].pos === 'PROPN' || tk[m].pos === 'ADP' || tk[m].pos === 'DET')) m++;
      if (m < s.last && MODAL.has(tk[m].lower)) return { reality: 'hypothetical', cue: `${tk[k - 1].text} ${tk[k].text}` };
    }
  }
  // conditional anywhere earlier in the clause chain of the sentence ("if the authorities decided to react, it would...")
  for (let i = s.first; i < first; i++) {
    const w = tk[i].lower;
    // ('"Had the police fired on Tuesday, we would be counting bodies today"': "had" opening a clause before its subject is an "if",
    // what did not happen)
    if (w === 'had' && (i === s.first || QUOTE_CHARS.has(tk[i - 1].text) || tk[i - 1].text === ',') && ['DET', 'NOUN', 'PROPN', 'PRON'].includes(tk[i + 1]?.pos ?? '') &&
      tk.slice(i + 1, first + 1).some((t) => t.pos === 'VERB' && /(?:ed|en|wn)$/.test(t.lower)) && tk.slice(i + 1, s.last).some((t) => /^(?:would|could|might)$/.test(t.lower))) {
      return { reality: 'hypothetical', cue: tk[i].text };
    }
    // ("what kind of country it will be governing when the emergency is lifted", "talks will begin once the troops withdraw": a clause
    // of time under a main clause told in the future is ahead too)
    // (not a clause asked after, "asked when", nor an act done before with no tense of its own: "will advance to Al-Bab after seizing
    // Dabiq")
    if ((w === 'when' || w === 'once' || w === 'after' || w === 'until' || w === 'before') && i > s.first && !(tk[i - 1].pos === 'VERB' && ASKED_AFTER.has(tk[i - 1].lemma)) &&
      !(tk[i + 1]?.lower.endsWith('ing') && tk[i + 1].pos === 'VERB') && !tk.slice(i + 1, first).some((t) => t.text === ',' || t.text === ';') &&
      !tk.slice(i + 1, first + 1).some((t) => MODAL.has(t.lower) || t.lower === 'will') && tk.slice(s.first, i).some((t, k, r) => /^(?:will|shall|'ll)$/.test(t.lower) && !r.slice(k + 1).some((x) => x.text === ';' || x.text === ',' || x.lower === 'said'))) {
      return { reality: 'future', cue: tk[i].text };
    }
    // ("Should the unions call a general strike once the curfew is eased, the emergency powers would be tested", "Were the army to
    // intervene, the talks would collapse": "should" and "were ... to" opening a clause before its subject are an "if" too)
    if ((w === 'should' || w === 'were') && (i === s.first || QUOTE_CHARS.has(tk[i - 1].text) || tk[i - 1].text === ',') && ['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM'].includes(tk[i + 1]?.pos ?? '') &&
      (w === 'should' ? tk.slice(i + 2, first + 1).some((t) => t.pos === 'VERB') : tk.slice(i + 2, first + 1).some((t, k, r) => t.lower === 'to' && r[k + 1]?.pos === 'VERB')) &&
      tk.slice(i + 2, s.last).some((t) => t.text === ',')) {
      // (an "if", not the "should" of a demand)
      return { reality: 'hypothetical', cue: 'if' };
    }
    if (w === 'if' || w === 'unless' || w === 'whether') {
      // ("said Russia would not stand aside if Russian citizens came to harm, and urged Tbilisi to show restraint": a
      // condition trailing its clause ends where ", and" opens the next verb of the same subject)
      if (i > s.first && tk[i - 1].text !== ',' && closedBefore(tk, i, first)) continue;
      // ("if the price goes up again without consultation, the workers of this country will down tools": the act the main clause
      // promises after the condition is an intent told, as "will" tells it, a conditional threat)
      if (w === 'if' && verbal && first - 1 > i && tk.slice(i + 1, first).some((t) => t.text === ',')) {
        let k = first - 1;
        while (k > i && first - k <= 3 && (tk[k].pos === 'ADV' || tk[k].lower === 'not')) k--;
        if (/^(?:will|shall|'ll)$/.test(tk[k].lower) && tk.slice(i + 1, k).filter((t) => t.text === ',').length >= 1 && !tk.slice(i + 1, k).some((t) => MODAL.has(t.lower))) return { reality: 'future', cue: tk[k].text };
      }
      return { reality: 'hypothetical', cue: w };
    }
  }
  // ("The authorities did not say how many monks were detained", "it was not clear how many were killed": a count or a
  // place asked after, of an act told elsewhere, tells no act of its own)
  for (let i = Math.max(s.first + 1, first - 8); i < first - 1; i++) {
    const w = tk[i].lower;
    // (or who did it: "did not say who had killed the 10 people")
    // (or how long it goes on: "The question is how long the soldiers will keep shooting their own people")
    // (or how it was done: "He did not say how the dead were killed")
    if (!((w === 'how' && (/^(?:many|much|long|soon)$/.test(tk[i + 1].lower) || (i + 1 < first && ['DET', 'NOUN', 'PRON', 'PROPN'].includes(tk[i + 1].pos)))) || ((w === 'where' || w === 'who') && i + 1 < first))) continue;
    // (past a time between: "it was not clear last night who had fired")
    let j = i - 1;
    while (j > s.first + 1 && i - j <= 3 && /^(?:last|night|yesterday|today|tonight|this|morning|evening|afternoon|still|yet)$/.test(tk[j].lower)) j--;
    const g = tk[j];
    if ((g.pos === 'VERB' && ASKED_AFTER.has(g.lemma)) || (g.lower === 'clear' || g.lower === 'unclear' || g.lower === 'known' || g.lower === 'unknown') ||
      (/^(?:is|was)$/.test(g.lower) && /^(?:question|issue)$/.test(tk[i - 2]?.lower ?? ''))) {
      if (!tk.slice(i, first).some((t) => t.text === ',' || t.text === ';')) return { reality: 'question', cue: `${tk[i].text} ${tk[i + 1].text}` };
    }
  }
  // ("was conditional on the rebels accepting six demands, among them withdrawing from mountain positions")
  if (first > s.first) {
    const m = CONDITION_PHRASE.exec(text.slice(s.start, tk[first].start));
    if (m) return { reality: 'hypothetical', cue: m[0] };
  }
  // a bare infinitive after "help (him)", "make (them)", "let (them)": as real as that verb ("called on the army to help him oust Maduro")
  if (verbal) {
    const g = tk[first - 1]?.pos === 'PRON' && first - 2 >= s.first ? first - 2 : first - 1;
    // (a mere purpose stays as before: "arrived in Nepal to help deliver aid" is the aid)
    if (g >= s.first && g < first && tk[g].pos === 'VERB' && BARE_GOVERNORS.has(tk[g].lemma) && g > s.first) {
      const r = realityOf(doc, s, g, true, speechLike);
      if (r.reality !== 'asserted' && r.cue !== 'to') return r;
    }
  }
  // "would step up picketing", "urged the powers to stop negotiating", "vowed to keep fighting": a gerund
  // object is as real as the verb it follows (past a particle: "step up")
  if (verbal && tk[first].lower.endsWith('ing') && first - 1 > s.first) {
    const g = tk[first - 1].pos === 'VERB' ? first - 1 : (tk[first - 1].pos === 'ADP' || tk[first - 1].pos === 'PART' || tk[first - 1].pos === 'ADV') && tk[first - 2]?.pos === 'VERB' && first - 2 > s.first ? first - 2 : -1;
    // ("He again ruled out resigning", "avoided meeting the rebels": what one rules out or avoids is not done)
    if (g > s.first && (tk[g].lemma === 'avoid' || (g === first - 2 && FAIL.has(`${tk[g].lemma} ${tk[first - 1].lower}`)))) return { reality: 'negated', cue: tk[g].text };
    if (g > s.first) {
      const r = realityOf(doc, s, g, true, speechLike);
      if (r.reality !== 'asserted') return r;
    }
  }
  // ("the Alliance would boycott Sunday's runoff and withdraw its observers": a verb joined by "and" to one in the future or
  // the conditional shares its modal; "urged them to stop and leave": its infinitive's "to" too)
  // (and "or": "never told anyone to loot or burn"; what is denied with "or" is denied of both: "did not loot or burn")
  // ("had no power to have the men released": a participle after a causative "have"/"get" and its object is as real as they are)
  if (verbal && first - 2 >= s.first && tk[first].lower !== tk[first].lemma && /(?:ed|en)$/.test(tk[first].lower)) {
    let k = first - 1;
    while (k > s.first && first - k <= 5 && ['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON'].includes(tk[k].pos)) k--;
    if (k < first - 1 && tk[k].pos !== 'AUX' && /^(?:have|get)$/.test(tk[k].lower) && tk[k - 1]?.lower === 'to') {
      const r = realityOf(doc, s, k, true, speechLike);
      if (r.reality !== 'asserted') return r;
    }
  }
  // ("would be found and punished", 'would be "identified and punished"': a participle joined to a passive one shares its modal)
  if (verbal && first - 3 >= s.first && (tk[first - 1].lower === 'and' || tk[first - 1].lower === 'or') && tk[first - 2].pos === 'VERB' && tk[first - 2].lower !== tk[first - 2].lemma && !tk[first - 2].lower.endsWith('ing')) {
    let b = first - 3;
    if (OPENING_QUOTES.has(tk[b]?.text ?? '')) b--;
    if (b >= s.first && /^(?:be|been|being)$/.test(tk[b].lower)) {
      const r = realityOf(doc, s, first - 2, true, speechLike);
      if (r.reality !== 'asserted') return r;
    }
  }
  const orJoined = tk[first - 1]?.lower === 'or';
  if (verbal && first - 2 > s.first && (tk[first - 1].lower === 'and' || orJoined) && tk[first].lower === tk[first].lemma) {
    for (let k = first - 2; k > s.first && first - k <= 12; k--) {
      if (tk[k].text === ',' || tk[k].text === ';') break;
      if (tk[k].pos === 'VERB' && tk[k].lower === tk[k].lemma) {
        const r = realityOf(doc, s, k, true, speechLike);
        if (r.reality === 'future' || r.reality === 'hypothetical' || (orJoined && r.reality === 'negated')) return r;
        break;
      }
    }
  }
  // "will continue until the minister resigns": a present tense after "until" tells what has not happened yet
  // (not "fought until the army withdrew")
  const v = tk[first];
  // (a present passive too: "before sanctions are lifted")
  const present = v.lower === v.lemma || v.lower === v.lemma + 's' || v.lower === v.lemma + 'es' || (v.lemma.endsWith('y') && v.lower === v.lemma.slice(0, -1) + 'ies') ||
    (first - 1 >= s.first && /^(?:is|are|am)$/.test(tk[first - 1].lower));
  // (or in any tense after a main clause that looks ahead: "talks would not resume until the union was prepared to discuss")
  // ("the detainees would be released once they had signed a pledge")
  // (or after a call or a vow of what is to last until then: "called an indefinite general strike until he stepped down")
  const ahead = !present && verbal && tk.slice(s.first, first).some((t, k, r) => (t.lower === 'until' || t.lower === 'unless' || t.lower === 'once') &&
    r.slice(0, k).some((x) => x.lower === 'would' || x.lower === 'will' || x.lower === 'wo' || (x.pos === 'VERB' && LOOKING_AHEAD.has(x.lemma))));
  if (ahead) {
    // ("until the officers involved in the two cases were arrested and charged": a clause of a dozen words, and a verb joined in it)
    for (let i = first - 1; i >= s.first && first - i <= 14; i--) {
      const w = tk[i].lower;
      if (w === 'until' || w === 'unless' || w === 'once') return { reality: 'hypothetical', cue: w };
      if (tk[i].text === ',' || tk[i].text === ';') break;
    }
  }
  if (verbal && present) {
    for (let i = first - 1; i >= s.first && first - i <= 8; i--) {
      const w = tk[i].lower;
      // ("will resume its campaign once the emergency is lifted": the same; not "after" or "when", which captions tell in the present)
      if (w === 'until' || w === 'till' || w === 'unless' || w === 'before' || w === 'once') return { reality: 'hypothetical', cue: w };
      if (tk[i].text === ',' || tk[i].text === ';' || (tk[i].pos === 'VERB' && i < first)) break;
    }
  }
  // ("Not a single round was fired", "no shots were fired", "not one protester was hurt": a passive whose subject is none)
  if (verbal && first - 1 > s.first && (tk[first - 1].lemma === 'be' || (tk[first - 1].pos === 'ADV' && tk[first - 2]?.lemma === 'be'))) {
    let k = tk[first - 1].lemma === 'be' ? first - 2 : first - 3;
    // (past a perfect's "had been": "none of them had been charged")
    while (k > s.first && /^(?:has|have|had)$/.test(tk[k].lower)) k--;
    // (and a modal's: "Nobody will be allowed to obstruct the project")
    while (k > s.first && /^(?:will|would|can|could|may|might|shall|should|must)$/.test(tk[k].lower)) k--;
    // ("none of them", "not one of the men": a share of none)
    if (k - 2 >= s.first && tk[k - 1].lower === 'of' && /^(?:them|us|those|these)$/.test(tk[k].lower)) k -= 2;
    else while (k > s.first && (tk[k].pos === 'NOUN' || tk[k].pos === 'ADJ' || tk[k].pos === 'NUM' || tk[k].pos === 'DET' || tk[k].pos === 'PROPN') && !NEG.has(tk[k].lower)) k--;
    // (the "no" must open the subject: not "civilians with no weapons were killed")
    const opens = k === s.first || ['PUNCT', 'VERB', 'SCONJ', 'CCONJ'].includes(tk[k - 1].pos) || tk[k - 1].lower === 'that';
    // ("Nobody will be allowed to obstruct the project", "no one was hurt")
    if (k >= s.first && opens && (tk[k].lower === 'nobody' || tk[k].lower === 'noone') && k <= first - 2) return { reality: 'negated', cue: tk[k].text };
    if (k >= s.first && opens && (tk[k].lower === 'not' || tk[k].lower === 'no' || tk[k].lower === 'none') && k < first - 2) {
      const nx = tk[k + 1]?.lower;
      if (tk[k].lower !== 'not' || nx === 'a' || nx === 'one' || nx === 'single' || nx === 'even') return { reality: 'negated', cue: tk[k].text };
    }
  }
  // ("said none of his members fired any guns", "no police officer fired a shot": an active verb whose subject is none)
  if (verbal && first - 1 > s.first && !/ing$/.test(tk[first].lower)) {
    let k = first - 1;
    while (k > s.first && (tk[k].pos === 'AUX' || tk[k].pos === 'ADV' || tk[k].pos === 'PART') && !NEG.has(tk[k].lower)) k--;
    let j = k;
    while (j > s.first && (['NOUN', 'ADJ', 'NUM', 'DET', 'PROPN'].includes(tk[j].pos) || /^(?:his|her|their|its|our|my|your)$/.test(tk[j].lower)) && !NEG.has(tk[j].lower) && tk[j].lower !== 'none') j--;
    // (past a phrase of where on the subject: "nobody in the crowd around him protested")
    for (let q = j, guard = 0; q > s.first && k - q <= 9 && guard < 10; guard++) {
      if (/^(?:nobody|noone)$/.test(tk[q].lower)) {
        j = q;
        break;
      }
      if (!(['NOUN', 'ADJ', 'NUM', 'DET', 'PROPN', 'ADP'].includes(tk[q].pos) || /^(?:him|her|them|it|us|his|their|its)$/.test(tk[q].lower))) break;
      q--;
    }
    if (j - 1 >= s.first && tk[j].lower === 'of' && /^(?:none|neither)$/.test(tk[j - 1].lower)) j--;
    const opens = j === s.first || ['PUNCT', 'VERB', 'SCONJ', 'CCONJ'].includes(tk[j - 1]?.pos ?? '') || tk[j - 1]?.lower === 'that';
    if (j < k && opens && (/^(?:none|nobody|noone|neither)$/.test(tk[j].lower) || (tk[j].lower === 'no' && tk[j + 1]?.pos !== 'ADV'))) return { reality: 'negated', cue: tk[j].text };
  }
  // ("there was no question of suspending aid", "the threat of cutting aid": a gerund after a noun of what may come has not happened;
  // "possible measures, including suspending visa-free travel": nor one listed among options)
  // (with a subject of its own, in the passive: "there was no question of the Governor being withdrawn")
  if (verbal && first - 4 >= s.first && /^(?:being|getting)$/.test(tk[first - 1].lower)) {
    let k = first - 2;
    while (k > s.first && first - k <= 8 && (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tk[k].pos) || POSSESSIVE_DETS.has(tk[k].lower))) k--;
    if (k < first - 2 && tk[k].lower === 'of' && MAY_COME.has(tk[k - 1]?.lower ?? '')) return { reality: tk[k - 2]?.lower === 'no' ? 'negated' : 'hypothetical', cue: tk[k - 1].text };
  }
  if (verbal && tk[first].lower.endsWith('ing') && first - 2 >= s.first) {
    if (tk[first - 1].lower === 'of' && MAY_COME.has(tk[first - 2].lower)) return { reality: tk[first - 3]?.lower === 'no' ? 'negated' : 'hypothetical', cue: tk[first - 2].text };
    if (tk[first - 1].lower === 'including' || (tk[first - 1].lower === 'as' && tk[first - 2].lower === 'such')) {
      // (only options weighed, not measures taken: "took tough measures, including suspending the newspaper")
      for (let k = first - 2; k >= s.first && first - k <= 6; k--) {
        if (!OPTIONS.has(tk[k].lower)) continue;
        const weighed = tk.slice(Math.max(s.first, k - 4), k).some((t) => WEIGHED.has(t.lower) || WEIGHED.has(t.lemma));
        if (weighed) return { reality: 'hypothetical', cue: tk[k].text };
        break;
      }
    }
  }
  // ("demanded that the name be made public and that the officer be charged": a bare "be" after its subject is the
  // subjunctive of what is asked, not an act done)
  if (verbal && first - 2 >= s.first && tk[first - 1].lower === 'be' && (tk[first - 2].pos === 'NOUN' || tk[first - 2].pos === 'PROPN' || tk[first - 2].pos === 'PRON') &&
    !MODAL.has(tk[first - 2].lower)) return { reality: 'hypothetical', cue: 'be' };
  // ("demanded the Politburo quit", "DEMANDS POLITBURO QUIT": a bare verb after whom a demand names, with no "that", is what is
  // asked, not an act done)
  if (verbal && tk[first].lower === tk[first].lemma && first - 2 >= s.first) {
    // (a form of the verb, whatever the tagger calls it in a headline: "DEMANDS/PROPN POLITBURO QUIT")
    const mandative = (k: number) => k < first - 1 && (MANDATIVE.has(tk[k].lemma) || MANDATIVE.has(tk[k].lower.replace(/(?:s|ed|d)$/, ''))) && !/^(?:the|a|an)$/.test(tk[k - 1]?.lower ?? '');
    let k = first - 1;
    // (and past a pronoun subject and "that": "refused opposition demands that he resign")
    while (k > s.first && first - k <= 5 && !mandative(k) && (tk[k].pos === 'DET' || tk[k].pos === 'NOUN' || tk[k].pos === 'PROPN' || tk[k].pos === 'ADJ' ||
      (k === first - 1 && /^(?:he|she|they|it|we)$/.test(tk[k].lower)) || (tk[k].lower === 'that' && k < first - 1))) k--;
    if (k >= s.first && mandative(k)) return { reality: 'hypothetical', cue: tk[k].text };
    // ("demanding that the FRS be disbanded and that the Interior Minister resign": the second "that" of what is asked, back past
    // the first)
    if (k > s.first && tk[k].lower === 'and' && tk[k + 1]?.lower === 'that') {
      for (let j = k - 1; j > s.first && k - j <= 20 && tk[j].text !== ';'; j--) {
        if (tk[j].lower === 'that' && mandative(j - 1)) return { reality: 'hypothetical', cue: tk[j - 1].text };
      }
    }
  }
  // ("shoot on sight anyone found violating it", "arrest anyone caught looting": what a whole class of people may do is no act)
  if ((verbal || tk[first].lower.endsWith('ing')) && first - 1 > s.first) {
    const k = /^(?:found|caught|seen)$/.test(tk[first - 1].lower) ? first - 2 : first - 1;
    if (/^(?:anyone|anybody|whoever)$/.test(tk[k].lower)) return { reality: 'hypothetical', cue: tk[k].text };
  }
  // ("action against anyone throwing bombs or setting fire to vehicles": what anyone doing it does, past the first of its acts, and the
  // acts' nouns too)
  if (first - 2 > s.first) {
    for (let j = first - 1; j > s.first && first - j <= 7; j--) {
      // (and past whoever is caught at it: "anyone caught looting or setting fire to public buildings")
      if (/^(?:anyone|anybody)$/.test(tk[j].lower) && tk[j + 1]?.pos === 'VERB' && (tk[j + 1].lower.endsWith('ing') || /^(?:found|caught|seen)$/.test(tk[j + 1].lower))) return { reality: 'hypothetical', cue: tk[j].text };
      if (tk[j].text === ',' || tk[j].text === ';' || (tk[j].pos === 'VERB' && !tk[j].lower.endsWith('ing') && !/^(?:found|caught|seen)$/.test(tk[j].lower))) break;
    }
  }
  if ((verbal || tk[first].lower.endsWith('ing')) && first - 1 > s.first) {
    // ("open fire on anyone who refuses to surrender a weapon": what anyone who does it does, in its relative clause)
    for (let j = first - 1; j > s.first && first - j <= 5; j--) {
      if (tk[j].lower === 'who' && /^(?:anyone|anybody|whoever|everyone)$/.test(tk[j - 1].lower)) return { reality: 'hypothetical', cue: tk[j - 1].text };
      if (!(tk[j].pos === 'VERB' || tk[j].pos === 'AUX' || tk[j].pos === 'PART' || tk[j].pos === 'ADV' || tk[j].lower === 'who')) break;
    }
  }
  // ("will not let a minority take the nation hostage", "police let the marchers pass": a bare infinitive after "let" and its
  // object is as real as the letting)
  if (verbal && tk[first].lower === tk[first].lemma) {
    for (let k = first - 1; k > s.first && first - k <= 6; k--) {
      const p = tk[k].pos;
      if (tk[k].lemma === 'let' && (p === 'VERB' || p === 'AUX') && k < first - 1) {
        const r = realityOf(doc, s, k, true, speechLike);
        // (letting that is only an aim lets nothing happen yet: "an agreement committing them ... to let the board investigate")
        return r.cue === 'purpose' ? { reality: 'hypothetical', cue: tk[k].text } : r;
      }
      if (!(p === 'DET' || p === 'NOUN' || p === 'PROPN' || p === 'ADJ' || p === 'PRON' || p === 'NUM')) break;
    }
  }
  // ("residents recall the disturbances of 1937 ... and the strike led by X only last year": an event named as what is remembered is
  // history, not news)
  if (!verbal) {
    let k = first - 1;
    while (k > s.first && first - k <= 14 && (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ'].includes(tk[k].pos) || tk[k].lower === 'of' || tk[k].text === ',' || POSSESSIVE_DETS.has(tk[k].lower) || tk[k].text === "'s" || tk[k].text === '’s' ||
      (tk[k].pos === 'VERB' && !REMEMBERING.has(tk[k].lemma) && /(?:ed|ing)$/.test(tk[k].lower) && tk[k - 1]?.pos !== 'PRON' && tk[k - 1]?.pos !== 'AUX'))) k--;
    if (k >= s.first && tk[k].pos === 'VERB' && REMEMBERING.has(tk[k].lemma)) return { reality: 'historical', cue: tk[k].text };
  }
  // the auxiliary chain (verbs) or the noun phrase and its governing verb (nouns)
  const window = verbal ? 5 : 12;
  let sawTo = -1;
  // for nouns: are we still inside the trigger's own noun phrase ("any attempt", "no protests")?
  let inNp = !verbal;
  for (let i = first - 1, n = 0; i >= s.first && n < window; i--, n++) {
    const t = tk[i];
    const w = t.lower;
    if (!verbal && !inNp && (w === 'no' || w === 'any')) continue;
    if (t.text === ',' && verbal) break;
    // ("said no decision on sending additional forces had been made": what a decision is to be taken on is not done)
    if ((!verbal || tk[first].lower.endsWith('ing')) && /^(?:on|about|over)$/.test(w) && i === first - 1 && /^(?:decision|decisions)$/.test(tk[i - 1]?.lower ?? '')) return { reality: 'hypothetical', cue: `${tk[i - 1].text} ${w}` };
    // ("said at the time that the period for talking was over", "no time for negotiations": what there is a time for is not done)
    if ((!verbal || tk[first].lower.endsWith('ing')) && w === 'for' && i === first - 1 && /^(?:time|period|moment|room|need|scope)$/.test(tk[i - 1]?.lower ?? '')) return { reality: 'hypothetical', cue: `${tk[i - 1].text} for` };
    // ("not to use it as a pretext for a wider offensive": what something could be a pretext for has not happened)
    if (!verbal && w === 'for' && /^(?:pretext|excuse|justification)$/.test(tk[i - 1]?.lower ?? '')) return { reality: 'hypothetical', cue: tk[i - 1].text };
    // ("met to discuss a call for a general strike", "backed appeals for a boycott": what a call is for is only called for)
    // (past whose calls they are: "rejects calls from abroad for talks with protesters", "appeals by the UN for a ceasefire")
    if (!verbal && w === 'for' && i === first - 1 - npLength(tk, i + 1, first)) {
      let cw = i - 1;
      if (!(tk[cw]?.pos === 'NOUN' && CALL_NOUNS.test(tk[cw].lower))) {
        while (cw > s.first && i - cw <= 5 && !/^(?:from|by)$/.test(tk[cw].lower) && (tk[cw].pos === 'NOUN' || tk[cw].pos === 'PROPN' || tk[cw].pos === 'ADJ' || tk[cw].pos === 'DET' || tk[cw].pos === 'ADV')) cw--;
        cw = /^(?:from|by)$/.test(tk[cw]?.lower ?? '') ? cw - 1 : -1;
      }
      // (the plural right after a verb, however the tagger reads it: "rejects calls/VERB from abroad")
      if (cw >= s.first && CALL_NOUNS.test(tk[cw].lower) && (tk[cw].pos === 'NOUN' || (tk[cw - 1]?.pos === 'VERB' && tk[cw].lower.endsWith('s')))) return { reality: 'hypothetical', cue: tk[cw].text };
    }
    // ("The accord also provides for the withdrawal of armed units": what an accord or a law provides for is yet to be done)
    if (!verbal && w === 'for' && i === first - 1 - npLength(tk, i + 1, first) && tk[i - 1]?.lemma === 'provide' && (tk[i - 1].pos === 'VERB' || /s$/.test(tk[i - 1].lower))) return { reality: 'future', cue: `${tk[i - 1].text} for` };
    // ("giving the security forces wide powers of search and detention", "powers of arrest": what one is empowered to do is not done)
    if (!verbal && w === 'of' && /^(?:powers?|authority|right)$/.test(tk[i - 1]?.lower ?? '') && tk.slice(i + 1, first).every((t) => t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'CCONJ' || t.text === ',')) {
      return { reality: 'hypothetical', cue: `${tk[i - 1].text} of` };
    }
    // ("because of the risk of ambush", "the prospect of fresh violence": what may come has not happened; a threat of it is told as the threat)
    if (!verbal && w === 'of' && i === first - 1 - npLength(tk, i + 1, first) && /^(?:risk|risks|possibility|prospect|prospects|spectre|specter|likelihood)$/.test(tk[i - 1]?.lower ?? '')) return { reality: 'hypothetical', cue: tk[i - 1].text };
    // ("had come only to discuss the terms of the prime minister's resignation", "to negotiate the timetable for a withdrawal": the
    // terms of an act talked over are not yet settled, nor the act done)
    if (!verbal && (w === 'of' || w === 'for') && i === first - 1 - npLength(tk, i + 1, first) && /^(?:terms|conditions|modalities|timetable|timing|details)$/.test(tk[i - 1]?.lower ?? '')) {
      let v = i - 2;
      while (v > s.first && (tk[v].pos === 'DET' || tk[v].pos === 'ADJ')) v--;
      if (v >= s.first && TOPIC_VERBS.has(tk[v].lemma) && tk[v].pos === 'VERB') return { reality: 'hypothetical', cue: tk[v].text };
    }
    // ("fearing a second assault by Soviet troops", "braced for a new attack", "warned of further violence": what is feared, awaited
    // or warned of has not happened)
    if (!verbal && i === first - 1 - npLength(tk, i + 1, first)) {
      if (ANTICIPATING.direct.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'AUX')) return { reality: 'hypothetical', cue: t.text };
      const pre = tk[i - 1];
      if ((w === 'for' || w === 'of' || w === 'against') && pre && ANTICIPATING[w].has(pre.lemma) && (ANTICIPATING[w].has(pre.lower) || pre.pos === 'VERB' || pre.pos === 'NOUN')) return { reality: 'hypothetical', cue: pre.text };
    }
    // ("confined it to a static protest", "restricted the march to a rally": a form allowed, not one held)
    if (!verbal && w === 'to' && (LIMIT.has(tk[i - 1]?.lemma ?? '') || (LIMIT.has(tk[i - 2]?.lemma ?? '') && (tk[i - 1].pos === 'PRON' || tk[i - 1].pos === 'NOUN')))) return { reality: 'hypothetical', cue: LIMIT.has(tk[i - 1].lemma) ? tk[i - 1].text : tk[i - 2].text };
    // (quotes around a word of the noun's own phrase open no clause: "would call a \"ville morte\" (dead city) strike")
    if (!verbal && inNp && (t.text === '"' || t.text === '“' || t.text === '”')) continue;
    // (a quote opening right on the verb: 'threatened to "take the war back"')
    // (or on its adverb: 'would be "severely punished"')
    if (verbal && OPENING_QUOTES.has(t.text) && tk.slice(i + 1, first).every((x) => x.pos === 'ADV')) continue;
    // ("would be identified and punished", 'would be "hunted down and punished"': a participle joined by "and" to one before it
    // shares that one's auxiliaries)
    if (verbal && i === first - 1 && (w === 'and' || w === 'or') && i - 1 > s.first) {
      let j = i - 1;
      while (j > s.first && (tk[j].pos === 'ADP' || tk[j].pos === 'ADV' || tk[j].pos === 'PART')) j--;
      if (tk[j].pos === 'VERB' && /(?:ed|en)$/.test(tk[j].lower) && /(?:ed|en)$/.test(tk[first].lower)) {
        i = j;
        if (i - 1 >= s.first && OPENING_QUOTES.has(tk[i - 1].text)) i--;
        continue;
      }
    }
    if (isBoundary(t)) break;
    if (NEG.has(w)) {
      // "not only", "no sooner" still happened; "nobody was killed" did not
      // ("It said it no longer recognised the military council": what has stopped is not done now)
      const nx = tk[i + 1]?.lower;
      if (nx === 'only' || nx === 'sooner') continue;
      // "will not accept", "would not attend": a refusal announced, not just something absent
      const pv = tk[i - 1]?.lower;
      if (pv && (pv === 'will' || pv === 'would' || pv === 'wo' || pv === "'ll" || pv === 'shall' || pv === 'can' || pv === 'ca')) return { reality: 'negated', cue: `${pv} not` };
      return { reality: 'negated', cue: t.text };
    }
    // (not a name: "Theresa May met Merkel")
    // (not the month: "TANANARIVE, May 15 (Reuters) - A general strike")
    if (MODAL.has(w) && t.pos !== 'PROPN' && !(t.text === 'May' && (tk[i + 1]?.pos === 'NUM' || tk[i - 1]?.pos === 'NUM'))) return { reality: 'hypothetical', cue: t.text };
    if (FUTURE.has(w) && (w !== 'going' || tk[i + 1]?.lower === 'to') && (w !== 'next' || !verbal)) {
      // ("This was a planned military operation", "it is a planned provocation": planned beforehand, after a copula, is no plan)
      const premeditated = w === 'planned' && !verbal && inNp && tk[i - 1]?.pos === 'DET' && /^(?:was|were|is|are|been)$/.test(tk[i - 2]?.lower ?? '');
      if (!premeditated && (w === 'expected' || w === 'scheduled' || w === 'planned' || w === 'plans' || w === 'plan' || (w === 'planning' && t.pos === 'VERB') || w === 'upcoming')) return { reality: 'future', cue: t.text };
      if (w === 'will' || w === "'ll" || w === 'shall' || w === 'wo' || w === 'going') return { reality: 'future', cue: t.text };
    }
    if (!verbal && inNp && COND.has(w)) return { reality: 'hypothetical', cue: t.text };
    // ("have linked future aid to reform", "a proposed ceasefire", "prospective talks": what is yet to come, named as such)
    if (!verbal && inNp && (t.pos === 'ADJ' || (t.pos === 'VERB' && i === first - 1)) && YET_TO_COME.has(w)) return { reality: 'future', cue: t.text };
    // "shut the internet ahead of the protests", "in the run-up to the vote": what is awaited has not happened yet
    if (!verbal && w === 'of' && i === first - 1 - npLength(tk, i + 1, first) && tk[i - 1]?.lower === 'ahead') return { reality: 'future', cue: 'ahead of' };
    // ("as he travelled to a court hearing", "on his way to a meeting with rebel leaders": where someone was going, not yet held)
    if (!verbal && w === 'to' && i === first - 1 - npLength(tk, i + 1, first) && i > s.first && (TRAVELLING.has(tk[i - 1].lemma) || tk[i - 1].lower === 'way' || tk[i - 1].lower === 'route')) return { reality: 'future', cue: `${tk[i - 1].text} to` };
    // ("hand back power or face sanctions": the alternative threatened has not happened)
    if (!verbal && (t.pos === 'VERB' || t.pos === 'NOUN') && t.lower === 'face' && i === first - 1 && i > s.first && tk[i - 1].lower === 'or') return { reality: 'hypothetical', cue: 'or' };
    if (!verbal && inNp && (w === 'no' || w === 'without')) return { reality: 'negated', cue: t.text };
    // ("saying such attacks harm the Palestinian cause": a kind of act, not one that happened)
    if (!verbal && inNp && w === 'such' && i === first - 1 && /s$/.test(tk[first].lower)) return { reality: 'hypothetical', cue: t.text };
    // "police foiled/ADJ an attack", "troops thwarted a bombing": the act named as what was stopped did not happen
    if (!verbal && (t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'NOUN') && PREVENTED.has(t.lower.replace(/ed$/, '')) && i < first - 1 && i > s.first) return { reality: 'negated', cue: t.text };
    if (inNp && !NP_POS.has(t.pos)) inNp = false;
    // (a noun after its verb's infinitive: "waiting for an order to kick off the assault" is read like "to attack")
    // (a passive infinitive too: "allowing troops to be deployed", "urged police to be sent"; not a perfect one,
    // which tells the past: "claimed to have seized weapons")
    // (past a quote opening on the verb: 'threatened to "take the war back to Freetown"')
    // (and past an adverb splitting it: "declined to fully withdraw the bill", "refused to immediately release the prisoners")
    if (w === 'to' && (verbal ? i === first - 1 || (i === first - 2 && (tk[first - 1].lower === 'be' || OPENING_QUOTES.has(tk[first - 1].text) || (tk[first - 1].pos === 'ADV' && tk[first - 1].lower.endsWith('ly')))) : nounInfinitive(tk, i, first))) {
      sawTo = i;
      // ("The association is to hold a protest meeting on Sunday": an act arranged, still to come; "was to" never came)
      const be = tk[i - 1];
      if (i - 1 > s.first && arrangedTo(tk, i)) return { reality: 'future', cue: `${be.text} to` };
      // ("which Russia is due to host in Sochi in February")
      if (be && be.lower === 'due' && i - 2 >= s.first && /^(?:is|are|am|was|were)$/.test(tk[i - 2].lower)) return { reality: 'future', cue: 'due to' };
      if (be && i - 1 > s.first && be.pos === 'AUX' && /^(?:was|were)$/.test(be.lower) && tk[i + 1]?.lower !== 'be') return { reality: 'hypothetical', cue: `${be.text} to` };
      // ("Police had to fire in the air", "had to use force to disperse the mob": what one had to do, one did; not "would have had to",
      // nor "had to be" said of what was yet to come)
      if (be && be.lower === 'had' && i - 1 > s.first && !MODAL.has(tk[i - 2].lower) && !(tk[i - 2].lower === 'have' && MODAL.has(tk[i - 3]?.lower ?? '')) && tk[i + 1]?.lower !== 'be') return { reality: 'asserted', cue: null };
      // what governs the infinitive? "urged the government to agree", "forced troops to flee", "calls to step down"
      for (let j = i - 1, m = 0; j >= s.first && m < 6; j--, m++) {
        const g = tk[j];
        if (isBoundary(g) || g.text === ',') break;
        if (FAIL.has(g.lemma)) return { reality: 'negated', cue: g.text };
        // ("it was hard to ask people to sacrifice themselves", "it is important to hold talks": what is judged hard or right to do
        // is no act done)
        if (g.pos === 'ADJ' && j === i - 1 && JUDGED.has(g.lower) && /^(?:is|was|be|been|are|were|seems|seemed)$/.test(tk[j - 1]?.lower ?? '')) return { reality: 'hypothetical', cue: g.text };
        // ("had no power to have the men released", "has no authority to arrest": what one has no means to do)
        if (g.pos === 'NOUN' && j === i - 1 && /^(?:power|right|authority|means|mandate|capacity|ability)$/.test(g.lower) && /^(?:no|little)$/.test(tk[j - 1]?.lower ?? '')) return { reality: 'negated', cue: `${tk[j - 1].text} ${g.text}` };
        // ("warned against any attempt to retake the region": an attempt no one has made)
        // ("any further attempt to seize government buildings": past a modifier)
        if (IMPLICATIVE.has(g.lemma) && g.pos === 'NOUN' && j === i - 1) {
          const d = tk[j - 1]?.pos === 'ADJ' && j - 2 >= s.first ? j - 2 : j - 1;
          if (tk[d]?.lower === 'any' || tk[d]?.lower === 'no') return { reality: 'hypothetical', cue: tk[d].text };
        }
        // ("called that strike in February to force the association to recognise it": what one means to force others to do is not done)
        if (g.pos === 'VERB' && COMPELLING.has(g.lemma) && j < i - 1 && tk[j - 1]?.lower === 'to') return { reality: 'hypothetical', cue: `${tk[j - 1].text} ${g.text}` };
        // ("called on the armed forces to help him oust Maduro": an implicative that is itself an infinitive is as real as it)
        if (IMPLICATIVE.has(g.lemma) && g.pos !== 'NOUN' && tk[j - 1]?.lower === 'to' && j - 1 > s.first) return realityOf(doc, s, j, true, speechLike);
        // (a noun only right before "to" and when it names the act: "an attempt to storm"; not "security
        // forces foiled a plot to attack", "the armed forces to help": no implicative force)
        // (as real as the implicative verb itself: "militants could try to stage attacks" is no attack)
        if (IMPLICATIVE.has(g.lemma) && (g.pos !== 'NOUN' || (j === i - 1 && (g.lemma === 'attempt' || g.lemma === 'decision')))) {
          // (not a name put on something: "could be treated as an attempt to seize power", "described the vote as an attempt to")
          if (g.pos === 'NOUN') {
            let d = j - 1;
            while (d > s.first && j - d <= 3 && (tk[d].pos === 'DET' || tk[d].pos === 'ADJ')) d--;
            // (past the labelled thing: "described the vote as")
            let v = d - 1;
            while (tk[d].lower === 'as' && v > s.first && d - v <= 5 && (tk[v].pos === 'DET' || tk[v].pos === 'ADJ' || tk[v].pos === 'NOUN' || tk[v].pos === 'PROPN' || tk[v].pos === 'PRON') && !AS_LABEL_VERBS.has(tk[v].lower) && !LABEL_VERBS.has(tk[v].lower)) v--;
            if (d > s.first && ((tk[d].lower === 'as' && (AS_LABEL_VERBS.has(tk[v].lower) || LABEL_VERBS.has(tk[v].lower))) || (LABEL_VERBS.has(tk[d].lower) && tk[d].lemma !== 'call'))) return { reality: 'hypothetical', cue: tk[d].lower === 'as' ? `${tk[v].text} as` : tk[d].text };
          }
          // (and the noun as real as its own clause: "such a body could be an attempt to seize power")
          const own = j > s.first ? (g.pos === 'VERB' ? realityOf(doc, s, j, true, speechLike) : (() => {
            const r = realityOf(doc, s, j, false, speechLike);
            return r.reality === 'hypothetical' || r.reality === 'future' ? r : null;
          })()) : null;
          return own && own.reality !== 'asserted' && own.cue !== 'to' && own.cue !== 'purpose' ? own : { reality: 'asserted', cue: null };
        }
        // ("seized the opportunity to storm", "took the chance to flee": a chance taken is the act done; "were offered the chance
        // to surrender" is not)
        if ((g.lemma === 'chance' || g.lemma === 'opportunity') && tk.slice(Math.max(s.first, j - 3), j).some((t) => t.pos === 'VERB' && TAKEN.has(t.lemma))) return { reality: 'asserted', cue: null };
        // ("EU foreign ministers agreed to impose visa bans": a measure agreed is decided)
        if (g.pos === 'VERB' && g.lemma === 'agree' && j === i - 1 && measureAgreed(tk, s, i)) return { reality: 'asserted', cue: null };
        if ((g.pos === 'VERB' || g.pos === 'NOUN' || g.pos === 'AUX') && (INTENT.has(g.lemma) || INTENT.has(g.lower) || g.lower === 'calls')) {
          // "vowed not to return", "promised never to attack": an intent refused
          // (not one asked of others: "appealed to foreign governments not to recognise", "urged them not to attack" is a request)
          if (NEG.has(tk[i - 1]?.lower ?? '') && (g.pos === 'VERB' || g.pos === 'AUX') && !ASKING.has(g.lemma)) return { reality: 'negated', cue: 'refuse-intent' };
          return { reality: 'hypothetical', cue: g.text };
        }
        if (g.pos === 'ADJ' && READY.has(g.lower)) return { reality: 'hypothetical', cue: g.text };
        if (g.pos === 'VERB' && INSTRUMENTAL.has(g.lemma)) return usedFor(doc, s, j, speechLike);
        // ("used water cannon and tear/VERB gas to break up groups": the gas is no verb)
        if (g.pos === 'VERB' && GAS_WEAPONS.has(g.lower) && tk[j + 1]?.lower === 'gas') continue;
        if (objectHeadMisread(tk, s, j)) continue;
        // ("the Red Cross/VERB": a capitalised word the tagger calls a verb inside a name)
        if (g.pos === 'VERB' && g.cap && j - 1 > s.first && tk[j - 1].pos === 'PROPN' && tk[j - 1].cap) continue;
        if (g.pos === 'VERB' && !AUX_SKIP.has(g.lemma)) {
          // ("a coordination council her team set up to negotiate a transfer of power": what a body is set up to do is not done yet)
          // (but "set up a commission to investigate the killings" is the inquiry begun)
          if (FOUNDING.has(g.lemma) && (g.lemma !== 'set' || tk[j + 1]?.lower === 'up') && !FOUNDED_TO_LOOK.has(tk[first].lemma)) return { reality: 'hypothetical', cue: 'to' };
          // ("urged Turkmen authorities to allow the Red Cross to visit those held": the purpose of a verb that is itself only
          // asked for, planned or to come is not carried out either)
          // ("will meet the ambassador to discuss": and of one still to come)
          const own = verbal && j > s.first ? realityOf(doc, s, j, true, speechLike) : null;
          // (its cue names the purpose, not the verb's own modal: what one is urged to agree to do is no intent of one's own)
          if (own && (own.reality === 'hypothetical' || own.reality === 'future') && own.cue !== 'purpose' && own.cue !== 'to') return { reality: own.reality, cue: `to (${g.text})` };
          break;
        }
      }
      // ("used batons, tear gas and water cannon on Saturday to break up": a verb of using past a list of what was used)
      for (let j = i - 1; j >= s.first && i - j <= 14; j--) {
        const g = tk[j];
        if (g.text === ';' || CLAUSE_BREAKERS.has(g.lower)) break;
        if (g.pos === 'VERB' && INSTRUMENTAL.has(g.lemma)) return usedFor(doc, s, j, speechLike);
        if (g.pos === 'VERB' && !(GAS_WEAPONS.has(g.lower) && tk[j + 1]?.lower === 'gas') && !objectHeadMisread(tk, s, j)) break;
      }
      // a bare purpose infinitive ("summoned the ambassador to complain", "met to discuss"):
      // a statement or meeting held for that purpose is the purpose carried out; a material
      // action ("sent troops to attack") is only intended
      // (the purpose of an act still to come is to come: "is to hold a protest meeting on Sunday to call for an end to ...")
      // ("are due to meet in Bujumbura next week to discuss a timetable")
      for (let k = s.first + 1; k < i - 1; k++) if ((arrangedTo(tk, k) || (tk[k].lower === 'to' && tk[k - 1].lower === 'due')) && tk[k + 1]?.pos === 'VERB') return { reality: 'future', cue: `${tk[k - 1].text} to` };
      return speechLike ? { reality: 'asserted', cue: 'purpose' } : { reality: 'hypothetical', cue: 'to' };
    }
    if (verbal && !AUX_SKIP.has(w) && !AUX_SKIP.has(t.lemma) && t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART') {
      // left the auxiliary chain; a failure verb right before ("failed to", "refused to") was handled above.
      // "No one was injured", "no Israelis were hurt": a subject that is no one did not undergo it
      // (not "civilians with no weapons were killed": a "no" after a preposition is inside another phrase)
      let j = i;
      for (let m = 0; j >= s.first && m < 4 && NP_POS.has(tk[j].pos); j--, m++) {
        // ("Neither side has accepted blame")
        if ((tk[j].lower === 'no' || tk[j].lower === 'none' || (tk[j].lower === 'neither' && tk[j + 1]?.lower !== 'of')) && (j === s.first || tk[j - 1].pos !== 'ADP')) return { reality: 'negated', cue: tk[j].text };
      }
      // ("Not one shot was fired", "NOT A SINGLE ROUND WAS FIRED" with the noun read as a verb)
      if (j >= s.first && j < i && tk[j].lower === 'not' && /^(?:a|an|one|single|even)$/.test(tk[j + 1].lower) && (j === s.first || tk[j - 1].pos !== 'ADP')) return { reality: 'negated', cue: 'not' };
      // ("None of the protesters were arrested")
      if (j > s.first && tk[j].lower === 'of' && (tk[j - 1].lower === 'none' || tk[j - 1].lower === 'neither')) return { reality: 'negated', cue: tk[j - 1].text };
      // ("without a shot being fired", "without anyone being hurt", "without a shot fired": a subject after "without")
      let w0 = tk[i].lemma === 'be' ? i - 1 : i;
      for (let m = 0; w0 > s.first && m < 4 && (NP_POS.has(tk[w0].pos) || tk[w0].pos === 'PRON'); w0--, m++);
      if (w0 < i && tk[w0].lower === 'without') return { reality: 'negated', cue: tk[w0].text };
      break;
    }
  }
  void sawTo;
  void text;
  return { reality: 'asserted', cue: null };
}

/** ("used tractors and milk churns/VERB to block the road": a plural noun the tagger calls a verb, the head of an object right after its
 * verb; a verb's object is no subject of a verb of its own there) */
function objectHeadMisread(tk: Token[], s: Sentence, j: number): boolean {
  // (or the last of a list of them: "used tractors and milk churns")
  return tk[j].pos === 'VERB' && /[^s]s$/.test(tk[j].lower) && j - 2 >= s.first && tk[j - 1].pos === 'NOUN' && !tk[j - 1].cap &&
    (tk[j - 2].pos === 'VERB' || (tk[j - 2].lower === 'and' && j - 3 >= s.first && tk[j - 3].pos === 'NOUN'));
}

/** Verbs that carry an event noun as their object: "launched an attack", "staged a sit-in", "kicked off the assault". */
export const LIGHT_VERBS = new Set(['launch', 'keep', 'form', 'file', 'give', 'set', 'deliver', 'hand', 'send', 'submit', 'present', 'lodge', 'declare', 'proclaim', 'introduce', 'enforce', 'extend', 'use', 'drop', 'detonate', 'plant', 'lob', 'hurl', 'throw', 'stage', 'hold', 'carry', 'mount', 'organise', 'organize', 'conduct', 'begin', 'start', 'continue', 'join', 'lead', 'call', 'announce', 'resume', 'step', 'intensify', 'escalate', 'make', 'issue', 'impose', 'order', 'sign', 'reach', 'commit', 'perpetrate', 'unleash', 'wage', 'claim', 'go', 'kick', 'observe', 'resort', 'have', 'sit', 'open', 'reiterate', 'repeat', 'renew', 'complete', 'finish', 'voice', 'press', 'clamp', 'slap', 'decree', 'institute', 'place']);

/** "to launch the assault", "to kick off an offensive": the infinitive's verb, a particle, then the noun's phrase. */
/** verbs of getting an act agreed, whose noun after the infinitive is yet to come: "asked the diplomats to obtain an immediate truce" */
const ATTAINING = new Set(['obtain', 'secure', 'arrange', 'negotiate', 'broker', 'achieve', 'win', 'seek', 'clinch', 'forge', 'hammer', 'work']);
function nounInfinitive(tk: Token[], to: number, first: number): boolean {
  let k = to + 1;
  // (in capitals the tagger may take the verb for a name: "TO STAGE/PROPN A ONE-HOUR GENERAL STRIKE")
  if (k >= first || (tk[k].pos !== 'VERB' && !(tk[k].pos === 'PROPN' && tk[k].text.length > 1 && tk[k].text === tk[k].text.toUpperCase()))) return false;
  // ("efforts to bring Armenia and Azerbaijan to a peace treaty", "trying to bring the two sides to a deal": the act
  // a verb of leading someone to it aims at)
  if (BRINGING.has(tk[k].lemma)) {
    let j = k + 1;
    while (j < first && tk[j].lower !== 'to' && tk[j].text !== ',' && j - k <= 8) j++;
    if (j < first && tk[j].lower === 'to') {
      for (let m = j + 1; m < first; m++) if (!NP_POS.has(tk[m].pos)) return false;
      return true;
    }
  }
  if (!LIGHT_VERBS.has(tk[k].lemma) && !HOSTING.has(tk[k].lemma) && !ATTAINING.has(tk[k].lemma)) return false;
  k++;
  // ("to sit on an indefinite dharna", "to go on strike")
  if (k < first && (tk[k].pos === 'ADP' || tk[k].pos === 'PART') && (tk[k].lower === 'off' || tk[k].lower === 'up' || tk[k].lower === 'out' || tk[k].lower === 'on')) k++;
  // ("to continue their protests": a possessive opens the noun's phrase)
  // (and a compound joined by hyphens: "to begin an open-ended general strike")
  const glued = (j: number) => (tk[j].text === '-' && tk[j - 1]?.end === tk[j].start && tk[j + 1]?.start === tk[j].end) || (tk[j - 1]?.text === '-' && tk[j - 1].end === tk[j].start);
  for (; k < first; k++) if (!NP_POS.has(tk[k].pos) && !POSSESSIVE_DETS.has(tk[k].lower) && !glued(k)) return false;
  return true;
}

/** verbs of hosting, attending or opening a meeting, whose noun is the meeting: "offered to host talks", "agreed to attend a summit", "urged the government to open talks" */
const HOSTING = new Set(['host', 'attend', 'convene', 'chair', 'broker', 'open', 'enter']);

/** verbs whose subject speaks for itself ("which the office denied") */
const OWN_VOICE = new Set(['deny', 'dispute', 'reject', 'dismiss', 'confirm', 'acknowledge', 'admit', 'contest', 'refute']);

/** verbs of going somewhere, whose "to" names a destination ("travelled to a court hearing") */
const TRAVELLING = new Set(['travel', 'head', 'drive', 'fly', 'walk', 'ride', 'journey', 'travell']);

/** verbs of leading someone to an act: "bring the sides to a peace treaty" */
const BRINGING = new Set<string>(R.bringing_verbs ?? []);

/** How many tokens of a noun phrase's determiners and modifiers run from k up to the head at first. */
function npLength(tk: Token[], k: number, first: number): number {
  let n = 0;
  for (let j = k; j < first && (NP_POS.has(tk[j].pos) || /^(?:their|his|her|its|our|'s|’s)$/.test(tk[j].lower)); j++) n++;
  return n;
}

/** words whose "of" names what someone is said to have done: "accused X of", "suspected of", "the accusation of" */
/** (not a court's finding: "was found guilty of killing" tells the killing, as the quad-class gold codes it) */
const ACCUSING = new Set(['accuse', 'accused', 'suspect', 'suspected', 'accusation', 'accusations', 'allegation', 'allegations']);
/** judgements of an act one might do, before its infinitive: "it was hard to ask", "it is important to hold talks" */
const JUDGED = new Set(['hard', 'difficult', 'easy', 'impossible', 'possible', 'wrong', 'unfair', 'important', 'necessary', 'right', 'fair', 'useless', 'pointless', 'unreasonable', 'essential', 'vital', 'crucial']);
/** verbs whose gerund object is only asked for or weighed: "demanded releasing", "proposed holding", "considered imposing" */
const ASKING_GERUND = new Set(['demand', 'propose', 'suggest', 'recommend', 'advocate', 'urge', 'consider', 'threaten']);
/** what one is when one holds back from an act: "cautious in criticising", "reluctant about condemning" */
const HOLDING_BACK = new Set(['cautious', 'reluctant', 'hesitant', 'wary', 'loath', 'loth', 'unwilling', 'careful', 'slow']);
const POSSESSIVE_DETS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Is there a hedge ("reportedly", "were reported to") near the trigger? */
export function isHedged(doc: Doc, s: Sentence, first: number): boolean {
  for (let i = Math.max(s.first, first - 6); i < first; i++) {
    const w = doc.tokens[i].lower;
    if (HEDGES.has(w)) return true;
    if ((w === 'reported' || w === 'said' || w === 'believed' || w === 'thought') && doc.tokens[i + 1]?.lower === 'to') return true;
    // ("Premier Cernik was reported detained": a hedge on the participle after it)
    if (w === 'reported' && i + 1 === first && doc.tokens[i - 1]?.lemma === 'be') return true;
  }
  return false;
}

function span(doc: Doc, a: number, b: number): TextSpan {
  const start = doc.tokens[a].start;
  const end = doc.tokens[b - 1].end;
  return { start, end, text: doc.text.slice(start, end) };
}

/**
 * Who says so: "X said (that) ...", "..., X said.", "according to X", "X quoted Y as saying",
 * "X told Y ...". Returns the span of the source and its reporting verb.
 */
/** verbs that set something to last until a time to come ("called a strike until he stepped down", "vowed to fight until") */
const LOOKING_AHEAD = new Set(['call', 'vow', 'pledge', 'promise', 'threaten', 'swear', 'resolve']);
/** verbs of remembering, whose object is history ("recall the riots of 1937") */
const REMEMBERING = new Set(['recall', 'remember', 'commemorate', 'recollect', 'reminisce']);

/** verbs of demanding whose clause is in the subjunctive ("demanded the Politburo quit") */
const MANDATIVE = new Set(['demand', 'insist', 'require', 'propose', 'recommend', 'suggest', 'ask', 'request', 'urge']);

/** quotation marks, straight and curly */
/** verbs of seeing to it that something is so: what one is to ensure is not yet so */
const ENSURING = new Set(['ensure', 'guarantee', 'insure']);
export const QUOTE_CHARS = new Set(['"', '“', '”', "'", '‘', '’']);

/** what "according to" may name that is no source: a law, a plan, a custom */
const RULES_FOLLOWED = /^(?:the\s+)?(?:[\w-]+\s+)?(?:law|laws|sharia|constitution|plan|plans|schedule|timetable|tradition|traditions|custom|customs|rules?|regulations?|procedures?|protocol|agreement|accord|treaty|deal|script|precedent)\b/i;
/** verbs of weighing an act not yet decided on: "discussing a strike", "considering a boycott" */
const WEIGHING = new Set(['discuss', 'debate', 'consider', 'weigh', 'mull', 'contemplate', 'propose', 'suggest']);
/** reports, and what calls them false: "reports that ... were untrue" */
const REPORT_NOUNS = new Set(['report', 'reports', 'rumour', 'rumours', 'rumor', 'rumors', 'claim', 'claims', 'allegation', 'allegations', 'suggestion', 'suggestions']);
const FALSE_WORDS = new Set(['untrue', 'false', 'unfounded', 'baseless', 'incorrect', 'wrong', 'fabricated', 'groundless', 'inaccurate']);
/** verbs of keeping clear of an act ("to avoid being blamed", "to escape arrest") */
const AVOIDING = new Set(['avoid', 'escape', 'evade', 'dodge', 'elude']);
/** verbs of asking others to act ("urged them not to attack": what is asked, done or not, is only asked) */
const ASKING = new Set(['appeal', 'urge', 'call', 'ask', 'tell', 'beg', 'implore', 'exhort', 'press', 'request', 'advise', 'order', 'instruct', 'warn', 'caution', 'invite', 'plead', 'demand']);
/** what an event noun as the subject is yet to do: "are expected to begin", "is due to open", "will resume" */
const TO_BEGIN = /^(?:(?:is|are|was|were)\s+(?:now\s+|still\s+)?(?:expected|scheduled|due|set|planned|slated|likely)\s+to|will|would|could|may|might|should)\s+(?:begin|start|resume|open|take\s+place|be\s+held|go\s+ahead|get\s+under\s*way|convene|reconvene|be\s+(?:appointed|set\s+up|established|formed|launched|opened|named))\b/i;
/** the relative clause of an event noun saying it may take place: "..., which diplomats said could take place", "that will be held" */
const MAY_TAKE_PLACE = /^,?\s*(?:which|that)\s+(?:[\w'’-]+\s+){0,3}?(?:could|would|may|might|will|is\s+expected\s+to|are\s+expected\s+to)\s+(?:now\s+|still\s+|also\s+)?(?:take\s+place|be\s+held|happen|go\s+ahead|begin|start|open|be\s+announced|be\s+signed|be\s+reached|be\s+concluded)\b/i;
/** words of aiming at a deed ("bent on destroying", "aimed at overthrowing") */
const AIMING = new Set(['bent', 'intent', 'keen', 'set', 'aimed', 'aiming', 'determined', 'focused', 'focussed', 'insistent']);
/** adjectives that name an act as yet to come: "future aid", "a proposed ceasefire" */
const YET_TO_COME = new Set(['future', 'proposed', 'prospective', 'forthcoming']);

/** words opening a clause of time, cause or condition ("after", "when", "if") */
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'when', 'once', 'while', 'because', 'although', 'though', 'if', 'unless', 'whenever']);

/** the words DOUBTED_NEXT and FALSE_NEXT sentences open on */
const NEXT_OPENERS = new Set(['those', 'these', 'the', 'such', 'their', 'his', 'her', 'its', 'that', 'this', 'but', 'however']);
/** a sentence saying what was told just before was false: "The report proved false.", "The claim turned out to be untrue." */
const FALSE_NEXT = /^(?:But\s+|However,?\s+)?(?:the|that|this|his|her|their|such)\s+(?:report|reports|claim|claims|announcement|statement|rumou?r|rumou?rs|account|story)\s+(?:later\s+|soon\s+|quickly\s+)?(?:proved|proves|turned\s+out\s+to\s+be|was|were|is|are)\s+(?:later\s+|soon\s+)?(?:false|untrue|wrong|unfounded|baseless|groundless|incorrect|mistaken)\b/i;
/** nouns of calling for something: what they are "for" is only called for */
const CALL_NOUNS = /^(?:call|calls|appeal|appeals)$/;
/** a sentence saying the claims or figures told just before could not be checked: "Those claims could not be independently verified." */
const DOUBTED_NEXT = /^(?:Those|These|The|Such|Their|His|Her|Its)\s+(?:claims?|reports?|figures?|accounts?|allegations?|tolls?)\s+(?:could|can|have|has|were|was)\s*(?:not|n't)\s+(?:yet\s+)?(?:be\s+|been\s+)?(?:independently\s+)?(?:verified|confirmed|corroborated)\b/i;
/** words saying that reports could not be confirmed, before them ("no independent confirmation of", "could not confirm") or after
 * them in their sentence ("could not be independently verified") */
const NOT_CONFIRMED_AFTER = /^(?:could|can|has|have|had|was|were)$/;
function unconfirmedReports(t: Token[], s: Sentence, r: number): boolean {
  let k = r - 1;
  while (k > s.first && r - k <= 3 && (t[k].pos === 'DET' || t[k].pos === 'ADJ')) k--;
  if (t[k]?.lower === 'of' && /^(?:confirmation|verification|corroboration|evidence)$/.test(t[k - 1]?.lower ?? '')) {
    for (let j = k - 2; j >= s.first && k - j <= 5; j--) if (t[j].lower === 'no' || t[j].lower === 'not' || t[j].lower === "n't") return true;
  }
  if (/^(?:confirm|verify|corroborate)$/.test(t[k]?.lemma ?? '') && (t[k - 1]?.lower === 'not' || t[k - 1]?.lower === "n't" || t[k - 2]?.lower === 'not')) return true;
  for (let j = r + 1; j < s.last - 2; j++) {
    if (!NOT_CONFIRMED_AFTER.test(t[j].lower) || (t[j + 1].lower !== 'not' && t[j + 1].lower !== "n't")) continue;
    let v = j + 2;
    while (v < s.last && v - j <= 4 && (t[v].lower === 'be' || t[v].lower === 'been' || t[v].pos === 'ADV')) v++;
    if (/^(?:confirmed|verified|corroborated)$/.test(t[v]?.lower ?? '')) return true;
  }
  return false;
}

export function attributionOf(doc: Doc, s: Sentence, first: number): TextSpan | null {
  const tk = doc.tokens;
  // according to X
  for (let i = s.first; i < s.last - 1; i++) {
    if (tk[i].lower === 'according' && tk[i + 1].lower === 'to') {
      // (a source inside a relative clause after the act, on someone it names, is that clause's: "to demand that the military hand
      // power to Moshood Abiola, who according to unofficial results won the June 12 election")
      if (i > first && i - 1 > s.first && /^(?:who|which|whose)$/.test(tk[i - 1].lower) && tk[i - 2]?.text === ',') continue;
      let j = i + 2;
      // (to the source's end: "who according to survivors numbered about twenty" stops before the verb of the aside)
      // (not a participle on the source: "police officials quoted by local media", "a report released by the ministry")
      // ("according to a Hungarian who said he watched from a hotel window": a relative clause on the source is the source's, to its end)
      let relative = false;
      while (j < s.last && !/^[,.;:]$/.test(tk[j].text) && j - i < (relative ? 20 : 12) && !(j > i + 2 && !relative && (tk[j].pos === 'VERB' || tk[j].pos === 'AUX') && !/^(?:by|in|on|at|from|last|earlier|to)$/.test(tk[j + 1]?.lower ?? ''))) {
        if (j > i + 2 && /^(?:who|whom|whose)$/.test(tk[j].lower)) relative = true;
        j++;
      }
      // (not a rule or plan acted by: "would be punished according to Islamic law", "according to the constitution")
      if (j > i + 2 && !RULES_FOLLOWED.test(doc.text.slice(tk[i + 2].start, tk[j - 1].end))) return span(doc, i, j);
    }
  }
  let best: TextSpan | null = null;
  for (let r = s.first; r < s.last; r++) {
    const t = tk[r];
    if (!REPORTING.has(t.lemma) && !REPORTING.has(t.lower)) continue;
    if (t.pos !== 'VERB' && t.pos !== 'AUX' && !t.lower.endsWith('ed') && t.lower !== 'said' && t.lower !== 'told') continue;
    // ("declared himself the rightful president": what one makes oneself is no telling)
    if (REFLEXIVES.has(tk[r + 1]?.lower ?? '')) continue;
    // "were reported to have turned violent": a hedge, not a source
    if (tk[r + 1]?.lower === 'to' && tk[r - 1] && (tk[r - 1].lemma === 'be')) continue;
    // ("and smaller protests were reported in the nearby towns", "Unrest was also reported in the nearby towns of X, where ...": a
    // passive with no one who reports is no source)
    const beBefore = tk[r - 1]?.lemma === 'be' || (tk[r - 1]?.pos === 'ADV' && tk[r - 2]?.lemma === 'be');
    if (beBefore && t.lower.endsWith('ed') && tk[r + 1]?.lower !== 'by' && t.lemma !== 'quote' && (r > first || (tk[r + 1]?.pos === 'ADP' && tk[r + 1]?.lower !== 'to'))) continue;
    // ("gave it until the end of March to report", "declined to say whether": an infinitive is no telling)
    if (tk[r - 1]?.lower === 'to' && r - 1 > s.first && tk[r - 2].lower !== 'according') continue;
    // ("Premier Cernik was reported detained at the government offices": so is one right before the act it hedges)
    if (r + 1 === first && tk[r - 1]?.lemma === 'be') continue;
    if (r < first) {
      // "...and said it was ready": the speaker is the clause's subject, not the words before "and"
      // ("The interior ministry denied that police had used live ammunition, and said officers had come under fire": the sentence's
      // subject, when it opens the sentence before its first verb)
      // (with no comma too, after a first verb of telling or denying: "Dobrev denies that police used excessive force and says officers
      // were attacked with stones")
      if (r > s.first + 2 && tk[r - 1].pos === 'CCONJ' && !best) {
        let v = s.first;
        while (v < r && tk[v].pos !== 'VERB' && tk[v].pos !== 'AUX' && tk[v].text !== ',') v++;
        const told = tk[r - 2].text === ',' || (v < r && (REPORTING.has(tk[v].lemma) || tk[v].lemma === 'deny'));
        if (told && v > s.first && v < r && (tk[v].pos === 'VERB' || tk[v].pos === 'AUX') && tk.slice(s.first, v).some((x) => x.pos === 'NOUN' || x.pos === 'PROPN')) best = span(doc, s.first, v);
      }
      if (r <= s.first || tk[r - 1].pos === 'CCONJ') continue;
      // ("Elbegdorj, who had said on Monday that the election was stolen ..., denied on Wednesday": a saying inside a relative clause set
      // off before the act tells the clause, not the act)
      if (tk.slice(r + 1, first).some((x) => x.text === ',')) {
        let w = r - 1;
        while (w > s.first && r - w <= 4 && tk[w].text !== ',' && !/^(?:who|which)$/.test(tk[w].lower)) w--;
        if (/^(?:who|which)$/.test(tk[w].lower) && tk[w - 1]?.text === ',') continue;
      }
      // ('"It was a massacre," said a priest, who had tried to negotiate': a verb after its quote tells the quote, not what
      // comes after it)
      if (QUOTE_CHARS.has(tk[r - 1].text) || (tk[r - 1].text === ',' && QUOTE_CHARS.has(tk[r - 2]?.text ?? ''))) continue;
      // ("broke a truce announced by the president hours earlier, hurled ...": a participle after its noun tells of the noun)
      // (or a time or place of it: "despite a state of emergency declared in March")
      // (set off by a comma too: "Kocharyan's 20-day decree, announced on state television shortly before midnight, bans rallies")
      const nounBefore = (k: number) => tk[k]?.pos === 'NOUN' || tk[k]?.pos === 'PROPN';
      // (not the verb itself, its clause told after its time: "The mayor announced on Friday that she was resigning")
      // (a verb with no verb before it in the sentence; not "broke a truce announced on Monday that the president had brokered")
      const thatAfter = tk[r + 1]?.lower !== 'by' && tk.slice(r + 1, Math.min(first, r + 7)).some((x, k, xs) => x.lower === 'that' && xs.slice(0, k).every((y) => y.text !== ',')) &&
        tk.slice(s.first, r).every((x) => x.pos !== 'VERB' && x.pos !== 'AUX');
      if (tk[r].lower.endsWith('ed') && (nounBefore(r - 1) || (tk[r - 1].text === ',' && r - 2 >= s.first && nounBefore(r - 2))) &&
        (tk[r + 1]?.lower === 'by' || /^(?:in|on|at|last|earlier|since|over|via|through|during)$/.test(tk[r + 1]?.lower ?? '')) && !thatAfter) continue;
      // ("Aung Gyi, a retired brigadier general who has written open letters criticizing the government, was arrested": writing
      // something is no telling of the act)
      if (t.lemma === 'write') {
        let o = r + 1;
        while (o < s.last && (tk[o].pos === 'DET' || tk[o].pos === 'ADJ' || tk[o].pos === 'NUM')) o++;
        if (tk[o]?.pos === 'NOUN' && tk[o].lower !== 'that') continue;
      }
      // ("Soldiers enforcing newly declared martial law": a participle of saying between an adverb of when and its noun describes
      // the noun)
      if (tk[r].lower.endsWith('ed') && /^(?:newly|recently|previously|freshly|just|hastily|belatedly)$/.test(tk[r - 1]?.lower ?? '') && (tk[r + 1]?.pos === 'NOUN' || tk[r + 1]?.pos === 'ADJ')) continue;
      // ("who was sworn in within an hour of being declared the winner": a verb of saying in the passive, naming what someone was
      // declared, tells no one's report)
      // (not hearsay: "were said to have blocked roads", "was reported seriously wounded")
      if (/^(?:being|been|be|is|are|was|were)$/.test(tk[r - 1]?.lower ?? '') && /^(?:declare|proclaim|announce)$/.test(t.lemma) && (tk[r + 1]?.pos === 'DET' || tk[r + 1]?.pos === 'NOUN' || tk[r + 1]?.pos === 'PROPN')) continue;
      // ("declared a state of siege", "announced a curfew": the verb's object is the event itself, done, not reported)
      let o = r + 1;
      while (o < first && (tk[o].pos === 'DET' || tk[o].pos === 'ADJ' || tk[o].pos === 'NUM')) o++;
      if (o === first && o > r + 1) continue;
      // (right after the verb too: "since General Jaruzelski declared martial law")
      if (o === first && DECLARED_ACTS.has(tk[first].lower) && /^(?:declare|announce|proclaim|impose|order)$/.test(t.lemma)) continue;
      // (past a length given to it: "declared a 20-day state of emergency, imposing a night curfew and banning rallies")
      while (o < s.last && o - r <= 6 && (tk[o].pos === 'DET' || tk[o].pos === 'ADJ' || tk[o].pos === 'NUM' || tk[o].text === '-' || /^(?:day|days|week|weeks|month|months|hour|hours|night|nationwide)$/.test(tk[o].lower))) o++;
      if (o > r + 1 && DECLARED_ACTS.has(tk[o]?.lower ?? '')) continue;
      // a reporting verb in another clause ("..., and officials warned") or negated ("has not announced") is not the source
      let governs = true;
      for (let j = r + 1; j < first && governs; j++) if ((tk[j].pos === 'CCONJ' && tk[j - 1].text === ',') || tk[j].text === ';') governs = false;
      // ("His aides say he is under house arrest, which the prosecutor's office denied": a denial in a relative clause of its
      // own is its speaker's, not the first speaker's)
      if (governs && OWN_VOICE.has(tk[first].lemma)) for (let j = r + 1; j < first - 1 && governs; j++) if (tk[j].text === ',' && /^(?:which|what)$/.test(tk[j + 1].lower)) governs = false;
      for (let j = Math.max(s.first, r - 2); j < r; j++) if (NEG.has(tk[j].lower)) governs = false;
      if (!governs) continue;
      // ("Hours after Mr Tsvangirai announced his withdrawal, police raided the MDC headquarters": a telling inside a clause of time
      // or condition, closed by a comma before the act, is what the act came after, no source of it)
      let op = r - 1;
      while (op >= s.first && tk[op].text !== ',' && tk[op].text !== ';' && !(SUBORDINATORS.has(tk[op].lower) && (tk[op].pos === 'SCONJ' || tk[op].pos === 'ADP' || tk[op].pos === 'ADV'))) op--;
      if (op >= s.first && SUBORDINATORS.has(tk[op].lower) && tk.slice(r + 1, first).some((x) => x.text === ',')) continue;
      // ("won in an election the opposition said was rigged, defeating X, whose supporters were at the rally": a report in a
      // relative clause, whose verb has no subject after it, tells that clause only, to its comma)
      if (tk[r + 1] && (tk[r + 1].pos === 'AUX' || tk[r + 1].pos === 'VERB') && !t.lower.endsWith('ing') && r - 1 > s.first && tk[r - 1].pos !== 'PUNCT') {
        let k = r + 1;
        while (k < first && tk[k].text !== ',' && tk[k].text !== ';') k++;
        if (k < first) continue;
      }
      // source before the verb: from the clause start (sentence start or after ; or ") up to r
      let a = r - 1;
      let n = 0;
      // (past a relative clause set off by commas: "The Civic Alliance, which groups students, business leaders and farmers, said")
      if (tk[r - 1]?.text === ',') {
        let w = r - 2;
        while (w > s.first + 1 && r - w <= 20 && !(/^(?:which|who|whose)$/.test(tk[w].lower) && tk[w - 1].text === ',') && tk[w].text !== ';') w--;
        if (w > s.first + 1 && /^(?:which|who|whose)$/.test(tk[w].lower) && tk[w - 1].text === ',') a = w - 1;
        // (and a relative clause on the head of an apposition set off by commas: "Rodolfo Seguel, the young copper union leader who was
        // jailed for several weeks after the second protest in June, said")
        else {
          w = r - 2;
          while (w > s.first + 1 && r - w <= 20 && !(/^(?:who|whose)$/.test(tk[w].lower) && (tk[w - 1].pos === 'NOUN' || tk[w - 1].pos === 'PROPN')) && tk[w].text !== ';' && tk[w].text !== ',') w--;
          let h = w - 1;
          while (h > s.first && w - h <= 6 && NP_POS.has(tk[h].pos) && tk[h].text !== ',') h--;
          if (w > s.first + 1 && /^(?:who|whose)$/.test(tk[w].lower) && tk[h]?.text === ',' && h > s.first) a = w;
        }
      }
      // (the nearest comma passed, where a walk that finds no start of its own stops: "... in the Armenian capital, the
      // Health Ministry said")
      let comma = -1;
      let midClause = false;
      // (", saying" goes back to the subject of the clause before it, however long: "The spokesman of the Plateau State Police
      // Command confirmed the attack in a statement on Tuesday, saying")
      // (and past an aside set off by commas before the verb: "A spokesman for the exiled Maldivian Democratic Party (MDP), speaking
      // to AFP by telephone from Colombo, said")
      const reach = t.lower.endsWith('ing') && tk[r - 1]?.text === ',' ? 30 : tk[r - 1]?.text === ',' ? 22 : 14;
      while (a > s.first && n < reach) {
        const p = tk[a - 1];
        if (p.text === ',' && comma < 0) comma = a;
        // ("residents of Mtambile and Kengeja in Mkoani district said": two names joined inside the source's phrase)
        if (p.lower === 'and' && tk[a - 2]?.pos === 'PROPN' && tk[a]?.pos === 'PROPN') {
          // (and a list of them: "Residents of the northern districts of Poto-Poto, Ouenze and Talangai said")
          const nameStart = (k: number) => {
            while (k - 2 >= s.first && tk[k - 1].text === '-' && tk[k - 2].pos === 'PROPN') k -= 2;
            return k;
          };
          let k = nameStart(a - 2);
          while (k - 2 >= s.first && tk[k - 1].text === ',' && tk[k - 2].pos === 'PROPN' && a - k < 16) k = nameStart(k - 2);
          if (k - 1 >= s.first && /^(?:of|from|in)$/.test(tk[k - 1].lower)) {
            n += a - (k - 1);
            a = k - 1;
            continue;
          }
        }
        // ("an election the opposition said": a noun right before the source's article ends a phrase the source is not in)
        if (p.pos === 'NOUN' && tk[a].pos === 'DET' && a < r) break;
        // ("Hailu Shawul, chairman of the opposition Coalition for Unity and Democracy (CUD), told": an "and" inside a name goes on)
        if (p.lower === 'and' && a - 2 >= s.first && tk[a - 2].pos === 'PROPN' && tk[a].pos === 'PROPN' && tk[a - 2].cap && tk[a].cap) {
          a--;
          n++;
          continue;
        }
        if (SOURCE_STOP.has(p.lower)) midClause = true;
        if (p.text === ';' || p.text === '“' || p.text === '"' || p.text === '”' || SOURCE_STOP.has(p.lower)) break;
        // ("TEHRAN, June 21 - Iranian state television said": not back into the wire's dateline, a dash set apart)
        if (DASHES.has(p.text) && doc.text[p.start - 1] === ' ' && doc.text[p.end] === ' ') break;
        // ("A church statement issued on Monday said": a participle after its noun is still the source's phrase)
        // ("TRAVELLERS REACHING THE CAPITAL SAID": an -ing one too)
        // ("A SWEDISH SEAMAN WHO LEFT GDYNIA BY TRAIN ON THURSDAY EVENING SAID": and a relative clause on the source, past its pronoun)
        if (p.pos === 'VERB' && !REPORTING.has(p.lemma) && a - 2 >= s.first && /^(?:who|that)$/.test(tk[a - 2].lower) && a - 3 >= s.first && (tk[a - 3].pos === 'NOUN' || tk[a - 3].pos === 'PROPN')) {
          a -= 2;
          n += 2;
          continue;
        }
        // ("A security official, speaking on condition of anonymity, said": a participle aside set off by commas after the source)
        // (after a name's initials in brackets too: "A spokesman for the Maldivian Democratic Party (MDP), speaking to AFP ..., said")
        // (and a past participle: "The report, released on Monday, said")
        if (p.pos === 'VERB' && /(?:ing|ed|en)$/.test(p.lower) && !REPORTING.has(p.lemma) && a - 3 >= s.first && tk[a - 2].text === ',' && (tk[a - 3].pos === 'NOUN' || tk[a - 3].pos === 'PROPN' || tk[a - 3].text === ')')) {
          a -= 2;
          n += 2;
          continue;
        }
        // ("A group calling itself Save Station 2 said": the name a body goes by is of the source's phrase, whatever its words)
        if (p.pos === 'VERB' || p.pos === 'PROPN' || p.pos === 'NUM') {
          let k = a - 1;
          while (k > s.first + 1 && a - k <= 7 && !/^(?:itself|themselves)$/.test(tk[k].lower)) k--;
          if (/^(?:itself|themselves)$/.test(tk[k]?.lower ?? '') && tk[k - 1]?.lower === 'calling' && tk.slice(k + 1, a).every((x) => x.cap || /^\d+$/.test(x.text) || x.lower === 'the')) {
            n += a - (k - 1);
            a = k - 1;
            continue;
          }
        }
        // (a participle before its noun is of the source's phrase too: "A spokesman for the exiled Maldivian Democratic Party")
        if (p.pos === 'VERB' && !REPORTING.has(p.lemma) && !(/(?:ed|en|ing)$/.test(p.lower) && a - 2 >= s.first && (tk[a - 2].pos === 'NOUN' || tk[a - 2].pos === 'PROPN')) &&
          !(/ed$/.test(p.lower) && a - 2 >= s.first && tk[a - 2].pos === 'DET' && (tk[a].pos === 'PROPN' || tk[a].pos === 'NOUN' || tk[a].pos === 'ADJ'))) break;
        a--;
        n++;
      }
      // (not an apposition the verb follows after its own comma: "RADIO PIO DOCE, A CATHOLIC STATION IN LLALLAGUA, REPORTED")
      // (nor the clause before a source told in between commas: "X had not resigned by Wednesday night, the Speaker's office said,
      // despite having promised to", where what comes before the source's comma is what it reports)
      if ((n >= reach || midClause || tk[r + 1]?.text === ',') && a > s.first && comma >= 0 && comma < r && tk[r - 1]?.text !== ',') a = comma;
      // (no comma opens the source: "In a statement read on state television, the head of the council, Gen. X, said")
      // (nor a quote's closing mark: '"There was nowhere to run," said a worker who was wounded in the arm' names its speaker after
      // the verb, and what the speaker's own phrase tells is no speech of his)
      while (a < r && (tk[a].text === ',' || tk[a].text === ';' || QUOTE_CHARS.has(tk[a].text))) a++;
      if (a >= r) continue;
      // ("In Osh, residents said", "In Ordzhonikidzeabad, about 20 km east of Dushanbe, residents said", "In a statement, the ministry
      // said": a phrase of where or how set off by a comma before the source is no part of it)
      // (past a name set off by commas right before the verb, which is the source's apposition: "In Nyalenda B, relatives of a
      // 19-year-old, Kevin Otieno, said")
      if (tk[a].pos === 'ADP') {
        for (let k = r - 2; k > a; k--) {
          if (tk[k].text !== ',') continue;
          const named = tk[r - 1].text === ',' && k < r - 2 && tk.slice(k + 1, r - 1).every((x) => x.pos === 'PROPN');
          if (named) continue;
          a = k + 1;
          break;
        }
      }
      let b = r + 1;
      // "told Aljazeera", "quoted unnamed police officials as saying"
      if (t.lemma === 'tell' || t.lower === 'told') while (b < s.last && tk[b].cap && b - r < 4) b++;
      if (t.lemma === 'quote') {
        let j = b;
        while (j < s.last && j - r < 10 && tk[j].lower !== 'as') j++;
        if (j < s.last && tk[j].lower === 'as') b = Math.min(s.last, j + 2);
      }
      best = span(doc, a, b);
    } else if (r > first) {
      // source after the event: "..., police said." — from after the last comma/quote before r
      let a = r - 1;
      let n = 0;
      // ("Police shot two men, said a witness", '"They shot at us," said a worker': a comma or a quote closing right before the
      // verb, which names its speaker after it)
      // (a finite verb with a noun phrase after it: not ", saying ...", not "said late on Tuesday that ...")
      // (and that noun phrase closes the sentence, a relative clause on it aside: "..., said a shopkeeper who saw it."; not "X, whose
      // branch has backed the protests, said 21 people had been killed")
      let inverted = !t.lower.endsWith('ing') && ['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM'].includes(tk[r + 1]?.pos ?? '') && !DAY_WORDS.test(tk[r + 1]?.text ?? '') &&
        !/^(?:late|early|last|this|on|in|that|by|at|to)$/i.test(tk[r + 1]?.text ?? '');
      if (inverted) {
        let k = r + 1;
        let relative = false;
        while (k < s.last && k - r <= 16 && !/^[.,;:!?"”]$/.test(tk[k].text)) {
          if (/^(?:who|whom|whose)$/.test(tk[k].lower)) relative = true;
          if (!relative && (tk[k].pos === 'VERB' || tk[k].pos === 'AUX' || tk[k].lower === 'that')) break;
          k++;
        }
        inverted = k >= s.last || /^[.,;:!?"”]$/.test(tk[k].text);
        // (not an act the verb declares: "Gov. Tony Evers, who sent 125 Guard members, declared a state of emergency Tuesday")
        let o = r + 1;
        while (o < k && (tk[o].pos === 'DET' || tk[o].pos === 'ADJ' || tk[o].pos === 'NUM' || tk[o].text === '-')) o++;
        if (DECLARED_ACTS.has(tk[o]?.lower ?? '')) inverted = false;
      }
      if (inverted && (tk[r - 1].text === ',' || (QUOTE_CHARS.has(tk[r - 1].text) && tk[r - 2]?.text === ','))) a = r;
      while (a > first && a < r && n < 10) {
        const p = tk[a - 1];
        if (p.text === ',' || p.text === '”' || p.text === '"' || p.text === '“') break;
        a--;
        n++;
      }
      const p = tk[a - 1];
      if (a <= first || !p || !(p.text === ',' || p.text === '”' || p.text === '"')) continue;
      // "..., police said." / "..., said the minister": the reporting verb closes the sentence
      // ("..., the police commander told reporters.": past whom it was told)
      let e = r + 1;
      if (t.lemma === 'tell' && a < r) {
        let k = r + 1;
        while (k < s.last && k - r <= 4 && (tk[k].pos === 'DET' || tk[k].pos === 'ADJ' || tk[k].pos === 'NOUN' || tk[k].pos === 'PROPN')) k++;
        // (or before where and when it was told: "... a woman told Hungarian television after reaching the border town")
        if (k > r + 1 && (k >= s.last || /^[.;!?”"]$/.test(tk[k].text) || /^(?:after|in|at|on|from|during|by)$/i.test(tk[k].text))) e = k;
      }
      const nx = tk[e];
      // ("..., police said Saturday.", "said on Monday": the day of the telling after it)
      const dayAfter = (k: number) => DAY_WORDS.test(tk[k]?.text ?? '') && (!tk[k + 1] || /^[.,;:!?”"]$/.test(tk[k + 1].text));
      // (or where and how it was said, to the sentence's end: "..., the agency said in its first report of protests outside Ulan Bator.")
      // ("after reaching the border town of Gyula": a participle of the teller's own too)
      const saidIn = !!nx && /^(?:in|at|during|on|after|from)$/.test(nx.lower) && a < r &&
        !tk.slice(e + 1, s.last).some((x, k) => ((x.pos === 'VERB' || x.pos === 'AUX') && !(k === 0 && x.lower.endsWith('ing'))) || x.lower === 'that' || x.text === ',' || x.text === ';');
      const closes = !nx || /^[.,;:!?”"]$/.test(nx.text) || (a === r) || dayAfter(r + 1) || (nx.lower === 'on' && dayAfter(r + 2)) || saidIn;
      if (!closes) continue;
      // "said the minister" (inversion) or "the minister said"
      let b = e;
      if (a === r) {
        while (b < s.last && !/^[,.;:]$/.test(tk[b].text) && b - r < (inverted ? 17 : 8)) b++;
      }
      if (!best) best = span(doc, a, b);
    }
  }
  return best;
}
