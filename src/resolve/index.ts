/**
 * Article-level resolution: each raw event gets its date (text or publication), its place
 * (same sentence, the paragraph before, the article, the country), its contexts, and events
 * the article reports twice are merged.
 */
import { readFileSync } from 'node:fs';
import { distanceKm, populationOf, spotOf } from '../recognise/places/resolve.js';
import { dataFile } from '../code/lexicon.js';
import { lexicon as actorLexicon } from '../recognise/actors/lexicon.js';
import { MEASURE_MODES, STATE_SIDE, type RawEvent } from '../code/events.js';
import { CRIME, HALTING, LETTING, LIGHT_VERBS } from '../code/reality.js';
import { datelineEnd, findTimes, type TimeMention } from '../recognise/times/index.js';
import { findQuantities, totals } from '../recognise/quantities/index.js';
import { dayItemOf, isHeading, perSentence, sentenceText } from '../text/analyse.js';
import { acledOf, cameoQuad, confidenceOf, decide, eventId, quadOf, scaleOf, toActor } from '../record/build.js';
import { COMMUNAL, crowdViolence, RIOTING } from '../record/cues.js';
import { quoted } from '../code/phrase.js';
import { countryByIso2, countryByIso3, isCapitalName, lookupCountry, type CountryInfo } from '../recognise/places/countries.js';
import { namesSite } from '../recognise/places/index.js';
import { cameoOf } from '../recognise/actors/context.js';
import { DOER_NOUNS } from '../recognise/actors/coref.js';
import { ARMED_FORCE_SECTORS, STATE_SECTORS, type Doc, type EventLocation, type EventRecord, type PlaceMention, type Quantity, type TextSpan, type Token } from '../types.js';

const CONTEXTS = JSON.parse(readFileSync(dataFile('contexts.json'), 'utf8')) as Record<string, string[] | string>;
const CONTEXT_WORDS = new Map<string, string>();
for (const [ctx, words] of Object.entries(CONTEXTS)) {
  if (ctx.startsWith('_') || !Array.isArray(words)) continue;
  for (const w of words) if (!CONTEXT_WORDS.has(w)) CONTEXT_WORDS.set(w, ctx);
}
const LETHAL = /\b(live (fire|ammunition|rounds|bullets)|shot dead|opened fire|killed|killing|wounded|injured|beaten|beat)\b/i;
/** force said not to have been used: "insisted that his officers had not opened fire at any stage", "no one was killed" */
const NEGATED_LETHAL = /\b(?:not|never|no\s+one|nobody|none)\s+(?:[\w-]+\s+){0,2}?(?:live\s+(?:fire|ammunition|rounds|bullets)|shot\s+dead|opened\s+fire|killed|wounded|injured|beaten)\b/gi;
/** lethal force told in the sentence, and not denied */
/** a protest named, as its camp, its march or its people, that force fell on */
const PROTEST_NAMED = /\b(?:protest|sit-in|demonstration|rally)\s+(?:camp|site|encampment|march|crowd|stage)s?\b|\b(?:protesters|demonstrators|strikers)\b|\bstriking\s+(?:[\w-]+\s+)?(?:workers|miners|teachers|doctors|nurses|employees|drivers|farmers|students|staff)\b/i;
const lethalIn = (sentence: string): boolean => LETHAL.test(sentence.replace(NEGATED_LETHAL, ' '));
// ("in Kwanonqubela township, Alexandria": past a part of the town and its comma)
const LOC_PREP = /(\b(in|into|at|near|outside|inside|across|around|throughout|through)\s+(the\s+)?([\w'’-]+\s+){0,4}([\w'’-]+,\s+)?|\b(city|town|village|province|region|district|state|county|capital|outskirts|suburb|streets|centre|center|area|market|square|ward|municipality|prefecture|governorate|department|division|zone|LGA|parish|commune|tehsil|taluk|subdistrict|sub-district) of\s+)$/i;

const EMPTY_LOC: EventLocation = {
  extracted_place: null, resolved_place: null, geonameid: null, lat: null, lon: null, province: null,
  country: null, country_code: null, resolution: null, start: null, end: null, basis: null,
};

/** A country-level location, with the words that named it when there are any. */
function countryLoc(c: CountryInfo, basis: string, named?: { start: number; end: number; text: string }): EventLocation {
  const loc: EventLocation = { ...EMPTY_LOC, resolved_place: c.name, lat: c.lat, lon: c.lon, country: c.name, country_code: c.iso2, resolution: 'country', basis };
  if (named) Object.assign(loc, { start: named.start, end: named.end, extracted_place: named.text });
  return loc;
}

/** Drop the given records from the list, in place. */
function removeRecords(records: EventRecord[], drop: Set<EventRecord>): void {
  if (!drop.size) return;
  const kept = records.filter((r) => !drop.has(r));
  records.length = 0;
  records.push(...kept);
}

function fromMention(p: PlaceMention, basis: string): EventLocation {
  const r = p.resolved!;
  return {
    extracted_place: p.text,
    resolved_place: r.name,
    geonameid: r.geonameid,
    lat: r.lat,
    lon: r.lon,
    province: r.province,
    country: r.country,
    country_code: r.country_code,
    resolution: r.resolution,
    start: p.start,
    end: p.end,
    basis,
  };
}

function usable(doc: Doc, p: PlaceMention): boolean {
  return p.kind !== 'demonym' && !!p.resolved && !homeOrDestination(doc, p) && !thisPlacesTown(doc, p);
}
/** "outside this Eastern Cape town": a region naming where the dateline's town lies, not the scene (the town is) */
function thisPlacesTown(doc: Doc, p: PlaceMention): boolean {
  return /\bthis\s+$/i.test(doc.text.slice(Math.max(0, p.start - 6), p.start)) && /^\s+(?:town|city|village|capital|port|township)\b/i.test(doc.text.slice(p.end, p.end + 12));
}
/** Is the place only where an actor sits or a vehicle goes ("a Kampala-based group", "a Guwahati-bound train")? */
function homeOrDestination(doc: Doc, p: PlaceMention): boolean {
  return HOME_OR_DESTINATION.test(doc.text.slice(p.end, p.end + 10)) || HOME_TOWN.test(doc.text.slice(Math.max(0, p.start - 40), p.start)) || BOUND_FOR_BASE.test(doc.text.slice(Math.max(0, p.start - 60), p.start)) ||
    SENT_FROM.test(doc.text.slice(Math.max(0, p.start - 40), p.start)) || TAKEN_TO_FACILITY.test(doc.text.slice(Math.max(0, p.start - 80), p.start)) ||
    IN_EXILE.test(doc.text.slice(Math.max(0, p.start - 40), p.start));
}
/** "who was overthrown on May 25 and is in exile in neighbouring Guinea": where someone lives in exile or has taken refuge is no scene */
const IN_EXILE = /\b(?:in\s+exile|exiled|refuge|asylum)\s+in\s+(?:neighbou?ring\s+)?(?:the\s+)?$/i;
/** "Unrest spread on Saturday to Shetpe", "the protests spread to": where violence or protest reached */
const SPREAD_TO = /\bspread(?:s|ing)?\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:the\s+)?$/i;
/** "about 150 km (90 miles) north of", "20 miles from": the place a distance is measured from */
const MEASURED_FROM = /\b\d[\d,.]*\s*(?:km|kms|kilometres|kilometers|miles|mi)\b[^.;:]{0,25}?\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|from|of)\s+(?:of\s+)?(?:the\s+)?$/i;
/** "were moved to a prison in Kampong Cham province", "taken to a hospital in Nairobi": where people were taken after the act is no scene */
// ("He died later in hospital in Saint-Eustache", "is being treated at a clinic in Nairobi": where the wounded were cared for too)
// ("died on the way to the Government Rajaji Hospital in Madurai": or were being taken)
// ("30 wounded, several of them critical at the provincial hospital in Bacolod": where the wounded lie)
// ("were taken to hospitals in Marabá, Curionópolis and Parauapebas": with no article, and each place of a list)
const TAKEN_TO_FACILITY = /\b(?:(?:moved|transferred|taken|sent|flown|deported|brought|driven|bussed|bused|rushed|airlifted|evacuated|remanded|admitted)\s+to\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?)?(?:prisons?|jails?|gaols?|detention\s+(?:centres?|centers?|facility|facilities|camps?)|hospitals?|clinics?|penitentiary)|(?:died|treated|recovering|hospitali[sz]ed|in\s+a\s+(?:serious|critical|stable)\s+condition|critical|serious)\s+(?:later\s+)?(?:in|at)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:hospital|clinic)|on\s+(?:the|his|her|their)\s+way\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:hospital|clinic))\s+(?:in|at|near)\s+(?:the\s+)?(?:[^\s,;:()]+(?:\s+[^\s,;:()]+)?\s*(?:,\s*|\s+and\s+|,\s+and\s+)){0,3}$/i;
/** "Special police units sent from Tirana arrived overnight and arrested ...": where forces came from is no scene */
// ("Some forty extra policemen were sent down from Port of Spain")
// (each place of a list: "flown in from Astana and Almaty")
// (and where an act is said to be run from: "a provocation organised from Miami")
const SENT_FROM = /\b(?:sent|brought|flown|dispatched|deployed|drafted|rushed|bussed|bused|transferred|arrived|came|coming|organi[sz]ed|orchestrated|directed|financed|instigated|masterminded)\s+(?:(?:in|down|up|over|out|back)\s+)?from\s+(?:the\s+)?(?:capital\s+|city\s+of\s+)?(?:[^\s,;:()]+(?:\s+[^\s,;:()]+)?\s*(?:,\s*|\s+and\s+|,\s+and\s+)){0,3}$/i;
/** "the patrol was returning to its base at Gualan when it came under fire": the base a unit was heading for is no scene */
const BOUND_FOR_BASE = /\b(?:return(?:ing|ed)?|heading|headed|on\s+(?:its|their|his|her)\s+way|travell?ing|going|driving|moving)\s+(?:back\s+)?(?:to\s+)?(?:its|their|his|her|the)\s+(?:[\w-]+\s+)?(?:base|barracks|camp|garrison|headquarters|post)\s+(?:at|in|near)\s+$/i;
/** "DONALD R. PRUITT, 27, OF DAVENPORT", "a 34-year-old man from Moline": where a person named with an age lives */
const HOME_TOWN = /(?:\b\d{1,3},\s+|\byear-old\s+(?:[\w-]+\s+){0,2}?)(?:of|from)\s+(?:nearby\s+)?$/i;
/** "last month's deadly violence in the northern town of Owando": a place of an act of a past week, month or year, named in passing */
const PAST_SCENE = /\b(?:last|previous|past)\s+(?:week|month|year|summer|spring|autumn|fall|winter)(?:'s|’s)\s+(?:[\w-]+\s+){0,4}?(?:in|at|near)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?$/i;
/** ("The offensive came six weeks after guerrillas briefly held the eastern town of Berlin", "two years after the massacre in Hama"):
 * a place in what happened a span of time before or after another act, in the same clause */
const INTERVAL_BEFORE = /\b(?:\w+|a|an)\s+(?:days|weeks?|months?|years?|decades?)\s+(?:after|before)\s+[^,;.:"“”]*$/i;
/** Is the place told in passing as the scene of a past act (not of the act at `at`, which would then lie inside that phrase)? */
function pastScene(doc: Doc, p: PlaceMention, at = -1): boolean {
  const from = Math.max(0, p.start - 90);
  const m = PAST_SCENE.exec(doc.text.slice(from, p.start)) ?? BEGAN_IN.exec(doc.text.slice(from, p.start)) ?? INTERVAL_BEFORE.exec(doc.text.slice(from, p.start));
  if (m) return !(at >= from + m.index && at < p.start);
  // ("since the Cairo fire of January 1952": a place naming an event of a year before the report's is that event's)
  const named = NAMED_PAST_EVENT.exec(doc.text.slice(p.end, p.end + 40));
  if (named && doc.article.published && Number(named[1]) < Number(doc.article.published.slice(0, 4))) return true;
  // ("gathered to mark the 40th day after the deaths of religious students in the holy city of Qom last month": a place with a past
  // time of its own, in what the act came after or is of, is that past act's; not "clashed with police in Qom last month")
  if (!PAST_AFTER.test(doc.text.slice(p.end, p.end + 30))) return false;
  return at < 0 || at > p.end || /\b(?:after|since|following|of|over)\b/i.test(doc.text.slice(at, p.start));
}
/** an event named by its place and its year right after the place: "the Cairo fire of January 1952", "the Kent State shootings of 1970" */
const NAMED_PAST_EVENT = /^\s+[a-z]+(?:\s+[a-z]+)?\s+of\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(1[5-9]\d\d|20\d\d)\b/;
/** a past time right after a place: "in Qom last month", "in Hama two years ago" */
const PAST_AFTER = /^\s+(?:last|the\s+previous|earlier\s+(?:this|last))\s+(?:week|month|year|summer|spring|autumn|fall|winter)\b|^\s+(?:[\w-]+\s+){1,2}ago\b/i;
/** sectors whose statements are the country's */
const NATIONAL_VOICES = new Set(['GOV', 'LEG', 'PRE', 'PRM']);
/** a town's state told right after its name opening a sentence: "Bogotá was largely calm", "Kasangati remained tense" */
const TOWN_STATE = /^\s+(?:was|is|remained|remains|stayed|stays)\s+(?:(?:largely|mostly|relatively|still|generally|very)\s+)?(?:calm|quiet|tense|peaceful|deserted|paralysed|paralyzed)\b/;
/** Is the actor a state (or its capital) that its source's words name as theirs ("Australian Foreign Minister Alexander Downer said ...
 * Canberra could impose trade and defence sanctions if ...")? */
function speakersLand(doc: Doc, actor: NonNullable<RawEvent['actor']>, attribution: TextSpan): boolean {
  const land = actor.kind === 'country' && actor.code?.length === 3 ? countryByIso3(actor.code) : null;
  if (!land) return false;
  const said = ` ${doc.text.slice(attribution.start, attribution.end).toLowerCase().replace(/[^\p{L}\s-]/gu, ' ')} `;
  return [land.name, ...land.demonyms].some((w) => said.includes(` ${w.toLowerCase()} `));
}
/** Does the place open sentence k on the town's state ("Bogotá was largely calm on Monday"), setting the scene of what follows? */
function townStateOpens(doc: Doc, p: PlaceMention, k: number): boolean {
  return p.start === doc.sentences[k].start && TOWN_STATE.test(doc.text.slice(p.end, p.end + 30));
}
/** the words of one who held an office of the state ("former president", "ex-minister"), coded among the elites */
const FORMER_OFFICE = /\b(?:former|ex-)/i;
/** an embassy and the envoys of one, who speak where they are posted */
const POSTED_VOICES = /\b(?:embassy|embassies|consulate|ambassador|envoy|charg[eé] d'affaires)\b/i;
/** Is the event noun (a strike) the subject of a verb of hitting right after it, not one of a stoppage's own names? */
function strikesHit(doc: Doc, e: RawEvent): boolean {
  let hv = e.last;
  while (hv < doc.sentences[e.sentence].last && doc.tokens[hv].pos === 'ADV') hv++;
  return !!doc.tokens[hv] && doc.tokens[hv].pos === 'VERB' && STRIKES_HIT.has(doc.tokens[hv].lemma) && !/^(?:general|national|nationwide|hunger|transport|rail|bus|teachers|doctors)$/i.test(doc.tokens[e.first - 1]?.text ?? '');
}
/** verbs of hitting whose subject "strikes" are attacks, not stoppages of work: "four strikes struck a hill", "strikes destroyed the bridge" (not "hit", which a stoppage does to exports) */
const STRIKES_HIT = new Set(['strike', 'destroy', 'flatten', 'level', 'pound', 'target', 'demolish', 'kill', 'wound']);
/** where people were bound for, not where they are: "trying to reach Florida", "heading for the border", "on their way to Nairobi" */
const HEADED_FOR = /\b(?:(?:trying|tried|try|attempting|attempted|seeking|sought|hoping|bid|bids)\s+to\s+(?:reach|get\s+to|make\s+it\s+to|cross\s+into|enter)|heading\s+(?:for|to|towards?)|headed\s+(?:for|to|towards?)|bound\s+for|en\s+route\s+to|on\s+(?:their|his|her|its|the)\s+way\s+to)\s+(?:the\s+)?$/i;
/** a verb of coming back or fleeing and its "from", in the clause before a place: "who had returned from the refugee camp at" */
const CAME_FROM = /\b(?:returned|returning|arrived|arriving|came|coming|fled|fleeing|travelled|traveled|repatriated|deported|expelled)\s+(?:home\s+|back\s+)?from\s+[^,;.]*$/i;
/** a relative clause after the act on what may happen somewhere: ", which diplomats said could take place in" */
const MAY_HAPPEN_IN = /,\s+(?:which|where|that)\s+[^,;.]*?\b(?:could|would|may|might|will|should)\s+[^,;.]*$/i;
/** Is there a verb joined by "and" or "but" (after an auxiliary, perhaps), past the act's object, between token `from` and the
 * character `to`? */
function joinedVerbBetween(doc: Doc, from: number, to: number): boolean {
  const tk = doc.tokens;
  // (after the act's own object: not "stormed and burned the U.S. Embassy in Islamabad", one act done to one place)
  for (let k = from; k + 1 < tk.length && tk[k].end <= to; k++) {
    if (tk[k].lower !== 'and' && tk[k].lower !== 'but') continue;
    if (!tk.slice(from, k).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) continue;
    let j = k + 1;
    // (or a clause with a subject of its own, after a comma: "marched through the downtown, and smaller protests were reported in
    // the nearby towns of Choloma and El Progreso")
    if (tk[k - 1]?.text === ',') while (j < tk.length && tk[j].end <= to && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tk[j].pos)) j++;
    while (j < tk.length && tk[j].end <= to && (tk[j].pos === 'AUX' || tk[j].pos === 'ADV' || tk[j].pos === 'PART')) j++;
    if (tk[j]?.pos === 'VERB' && tk[j].end <= to) return true;
  }
  return false;
}
/** a place a road or a route leads to: "near the road to Catarina", "on the highway from Kabul to Jalalabad"
 * (and a bridge or a crossing, past the river it spans: "the Friendship Bridge across the Danube to Romania") */
const ROAD_TO = /\b(?:road|roads|highway|route|railway|railroad|motorway|track|way|bridge|crossing)\s+(?:(?:from|between|across|over)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+)?(?:to|and)\s+(?:the\s+)?$/i;
/** "as the disorder which began in London at the weekend spread to towns across the region": where something that spread began */
const BEGAN_IN = /\b(?:which|that)\s+(?:had\s+)?(?:began|begun|started|erupted|broke\s+out|originated)\s+(?:\w+\s+)?in\s+(?:the\s+)?$/i;
/** Is the event's noun the object of a verb of stopping ("would halt armed attacks", "will suspend its strikes")? */
function haltedBy(doc: Doc, e: RawEvent): boolean {
  if (e.verbal) return false;
  const tk = doc.tokens;
  let k = e.first - 1;
  while (k > doc.sentences[e.sentence].first && e.first - k <= 4 && (tk[k].pos === 'DET' || tk[k].pos === 'ADJ' || tk[k].pos === 'NOUN' || POSSESSIVE_WORDS.has(tk[k].lower))) k--;
  return tk[k]?.pos === 'VERB' && HALTING.has(tk[k].lemma);
}
const POSSESSIVE_WORDS = new Set(['its', 'their', 'his', 'her', 'our', 'my']);
/** Is the act one that the intent's holder means to let its doer do: "agreed to let [protesters] gather"? */
function letBy(doc: Doc, e: RawEvent, cue: string): boolean {
  const tk = doc.tokens;
  const first = doc.sentences[e.sentence].first;
  let k = e.first - 1;
  while (k > first && e.first - k <= 10 && tk[k].lower !== cue) k--;
  if (tk[k]?.lower !== cue) return false;
  for (let j = k + 1; j < e.first; j++) if (tk[j].pos === 'VERB' && LETTING.has(tk[j].lemma) && (!e.actor || e.actor.start > tk[j].start)) return true;
  return false;
}

/** Does the span (an attribution, say) hold the place? */
/** "Reports from Toamasina said a store there was also ransacked": "there" (or "the town") in what is reported points at the source's place */
function thereAfter(doc: Doc, e: RawEvent): boolean {
  if (!e.attribution) return false;
  const s = doc.sentences[e.sentence];
  // ("A union official in Thala said ... police had withdrawn from the town's centre": the town the source is in)
  if (/\b(?:the\s+(?:town|city|village|district)(?:'s|’s)?|its\s+(?:centre|center|streets|outskirts|residents))\b/i.test(doc.text.slice(e.attribution.end, s.end))) return true;
  for (let k = s.first + 1; k < s.last; k++) {
    const t = doc.tokens[k];
    if (t.start < e.attribution.end || t.lower !== 'there') continue;
    // (not "there were clashes": the existential opens its clause)
    const p = doc.tokens[k - 1];
    if (p.pos === 'NOUN' || p.pos === 'PROPN' || p.pos === 'VERB') return true;
  }
  return false;
}

/** The source's span with the setting that opens its sentence ("In the capital Bishkek, sources told Aljazeera", "In Washington,
 * the State Department said"): the setting is no part of who speaks, but a place in it is where the source is, not the scene. */
function sourceSetting(doc: Doc, a: TextSpan | null, k: number): TextSpan | null {
  if (!a) return null;
  const s = doc.sentences[k];
  const tk = doc.tokens;
  // (a phrase with no verb, opened by a preposition of place and closed by a comma right before the source: not "At least six
  // people were killed in X, hospital officials said", not "In the nearby towns of X, protesters blocked roads, according to radio")
  if (a.start <= s.start || !SETTING_PREPS.has(tk[s.first].lower) || (tk[s.first].lower === 'at' && tk[s.first + 1]?.lower === 'least')) return a;
  let k2 = s.first;
  while (k2 < s.last && tk[k2].end <= a.start) {
    // (a participle on a noun of the setting is of it: "In a statement issued in Luanda, SWAPO President Sam Nujoma said")
    // (a participle of telling only: "In the morning soldiers fired on protesters in Osh, witnesses said" tells the act, no setting)
    const participle = tk[k2].pos === 'VERB' && TELLING_PARTICIPLES.has(tk[k2].lower) && k2 > s.first && tk[k2 - 1].pos === 'NOUN' && tk[k2 + 1]?.pos === 'ADP';
    if ((tk[k2].pos === 'VERB' && !participle) || tk[k2].pos === 'AUX') return a;
    k2++;
  }
  if (k2 === s.first || tk[k2 - 1].text !== ',') return a;
  return { start: s.start, end: a.end, text: doc.text.slice(s.start, a.end) };
}
const SETTING_PREPS = new Set(['in', 'at', 'from', 'on', 'inside', 'outside', 'near']);
/** "a statement issued in", "an interview published in", "a speech broadcast on": how a source's words came out */
const TELLING_PARTICIPLES = new Set(['issued', 'published', 'released', 'broadcast', 'aired', 'posted', 'made', 'given', 'held', 'delivered', 'carried', 'televised', 'sent', 'read', 'quoted', 'printed', 'distributed', 'faxed', 'emailed', 'e-mailed', 'tweeted', 'uploaded', 'signed']);

function holds(span: TextSpan | null, p: { start: number; end: number }): boolean {
  return !!span && p.start >= span.start && p.end <= span.end;
}
/** "a Kampala-based rights group", "a Guwahati-bound train": where an actor sits or a vehicle goes, not where an act happened */
const HOME_OR_DESTINATION = /^\s?[-‐‑–]\s?(?:based|bound)\b/i;

const ANOTHER = new Set(['similar', 'other', 'further', 'fresh', 'renewed', 'new', 'separate', 'more', 'another']);
const MANY_PLACES = /\b(?:(?:other|several|many|various|numerous|dozens of|scores of|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:other\s+)?(?:cities|towns|provinces|regions|districts|states|villages|parts of the country)|across the country|throughout the country|nationwide|countrywide)\b/i;
const DEFINITE = new Set(['the', 'this', 'these', 'those', 'that']);
/** possessive determiners that point back at doers already told: "their deployment", "its offensive" */
const OWNERS = new Set(['their', 'its']);
const STARTED = new Set(['begin', 'start']);
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/i;
const SPREAD = new Set(['PROTEST', 'ASSAULT', 'MOBILIZE']);
/** a border named after the act: "near the Thai border", "along the border with Niger" */
const BORDER = /\b(?:near|along|on|at|across|close\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:border|frontier)s?\b/i;
/** between an act and a country: "marched across France", "strikes throughout Nigeria" */
const ACROSS = /^\s+(?:[\w-]+\s+){0,2}?(?:across|throughout|all\s+over)\s+$/i;
const NATIONWIDE = new Set(['national', 'nationwide', 'countrywide', 'country-wide', 'nation-wide']);
const RANK: Record<string, number> = { city: 3, admin1: 2, country: 1 };

/** Places of the doc per sentence, computed once. */
function placesBySentence(doc: Doc): PlaceMention[][] {
  const per = perSentence<PlaceMention>(doc);
  const places = doc.places ?? [];
  let s = 0;
  for (const p of places) {
    while (s < doc.sentences.length && doc.sentences[s].end <= p.start) s++;
    if (s < doc.sentences.length && usable(doc, p)) per[s].push(p);
  }
  return per;
}

/** Does sentence k open on a quotation mark? */
function quoteOpens(doc: Doc, k: number): boolean {
  return /^\s*["“‘']/.test(doc.text.slice(doc.sentences[k].start, doc.sentences[k].start + 3));
}

/** Is sentence k in a paragraph of more than one sentence? */
function longParagraph(doc: Doc, k: number): boolean {
  return (k > 0 && sameParagraph(doc, k - 1, k)) || (k + 1 < doc.sentences.length && sameParagraph(doc, k, k + 1));
}

function sameParagraph(doc: Doc, a: number, b: number): boolean {
  const from = doc.sentences[Math.min(a, b)].end;
  const to = doc.sentences[Math.max(a, b)].start;
  return doc.text.slice(from, to).indexOf('\n') < 0;
}

/** protests of a kind of their own, which a later mention names again by that kind */
const OWN_KIND_PROTESTS = /^(?:march(?:es|ed|ing)?|rall(?:y|ies|ied)|picket(?:s|ed|ing)?|sit-ins?|vigils?|hunger strikes?|strikes?)$/i;
// (a march and a rally are one kind, told of one crowd by either name)
const protestStem = (w: string): string => w.toLowerCase().replace(/ies$/, 'y').replace(/ied$/, 'y').replace(/(?:es|ed|ing|s)$/, '').replace(/^rally$/, 'march');
/** a clash named again ("the clashes", "the violence"), which may retell a riot or an assault */
const CLASH_AGAIN = /^(?:clash|clashes|violence|unrest|fighting)$/i;
/** a running sum's words right before its number: "bring to more than 600 the number", "bringing the total to" */
const RUNNING_SUM = /\b(?:bring|brings|bringing|brought|raise|raises|raising|raised|take|takes|taking|took|push|pushes|pushing|pushed)\b[^.;]{0,60}?\bto\s+(?:(?:more|fewer|less)\s+than|about|around|some|over|nearly|almost|at\s+least)?\s*$/i;
/** a word right before an act that says it is another one: "also fired", "again opened fire", "later shot" */
const ALSO_BEFORE = /\b(?:also|again|later|then|too|separately|elsewhere)\s+$/i;
/** words that only count the dead or hurt: "20 killed", "100 wounded" */
const CASUALTY_WORDS = /^(?:killed|wounded|injured|hurt|dead|died)$/i;
/** what a definite act's noun says it followed: "The clashes followed a strike", "The riot came after ..." */
const FOLLOWED_AS = /^\s+(?:followed|follows|came\s+(?:after|amid|as|on\s+the\s+heels\s+of)|preceded|coincided\s+with)\b/i;
/** A subheading between sentences a and b (exclusive of both). */
function headingBetween(doc: Doc, heads: boolean[], a: number, b: number): boolean {
  // (a byline between a headline and the story divides nothing: "By our correspondent, Makurdi")
  for (let k = Math.min(a, b) + 1; k < Math.max(a, b); k++) if (heads[k] && !BYLINE.test(sentenceText(doc, k))) return true;
  return false;
}
const BYLINE = /^\s*by\s/i;

const COMPASS = /\b(?:southern|northern|eastern|western|central|north|south|east|west|(?:north|south)[- ]?(?:east|west)(?:ern)?)\s+$/i;

/**
 * Is the place at character offset `end` inside a "to" + grievance verb clause opened after token `from`
 * ("marched ... to protest the death of George Floyd in Minneapolis")? Not when a comma or a
 * subordinator closes that clause first ("agreed to resume talks, after Abe met Park in Seoul").
 */
/** the capital as where words were said: "told parliament in", "said in", "a news conference in" */
const SPOKEN_IN = /\b(?:said|says|told|tells|announced|reported|spoke|speaking|addressed|addressing|briefing|conference|statement|interview|parliament|lawmakers|reporters)\b[^.;]*$/i;

/** Is a clause that `opens(k)` at a token between token `from` and offset `end` still open at `end` (no comma, semicolon or
 * clause opener after it)? `reach` is how many tokens after k the opening words take. */
function openBetween(doc: Doc, from: number, end: number, reach: number, opens: (k: number) => boolean): boolean {
  let open = false;
  for (let k = from; k < doc.tokens.length - reach && doc.tokens[k].start < end; k++) {
    const t = doc.tokens[k];
    if (doc.tokens[k + reach].start < end && opens(k)) open = true;
    else if (open && (t.text === ',' || t.text === ';' || (CLAUSE_OPENERS.has(t.lower) && !nounsJoined(doc, k)))) open = false;
  }
  return open;
}
/** "and the deaths Monday of four students": "and" joining a noun phrase (an article, no verb in the next words), no clause */
function nounsJoined(doc: Doc, k: number): boolean {
  // (or a name: "to export natural gas to the United States and Mexico through a port in Chile")
  if (doc.tokens[k].lower !== 'and' || (doc.tokens[k + 1]?.pos !== 'DET' && doc.tokens[k + 1]?.pos !== 'PROPN')) return false;
  for (let j = k + 2; j < doc.tokens.length && j <= k + 5; j++) if (doc.tokens[j].pos === 'VERB' || doc.tokens[j].pos === 'AUX' || doc.tokens[j].text === ',') return false;
  return true;
}
/** a grievance's infinitive still open: "marched ... to protest the death of George Floyd in" */
const infinitiveBetween = (doc: Doc, from: number, end: number): boolean =>
  openBetween(doc, from, end, 1, (k) => doc.tokens[k].lower === 'to' && doc.tokens[k + 1].pos === 'VERB' && GRIEVANCE_VERBS.has(doc.tokens[k + 1].lemma));
/** a noun's infinitive still open: "a plan to export", "a decision to close" */
const plannedBetween = (doc: Doc, from: number, end: number): boolean =>
  openBetween(doc, from, end, 2, (k) => doc.tokens[k].pos === 'NOUN' && doc.tokens[k + 1].lower === 'to' && doc.tokens[k + 2].pos === 'VERB');

/** a scheme's infinitive still open: "a plan to export", "a proposal to build" (not a bid or an offensive, which is done there) */
const schemeBetween = (doc: Doc, from: number, end: number): boolean =>
  openBetween(doc, from, end, 2, (k) => SCHEME_NOUNS.has(doc.tokens[k].lemma) && doc.tokens[k].pos === 'NOUN' && doc.tokens[k + 1].lower === 'to' && doc.tokens[k + 2].pos === 'VERB');
const SCHEME_NOUNS = new Set(['plan', 'proposal', 'project', 'scheme', 'decision', 'deal', 'agreement', 'law', 'bill', 'programme', 'program', 'policy']);

/** verbs of a grievance or a remembrance: what they are about happened elsewhere ("to protest the death of X in Y") */
const GRIEVANCE_VERBS = new Set(['protest', 'demand', 'denounce', 'condemn', 'mourn', 'commemorate', 'mark', 'honour', 'honor', 'remember', 'oppose', 'decry', 'demonstrate', 'express', 'show', 'call', 'press', 'urge', 'highlight', 'support', 'celebrate', 'voice', 'seek']);
const CLAUSE_OPENERS = new Set(['after', 'before', 'when', 'while', 'as', 'since', 'because', 'and', 'but', 'where']);

/** verbal cooperation or conflict (PLOVER quad 1 or 3): a statement, made where its speaker is */
function isStatement(event: string): boolean {
  const q = quadOf(event);
  return q === 1 || q === 3;
}

/** Two sayings of one kind by people of one code, told far apart in other words by other names, are two: "which the workers'
 * delegates refused" and "The strike committee denies any foreign connection" some sentences on. */
function otherSaying(rec: EventRecord, told: EventRecord, verbal: boolean, sentence: number): boolean {
  return isStatement(rec.event) && verbal && !!rec.actor && !!told.actor && rec.trigger.text.toLowerCase() !== told.trigger.text.toLowerCase() && sentence - told.text_info.sentence_index > 2 &&
    rec.actor.entity_text.toLowerCase() !== told.actor.entity_text.toLowerCase() && rec.actor.entity_name === rec.actor.entity_text;
}

/** the opening of a relative clause set off by a comma on a share of people: ", many of whom served in" (not ", who gathered in
 * the square", which may tell the scene) */
const PEOPLE_ASIDE = /,\s*(?:many|some|most|all|several|both|one|two|three|four|five|few|none|half)\s+of\s+whom\b[^,;]*$/i;
/** words after "in" or "at" that are capitalised but name no town: seasons, feasts, bodies, languages */
const NOT_TOWNS = new Set(['ramadan', 'christmas', 'easter', 'parliament', 'congress', 'court', 'english', 'french', 'arabic', 'spanish', 'portuguese', 'islam', 'god', 'heaven', 'mass', 'senate', 'cabinet']);
/**
 * Does sentence k place something "in" or "at" a capitalised name the gazetteer does not know, in a line in mixed case ("in Gikondo and
 * Nyamirambo", "at the village of Regone")? A name an actor or a known place starts at is none. Says 'village' when the name is told
 * as a village, town or settlement's, 'name' otherwise, null when there is none.
 */
function unknownPlaceIn(doc: Doc, k: number): 'village' | 'name' | null {
  const s = doc.sentences[k];
  const tk = doc.tokens;
  const lex = actorLexicon();
  for (let i = s.first; i + 1 < s.last; i++) {
    if (tk[i].lower !== 'in' && tk[i].lower !== 'at' && tk[i].lower !== 'near') continue;
    let j = i + 1;
    // ("at the village of Regone", "in the district of X": a small place's word, or a part of a town's)
    const small = tk[j].lower === 'the' && j + 2 < s.last && tk[j + 2].lower === 'of' ? tk[j + 1].lower : '';
    const village = SMALL_PLACE_WORDS.has(small);
    if (village || TOWN_PART_WORDS.has(small)) j += 3;
    const t = tk[j];
    if (!t || j >= s.last || !t.cap || t.pos !== 'PROPN' || t.text === t.text.toUpperCase()) continue;
    if (NOT_TOWNS.has(t.lower) || lex.words.has(t.lower) || lex.titles.has(t.lower) || CALENDAR_WORDS.test(t.text)) continue;
    // (a name's own words go on capitalised; one followed by an actor's head is a body's name: "in Kigali Prefecture" is known, "in
    // Tutsi areas" is no town)
    const next = tk[j + 1];
    if (next && j + 1 < s.last && next.cap && lex.words.has(next.lower)) continue;
    // (a name the gazetteer knows is none: looked for last, past the cheap checks)
    if ((doc.places ?? []).some((p) => p.start === t.start)) continue;
    return village ? 'village' : 'name';
  }
  return null;
}
/** months and weekdays, capitalised after "in" or "at" as times, not towns */
const CALENDAR_WORDS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** what "the X of" calls a small place before its name: "at the village of Regone" */
const SMALL_PLACE_WORDS = new Set(['village', 'town', 'hamlet', 'settlement', 'township', 'locality']);
/** what "the X of" calls a part of a town before its name: "in the district of Gikondo" */
const TOWN_PART_WORDS = new Set(['district', 'suburb', 'neighbourhood', 'neighborhood']);

function locate(doc: Doc, per: PlaceMention[][], heads: boolean[], e: RawEvent, articlePlace: PlaceMention | null, sceneless?: boolean[]): EventLocation {
  const at = doc.tokens[e.first].start;
  // (the source with the setting opening its sentence: where the source is)
  const source = sourceSetting(doc, e.attribution, e.sentence);
  const here = per[e.sentence];
  // statements (verbal cooperation and conflict) happen where their speakers are
  const verbalEvent = isStatement(e.trigger.event);
  // "a three-day national strike", "nationwide protests": the country, not the city named beside it
  for (let i = e.first - 1; !e.verbal && i >= Math.max(doc.sentences[e.sentence].first, e.first - 3); i--) {
    if (!NATIONWIDE.has(doc.tokens[i].lower)) {
      if (doc.tokens[i].pos === 'ADJ' || doc.tokens[i].pos === 'NUM' || doc.tokens[i].text === '-') continue;
      break;
    }
    const c = doc.mainCountry ? countryByIso2(doc.mainCountry) : null;
    if (c && c.lat !== null) return countryLoc(c, 'nationwide', { start: doc.tokens[i].start, end: doc.tokens[i].end, text: doc.tokens[i].text });
  }
  // "were arrested nationwide", "marched across France": the whole country, whatever city the sentence names besides
  if (SPREAD.has(e.trigger.event) || e.trigger.event === 'COERCE') {
    const s = doc.sentences[e.sentence];
    const main = doc.mainCountry ? countryByIso2(doc.mainCountry) : null;
    for (let i = e.last; main && main.lat !== null && i < Math.min(s.last, e.last + 3); i++) {
      const t = doc.tokens[i];
      if (NATIONWIDE.has(t.lower) && t.lower !== 'national') return countryLoc(main, 'nationwide', { start: t.start, end: t.end, text: t.text });
    }
    const after = doc.tokens[e.last - 1].end;
    // ("extended martial law to the whole country", "imposed a curfew across the entire country")
    const whole = /^\s+(?:[\w'’-]+\s+){0,3}?(?:to|across|throughout|over|in)\s+the\s+(?:whole|entire)\s+(?:country|nation)\b/i.exec(doc.text.slice(after, s.end));
    if (whole && main && main.lat !== null) {
      const st = after + whole[0].search(/the\s+(?:whole|entire)/i);
      return countryLoc(main, 'nationwide', { start: st, end: after + whole[0].length, text: doc.text.slice(st, after + whole[0].length) });
    }
    const across = here.find((p) => p.resolved!.resolution === 'country' && p.resolved!.country_code === doc.mainCountry && p.start >= after && p.start - after < 30 &&
      ACROSS.test(doc.text.slice(after, p.start)));
    if (across && main && main.lat !== null) return countryLoc(main, 'nationwide', { start: across.start, end: across.end, text: across.text });
    // ("detained 3,800 people in Seoul and 17 other cities": one city named among many)
    // (not past what another source says: "a rally in central Bucharest, as reports said security forces had opened fire ... in
    // Timisoara and at least two other towns"; where the first such verb after the act ends)
    let toldEnd = Infinity;
    for (let k = e.last; k < s.last && toldEnd === Infinity; k++) if (doc.tokens[k].pos === 'VERB' && /^(?:said|says|reported|told)$/.test(doc.tokens[k].lower)) toldEnd = doc.tokens[k].end;
    for (const p of here) {
      if (p.start < after || !main || main.lat === null || p.start >= toldEnd) continue;
      const m = /^,?\s+and\s+(?:at\s+least\s+|some\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens\s+of)\s+other\s+(?:cities|towns|provinces|regions|districts|states)\b/i.exec(doc.text.slice(p.end, Math.min(s.end, p.end + 60)));
      // (the country of the city named, which a story filed from abroad may not take for its own)
      const of = p.resolved!.country_code ? countryByIso2(p.resolved!.country_code) : null;
      if (m) return countryLoc(of && of.lat !== null ? of : main, 'nationwide', { start: p.start, end: p.end + m[0].length, text: doc.text.slice(p.start, p.end + m[0].length) });
    }
  }
  // (where the source spoke, told right after its verb, is no place of what it reports: "the police said in Freetown on
  // Thursday that six of its personnel were killed ... in Waterloo"; the speaker's own act is placed there, "Police said
  // in Beira they had detained")
  const saidAt = (p: PlaceMention) => !verbalEvent && !!e.attribution && p.start >= e.attribution.end && p.end <= at &&
    SAID_IN.test(doc.text.slice(e.attribution.end, p.start)) && !PASSIVE_REPORT.test(e.attribution.text) &&
    !(e.actor && (PRONOUN_ACTOR.test(e.actor.text) || (e.actor.start >= e.attribution.start && e.actor.end <= e.attribution.end)));
  // "in at least eight other cities", "across the country": many places, so the country
  // (physical acts only: a state of emergency declared "across the country" is declared in the capital)
  // (and arrests: "2,000 people had been detained across the country since Tuesday")
  if (!here.some((p) => !saidAt(p)) && (SPREAD.has(e.trigger.event) || e.trigger.mode === 'arrest')) {
    const s = doc.sentences[e.sentence];
    // (the clause around the act: "took to the streets in towns across the country, chanting ...")
    const from = doc.tokens[Math.max(s.first, e.first - 12)].start;
    const rest = doc.text.slice(from, s.end);
    let wide = MANY_PLACES.exec(rest);
    // (arrests in a few places are arrests there: "detained in raids on two villages in Bannang Sata")
    if (wide && !SPREAD.has(e.trigger.event) && !/^(?:across|throughout|nation|country)/i.test(wide[0])) wide = null;
    // "between the two districts" points back at places already named
    if (wide && /\bthe\s+$/i.test(rest.slice(Math.max(0, wide.index - 4), wide.index))) wide = null;
    // ("in the Merkato market area and other districts": other parts of the town named before, not of the country)
    if (wide && /\b(?:area|quarter|neighbou?rhood|district|market|suburb)\s+and\s+$/i.test(rest.slice(Math.max(0, wide.index - 30), wide.index))) wide = null;
    // ("BAMAKO, MARCH 23 (REUTERS) - ... GUNFIRE WAS HEARD IN SEVERAL DISTRICTS OVERNIGHT": districts, in a story filed from a city, are
    // that city's)
    if (wide && /\bdistricts\b/i.test(wide[0]) && datelinePlace(doc)) wide = null;
    const c = wide && doc.mainCountry ? countryByIso2(doc.mainCountry) : null;
    if (wide && c && c.lat !== null) {
      const st = from + wide.index;
      return countryLoc(c, 'nationwide', { start: st, end: st + wide[0].length, text: wide[0] });
    }
  }
  if (here.length) {
    let best: PlaceMention | null = null;
    let score = -Infinity;
    // "BOGOTA, Aug 4 (Reuters) - Guerrillas overran a base in southern Colombia": the dateline is where
    // the report was filed; a place the sentence itself puts the event in wins over it
    const dateline = datelineEnd(doc, doc.sentences[e.sentence]);
    // (a city or province, or a part of a country: "in southern Colombia"; not "the worst violence in Britain")
    // (or a country other than the dateline's: "COLOMBO, Aug 14 (AFP) - Security forces in the Maldives have arrested")
    const filedIn = dateline > 0 ? here.find((p) => p.end <= dateline)?.resolved?.country_code ?? null : null;
    const toldIn = (p: PlaceMention) => p.start > dateline && LOC_PREP.test(doc.text.slice(Math.max(doc.sentences[e.sentence].start, p.start - 40), p.start)) &&
      (p.resolved!.resolution !== 'country' || COMPASS.test(doc.text.slice(Math.max(0, p.start - 16), p.start)) || (!!filedIn && p.resolved!.country_code !== filedIn));
    // (not the place of what is protested: "DAYTON — ... marched to protest the death of George Floyd in Minneapolis")
    // (nor the place of what a clause of another day tells: "Bhubaneswar, Nov 20 (PTI) Police today used water cannons ...,
    // a day after a lathicharge on farmers in Bargarh town")
    const trigEnd = doc.tokens[e.last - 1].end;
    const laterClause = (p: PlaceMention) => p.start > at && SUBORDINATE_BETWEEN.test(doc.text.slice(trigEnd, p.start));
    // (nor where a way told leads: "RUSE — ... blocked the approaches to the Friendship Bridge across the Danube to Romania")
    const wayTo = (p: PlaceMention) => ROAD_TO.test(doc.text.slice(Math.max(doc.sentences[e.sentence].start, p.start - 40), p.start));
    const skipDateline = dateline > 0 && here.some((p) => toldIn(p) && !(p.start > at && infinitiveBetween(doc, e.last, p.start)) && !laterClause(p) && !wayTo(p));
    // ("In Santiago, the worst of the violence came on Tuesday. Youths ... cleared barricades along the road to Tamboril": where the only
    // road told leads is not the scene the paragraph opened on)
    if (here.every(wayTo) && e.sentence > 0 && sameParagraph(doc, e.sentence - 1, e.sentence)) {
      const ps = doc.sentences[e.sentence - 1];
      const opened = per[e.sentence - 1].find((q) => q.resolved?.resolution === 'city' && SCENE_OPENER.test(doc.text.slice(ps.start, q.start)));
      if (opened) return fromMention(opened, 'previous sentence');
    }
    const scored: Array<{ p: PlaceMention; sc: number }> = [];
    // ("TRIPOLI, LEBANON, SEPT 11 - ... AS GUNMEN IN THIS NORTHERN PORT CITY AND IN THE NEARBY TOWN OF ZGHARTA TRADED FIRE":
    // the dateline's city, told again as "this city" in the clause, is a scene told there, and the story's own)
    const thisM = dateline > 0 ? THIS_PLACE.exec(sentenceText(doc, e.sentence)) : null;
    const thisAt = thisM ? doc.sentences[e.sentence].start + thisM.index : -1;
    const thisCity = thisAt > dateline && thisAt < trigEnd + 200 ? here.find((p) => p.end <= dateline && p.resolved!.resolution === 'city') ?? null : null;
    for (const p of here) {
      if (p === thisCity) {
        // (scored where "this city" stands, as a place told after a locative word, and as the story's own)
        const sc = RANK.city * 100 - Math.abs(thisAt - at) / 10 + 150 + 50;
        scored.push({ p, sc });
        if (sc > score) {
          score = sc;
          best = p;
        }
        continue;
      }
      if (skipDateline && p.end <= dateline) continue;
      // ("Niger junta gives French ambassador 48 hours to leave; Paris refuses": in a headline, a place past a semicolon is another
      // item's scene)
      if (heads[e.sentence] && doc.text.slice(Math.min(p.end, at), Math.max(p.start, trigEnd)).includes(';')) continue;
      // "Aljazeera's reporter in Moscow said...": where the source sits is not where it happened
      // (a statement, though, is made where its speaker is: "In Bishkek, the coalition said ...")
      // (unless it opens the sentence and the reported clause names no place: "In Atakpamé, about 160 km to the north,
      // residents said clashes ... left two people dead" happened there; not "In the capital Bishkek, sources told
      // Aljazeera that the government had lost control of Jalalabad and Osh")
      // ("denied Algerian reports that Moroccan aircraft had bombed positions near Tindouf": a place in what is said is
      // not where it was said)
      // (nor a place in what someone is accused of: "accused the PSD of busing voters in from the communes of Nanov")
      if (verbalEvent && p.start > trigEnd && (THAT_BETWEEN.test(doc.text.slice(trigEnd, p.start)) || CHARGE_BETWEEN.test(doc.text.slice(trigEnd, p.start)))) continue;
      // (nor a place in what an earlier verb of saying reported, before the statement's own clause: "told a press conference that
      // the rebels were being armed from Brazzaville, and he accused foreign agents")
      if (verbalEvent && p.end <= at && THAT_BETWEEN.test(doc.text.slice(doc.sentences[e.sentence].start, p.start)) && REPORTED_THEN_OWN.test(doc.text.slice(p.end, at))) continue;
      // (nor where a march or a column was heading: "set off along the Southern Main Road towards Marabella")
      if (e.trigger.event === 'PROTEST' && /\b(?:towards?|heading\s+for)\s+(?:the\s+)?(?:town\s+of\s+|city\s+of\s+|village\s+of\s+)?$/i.test(doc.text.slice(Math.max(doc.sentences[e.sentence].start, p.start - 30), p.start))) continue;
      // (nor where what is asked or refused would move someone: "demanding ... the withdrawal of troops from Gorongosa")
      if (verbalEvent && p.start > trigEnd && p.start - trigEnd < 120 && MOVED_WITHIN.test(doc.text.slice(trigEnd, p.start))) continue;
      // (nor where a road leads, when the sentence names another place: "on the edge of Masaya near the road to Catarina, where troops
      // with tanks surrounded a house")
      if (wayTo(p) && here.some((q) => q !== p && q.resolved!.resolution !== 'country' && !wayTo(q))) continue;
      // (nor where people come from: "a crowd of about 1,000 people, many of them from Malaita province, gathered outside Parliament";
      // nor a capital named as a partner: "turned instead toward closer ties with Moscow")
      if (notAScene(doc, e.sentence, p)) continue;
      // (nor the scene of another act a clause of time names after the act: "pulled out on Wednesday as the hard-line coup in Moscow
      // collapsed", when the sentence names another place: Tallinn's tower)
      if (p.start > trigEnd && AS_CLAUSE_PLACE.test(doc.text.slice(trigEnd, p.start)) && OWN_VERB_AFTER.test(doc.text.slice(p.end, Math.min(doc.sentences[e.sentence].end, p.end + 30))) &&
        here.some((q) => q !== p && q.resolved!.resolution !== 'country' && q.start < p.start && !AS_CLAUSE_PLACE.test(doc.text.slice(Math.max(doc.sentences[e.sentence].start, q.start - 60), q.start)))) continue;
      // (nor the scene of a past act named in passing: "wanted to arrest people suspected of involvement in last month's violence
      // in the northern town of Owando")
      if (pastScene(doc, p, at)) continue;
      // (nor where marchers named by it came from: "12,000 steelworkers from Hennigsdorf marched through the French sector")
      if (e.actor && p.start >= e.actor.start && p.end <= e.actor.end && MOVING.test(e.trigger.words[0]) && /\bfrom\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(e.actor.start, p.start - 12), p.start))) continue;
      // (a place of the reported clause counts only where something is told in it: not "on the main road south to the capital")
      const toldInClause = (q: PlaceMention) => !holds(source, q) && q.resolved!.resolution !== 'country' && LOC_PREP.test(doc.text.slice(Math.max(doc.sentences[e.sentence].start, q.start - 40), q.start));
      // (not where an official told a chamber or the press: "In Cape Town, the Minister told Parliament that the police had fired")
      // (but the speaker's own place, when the act is the speaker's: "Police in Beira said they had detained two men")
      // (and the town whose police or officials report what they handle, when the report names no other place: "Police in
      // Hyderabad said they had arrested three men ... in connection with a grenade attack on a police van")
      // (only for an item told apart from the story before it: "Officials in Srinagar said four attackers were shot dead" after
      // the attack in Uri tells of Uri)
      const localAuthority = holds(source, p) && !isCapitalName(p.resolved!.name) && separateItem(doc, e.sentence) &&
        LOCAL_AUTHORITY.test(doc.text.slice(Math.max(doc.sentences[e.sentence].start, p.start - 30), p.start)) &&
        !here.some((q) => q !== p && !holds(source, q) && q.resolved!.resolution !== 'country');
      // ("Greek police on Corfu said they had intercepted two boats": the police's own act, where those police are)
      const ownAuthority = !!e.actor && holds(source, p) && (PRONOUN_ACTOR.test(e.actor.text) || holds(source, e.actor)) &&
        LOCAL_AUTHORITY.test(doc.text.slice(Math.max(doc.sentences[e.sentence].start, p.start - 30), p.start));
      // ("residents of Mtambile and Kengeja said soldiers went from house to house": the village its residents tell of)
      const residentsOf = holds(source, p) && !verbalEvent && RESIDENTS_OF.test(doc.text.slice(Math.max(doc.sentences[e.sentence].start, p.start - 60), p.start));
      const speakersOwn = (!!e.actor && holds(source, p) && p.start >= e.actor.start && p.end <= e.actor.end) || (holds(source, p) && thereAfter(doc, e)) || localAuthority || ownAuthority || residentsOf;
      // (nor where someone named lives: "Richard L. Schaeffer, 34, of Ford City, charged with disorderly conduct, and Gary Bowser,
      // 27, of R.D. 1, Adrian")
      if (RESIDENCE.test(doc.text.slice(Math.max(0, p.start - 40), p.start))) continue;
      // (nor where people came back from: "to welcome home villagers who had returned from the refugee camp at Shimoni in Kenya")
      if (p.start > trigEnd && CAME_FROM.test(doc.text.slice(Math.max(trigEnd, p.start - 70), p.start))) continue;
      // (nor where they were bound for: "hijackings ... by people trying to reach Florida", "a convoy heading for the border")
      if (p.start > trigEnd && HEADED_FOR.test(doc.text.slice(Math.max(trigEnd, p.start - 40), p.start))) continue;
      // (nor where the source speaks from: "a spokesman ..., speaking to AFP by telephone from Colombo, said")
      if (holds(source, p) && /\b(?:speaking|calling|telephoning|phoning|writing)\b[^,;]*\bfrom\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, p.start - 60), p.start))) continue;
      // (nor where the source is, when the act's doer is told with a place of its own or is a country elsewhere: "Travelers arriving
      // at the border crossing at Nagylak said tens of thousands of workers in Timisoara had gone on strike", "diplomats in Budapest
      // said Romania had sealed its borders")
      if (holds(source, p) && e.actor && !holds(source, e.actor) &&
        here.some((q) => q !== p && q.start >= e.actor!.start && q.end <= e.actor!.end && q.resolved!.resolution !== 'country')) continue;
      // (a country's material act told after a town abroad where it is reported, not in its own clause: "East European diplomats in
      // Budapest said ..., but cautioned that Romania had sealed its borders")
      if (e.actor?.kind === 'country' && e.actor.code && p.end <= at && quadOf(e.trigger.event) !== 1 && quadOf(e.trigger.event) !== 3 &&
        countryByIso3(e.actor.code)?.iso2 !== p.resolved!.country_code && p.resolved!.resolution !== 'country' && /\b(?:said|says|told|reported|cautioned|warned|added)\b/i.test(doc.text.slice(p.end, at))) continue;
      if (holds(source, p) && !verbalEvent && !speakersOwn && !(SCENE_FIRST.test(doc.text.slice(doc.sentences[e.sentence].start, p.start)) && !here.some(toldInClause) && !TOLD_OFFICIALLY.test(e.attribution?.text ?? ''))) continue;
      if (!verbalEvent && e.attribution && p.end <= e.attribution.start && at >= e.attribution.end && TOLD_OFFICIALLY.test(e.attribution.text)) continue;
      // (nor where the source spoke, told right after its verb: "the police said in Freetown on Thursday that six of its
      // personnel were killed ... in Waterloo"; the speaker's own act is placed there, "Police said in Beira they had detained")
      if (saidAt(p)) continue;
      // (nor a place in how a source closing the sentence told it: "..., the agency said in its first report of protests outside
      // Ulan Bator")
      if (!verbalEvent && e.attribution && e.attribution.start > trigEnd && p.start >= e.attribution.end && /^\s+(?:in|at|on|during|after)\s/i.test(doc.text.slice(e.attribution.end, e.attribution.end + 8)) &&
        !/[,;]|\bthat\b/i.test(doc.text.slice(e.attribution.end, p.start))) continue;
      const before = doc.text.slice(Math.max(doc.sentences[e.sentence].start, p.start - 40), p.start);
      // ("as protesters converged on Quito", "marched on the capital": the place a crowd heads for is its scene)
      const locative = LOC_PREP.test(before) || CONVERGED_ON.test(before);
      // a country named as a modifier or an actor ("Ukraine's revolution", "after Ukraine and Georgia") is not a place of the event
      if (p.resolved!.resolution === 'country' && !locative) continue;
      let sc = RANK[p.resolved!.resolution] * 100 - Math.abs(p.start - at) / 10;
      if (locative) sc += 150;
      if (doc.mainCountry && p.resolved!.country_code !== doc.mainCountry) sc -= 120;
      // a place inside the actor's own name ("Osh police") places the actor, a weaker cue
      if (e.actor && p.start >= e.actor.start && p.end <= e.actor.end) sc -= 80;
      // ("marched in Yangon and Mandalay, and police fired ... in Naypyitaw": another clause's place)
      if (p.end <= at && /,\s*(?:and|but|while)\s|;/.test(doc.text.slice(p.end, at))) sc -= 200;
      // ("The unrest in Tabriz is the most serious since Jan. 9, when police opened fire on demonstrators in Qom": the act of a "when"
      // clause on a time told after a clause with a verb of its own is not in that clause's place)
      const when = p.end <= at ? /,\s*when\s/i.exec(doc.text.slice(p.end, at)) : null;
      if (when && doc.tokens.some((t) => t.start >= p.end && t.end <= p.end + when.index && (t.pos === 'VERB' || t.pos === 'AUX'))) sc -= 200;
      // ("Mubarak was forced out last week ..., and in neighbouring Bahrain police killed three people": a clause after the act that
      // opens on a place of its own, then a verb, is another scene)
      if (p.start >= trigEnd && OTHER_SCENE.test(doc.text.slice(trigEnd, p.start))) {
        const s0 = doc.sentences[e.sentence];
        let verb = false;
        for (let k = s0.first; k < s0.last && !verb; k++) verb = doc.tokens[k].start >= p.end && doc.tokens[k].pos === 'VERB' && doc.tokens[k].lemma !== 'be';
        if (verb) continue;
      }
      // ("Mr Issoufou, who walked at the front of the unity march in Paris last Sunday, condemned the violence": a relative clause
      // on the subject, closed before the act, tells where its noun was, not where the act was)
      if (p.end <= at && insideRelative(doc, e.sentence, p.start) && doc.text.slice(p.end, at).includes(',')) continue;
      // (and the other way round: "the Houthis, who took Sanaa in September, moved south towards Aden": an act inside a relative clause
      // is not where the main clause, past the clause's comma, goes on)
      if (p.start >= trigEnd && insideRelative(doc, e.sentence, at) && !insideRelative(doc, e.sentence, p.start) && doc.text.slice(trigEnd, p.start).includes(',')) continue;
      // ("the attack was carried out by the Dagoberto Ramos column, a group of FARC dissidents who dispute control of drug routes in the
      // mountains above Toribio, Corinto and Caloto": a relative clause on the doer named by "by" tells where the doer is, not the act)
      if (p.start > trigEnd && BY_WHO.test(doc.text.slice(trigEnd, p.start))) continue;
      // ("some 2,000 former soldiers, many of whom served in Burma, set out": where a relative clause set off by commas before the act
      // says its people once were is no scene)
      if (p.end < at && PEOPLE_ASIDE.test(doc.text.slice(Math.max(doc.sentences[e.sentence].start, p.start - 60), p.start)) && /^[^,;]*,/.test(doc.text.slice(p.end, at))) continue;
      // ("said it had resumed its offensive because Bozize had failed to honour a peace deal signed in Libreville": a place in the
      // reason given is the reason's)
      if (p.start > trigEnd && REASON_BETWEEN.test(doc.text.slice(trigEnd, p.start))) continue;
      // ("The release removes an obstacle to a meeting ..., which diplomats said could take place in Bishkek": where a relative clause
      // after the act says something may happen is that thing's place)
      if (p.start > trigEnd && MAY_HAPPEN_IN.test(doc.text.slice(trigEnd, p.start))) continue;
      // ("marched ... to protest the death of George Floyd in Minneapolis": the place of what is protested)
      // (left out when the story has a place of its own to fall back on: "WENDELL, Iowa - ... gathered on the college green to protest
      // the deaths ... of four students at Kent State University in Ohio")
      if (p.start > at && infinitiveBetween(doc, e.last, p.start) && (articlePlace || firstDateline(doc) !== Infinity) && e.trigger.event === 'PROTEST') continue;
      if (p.start > at && infinitiveBetween(doc, e.last, p.start)) sc -= 200;
      // (and one named there as no place at all, a name's modifier: "a rally ... called to protest the acquittal of four Los Angeles
      // police officers")
      if (p.start > at && !locative && infinitiveBetween(doc, e.last, p.start) && p.resolved!.resolution !== 'country') continue;
      // ("The protests began over a plan to export gas through a port in Chile": a place in what a plan or a decision is to do, told
      // after the act, is that plan's)
      // (any act's: "resigned after weeks of protests against a plan to export natural gas through Chile")
      if (p.start > at && (e.trigger.event === 'PROTEST' ? plannedBetween(doc, e.last, p.start) : schemeBetween(doc, e.last, p.start))) continue;
      if (dateline > 0 && laterClause(p)) sc -= 200;
      // ("rebels have overrun army posts in northern Djibouti and are closing in on the towns of Obock and Tadjoura": a place of
      // another verb joined after the act is that verb's)
      if (p.start > trigEnd && joinedVerbBetween(doc, e.last, p.start)) sc -= 300;
      // ("Fourteen people were detained and taken to Machala", "rushed to hospital in Nairobi": where people were taken
      // afterwards is not where it happened; forces sent somewhere are, though)
      if (e.trigger.event !== 'MOBILIZE' && TAKEN_TO.test(doc.text.slice(Math.max(0, p.start - 30), p.start))) continue;
      // ("Shetpe, a village about 150 km north of Zhanaozen, where ...": a place a distance is measured from is no scene)
      if (here.length > 1 && MEASURED_FROM.test(doc.text.slice(Math.max(0, p.start - 60), p.start))) sc -= 300;
      // ("In Sagaing, near Mandalay, police fired": a town set after another as what it is near places that other town)
      if (here.length > 1 && NEAR_PLACE.test(doc.text.slice(Math.max(0, p.start - 40), p.start)) && here.some((q) => q !== p && q.end <= p.start && p.start - q.end <= 14 && /^,?\s*(?:near|outside|close to|not far from)\s+$/i.test(doc.text.slice(q.end, p.start)))) sc -= 300;
      // ("at the edge of this village, 50 kilometres west of Montreal": the dateline's town, not the one the distance runs from)
      if (dateline > 0 && THIS_TOWN.test(sentenceText(doc, e.sentence)) && MEASURED_FROM.test(doc.text.slice(Math.max(0, p.start - 60), p.start))) continue;
      // ("gathered ... in support of the Zhanaozen workers": a place naming whom the act was for places them, not it)
      // (not ground taken: "took Sanaa" is where it was taken)
      if (e.recipient && p.start >= e.recipient.start && p.end <= e.recipient.end && !(e.trigger.event === 'COERCE' && e.trigger.mode === 'seize')) sc -= 80;
      scored.push({ p, sc });
      if (sc > score) {
        score = sc;
        best = p;
      }
    }
    // ("In Regueb, in the neighbouring province of Sidi Bouzid, two protesters were shot dead": the province says where
    // the town is; the town, told as the scene too, is the act's place)
    if (best && best.resolved!.resolution === 'admin1') {
      const b = best;
      const inner = scored.find((x) => x.p !== b && x.sc > score - 100 && x.p.resolved!.country_code === b.resolved!.country_code &&
        x.p.resolved!.province === b.resolved!.name && x.p.resolved!.name !== b.resolved!.name);
      if (inner) best = inner.p;
      else if (articlePlace && namesInstitutionIn(doc, b, articlePlace)) return fromMention(articlePlace, 'article');
    }
    if (best) return fromMention(best, 'sentence');
  }
  // a statement by a state ("India blamed Pakistan") happened in that state, not in the city of the sentence before;
  // nor one by another country's actor, or by an international body ("The European Union condemned the
  // violence", "Human rights groups warned ..."), which is placed in the article's country
  // (a sanction is a measure its state declares at home: "U.S. President George W. Bush announced tighter sanctions")
  // (a foreign one: the story's own state's sanction is placed as its other acts are)
  const foreignSanction = e.trigger.event === 'SANCTION' && !!e.actor?.code && e.actor.code.length === 3 && !!doc.mainCountry && countryByIso3(e.actor.code)?.iso2 !== doc.mainCountry;
  // (a state's diplomatic act is the state's wherever the story is: "Bahrain recalled its ambassador from Tehran" after a
  // sentence about Sitra)
  // (at the story's own place when that is in the state: "KAMPALA - Uganda today ordered the Tanzanian envoy to leave")
  const diplomatic = e.trigger.event === 'SANCTION' && e.trigger.cameo.startsWith('16') && e.actor?.kind === 'country';
  if (diplomatic && articlePlace && e.actor?.code && countryByIso3(e.actor.code)?.iso2 === articlePlace.resolved!.country_code) return fromMention(articlePlace, 'article');
  // (a visit is made where the visitor goes: "William Walker, the American diplomat, visited the village on Saturday")
  // ("The interior minister is on an official visit to West Germany": a country visited, named no place of its own)
  if (e.trigger.mode === 'visit' && e.recipient?.kind === 'country' && e.recipient.code?.length === 3) {
    const c = countryByIso3(e.recipient.code);
    if (c && c.lat !== null) return countryLoc(c, 'country visited');
  }
  // ("LAST THURSDAY THE SOUTHERN RHODESIAN GOVERNMENT DECLARED AN EMERGENCY OF ITS OWN AND DETAINED SEVERAL HUNDRED MEMBERS" in a
  // Nyasaland story: a government's measure at home, or arrest, named no place of its own, is in its own land)
  const foreignMeasure = e.trigger.event === 'COERCE' && e.actor?.sector === 'GOV' && e.actor.kind !== 'person' && !!e.actor.code && e.actor.code.length === 3 && !!doc.mainCountry &&
    countryByIso3(e.actor.code)?.iso2 !== doc.mainCountry && /^(?:arrest|martial-law|curfew)$/.test(e.trigger.mode ?? '');
  if ((verbalEvent || foreignSanction || diplomatic || foreignMeasure) && e.actor && e.trigger.mode !== 'visit') {
    const c = e.actor.code && e.actor.code.length === 3 ? countryByIso3(e.actor.code) : null;
    // (a head of state or government, a minister or a legislature speaks for the country, not for the town of the sentence before:
    // "Micheletti, the head of Congress, warned that Zelaya would be arrested" after a sentence about Juticalpa)
    // (an embassy or an envoy speaks where it is posted, the story's country: "THE U.S. EMBASSY CONDEMNED THE BOMBING" in Lima)
    // (or named so right before the name a pronoun points back to: "Senegal's ambassador in Nouakchott, Mr. Mamadou Seck, ... he
    // demanded guarantees")
    const named = e.actor.ref ?? e.actor;
    if (c && doc.mainCountry && c.iso2 !== doc.mainCountry && (POSTED_VOICES.test(e.actor.text) || POSTED_VOICES.test(doc.text.slice(Math.max(0, named.start - 40), named.start)))) {
      if (articlePlace && articlePlace.resolved!.country_code === doc.mainCountry) return fromMention(articlePlace, 'article');
      const main = countryByIso2(doc.mainCountry);
      if (main && main.lat !== null) return countryLoc(main, 'article country');
    }
    // (and one who held such an office: "The former prime minister accused the royal government")
    const formerOffice = e.actor.sector === 'ELI' && (FORMER_OFFICE.test(e.actor.text) || FORMER_OFFICE.test(named.text));
    if (c && c.lat !== null && (e.actor.kind === 'country' || NATIONAL_VOICES.has(e.actor.sector ?? '') || formerOffice || (doc.mainCountry && c.iso2 !== doc.mainCountry))) return countryLoc(c, 'actor country');
    // (an official of one: "UN envoy Volker Perthes" is coded UNO with a government sector)
    if (e.actor.sector === 'IGO' || e.actor.sector === 'NGO' || (!c && !!e.actor.code)) {
      const main = doc.mainCountry ? countryByIso2(doc.mainCountry) : null;
      if (main && main.lat !== null) return countryLoc(main, 'article country');
    }
  }
  // ("air strikes on a village in its territory near the Thai border": a border region the sentence names
  // but no gazetteer place, not the city of the sentence before) -> the country
  if (!verbalEvent && doc.mainCountry && !here.some((p) => p.resolved!.resolution !== 'country') && BORDER.test(doc.text.slice(doc.sentences[e.sentence].start, doc.sentences[e.sentence].end))) {
    const c = countryByIso2(doc.mainCountry);
    if (c && c.lat !== null) return countryLoc(c, 'border region');
  }
  // (a place told in another sentence is no place of an act by another country's people: "In Washington, the White House
  // condemned the violence. Protest organisers have called for a mass rally" is not Washington's rally)
  // ("IN A SEPARATE INCIDENT, ARMED MEN STOPPED A BUS AT A ROADBLOCK NEAR KFARHATA": another incident takes no place of the
  // sentence before; the story's own place, or its country, holds it)
  // (nor does a brief opening on a dateline of its own that the gazetteer lacks: "PATONGO: Residents of Patongo camp held a
  // march" after a brief from Kitgum)
  // (a brief's own dateline names its own place, so not the story's either)
  const brief = datelineEnd(doc, doc.sentences[e.sentence]) > 0 && firstDateline(doc) < e.sentence;
  const separate = brief || separateItem(doc, e.sentence);
  if (separate) {
    if (articlePlace && !brief) return fromMention(articlePlace, 'article');
    const c = doc.mainCountry ? countryByIso2(doc.mainCountry) : null;
    if (c && c.lat !== null) return countryLoc(c, 'article country');
  }
  const actorCountry = e.actor?.code?.length === 3 && e.actor.sector !== 'IGO' ? countryByIso3(e.actor.code)?.iso2 ?? null : null;
  const ofActorCountry = (p: PlaceMention) => !actorCountry || p.resolved!.country_code === actorCountry;
  // (a sentence that sets no scene, see scenelessSentences; the one after a quotation still names where its speaker comes from:
  // '"Soldiers came to our village at night ..." said a woman from Samchi')
  const quiet = (k: number) => !!sceneless && k !== e.sentence && sceneless[k] &&
    !(k === e.sentence + 1 && /^["“]/.test(doc.text.slice(doc.sentences[e.sentence].start, doc.sentences[e.sentence].start + 1)));
  // ("In Nyalenda B, relatives of a 19-year-old said he was shot": a sentence opening on a place of its own the gazetteer does not
  // hold is in the story's town, not in the place the sentence before named)
  const opening = UNKNOWN_SCENE.exec(doc.text.slice(doc.sentences[e.sentence].start, doc.sentences[e.sentence].end));
  // (with no town of the story's own, the country, which the story's scene may fill in later)
  if (opening && !TIME_NAMES.test(opening[0]) && !per[e.sentence].some((p) => p.start < doc.sentences[e.sentence].start + opening[0].length)) {
    if (articlePlace && articlePlace.resolved!.resolution === 'city') return fromMention(articlePlace, 'article');
    const c = !articlePlace && doc.mainCountry ? countryByIso2(doc.mainCountry) : null;
    if (c) return countryLoc(c, 'article country');
  }
  // ("attacks on homes in Gikondo and Nyamirambo", "killed at the village of Regone": a sentence placing the act in a town the
  // gazetteer lacks is not in a town another sentence names; the story's own place, or for a village its country, says where)
  const unknown = !verbalEvent && MATERIAL.has(e.trigger.event) ? unknownPlaceIn(doc, e.sentence) : null;
  const country = unknown && doc.mainCountry ? countryByIso2(doc.mainCountry) : null;
  if (unknown === 'village' && country && country.lat !== null) return countryLoc(country, 'article country');
  // ("In Mbale, traders closed their stalls and several hundred youths marched ... Police fired tear gas near Namakwekwe": a place the
  // gazetteer lacks, right after a sentence of the paragraph that opens on a town of its own, is in that town)
  if (unknown === 'name' && e.sentence > 0 && sameParagraph(doc, e.sentence - 1, e.sentence)) {
    const ps = doc.sentences[e.sentence - 1];
    // (or on the state of a town: "Bogotá was largely calm on Monday. Several thousand people gathered in the central Plaza de Bolívar")
    const opener = per[e.sentence - 1].find((p) => p.resolved!.resolution === 'city' && (!doc.mainCountry || p.resolved!.country_code === doc.mainCountry) &&
      ((SCENE_OPENER.test(doc.text.slice(ps.start, p.start)) && /^\s*,/.test(doc.text.slice(p.end, p.end + 3))) || townStateOpens(doc, p, e.sentence - 1)));
    if (opener) return fromMention(opener, 'previous sentence');
  }
  if (unknown && articlePlace) return fromMention(articlePlace, 'article');
  for (let k = e.sentence - 1; k >= Math.max(0, e.sentence - 2); k--) {
    if (!sameParagraph(doc, k, e.sentence) && k < e.sentence - 1) break;
    if (quiet(k)) continue;
    // (not where the source of the sentence sits: "Residents reached by telephone in nearby Santiago de Maria said ...")
    // (nor where someone was sent: "three leaders who were flown to Caracas")
    // (nor where nothing happened: "no clashes had been reported in Sulu since Sunday")
    // (but where unrest spread to is a scene: "Unrest spread on Saturday to Shetpe"; and the place a distance is measured from
    // is none: "a village about 150 km north of Zhanaozen")
    // (nor where another sentence's statement was made: '"This is the only way ...," the council said in a statement issued in Addis
    // Ababa.')
    const city = per[k].filter((p) => p.resolved!.resolution !== 'country' && !SOURCE_SITE.test(doc.text.slice(p.end, p.end + 12)) && !spokeAt(doc, k, p) &&
      !(/\b(?:to|towards?)\s+(?:the\s+)?(?:(?:[\w-]+\s+){1,3}of\s+)?$/i.test(doc.text.slice(Math.max(0, p.start - 40), p.start)) && !SPREAD_TO.test(doc.text.slice(Math.max(doc.sentences[k].start, p.start - 40), p.start))) &&
      // (nor where something came from: "train service from Seoul was suspended")
      // (or whence people came: "About 12,000 steelworkers from Hennigsdorf marched through the French sector")
      !/\b(?:service|services|trains?|flights?|buses|traffic|reports?|news|people|visitors|delegates|delegation|\p{L}+(?:ers|ors|ants|ents|ists|ians|men))\s+from\s+(?:the\s+)?$/iu.test(doc.text.slice(Math.max(0, p.start - 30), p.start)) &&
      !MEASURED_FROM.test(doc.text.slice(Math.max(0, p.start - 60), p.start)) && !NOTHING_HAPPENED.test(doc.text.slice(doc.sentences[k].start, p.start)) &&
      !notAScene(doc, k, p));
    // ("FORT MADISON, IOWA (AP) -- ...": a province that holds the one city named beside it adds nothing)
    const inner = city.filter((p) => !(p.resolved!.resolution === 'admin1' && city.some((q) => q !== p && q.resolved!.resolution === 'city' && q.resolved!.country_code === p.resolved!.country_code && q.resolved!.province === p.resolved!.name)));
    if (inner.length === 1 && ofActorCountry(inner[0])) return fromMention(inner[0], 'previous sentence');
  }
  // the story's place, named a few sentences away ("... lost control of the southern cities of
  // Jalalabad and Osh"): the nearest city named after a locative word, the capital only when
  // it is the only one (news names the capital as where officials and sources are)
  let near: PlaceMention | null = null;
  let nearD = Infinity;
  // (what came before first: "In nearby Moorhead, ..." after the event opens another scene)
  const lead = leadSentence(doc, heads, e.sentence);
  for (let d = 1; d <= 6 && !near; d++) {
    const k = d <= 3 ? e.sentence - d : e.sentence + d - 3;
    if (k < 0 || k >= per.length || headingBetween(doc, heads, k, e.sentence) || (heads[e.sentence] && k < e.sentence) || quiet(k)) continue;
    // ("... occupied the grounds in Chitungwiza. [¶] Dutch officials said ... MDC officials said ... police raided the party's
    // headquarters": past the sentence right before, not back into another paragraph of several sentences, whose scene is its own)
    // (only where both are paragraphs of several sentences: wire copy with a sentence a paragraph reads on across them)
    // (and only with the story's own town to fall back on; a witness's quote goes on with the scene told before it: '"They were
    // shooting at people who were running away," a resident said' after the shooting in Wete)
    if (k < e.sentence - 1 && articlePlace && !sameParagraph(doc, k, e.sentence) && longParagraph(doc, k) && longParagraph(doc, e.sentence) && !quoteOpens(doc, e.sentence)) continue;
    // (nor places of a long list in another sentence, none of which is the scene: "barricaded roads in at least seven districts,
    // including Admiralty, Wong Tai Sin, Sha Tin, Tai Po and Tuen Mun")
    const listed = k !== e.sentence ? inLongList(doc, per[k]) : null;
    // (ahead, past the next sentence, only for the story's lead: its place may be named a little later, while
    // further on in the story what comes next is more and more another scene)
    if (k > e.sentence + 1 && !lead) continue;
    // the capital where officials speak ("told parliament in Kathmandu") is not where things happened
    // (a wire dateline is where the story is; the place of what was protested, "to protest the death of
    // George Floyd in Minneapolis", is not)
    // (the dateline only when the sentence puts the story nowhere else: "MAIDUGURI - ... in Chibok" is Chibok)
    const dl = datelineEnd(doc, doc.sentences[k]);
    // (a capital only where something happened there: "shot dead outside his home in Nairobi", not "told parliament in Kathmandu")
    const spokenIn = (p: PlaceMention) => SPOKEN_IN.test(doc.text.slice(Math.max(doc.sentences[k].start, p.start - 40), p.start));
    // (a later sentence opening on its own place, "In Medan, riot police clashed ...", sets a new scene)
    // (and one opening on a day of its own, "On Friday a high court judge sitting in Leeds ...", tells another day's scene)
    // ("In Pemba, violence flared on Wednesday morning in Wete": every place of a sentence that opens on a scene of its own)
    const sk = doc.sentences[k];
    const scene = k > e.sentence && (DAY_OPENER.test(doc.text.slice(sk.start, sk.end)) ||
      per[k].some((q) => SCENE_OPENER.test(doc.text.slice(sk.start, q.start)) && /^\s*,/.test(doc.text.slice(q.end, q.end + 3))));
    const opensScene = (p: PlaceMention) => scene || (k > e.sentence && SCENE_OPENER.test(doc.text.slice(sk.start, p.start)));
    // (nor where the source of another sentence sits: "Residents reached by telephone in nearby Santiago de Maria said ...")
    // (nor a side scene another sentence tells "also": "Disturbances were also reported in the northeastern towns of Johvi and
    // Kohtla-Jarve" holds none of the capital's acts told after it)
    const usable = per[k].filter((p) => p.resolved!.resolution !== 'country' && !listed?.has(p) && !notAScene(doc, k, p) && !pastScene(doc, p) &&
      (k === e.sentence || !ALSO_SCENE.test(doc.text.slice(Math.max(sk.start, p.start - 70), p.start))) && ((verbalEvent && k < e.sentence) || !isCapitalName(p.resolved!.name) || !spokenIn(p)) && !opensScene(p) &&
      (k === e.sentence || (!SOURCE_SITE.test(doc.text.slice(p.end, p.end + 12)) && !NOTHING_HAPPENED.test(doc.text.slice(sk.start, p.start)) &&
        // (nor where someone or something was moved to: "moved the seat of government to the port city of Guayaquil")
        !(MOVED_TO.test(doc.text.slice(Math.max(sk.start, p.start - 60), p.start)) && !SPREAD_TO.test(doc.text.slice(Math.max(sk.start, p.start - 40), p.start))) &&
        // (nor the scene of another occasion another sentence dates it by: "The shooting came days after rioting in Los Angeles")
        !OCCASION_BEFORE.test(doc.text.slice(Math.max(sk.start, p.start - 60), p.start)))));
    // (or a town whose state the sentence opens on: "Bogotá was largely calm on Monday. Several thousand people gathered in the central
    // Plaza de Bolívar")
    const told = usable.filter((p) => LOC_PREP.test(doc.text.slice(Math.max(doc.sentences[k].start, p.start - 40), p.start)) || townStateOpens(doc, p, k));
    const own = told.filter((p) => !infinitiveBetween(doc, doc.sentences[k].first, p.start));
    // (the dateline's place too when the sentence tells none after a locative word: "SAIGON, June 11 - An elderly monk set himself afire")
    const cands = own.length || dl < 0 ? own : usable.filter((p) => p.end <= dl);
    const noCapital = cands.filter((p) => !/capital\s+(city\s+)?(of\s+)?$/i.test(doc.text.slice(Math.max(0, p.start - 16), p.start)));
    const inCountry = (noCapital.length ? noCapital : cands).filter((p) => (!doc.mainCountry || p.resolved!.country_code === doc.mainCountry) && ofActorCountry(p));
    if (inCountry.length) {
      near = inCountry[0];
      nearD = Math.abs(k - e.sentence);
    }
  }
  if (near && articlePlace && namesInstitutionIn(doc, near, articlePlace)) return fromMention(articlePlace, 'article');
  if (near && nearD <= 3) return fromMention(near, 'nearby sentence');
  if (articlePlace) return fromMention(articlePlace, 'article');
  if (doc.mainCountry) {
    const c = countryByIso2(doc.mainCountry);
    if (c) {
      return countryLoc(c, 'article country');
    }
  }
  // ("PRAGUE, AUG. 21 (AP) - TROOPS OF THE SOVIET UNION, POLAND, EAST GERMANY, HUNGARY AND BULGARIA CROSSED INTO
  // CZECHOSLOVAKIA": a story of many countries, none of them its own, happened where it was filed from, for all we know)
  const dl = datelinePlace(doc);
  if (dl) return fromMention(dl, 'dateline');
  return { ...EMPTY_LOC };
}

/** "nearby towns including Hwasun and", "neighbouring villages such as": towns around the story's own */
const OUTLYING = /\b(?:nearby|neighbou?ring|surrounding|outlying|other)\s+(?:towns|villages|cities|districts)\s+(?:including|such\s+as|like|of)?\s*(?:[\w'’-]+\s*(?:,|and)\s+){0,3}$/i;
/** a place named in a clause on villages: "in villages along the road, mostly in Padgha", "the village of Tenango" */
const VILLAGES_BEFORE = /\bvillages?\b[^.;:()]{0,80}$/i;
/** a square named in a sentence: "the square", "the central square", "Babur Square" */
const SQUARE = /\b(?:the\s+(?:[a-z]+\s+){0,2}square|\p{Lu}\p{Ll}+\s+Square)\b/u;
/** the words before a town whose square it is: "in the main square of", "a square in" */
const SQUARE_OF = /\bsquares?\s+(?:of|in)\s+(?:the\s+(?:city|town|capital)\s+of\s+)?$/i;
/** the words after a town whose square it is: "'s central square" */
const SQUARE_AFTER = /^['’]s\s+(?:[a-z]+\s+){0,2}square\b/i;
/** a settlement told by a definite description, not by its name: "the town's central square", "in the southern city",
 * "outside the village mosque" (not "the town of Osh", "the capital city") */
const THE_TOWN = /\bthe\s+(?:(?!capital\b)[a-z]+\s+){0,2}?(?:town|city|village|township)(?:['’]s)?\b(?!\s+of\b|['’]s\s+of\b)/i;
/** locations found in the text around the event, not fallen back on the article's */
const PLACED_BY_TEXT = new Set(['sentence', 'previous sentence', 'nearby sentence', 'the town named before']);

/** the guards of a border or a coast ("Polish border guards", "the China Coast Guard", "immigration officers") */
const BORDER_GUARDS = /\b(?:border\s+(?:guards?|police|patrol|agents?|forces?)|coast\s*guards?|coastguards?|immigration\s+(?:officers?|officials?|police|agents?|authorities))\b/i;

/** the words of telling right before a day: "said on Monday", "a statement issued on Monday" */
const TOLD_ON = /\b(?:said|says|told|announced|issued|reported|statement|added|stated|confirmed)\s+(?:\w+\s+)?(?:on|late|early|last|this)?\s*$|\btold\s+(?:the\s+|our\s+|a\s+)?[\w.'’-]+\s+[\w.'’-]+\s+(?:on\s+)?$/i;
/** a clause giving a reason, or one conceded, between an act and a place: the place is that clause's */
/** a person's age and home town after the name: "Gary Bowser, 27, of R.D. 1, Adrian" */
const RESIDENCE = /\b\d{1,3},\s+(?:of|from)\s+(?:[\w.'’-]+,?\s+){0,4}$/;
/** a town named as what another is near: "Sagaing, near Mandalay" */
const NEAR_PLACE = /,?\s*(?:near|outside|close to|not far from)\s+$/i;
const REASON_BETWEEN = /\b(?:because|although|though|whereas)\b/i;
/** a complement clause opening between a statement and a place ("denied reports that ...", "said that ...") */
const THAT_BETWEEN = /\b(?:that|saying|adding|insisting|claiming)\b/i;
/** nouns of looking into an act: "an investigation into the shooting" */
const INQUIRY = new Set(['investigation', 'inquiry', 'enquiry', 'probe']);
/** a move told in what a statement asks or refuses, and where it is from or to: "the withdrawal of troops from", "to pull
 * the army out of", "the return of refugees to" (not "doctors from La Paz", "allowed into Myanmar") */
const MOVED_WITHIN = /\b(?:withdr[ae]w\w*|pull\w*(?:\s+\w+){0,3}\s+out|remov\w*|expel\w*|expulsion|return\w*|transfer\w*|relocat\w*|redeploy\w*|evacuat\w*)\b[^,;.]*?\b(?:from|to|into|out\s+of)\s+(?:the\s+)?$/i;
/** a charge opening between a statement and a place ("accused X of busing voters in from ...") */
/** ", and he accused": a clause of its own, with its own subject, after what was reported */
const REPORTED_THEN_OWN = /,\s+(?:and|but)\s+(?:he|she|they|it|the\s+\w+)\s+(?:[a-z]+\s+)?$/i;
const CHARGE_BETWEEN = /\b(?:of|for)\s+[a-z]+ing\b/i;
/** "moved the seat of government to the port city of", "flown to": where someone or something was moved */
const MOVED_TO = /\b(?:moved|moving|relocated|transferred|sent|flown|taken|brought|evacuated|fled|flew|returned)\b[^.;,]{0,40}?\bto\s+(?:the\s+)?(?:(?:[\w-]+\s+){1,3}of\s+)?$/i;
/** "converged on", "marched on", "descended on": where a crowd or a force headed */
const CONVERGED_ON = /\b(?:converg|march|descend|advanc|mov)(?:e|es|ed|ing|ched|ches|ching)?\s+on\s+(?:the\s+)?$/i;
/** an official telling: to a chamber, the press or a news conference */
/** What lies between a source's reporting verb and the place it spoke in: "said| in ", "said| on Thursday in " */
// (past whom it was told: "Karimov told a news conference in the capital that ...")
// ("said in a statement issued in Addis Ababa that its fighters had taken four towns": where the statement was put out too)
const SAID_IN = /^\s*(?:(?:on|late|early)\s+[\w-]+\s+)?(?:(?:the\s+|a\s+)?(?:parliament|congress|senate|assembly|lawmakers|legislators|mps|reporters|journalists|press|(?:news|press)\s+conference|(?:news|press)\s+briefing)\s+|in\s+an?\s+(?:written\s+|joint\s+)?(?:statement|communique|communiqué|message|broadcast|interview|letter)\s+(?:issued|released|published|sent|read|faxed|broadcast|given|distributed)\s+)?(?:in|from|at)\s+(?:the\s+)?$/i;
/** Is the place where sentence k's source spoke, right after its verb ("the council said in a statement issued in Addis Ababa")? */
function spokeAt(doc: Doc, k: number, p: PlaceMention): boolean {
  const before = doc.text.slice(doc.sentences[k].start, p.start);
  let at = -1;
  for (const m of before.matchAll(/\b(?:said|says|told|tells|announced|spoke)\b/gi)) at = m.index! + m[0].length;
  return at >= 0 && SAID_IN.test(before.slice(at));
}
/** who in a town handles what happens there: "police in", "officials in", "authorities in" */
const LOCAL_AUTHORITY = /\b(?:police|policemen|officials|authorities|officers|administration)\s+(?:in|on|at)\s+(?:the\s+)?$/i;
/** the opening of a clause of time with a subject of its own, up to a place named in it: "as the hard-line coup in " */
const AS_CLAUSE_PLACE = /\b(?:as|while|when|because|after|before|since)\s+(?:the|a|an|its|their)\s+[\w'’ -]{0,40}?\b(?:in|at|of)\s+(?:the\s+)?$/i;
/** the verb of that clause right after the place: " collapsed", " was crushed" */
const OWN_VERB_AFTER = /^\s+(?:(?:was|were|had|has|have|is|are)\s+)?(?:\w+ly\s+)?\w+ed\b/i;
/** a crowd's people said to have come from a place: "many of them from", "who had travelled from", "a bus carrying opposition
 * supporters from", "troops arrived from", "expect thousands from" (not "students from Jakarta's
 * Trisakti University", "villagers from X told": where people are from is often where it happened) */
const ORIGIN_BEFORE = /\b(?:(?:many|most|some|all|several|half)\s+of\s+them|(?:tens\s+of\s+)?(?:thousands|hundreds|dozens|scores)|(?:who\s+had\s+)?(?:came|come|comes|travell?ed|bused|bussed|trucked|arrive|arrives|arrived|arriving)(?:\s+in)?|(?:carrying|transporting|ferrying)\s+(?:[\w'’-]+\s+){1,4}?)\s*from\s+(?:the\s+)?(?:(?:nearby|neighbou?ring|southern|northern|eastern|western|central|town|city|village|province|district|region)\s+(?:of\s+)?)?(?:[\w'’-]+(?:\s+[\w'’-]+)?(?:\s*,|\s+and|\s+or)\s+){0,4}$/i;
/** Is place p, in sentence k, named as no scene: where a crowd's people came from ("many of them from Malaita province"), how far
 * something reached ("as far away as Kent"), or the other party of ties ("closer ties with Moscow")? */
function notAScene(doc: Doc, k: number, p: PlaceMention): boolean {
  const before = doc.text.slice(Math.max(doc.sentences[k].start, p.start - 40), p.start);
  return ORIGIN_BEFORE.test(doc.text.slice(Math.max(doc.sentences[k].start, p.start - 70), p.start)) || DIRECTION_OF.test(before) || TOWARDS.test(before) || TRIP_TO.test(before) || POSTED_IN.test(before) || FROM_GARRISON.test(before) || MARCHED_FROM.test(doc.text.slice(Math.max(doc.sentences[k].start, p.start - 90), p.start)) ||
    FAR_AS.test(before) || PARTNER_BEFORE.test(before) || SOME_FROM.test(doc.text.slice(Math.max(doc.sentences[k].start, p.start - 80), p.start)) || APPOSED_ORIGIN.test(before) || homesFrom(doc, k, p) ||
    BIRTHPLACE.test(before) || BROUGHT_FROM.test(doc.text.slice(Math.max(doc.sentences[k].start, p.start - 110), p.start)) ||
    livesIn(doc.text.slice(Math.max(doc.sentences[k].start, p.start - 120), p.start));
}
/** where someone told of in a relative clause lives: "Ayatollah Khomeini, who has lived in exile since 1964 and now resides in the Iraqi
 * holy city of Najaf", "the leader, who is based in London" */
const LIVES_IN = /\b(?:who|whose\s+\w+)\s+[^,.;:()]{0,40}?\b(?:lives?|lived|living|resides?|resided|residing|based|exiled|exile)\b[^,.;:()]{0,60}?\b(?:in|at)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?$/iu;
/** LIVES_IN, tried only where a relative "who" or "whose" stands in the text */
function livesIn(before: string): boolean {
  return /\bwho/i.test(before) && LIVES_IN.test(before);
}
/** where people were brought from, and the places listed after it: "brought in by bus and lorry from the villages of Hodac, Ibanesti and
 * Gornesti in the Gurghiu valley" */
const BROUGHT_FROM = /\b(?:brought|bused|bussed|trucked|ferried|shipped)\s+(?:in\s+)?(?:by\s+(?:bus|buses|lorry|lorries|truck|trucks|train|coach|coaches|car|cars)(?:\s+and\s+(?:bus|buses|lorry|lorries|truck|trucks|train|coach|coaches|car|cars))?\s+)?from\s+[^.;:]{0,70}$/i;
/** where someone was born or comes from: "who was born in Ben Ahmed", "a native of Cyangugu", "who comes from Inhambane", "whose family
 * comes from Atbara" */
const BIRTHPLACE = /\b(?:born\s+(?:and\s+(?:raised|bred)\s+)?(?:in|at)|natives?\s+of|(?:who|whose\s+(?:family|parents))\s+(?:comes?|came|hails?|hailed)\s+from|hails?\s+from)\s+(?:the\s+)?(?:(?:town|city|village|province|district|region)\s+of\s+)?$/i;
/** people named by where they live, ahead of a list of places: "neighbours from Tierra Blanca, Cot and Llano Grande", "farmers from the
 * villages of A and B" (a list of homes, no scene of what they did; one place after "from" may be the scene, and stays) */
const FROM_HOMES = /\b(?:neighbou?rs|residents|villagers|inhabitants|farmers|peasants|workers|miners|students|people|families|youths|women|men|supporters|members|activists|delegates|fishermen|traders|vendors)\s+from\s+(?:the\s+)?(?:(?:nearby|neighbou?ring|surrounding|outlying)\s+)?(?:(?:villages|towns|districts|areas|communities|neighbou?rhoods|provinces)\s+of\s+)?((?:[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?(?:\s*,|\s+and|\s+or)\s+){0,4})$/iu;
/** Is place p named in a list of where people come from ("neighbours from A, B and C"), itself or one listed before it? */
function homesFrom(doc: Doc, k: number, p: PlaceMention): boolean {
  const m = FROM_HOMES.exec(doc.text.slice(Math.max(doc.sentences[k].start, p.start - 90), p.start));
  if (!m) return false;
  return m[1] !== '' || /^\s*(?:,|and\b|or\b)\s*(?:\p{Lu}|the\s+\p{Lu})/u.test(doc.text.slice(p.end, Math.min(doc.sentences[k].end, p.end + 12)));
}
/** where one person set off by commas comes from: "a second man, a bus driver from Pereira who was wounded, died" */
const APPOSED_ORIGIN = /,\s+an?\s+(?:[\w'’-]+\s+){1,4}?from\s+(?:the\s+)?$/i;
/** a place named as the other party of ties: "closer ties with Moscow", "relations with Beijing" */
const PARTNER_BEFORE = /\b(?:ties|relations|links|rapprochement|alliance|alignment)\s+(?:with|to)\s+$/i;
/** a sentence opening on a named place: "In Nyalenda B,", "At Obunga," (not a time, TIME_NAMES: "In March,") */
const UNKNOWN_SCENE = /^(?:In|At)\s+(?:\p{Lu}[\p{L}'’-]*|[A-Z0-9])(?:\s+(?:\p{Lu}[\p{L}'’-]*|[A-Z0-9])){0,2}\s*,/u;
/** months and days, which open a sentence as a time, not a place */
const TIME_NAMES = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;
/** how far something reached, no scene: "donations from union branches as far away as Kent and South Wales" */
const FAR_AS = /\bas\s+far\s+(?:away\s+)?as\s+(?:the\s+)?(?:[\w'’-]+(?:\s+[\w'’-]+)?(?:\s*,|\s+and|\s+or)\s+){0,3}$/i;
/** people counted by where they serve or live: "including dozens of police officers from Iguala and Cocula" (one place, or a list) */
const PEOPLE_FROM = /\b(?:dozens|hundreds|scores|thousands|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:officers|policemen|police|soldiers|troops|residents|people|workers|members|villagers|farmers|students|officials)\s+from\s+(?:the\s+)?(?:[\w'’-]+(?:\s+[\w'’-]+)?(?:\s*,|\s+and|\s+or)\s+){0,4}$/i;
/** people of a crowd told by where they came from: "including busloads from Ngaruawahia, Huntly and Cambridge", "many of them from
 * Hamilton East", "coachloads of miners from Kent" */
const SOME_FROM = /\b(?:including|among\s+them|many\s+of\s+them|some\s+of\s+them|most\s+of\s+them|busloads|carloads|truckloads|coachloads|delegations?|contingents?)\s+(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?(?:[\w'’-]+(?:\s+[\w'’-]+)?(?:\s*,|\s+and|\s+or)\s+){0,4}$/i;
/** Is place p, in sentence k, where counted people are from (a place of theirs, no scene to split an act over)? */
function peopleFrom(doc: Doc, k: number, p: PlaceMention): boolean {
  const before = doc.text.slice(Math.max(doc.sentences[k].start, p.start - 80), p.start);
  return PEOPLE_FROM.test(before) || SOME_FROM.test(before);
}
/** acts of moving somewhere: where their doers came from is no scene of them */
const MOVING = /^(?:march|walk|converg|arriv|travel|stream|pour|flock|head)/i;
/** where marchers set out from, on their way into the scene: "marching into the city from the nearby villages of Inkhil, Jassem and" */
const MARCHED_FROM = /\b(?:march\w*|walk\w*|pour\w*|stream\w*|head\w*|converg\w*|mov(?:e|ed|ing))\s+(?:in)?to\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+from\s+(?:the\s+)?(?:(?:nearby|neighbou?ring|surrounding|outlying)\s+)?(?:(?:villages?|towns?|districts?|areas?)\s+of\s+)?(?:[\p{L}'’-]+(?:\s*,|\s+and)\s+){0,4}$/iu;
/** a way named by where it leads: "came on foot from the direction of the Kaduna boundary", "fled towards the direction of X" */
/** where people headed, no scene: "fled towards Gjirokaster, some thirty-five miles inland" */
const TOWARDS = /\b(?:fled|fleeing|flee|flees|headed|heading|retreated|retreating|withdrew|withdrawing)\s+(?:towards?|toward)\s+(?:the\s+)?$/i;
/** where an envoy recalled or expelled was posted: "recalled its ambassador in London" (not "the ambassador in Kinshasa was attacked") */
const POSTED_IN = /\b(?:recall\w*|withdr[ae]w\w*|summon\w*|expel\w*)\s+(?:its|their|his|her|the)\s+(?:ambassador|ambassadors|envoy|envoys|consul|high\s+commissioner|charg[eé]\s+d'affaires)\s+(?:in|to|at)\s+$/i;
/** where forces were moved from: "moved into the province from garrisons in Flanders" */
const FROM_GARRISON = /\bfrom\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+)?(?:garrisons?|bases?|barracks|camps?|headquarters)\s+(?:in|at|near)\s+(?:the\s+)?$/i;
/** where someone was about to go: "detained at Nicosia airport as he prepared to fly to Athens" */
const TRIP_TO = /\b(?:prepar(?:ed|ing|es)|about|due|set|waiting|planning|planned|intending|intended)\s+to\s+(?:fly|travel|leave|sail|depart|go|return|board\s+a\s+(?:plane|flight)\s+)\s*(?:to|for)\s+(?:the\s+)?$/i;
const DIRECTION_OF = /\b(?:from|in|towards?|toward)\s+the\s+direction\s+of\s+(?:the\s+)?$/i;
/** one holder of an office, named by it: "premier", "the foreign minister", "premier of Malaita province" */
const OFFICE_HOLDER = /^(?:[\p{L}-]+\s+){0,3}(?:premier|minister|governor|president|chairman|chairwoman|chairperson|chief|leader|spokesman|spokeswoman|spokesperson|mayor|commissioner|secretary|ambassador|envoy|general|commander)(?:\s+of\s+.*)?$/iu;
/** a report in the passive names where the act was, not where someone spoke: "The worst violence was reported in Kasserine" */
const PASSIVE_REPORT = /\b(?:was|were|been|is|are|being)\s+(?:\w+\s+)?\w+$/i;
const PRONOUN_ACTOR = /^(?:they|it|we|he|she)$/i;
const TOLD_OFFICIALLY = /\b(?:told|addressed|addressing|informed)\s+(?:the\s+)?(?:parliament|congress|senate|assembly|lawmakers|legislators|mps|reporters|journalists|the\s+press|a\s+news\s+conference|a\s+press\s+conference)\b/i;
/** a place told as a side scene: "were also reported in the northeastern towns of", "also in" */
// ("There were reports of unrest in other towns, including Mafeteng and Leribe": other towns by name are other scenes)
const ALSO_SCENE = /\b(?:also|elsewhere|other\s+(?:towns|cities|parts|areas|districts|provinces|regions|villages|places))\b[^.;]{0,60}$/i;
/** a sentence pointing back at the day told before: "that same day", "the same day", "that day" */
const SAME_DAY = /\b(?:(?:that|the)\s+same\s+day|that\s+day)\b/i;
/**
 * "Tupamaro commandos shot dead two police officers on Friday, and security forces killed eight guerrillas in raids later the same
 * day": an act told "the same day" or "later that day" after its verb, with no day of its own, is of the last day told before it in
 * its sentence.
 */
function sameDayBefore(doc: Doc, e: RawEvent, published: string | null): RawEvent['time'] {
  const s = doc.sentences[e.sentence];
  const after = doc.tokens[e.last - 1].end;
  const m = SAME_DAY.exec(doc.text.slice(after, Math.min(s.end, after + 80)));
  if (!m || /[;.]/.test(doc.text.slice(after, after + m.index))) return null;
  const at = doc.tokens[e.first].start;
  const before = findTimes(doc, s, published).filter((t) => t.end <= at && t.anchored && t.precision === 'day' && (!published || t.date <= published));
  return before.length ? before[before.length - 1] : null;
}
/**
 * "Several thousand Romanians charged a crowd of about 15,000 Hungarians who had gathered to protest": an act a relative clause tells
 * in passing, with no day of its own, on people the sentence's act was done to, is of that act's day, which it came just before.
 */
function dayOfHost(records: EventRecord[], e: RawEvent, doc: Doc): RawEvent['time'] {
  const at = doc.tokens[e.first].start;
  for (let k = records.length - 1; k >= 0; k--) {
    const r = records[k];
    if (r.text_info.sentence_index !== e.sentence) {
      if (r.text_info.sentence_index < e.sentence) break;
      continue;
    }
    if (r.trigger.start < at && MATERIAL.has(r.event) && r.reality === 'asserted' && r.date_basis === 'text' && r.date && r.date_precision === 'day' && r.date_start !== null && r.date_end !== null) {
      return { start: r.date_start, end: r.date_end, text: r.date_text ?? '', date: r.date, precision: 'day', anchored: true };
    }
  }
  return null;
}

/**
 * "Strikes were also reported in Wad Medani and in Atbara, where railway workers stopped work this morning": an act with no day of
 * its own, told before a clause on one of its places, ", where" ..., takes the day that clause tells (the sentence's only one).
 */
function whereDay(doc: Doc, telling: Telling, e: RawEvent, published: string | null): RawEvent['time'] {
  if (!published || !MATERIAL.has(e.trigger.event)) return null;
  const s = doc.sentences[e.sentence];
  let w = e.last;
  while (w + 1 < s.last && !(doc.tokens[w].text === ',' && doc.tokens[w + 1].lower === 'where')) w++;
  if (w + 1 >= s.last) return null;
  const ts = timesIn(doc, telling, e.sentence, published);
  return ts.length === 1 && ts[0].start > doc.tokens[w].start && ts[0].anchored && ts[0].precision === 'day' && ts[0].date <= published ? ts[0] : null;
}

/** "that evening", "later that night", "the same day": a time of the day told in the sentence before */
const THAT_TIME_OF_DAY = /\b(?:that|the\s+same)\s+(day|morning|afternoon|evening|night)\b/i;
/** "shortly after dark", "within an hour", "hours later", "hours earlier", "later in the night", "by nightfall", "hours after the
 * vote": a time counted from what was told before, on its day */
const SOON_AFTER = /\b(?:(?:shortly|soon|just)\s+after\s+(?:dark|nightfall|dusk|sunset)|(?:hours|minutes)\s+after\s+(?:the|its|his|her|their)\s+(?:vote|announcement|decision|speech|broadcast|verdict|ruling|attack|raid|shooting|killing|arrest|meeting|election|statement)\b|within\s+(?:an|the|half\s+an)\s+hour|within\s+(?:(?:a\s+few|two|three|several)\s+)?(?:hours|minutes)|(?:minutes|hours)\s+(?:later|earlier)|(?:later|earlier)\s+in\s+the\s+(?:night|evening|day|afternoon)|by\s+(?:nightfall|dusk))\b/i;
/** the people of a place, telling of it: "residents of", "villagers in", "residents of Mtambile and", "witnesses in Karak" */
const RESIDENTS_OF = /\b(?:residents?|villagers?|inhabitants|townspeople|locals|(?:eye)?witnesses)\s+(?:of|in)\s+(?:the\s+)?(?:(?:village|town|villages|towns)\s+of\s+)?(?:[\p{L}'’-]+\s+(?:and|,)\s+)?$/iu;
/** A place right before the reporting verb is where the source sits: "residents in X said", "a reporter in X told" */
const SOURCE_SITE = /^,?\s+(?:said|says|told|reported|added)\b/i;

/** Is sentence k among the story's first two sentences (past its headings)? */
function leadSentence(doc: Doc, heads: boolean[], k: number): boolean {
  let body = 0;
  for (let j = 0; j < k; j++) if (!heads[j]) body++;
  return body < 2;
}

/** the words before a place that opens its sentence as the scene: "In Atakpamé", "At the border town of" */
const SCENE_FIRST = /^\s*(?:in|at)\s+(?:(?:the|nearby|neighbouring|neighboring|southern|northern|eastern|western|central|town|city|village|of)\s+){0,4}$/i;

/** A sentence that opens on a day or a year of its own: "On Friday ...", "Last month ...", "In 2012 ...". */
const DAY_OPENER = /^(?:(?:on|last|earlier|later|early|late)\s+(?:\w+\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|january|february|march|april|may|june|july|august|september|october|november|december)\b|in\s+(?:1[89]|20)\d\d\b)/i;
/** The words before a place that opens its sentence: "In Medan, ...", "In nearby Moorhead, ...". */
/** ("at the edge of the South Carolina State College campus" in an Orangeburg story) Is the province p named only as the first words
 * of an institution's name, in a province that holds the story's own town? Then the town, where the institution is, is the finer
 * scene. */
function namesInstitutionIn(doc: Doc, p: PlaceMention, town: PlaceMention): boolean {
  const r = p.resolved!;
  const t = town.resolved!;
  return r.resolution === 'admin1' && t.resolution === 'city' && t.country_code === r.country_code && t.province === r.name &&
    /^\s+\p{Lu}\p{Ll}/u.test(doc.text.slice(p.end, p.end + 3));
}

/** The index of the first sentence opening on a wire dateline, or Infinity; read once per article. */
const FIRST_DATELINE = new WeakMap<Doc, number>();
function firstDateline(doc: Doc): number {
  let k = FIRST_DATELINE.get(doc);
  if (k === undefined) {
    k = doc.sentences.findIndex((x) => datelineEnd(doc, x) > 0);
    if (k < 0) k = Infinity;
    FIRST_DATELINE.set(doc, k);
  }
  return k;
}

/** The city the story's first wire dateline names ("PRAGUE, AUG. 21 (AP) -"), or null. */
function datelinePlace(doc: Doc): PlaceMention | null {
  const k = firstDateline(doc);
  if (k === Infinity) return null;
  const s = doc.sentences[k];
  const end = datelineEnd(doc, s);
  return (doc.places ?? []).find((p) => p.start >= s.start && p.end <= end && p.resolved?.resolution === 'city' && usable(doc, p)) ?? null;
}

/** Does sentence k open on another incident ("In a separate incident, ...", "Separately, ...")? */
function separateItem(doc: Doc, k: number): boolean {
  return SEPARATE_INCIDENT.test(sentenceText(doc, k));
}

/** a sentence opening on another incident: "In a separate incident, ...", "In another attack, ...", "Separately, ..." */
const SEPARATE_INCIDENT = /^(?:(?:in|during)\s+(?:a\s+)?(?:separate|another|an\s+unrelated|a\s+similar)\s+(?:incident|attack|development|clash|raid)s?\b|separately\b)/i;
const SCENE_OPENER = /^(?:in|at|near|outside)\s+(?:(?:nearby|neighbouring|neighboring|the|southern|northern|eastern|western|central)\s+)?$/i;

/** The place the article is about: the city it names most (first wins ties), in its main country. */
/** a clause of another occasion opened between an act and a place: ", a day after ...", "two weeks before ..." (a bare
 * "after" often tells the same scene: "arrested six people after opponents blocked the gate ... in Monroe Township") */
/** between an act and a place: the place opens another clause (", and in neighbouring Bahrain") */
const OTHER_SCENE = /(?:,\s*(?:and|but|while|whereas)|;)\s+(?:in|at)\s+(?:the\s+)?(?:(?:neighbouring|neighboring|nearby|northern|southern|eastern|western|central)\s+)?$/i;
/** "days after rioting in", "a week before the massacre at": a place of the occasion another one is dated by */
const OCCASION_BEFORE = /\b(?:days?|weeks?|months?|years?|hours?|shortly|soon|just)\s+(?:after|before)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:in|at)\s+(?:the\s+)?$/i;
const SUBORDINATE_BETWEEN = /\b(?:a|an|one|two|three|four|five|six|seven|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before)\s/i;
/** the dateline's place as the scene: "in the streets of this eastern city", "in this border town" */
const THIS_PLACE = /\bthis\s+(?:[a-z-]+\s+){0,2}(?:city|town|capital|village|port)\b/i;
/** within this of a city, a place is one of its districts or suburbs */
const SUBURB_KM = 15;
/** a byline before the story ("By Karen Mattos", "Staff Writer"), and a wire agency named in a dateline ("(AP)", "Reuters") */
const LOCAL_BYLINE = /(?:^|\n)\s*By\s+\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3}\s*(?:,|\n|$)|\b(?:Staff\s+(?:Writer|Reporter)|Chief\s+Reporter|Correspondent)\b/u;
const WIRE_TAG = /\((?:AP|UPI|AFP|Reuters?|Xinhua|PTI|IANS|dpa|Wire|ANSA|EFE|Kyodo|Tass|Interfax)\)|\b(?:Reuters?|AFP|UPI)\b/i;
/** below this population a town has no agency bureau: a wire story datelined there was reported there */
const SMALL_TOWN_POP = 250_000;
function mainPlace(doc: Doc): PlaceMention | null {
  const counts = new Map<number | string, { p: PlaceMention; n: number }>();
  // (the story's dateline, "LAHORE:", "JOS, June 25 (Reuters) -", names its place: it counts twice)
  const first = doc.sentences.find((s) => datelineEnd(doc, s) > 0);
  const dateline = first ? datelineEnd(doc, first) : -1;
  // ("WESCOTT, Oct. 24 - ...": a story filed from a town the gazetteer lacks happened there, not in a city it names in passing)
  if (first && dateline > first.start && /^\p{Lu}[\p{Lu}\s.'’-]+,/u.test(doc.text.slice(first.start, dateline)) && !(doc.places ?? []).some((p) => p.start >= first.start && p.end <= dateline)) return null;
  for (const p of doc.places ?? []) {
    if (!usable(doc, p) || spotOf(p.resolved) == null) continue;
    if (doc.mainCountry && p.resolved!.country_code !== doc.mainCountry) continue;
    // (where people were taken afterwards is no scene of the story: "about two dozen persons have been arrested and taken to
    // Makeni for investigation")
    if (TAKEN_TO.test(doc.text.slice(Math.max(0, p.start - 30), p.start))) continue;
    // (only its first place: "KHALANGA, Salyan," names the town, then the district it is in)
    const w = first && p.start >= first.start && p.end <= dateline && !(doc.places ?? []).some((q) => q !== p && q.start >= first.start && q.end <= p.start && q.kind !== 'demonym') ? 2 : 1;
    const id = spotOf(p.resolved)!;
    const c = counts.get(id);
    if (c) c.n += w;
    else counts.set(id, { p, n: w });
  }
  // ("MERIDA, Venezuela, May 14 (Reuter) - ... marching through the centre of this Andean city": a dateline city the story
  // points at as its scene holds its unplaced acts, however often the capital is named for its ministries and its prisons)
  if (first && THIS_PLACE.test(doc.text)) {
    // (the city the dateline names, however it was named first: a headline may name it too)
    const inDateline = (doc.places ?? []).find((p) => p.start >= first.start && p.end <= dateline && counts.has(spotOf(p.resolved) ?? ''));
    if (inDateline) return counts.get(spotOf(inDateline.resolved)!)!.p;
  }
  // ("By Karen Mattos, Staff Writer ... MERCED -- A dusk-to-dawn curfew ...": a local paper's own dateline, with a byline and no wire
  // agency, is the town the paper covers, however often the story names a city elsewhere)
  if (first && LOCAL_BYLINE.test(doc.text.slice(0, first.start)) && !WIRE_TAG.test(doc.text.slice(first.start, dateline + 1))) {
    const inDateline = (doc.places ?? []).find((p) => p.start >= first.start && p.end <= dateline && counts.has(spotOf(p.resolved) ?? ''));
    if (inDateline) return counts.get(spotOf(inDateline.resolved)!)!.p;
  }
  let best: { p: PlaceMention; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  // only when one city clearly dominates; otherwise the country is the honest answer
  if (!best) return null;
  const total = [...counts.values()].reduce((a, c) => a + c.n, 0);
  // (its own districts and suburbs count for it: "a mosque in Elswick" of a Newcastle story)
  const b = best.p.resolved!;
  let n = best.n;
  for (const c of counts.values()) {
    const r = c.p.resolved!;
    if (c !== best && b.lat !== null && b.lon !== null && r.lat !== null && r.lon !== null && distanceKm(b.lat, b.lon, r.lat, r.lon) <= SUBURB_KM) n += c.n;
  }
  // (a wire story's dateline city, named most, holds its unplaced acts unless other cities outweigh it twice over:
  // "ELAZIG, TURKEY, MARCH 14 (UPI) -- ... IN THE STREETS OF THIS EASTERN CITY" beside Ankara, Palu and Keban)
  // (only when the story points at it as the scene, "this eastern city": a correspondent's capital is often not where it happened)
  const inDateline = !!first && best.p.start >= first.start && best.p.end <= dateline;
  const fromDateline = inDateline && THIS_PLACE.test(doc.text);
  // ("ORANGEBURG - Three young men were killed ...", "GALESBURG, ILL. (AP) --": a dateline on a town that is no national capital,
  // where correspondents sit, is the town the reporter went to, when the paper's own (no wire agency) or a small town (no city where
  // agencies keep bureaus); named most, it holds the story's unplaced acts
  const ownTown = inDateline && !isCapitalName(b.name) &&
    (!WIRE_TAG.test(doc.text.slice(first!.start, dateline + 1)) || (populationOf(b) ?? Infinity) < SMALL_TOWN_POP);
  return best.n >= 2 && (n / total > 0.5 || (fromDateline && n / total > 1 / 3) || ownTown) ? best.p : null;
}

/** The trigger's own context first, then those the sentence's words name, each once, in text order.
 * The sentence's words are read once per sentence (`bySentence`), not once per event in it. */
function contextsOf(doc: Doc, e: RawEvent, base: string | null, bySentence: Map<number, string[]>): string[] {
  let told = bySentence.get(e.sentence);
  if (!told) {
    const set = new Set<string>();
    const s = doc.sentences[e.sentence];
    for (let i = s.first; i < s.last; i++) {
      const t = doc.tokens[i];
      const c = CONTEXT_WORDS.get(t.lower) ?? CONTEXT_WORDS.get(t.lemma);
      if (c) set.add(c);
    }
    told = [...set];
    bySentence.set(e.sentence, told);
  }
  if (!base) return [...told];
  const out = [base];
  for (const c of told) if (c !== base) out.push(c);
  return out;
}

function sizeFor(event: string, mode: string | null, size: RawEvent['size']): EventRecord['size'] {
  // deaths and injuries belong to acts that can cause them: not to a curfew, an arrest or a
  // deployment told in the same sentence ("killed 86 ..., prompting the governor to impose a curfew")
  const violent = event === 'ASSAULT' || event === 'PROTEST' || (event === 'COERCE' && (mode === 'seize' || mode === 'destroy'));
  return {
    dead: violent ? size.dead ?? null : null,
    injured: violent ? size.injured ?? null : null,
    arrested: event === 'COERCE' || event === 'PROTEST' || event === 'SANCTION' ? size.arrested ?? null : null,
    crowd: event === 'PROTEST' || (event === 'REQUEST' && mode === null) ? size.crowd ?? null : null,
  };
}

function crimeSentence(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence];
  for (let i = s.first; i < s.last; i++) if (CRIME.has(doc.tokens[i].lower)) return true;
  return false;
}

/** Of two ACLED codings of one act, the one naming the weapon (or any, over none). */
function specific(a: EventRecord['acled'], b: EventRecord['acled']): EventRecord['acled'] {
  if (!a) return b;
  if (!b) return a;
  const rank = (x: string) => {
    const w = WEAPON_ORDER.indexOf(x);
    if (w >= 0) return w;
    // ("security forces raped women as they dispersed protesters": ACLED records the sexual violence)
    if (x === 'Sexual violence') return WEAPON_ORDER.length - 0.5;
    if (x === 'Excessive force against protesters' || x === 'Protest with intervention') return WEAPON_ORDER.length;
    // ("stormed the school and abducted 279 students": taking people is what the attack was)
    if (x === 'Abduction/forced disappearance') return WEAPON_ORDER.length + 1;
    return Infinity;
  };
  return rank(b.sub_event_type) < rank(a.sub_event_type) ? b : a;
}

/** people held in a jail, or the jail itself, named after a release: "freed hundreds of prisoners", "freed 23 men from the city jail" */
const JAILED = /^[^.;]{0,200}?\b(?:prisoners|inmates|detainees|convicts|jail|prison|gaol)\b/i;
function sameParty(a: EventRecord['actor'], b: EventRecord['actor']): boolean {
  if (!a || !b) return false;
  return a.start === b.start || (!!a.code && a.code === b.code && a.sector === b.sector);
}

/** Do two actors of raw events name one party: one mention, or what they point back to, or one name or code and sector? */
function oneParty(a: RawEvent['actor'], b: RawEvent['actor']): boolean {
  if (!a || !b) return false;
  const x = a.ref ?? a;
  const y = b.ref ?? b;
  return x.start === y.start || x.name === y.name || (!!x.code && x.code === y.code && x.sector === y.sector);
}

/** "Kenya imposes curfew" over "Kenya's government imposed a curfew": a country named as the doer is its state */
function sameState(country: EventRecord['actor'], b: EventRecord['actor']): boolean {
  return !!country && !!b && !country.sector && !!country.code && country.code === b.code && !!b.sector && STATE_SIDE.has(b.sector) &&
    lookupCountry(country.entity_text)?.iso3 === country.code;
}

/** Two locations each taken from its own sentence's words, at different spots: "marched in Yangon" and "fired in Naypyitaw". */
function placedApart(a: EventLocation, b: EventLocation): boolean {
  return a.basis === 'sentence' && b.basis === 'sentence' && spotOf(a) != null && spotOf(b) != null && spotOf(a) !== spotOf(b);
}

/** Does sentence k name the place with this GeoNames id? */
function namedInSentence(doc: Doc, geonameid: number | null, k: number): boolean {
  if (geonameid == null) return false;
  const s = doc.sentences[k];
  return (doc.places ?? []).some((p) => p.start >= s.start && p.end <= s.end && p.resolved?.geonameid === geonameid);
}

/** "Chile's Pinera declares ..." over "Chilean President Sebastian Pinera declared ...": one person named two ways */
function sameSurname(a: EventRecord['actor'], b: EventRecord['actor']): boolean {
  if (!a?.entity_name || !b?.entity_name) return false;
  const last = (n: string) => n.trim().split(/\s+/).pop()!.toLowerCase();
  const x = last(a.entity_name);
  return x.length > 2 && x === last(b.entity_name) && /^\p{Lu}/u.test(a.entity_name.trim().split(/\s+/).pop()!);
}

/** Ordinary people of one country, named two ways: "Protesters block trucks" over "About 40 people blocked a road". */
const CROWD_LIKE = new Set(['PRO', 'CVL', 'OPP', 'LAB', 'EDU', 'AGR']);
function sameCrowd(a: EventRecord, b: EventRecord): boolean {
  if (a.event !== 'PROTEST' || b.event !== 'PROTEST' || !a.actor || !b.actor) return false;
  return !!a.actor.sector && !!b.actor.sector && CROWD_LIKE.has(a.actor.sector) && CROWD_LIKE.has(b.actor.sector) && (a.actor.code ?? '') === (b.actor.code ?? '');
}

/** A peaceful protest and a riot whose crowds are counted apart, one five times the other or more: two groups, two events. */
function crowdsApart(a: EventRecord, b: EventRecord): boolean {
  if (a.event !== 'PROTEST' || b.event !== 'PROTEST' || !a.size.crowd || !b.size.crowd || (a.mode === 'riot') === (b.mode === 'riot')) return false;
  const [x, y] = [a.size.crowd.value, b.size.crowd.value];
  return Math.max(x, y) >= 5 * Math.min(x, y);
}

/** Does sentence k say where its words were said ("said in Washington"), a place sentence o does not name? */
function spokenElsewhere(doc: Doc, k: number, o: number): boolean {
  const s = doc.sentences[k];
  const so = doc.sentences[o];
  for (const p of doc.places ?? []) {
    if (p.start < s.start || p.end > s.end || p.kind === 'demonym' || !p.resolved) continue;
    if (!/\b(?:said|says|told|spoke|speaking|announced)\s+(?:\w+\s+)?in\s+$/i.test(doc.text.slice(Math.max(s.start, p.start - 30), p.start))) continue;
    const named = (doc.places ?? []).some((q) => q.start >= so.start && q.end <= so.end && q.resolved?.name === p.resolved!.name);
    if (!named) return true;
  }
  return false;
}

/** What a record's sentence says past its trigger, to the clause's first comma or semicolon (at most 100 characters). */
function toldPast(doc: Doc, r: EventRecord): string {
  const s = doc.sentences[r.text_info.sentence_index];
  const rest = doc.text.slice(r.trigger.end, Math.min(s.end, r.trigger.end + 100));
  return rest.split(/[,;:]/)[0];
}

const FUNCTION_WORDS = new Set(['that', 'with', 'from', 'their', 'them', 'they', 'this', 'these', 'those', 'have', 'been', 'will', 'would', 'could', 'should', 'said', 'which', 'into', 'over', 'about', 'after', 'before', 'also', 'there', 'were', 'what', 'when', 'where', 'while', 'than', 'then', 'such', 'some', 'other', 'more', 'most']);

/** Do two phrases share a content word (of four letters or more, singular and plural alike)? */
function sharesContent(a: string, b: string): boolean {
  const words = (x: string) => (x.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w)).map((w) => w.replace(/(?:es|s)$/, ''));
  const wa = new Set(words(a));
  return words(b).some((w) => wa.has(w));
}

/** Date a record by a time told in the text. */
function textDate(r: EventRecord, date: EventRecord['date'], precision: EventRecord['date_precision'], text: EventRecord['date_text'], start: EventRecord['date_start'], end: EventRecord['date_end']): void {
  r.date = date;
  r.date_precision = precision;
  r.date_text = text;
  r.date_start = start;
  r.date_end = end;
  r.date_basis = 'text';
}

/** One act told twice: the kept record takes the other's larger figures, missing actors and its date from the text. */
/** Record that `span` (in sentence k) also tells dst's event. */
function addMention(dst: EventRecord, span: EventRecord['trigger'], k: number): void {
  const ms = (dst.mentions ??= []);
  if (span.start === dst.trigger.start || ms.some((m) => m.start === span.start)) return;
  ms.push({ start: span.start, end: span.end, text: span.text, sentence_index: k });
  ms.sort((a, b) => a.start - b.start);
}

function spanOf(doc: Doc, first: number, last: number): TextSpan {
  const start = doc.tokens[first].start;
  const end = doc.tokens[last - 1].end;
  return { start, end, text: doc.text.slice(start, end) };
}

/** Make src a telling of dst; with `ownCounts`, dst's counts stand and src only fills those it lacks. */
function absorb(dst: EventRecord, src: EventRecord, ownCounts = false): void {
  addMention(dst, src.trigger, src.text_info.sentence_index);
  for (const m of src.mentions ?? []) addMention(dst, m, m.sentence_index);
  for (const k of ['dead', 'injured', 'arrested', 'crowd'] as const) dst.size[k] = ownCounts ? dst.size[k] ?? src.size[k] : maxQ(dst.size[k], src.size[k]);
  if (!dst.actor && src.actor) dst.actor = src.actor;
  // (not the actor's own side hurt: "Police fired tear gas ... Police said 96 officers were injured")
  // (nor an armed force's hurt given to force used on a crowd, whoever used it: "Doctors said they treated 100 civilians for the effects
  // of tear gas. A police spokesman said 29 policemen and soldiers were hurt")
  if (!dst.recipient && src.recipient && src.recipient.start !== dst.actor?.start && !(dst.actor?.cameo_code && src.recipient.cameo_code === dst.actor.cameo_code) &&
    !(dst.mode === 'crowd-control' && ARMED_FORCE_SECTORS.has(src.recipient.sector ?? ''))) {
    dst.recipient = src.recipient;
    // (the act's own object stays: "attacked the base" told again as "killed 30 soldiers")
    dst.object = dst.object ?? src.object;
  }
  if (!dst.object && src.object) dst.object = src.object;
  if (dst.date_basis !== 'text' && src.date_basis === 'text') textDate(dst, src.date, src.date_precision, src.date_text, src.date_start, src.date_end);
}

/**
 * "police had raided the homes of party officials ... and at least six of them had been taken away": people taken in the same
 * sentence, by no one named, were taken in the state's raid; one arrest, the raid's, with the count.
 */
function raidsTakingPeople(records: EventRecord[]): void {
  const drop = new Set<EventRecord>();
  for (const a of records) {
    if (a.event !== 'COERCE' || a.mode !== 'arrest' || a.actor || a.reality !== 'asserted') continue;
    const raid = records.find((r) => r !== a && !drop.has(r) && r.text_info.sentence_index === a.text_info.sentence_index && r.trigger.start < a.trigger.start && r.event === 'COERCE' &&
      r.mode === 'seize' && r.reality === 'asserted' && !!r.actor?.sector && STATE_SECTORS.has(r.actor.sector) && (!r.acled || r.acled.sub_event_type === 'Arrests'));
    if (!raid) continue;
    raid.mode = 'arrest';
    raid.cameo = '173';
    raid.acled = acledOf('ARREST');
    absorb(raid, a);
    drop.add(a);
  }
  removeRecords(records, drop);
}

function maxQ(a: Quantity | null, b: Quantity | null): Quantity | null {
  if (!a) return b;
  if (!b) return a;
  return b.value > a.value ? b : a;
}

/**
 * A sentence without a date that follows a dated one in the same paragraph or the next
 * ("... on Monday. Khuzam said the protesters had stormed ...") tells the same day's story:
 * it takes that date, with spans pointing at where the date is written.
 */
const VIOLENT_EVENTS = new Set(['ASSAULT', 'COERCE', 'PROTEST']);
/** acts done rather than said: violence, protest, coercion, shows of force */
const MATERIAL = new Set([...VIOLENT_EVENTS, 'MOBILIZE']);
/** Acts done with words: two of one kind by one side, each about its own thing, are two acts. */
const SPOKEN = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN']);

/** Do both records carry a date read from the text, and different ones (two tellings of two days)? */
function toldOnOtherDays(a: EventRecord, b: EventRecord): boolean {
  return a.date_basis === 'text' && b.date_basis === 'text' && a.date !== b.date;
}

/** Does the period a date stands for (a day, a month, a year) end more than a year before `published`? */
function longBefore(date: string, precision: string | null, published: string): boolean {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  // (the last day of the period: a year's 31 December, a month's last day)
  const end = precision === 'year' ? Date.UTC(y, 11, 31) : precision === 'month' ? Date.UTC(y, m, 0) : Date.parse(date + 'T00:00:00Z');
  return Number.isFinite(end) && Date.parse(published + 'T00:00:00Z') - end > 366 * 86_400_000;
}

/** Does the sentence open on a place of its own ("In Dar es Salaam, the minister ...")? */
/**
 * Does a sentence after a and up to b open on a new hour of the day ("After dark, groups of young men set cars alight ... while
 * police fired tear gas", told after police broke up a camp before dawn)? Acts of one kind by one side on either side of it are two.
 */
function hourBetween(doc: Doc, a: number, b: number): boolean {
  for (let k = a + 1; k <= b; k++) {
    const s = doc.sentences[k];
    if (HOUR_OPENER.test(doc.text.slice(s.start, Math.min(s.end, s.start + 40)))) return true;
  }
  return false;
}
const HOUR_OPENER = /^\s*(?:after dark|after nightfall|by (?:\p{L}+ )?(?:afternoon|evening|nightfall|night|dusk|midday|noon)|later (?:that|in the) (?:day|night|evening|afternoon)|in the (?:afternoon|evening)|that (?:night|evening|afternoon)|at (?:night|dusk|nightfall))\b/iu;

function ownScene(doc: Doc, k: number): boolean {
  const s = doc.sentences[k];
  const p = (doc.places ?? []).find((q) => q.start >= s.start && q.end <= s.end && q.kind !== 'demonym');
  return !!p && /^\s*(?:in|at|from)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu.test(doc.text.slice(s.start, p.start)) && /^\s*,/.test(doc.text.slice(p.end, p.end + 3));
}

/** "the blast", "the explosion", "the bomb": a weapon's act named again as the doer */
const BLAST_AGAIN = /^(?:blast|blasts|explosion|explosions|bomb|bombs|bombing|explosive|device|strike|strikes|shell|shells|missile|rocket)$/i;

/** Is the offset inside a relative or time clause of its comma segment ("the curfew, which was first imposed on Friday night,")? */
function inRelativeClause(doc: Doc, k: number, at: number): boolean {
  const s = doc.sentences[k];
  const before = doc.text.slice(s.start, at);
  const seg = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  return /\b(?:which|who|whom|that|when|after|before|since)\b/i.test(seg);
}

/** a statement, or a measure imposed (a curfew, a ban, a state of emergency): told with the day of its sentence */
function isStatementOrMeasure(e: RawEvent): boolean {
  return isStatement(e.trigger.event) || (e.trigger.event === 'COERCE' && (e.trigger.mode === 'curfew' || e.trigger.mode === 'restrict' || e.trigger.mode === 'martial-law'));
}

/** Does a sentence after `a`, up to `b`, open on a scene of its own? */
function sceneBetween(doc: Doc, a: number, b: number): boolean {
  for (let k = a + 1; k <= b; k++) if (ownScene(doc, k)) return true;
  return false;
}

/** Does sentence k open on a scene of its own in another country than the story's ("In Budapest, ..." of a Romanian story)? */
function abroadScene(doc: Doc, k: number): boolean {
  if (!doc.mainCountry || !ownScene(doc, k)) return false;
  const s = doc.sentences[k];
  const p = (doc.places ?? []).find((q) => q.start >= s.start && q.end <= s.end && q.kind !== 'demonym');
  return !!p?.resolved?.country_code && p.resolved.country_code !== doc.mainCountry;
}

/** the sentences that tell an event, and those of them that tell one of the story's own (not background, not what may be) */
interface Telling {
  eventful: Set<number>;
  /** sentences that tell a material act done (not only a statement) */
  material: Set<number>;
  foreground: Set<number>;
  /** the times of a sentence, read once when first asked for (the reach-back reads a sentence for each act after it) */
  times: Map<number, TimeMention[]>;
}

/** The times told in sentence k, read once per article. */
function timesIn(doc: Doc, telling: Telling, k: number, published: string): TimeMention[] {
  let ts = telling.times.get(k);
  if (!ts) telling.times.set(k, (ts = findTimes(doc, doc.sentences[k], published)));
  return ts;
}

/**
 * What two tellings of one event share: type, mode (not for protests), both sides' codes and sectors, the day the text gives,
 * where (a place or a country), reality. (Keys written out rather than joined from an array built per event; a missing part is
 * '' as join made it.)
 */
function recordKey(rec: EventRecord, where: string | number): string {
  return `${rec.event}|${rec.event === 'PROTEST' ? '' : rec.mode ?? ''}|${rec.actor?.code ?? ''}|${rec.actor?.sector ?? ''}|${rec.recipient?.code ?? ''}|${rec.recipient?.sector ?? ''}|${
    rec.date_basis === 'text' ? rec.date ?? '' : ''}|${where}|${rec.reality}`;
}

/** Is the day more than n days before the report? */
function longerAgo(date: string, published: string, n: number): boolean {
  return Date.parse(published + 'T12:00:00Z') - Date.parse(date + 'T12:00:00Z') > n * 86_400_000;
}

/**
 * An act told right after acts that took their day from a sentence before them goes on on that day: "... shot dead 25
 * protesters on Thursday ... More than 200 were wounded ... troops opened fire shortly before dawn as demonstrators blocked the
 * bridges. Angry crowds later set fire to a police post" is Thursday's. Only an act after acts, in the next sentence, and in
 * the same paragraph.
 */
function toldStoryDay(doc: Doc, heads: boolean[], records: EventRecord[], telling: Telling, e: RawEvent): RawEvent['time'] {
  if (separateItem(doc, e.sentence)) return null;
  // (past one sentence that tells no event: "The rally had drawn 5,000 people. Witnesses said firemen first turned their hoses on the
  // crowd. Soldiers then opened fire")
  // (or only what was said: "Some of them broke into the building and set fire to files. Security officials denied reports that police
  // had fired on marchers. No deaths were reported in Aswan, and 23 people were arrested")
  const before = e.sentence > 1 && (!telling.eventful.has(e.sentence - 1) || !telling.material.has(e.sentence - 1)) && sameParagraph(doc, e.sentence - 2, e.sentence) ? e.sentence - 2 : e.sentence - 1;
  // (a paragraph that opens on a town of its own goes on with the day of the one before, in a round-up of towns: "Yesterday the unrest
  // spread. ... In Nateete and Busega, riot police fired tear gas ... [¶] In Masaka, ... protesters blocked the Masaka-Mbarara highway")
  const sk = doc.sentences[e.sentence];
  // (a town of the story's own country: not "In Budapest, several thousand people held a candlelight vigil" in a story from Romania)
  const townOpens = before === e.sentence - 1 && (doc.places ?? []).some((p) => p.start >= sk.start && p.start < sk.start + 40 && SCENE_OPENER.test(doc.text.slice(sk.start, p.start)) &&
    p.resolved?.resolution === 'city' && (!doc.mainCountry || p.resolved.country_code === doc.mainCountry) &&
    /^\s*,/.test(doc.text.slice(p.end, p.end + 3)));
  if (e.background || heads[e.sentence] || !MATERIAL.has(e.trigger.event) || e.reality !== 'asserted' || e.sentence === 0 || (!sameParagraph(doc, before, e.sentence) && !townOpens)) return null;
  // (an act whose telling went on into the sentence before counts too: "hurling stones at riot police ... Protesters set
  // fire to a petrol station" merged into that riot)
  for (let k = records.length - 1; k >= 0 && records.length - k <= 12; k--) {
    const r = records[k];
    const si = r.text_info.sentence_index;
    if (si >= e.sentence) continue;
    if (si < before && !(r.mentions ?? []).some((m) => m.sentence_index === before)) continue;
    // (not a day counted to an act told in passing: "OCCUPIED THE MINES EARLY TODAY, TWO DAYS AFTER THE FEDERATION CALLED A STRIKE")
    if (MATERIAL.has(r.event) && r.reality === 'asserted' && r.date_basis === 'text' && r.date && r.date_precision === 'day' && r.date_start !== null && r.date_end !== null &&
      r.date_start < doc.sentences[si].start && (!/\b(?:after|before)$/i.test(r.date_text ?? '') || SAME_DAY.test(sentenceText(doc, e.sentence)))) {
      return { start: r.date_start, end: r.date_end, text: r.date_text ?? '', date: r.date, precision: 'day', anchored: true };
    }
  }
  return null;
}

/** verbs that make a measure known, and so put it in force */
const ANNOUNCING = new Set(['announce', 'declare', 'decree', 'proclaim', 'order', 'say']);
/** Does a sentence strictly between a and b tell an act of the story's own? */
function foregroundBetween(telling: Telling, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (telling.foreground.has(k)) return true;
  return false;
}
/** "It then asked", "He later said": the words before a verb that tell it came next */
const THEN_BEFORE = /^\s*\S+(?:\s+\S+)?\s+(?:then|afterwards|subsequently)\s+$/i;
/**
 * "Thursday 18 January - The Popular Front said ... Party First Secretary Vezirov appealed on television for the blockades to be
 * lifted": the day a bulletin's item opens on dates every act of its paragraph that tells no day of its own.
 */
function headingDay(doc: Doc, telling: Telling, e: RawEvent, published: string | null): RawEvent['time'] {
  if (!published) return null;
  const k = e.sentence;
  const t = itemDay(doc, telling, k, published);
  if (!t) return null;
  // (not past a day the act's own sentence tells before it: "December 25-27 - ... About 1,000 people rally in central Tunis on
  // December 27; police beat some of them")
  const at = doc.tokens[e.first].start;
  return timesIn(doc, telling, k, published).some((x) => x !== t && x.anchored && x.precision === 'day' && x.end <= at) ? null : t;
}
/** The day the bulletin's or chronology's item holding sentence k opens on, or null. */
function itemDay(doc: Doc, telling: Telling, k: number, published: string): TimeMention | null {
  const p0 = dayItemOf(doc, k);
  if (p0 < 0) return null;
  const s = doc.sentences[p0];
  const t = timesIn(doc, telling, p0, published)[0];
  return !t || !t.anchored || t.precision !== 'day' || t.start - s.start > 2 || t.date > published ? null : t;
}
/** the words before a day that make it no day of the sentence's own act: a relative clause or a stretch of time ("who arrived on
 * Monday", "since Sunday") */
const NOT_OWN_DAY = /(?:,\s*(?:who|which|whose|whom)\b[^,;]*|\b(?:since|until|till|from|by)\s+(?:the\s+)?)$/i;
/** The day a sentence tells in its own clause, told of the past and not as a stretch of time, or null. */
function mainClauseDay(doc: Doc, telling: Telling, k: number, published: string): TimeMention | null {
  const st = doc.sentences[k].start;
  const t = timesIn(doc, telling, k, published).find((x) => x.anchored && x.precision === 'day' && x.date <= published);
  return t && !NOT_OWN_DAY.test(doc.text.slice(st, t.start)) ? t : null;
}
/** words of a day counted from the report's own: "today", "tonight", "overnight", "this morning" */
const DEICTIC_DAY = /^(?:today|tonight|overnight|this\s+(?:morning|afternoon|evening))$/i;
/** a sentence telling when the violence came: "The worst violence came on Sunday", "Fresh unrest broke out on Tuesday" */
const VIOLENCE_DATED = /^(?:(?:in|at)\s+[^,;.]{1,40},\s+)?(?:the\s+)?(?:(?:worst|heaviest|latest|fresh|new|first|deadliest|most\s+\w+)\s+(?:of\s+the\s+)?)?(?:violence|unrest|clashes|fighting|trouble|bloodshed|disturbances|rioting)\s+(?:came|erupted|broke\s+out|began|started|flared|occurred|took\s+place|was|were)\b/i;
/** a participle of announcing, set off after the measure, right before its day: ", announced on state radio late on" */
const ANNOUNCED_ON = /,\s*(?:first\s+)?(?:announced|declared|decreed|proclaimed|broadcast|published)\b[^,.;]{0,40}$/i;
/** the words between a verb of speaking and the day it was done: "told reporters on", "said on" */
const SPOKE_ON = /\b(?:said|says|told|tells|announced|added|stated)\b[^.;,"“”]{0,25}$|\bin\s+an?\s+(?:[\w-]+\s+)?(?:statement|speech|communiqu[eé]|broadcast|address|interview|(?:news|press)\s+conference)\s+(?:(?:issued|released|read|broadcast)\s+(?:(?:on|over)\s+(?:state\s+|national\s+)?(?:radio|television|tv)\s+)?)?(?:on\s+|late\s+on\s+|early\s+on\s+)?$/i;
/** a day told before the speaker and the verb of speaking: "On Sunday, Perez said" */
const SAID_AFTER = /^,?\s+(?:[\w.'’-]+\s+){1,5}?(?:said|says|told|announced|declared)\b/i;
function inheritedTime(doc: Doc, heads: boolean[], raw: RawEvent[], telling: Telling, e: RawEvent): RawEvent['time'] {
  // ("Shortly after dark, police fired tear gas", "By dusk thousands had gathered": a time counted from what was told right before,
  // in the past perfect too; told before the act, not "the police ran out of ammunition within an hour")
  // (what is said too: "Before dawn Wednesday the Central Committee named X premier. Hours later the government announced it had asked
  // for Soviet help")
  const soonAfter = SOON_AFTER.test(doc.text.slice(doc.sentences[e.sentence].start, doc.tokens[e.last - 1].end));
  const earlierThan = soonAfter && /\b(?:minutes|hours)\s+earlier\b|\bearlier\s+in\s+the\b/i.test(doc.text.slice(doc.sentences[e.sentence].start, doc.tokens[e.last - 1].end));
  if ((e.background && !soonAfter) || heads[e.sentence]) return null;
  // ("It followed the deaths yesterday of four men ... In a separate incident, armed men stopped a bus": another incident is
  // not of the day told before)
  if (separateItem(doc, e.sentence)) return null;
  // ('"Nobody is being detained," spokeswoman Natalia Zhuk told reporters on Saturday. ... She denied that ...': what a speaker named by
  // a pronoun says next, after sentences that tell when they spoke and no act done, is of that day)
  // (the pronoun the speaker of what is said, too: "It said ... citizens must stop all demonstrations")
  // (or the one a sentence before told, whom a pronoun's saying was given to)
  const pronounSays = (e.actor && (doc.tokens[e.actor.first]?.pos === 'PRON' || doc.tokens[e.actor.first]?.sent < e.sentence)) ||
    (!!e.attribution && /^(?:it|he|she|they)\s/i.test(doc.text.slice(e.attribution.start, e.attribution.end)));
  if (isStatement(e.trigger.event) && pronounSays && doc.article.published) {
    // (the sentence that tells when they spoke may tell what they said was done: "told a news conference on Wednesday that more than
    // 300 people had been arrested ... He denied reports that ...")
    for (let k = e.sentence - 1; k >= Math.max(0, e.sentence - 3) && sameParagraph(doc, k, e.sentence); k--) {
      const sk = doc.sentences[k];
      // (or before the speaker and the verb: "On Sunday, Perez said in a television address that ... He again ruled out resigning")
      const told = timesIn(doc, telling, k, doc.article.published).find((t) => t.anchored && t.precision === 'day' && t.date <= doc.article.published! &&
        (SPOKE_ON.test(doc.text.slice(Math.max(sk.start, t.start - 40), t.start)) || SAID_AFTER.test(doc.text.slice(t.end, Math.min(sk.end, t.end + 50)))));
      if (told) return told;
      if (telling.material.has(k)) break;
    }
  }
  // ("The unrest that broke out in the capital on Monday ... In Santiago, the worst of the violence came on Tuesday. Youths burned tyres":
  // the sentence right before, in the act's paragraph, telling no act but the day of the violence, dates it over acts told further up)
  const k1 = e.sentence - 1;
  // (or the state of a town that day: "Bogotá was largely calm on Monday. Several thousand people gathered in the central Plaza")
  if (k1 >= 0 && MATERIAL.has(e.trigger.event) && doc.article.published && !telling.eventful.has(k1) && sameParagraph(doc, k1, e.sentence) &&
    (VIOLENCE_DATED.test(sentenceText(doc, k1)) || (doc.places ?? []).some((p) => townStateOpens(doc, p, k1)))) {
    const t = timesIn(doc, telling, k1, doc.article.published).find((x) => x.anchored && x.precision === 'day' && x.date <= doc.article.published!);
    if (t) return t;
  }
  // (or what led up to it, told as no act of ours: "A group of peasants entered the embassy yesterday morning. They held the
  // ambassador ... Within hours the building was surrounded by several hundred policemen" is not the day of the dateline's "today")
  if (k1 >= 0 && MATERIAL.has(e.trigger.event) && doc.article.published && !telling.eventful.has(k1) && sameParagraph(doc, k1, e.sentence)) {
    const t = mainClauseDay(doc, telling, k1, doc.article.published);
    if (t) return t;
  }
  // ("Troops moved into the city late Thursday afternoon, and a curfew was imposed": a clause joined on after an act of that day, with
  // no day of its own, goes on on that day)
  if (MATERIAL.has(e.trigger.event) && doc.article.published) {
    let joined: RawEvent['time'] = null;
    for (const o of raw) {
      if (o.sentence !== e.sentence || o.last > e.first || !o.time?.anchored || o.time.precision !== 'day' || o.time.date > doc.article.published || o.time.end > doc.tokens[e.first].start) continue;
      if (o.reality !== 'asserted' || o.background || !MATERIAL.has(o.trigger.event)) continue;
      if (/,\s+and\s/.test(doc.text.slice(Math.max(o.time.end, doc.tokens[o.last - 1].end), doc.tokens[e.first].start))) joined = o.time;
    }
    if (joined) return joined;
  }
  // ("The government responded Thursday by declaring a state of siege, banning demonstrations, imposing a curfew": a day the
  // sentence itself tells, before the act, rather than one told in another sentence)
  let best: RawEvent['time'] = null;
  let bestMain = false;
  let bestSentence = -1;
  // (two sentences back, not counting those that tell no event: "... yesterday when police fired on a rally. Police put
  // the toll at three. The figures could not be verified. Witnesses said two thousand had gathered ...")
  // (a sentence that tells only background, in the past perfect, or only what may be, does not count: its day is not the story's)
  let from = e.sentence;
  for (let n = 0, k = e.sentence - 1, skipped = 0; k >= 0 && n < 2 && e.sentence - k <= 4 + skipped; k--) {
    from = k;
    if (!telling.eventful.has(k)) continue;
    if (telling.foreground.has(k)) n++;
    else skipped++;
  }
  const abroad = abroadScene(doc, e.sentence);
  for (const o of raw) {
    if (o.sentence >= e.sentence || o.sentence < from || headingBetween(doc, heads, o.sentence, e.sentence)) continue;
    // "had blocked the road since Sunday": the start of a stretch of time is not the day of what follows
    const since = o.time ? /\b(since|from|until|till|starting)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, o.time.start - 14), o.time.start)) : false;
    if (!o.time || !o.time.anchored || o.time.precision !== 'day' || o.reality !== 'asserted' || since || (doc.article.published && o.time.date > doc.article.published)) continue;
    // (nor a day counted to an act told in passing: "OCCUPIED THE MINES EARLY TODAY, TWO DAYS AFTER THE FEDERATION CALLED A STRIKE")
    // (unless the sentence points back at that day: "A local teacher was killed ... that same day")
    if (/\b(?:after|before)$/i.test(o.time.text) && !SAME_DAY.test(sentenceText(doc, e.sentence))) continue;
    // (violence or a protest does not take the day of a statement or a measure told before it: "The AU suspended
    // Sudan's membership on Thursday. In Omdurman, security forces fired tear gas ...")
    if (MATERIAL.has(e.trigger.event) && !MATERIAL.has(o.trigger.event)) continue;
    // (nor the day a measure was announced: "The curfew, announced on state radio late on Wednesday, ran from 2 a.m. ... Despite the
    // order, crowds gathered")
    if (MATERIAL.has(e.trigger.event) && ANNOUNCED_ON.test(doc.text.slice(Math.max(doc.sentences[o.sentence].start, o.time.start - 50), o.time.start))) continue;
    // (nor a statement the day of an act told in another sentence that opens on a scene of its own: "On Monday evening a crowd
    // stoned the chancery ... In Dar es Salaam, the Foreign Minister rejected the accusation")
    if (isStatement(e.trigger.event) && o.sentence !== e.sentence && sceneBetween(doc, o.sentence, e.sentence)) continue;
    // (nor an act in a sentence that opens on a town of another country than the story's: "In Budapest, several thousand people
    // held a candlelight vigil outside the Romanian Embassy" is not the day the Timisoara unrest began)
    if (o.sentence !== e.sentence && abroad) continue;
    // (nor the day of a statement told elsewhere: "Putin offered on Monday to host the two men ... Albright said in Washington
    // that ... and urged Milosevic to go" is not Monday's; statements at one meeting, told one after the other, share its day)
    if (isStatement(e.trigger.event) && isStatement(o.trigger.event) && o.sentence !== e.sentence && spokenElsewhere(doc, e.sentence, o.sentence)) continue;
    // (nor the day another party's saying or meeting was told on, in a paragraph before: "Nimeiri, who left last Wednesday for talks
    // with President Reagan, ... The Alliance of Professional Unions said the strike would continue" is the report's)
    if (isStatement(e.trigger.event) && isStatement(o.trigger.event) && !sameParagraph(doc, o.sentence, e.sentence) && e.actor && !oneParty(o.actor, e.actor)) continue;
    // (nor the day of an act told in another sentence at all: "About 1,000 Saudi soldiers crossed the causeway on Monday ...
    // Al Wefaq condemned the assault" is not Monday's; what is said is dated by its own words or by the report)
    // (an order given on the scene by its forces goes on with the scene: "officers ordered them to leave")
    // (defiance is done, not said: "tens of thousands gathered, defying a ban")
    // (unless told as what came next: "On Friday the government declared a state of emergency ... It then asked Canberra and
    // Wellington for help")
    if (isStatement(e.trigger.event) && e.trigger.cameo !== '128' && o.sentence !== e.sentence && MATERIAL.has(o.trigger.event) && !(e.actor?.sector === 'COP' || e.actor?.sector === 'MIL') &&
      !(!foregroundBetween(telling, o.sentence, e.sentence) && THEN_BEFORE.test(doc.text.slice(doc.sentences[e.sentence].start, doc.tokens[e.first].start)))) continue;
    // ("Protesters set fire ... on Monday night, ... after a police officer shot Jacob Blake ... on Sunday. Hundreds
    // gathered ...": the day of the sentence's own story, not of what it tells in passing, in the same sentence)
    const main = !o.subordinate && !o.background;
    if (best && bestMain && !main && o.sentence === bestSentence) continue;
    // ("... opened fire at Kalanki on Thursday. The office had announced the curfew late on Wednesday ... At Gongabu police
    // baton-charged a group": a day told in the past perfect is the background's; the story goes on on its own day)
    // (nor, in its own sentence, the day of a relative clause's background: "gave the officers who seized power last week seven
    // days to reinstate Bazoum")
    if (o.background && (o.sentence !== e.sentence || (!e.background && o.first > e.first))) continue;
    best = o.time;
    bestMain = main;
    bestSentence = o.sentence;
  }
  // ("rejected accusations that riot police used excessive force on Friday night ... The opposition says more than 200 people were
  // injured that night": the time of day pointed back at is the one told with that part of the day, whatever act came between)
  const partOfDay = THAT_TIME_OF_DAY.exec(sentenceText(doc, e.sentence))?.[1]?.toLowerCase();
  // (a deed's: what is said about it since is not of that night, "... and has accused the ministry")
  if (partOfDay && partOfDay !== 'day' && !isStatement(e.trigger.event) && doc.article.published) {
    for (let k = e.sentence - 1; k >= Math.max(0, e.sentence - 2) && sameParagraph(doc, k, e.sentence); k--) {
      const t = timesIn(doc, telling, k, doc.article.published).filter((x) => x.anchored && x.precision === 'day' && x.date <= doc.article.published! && x.text.toLowerCase().includes(partOfDay)).pop();
      if (t) return t;
    }
    // (or the day the sentence right before tells, of whatever part: "... passed its first reading in parliament on Tuesday. Police
    // used water cannon ... that evening")
    // (in the act's own clause: not "Police fired tear gas, and the curfew was announced that evening")
    const st = doc.sentences[e.sentence].start;
    const m = THAT_TIME_OF_DAY.exec(sentenceText(doc, e.sentence));
    const at = m ? st + m.index : -1;
    const between = at < 0 ? ',' : at >= doc.tokens[e.last - 1].end ? doc.text.slice(doc.tokens[e.last - 1].end, at) : doc.text.slice(at, doc.tokens[e.first].start);
    const k1 = e.sentence - 1;
    if (k1 >= 0 && sameParagraph(doc, k1, e.sentence) && !/[,;]/.test(between)) {
      const t = timesIn(doc, telling, k1, doc.article.published).filter((x) => x.anchored && x.precision === 'day' && x.date <= doc.article.published!).pop();
      if (t) return t;
    }
  }
  // ("The worst violence came on Sunday and Monday. Troops tried to break through barricades in El Alto": a sentence that tells no
  // act, only the day of the violence its paragraph goes on to tell, dates the acts right after it)
  // (and a sentence whose day the next points back at: "Soldiers mutinied at Kati on March 21. They took over the state broadcaster
  // that evening")
  // ("Residents set fire to two trucks on Tuesday ... Police arrived from Monrovia shortly after dark and fired tear gas": a time counted
  // from what was told before, past the paragraph's start, whatever day an act told elsewhere gave)
  const pointsBack = soonAfter || (!best && THAT_TIME_OF_DAY.test(sentenceText(doc, e.sentence)));
  if ((!best || soonAfter) && (MATERIAL.has(e.trigger.event) || pointsBack) && doc.article.published) {
    // (a sentence that points back takes the day of the one before it whatever that one tells: "... in a radio address on Saturday
    // night ... A state of national emergency was proclaimed the same night")
    // (past a sentence that tells only a statement besides the day: "The trouble began on Saturday afternoon, when some 2,000 former
    // soldiers set out to present a petition")
    for (let k = e.sentence - 1; k >= Math.max(0, e.sentence - (soonAfter ? 8 : 2)) && (soonAfter || sameParagraph(doc, k, e.sentence)) &&
      (pointsBack || !telling.eventful.has(k) || (!telling.material.has(k) && VIOLENCE_DATED.test(sentenceText(doc, k)))); k--) {
      if (!pointsBack && !VIOLENCE_DATED.test(sentenceText(doc, k))) continue;
      // (the day of an act, not of what was said about it since: "... on Tuesday denied that soldiers had aimed at civilians. By
      // nightfall, groups of youths had looted")
      // (but "hours earlier" counts back from whatever was told last: "Speaking on state television late on Friday, Castro blamed ...
      // Hours earlier, several hundred people had marched")
      if (soonAfter && !earlierThan && telling.eventful.has(k) && !telling.material.has(k)) continue;
      // (a day named, not one counted back a year: "only a year ago")
      const t = timesIn(doc, telling, k, doc.article.published).find((x) => x.anchored && x.precision === 'day' && x.date <= doc.article.published! && !(soonAfter && /\bago\b/i.test(x.text)));
      if (t) return t;
    }
  }
  // (the past perfect only counts back from what was just told)
  if (!best || e.background) return null;
  // (not a day the story has since left behind: "banned all demonstrations on the night of the May 15 vote. ... Earlier this
  // month the board postponed the results from June 8 to July 8. ... The EU mission criticised the use of force" is not May 15's)
  // (weeks later, not the day a toll was told: "... on June 8. The government said on Thursday that 22 had been killed. About 100
  // were wounded" stays June 8's)
  const moved = new Date(Date.parse(best.date + 'T12:00:00Z') + 7 * 86_400_000).toISOString().slice(0, 10);
  for (let k = bestSentence + 1; k < e.sentence && doc.article.published; k++) {
    if (timesIn(doc, telling, k, doc.article.published).some((t) => t.anchored && t.date > moved && t.date <= doc.article.published!)) return null;
  }
  // (what is said, with no day of its own, is not weeks older than the report: "The protests began on Feb. 14, and police
  // first cleared the roundabout on Feb. 17 ... Opposition leaders warned that ..." in a report of March 16)
  if (bestSentence !== e.sentence && doc.article.published && isStatement(e.trigger.event) && longerAgo(best.date, doc.article.published, 7)) return null;
  // (only in place of a day from another sentence; the sentence's times read again only then)
  // (and in place of a day of an act told in another sentence, a day told earlier in this one, in a clause of its own: "Security
  // forces reported fresh contacts near Okahao on Monday, and police said four guerrillas were killed in a clash")
  if (bestSentence !== e.sentence && doc.article.published && (isStatementOrMeasure(e) || MATERIAL.has(e.trigger.event))) {
    // (for an act, not the day it was told on: "Police said on Monday that 40 people had been detained", "A statement issued on
    // Monday said 20 people were killed")
    const statement = isStatementOrMeasure(e);
    const own = timesIn(doc, telling, e.sentence, doc.article.published)
      .filter((t) => t.anchored && t.precision === 'day' && t.end <= doc.tokens[e.first].start && t.date <= doc.article.published! && !inRelativeClause(doc, e.sentence, t.start) &&
        (statement || !TOLD_ON.test(doc.text.slice(Math.max(doc.sentences[e.sentence].start, t.start - 30), t.start))));
    if (own.length) return own[own.length - 1];
  }
  // present or future tense in this sentence means it is not the same past day
  const s = doc.sentences[e.sentence];
  for (let i = s.first; i < s.last; i++) {
    const w = doc.tokens[i].lower;
    // (not "for now", the time being: 'their objectives had not been achieved "for now"')
    if ((w === 'now' && doc.tokens[i - 1]?.lower !== 'for') || w === 'will' || w === 'today' || w === 'currently') return null;
  }
  return best;
}

const INTENT_CUES = new Set(['will', "'ll", 'shall', 'would', 'willing', 'prepared', 'ready', 'plan', 'plans', 'planned', 'intend', 'intends', 'intended', 'promise', 'promised', 'pledge', 'pledged', 'vow', 'vowed', 'swear', 'swore', 'sworn', 'agree', 'agreed', 'offer', 'offered', 'want', 'wants', 'wanted', 'going', 'threaten', 'threatened', 'determined']);
const DEMAND_CUES = new Set(['must', 'should', 'ought']);
/** acts of acceptance whose plain negation is a rejection: "did not recognise the result" */
const ACCEPTING = new Set(['recognise', 'recognize', 'accept', 'endorse', 'approve', 'acknowledge', 'ratify']);
const REFUSAL_CUES = new Set(['refuse-intent', 'will not', 'would not', 'wo not', "'ll not", 'shall not', 'can not', 'ca not', 'refuse', 'refused', 'refuses', 'declined', 'decline', 'declines', 'failed', 'fail', 'fails']);
const TRIGGERS = {
  AGREE: { cameo: '030' },
  THREATEN: { cameo: '130' },
  REQUEST: { cameo: '100' },
  REJECT: { cameo: '120' },
} as const;

/**
 * What an announced, demanded or refused action amounts to (CAMEO's intent codes): "will
 * support" expresses an intent to cooperate (AGREE), "would boycott" is a threat, "must
 * withdraw" a demand, "will not accept" / "declined to resign" a rejection. The statement
 * happened even though the action has not.
 */
const PLAN_CUES = /^(?:plan|plans|planned|planning|scheduled)$/;
/** a sentence opening on the terms of an agreement: "Under it,", "Under the deal," */
const UNDER_TERMS = /^\s*Under\s+(?:it|this|that|the\s+(?:\w+\s+)?(?:deal|agreement|accord|plan|pact|ceasefire|truce|terms|settlement|arrangement))\s*,/i;
const CALLED_OFF = /\b(?:postponed|called\s+off|cancell?ed|put\s+off|abandoned|scrapped|shelved|dropped)\b/i;
/** what an act named as the subject of "will"/"would" does when it is an intent: "the offensive would continue", "the strike will go ahead" */
const GOING_ON = /^(?:continue|resume|go|begin|start|proceed|be|intensify|expand|spread|last|end|stop|take|escalate|widen|remain|stay)$/;
function speechAct(doc: Doc, e: RawEvent): RawEvent {
  if (e.reality === 'asserted' || e.reality === 'question' || !e.realityCue) return e;
  // ("a bill that would have allowed extradition": what would have happened is no one's stated intent)
  if (!e.actor && e.reality === 'hypothetical') return e;
  // ("would talk to anyone in authority who is ready to discuss a new election": whoever that may be states no intent)
  const af = e.actor ? e.actor.first : -1;
  if (af > 1 && (/^(?:any|anyone|anybody|whoever)$/.test(doc.tokens[af - 1].lower) || (/^(?:in|of|among|from)$/.test(doc.tokens[af - 1].lower) && /^(?:anyone|anybody|whoever)$/.test(doc.tokens[af - 2].lower)))) return e;
  // (nor "would have": what did not happen)
  for (let j = Math.max(doc.sentences[e.sentence].first, e.first - 4); j < e.first; j++) {
    if (doc.tokens[j].lower !== 'would') continue;
    const n = doc.tokens[j + 1]?.lower === 'not' || doc.tokens[j + 1]?.lower === "n't" ? doc.tokens[j + 2] : doc.tokens[j + 1];
    if (n?.lower === 'have') return e;
  }
  const cue = e.realityCue.toLowerCase();
  // ("As the troops prepared to pull out, militiamen shot down two helicopters": what someone was getting ready to do, told as the
  // story goes, is no intent stated; "said it was prepared to pull out" is one)
  if (/^prepar(?:e|es|ed|ing)$/.test(cue)) {
    let k = e.first - 1;
    while (k > 0 && e.first - k <= 3 && doc.tokens[k].lower !== cue) k--;
    if (doc.tokens[k]?.lower === cue && doc.tokens[k - 1]?.lemma !== 'be') return e;
  }
  // ("said Colombians would vote on the agreement in a referendum": an act named with "the" that no verb of its own carries is the
  // one already told, no new intent)
  // (not the subject of the modal itself: "said the offensive would continue"; but one inside the subject's phrase is: "said the
  // officer involved in the shooting would be investigated")
  // (nor one the modal's verb says nothing more is done by: "said last week that the arrests would not affect the election timetable")
  const goesOn = (k: number) => { const v = doc.tokens[k]?.lower === 'not' ? doc.tokens[k + 1] : doc.tokens[k]; return !!v && GOING_ON.test(v.lower); };
  // (or with its day's possessive: "those responsible for yesterday's killings would be brought to justice")
  // (a day gone by only: "Saturday's meeting" may be one to come)
  const daysOwn = !e.verbal && e.first > 1 && /^(?:'s|’s)$/.test(doc.tokens[e.first - 1].text) &&
    (doc.tokens[e.first - 2].lower === 'yesterday' || (/^(?:week|weekend|month)$/.test(doc.tokens[e.first - 2].lower) && doc.tokens[e.first - 3]?.lower === 'last'));
  if (daysOwn) return e;
  if (!e.verbal && e.first > 0 && DEFINITE.has(doc.tokens[e.first - 1].lower) && (doc.tokens[e.last]?.pos !== 'AUX' || doc.tokens[e.first - 2]?.pos === 'ADP' || !goesOn(e.last + 1))) {
    let v = e.first - 2;
    while (v >= doc.sentences[e.sentence].first && e.first - v <= 4 && doc.tokens[v].pos !== 'VERB') v--;
    if (v < doc.sentences[e.sentence].first || doc.tokens[v].pos !== 'VERB' || !LIGHT_VERBS.has(doc.tokens[v].lemma)) return e;
  }
  // ("the council said a night curfew would remain in force": a measure said to stay is one in force, no intent of a new one)
  if (!e.verbal && e.trigger.event === 'COERCE' && /^(?:would|will)$/.test(doc.tokens[e.last]?.lower ?? '') && /^(?:remain|stay|continue)$/.test(doc.tokens[e.last + 1]?.lemma ?? '')) {
    return { ...e, reality: 'asserted', realityCue: null };
  }
  // ("General Traoré announced that a curfew would run from 7 p.m. to 6 a.m.": a measure announced with its hours or its start is
  // put in force, no intent of one)
  if (!e.verbal && e.trigger.event === 'COERCE' && /^(?:would|will)$/.test(doc.tokens[e.last]?.lower ?? '') && /^(?:run|last|apply|begin|start|take|come|go)$/.test(doc.tokens[e.last + 1]?.lemma ?? '') &&
    doc.tokens.slice(doc.sentences[e.sentence].first, e.first).some((t) => t.pos === 'VERB' && ANNOUNCING.has(t.lemma))) {
    return { ...e, reality: 'asserted', realityCue: null };
  }
  // ("the opposition wanted a neutral force deployed": what one wants others to do is no intent of the doers)
  if (/^(?:want|wants|wanted)$/.test(cue)) {
    let k = e.first - 1;
    while (k > doc.sentences[e.sentence].first && e.first - k <= 8 && doc.tokens[k].lower !== cue) k--;
    if (doc.tokens[k]?.lower === cue && doc.tokens[k + 1]?.lower !== 'to') return e;
  }
  // ("A planned march ... has been postponed", "had planned a march for Monday, but ... it had been called off": a plan the
  // sentence says was put off or dropped is no intent stated, and nothing happened)
  if ((e.reality === 'future' || e.reality === 'hypothetical') && PLAN_CUES.test(cue)) {
    const after = doc.text.slice(doc.tokens[e.last - 1].end, doc.tokens[doc.sentences[e.sentence].last - 1].end);
    if (CALLED_OFF.test(after)) return { ...e, reality: 'negated' };
  }
  // ("said they would walk off the job on Monday unless ...": a day told after the act is the act's, not the saying's)
  const sayingTime = e.time && e.time.start > doc.tokens[e.first].start ? null : e.time;
  // ("the teachers' union has called a general strike for Monday": a protest announced by who will hold it, for a day
  // after the report, is a threat of protest, CAMEO 133; the strike itself has not happened)
  if (e.reality === 'future' && cue === 'scheduled' && e.trigger.event === 'PROTEST' && e.actor) {
    return { ...e, reality: 'asserted', realityCue: null, trigger: { ...e.trigger, event: 'THREATEN', mode: null, cameo: '133', acled: null, context: 'intent', weak: true }, time: sayingTime };
  }
  const quad = quadOf(e.trigger.event);
  let event: keyof typeof TRIGGERS | null = null;
  // ("the Government would not hesitate to ban any organisation inciting violence": not hesitating to act states the intent)
  const tk = doc.tokens;
  // (quoted too: 'would "not hesitate" to strike at guerrilla camps')
  const q = e.first >= 4 && /^["“”]$/.test(tk[e.first - 2].text) ? 1 : 0;
  const unhesitating = cue === 'to' && e.first >= 3 + q && tk[e.first - 1].lower === 'to' && tk[e.first - 2 - q].lemma === 'hesitate' &&
    /^(?:not|n't|never)$/.test(tk[e.first - 3 - q].lower);
  if (unhesitating && quad === 4) event = 'THREATEN';
  else if (unhesitating && (quad === 1 || quad === 2)) event = 'AGREE';
  else if (e.reality === 'negated' && REFUSAL_CUES.has(cue) && (quad === 1 || quad === 2 || e.trigger.event === 'REQUEST')) event = 'REJECT';
  // ("the party did not recognise the result", "refused to accept": not accepting is rejecting)
  // ("it no longer recognised the military council": ceasing to accept is rejecting too)
  else if (e.reality === 'negated' && (cue === 'not' || cue === "n't" || cue === 'no' || cue === 'never') && ACCEPTING.has(e.trigger.words[0]) && e.trigger.words.length === 1) event = 'REJECT';
  else if ((e.reality === 'future' || e.reality === 'hypothetical') && INTENT_CUES.has(cue) && negatedCue(doc, e, cue)) {
    // ("did not seem willing to negotiate", "did not want to talk": an intent denied is a refusal of what would cooperate, and
    // no act of any other kind)
    if (quad === 1 || quad === 2) event = 'REJECT';
    else return { ...e, reality: 'negated' };
  } else if ((e.reality === 'future' || e.reality === 'hypothetical') && /^threat(?:en|ens|ened|ening)?$/.test(cue)) {
    // ("threatened to resign unless the council ...": whatever act is threatened, the threat is what was done, not an intent to
    // cooperate)
    event = 'THREATEN';
  } else if ((e.reality === 'future' || e.reality === 'hypothetical') && INTENT_CUES.has(cue) && (haltedBy(doc, e) || letBy(doc, e, cue))) {
    // ("the rebels would halt armed attacks in the valley": an act one means to stop is no threat of it)
    // ("local officials agreed to let protesters gather in a square": an act one means to let others do is theirs, not one's own)
    return e;
  } else if ((e.reality === 'future' || e.reality === 'hypothetical') && INTENT_CUES.has(cue)) {
    // ("warned that opposition members would resign en masse if ...": what one warns will happen is a threat, whatever it is)
    let warned = false;
    for (let j = e.first - 1; j >= Math.max(doc.sentences[e.sentence].first, e.first - 15) && !warned; j--) {
      if (tk[j].text === ';' || tk[j].text === '.') break;
      warned = tk[j].lemma === 'warn' && tk[j].pos === 'VERB';
    }
    // ("offered to send troops to help": an offer is an intent to cooperate, whatever is offered)
    // ("said the movement would pull its ministers out of the government if the fighting did not end within 48 hours": what one
    // says one will do unless another party acts, or if it does not, is an ultimatum, a threat)
    if ((warned || (quad !== 1 && ultimatumAfter(doc, e))) && (cue === 'would' || cue === 'will' || cue === "'ll")) event = 'THREATEN';
    else if (quad === 1 || quad === 2 || cue === 'offer' || cue === 'offered') event = 'AGREE';
    else if (quad === 4) event = 'THREATEN';
    else event = e.trigger.event as keyof typeof TRIGGERS;
    if (!(event in TRIGGERS)) event = null;
  // ("The measures must still be signed by President Bashar al-Assad": who must do it in the passive is no one who asks for it)
  } else if (e.reality === 'hypothetical' && DEMAND_CUES.has(cue) && !(e.passive && e.actor)) event = 'REQUEST';
  // ("The EU said it could impose further sanctions if the violence continued": a hostile act the speaker says it may
  // take on a condition is a threat)
  // (the speaker's own act, after the modal: not "they feared the unrest could spread ... if the two men did not start talking")
  else if (e.reality === 'hypothetical' && (cue === 'could' || cue === 'might' || cue === 'may') && quad === 4 && e.actor && e.attribution &&
    tk.slice(Math.max(doc.sentences[e.sentence].first, e.first - 4), e.first).some((t) => t.lower === cue) &&
    (e.actor.kind === 'pronoun' || (e.actor.start >= e.attribution.start && e.actor.end <= e.attribution.end) || speakersLand(doc, e.actor, e.attribution)) &&
    tk.slice(e.last, doc.sentences[e.sentence].last).some((t) => t.lower === 'if' || t.lower === 'unless')) event = 'THREATEN';
  // ("Under it, mixed patrols of police and army troops will take over the main crossroads": what an agreement lays down is a term
  // agreed to, no threat, as "Under the deal, the rebels will hand over their weapons" is)
  if (event === 'THREATEN' && UNDER_TERMS.test(doc.text.slice(doc.sentences[e.sentence].start, doc.tokens[e.first].start))) event = 'AGREE';
  if (!event) return e;
  // ("Casa Presidencial said on Tuesday that the bill would not be withdrawn": a stance on an act told in the passive, with no doer of
  // its own, is the speaker's, on the day told with the saying)
  const bySpeaker = !e.actor && e.passive && e.verbal && e.speaker ? e.speaker : null;
  let time = sayingTime;
  if (bySpeaker && !time && e.attribution) {
    const at = e.attribution;
    time = findTimes(doc, doc.sentences[e.sentence], doc.article.published).find((t) => t.start >= at.end && t.end <= doc.tokens[e.first].start && /^\s*(?:on\s+)?$/i.test(doc.text.slice(at.end, t.start))) ?? null;
  }
  return {
    ...e,
    reality: 'asserted',
    realityCue: null,
    trigger: { ...e.trigger, event, mode: null, cameo: TRIGGERS[event].cameo, acled: null, context: 'intent', weak: true },
    time,
    ...(bySpeaker ? { actor: bySpeaker } : {}),
  };
}

/** the words after "if" that make a condition another party's failing or going on: "if the fighting did not end", "if the killings continue" */
const ULTIMATUM_IF = /^\s*if\s+[^,;.]{0,60}?\b(?:not|n't|never|fails?|failed|refuses?|refused|continues?|continued|persists?|persisted|resumes?|resumed)\b/i;
/** Is the act followed in its sentence by a condition of an ultimatum: "unless ...", "if ... did not ..."? */
function ultimatumAfter(doc: Doc, e: RawEvent): boolean {
  const s = doc.sentences[e.sentence];
  for (let k = e.last; k < s.last && k - e.last <= 12; k++) {
    const w = doc.tokens[k].lower;
    if (w === ';' || w === 'but') return false;
    if (w === 'unless') return true;
    if (w === 'if') return ULTIMATUM_IF.test(doc.text.slice(doc.tokens[k].start, Math.min(s.end, doc.tokens[k].start + 90)));
  }
  return false;
}

/** Is the intent word an act was read under denied ("did not seem willing to", "was not prepared to", "never wanted to")? */
function negatedCue(doc: Doc, e: RawEvent, cue: string): boolean {
  const first = doc.sentences[e.sentence].first;
  let k = e.first - 1;
  while (k > first && e.first - k <= 6 && doc.tokens[k].lower !== cue) k--;
  if (doc.tokens[k]?.lower !== cue || /^(?:will|'ll|shall|would)$/.test(cue)) return false;
  for (let j = k - 1; j >= first && k - j <= 4; j--) {
    const w = doc.tokens[j].lower;
    if (w === 'not' || w === "n't" || w === 'never') return true;
    if (!/^(?:seem|seems|seemed|appear|appears|appeared|be|is|are|was|were|been|did|does|do|had|has|have|still|yet|so|really|ever|always|longer)$/.test(w)) return false;
  }
  return false;
}

export interface ResolveOptions {
  keepUnreal?: boolean;
}

/**
 * "soldiers detained nine men ... and blew up a workshop", "RIVAL MILITANTS RIOT IN EASTERN TURKISH CITY; 158 HELD":
 * the count of those held, told in a sentence with an arrest, is the arrest's, not the other acts'.
 */
function arrestCountsToArrests(raw: RawEvent[]): void {
  for (const e of raw) {
    const q = e.size.arrested;
    if (!q || q.start == null || (e.trigger.event === 'COERCE' && e.trigger.mode === 'arrest')) continue;
    if (raw.some((o) => o !== e && o.sentence === e.sentence && o.reality === 'asserted' && o.trigger.event === 'COERCE' && o.trigger.mode === 'arrest' && o.size.arrested?.start === q.start)) {
      // (the sentence's counts are one object its events share: this event gets its own copy)
      const own = { ...e.size };
      delete own.arrested;
      e.size = own;
    }
  }
}

/** The places of a sentence that stand in a list of three or more ("in Admiralty, Wong Tai Sin, Sha Tin and Tai Po"). */
function inLongList(doc: Doc, ps: PlaceMention[]): Set<PlaceMention> {
  const out = new Set<PlaceMention>();
  let run: PlaceMention[] = [];
  // (names we do not know count as items too: "in Wong Tai Sin, Tin Shui Wai, Sham Shui Po and Causeway Bay")
  let items = 0;
  // (not a dateline's city, country and day: "SAIGON, South Viet Nam, June 11 -"; two places of ours at least)
  const names = (gap: string) => gap.split(/,|\band\b|\bor\b/).filter((x) => /\p{Lu}/u.test(x) && !CALENDAR_NAME.test(x)).length;
  const flush = () => {
    const last = run[run.length - 1];
    const tail = last ? LIST_TAIL.exec(doc.text.slice(last.end, last.end + 120))?.[0] ?? '' : '';
    if (run.length >= 2 && items + names(tail) >= 3) for (const p of run) out.add(p);
    run = [];
    items = 0;
  };
  for (const p of [...ps].filter((q) => q.resolved!.resolution !== 'country').sort((a, b) => a.start - b.start)) {
    const prev = run[run.length - 1];
    const gap = prev ? doc.text.slice(prev.end, p.start) : '';
    if (prev && !LIST_GAP.test(gap)) flush();
    else if (prev) items += names(gap);
    run.push(p);
    items++;
  }
  flush();
  return out;
}
const CALENDAR_NAME = /^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*\d*\s*$/i;
/** names listed after a place: ", Sham Shui Po and Causeway Bay" */
const LIST_TAIL = /^(?:\s*(?:,|and|or)\s*(?:\p{Lu}[\p{L}'’-]*\s*){1,3})+/u;
/** what stands between two places of a list: a comma or "and", and perhaps a name we do not know ("Admiralty, Wong Tai Sin") */
const LIST_GAP = /^(?:\s*(?:,|and|or)\s*(?:\p{Lu}[\p{L}'’-]*\s*){0,3})+$/u;

/** "since " and a few words before a time: the day a count is summed from */
const SINCE_BEFORE = /\bsince\s+(?:[\w'’.-]+\s+){0,3}$/i;

/**
 * "Two young men were killed during clashes in central Lima": an event noun after "during", "amid" or "in" that frames a
 * killing told before it in its sentence; the dead and wounded are the killing's, not counted again with the frame.
 */
function frameOfKilling(doc: Doc, raw: RawEvent[], e: RawEvent): boolean {
  if (e.verbal || e.first < 1) return false;
  let k = e.first - 1;
  while (k > 0 && (doc.tokens[k].pos === 'ADJ' || doc.tokens[k].pos === 'DET')) k--;
  if (!/^(?:during|amid|in)$/.test(doc.tokens[k].lower)) return false;
  return raw.some((o) => o !== e && o.sentence === e.sentence && o.verbal && o.trigger.event === 'ASSAULT' && o.last <= k);
}

/** A story of protests: at least two protests told as happening, and no rebels or other armed group named anywhere in it. */
/** who riots against the police or the army in a clash ("clashes between police and demonstrators") */
const RIOTING_SIDES = new Set(['PRO', 'CVL', 'EDU', 'LAB', 'OPP', 'AGR', 'PTY']);
/** the words of a strike of labour: "a strike by dock workers", "the general strike over pay", "a national civic strike" */
const LABOUR_WORDS = /\b(?:workers?|unions?|unionists?|strikers|striking|employees|staff|pay|wages?|salar(?:y|ies)|pensions?|general|civic|national|nationwide|hunger|labou?r|teachers|miners|drivers|doctors|nurses|shops?|traders|shutdown|stoppage|walkout)\b/i;

function isProtestStory(raw: RawEvent[]): boolean {
  let protests = 0;
  for (const o of raw) {
    if (o.actor?.sector === 'REB' || o.actor?.sector === 'UAF' || o.recipient?.sector === 'REB' || o.recipient?.sector === 'UAF') return false;
    if (o.trigger.event === 'PROTEST' && o.reality === 'asserted' && !o.background) protests++;
  }
  return protests >= 2;
}

export function resolveEvents(doc: Doc, raw: RawEvent[], opts: ResolveOptions = {}): EventRecord[] {
  const per = placesBySentence(doc);
  // (a loop, not .map(): see perSentence in text/analyse)
  const heads: boolean[] = [];
  for (let k = 0; k < doc.sentences.length; k++) heads.push(isHeading(doc, k));
  const articlePlace = mainPlace(doc);
  arrestCountsToArrests(raw);
  // sentences that tell an event (a date is looked for that many of them back), and those that tell one of the story's own
  const telling: Telling = { eventful: new Set(), material: new Set(), foreground: new Set(), times: new Map() };
  for (const o of raw) {
    telling.eventful.add(o.sentence);
    if (MATERIAL.has(o.trigger.event) && o.reality === 'asserted') telling.material.add(o.sentence);
    if (!o.background && o.reality !== 'hypothetical') telling.foreground.add(o.sentence);
  }
  const sceneless = scenelessSentences(doc, per, telling.eventful);
  const a = doc.article;
  const meta = { id: a.id, title: a.title, source: a.source, url: a.url, published: a.published };
  const records: EventRecord[] = [];
  const keyIndex = new Map<string, EventRecord>();
  const looseIndex = new Map<string, EventRecord>();
  const noPlaceIndex = new Map<string, EventRecord>();
  const verbalIds = new Set<string>();
  // (the records whose telling kept is a verb's, a noun's record taken over by a verb of its sentence among them)
  const verbTold = new Set<string>();
  // events told in passing ("another Chechen who had fought on the Ukrainian side")
  const backgroundIds = new Set<string>();
  // acts told as the aim of another ("fired tear gas to disperse the crowd")
  const aimIds = new Set<string>();
  // acts dated by the day a count is summed since ("have been killed since Tuesday")
  const sinceIds = new Set<string>();
  // "Israel vowed to retaliate": the vow is told by the threat it announces, not as a promise too
  const voiced = new Set<string>();
  const sentenceContexts = new Map<number, string[]>();
  let protestStory: boolean | undefined;
  let airWar: boolean | undefined;
  for (const e0 of raw) {
    const e = speechAct(doc, e0);
    if (e !== e0 && e0.realityCue && (e.trigger.event === 'THREATEN' || e.trigger.event === 'REJECT' || e.trigger.event === 'REQUEST')) voiced.add(`${e.sentence}|${e0.realityCue.toLowerCase()}`);
  }
  for (const e0 of raw) {
    if (e0.trigger.comp && e0.reality === 'asserted' && voiced.has(`${e0.sentence}|${doc.tokens[e0.first].lower}`)) continue;
    // ("have said for weeks that he must resign": the demand is the speaker's, coded from "must" with its speaker; the act
    // demanded is not turned into a demand by its own subject)
    const toldAsDemand = e0.reality === 'hypothetical' && !!e0.realityCue && DEMAND_CUES.has(e0.realityCue.toLowerCase()) &&
      raw.some((o) => o !== e0 && o.sentence === e0.sentence && o.trigger.event === 'REQUEST' && o.trigger.words[0] === 'must' && o.last >= e0.first && o.first < e0.first);
    let e = toldAsDemand ? e0 : speechAct(doc, e0);
    if (e.reality !== 'asserted' && !opts.keepUnreal) continue;
    const s = doc.sentences[e.sentence];
    const sentence = doc.text.slice(s.start, s.end);
    const trigEnd0 = doc.tokens[e.last - 1].end;
    const objText = e.object && e.object.first >= e.last ? doc.text.slice(doc.tokens[e.object.first].start, doc.tokens[e.object.last - 1].end) : '';
    let d = decide(e, sentence, doc.text.slice(trigEnd0, Math.min(s.end, trigEnd0 + 80)), objText, clauseOf(sentence, doc.tokens[e.first].start - s.start));
    // ("After a night of clashes between police and demonstrators", "police clashed with protesters": a riot is the crowd's, the police
    // whom it was fought against)
    if (d.event === 'PROTEST' && d.mode === 'riot' && e.trigger.event === 'ASSAULT' && e.trigger.cameo === '190' && e.actor && e.recipient &&
      (e.actor.sector === 'COP' || e.actor.sector === 'MIL') && RIOTING_SIDES.has(e.recipient.sector ?? '')) e = { ...e, actor: e.recipient, recipient: e.actor };
    // ("peacekeepers were injured in clashes with ethnic Serb protesters": a riot told only by whom it was fought with, a crowd, is that
    // crowd's)
    else if (d.event === 'PROTEST' && d.mode === 'riot' && e.trigger.event === 'ASSAULT' && e.trigger.cameo === '190' && !e.actor && e.recipient && RIOTING_SIDES.has(e.recipient.sector ?? '')) e = { ...e, actor: e.recipient, recipient: null };
    // ("thousands of demonstrators moved in and set up a tent camp": a crowd's camp is an occupation, no deployment)
    if (d.event === 'MOBILIZE' && e.trigger.words[0] === 'set' && e.trigger.words.includes('camp') && e.actor && RIOTING_SIDES.has(e.actor.sector ?? '')) d = { event: 'PROTEST', mode: 'obstruct', cameo: '144', acled: 'PEACE_PROTEST' };
    // ("its members were submitting their resignations from parliament in protest": a resignation told as a protest is one)
    if (d.event === 'RETREAT' && d.mode === 'resign' && /^\s+(?:[\w'’-]+\s+){0,6}?in\s+protest\b/i.test(doc.text.slice(doc.tokens[e.last - 1].end, s.end))) d = { event: 'PROTEST', mode: 'boycott', cameo: '143', acled: 'PEACE_PROTEST' };
    // ("Clashes were also reported in Brest": in a story of protests with no armed group in it, clashes naming no side are
    // the crowd's with the police; not beside a protest of their own sentence, which they would merge with: "marched across
    // France as clashes broke out in Paris")
    // (not an exchange of gunfire: "was hit by a bullet during a brief but furious exchange of gunfire")
    if (d.acled === 'ARMED_CLASH' && d.cameo === '190' && !e.actor && !e.recipient && !GUNFIRE_WORDS.test(doc.text.slice(doc.tokens[e.first].start, doc.tokens[e.last - 1].end)) && (protestStory ??= isProtestStory(raw)) &&
      !raw.some((o) => o.sentence === e.sentence && o.trigger.event === 'PROTEST')) d = { ...d, event: 'PROTEST', mode: 'riot', cameo: '145', acled: 'VIOL_DEMONSTR' };
    // ("Two young men were killed during clashes in central Lima": the dead of such clashes died at a violent demonstration)
    else if (d.acled === 'ARMED_CLASH' && d.event === 'ASSAULT' && !e.actor && (!e.recipient?.sector || ['CVL', 'PRO', 'OPP', 'EDU', 'LAB'].includes(e.recipient.sector)) &&
      /\bclash(?:es|ed)?\b/i.test(sentence) && (protestStory ??= isProtestStory(raw))) d = { ...d, acled: 'VIOL_DEMONSTR' };
    // ("cancelled a meeting with Rice after the Qana strike" of a story of air strikes: a strike named by no one, with no
    // worker, union or pay in its sentence, is one more air strike, not a stoppage)
    // (nor, in any story, strikes that struck or hit something: "at least four strikes struck a hill used by the rebels")
    if (d.event === 'PROTEST' && d.mode === 'strike' && !e.verbal && !e.actor && e.trigger.words.length === 1 && !LABOUR_WORDS.test(sentence) &&
      (strikesHit(doc, e) || (airWar ??= raw.some((o) => o.trigger.event === 'ASSAULT' && o.trigger.acled === 'AIR_STRIKE' && o.reality === 'asserted')))) d = { event: 'ASSAULT', mode: 'aerial', cameo: '195', acled: 'AIR_STRIKE' };
    let acled = acledOf(d.acled);
    // organised crime is outside ACLED; armed political actors near a crime word are not
    // (a protest or a strike is political whoever makes it and whatever it is against: "traders' strike against kidnappings for ransom")
    const political = d.event === 'PROTEST' || (e.actor?.sector && ['REB', 'MIL', 'GOV', 'UAF', 'PRO', 'OPP', 'SPY'].includes(e.actor.sector));
    // "IS claimed responsibility for the Cambrils attack": the attack attributed, not reported here (no ACLED coding from this mention)
    if (e.claimed) acled = null;
    // ("Polish border guards have detained 34 people from the Middle East", "detained by the coast guard as they tried to flee by
    // speedboat": people held at a border by its guards are migration control, outside ACLED, unless they are political actors)
    if (acled?.sub_event_type === 'Arrests' && e.actor && BORDER_GUARDS.test(e.actor.text) && (!e.recipient?.sector || e.recipient.sector === 'CVL' || e.recipient.sector === 'REF')) acled = null;
    // (a mob killing a suspected thief is mob justice, which ACLED records as mob violence)
    // (gangs rioting or fighting along ethnic lines are a mob, as the coder reads them, and a protest is political whoever makes it:
    // "Gangs armed with machetes hunted down rivals ..., setting fire to homes ... as the ethnic violence spread")
    const gangAsMob = e.actor?.sector === 'CRM' && (d.event === 'PROTEST' || RIOTING.test(sentence) || COMMUNAL.test(sentence));
    if (acled && acled.sub_event_type !== 'Disrupted weapons use' && acled.sub_event_type !== 'Mob violence' && ((e.actor?.sector === 'CRM' && !gangAsMob) || e.recipient?.sector === 'CRM' || (!political && !gangAsMob && crimeSentence(doc, e.sentence)))) acled = null;
    const trigStart = doc.tokens[e.first].start;
    const trigEnd = doc.tokens[e.last - 1].end;
    let loc = locate(doc, per, heads, e, articlePlace, sceneless);
    // "several thousand people were gathering in the town's central square": the town named before, where the last
    // event placed in a town of the story's country happened
    // (over a town the sentences just before name in passing: "... miners at the Huanuni mine joined the stoppage. Police fired tear
    // gas to break up a march ... on the city's main square" is the story's city, not the mine's town)
    if (loc.basis !== 'sentence' && THE_TOWN.test(sentence)) {
      const storyTown = (l: { resolution: string | null; start: number | null; end: number | null; country_code: string | null }) =>
        l.resolution === 'city' && l.start !== null && l.end !== null && (!doc.mainCountry || l.country_code === doc.mainCountry) && !namesSite(doc.text, l.end) &&
        // (not one of the towns around the story's city: "drove buses to nearby towns including Hwasun and Naju ... the troops
        // withdrew from the city center")
        !OUTLYING.test(doc.text.slice(Math.max(0, l.start - 50), l.start)) &&
        // (nor a village: "17 died in villages along the Bhiwandi-Wada road, mostly in Padgha, Kalher and Anjur")
        !VILLAGES_BEFORE.test(doc.text.slice(Math.max(0, l.start - 90), l.start));
      // (not where a speaker is: speakerAt)
      let found = -1;
      for (let k = records.length - 1; k >= 0; k--) {
        const l = records[k].event_loc;
        // (nor a statement placed by a sentence before its own: the place of what it answers, or of a speaker)
        if (PLACED_BY_TEXT.has(l.basis ?? '') && storyTown(l) && !speakerAt(records[k], l.start) && !(isStatement(records[k].event) && (l.basis === 'previous sentence' || l.basis === 'nearby sentence'))) {
          loc = { ...l, basis: 'the town named before' };
          found = records[k].text_info.sentence_index;
          break;
        }
      }
      // ("Analysts warned that Tripoli could become the next flashpoint ... Sunni clerics in the city appealed for calm": a town
      // of the story named after that event, in sentences that tell none, is the town meant)
      for (let k = e.sentence - 1; k > found && k >= e.sentence - 3; k--) {
        // (the first such town of the sentence; not one a distance is measured from, "some 220km south of Amman", nor where
        // someone was sent, "recalled the general to Baghdad")
        let p: PlaceMention | null = null;
        for (const x of per[k]) {
          const before = doc.text.slice(Math.max(0, x.start - 60), x.start);
          // (nor where people came from: "Many had come in buses from Hennebont, Lanester and smaller communes such as Caudan")
          if (!p && storyTown(fromMention(x, 'the town named before')) && !pastScene(doc, x) && !MEASURED_FROM.test(before) && !/\b(?:to|towards?|into)\s+(?:the\s+)?$/i.test(before) && !cameFromList(doc, x) &&
            !records.some((r) => r.text_info.sentence_index === k && speakerAt(r, x.start))) p = x;
        }
        if (p) {
          loc = fromMention(p, 'the town named before');
          break;
        }
      }
    }
    // ("the crowd had gathered in Babur Square", "troops sealed off the square" after "thousands of people gathered in the main
    // square of Andijan": a square the gazetteer does not know, or named with "the", is the square of the town named with one before)
    if (loc.basis !== 'sentence' && SQUARE.test(sentence)) {
      for (let k = e.sentence - 1; k >= Math.max(0, e.sentence - 10); k--) {
        const p = per[k].find((x) => SQUARE_OF.test(doc.text.slice(Math.max(doc.sentences[k].start, x.start - 40), x.start)) ||
          SQUARE_AFTER.test(doc.text.slice(x.end, Math.min(doc.sentences[k].end, x.end + 30))));
        if (p && p.resolved && p.resolved.resolution === 'city') {
          loc = fromMention(p, 'the town named before');
          break;
        }
      }
    }
    // a reported event happened before the report: a later date belongs to something else in the sentence
    const usable = e.time && e.time.anchored && !(a.published && e.reality === 'asserted' && e.time.date > a.published) ? e.time : null;
    // ("have been on strike since late December to demand a minimum wage": an aim has the day of the act it is the aim of,
    // told before it in its sentence)
    let aimOf: EventRecord | undefined;
    for (let k = records.length - 1; !usable && e.realityCue === 'purpose' && k >= 0 && records[k].text_info.sentence_index === e.sentence && !aimOf; k--) {
      const r = records[k];
      if (r.trigger.end <= doc.tokens[e.first].start && r.date_basis === 'text' && r.date) aimOf = r;
    }
    // ("Police arrested 17 drivers overnight" after Wednesday's clashes, in Thursday's paper: the night that followed the day just
    // told, when one was; else the night before the report)
    const night = usable && /^overnight$/i.test(usable.text) ? inheritedTime(doc, heads, raw, telling, e) : null;
    // (two nights back too, when that day is told in the act's own paragraph: "after Friday noon prayers ... at least 21 people were hurt
    // in the town overnight", in Sunday's paper)
    let nightAt = e.sentence;
    while (night && nightAt > 0 && doc.sentences[nightAt].start > night.start) nightAt--;
    const nightSpan = night && sameParagraph(doc, nightAt, e.sentence) ? 2 : 1;
    const nightOf = night && night.precision === 'day' && a.published && (Date.parse(a.published.slice(0, 10)) - Date.parse(night.date)) / 86_400_000 <= nightSpan ? night : null;
    // (and the acts told after it, which take their day from it, go on on that night: "... hurt in the town overnight. Police fired
    // tear gas")
    if (nightOf && e.time) e.time = { ...e.time, date: nightOf.date };
    // ("Thursday, Jan. 6 - ... dozens of \"rioters\" were killed overnight": in a chronology's item, a day told from the report's is the
    // item's)
    const ownItemDay = usable && a.published && DEICTIC_DAY.test(usable.text) && dayItemOf(doc, e.sentence) !== e.sentence ? itemDay(doc, telling, e.sentence, a.published) : null;
    let dateFromText = ownItemDay ?? nightOf ?? usable ?? (e.background ? null : headingDay(doc, telling, e, a.published)) ?? (aimOf ? { start: aimOf.date_start ?? 0, end: aimOf.date_end ?? 0, text: aimOf.date_text ?? '', date: aimOf.date!, precision: aimOf.date_precision ?? 'day', anchored: true } : null) ?? sameDayBefore(doc, e, a.published) ?? whereDay(doc, telling, e, a.published) ?? inheritedTime(doc, heads, raw, telling, e) ??
      (e.background && MATERIAL.has(e.trigger.event) ? dayOfHost(records, e, doc) : null);
    // (the day the acts just before went on with, no day told of its own: the act may be one of them told again)
    let storyDay = false;
    if (!dateFromText) {
      dateFromText = toldStoryDay(doc, heads, records, telling, e);
      storyDay = !!dateFromText;
    }
    // "A week later, tens of thousands marched": counted from the time told before
    if (e.time?.after !== undefined) {
      // (the latest date told in the sentences just before, itself perhaps counted: "two days later ... the next day")
      let told: string | null = null;
      // (the nearest sentence first; there, a day it tells with no act coded in it too: "... ruled Togo from 1967 until his death on
      // February 5. ... Faure Gnassingbe stepped down later that month")
      for (let k = e.sentence - 1; !told && k >= Math.max(0, e.sentence - 2); k--) {
        for (const r of records) if (r.date_basis === 'text' && r.date && r.text_info.sentence_index === k) told = r.date;
        // (not the day of an occasion named by its possessive: "won 60.2 percent of the vote in Sunday's election")
        const day: TimeMention | undefined = told ? undefined : findTimes(doc, doc.sentences[k], a.published).filter((t) => t.after === undefined && t.anchored && t.precision === 'day' &&
          (!a.published || t.date <= a.published) && !/^['’]s\b/.test(doc.text.slice(t.end, t.end + 3))).pop();
        if (day) told = day.date;
      }
      // (a day told before it in its own sentence comes first: "Karimov on Saturday blamed ..., while witnesses said troops had fired
      // the previous day")
      const at = e.time.start;
      const own = findTimes(doc, doc.sentences[e.sentence], a.published).filter((t) => t.after === undefined && t.end <= at && t.precision === 'day' && t.anchored).pop();
      const inherited = inheritedTime(doc, heads, raw, telling, e);
      const base = own?.date ?? told ?? inherited?.date ?? a.published;
      const d = base ? new Date(Date.parse(base + 'T12:00:00Z') + e.time.after * 86_400_000).toISOString().slice(0, 10) : null;
      // (a day after the report cannot be told in it: the time before stands)
      dateFromText = d && (!a.published || d <= a.published) ? { ...e.time, date: d, anchored: true } : inherited;
      // (and the acts told after it that take their day from it take that day: "was detained by police on Saturday and released several
      // hours later without charge. ... The movement vowed")
      if (dateFromText && dateFromText.precision === 'day') e.time = { ...dateFromText, after: undefined };
    }
    // "In July 2012 a government military operation in the town left dozens dead" (told in 2016), "in 1947, when French
    // troops opened fire": an act dated more than a year before the report is its background, no event of it
    if (e.reality === 'asserted' && dateFromText && a.published && longBefore(dateFromText.date, dateFromText.precision, a.published)) {
      if (!opts.keepUnreal) continue;
      e = { ...e, reality: 'historical', realityCue: 'dated' };
    }
    const rec: EventRecord = {
      id: eventId(a.id, trigStart, trigEnd, d.event),
      event: d.event,
      mode: e.reality !== 'asserted' ? (e.reality === 'question' ? 'hypothetical' : e.reality === 'negated' ? 'negation' : e.reality) : d.mode,
      context: contextsOf(doc, e, e.trigger.context, sentenceContexts),
      quad_code: quadOf(d.event),
      event_scale: scaleOf(d.event),
      cameo: d.cameo,
      acled,
      actor: toActor(e.actor),
      recipient: toActor(e.recipient),
      date: dateFromText ? dateFromText.date : a.published,
      date_precision: dateFromText ? dateFromText.precision : a.published ? 'week' : null,
      date_text: dateFromText ? dateFromText.text : null,
      date_start: dateFromText ? dateFromText.start : null,
      date_end: dateFromText ? dateFromText.end : null,
      date_basis: dateFromText ? 'text' : a.published ? 'publication' : null,
      event_loc: loc,
      size: frameOfKilling(doc, raw, e) ? { ...sizeFor(d.event, d.mode, e.size), dead: null, injured: null } : sizeFor(d.event, d.mode, e.size),
      attribution: e.attribution,
      object: e.object ? spanOf(doc, e.object.first, e.object.last) : null,
      subject: e.subject ? spanOf(doc, e.subject.first, e.subject.last) : null,
      event_text: doc.text.slice(trigStart, trigEnd),
      trigger: { start: trigStart, end: trigEnd, text: doc.text.slice(trigStart, trigEnd) },
      mentions: [],
      reality: e.reality,
      text_info: { sentence_index: s.index, start: s.start, end: s.end, sentence },
      article: meta,
      confidence: 0,
    };
    if (d.mode === 'riot' && d.event === 'PROTEST' && e.trigger.event !== 'PROTEST' && !rec.context.includes('repression')) {
      // keep the original trigger type visible for explanations
      rec.context.push('violent');
    }
    // ACLED: an intervention at a protest that kills is excessive force
    // (its own toll is weighed once the tolls are merged and sorted, in forceByToll: a sentence's figure may be another day's,
    // "fired tear gas Monday night ..., the third night of unrest since an officer shot and killed an unarmed 18-year-old")
    if (rec.acled?.sub_event_type === 'Protest with intervention' && lethalIn(sentence)) rec.acled = acledOf('FORCE_AGAINST_PROTEST');
    // ("five people were killed when the protest camp was stormed by troops": the state's deadly force on a protest the
    // sentence names, with no violence of the crowd's told, is excessive force, not an attack on civilians)
    if (rec.acled?.sub_event_type === 'Attack' && rec.event === 'ASSAULT' && rec.actor?.sector && (rec.actor.sector === 'MIL' || rec.actor.sector === 'COP') &&
      (!rec.recipient || ['CVL', 'PRO', 'OPP', 'EDU', 'LAB'].includes(rec.recipient.sector ?? 'CVL')) && PROTEST_NAMED.test(sentence) && lethalIn(sentence) && !crowdViolence(sentence)) rec.acled = acledOf('FORCE_AGAINST_PROTEST');
    // ("twenty-five people, nine of them police officers, were killed as riot police stormed the protest camp": where the
    // security forces lost their own, the crowd fought back; a violent demonstration, not force on a peaceful one)
    if (rec.acled?.sub_event_type === 'Excessive force against protesters' && [rec.size.dead, rec.size.injured].some((q) => q?.parts?.some((p) => p.sector === 'COP' || p.sector === 'MIL'))) rec.acled = acledOf('VIOL_DEMONSTR');
    // ("police had raided the homes of party officials ... and at least six of them had been taken away": a raid by the state
    // that takes people is an arrest)
    // (not weapons seized, which ACLED records as such: "a cache of firearms seized by police, who have three men in custody")
    if (rec.event === 'COERCE' && rec.mode === 'seize' && !rec.acled && (rec.size.arrested?.value ?? 0) > 0 && rec.actor?.sector && STATE_SECTORS.has(rec.actor.sector)) {
      rec.mode = 'arrest';
      rec.cameo = '173';
      rec.acled = acledOf('ARREST');
    }
    // "Police clashed with residents in Rio de Janeiro" in an article about Mexico: an actor
    // known only by the article's country takes the country of the place the event is in
    // (or in the town the sentence points back to: "troops sealed off the square" of Andijan, in a story filed from Kyrgyzstan)
    // (or in the country the sentence puts it in: "COLOMBO (AFP) - Security forces in the Maldives have arrested more than 100 people")
    if ((loc.basis === 'sentence' || loc.basis === 'the town named before') && loc.country_code && (loc.resolution === 'city' || loc.resolution === 'admin1' || (loc.resolution === 'country' && loc.basis === 'sentence'))) {
      for (const side of ['actor', 'recipient'] as const) {
        const m = e[side];
        const a = rec[side];
        if (!m?.codeFromArticle || !a) continue;
        // ("Opposition figures living in exile in Paris rejected the offer": exiles are not of the country they live in)
        if (loc.start !== null && loc.start > a.start && /\bexiled?\b/i.test(doc.text.slice(Math.max(0, a.start - 10), loc.start))) continue;
        // (a statement is placed where its speaker is: "In Washington, Clinton said the military leaders must leave Haiti")
        if (side === 'recipient' && isStatement(d.event)) continue;
        // (nor by a place named in what was said after the verb: "Government spokesman Getachew Reda accused elements in Egypt of
        // arming the groups" is the story's government, not Egypt's)
        if (side === 'actor' && isStatement(d.event) && loc.start !== null && loc.start > rec.trigger.end) continue;
        const c = countryByIso2(loc.country_code);
        if (!c || c.iso3 === a.code) continue;
        a.code = c.iso3;
        a.cameo_code = cameoOf(a.code, a.sector, null);
      }
    }
    // (an aim's day taken from its act adds nothing to how sure the aim is)
    rec.confidence = confidenceOf(e, aimOf ? { ...rec, date_basis: a.published ? 'publication' : null } : rec);
    // the same event told twice in the article: same type, same actors, same day, same place
    const key = recordKey(rec, spotOf(rec.event_loc) ?? rec.event_loc.country_code ?? '');
    // one act told with two words in a sentence ("Demonstrations ... turned violent", "a car bomb
    // ... killed"): an event noun and a verb of the same type, or the same actors twice
    // ("supporters of Sonko fought running battles with police": a crowd's fight, and the battles named as its object with no
    // one doing them, are one riot)
    // (and the crowd's own clash: "youths set up barricades of burning tyres and clashed with soldiers")
    const riotsNoun = (riot: EventRecord, noun: EventRecord, nounVerbal: boolean) =>
      riot.event === 'PROTEST' && riot.mode === 'riot' && noun.event === 'ASSAULT' && !noun.mode &&
      ((!noun.actor && !nounVerbal && noun.acled?.sub_event_type === 'Armed clash') ||
        (!!noun.actor && sameParty(riot.actor, noun.actor) && (noun.acled?.sub_event_type === 'Armed clash' || noun.acled?.sub_event_type === 'Violent demonstration')));
    const sameSentenceOk = (r: EventRecord) =>
        r.text_info.sentence_index === s.index &&
        (r.event === rec.event || riotsNoun(r, rec, e.verbal) || riotsNoun(rec, r, verbalIds.has(r.id))) &&
        // ("Maoists abduct two teachers; three killed in Sinwang": acts on either side of a semicolon are two)
        !semicolonBetween(doc, r, rec) &&
        r.reality === rec.reality &&
        // ("Workers went on strike over wages ..., and many saw that stoppage as a prelude to the riots": a strike and riots named in
        // one sentence are two)
        // (not strikers named by what they do, "Striking miners set fire to the company offices": their riot)
        // ("7,000 miners have been on strike ..., and thousands of residents streamed to the pits and surrounded them": a strike and
        // another protest by another crowd are two)
        !(rec.event === 'PROTEST' && r.event === 'PROTEST' && (r.mode === 'strike') !== (rec.mode === 'strike') &&
          ([r, rec].some((x) => x.mode === 'riot' || CROWD_VIOLENCE.has(x.acled?.sub_event_type ?? '')) || (!!r.actor && !!rec.actor && !sameParty(r.actor, rec.actor) && r.actor.sector !== rec.actor.sector)) &&
          ![r, rec].some((x) => x.mode === 'strike' && /ing$/i.test(x.trigger.text))) &&
        // ("A general strike paralysed the capital and tens of thousands of people marched": a strike that is the subject of a verb of
        // its own and a march told by another verb are two)
        !(rec.event === 'PROTEST' && r.event === 'PROTEST' && (r.mode === 'strike') !== (rec.mode === 'strike') &&
          (r.mode === 'strike' ? !verbalIds.has(r.id) && e.verbal && subjectOfVerb(doc, r) : verbalIds.has(r.id) && !e.verbal && subjectOfVerb(doc, rec))) &&
        // ("Naval ratings were landed at Trincomalee, and a detachment was flown to Batticaloa": two verbs, each placed in a town of its own)
        // (each town told after its own verb, before the next one)
        // (or each before its own: "in Kokand, where residents gathered ..., and in Andijan, where thirty people burned tyres")
        !(e.verbal && placedApart(r.event_loc, loc) && r.event_loc.start != null && loc.start != null &&
          ((verbalIds.has(r.id) && r.trigger.end <= r.event_loc.start && r.event_loc.start < rec.trigger.start && rec.trigger.end <= loc.start) ||
            (verbTold.has(r.id) && r.event_loc.start < r.trigger.start && r.trigger.end <= loc.start && loc.start < rec.trigger.start))) &&
        // ("Strikes were also reported in Wad Medani and in Atbara, where railway workers stopped work": what a clause on the last of
        // the places tells is not done in the places named before it)
        !(e.verbal && !verbalIds.has(r.id) && placedApart(r.event_loc, loc) && r.event_loc.start != null && loc.start != null && r.event_loc.start < loc.start &&
          loc.end! <= rec.trigger.start && /^,\s+where\b/i.test(doc.text.slice(loc.end!, rec.trigger.start))) &&
        // (not acts told with days of their own: "troops pushed into Bethlehem on Wednesday, killing a gunman, a day
        // after a suicide bomber blew himself up at a bus stop, killing three Israelis")
        !toldOnOtherDays(r, rec) &&
        // (what a relative clause tells in passing is not the sentence's act: "killed a man who had fought ...")
        (!backgroundIds.has(r.id) || !!e.background || !e.verbal || !verbalIds.has(r.id)) &&
        // ("In Tabriz, where serious rioting broke out last February, crowds set fire to a bank": what an aside tells with a day of
        // its own is not the act the sentence tells with none)
        !(backgroundIds.has(r.id) !== !!e.background && (backgroundIds.has(r.id) ? r.date_basis === 'text' && !dateFromText : !!dateFromText && r.date_basis !== 'text')) &&
        // ("a woman was shot dead near a protest, and officials said a sergeant was killed by a sniper": violence to two
        // victims told in two clauses is two acts)
        !(rec.event === 'ASSAULT' && verbalIds.has(r.id) && e.verbal && !!r.recipient && !!rec.recipient && r.recipient.start !== rec.recipient.start &&
          r.recipient.sector !== rec.recipient.sector && !sameParty(r.recipient, rec.recipient) &&
          /,\s+and\s/.test(doc.text.slice(Math.min(r.trigger.end, rec.trigger.end), Math.max(r.trigger.start, rec.trigger.start)))) &&
        // ("seized parts of the city, burned a church": two coercive acts told by two verbs, whatever their actor;
        // "ordered a curfew ... and said 140 people had been detained": a measure and an act)
        !(rec.event === 'COERCE' && ((verbalIds.has(r.id) && e.verbal) || (verbalIds.has(r.id) ? r.mode === 'arrest' : e.verbal && rec.mode === 'arrest')) && !!r.mode && !!rec.mode && r.mode !== rec.mode) &&
        // ("declaring a state of siege in Santander, banning public demonstrations, imposing a curfew in Bucaramanga": measures
        // of three kinds are three)
        !(rec.event === 'COERCE' && !!r.mode && !!rec.mode && r.mode !== rec.mode && MEASURE_MODES.has(r.mode) && MEASURE_MODES.has(rec.mode)) &&
        // ("extended a night-time curfew ... after the arrest of eleven activists": an arrest and a measure, told by two nouns)
        !(rec.event === 'COERCE' && !!r.mode && !!rec.mode && r.mode !== rec.mode && (r.mode === 'arrest' || rec.mode === 'arrest')) &&
        // ("had rounded up people in the quarter and shot at least eight men": taking people and shooting men, two acts)
        // (not one group beaten and taken: "Gunmen beat and abducted dozens of villagers")
        !(rec.event === 'ASSAULT' && r.mode !== rec.mode && (r.mode === 'abduct' || rec.mode === 'abduct') && !!r.recipient && !!rec.recipient && r.recipient.start !== rec.recipient.start) &&
        // ("student protests and a strike by workers": protests named by two nouns, each of its own kind of people, are two)
        !(rec.event === 'PROTEST' && !e.verbal && !verbalIds.has(r.id) && !!r.actor?.sector && !!rec.actor?.sector && r.actor.sector !== rec.actor.sector &&
          r.actor.sector !== 'PRO' && rec.actor.sector !== 'PRO' && !sameParty(r.actor, rec.actor)) &&
        (!verbalIds.has(r.id) || !e.verbal || sameParty(r.actor, rec.actor) || (!!r.recipient && sameParty(r.recipient, rec.recipient)) || rec.trigger.start - r.trigger.end < 20 ||
          // "43 persons were killed on Friday night when suspected herdsmen attacked the community": violence told
          // with no one doing it and violence with a doer, in one sentence, is one act
          (rec.event === 'ASSAULT' && !r.actor !== !rec.actor) ||
          // ("Two people were shot dead and at least forty were wounded": the wounded of violence told with no doer, no one
          // else named as hurt, are that violence's)
          // (and "..., killing at least 30 people and injuring more than 400")
          (rec.event === 'ASSAULT' && !r.actor && !rec.actor && !rec.recipient && /^(?:wounded|injured|hurt|wounding|injuring)$/i.test(rec.trigger.text) && !!r.size.dead) ||
          // "marched to parliament, chanting slogans": one protest
          (rec.event === 'PROTEST' && (!r.actor || !rec.actor)));
    // (an event noun goes with the act told nearest it: "militants killed 27 civilians ..., while the army said it
    // had killed dozens of the assailants in air strikes" — the air strikes are the army's killing, not the militants')
    let sameSentence: EventRecord | undefined;
    for (const r of records) {
      if (!sameSentenceOk(r)) continue;
      if (!sameSentence) sameSentence = r;
      else if (!e.verbal && Math.abs(r.trigger.start - rec.trigger.start) < Math.abs(sameSentence.trigger.start - rec.trigger.start)) sameSentence = r;
      if (e.verbal) break;
    }
    // (a seizure of power and the closing of bridges by the same army are two acts: modes count, except for protests)
    const modeKey = rec.event === 'PROTEST' ? '' : rec.mode ?? '';
    const looseKey = `${rec.event}|${modeKey}|${rec.actor?.code ?? ''}|${rec.actor?.sector ?? ''}|${rec.recipient?.code ?? ''}|${rec.recipient?.sector ?? ''}|${rec.reality}`;
    // (a retelling that leaves out whom it was addressed to: "we demand that we get around the table" after "urged the government")
    const actorKey = `${rec.event}|${modeKey}|${rec.actor?.code ?? ''}|${rec.actor?.sector ?? ''}|${rec.reality}`;
    const loose = rec.actor ? looseIndex.get(looseKey) ?? (rec.recipient ? undefined : looseIndex.get(actorKey)) : undefined;
    // (not a count summed since a day, dated by that day, with an act of that very day: "77 people have been killed since
    // Tuesday" holds Tuesday's 25 dead, told later, and does not take them as its own)
    const sinceDated = !!e.time && SINCE_BEFORE.test(doc.text.slice(Math.max(0, e.time.start - 40), e.time.start));
    if (sinceDated) sinceIds.add(rec.id);
    // (an act placed nowhere of its own, fallen back on the story's country, is the same act as one told on its day with its
    // actors in a town of that country: "the police opened fire ... Witnesses said the police gave no warning before shooting")
    const placeless = rec.event_loc.basis === 'article country' || rec.event_loc.basis === 'article';
    const keyNoPlace = recordKey(rec, rec.event_loc.country_code ?? '');
    const keyDup0 = keyIndex.get(key) ?? (placeless && rec.actor && rec.date_basis === 'text' ? noPlaceIndex.get(keyNoPlace) : undefined);
    let keyDup = keyDup0 && (((sinceDated || sinceIds.has(keyDup0.id)) && keyDup0.text_info.sentence_index !== rec.text_info.sentence_index) || otherSaying(rec, keyDup0, e.verbal, s.index)) ? undefined : keyDup0;
    if (keyDup && MATERIAL.has(rec.event) && hourBetween(doc, keyDup.text_info.sentence_index, s.index)) keyDup = undefined;
    // (nor two acts told each with its own verb and its own object, that object another thing: "The government rejected calls for
    // reform." and "The minister dismissed demands for a new election."; acts of words only: "arrested 20 people" and "detained
    // the protesters" may well be one arrest)
    // (what is said past the verb counts, not only its object: "urged the government to agree to talks" and "urging him to agree to
    // talks" are one call)
    // (and two threats told by their nouns, each of another act: "said the blockades would be extended" and, later, "said his
    // supporters would join the protests")
    const objectsApart = (x: EventRecord) => SPOKEN.has(rec.event) && x.text_info.sentence_index !== rec.text_info.sentence_index &&
      ((e.verbal && verbalIds.has(x.id) && !!x.object && !!rec.object && !sharesContent(toldPast(doc, x), toldPast(doc, rec))) ||
        (rec.event === 'THREATEN' && !e.verbal && !verbalIds.has(x.id) && !sharesContent(x.trigger.text + toldPast(doc, x), rec.trigger.text + toldPast(doc, rec))));
    if (keyDup && objectsApart(keyDup)) keyDup = undefined;
    // (not across places: "marched through Fargo" and "a vigil in nearby Moorhead" are two protests)
    // (nor a count across the whole country and another count in one town: "his officers arrested 38 people" in Masaka and "360 people
    // had been arrested countrywide")
    const countedApart = (x: EventRecord, y: EventRecord) => (x.event_loc.basis === 'nationwide') !== (y.event_loc.basis === 'nationwide') &&
      (['arrested', 'dead', 'injured'] as const).some((k) => !!x.size[k] && !!y.size[k] && x.size[k]!.value !== y.size[k]!.value);
    const samePlace = (x: EventRecord, y: EventRecord) => (x.event_loc.resolution !== 'city' || y.event_loc.resolution !== 'city' || spotOf(x.event_loc) === spotOf(y.event_loc)) && !countedApart(x, y);
    // (nor two bodies or people named apart, however alike their codes: "the District Administration warned" and, ten
    // sentences on, "Koirala warned")
    // (or a person named and a holder of another office: "He said he would not resign" of Sogavare, and "The premier of Malaita
    // province rejected suggestions")
    const officeOf = (x: NonNullable<EventRecord['actor']>) => /^[\p{Ll}]/u.test(x.entity_name) && OFFICE_HOLDER.test(x.entity_name);
    const namedApart = (x: EventRecord['actor'], y: EventRecord['actor']) => !!x && !!y &&
      ((/^\p{Lu}/u.test(x.entity_name) && /^\p{Lu}/u.test(y.entity_name)) || (/^\p{Lu}/u.test(x.entity_name) && officeOf(y)) || (/^\p{Lu}/u.test(y.entity_name) && officeOf(x))) &&
      x.entity_name.toLowerCase() !== y.entity_name.toLowerCase() && !sameSurname(x, y);
    // (nor a stretch told from a day on with an act of one day: "Garment workers have been on strike since late December" is
    // the strike, not Friday's blockade of a road by workers)
    // (a name in mixed case only: in wire copy in capitals, "MOBS" and "CROWDS" are no names)
    if (keyDup && keyDup.text_info.sentence_index !== rec.text_info.sentence_index && namedApart(keyDup.actor, rec.actor) &&
      [keyDup.actor, rec.actor].some((x) => !!x && /^\p{Lu}\p{Ll}/u.test(x.entity_name))) keyDup = undefined;
    // (nor, of words, a body's spokesman and its members: "soldiers at checkpoints had warned drivers" and, two sentences on, "A
    // military spokesman ... warned that villages ...")
    const headOf = (x: NonNullable<EventRecord['actor']>) => x.entity_name.toLowerCase().split(/\s+/).pop() ?? '';
    const voiceApart = (x: EventRecord) => SPOKEN.has(rec.event) && x.text_info.sentence_index !== rec.text_info.sentence_index && !!x.actor && !!rec.actor &&
      headOf(x.actor) !== headOf(rec.actor) && actorLexicon().agentsOf.has(headOf(x.actor)) !== actorLexicon().agentsOf.has(headOf(rec.actor));
    if (keyDup && voiceApart(keyDup)) keyDup = undefined;
    // (nor a march of thousands and the riot of a hundred who broke away from it: "some 12,000 people marched ... a group of around
    // a hundred people broke away and threw bottles")
    if (keyDup && keyDup.text_info.sentence_index !== rec.text_info.sentence_index && crowdsApart(keyDup, rec)) keyDup = undefined;
    // (a toll told of "that attack" is that attack's, not another toll's: "Hospitals reported several hundred people were hurt ... right-wing
    // youths had driven a truck into a column of marchers ... Organizers said about 60 people were injured in that attack")
    const ofThatAct = tollOnly(rec) && THAT_ACT.test(doc.text.slice(rec.trigger.end, Math.min(s.end, rec.trigger.end + 40)));
    if (keyDup && ofThatAct && tollOnly(keyDup)) keyDup = undefined;
    const looseDup = loose && !(ofThatAct && tollOnly(loose)) && (loose.date_basis !== 'text' || rec.date_basis !== 'text' || (storyDay && loose.date === rec.date)) && samePlace(loose, rec) && !namedApart(loose.actor, rec.actor) && !voiceApart(loose) &&
      !objectsApart(loose) && !(loose.text_info.sentence_index !== rec.text_info.sentence_index && crowdsApart(loose, rec)) &&
      !hourBetween(doc, loose.text_info.sentence_index, s.index) &&
      !sinceDated && !sinceIds.has(loose.id) &&
      // (nor one dated by its words more than a month back and one the report's days hold: "The protests began in November" is not the
      // seizures "over the past three days" told in February)
      !((loose.date_basis === 'text') !== (rec.date_basis === 'text') && !!a.published && [loose, rec].some((x) => x.date_basis === 'text' && !!x.date && longerAgo(x.date, a.published!.slice(0, 10), 31))) &&
      !otherSaying(rec, loose, e.verbal, s.index) ? loose : undefined;
    // "similar protests in at least eight other cities", "fresh clashes": another event of the same kind
    let another = false;
    // ("The new curfew is the second imposed this month": the new one is the one just told)
    for (let i = e.first - 1; i >= Math.max(s.first, e.first - 3) && !another; i--) another = ANOTHER.has(doc.tokens[i].lower) && !(doc.tokens[i].lower === 'new' && i > s.first && DEFINITE.has(doc.tokens[i - 1].lower));
    // ("PROTESTS WERE ALSO REPORTED IN THE TOWNS OF ANANTNAG, SOPORE AND BARAMULLA": acts told also of other places are other acts)
    const lp = rec.event_loc.start;
    // (and acts told in a clause on those places: "..., WHERE CROWDS DEFIED PROHIBITORY ORDERS")
    if (!another && lp !== null && lp >= s.start && lp <= s.end && ALSO_SCENE.test(doc.text.slice(s.start, lp))) another = true;
    // ("Within days the rioting had spread to Oran, Constantine and other towns": what spreads to other places is acts there, no
    // act told again)
    if (!another && !e.verbal && e.reality === 'asserted' && !e.realityCue && e.trigger.context !== 'intent') {
      for (let i = e.last; i < s.last && i - e.last < 4 && !another; i++) another = /^(?:spread|spreads|spreading)$/.test(doc.tokens[i].lower) && /^(?:to|across|into|throughout)$/.test(doc.tokens[i + 1]?.lower ?? '');
    }
    // "Opposition supporters protested in Osh. The protests drew thousands.": a definite event noun
    // with no actor of its own points back to the last event of its kind
    let anaphor: EventRecord | undefined;
    let farAnaphor = false;
    let tollOf = false;
    // ("were wounded in Tuesday's morning rush-hour blast": a day's own event is as definite as "the blast")
    let j = e.first - 1;
    while (j > s.first && e.first - j <= 5 && (doc.tokens[j].pos === 'ADJ' || doc.tokens[j].pos === 'NOUN' || doc.tokens[j].text === '-')) j--;
    const daysOwn = j > s.first && (doc.tokens[j].text === "'s" || doc.tokens[j].text === '’s') && WEEKDAY.test(doc.tokens[j - 1].text);
    // (a day's own event is that event whoever is said to have done it: "the two officers involved in Monday's shooting")
    // (an act claimed is the one told before, its claimant no doer that tells it apart: "A car bomb killed eight ... IS claimed
    // responsibility for the attack")
    // (and one named again with a doer the telling before did not name: "Aden was met by a general strike ... The strike was called by
    // the Aden Trades Union Congress")
    const namedNow = !!rec.actor && !e.claimed && !e.verbal;
    if ((((!rec.actor || e.claimed) && !e.verbal) || daysOwn || namedNow) && !another) {
      let i = e.first - 1;
      // (past a place's name too: "after the Qana strike")
      const placeWord = (t: Token) => t.pos === 'PROPN' && (doc.places ?? []).some((p) => p.start <= t.start && t.end <= p.end);
      while (i > s.first && (doc.tokens[i].pos === 'ADJ' || doc.tokens[i].lower === 'new' || placeWord(doc.tokens[i])) && e.first - i < 3) i--;
      // ("was himself hit by tear gas" after "officers responded with tear gas": crowd-control gear named bare again)
      const bareGear = rec.mode === 'crowd-control' && (i < s.first || !['DET', 'NUM'].includes(doc.tokens[i].pos));
      // ("ending what had begun as a peaceful rally": the event it turned into, told as what it started as)
      const startedAs = i >= s.first + 2 && (doc.tokens[i].lower === 'a' || doc.tokens[i].lower === 'an') && doc.tokens[i - 1].lower === 'as' && STARTED.has(doc.tokens[i - 2].lemma);
      // ("raising the army's death toll in the ambush to five": a toll given of the event named is that event's, and sure,
      // whenever the source told it)
      tollOf = i > s.first && DEFINITE.has(doc.tokens[i].lower) && TOLL_PREPS.has(doc.tokens[i - 1].lower) && doc.tokens.slice(Math.max(s.first, i - 4), i - 1).some((t) => t.lemma === 'toll');
      // ("detained two men in connection with the attack", "an inquiry into the shooting": the act named as what
      // something else is about, whatever day that something was told on)
      const about = i > s.first + 1 && DEFINITE.has(doc.tokens[i].lower) &&
        ((doc.tokens[i - 1].lower === 'with' && doc.tokens[i - 2].lower === 'connection') || (doc.tokens[i - 1].lower === 'into' && INQUIRY.has(doc.tokens[i - 2].lemma)));
      // (an aircraft named again is the craft, no act told again: "The jet carrying Zelaya circled the capital")
      // ("declined to comment on their deployment": an act named with its doers' possessive is the act told before too)
      if (((i >= s.first && (DEFINITE.has(doc.tokens[i].lower) || OWNERS.has(doc.tokens[i].lower))) || bareGear || daysOwn || startedAs) && !BARE_CRAFT.test(rec.trigger.text)) {
        for (let k = records.length - 1; k >= 0 && !anaphor; k--) {
          const r = records[k];
          const d = s.index - r.text_info.sentence_index;
          if (d > 3) break;
          // (gear named bare again counts from the last telling: "his men had used tear gas ... Doctors said they had treated
          // dozens of people for injuries caused by beatings and tear gas")
          let last = r.text_info.sentence_index;
          for (const m of r.mentions ?? []) if (m.sentence_index > last && m.sentence_index < s.index) last = m.sentence_index;
          // (a day's own act is no undated act told before it: "Riots spread from Soweto" over "the death toll from yesterday's
          // clash")
          // (the day's acts across the country are no act of one town told before: "six were killed during Wednesday's
          // protests across the country" after the protest in Makeni)
          // ("troops and police fired on students ... the death toll from the clashes": a clash named again is the last violence
          // told, a riot or an assault, whichever way it was coded; not a riot told before that violence)
          if (d > 0 && CLASH_AGAIN.test(rec.trigger.text) && r.reality === 'asserted' && ((r.event === 'ASSAULT' && rec.event === 'PROTEST' && rec.mode === 'riot') || (r.event === 'PROTEST' && r.mode === 'riot' && rec.event === 'ASSAULT'))) break;
          // ("Councillor Gerry Coyle, who attended the march": a protest named by its own kind is the last of that kind, not a picket
          // told since)
          // (one told as a protest of any kind too may be it: "The protest outside the Government House began ... when 150 people launched
          // a hunger strike ... The rally soon grew")
          const otherKind = rec.event === 'PROTEST' && OWN_KIND_PROTESTS.test(rec.trigger.text) && OWN_KIND_PROTESTS.test(r.trigger.text) &&
            ![r.trigger.text, ...(r.mentions ?? []).map((m) => m.text)].some((w) => /^(?:protests?|demonstrations?)$/i.test(w) || (OWN_KIND_PROTESTS.test(w) && protestStem(w) === protestStem(rec.trigger.text)));
          if (d > 0 && r.event === rec.event && !otherKind && r.reality === rec.reality && (tollOf || about || !toldOnOtherDays(rec, r)) && !(daysOwn && r.date_basis !== 'text') &&
            // (a manner of its own over a telling with none is the same act told more exactly: "Three soldiers were killed ... when a
            // patrol was ambushed ... the attack was carried out by the Dagoberto Ramos column")
            // (with no manner on either side, the same family of CAMEO codes: "the attack" over "were killed", not "the clashes" over
            // "injured in three grenade attacks")
            !(namedNow && !daysOwn && (r.actor || (!rec.mode && rec.cameo.slice(0, 2) !== r.cameo.slice(0, 2)) || (r.mode !== rec.mode && r.mode !== null) ||
              !(i >= s.first && DEFINITE.has(doc.tokens[i].lower)))) &&
            !(rec.event_loc.basis === 'nationwide' && r.event_loc.basis !== 'nationwide') &&
            (!bareGear || (r.mode === 'crowd-control' && s.index - last <= 2))) anaphor = r;
        }
        // ("... when a convoy sent to clear road blockades clashed with villagers. The fighting took place in and around Warisata": the
        // fighting named again is the clash told with the blockades, not the blockades)
        if (anaphor && rec.event === 'PROTEST' && CLASH_AGAIN.test(rec.trigger.text) && anaphor.mode !== 'riot') {
          const at = anaphor.text_info.sentence_index;
          anaphor = records.find((q) => q.event === 'ASSAULT' && q.reality === 'asserted' && !!q.actor && q.text_info.sentence_index === at) ?? anaphor;
        }
        // ("In Dushanbe, the ministry accused criminal groups of inciting the riot", "the two officers involved in Monday's
        // shooting", told far below the story's lead: the last event of that very kind in the article, on that day)
        // (a kind of act named without its manner, or with counts of its own, is no sure reference: "the killings" of 28)
        const sized = !!(rec.size.dead || rec.size.injured || rec.size.arrested || rec.size.crowd);
        // ("the military council bore responsibility for the attack": one act named with "the", in the singular, is the last of its
        // kind, whatever its manner)
        const definiteOne = !rec.mode && !e.verbal && doc.tokens[e.first - 1]?.lower === 'the' && doc.tokens[e.first].lower === doc.tokens[e.first].lemma;
        for (let k = records.length - 1; k >= 0 && !anaphor && !bareGear && !namedNow && (!sized || tollOf) && (!!rec.mode || daysOwn || tollOf || definiteOne); k--) {
          const r = records[k];
          // ("two who had filmed the protest" of a road blockade: "protest" names any manner of protest but a strike or a boycott)
          // ("Friday's riots ... The unrest began on Friday morning": "unrest" names them too)
          const anyProtest = rec.event === 'PROTEST' && rec.mode === 'demo' && !!r.mode && r.mode !== 'strike' && r.mode !== 'boycott' && /^(?:(?:protest|demonstration|rally)s?|unrest)$/i.test(rec.trigger.text);
          if (s.index - r.text_info.sentence_index > 3 && r.event === rec.event && (r.mode === rec.mode || definiteOne || anyProtest) && r.reality === rec.reality &&
            (tollOf || !toldOnOtherDays(rec, r)) && r.event_loc.country_code === rec.event_loc.country_code) {
            anaphor = r;
            farAnaphor = true;
          }
        }
        // (of those, the story's deadliest, which the act named with "the" most likely is: not a volley of tear gas told since)
        // (found near or far)
        if (anaphor && definiteOne && rec.mode !== anaphor.mode) {
          for (const r of records) {
            if (r !== anaphor && r.event === rec.event && r.reality === rec.reality && s.index > r.text_info.sentence_index && !toldOnOtherDays(rec, r) &&
              r.event_loc.country_code === rec.event_loc.country_code && (r.size.dead?.value ?? 0) > (anaphor.size.dead?.value ?? 0)) {
              anaphor = r;
              farAnaphor = s.index - r.text_info.sentence_index > 3 || farAnaphor;
            }
          }
        }
      }
    }
    // ("The clashes followed a strike on Monday at the Lenin Shipyard in Gdansk": an act named with "the" as what followed or
    // came after another points back to the last act of its kind told, however far above; the day and place in its sentence are
    // the other act's. With none told, nor counts of its own, it is no act of its own)
    if (!anaphor && !e.verbal && !rec.actor && !another && rec.reality === 'asserted' && DEFINITE.has(doc.tokens[e.first - 1]?.lower ?? '') &&
      (e.first - 1 === s.first || doc.tokens[e.first - 2]?.pos === 'PUNCT') && FOLLOWED_AS.test(doc.text.slice(rec.trigger.end, rec.trigger.end + 24))) {
      const kin = (r: EventRecord) => r.reality === 'asserted' && (r.event === rec.event || (violentAct(r) && violentAct(rec) && CLASH_AGAIN.test(rec.trigger.text)));
      const pointed = [...records].reverse().find((r) => r.text_info.sentence_index < s.index && kin(r));
      if (pointed) {
        addMention(pointed, rec.trigger, rec.text_info.sentence_index);
        continue;
      }
      if (!rec.size.dead && !rec.size.injured && !rec.size.arrested) continue;
    }
    // ("A time bomb exploded in a cafe, killing two soldiers. An army spokesman said the dead were killed instantly
    // when the device went off": violence of the same manner told in the next sentence, by no one, to no other side and
    // with no toll beyond the first telling's, on no other day or place, is that violence)
    let retold: EventRecord | undefined;
    // ("a group of Maoists blew up the VDC building ... land records kept in the building were destroyed": destruction too)
    // (or by the doers told before, named only by what they did: "Communist terrorists ambushed a police convoy ... The attackers
    // opened fire with Bren guns from a ridge")
    const doersAgain = !!rec.actor && !!e.actor && e.actor.ref !== undefined && DOER_NOUNS.has(rec.actor.entity_text.toLowerCase()) && DEFINITE.has(doc.tokens[e.actor.first - 1]?.lower ?? '');
    // (or by the same side, in a sentence that tells neither a day nor a place of its own, nor that the act was another: "Uzbek troops
    // opened fire on thousands of protesters ... A Reuters reporter saw at least 30 bodies ... after soldiers fired volleys into it")
    const ownDay = rec.date_start !== null && rec.date_start >= s.start && rec.date_start < s.end;
    const sameSide = !!rec.actor && !doersAgain && e.verbal && !ownDay && rec.event_loc.basis !== 'sentence' && !ALSO_BEFORE.test(doc.text.slice(Math.max(s.start, rec.trigger.start - 12), rec.trigger.start));
    if ((!rec.actor || doersAgain || sameSide) && !another && (rec.event === 'ASSAULT' || rec.event === 'PROTEST' || (rec.event === 'COERCE' && rec.mode === 'destroy')) && rec.reality === 'asserted') {
      // (a vague count told first is made exact by the next sentence: "killing dozens of civilians when its jets struck Mekele ...
      // at least 44 people had died")
      const vague = (q: Quantity) => q.approximate && /^(?:dozens|scores|hundreds|thousands)\b/i.test(q.text);
      const within = (a: Quantity | null, b: Quantity | null) => !a || (!!b && (a.value <= b.value || vague(b)));
      // (the bombs an air raid dropped, told next: "its jets struck Mekele ... bombs had fallen on a residential area")
      const sameManner = (r: EventRecord) => r.mode === rec.mode || !rec.mode || (r.mode === 'aerial' && rec.mode === 'explosives' && !e.verbal);
      // (not people hurt "also", others than those told before: "Dozens more were wounded ... Police said several officers were also hurt")
      const others = !!rec.recipient && ALSO_BEFORE.test(doc.text.slice(Math.max(s.start, rec.trigger.start - 12), rec.trigger.start));
      for (let k = records.length - 1; k >= 0 && !retold && !others; k--) {
        const r = records[k];
        const d = s.index - r.text_info.sentence_index;
        if (d > 1) break;
        if (d > 0 && !heads[r.text_info.sentence_index] && r.event === rec.event && sameManner(r) && r.reality === rec.reality && !toldOnOtherDays(rec, r) && samePlace(r, rec) &&
          (!(doersAgain || sameSide) || (!!r.actor && r.actor.code === rec.actor!.code && r.actor.sector === rec.actor!.sector)) &&
          // (the wounded told first with the dead told again: "killing scores of people ... 86 people had been killed and several hundred
          // wounded")
          within(rec.size.dead, r.size.dead) && (within(rec.size.injured, r.size.injured) || (!r.size.injured && !!rec.size.dead && !!r.size.dead)) && within(rec.size.arrested, r.size.arrested) &&
          // (not a count of its own, fewer and not of the first: "Three people were shot dead in Ndop ... Two youths were
          // killed in Ndu", a town the gazetteer lacks; but "Two of the dead were children")
          // (a vague count made exact is no count of its own: "killing scores of people ... 86 people had been killed")
          !(rec.size.dead && r.size.dead && rec.size.dead.value !== r.size.dead.value && !!rec.recipient && !/\bof\b/i.test(rec.recipient.entity_text) &&
            !vague(r.size.dead)) &&
          // (done to the same side, when both say to whom)
          // (people counted among the crowd shot at: "opened fire on thousands of demonstrators ... 86 people had been killed")
          (!rec.recipient || !r.recipient || sameParty(rec.recipient, r.recipient) || rec.recipient.sector === r.recipient.sector ||
            (rec.recipient.sector === 'CVL' && r.recipient.sector === 'PRO' && /\bpeople$/i.test(rec.recipient.entity_name ?? rec.recipient.entity_text)))) retold = r;
      }
    }
    // ("The agreement was signed yesterday by Jagielski and Lech Walesa ... Walesa signed with an oversized pen": one side of an
    // agreement told signing again on its day, with no other side named, is that signing told again)
    if (!retold && !sameSentence && e.verbal && rec.event === 'AGREE' && !rec.recipient && rec.actor && rec.reality === 'asserted') {
      for (let k = records.length - 1; k >= 0 && !retold; k--) {
        const r = records[k];
        const d = s.index - r.text_info.sentence_index;
        if (d > 2) break;
        if (d > 0 && r.event === 'AGREE' && r.reality === 'asserted' && r.cameo === rec.cameo && r.date === rec.date &&
          [r.actor, r.recipient].some((x) => !!x && (sameParty(x, rec.actor) || x.entity_name === rec.actor!.entity_name))) retold = r;
      }
    }
    // ("A car bomb exploded outside a police station ... The blast shattered windows and destroyed dozens of shops": what the
    // blast named again did is that bombing's)
    if (!retold && !sameSentence && e.verbal && rec.actor && (rec.event === 'ASSAULT' || (rec.event === 'COERCE' && rec.mode === 'destroy')) && rec.reality === 'asserted' &&
      /^(?:the|that|this)$/.test(doc.tokens[e.actor!.first - 1]?.lower ?? '') && BLAST_AGAIN.test(doc.text.slice(e.actor!.start, e.actor!.end))) {
      for (let k = records.length - 1; k >= 0 && !retold; k--) {
        const r = records[k];
        const d = s.index - r.text_info.sentence_index;
        if (d > 2) break;
        if (d > 0 && r.event === 'ASSAULT' && (r.mode === 'explosives' || r.mode === 'suicide-attack' || r.mode === 'aerial' || r.mode === 'heavy-weapons') && r.reality === 'asserted' && !toldOnOtherDays(rec, r)) retold = r;
      }
    }
    // ("A funeral for the two people killed on Wednesday is expected next weekend": people a definite count names as killed, wounded
    // or arrested are those an act told before counted, however far above, on that day; that act told again, no new one)
    let countedAgain: EventRecord | undefined;
    if (!sameSentence && !anaphor && !retold && !another && e.verbal && rec.reality === 'asserted' && (rec.event === 'ASSAULT' || rec.event === 'COERCE')) {
      for (const kind of ['dead', 'injured', 'arrested'] as const) {
        const q = rec.size[kind];
        if (!q || countedAgain) continue;
        let at = s.first;
        while (at < s.last && doc.tokens[at].start < q.start) at++;
        if (at <= s.first || doc.tokens[at].start !== q.start || !DEFINITE.has(doc.tokens[at - 1].lower)) continue;
        for (let k = records.length - 1; k >= 0 && !countedAgain; k--) {
          const r = records[k];
          const same = r.event === rec.event || (kind !== 'arrested' && r.event === 'PROTEST' && r.mode === 'riot');
          if (same && r.reality === 'asserted' && r.size[kind]?.value === q.value && r.text_info.sentence_index < s.index && !toldOnOtherDays(rec, r)) countedAgain = r;
        }
      }
    }
    // ("a group of armed men ... stormed the city's prison. They freed 23 local businessmen ..., along with hundreds of other
    // inmates": prisoners freed by those who broke in, not by who held them, are the break-in's, no release of captives)
    if (!sameSentence && !anaphor && rec.event === 'RETREAT' && rec.mode === 'release' && rec.reality === 'asserted' && rec.actor?.sector && !STATE_SECTORS.has(rec.actor.sector) &&
      JAILED.test(doc.text.slice(rec.trigger.end, s.end))) {
      let host: EventRecord | undefined;
      for (let k = records.length - 1; k >= 0 && !host; k--) {
        const r = records[k];
        const d = s.index - r.text_info.sentence_index;
        if (d > 1) break;
        if ((r.event === 'ASSAULT' || r.event === 'COERCE') && r.reality === 'asserted' && !toldOnOtherDays(rec, r) &&
          // (who "they" are stands in the name: no country may be known yet)
          (sameParty(r.actor, rec.actor) || (!!r.actor && r.actor.entity_name === rec.actor.entity_name && r.actor.sector === rec.actor.sector))) host = r;
      }
      if (host) {
        addMention(host, rec.trigger, s.index);
        continue;
      }
    }
    // (the act "that attack" points at is the last violent act told, a few sentences up, whichever acts share its day)
    const thatAct = ofThatAct ? [...records].reverse().find((r) => r.text_info.sentence_index < s.index && s.index - r.text_info.sentence_index <= 4 && r.reality === 'asserted' && violentAct(r) && !tollOnly(r)) : undefined;
    const dup = sameSentence ?? thatAct ?? anaphor ?? countedAgain ?? (another ? undefined : (keyDup && (rec.date_basis !== 'text' || keyDup.date_basis === 'text') ? keyDup : undefined) ?? looseDup ?? retold);
    // a past act of the same kind told of someone in this sentence's act ("killed another Chechen who had
    // fought on the Ukrainian side") describes that person: no event of its own, nothing to add to the act
    if (dup && sameSentence && e.background && !backgroundIds.has(dup.id)) continue;
    // (an event named again far from where it is told adds that telling, and who did it when this one says so, but
    // not this sentence's day, source or counts: "Russia's foreign ministry said the unrest was aimed at ...")
    if (dup && dup === anaphor && farAnaphor && dup !== sameSentence) {
      addMention(dup, rec.trigger, rec.text_info.sentence_index);
      if (!dup.actor && rec.actor) dup.actor = rec.actor;
      if (tollOf) for (const k of ['dead', 'injured'] as const) dup.size[k] = maxQ(dup.size[k], rec.size[k]);
      continue;
    }
    if (dup) {
      // keep the better-told version as the event's identity: one with an actor, a verb, more confidence
      // ("pounded the enclave, killing five people": the act, not the participle telling its toll)
      // (after a comma, or after the act it follows: "attacked a convoy killing 12 soldiers")
      const toll = (r: EventRecord, other: EventRecord) => r.event === 'ASSAULT' && /ing$/i.test(r.trigger.text) && (/,\s*$/.test(doc.text.slice(Math.max(0, r.trigger.start - 3), r.trigger.start)) || r.trigger.start > other.trigger.start);
      // (the act, not the aim it was done for: "fired tear gas to disperse the crowd" is the firing, at the crowd)
      const aim = (r: EventRecord) => r === rec ? e.realityCue === 'purpose' : aimIds.has(r.id);
      // (the fight a toll was suffered in, not the toll: "Three persons were hurt in a scuffle between rival supporters")
      const sufferedIn = (r: EventRecord, other: EventRecord) => tollOnly(r) && other.trigger.start > r.trigger.end &&
        /^\s+(?:in|during)\s+(?:[\w-]+\s+){0,3}$/i.test(doc.text.slice(r.trigger.end, other.trigger.start));
      const score = (r: EventRecord, other: EventRecord) => (r.actor ? 2 : 0) + (r.recipient ? 0.5 : 0) + r.confidence - (toll(r, other) ? 1 : 0) - (aim(r) && !aim(other) ? 0.6 : 0) -
        (sufferedIn(r, other) ? 1 : 0);
      // ("were killed in two days of fighting": with no doer named, the fighting told says it was a clash, not an attack)
      const clash = [dup.acled, rec.acled].find((a) => a?.sub_event_type === 'Armed clash');
      // ("Mortar and machinegun fire shook the capital as troops battled militiamen": the fire heard of a battle between two named
      // sides, told in its sentence with no doer of its own, is that battle's, no remote attack; not an attack one side came under)
      const sides = [dup, rec].find((r) => r.acled?.sub_event_type === 'Armed clash' && !!r.actor && !!r.recipient);
      const heardFire = sides ? (sides === dup ? rec : dup) : null;
      // (nor are the weapons of it told in another sentence with no doer: "Residents said shells and rockets had crashed into homes")
      const sidesClash = sides && heardFire && !heardFire.actor && (dup.text_info.sentence_index !== rec.text_info.sentence_index ||
        /^[\w -]{0,30}?\b(?:fire|gunfire)\b/i.test(doc.text.slice(heardFire.trigger.start, heardFire.trigger.end + 30))) ? sides.acled : null;
      if (dup.text_info.sentence_index === rec.text_info.sentence_index && score(rec, dup) > score(dup, rec)) {
        // ("MARCHED TO THE HEADQUARTERS, BROKE WINDOWS AND BURNED PORTRAITS": a protest told violent stays a riot, whichever telling
        // names it)
        const riot = dup.event === 'PROTEST' && dup.mode === 'riot' && rec.event === 'PROTEST' && rec.mode !== 'riot' ? { mode: dup.mode, cameo: dup.cameo, acled: dup.acled } : null;
        const told = dup.trigger;
        dup.id = rec.id;
        if (e.verbal) verbTold.add(rec.id);
        dup.trigger = rec.trigger;
        addMention(dup, told, dup.text_info.sentence_index);
        dup.event_text = rec.event_text;
        dup.event = rec.event;
        dup.mode = rec.mode;
        dup.cameo = rec.cameo;
        dup.acled = specific(rec.acled, dup.acled);
        dup.actor = rec.actor;
        dup.recipient = rec.recipient ?? dup.recipient;
        dup.object = rec.object ?? dup.object;
        if (riot) Object.assign(dup, riot);
      }
      // (who claims it is who did it, where the telling named no one we know: "A car bomb killed eight ... IS claimed responsibility")
      if (e.claimed && rec.actor && (!dup.actor || !dup.actor.cameo_code || dup.actor.sector === 'UAF')) dup.actor = rec.actor;
      // ("The arrests bring to more than 600 the number of people held since the blockade began": an act named again with a running
      // sum of acts is no count of that act)
      if (dup === anaphor) for (const k of ['dead', 'injured', 'arrested'] as const) if (rec.size[k] && RUNNING_SUM.test(doc.text.slice(Math.max(0, rec.size[k]!.start - 80), rec.size[k]!.start))) rec.size[k] = null;
      absorb(dup, rec);
      // ("Loyalist troops and mutinous soldiers fought ..., with heavy machine-gun fire and explosions heard": the sound of a
      // battle between two named sides is that battle, no explosive attack)
      // (nor are the weapons two sides fought with: "Rival gunmen fought with rocket-propelled grenades")
      const heard = dup.acled?.sub_event_type === 'Armed clash' && !!dup.actor && !rec.actor && dup.text_info.sentence_index === rec.text_info.sentence_index &&
        ((!!dup.recipient && SOUNDS_OF_FIGHTING.test(rec.trigger.text)) || FOUGHT_WITH.test(doc.text.slice(Math.max(0, rec.trigger.start - 60), rec.trigger.start)));
      if (!heard) dup.acled = specific(dup.acled, rec.acled);
      if (sidesClash) dup.acled = sidesClash;
      if (clash && dup.acled?.sub_event_type === 'Attack' && !dup.actor && dup.text_info.sentence_index === rec.text_info.sentence_index) dup.acled = clash;
      if ((RANK[rec.event_loc.resolution ?? ''] ?? 0) > (RANK[dup.event_loc.resolution ?? ''] ?? 0)) dup.event_loc = rec.event_loc;
      // (not the source of a sentence that only names the act again: 'The spokesman said one of the deaths "had no connection" with
      // the protest' is no source of the barricades built)
      // (nor of what a party itself said, told first in its own words: "The government denied that police had used incendiary devices
      // ... Human rights groups say ..., a charge the authorities have always denied")
      if (!dup.attribution && rec.attribution && !(dup === anaphor && !e.verbal) && !(SPOKEN.has(dup.event) && dup.actor && dup.text_info.sentence_index < rec.text_info.sentence_index)) dup.attribution = rec.attribution;
      // (not a clash named again with no one of its own: "the fighting" after soldiers clashed with villagers stays their clash)
      if (rec.mode && dup.mode !== rec.mode && rec.event === 'PROTEST' && rec.mode === 'riot' && !(dup.event === 'ASSAULT' && !rec.actor && CLASH_AGAIN.test(rec.trigger.text))) {
        dup.event = 'PROTEST';
        dup.mode = 'riot';
        dup.acled = rec.acled;
        dup.cameo = rec.cameo;
      }
      dup.confidence = Math.max(dup.confidence, rec.confidence);
      // (the merged record is now also found by what this telling said of it: "were wounded when men opened
      // fire on them ... Video showed men shooting from a van" is one shooting)
      if (!heads[e.sentence]) {
        if (!keyIndex.has(key)) keyIndex.set(key, dup);
        if (!noPlaceIndex.has(keyNoPlace)) noPlaceIndex.set(keyNoPlace, dup);
        if (rec.actor && !looseIndex.has(looseKey)) looseIndex.set(looseKey, dup);
        if (rec.actor && !looseIndex.has(actorKey)) looseIndex.set(actorKey, dup);
      }
      continue;
    }
    if (e.verbal) {
      verbalIds.add(rec.id);
      verbTold.add(rec.id);
    }
    if (e.background) backgroundIds.add(rec.id);
    if (e.realityCue === 'purpose') aimIds.add(rec.id);
    // (a heading's event is merged into the body's telling afterwards, the body's telling kept: mergeHeadings)
    if (!heads[e.sentence]) {
      keyIndex.set(key, rec);
      if (!noPlaceIndex.has(keyNoPlace)) noPlaceIndex.set(keyNoPlace, rec);
      if (rec.actor && !looseIndex.has(looseKey)) looseIndex.set(looseKey, rec);
      if (rec.actor && !looseIndex.has(actorKey)) looseIndex.set(actorKey, rec);
    }
    records.push(rec);
  }
  mergeHeadings(doc, heads, records);
  refineProtests(doc, records);
  refineWeapons(doc, records, backgroundIds);
  splitByPlace(doc, per, records);
  // merging can leave one mention as both sides ("six policemen were killed in fighting"): it is the victim
  for (const r of records) {
    if (r.actor && r.recipient && r.actor.start < r.recipient.end && r.recipient.start < r.actor.end) {
      r.actor = null;
      // mob violence was read from that actor
      if (r.acled?.sub_event_type === 'Mob violence') r.acled = acledOf('ATTACK');
    }
  }
  casualtiesOfViolence(doc, records);
  sameTollRetold(records, heads);
  casualtiesToldNext(doc, records);
  headlineRetold(doc, records, heads);
  raidsTakingPeople(records);
  releasedCaptives(records);
  deadOfViolenceOnly(records);
  battlesForGround(records);
  gatheredToFight(records);
  sameTargetRetold(doc, records);
  oneVictimRetold(doc, records);
  securityForcesRetold(records);
  shootersToldBefore(records);
  retoldInQuote(doc, records);
  rejectedAskers(doc, records);
  returnedFire(doc, records);
  tollRisenLater(doc, heads, records);
  tollPutLater(doc, heads, records);
  countsToldAlone(doc, heads, records);
  storyScene(doc, records);
  storyDay(doc, heads, records);
  demandsOfProtests(doc, records);
  forceByToll(records);
  sumsOfToldDays(records, sinceIds);
  return records;
}

/**
 * "Seventy people have been killed in the capital since Tuesday ... On Tuesday, at least 25 people were killed": a sum since a
 * day keeps no count of its own of a kind the acts of those days are counted by, so that nothing is counted twice; told alone
 * ("At least 60 people have been killed since the fighting erupted on Thursday") it is the only count there is.
 */
function sumsOfToldDays(records: EventRecord[], sinceIds: Set<string>): void {
  for (const r of records) {
    if (!sinceIds.has(r.id) || !r.date) continue;
    for (const k of ['dead', 'injured', 'arrested'] as const) {
      if (r.size[k] && records.some((q) => q !== r && !!q.size[k] && !!q.date && q.date >= r.date!)) r.size[k] = null;
    }
  }
}

/**
 * "Troops stormed the roundabout, firing tear gas ... At least three protesters and two policemen were killed": once the
 * counts told later are merged in, an intervention at a protest that killed or hurt is excessive force, and one where the
 * security forces lost their own is a violent demonstration.
 */
function forceByToll(records: EventRecord[]): void {
  for (const r of records) {
    if (r.acled?.sub_event_type === 'Protest with intervention' && ((r.size.dead?.value ?? 0) > 0 || (r.size.injured?.value ?? 0) > 0)) r.acled = acledOf('FORCE_AGAINST_PROTEST');
    // (their dead, not soldiers said to be hurt, a claim the state makes of most crackdowns)
    if (r.acled?.sub_event_type === 'Excessive force against protesters' && r.size.dead?.parts?.some((p) => p.sector === 'COP' || p.sector === 'MIL')) r.acled = acledOf('VIOL_DEMONSTR');
  }
}

/**
 * "Shots were fired at a foot patrol near Forkhill on Saturday. The Army said soldiers returned fire": fire returned is the
 * other side of the exchange just told, one armed clash with the ones who returned it as its target side, not an attack
 * of its own.
 */
/**
 * "Demonstrations were reported to have turned violent on Sunday" in a story whose protests the text places in Jalal-Abad:
 * a protest or an act of violence the text places nowhere, fallen back on the country, is in the city where the story's
 * other acts of its kind happened, when one city holds most of them (two at least, three in five).
 */
function storyScene(doc: Doc, records: EventRecord[]): void {
  const family = (r: EventRecord) => r.event === 'PROTEST' || violentAct(r);
  // (the acts of its kind the text places in a town of the story's country, counted once: a fallen-back act is not among them)
  const counts = new Map<string, { n: number; loc: EventRecord['event_loc'] }>();
  let total = 0;
  for (const q of records) {
    const l = q.event_loc;
    if (!family(q) || l.resolution !== 'city' || !PLACED_BY_TEXT.has(l.basis ?? '') || (doc.mainCountry && l.country_code !== doc.mainCountry)) continue;
    total++;
    const key = String(spotOf(l) ?? l.resolved_place);
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { n: 1, loc: l });
  }
  let best: { n: number; loc: EventRecord['event_loc'] } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  if (!best || best.n < 2 || best.n / total < 0.5) return;
  // (and the acts done on the ground around them: arrests, destruction, seizures, forces sent or firing warning shots; not a measure
  // of the state, which may be the whole country's)
  const onTheGround = (r: EventRecord) => family(r) || r.event === 'MOBILIZE' || (r.event === 'COERCE' && ['arrest', 'destroy', 'seize'].includes(r.mode ?? ''));
  for (const r of records) {
    if (r.event_loc.basis === 'article country' && onTheGround(r) && r.reality === 'asserted') r.event_loc = { ...best.loc, basis: 'story scene' };
  }
}

/**
 * "Thousands of Iraqi Kurds demonstrated in Kirkuk calling for independence", "continued their hunger strike to demand the
 * resignation": a demand told as a participle or a purpose after a protest of the same people is that protest's demand, its reason,
 * ranked below the protest.
 */
function demandsOfProtests(doc: Doc, records: EventRecord[]): void {
  for (const r of records) {
    if (r.event !== 'REQUEST' || r.reality !== 'asserted') continue;
    const k = tokenAtOrAfter(doc, r.trigger.start);
    const t = doc.tokens[k];
    const told = t && (t.lower.endsWith('ing') || doc.tokens[k - 1]?.lower === 'to');
    if (!told) continue;
    const protest = records.find((q) => q !== r && q.event === 'PROTEST' && q.reality === 'asserted' && q.text_info.sentence_index === r.text_info.sentence_index &&
      q.trigger.end <= r.trigger.start && (!r.actor || !q.actor || q.actor.start === r.actor.start || q.actor.cameo_code === r.actor.cameo_code) &&
      !/[;]/.test(doc.text.slice(q.trigger.end, r.trigger.start)));
    if (protest && r.confidence >= protest.confidence) r.confidence = Math.max(0.05, Math.round((protest.confidence - 0.01) * 100) / 100);
  }
}

/**
 * ("Villagers and police clashed at Gobindpur on Monday ... Trouble started when the police tried to remove the agitators. According
 * to eyewitnesses, the police resorted to lathicharge"): in a story whose protests and violence told with a day all fall on that one
 * day, lately, the protests and violence it tells with no day of their own are of that day too, read from where the day is told.
 */
function storyDay(doc: Doc, heads: boolean[], records: EventRecord[]): void {
  const family = (r: EventRecord) => (r.event === 'PROTEST' || violentAct(r)) && r.reality === 'asserted';
  const dated = records.filter((r) => family(r) && r.date_basis === 'text' && r.date_precision === 'day' && r.date);
  // (one such day told in the story's lead is enough: "Several hundred students marched out of the Mona campus yesterday morning ...
  // They were stopped by a party of police near the gates and tear gas was fired into the front ranks")
  if ((dated.length < 2 && !(dated.length === 1 && leadSentence(doc, heads, dated[0].text_info.sentence_index))) || !doc.article.published) return;
  const day = dated[0].date!;
  if (dated.some((r) => r.date !== day) || day > doc.article.published || longerAgo(day, doc.article.published, 3)) return;
  const from = dated[0];
  for (const r of records) {
    if (!family(r) || r.date_basis !== 'publication') continue;
    textDate(r, from.date, 'day', from.date_text, from.date_start, from.date_end);
  }
}

/** the prepositions of a toll given of an event: "the death toll in/of/from the ambush" */
const TOLL_PREPS = new Set(['in', 'of', 'from']);
/** a place told only as where nothing happened: "no clashes had been reported in Sulu", "no strike was reported in the northern town
 * of Parakou" */
// (and what no one confirmed: "There was no independent confirmation of reports that soldiers had fired on a crowd in Kpalime")
const NOTHING_HAPPENED = /\b(?:(?:no|never)\s+(?:[\w-]+\s+){0,2}?(?:clash(?:es)?|violence|incidents?|fighting|attacks?|casualties|unrest|protests?|strikes?|stoppages?|deaths?|injuries)|(?:no|un)(?:\s+independent)?\s*(?:confirm(?:ation|ed)|verifi(?:cation|ed))\s+(?:of\s+)?(?:reports?|claims?|accounts?))\b/i;
/** a place people were taken to afterwards: "detained and taken to Machala" */
const TAKEN_TO = /\b(?:taken|brought|transferred|moved|driven|flown|rushed|airlifted|evacuated|recalled|summoned)\s+(?:[\w-]+\s+){0,3}?to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:in\s+)?$/i;
const RETURNED_FIRE = /^return(?:ed|ing|s)?\s+(?:the\s+)?fire$/i;
function returnedFire(doc: Doc, records: EventRecord[]): void {
  const drop = new Set<EventRecord>();
  for (const r of records) {
    // (the trigger, or a verb joined to it in its sentence: "returned fire and killed two of the attackers")
    const si = r.text_info.sentence_index;
    if (r.reality !== 'asserted' || r.event !== 'ASSAULT' || ![r.trigger, ...(r.mentions ?? []).filter((m) => m.sentence_index === si)].some((m) => RETURNED_FIRE.test(m.text))) continue;
    const host = records.find((q) => q !== r && !drop.has(q) && q.reality === 'asserted' && q.event === 'ASSAULT' && q.text_info.sentence_index < si && q.text_info.sentence_index >= si - 2 &&
      // (those who survived it are whom it was done to: "The survivors returned fire for nearly half an hour")
      !toldOnOtherDays(q, r) && (!q.recipient || !r.actor || q.recipient.sector === r.actor.sector || /^survivors?$/i.test(r.actor.entity_text)) && !(q.actor && r.actor && q.actor.cameo_code === r.actor.cameo_code));
    if (!host) continue;
    if (!host.recipient && r.actor) host.recipient = r.actor;
    // (a toll a later sentence gave it, "raising the death toll in the ambush to five", is the exchange's toll)
    for (const k of ['dead', 'injured'] as const) {
      const q = r.size[k];
      if (q && q.start >= doc.sentences[si].end) host.size[k] = maxQ(host.size[k], q);
    }
    addMention(host, r.trigger, si);
    for (const m of r.mentions ?? []) addMention(host, m, m.sentence_index);
    if (host.acled && (host.acled.event_type === 'Violence against civilians' || host.acled.sub_event_type === 'Attack')) host.acled = acledOf('ARMED_CLASH');
    drop.add(r);
  }
  removeRecords(records, drop);
}

/** what was asked, right after a rejection's verb, with no asker named ("rejected calls to step down", "rejected the
 * opposition's demands"; not "rejected calls by the EU", whose asker the coder has read) */
const ASKS_AFTER = /^\s+(?:(?:the|all|these|those|their|such|repeated|growing|renewed|fresh|new|mounting|widespread)\s+){0,2}(?:calls?|demands?|appeals?|requests?|ultimatums?|pleas?)\b(?!\s+(?:by|from)\b)/i;

/**
 * "He has rejected calls to step down": a rejection of calls whose makers the sentence does not name answers the
 * last demand told before that was made of the one rejecting ("protests to demand President Askar Akayev's
 * resignation"); its makers are the rejection's recipient (their span where they were named).
 */
function rejectedAskers(doc: Doc, records: EventRecord[]): void {
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (r.event !== 'REJECT' || r.recipient || !r.actor || r.reality !== 'asserted' || !ASKS_AFTER.test(doc.text.slice(r.trigger.end, r.trigger.end + 60))) continue;
    const me = r.actor;
    const asked = (same: (to: NonNullable<EventRecord['recipient']>) => boolean) => {
      for (let k = i - 1; k >= 0; k--) {
        const q = records[k];
        if (q.event === 'REQUEST' && q.actor && q.recipient && q.text_info.sentence_index <= r.text_info.sentence_index && same(q.recipient)) return q.actor;
      }
      return null;
    };
    // (the same one: by name first, then a body by its code and sector)
    const asker = asked((to) => to.entity_name === me.entity_name) ?? asked((to) => !!to.cameo_code && to.cameo_code === me.cameo_code && to.sector !== 'CVL');
    if (asker) r.recipient = { ...asker };
  }
}

const ARMED_DOERS = ARMED_FORCE_SECTORS;
const UNARMED = new Set(['CVL', 'PRO', 'OPP', 'LAB', 'EDU', 'BUS', 'AGR', 'REF', 'HLH', 'MED', 'REL', 'JUD']);

/**
 * '"They did not warn us. They just started shooting," said a rider', "They then went from house to house shooting
 * men": a "they" that shoots, resolved to unarmed people (the youths who had blocked a road, the survivors telling it),
 * is the armed doer of the last violence told in the six sentences before (the police who fired, the attackers who
 * overran a post), when there is one. The span stays the pronoun's.
 */
function shootersToldBefore(records: EventRecord[]): void {
  for (const r of records) {
    if (r.event !== 'ASSAULT' || r.mode !== 'firearms' || !r.actor || !PRONOUN_TEXT.test(r.actor.entity_text) || !UNARMED.has(r.actor.sector ?? '')) continue;
    const si = r.text_info.sentence_index;
    let doer: EventRecord | undefined;
    for (const q of records) {
      const d = si - q.text_info.sentence_index;
      if (d >= 1 && d <= 6 && q.reality === 'asserted' && violentAct(q) && q.actor && ARMED_DOERS.has(q.actor.sector ?? '')) doer = q;
    }
    if (!doer) continue;
    const { start, end, entity_text } = r.actor;
    r.actor = { ...doer.actor!, start, end, entity_text };
    if (r.acled?.sub_event_type === 'Mob violence') r.acled = acledOf('ATTACK');
  }
}

/**
 * The last asserted record told one to `within` sentences before `r` (not dropped) that `ok` accepts, not in another town:
 * the telling a retold act is absorbed into.
 */
function hostBefore(records: EventRecord[], r: EventRecord, drop: Set<EventRecord>, within: number, ok: (q: EventRecord) => boolean): EventRecord | undefined {
  let host: EventRecord | undefined;
  for (const q of records) {
    const d = r.text_info.sentence_index - q.text_info.sentence_index;
    if (q === r || drop.has(q) || d < 1 || d > within || q.reality !== 'asserted') continue;
    if (q.event_loc.resolution === 'city' && r.event_loc.resolution === 'city' && spotOf(q.event_loc) !== spotOf(r.event_loc)) continue;
    if (ok(q)) host = q;
  }
  return host;
}

/**
 * '... when police fired live bullets at the rally. ... "They did not warn us. They just started shooting," said a
 * rider.': violence told again in a witness's words, with no day, count or place of its own, by the same doer as an
 * act told in the six sentences before, is that act.
 */
function retoldInQuote(doc: Doc, records: EventRecord[]): void {
  const drop = new Set<EventRecord>();
  for (const r of records) {
    const s = r.text_info;
    if (r.reality !== 'asserted' || !violentAct(r) || !r.actor?.code || r.size.dead || r.size.injured || r.size.arrested) continue;
    if (r.date_start !== null && r.date_start >= s.start && r.date_start < s.end) continue;
    // (from the paragraph's start: a quotation may open a sentence before, '"They did not warn us. They just started shooting"')
    if (!quoted(doc.tokens, tokenAtOrAfter(doc, doc.text.lastIndexOf('\n', s.start) + 1), tokenAtOrAfter(doc, r.trigger.start))) continue;
    const host = hostBefore(records, r, drop, 6, (q) => q.event === r.event && !!q.actor && q.actor.code === r.actor!.code && q.actor.sector === r.actor!.sector);
    if (!host) continue;
    absorb(host, r);
    drop.add(r);
  }
  removeRecords(records, drop);
}

/**
 * "14 hurt as two villages clash in Obra, six held" over "... residents of the two villages clashed ...
 * At least 14 persons were injured": a headline's act told again in the story is that act, when the
 * story's telling has the same count, or the same doer, of the same kind of act. The story's telling
 * keeps its date and place; the headline becomes one of its mentions.
 */
function headlineRetold(doc: Doc, records: EventRecord[], heads: boolean[]): void {
  const drop = new Set<EventRecord>();
  const counts = (r: EventRecord) => (['dead', 'injured', 'arrested'] as const).map((k) => r.size[k]?.value ?? null);
  for (const h of records) {
    if (!heads[h.text_info.sentence_index] || h.reality !== 'asserted' || h.date_basis === 'text') continue;
    const hc = counts(h);
    // (not in another town: "Tuareg rebels seize Timbuktu" over "had taken control of Gao")
    const apart = (q: EventRecord) => q.event_loc.resolution === 'city' && h.event_loc.resolution === 'city' && spotOf(q.event_loc) !== spotOf(h.event_loc);
    // (the same count of the same kind of act is the same act, wherever each telling places it: "clash in Obra, six held"
    // over "Police on Wednesday arrested six persons" placed at the villages)
    const sameCount = (q: EventRecord) => counts(q).some((v, k) => v !== null && v === hc[k]);
    const body = records.find((q) => q !== h && !drop.has(q) && !heads[q.text_info.sentence_index] && q.reality === 'asserted' && (!apart(q) || (sameCount(q) && q.event === h.event && q.mode === h.mode)) &&
      (q.event === h.event || (violentAct(q) && violentAct(h))) &&
      (sameCount(q) ||
        (!!h.actor && !!q.actor && q.event === h.event && q.actor.cameo_code === h.actor.cameo_code && q.mode === h.mode) ||
        // ("Massacre on the PA-150" over "19 workers were killed when police opened fire": a headline naming no one and counting
        // nothing is the story's lead telling of that kind of act)
        (!h.actor && hc.every((v) => v === null) && leadSentence(doc, heads, q.text_info.sentence_index))));
    if (body) {
      absorb(body, h);
      body.confidence = Math.max(body.confidence, h.confidence);
      drop.add(h);
      continue;
    }
    // ("TWO DIE AS RIVAL MILITANTS RIOT ...; 158 HELD" over 140 detained in the city and 18 arrested in a town: the
    // headline's count is the sum of the story's; it joins the first of them, whose own count stands)
    for (const [k, kind] of (['dead', 'injured', 'arrested'] as const).entries()) {
      if (hc[k] === null) continue;
      const parts = records.filter((q) => q !== h && !drop.has(q) && !heads[q.text_info.sentence_index] && q.reality === 'asserted' && q.event === h.event && q.mode === h.mode && q.size[kind]);
      if (parts.length < 2 || parts.reduce((n, q) => n + q.size[kind]!.value, 0) !== hc[k]) continue;
      const own = { ...parts[0].size };
      absorb(parts[0], h);
      parts[0].size = own;
      drop.add(h);
      break;
    }
  }
  removeRecords(records, drop);
}

/** An act of violence: an assault, or a riot. */
const violentAct = (r: EventRecord): boolean => r.event === 'ASSAULT' || (r.event === 'PROTEST' && r.mode === 'riot');

/**
 * "Three people were killed as opposition activists clashed with police": deaths and injuries
 * told with no one doing them, beside a violent act whose doer is named in the same sentence,
 * are that act's casualties, not a second event (ACLED records one riot with three fatalities).
 */
/** Is a semicolon between the two records' triggers ("Maoists abduct two teachers; three killed in Sinwang")? */
function semicolonBetween(doc: Doc, a: EventRecord, b: EventRecord): boolean {
  return doc.text.slice(Math.min(a.trigger.end, b.trigger.end), Math.max(a.trigger.start, b.trigger.start)).includes(';');
}

function casualtiesOfViolence(doc: Doc, records: EventRecord[]): void {
  mergeIntoHost(
    records,
    (r) => r.event === 'ASSAULT' && !r.actor && !r.mode && !!(r.size.dead || r.size.injured),
    // (or a riot named with no doer: "a young man was killed when a protest turned into clashes with police")
    // (not across a semicolon: "Maoists abduct two teachers; three killed in Sinwang")
    (q, r) => (!!q.actor || (q.event === 'PROTEST' && q.mode === 'riot')) && violentAct(q) &&
      !semicolonBetween(doc, q, r),
  );
}

const VICTIMS_TOLD = /\b(?:the|both)\s+(?:dead|victims|slain|wounded|injured)\s+(?:were|was|included|include|are)\b|\bamong\s+(?:the|those)\s+(?:dead|killed|victims|wounded|injured)\b/i;
/** a toll's words pointing at one act told before: "in that attack", "during the raid" */
const THAT_ACT = /^\s+(?:in|during|from)\s+(?:that|the|this)\s+(?:attack|assault|raid|ambush|clash|clashes|shooting|bombing|incident)\b/i;
/** Is the record only a count of people killed or hurt, by no one named ("60 people were injured")? */
function tollOnly(r: EventRecord): boolean {
  return r.event === 'ASSAULT' && !r.actor && TOLL_WORDS.test(r.trigger.text);
}
const TOLL_WORDS = /^(?:killed|dead|died|wounded|injured|hurt|deaths?|injuries|casualties|shot(?: dead)?)$/i;

/**
 * "Riot police beat demonstrators who had blocked a main road. Several people were injured.": a
 * toll told on its own in the next sentence, with no doer, no date and no place of its own, is
 * the casualties of the violent act just told (when that act has no count of its kind yet).
 */
/** "Our correspondent learnt last night that the death toll had risen to thirteen": a sentence telling no act of its own */
const TOLL_RISEN = /\btoll\b[^.;]{0,60}?\b(?:risen|rose|climbed|reached|increased|jumped|gone\s+up|stood)\s+(?:to|at)\b/i;

/**
 * A toll risen or put at a figure, told in a sentence of its own, revises the toll of the last killing told before it (within fifteen
 * sentences, no subheading between), when it is higher: the record keeps one figure, the latest.
 */
function tollRisenLater(doc: Doc, heads: boolean[], records: EventRecord[]): void {
  const told = new Set<number>();
  for (const r of records) told.add(r.text_info.sentence_index);
  for (let k = 1; k < doc.sentences.length; k++) {
    if (told.has(k) || heads[k]) continue;
    const text = sentenceText(doc, k);
    // ("Church officials put the death toll at about 600": a toll put on it in a sentence of its own, too)
    const risen = TOLL_RISEN.exec(text);
    const m = risen ?? TOLL_PUT.exec(text);
    if (!m) continue;
    // (the figure right after "risen to", not "four more bodies" told after it)
    const at = doc.sentences[k].start + m.index + m[0].length;
    const dead = findQuantities(doc, doc.sentences[k]).find((q) => q.start >= at && q.start - at <= 15 && (q.kind === 'dead' || !q.kind));
    if (!dead) continue;
    let host: EventRecord | undefined;
    for (const r of records) {
      const d = k - r.text_info.sentence_index;
      if (d <= 0 || d > 15 || r.reality !== 'asserted' || !r.size.dead || !violentAct(r) || headingBetween(doc, heads, r.text_info.sentence_index, k)) continue;
      if (!host || r.text_info.sentence_index > host.text_info.sentence_index) host = r;
    }
    // (a figure put on it, not risen, stands in for a vague one only, "killed hundreds": of two sources' exact figures ACLED keeps
    // the lower, "state television said 10 ... opposition websites put the toll at as many as 19")
    if (host && dead.value > host.size.dead!.value && (risen || host.size.dead!.approximate)) host.size.dead = dead;
  }
}

/** a toll summed over days or over the land: "the national toll", "the overall toll", "dead since Monday" */
const SUMMED_TOLL = /\b(?:national|nationwide|overall|total|cumulative)\s+(?:death\s+)?(?:toll|tally)\b|\bsince\s+(?:(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month)|the\s+(?:unrest|violence|protests|riots|clashes|fighting)\s+(?:began|started|broke\s+out|erupted))\b/i;
/** "put the toll at eight dead and 31 wounded", "gave a death toll of 12": a figure someone puts on an act told before */
const TOLL_PUT = /\b(?:put|puts|putting|placed|places|gave|gives|giving|raised|raises|revised|revising)\s+(?:the|a|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:toll|tally|figure|number)\s+(?:at|to|of|as)\b/i;
/**
 * "Shells hit a market in Sake, killing at least six civilians ... A health official in Goma later put the toll at eight dead
 * and 31 wounded": the casualties a toll puts on an act told before, with no doer of their own, are that act's, wherever the
 * one who gives them sits.
 */
function tollPutLater(doc: Doc, heads: boolean[], records: EventRecord[]): void {
  const drop = new Set<EventRecord>();
  for (const r of records) {
    if (r.event !== 'ASSAULT' || r.actor || r.reality !== 'asserted' || r.mode) continue;
    const k = r.text_info.sentence_index;
    const text = sentenceText(doc, k);
    const m = TOLL_PUT.exec(text);
    if (!m || doc.sentences[k].start + m.index > r.trigger.start) continue;
    // (not a toll summed over the days or the land: "put the national toll at more than 40 dead since Monday")
    if (SUMMED_TOLL.test(text)) continue;
    let host: EventRecord | undefined;
    for (const q of records) {
      const d = k - q.text_info.sentence_index;
      // (whatever day the toll is told on: "The Interior Ministry put the toll at two dead and twenty-seven injured" the morning after)
      if (q === r || d <= 0 || d > 6 || q.reality !== 'asserted' || !q.size.dead || !violentAct(q) || headingBetween(doc, heads, q.text_info.sentence_index, k)) continue;
      // (the act told with the largest toll, the whole day's, before one death of it told on its own)
      if (!host || q.size.dead.value > host.size.dead!.value || (q.size.dead.value === host.size.dead!.value && q.text_info.sentence_index > host.text_info.sentence_index)) host = q;
    }
    if (!host) continue;
    absorb(host, r);
    drop.add(r);
  }
  removeRecords(records, drop);
}

/** Does a count of dead or hurt count people of an armed force ("four policemen", "two soldiers"), by the noun after it? */
function armedForceCounted(doc: Doc, q: { first: number; last: number }): boolean {
  for (let i = q.last; i < Math.min(doc.tokens.length, q.last + 3); i++) {
    const t = doc.tokens[i];
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return ARMED_FORCE_SECTORS.has(actorLexicon().words.get(t.lower)?.sector ?? '');
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN') return false;
  }
  return false;
}

/**
 * "At least five persons were killed. A police spokesman said 31 others were treated at Kumasi Central Hospital": dead or injured
 * counted in a sentence that tells no act (no trigger: "treated"), no place, no time and no weapon of its own are of the violent
 * act told in the four sentences before (the deadliest), when that act has no count of their kind yet.
 */
function countsToldAlone(doc: Doc, heads: boolean[], records: EventRecord[]): void {
  // (a sentence whose only records are counts of dead or hurt, by no one and to no one named, tells no act of its own: "A West Berlin
  // office that questions refugees put the toll in Magdeburg at 20 killed and more than 100 wounded")
  const countOnly = (r: EventRecord) => r.event === 'ASSAULT' && r.reality === 'asserted' && !r.actor && !r.recipient && !r.mode && (!!r.size.dead || !!r.size.injured) &&
    !r.size.arrested && CASUALTY_WORDS.test(r.trigger.text);
  const told = new Set<number>();
  // (and the sentences of counts already joined to an act: "Dozens more were wounded" told as the shooting's hurt)
  for (const r of records) if (!countOnly(r)) for (const k of [r.text_info.sentence_index, ...(r.mentions ?? []).map((m) => m.sentence_index)]) told.add(k);
  const drop = new Set<EventRecord>();
  for (let k = 1; k < doc.sentences.length; k++) {
    if (told.has(k) || heads[k]) continue;
    const s = doc.sentences[k];
    // (not "the other two dead", people of another act, as the word says)
    const qs = findQuantities(doc, s).filter((q) => (q.kind === 'dead' || q.kind === 'injured') && !q.subset && doc.tokens[q.first - 1]?.lower !== 'other');
    if (qs.length === 0) continue;
    const text = sentenceText(doc, k);
    if (OWN_WEAPON.test(text) || OTHER_TIME.test(text) || findTimes(doc, s, doc.article.published).length > 0) continue;
    // (the deadliest of the violent acts told in the four sentences before, the last of them when none killed: "Police fired on
    // crowds ..., killing three protesters. ... A police sergeant also died after he was hit by a rock ... Hospital officials said at
    // least 27 people were being treated for gunshot wounds")
    // (when none killed, an armed force's act on people before a riot told after it, when the counted are not of an armed force:
    // "the officers fired live rounds into the crowd. Some of the marchers threw stones ... By nightfall 19 workers were dead")
    const forceDead = qs.some((q) => armedForceCounted(doc, q));
    const suits = (r: EventRecord) => (r.event === 'PROTEST' && r.mode === 'riot') === forceDead || !!r.size.dead;
    let host: EventRecord | undefined;
    const violenceBefore = records.some((q) => violentAct(q) && q.reality === 'asserted' && k - q.text_info.sentence_index >= 1 && k - q.text_info.sentence_index <= 4);
    for (const r of records) {
      const d = k - r.text_info.sentence_index;
      // (or looting and burning, which a crowd does: "Shops were looted and set alight in the centre of Mafeteng ... At least three people
      // died in Mafeteng")
      // (only when no violent act is told there)
      const wrecking = !violenceBefore && r.event === 'COERCE' && r.mode === 'destroy' && !STATE_SECTORS.has(r.actor?.sector ?? '');
      if (d < 1 || d > 4 || drop.has(r) || r.reality !== 'asserted' || !(violentAct(r) || wrecking) || headingBetween(doc, heads, r.text_info.sentence_index, k)) continue;
      const dead = r.size.dead?.value ?? 0;
      const best = host?.size.dead?.value ?? 0;
      if (!host || dead > best || (dead === best && (suits(r) !== suits(host) ? suits(r) : r.text_info.sentence_index >= host.text_info.sentence_index))) host = r;
    }
    if (!host) continue;
    // (no place of its own but the act's town: "put the toll in Magdeburg at 20 killed" after the firing in Magdeburg)
    if ((doc.places ?? []).some((p) => p.start >= s.start && p.end <= s.end && p.kind !== 'demonym' && !homeOrDestination(doc, p) && p.resolved?.resolution !== 'country' &&
      !/\b(?:hospital|clinic|infirmary)\b/i.test(doc.text.slice(p.end, Math.min(s.end, p.end + 30))) && !(p.resolved?.geonameid && p.resolved.geonameid === host!.event_loc.geonameid) &&
      // (nor a place naming whose a body is: "A West Berlin office that questions refugees")
      !(doc.tokens[tokenAtOrAfter(doc, p.end)]?.pos === 'NOUN' && !doc.tokens[tokenAtOrAfter(doc, p.end)].cap))) continue;
    const mine = records.filter((r) => r.text_info.sentence_index === k && countOnly(r));
    for (const kind of ['dead', 'injured'] as const) {
      const own = qs.filter((q) => q.kind === kind);
      if (own.length === 0 || host.size[kind]) continue;
      const total = totals(doc, own)[kind] ?? null;
      // (a figure of several an act told further back already has is that act's, told again: "the killing of 19 landless farm workers
      // by military police ... By nightfall 19 workers were dead")
      if (total && total.value >= 2 && records.some((r) => r !== host && r.text_info.sentence_index < k && !drop.has(r) && r.reality === 'asserted' && violentAct(r) && r.size[kind]?.value === total.value)) continue;
      host.size[kind] = total;
    }
    for (const r of mine) {
      addMention(host, r.trigger, k);
      drop.add(r);
    }
  }
  removeRecords(records, drop);
}

function casualtiesToldNext(doc: Doc, records: EventRecord[]): void {
  const drop = new Set<EventRecord>();
  for (const r of records) {
    // ("seven people had died, among them a schoolboy who was shot near the market": the toll and its victim, one record)
    // ("THE DEAD WERE A STUDENT AND A SHOPKEEPER WHO WAS SHOT IN THE DOORWAY OF HIS STORE": who the dead were, no count needed)
    if (r.reality !== 'asserted' || r.event !== 'ASSAULT' || r.actor || !(TOLL_WORDS.test(r.trigger.text) || r.mentions?.some((m) => TOLL_WORDS.test(m.text))) || !(r.size.dead || r.size.injured || VICTIMS_TOLD.test(r.text_info.sentence))) continue;
    const si = r.text_info.sentence_index;
    const s = doc.sentences[si];
    // (an armed force's hurt told after a riot in the same sentence are that riot's, wherever it was: "Demonstrators threw stones and set
    // fire to rubbish bins; a police statement said 14 officers were hurt")
    const sameRiot = records.find((q) => q !== r && !drop.has(q) && q.text_info.sentence_index === si && q.reality === 'asserted' && q.event === 'PROTEST' && q.mode === 'riot' &&
      q.trigger.start < r.trigger.start && !(r.size.dead && q.size.dead) && !(r.size.injured && q.size.injured));
    if (sameRiot && findQuantities(doc, s).some((q) => (q.kind === 'dead' || q.kind === 'injured') && armedForceCounted(doc, q))) {
      absorb(sameRiot, r);
      drop.add(r);
      continue;
    }
    if ((doc.places ?? []).some((p) => p.start >= s.start && p.end <= s.end && p.kind !== 'demonym' && !homeOrDestination(doc, p))) continue;
    // (a date of its own, written in this sentence, is another day's toll, unless the act's day:
    // "At least 14 persons were injured in the clash on Tuesday evening")
    // (nor when its own sentence tells another act it may belong to: "were killed when troops tried to arrest X";
    // detentions beside it are no such act: "66 people had been detained and 50 police officers injured")
    if (records.some((q) => q !== r && q.text_info.sentence_index === si && q.reality === 'asserted' && !(q.event === 'COERCE' && q.mode === 'arrest' && !q.actor))) continue;
    // (nor a toll with a weapon of its own, or told at another time: "Hours earlier, two soldiers were killed when a
    // Claymore mine exploded" is no casualty of the tear gas told before)
    if (OWN_WEAPON.test(r.text_info.sentence) || OTHER_TIME.test(r.text_info.sentence)) continue;
    // (the sentence before that tells anything: "Police fired tear gas ... Doctors said seven were killed in
    // Omdurman and two in Khartoum North. Police said 96 officers were injured.", the doctors' toll already
    // joined the shooting; no further back than three sentences, and not across a subheading)
    let prev = si - 1;
    while (prev > 0 && prev > si - 3 && !isHeading(doc, prev) && !records.some((q) => q !== r && !drop.has(q) && q.reality === 'asserted' && q.text_info.sentence_index === prev)) prev--;
    // (a toll close to one told before, with a doer, is that toll told again or revised: "rebel raids on four coastal towns left at
    // least 30 people dead ... The council said 28 civilians, two soldiers and a policeman were killed" is the raids', not the
    // last shooting's)
    const v = r.size.dead?.value ?? 0;
    const revised = v >= 20 ? records.find((q) => q !== r && !drop.has(q) && q.reality === 'asserted' && !!q.actor && violentAct(q) && q.text_info.sentence_index < si &&
      q.text_info.sentence_index >= si - 8 && !!q.size.dead && Math.abs(q.size.dead.value - v) <= v / 10 && (r.date_basis !== 'text' || r.date === q.date)) : undefined;
    if (revised) {
      absorb(revised, r);
      drop.add(r);
      continue;
    }
    // (a doer is needed, unless the toll says it adds to one told: "He said seven other soldiers were wounded")
    const more = MORE_OF_THEM.test(r.text_info.sentence);
    const hostIn = (k: number) => records.find((q) => q !== r && !drop.has(q) && q.reality === 'asserted' && q.text_info.sentence_index === k && (!!q.actor || more) && violentAct(q) &&
      // (a count of its kind already there must be this same figure, told twice: "injured in the clash")
      !(r.size.dead && q.size.dead && r.size.dead.value !== q.size.dead.value) && !(r.size.injured && q.size.injured && r.size.injured.value !== q.size.injured.value) &&
      (r.date_basis !== 'text' || r.date === q.date));
    let host = hostIn(prev);
    // (not a riot told last, when the counted are not of an armed force and an armed force's act on people is told before it in the
    // same stretch: "the officers fired live rounds into the crowd. Some of the marchers threw stones ... Dozens more were wounded")
    const forceHurt = findQuantities(doc, s).some((q) => (q.kind === 'dead' || q.kind === 'injured') && armedForceCounted(doc, q));
    // (and the force's own hurt are the riot's, told beside the force's act: "The riot police used tear gas ..., and running battles
    // continued until after midnight. Officials said 12 policemen were injured.")
    if (host && forceHurt && host.event === 'ASSAULT' && ARMED_FORCE_SECTORS.has(host.actor?.sector ?? '')) {
      const h = host;
      // (or told after it: "... fired tear gas and then live rounds into the crowd. Some of the marchers threw stones ... Police said
      // several officers were also hurt")
      const riot = records.find((q) => q !== r && !drop.has(q) && q.reality === 'asserted' && q.event === 'PROTEST' && q.mode === 'riot' &&
        q.text_info.sentence_index >= h.text_info.sentence_index && q.text_info.sentence_index < si &&
        !(r.size.dead && q.size.dead) && !(r.size.injured && q.size.injured));
      if (riot) host = riot;
    }
    if (host && host.event === 'PROTEST' && host.mode === 'riot' && !forceHurt) {
      for (let k = prev - 1; k >= 0 && k >= si - 4 && !isHeading(doc, k + 1); k--) {
        const force = hostIn(k);
        if (force && force.event === 'ASSAULT' && ARMED_FORCE_SECTORS.has(force.actor?.sector ?? '')) {
          host = force;
          break;
        }
      }
    }
    // ("Troops stormed the roundabout ... Opposition officials said two demonstrators died after being hit by a tear gas canister.
    // Dozens were wounded.": past sentences that tell only violence by no one named, the act told before them)
    // (within its own paragraph of tolls, or the sentence just before it: not a toll paragraph opening "The toll remained
    // unclear" after one on looting, given to a storming told further back)
    let pStart = si;
    while (pStart > 0 && sameParagraph(doc, pStart - 1, si)) pStart--;
    for (let k = prev - 1; !host && k >= 0 && k >= si - 4 && k >= pStart - 1 && !isHeading(doc, k) && !isHeading(doc, k + 1); k--) {
      const between = records.filter((q) => !drop.has(q) && q.reality === 'asserted' && q.text_info.sentence_index === k + 1);
      if (between.some((q) => !!q.actor || !violentAct(q))) break;
      host = hostIn(k);
    }
    // (an armed force's own hurt, told past a paragraph's start, are those of the riot told last: "Some of the marchers threw stones
    // and swung sickles ... By nightfall 19 workers were dead. ... Police said several officers were also hurt")
    // (not a toll summed since, in the perfect: "The government says more than 100 police and soldiers have been injured")
    if (!host && forceHurt && !/\b(?:have|has)\s+(?:\w+\s+)?been\s+$/i.test(doc.text.slice(Math.max(s.start, r.trigger.start - 30), r.trigger.start))) {
      host = [...records].reverse().find((q) => q !== r && !drop.has(q) && q.reality === 'asserted' && q.event === 'PROTEST' && q.mode === 'riot' && q.text_info.sentence_index < si &&
        q.text_info.sentence_index >= si - 4 && !(r.size.dead && q.size.dead) && !(r.size.injured && q.size.injured) && (r.date_basis !== 'text' || r.date === q.date));
    }
    if (!host) continue;
    absorb(host, r);
    drop.add(r);
  }
  removeRecords(records, drop);
}

/**
 * "Security forces shot dead nine protesters on Thursday ... Doctors said seven people were killed in Omdurman and two in
 * Khartoum North": a toll with no doer that adds up to the toll of a violent act told a few sentences before, on no other
 * day, is that act's dead told again by place, not more dead.
 */
function sameTollRetold(records: EventRecord[], heads: boolean[]): void {
  const drop = new Set<EventRecord>();
  for (const r of records) {
    if (r.reality !== 'asserted' || r.event !== 'ASSAULT' || r.actor || heads[r.text_info.sentence_index]) continue;
    const kind = r.size.dead ? 'dead' : r.size.injured ? 'injured' : null;
    if (!kind) continue;
    const v = r.size[kind]!.value;
    const si = r.text_info.sentence_index;
    // (the dead told again with the wounded first given: "opened fire ..., killing at least nine people" and, three sentences
    // on, "nine people were killed and 11 protesters and 31 soldiers were injured"; not wounded told apart from the host's)
    const host = records.find((q) => q !== r && !drop.has(q) && q.reality === 'asserted' && !!q.actor && violentAct(q) && q.size[kind]?.value === v &&
      !(kind === 'dead' && r.size.injured && q.size.injured && q.size.injured.value !== r.size.injured.value) &&
      q.text_info.sentence_index < si && q.text_info.sentence_index >= si - 4 && (r.date_basis !== 'text' || r.date === q.date));
    if (!host) continue;
    absorb(host, r);
    drop.add(r);
  }
  removeRecords(records, drop);
}

/** casualties told as more of those just counted: "seven other soldiers were wounded", "two others were hurt" */
const MORE_OF_THEM = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|dozens|scores|hundreds)\s+(?:other\s+[\w-]+|others)\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:wounded|injured|hurt|killed)\b/i;

/** a weapon brought in by a toll's own sentence ("when a Claymore mine exploded"; not "in Tuesday's blast", the one told): the toll is that weapon's */
const OWN_WEAPON = /\b(?:an?|another|two|three|several)\s+(?:[\w-]+\s+){0,2}?(?:mines?|landmines?|bombs?|IEDs?|grenades?|explosives?|explosions?|explode[ds]?|blasts?|rockets?|missiles?|mortars?|shells?|shelling|air\s*strikes?|airstrikes?|drones?)\b/i;
/** a time told against the one before: "Hours earlier,", "Later that day", "the previous night" */
const OTHER_TIME = /\b(?:earlier|later|previously|the\s+(?:previous|next|following)\s+(?:day|night|morning|evening))\b/i;

const PRONOUN_TEXT = /^(?:they|them|he|him|she|her)$/i;

/**
 * "Gunmen abducted more than 300 boys. They were released six days later.": a pronoun freed
 * right after people were taken is the people taken, not their captors (whom plain coreference,
 * preferring the subject before, would pick). The span stays the pronoun's.
 */
function releasedCaptives(records: EventRecord[]): void {
  for (const r of records) {
    if (r.event !== 'RETREAT' || r.mode !== 'release' || !r.recipient || !PRONOUN_TEXT.test(r.recipient.entity_text)) continue;
    const si = r.text_info.sentence_index;
    const taking = records.find((q) => q !== r && q.text_info.sentence_index >= si - 2 && q.text_info.sentence_index < si && !!q.recipient && !!q.actor &&
      ((q.event === 'ASSAULT' && q.mode === 'abduct') || (q.event === 'COERCE' && (q.mode === 'arrest' || q.mode === 'seize'))) &&
      q.actor.entity_name === r.recipient!.entity_name && q.actor.code === r.recipient!.code);
    if (!taking) continue;
    const { start, end, entity_text } = r.recipient;
    r.recipient = { ...taking.recipient!, start, end, entity_text };
  }
}

/**
 * "22 police and nine protesters were killed when police tried to clear a highway blockade": the
 * dead belong to the violence; the peaceful protest told beside it does not count them again.
 */
function deadOfViolenceOnly(records: EventRecord[]): void {
  // "Two persons were killed when police opened fire on protesters who tried to storm the station":
  // one count told once belongs to the act told nearest to it, not to every violent act beside it
  for (const k of ['dead', 'injured'] as const) {
    const byCount = new Map<number, EventRecord[]>();
    for (const r of records) {
      const q = r.size[k];
      const violent = violentAct(r) || (r.event === 'COERCE' && (r.mode === 'seize' || r.mode === 'destroy'));
      if (!q || q.start == null || r.reality !== 'asserted' || !violent) continue;
      const list = byCount.get(q.start) ?? [];
      list.push(r);
      byCount.set(q.start, list);
    }
    for (const list of byCount.values()) {
      if (list.length < 2) continue;
      const at = list[0].size[k]!.start!;
      // (by any word that tells the act in that sentence: "was wounded in an ambush" is told by "wounded" too)
      const near = (r: EventRecord) => Math.min(Math.abs(r.trigger.start - at), ...(r.mentions ?? []).filter((m) => m.sentence_index === r.text_info.sentence_index).map((m) => Math.abs(m.start - at)));
      const keep = list.reduce((a, b) => (near(b) < near(a) ? b : a));
      // (the copies of one act split over its places share their trigger and keep their shares)
      for (const r of list) if (r !== keep && r.trigger.start !== keep.trigger.start && r.text_info.sentence_index === keep.text_info.sentence_index) r.size = { ...r.size, [k]: null };
    }
  }
  for (const r of records) {
    if (r.event !== 'PROTEST' || r.mode === 'riot' || !(r.size.dead || r.size.injured)) continue;
    const si = r.text_info.sentence_index;
    const same = (a: EventRecord['size']['dead'], b: EventRecord['size']['dead']) => !a || (!!b && a.start === b.start);
    const violent = records.some((q) => q !== r && q.text_info.sentence_index === si && violentAct(q) &&
      same(r.size.dead, q.size.dead) && same(r.size.injured, q.size.injured));
    if (violent) r.size = { ...r.size, dead: null, injured: null };
  }
}

/**
 * "Troops retook the village after fierce clashes with the militants": ACLED records a battle
 * in which ground changes hands as that change (Government regains territory, Non-state actor
 * overtakes territory); the fighting told in the same sentence is part of it.
 */
function battlesForGround(records: EventRecord[]): void {
  const GROUND = new Set(['Government regains territory', 'Non-state actor overtakes territory']);
  mergeIntoHost(
    records,
    (c) => c.acled?.sub_event_type === 'Armed clash',
    // (not a named leader killed in it: "said it had killed Tamil Tiger leader Velupillai Prabhakaran as troops overran the rebels'
    // last strip of land" tells a killing of its own)
    (g, c) => !!g.acled && GROUND.has(g.acled.sub_event_type) && !(c.event === 'ASSAULT' && !!c.recipient && c.recipient.entity_name !== g.recipient?.entity_name && NAMED_PERSON.test(c.recipient.entity_name)),
  );
}

/** a person's name of two or more capitalised words: "Velupillai Prabhakaran" */
const NAMED_PERSON = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+$/u;
const GATHERED = /^(?:gather|gathered|gathering|assembled|converged|massed|congregated)$/i;
const CROWD_VIOLENCE = new Set(['Mob violence', 'Violent demonstration']);

/**
 * "Residents of Halaguru gathered at the spot and the two groups attacked each other with stones": people who gather
 * and fight, told in one sentence, are one riot, not a peaceful protest beside it.
 */
function gatheredToFight(records: EventRecord[]): void {
  mergeIntoHost(
    records,
    (r) => r.event === 'PROTEST' && r.mode !== 'riot' && GATHERED.test(r.trigger.text),
    // (not fighting told of another town: "residents gathered outside khokimiyat buildings [in Kokand], and in Andijan ... thirty
    // people burned tyres before being dispersed")
    (h, g) => violentAct(h) && !!h.acled && CROWD_VIOLENCE.has(h.acled.sub_event_type) &&
      !(placedApart(h.event_loc, g.event_loc)),
  );
}

/** Is the event's noun the subject of a finite verb right after it ("A general strike paralysed the capital", "the strike has shut")? */
function subjectOfVerb(doc: Doc, r: EventRecord): boolean {
  const k = tokenAtOrAfter(doc, r.trigger.end);
  const t = doc.tokens[k];
  if (!t || t.start > r.trigger.end + 1 || t.sent !== doc.tokens[k - 1]?.sent) return false;
  // (not a participle with its agent or its day: "a general strike called by the unions", "a strike called for Monday")
  if (/^(?:by|for)$/.test(doc.tokens[k + 1]?.lower ?? '')) return false;
  return (t.pos === 'VERB' && t.lemma !== t.lower && !t.lower.endsWith('ing')) || (t.pos === 'AUX' && /^(?:has|have|had|was|were|is|are)$/.test(t.lower));
}

/** The first token starting at or after character offset `at` (tokens are in text order: found by halving). */
function tokenAtOrAfter(doc: Doc, at: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The head noun's lemma of an object span ("a military base in southern Colombia" -> base), and whether it is definite. */
function objectHeadLemma(doc: Doc, span: TextSpan): { lemma: string; definite: boolean } | null {
  let head: string | null = null;
  let first = true;
  let definite = false;
  for (let i = tokenAtOrAfter(doc, span.start); i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (t.end > span.end) break;
    if (first) definite = t.lower === 'the' || t.lower === 'this' || t.lower === 'that';
    first = false;
    if (t.pos === 'NOUN') head = t.lemma;
    else if (head && (t.pos === 'ADP' || t.pos === 'PUNCT' || t.pos === 'VERB')) break;
  }
  return head ? { lemma: head, definite } : null;
}

/**
 * "Guerrillas overran a military base, killing 30 soldiers. About 600 fighters attacked the base
 * at Miraflores before dawn": the act told again of the same target, named definitely in the
 * next sentences on the same day, is the same event; the dead are counted once.
 */
function sameTargetRetold(doc: Doc, records: EventRecord[]): void {
  const drop = new Set<EventRecord>();
  for (const r of records) {
    if (drop.has(r) || r.reality !== 'asserted' || !r.object || !VIOLENT_EVENTS.has(r.event)) continue;
    const h = objectHeadLemma(doc, r.object);
    if (!h || !h.definite) continue;
    const host = records.find((q) => {
      if (q === r || drop.has(q) || q.reality !== 'asserted' || !q.object || !VIOLENT_EVENTS.has(q.event)) return false;
      const d = r.text_info.sentence_index - q.text_info.sentence_index;
      // (further on, told again of the same day: "a mob set fire to a church ... on New Year's Day ... a gang ... surrounded the church at
      // around 10am on Tuesday", four sentences on)
      if (d < 1 || d > 4 || (d > 2 && !(q.date === r.date && q.date_precision === 'day' && r.date_precision === 'day')) || toldOnOtherDays(q, r)) return false;
      if (q.actor && r.actor && q.actor.code !== r.actor.code) return false;
      // (nor one its own sentence places in another town: "crowds who had blocked the highway" in Kampala's suburbs and, next, "In
      // Masaka, ... protesters blocked the Masaka-Mbarara highway")
      if (r.event_loc.basis === 'sentence' && q.event_loc.resolution === 'city' && r.event_loc.resolution === 'city' && spotOf(q.event_loc) !== spotOf(r.event_loc)) return false;
      return objectHeadLemma(doc, q.object)?.lemma === h.lemma;
    });
    if (!host) continue;
    absorb(host, r);
    if (host.acled && r.acled && host.acled.event_type !== 'Battles') host.acled = specific(host.acled, r.acled);
    // ("attacked the base at Miraflores": the retelling may say more exactly where)
    if ((RANK[r.event_loc.resolution ?? ''] ?? 0) > (RANK[host.event_loc.resolution ?? ''] ?? 0)) host.event_loc = r.event_loc;
    drop.add(r);
  }
  removeRecords(records, drop);
}

/** Does the span name one person, pointed back to: "he", "her", "the young man" (a definite singular noun of a few words, an actor)? */
function onePersonAgain(doc: Doc, span: TextSpan, recipient: EventRecord['actor']): boolean {
  if (/^(?:he|she|him|her)$/i.test(span.text)) return true;
  if (!recipient || span.text.split(' ').length > 4) return false;
  const h = objectHeadLemma(doc, span);
  if (!h?.definite) return false;
  const head = doc.tokens.slice(tokenAtOrAfter(doc, span.start), tokenAtOrAfter(doc, span.end)).filter((t) => t.pos === 'NOUN').pop();
  return !!head && head.lower === head.lemma && !/s$/.test(head.lower);
}

/**
 * "A 20-year-old worker was shot dead on Wednesday ... PAP confirmed the death last night, saying the young man was hit by
 * a bullet ... Witnesses said he was shot from a short distance": an attack on one person, told again of "he" or "the young
 * man" in the next three sentences, is the attack on the one victim told before (the nearest such), not another; a day
 * named only in the telling's source ("confirmed ... last night, saying") is the day it was told, not a day of its own.
 */
function oneVictimRetold(doc: Doc, records: EventRecord[]): void {
  const drop = new Set<EventRecord>();
  const one = (q: Quantity | null) => !q || q.value === 1;
  for (const r of records) {
    const o = r.object ?? (r.recipient && { start: r.recipient.start, end: r.recipient.end, text: r.recipient.entity_text });
    if (drop.has(r) || r.reality !== 'asserted' || r.event !== 'ASSAULT' || !o || !one(r.size.dead) || !one(r.size.injured) || r.size.arrested || !onePersonAgain(doc, o, r.recipient)) continue;
    const ownDay = r.date_basis === 'text' && !(r.attribution && r.date_start !== null && r.date_start >= r.attribution.start && r.date_start < r.attribution.end);
    const host = hostBefore(records, r, drop, 3, (q) => q.event === 'ASSAULT' && (q.size.dead?.value === 1 || q.size.injured?.value === 1) &&
      !(q.actor && r.actor && (q.actor.code !== r.actor.code || q.actor.sector !== r.actor.sector)) && !(ownDay && q.date_basis === 'text' && q.date !== r.date));
    if (!host) continue;
    absorb(host, r);
    drop.add(r);
  }
  removeRecords(records, drop);
}

/**
 * "a day after security forces killed at least 25 demonstrators in the southern city of Nasiriyah ... In Nasiriyah on Thursday,
 * troops and police fired live rounds at protesters": "security forces" are the troops and the police the story names after; their
 * violence on the same day in the same town, done to the same side, is one act told twice.
 */
function securityForcesRetold(records: EventRecord[]): void {
  const drop = new Set<EventRecord>();
  const generic = (a: EventRecord['actor']) => !!a && /^(?:the\s+)?(?:\w+\s+)?security\s+forces$/i.test(a.entity_text);
  const state = (a: EventRecord['actor']) => !!a && (a.sector === 'MIL' || a.sector === 'COP');
  for (const r of records) {
    if (drop.has(r) || r.reality !== 'asserted' || !violentAct(r) || r.date_basis !== 'text' || r.date_precision !== 'day' || !r.event_loc.resolution || r.event_loc.resolution === 'country') continue;
    const host = records.find((q) => q !== r && !drop.has(q) && q.reality === 'asserted' && violentAct(q) && q.text_info.sentence_index < r.text_info.sentence_index &&
      r.text_info.sentence_index - q.text_info.sentence_index <= 6 && q.date === r.date && q.date_precision === 'day' && q.event_loc.resolution === r.event_loc.resolution &&
      spotOf(q.event_loc) === spotOf(r.event_loc) && !!q.actor && !!r.actor && q.actor.code === r.actor.code && state(q.actor) && state(r.actor) &&
      (generic(q.actor) || generic(r.actor)) && !!q.recipient && !!r.recipient && q.recipient.sector === r.recipient.sector);
    if (!host) continue;
    absorb(host, r);
    // (the telling that names the forces says who did it)
    if (generic(host.actor) && !generic(r.actor)) host.actor = r.actor;
    if (host.mode === null && r.mode) {
      host.mode = r.mode;
      host.cameo = r.cameo;
    }
    drop.add(r);
  }
  removeRecords(records, drop);
}

/** Each asserted record that `guest` accepts is absorbed into the first asserted record of its sentence that `host` accepts. */
function mergeIntoHost(records: EventRecord[], guest: (r: EventRecord) => boolean, host: (q: EventRecord, guest: EventRecord) => boolean): void {
  const drop = new Set<EventRecord>();
  for (const r of records) {
    if (r.reality !== 'asserted' || !guest(r)) continue;
    const h = records.find((q) => q !== r && !drop.has(q) && q.reality === 'asserted' && q.text_info.sentence_index === r.text_info.sentence_index && host(q, r));
    if (!h) continue;
    absorb(h, r);
    drop.add(r);
  }
  removeRecords(records, drop);
}

/**
 * A subheading announces what its section tells ("Opposition demands talks" over "The
 * opposition urged the government to agree to talks"): the same event, kept as the body tells it.
 */
function mergeHeadings(doc: Doc, heads: boolean[], records: EventRecord[]): void {
  const drop = new Set<EventRecord>();
  for (const h of records) {
    const hs = h.text_info.sentence_index;
    if (!heads[hs]) continue;
    // with no actor of its own, a heading's event is the first of its kind told right below it
    const lemma = (r: EventRecord) => doc.tokens.find((t) => t.start === r.trigger.start)?.lemma;
    // ("Sudan forces storm sit-in" over "security forces stormed the camp": the same verb by the state's armed forces)
    const armedState = (x: EventRecord['actor']) => !!x && (x.sector === 'MIL' || x.sector === 'COP' || x.sector === 'SPY');
    const sameForces = (r: EventRecord) => lemma(r) === lemma(h) && armedState(r.actor) && armedState(h.actor) && r.actor!.code === h.actor!.code;
    // ("Serb shells hit Tuzla, killing 71" over "a shell slammed into ..., killing 71 people": the same dead, told by no one named below)
    const sameToll = (r: EventRecord) => !!h.size.dead && r.size.dead?.value === h.size.dead.value && (!r.actor || !h.actor || r.actor.code === h.actor.code) && r.text_info.sentence_index - hs <= 3;
    const cands = records.filter(
      (r) =>
        r.text_info.sentence_index > hs &&
        !heads[r.text_info.sentence_index] &&
        !headingBetween(doc, heads, hs, r.text_info.sentence_index) &&
        r.event === h.event &&
        r.reality === h.reality &&
        // ("rebels seize Timbuktu" is not the body's taking of Kidal: each names its own place)
        // (unless the body's sentence names the heading's place too: "curfew on Meru-Isiolo border" over "the boundary between
        // Meru and Isiolo counties")
        !(placedApart(h.event_loc, r.event_loc) &&
          !namedInSentence(doc, h.event_loc.geonameid, r.text_info.sentence_index)) &&
        // ("...; three killed in Sinwang 'encounter'": dead told by no one are no abduction, and are the same dead told further down)
        !(!!h.size.dead && r.mode === 'abduct' && h.mode !== 'abduct') &&
        (h.actor ? sameParty(r.actor, h.actor) || sameState(h.actor, r.actor) || sameCrowd(h, r) || sameSurname(h.actor, r.actor) || sameForces(r) || sameToll(r) : r.text_info.sentence_index - hs <= 3 || (!!h.size.dead && r.size.dead?.value === h.size.dead.value)),
    );
    // (a heading of no one's act told further down: "CURFEW CLAMPED ON 20,000" over the curfew of the eighth
    // sentence, the first of that very kind below it, not the search told first)
    const far = !h.actor && h.mode && !cands.some((r) => r.mode === h.mode) ?
      records.find((r) => r.text_info.sentence_index > hs && !heads[r.text_info.sentence_index] && !headingBetween(doc, heads, hs, r.text_info.sentence_index) &&
        r.event === h.event && r.mode === h.mode && r.reality === h.reality &&
        // (not a heading's casualties given to an act told far below with none: Tuesday's blockade "without incident")
        (!(h.size.dead || h.size.injured) || !!(r.size.dead || r.size.injured))) : undefined;
    // ("thousands flee" over "troops abandoned their positions ... thousands of civilians fled": the same verb first, then the same mode)
    // (a heading with an actor is its first telling below it: "Opposition demands talks" over "The opposition urged ...", the same verb first)
    // ("Two hurt as police clear growers' road blockade" over the blockade police broke up, two injured, not Tuesday's told
    // "without incident": a heading's count first finds the telling with that count)
    const counted = (r: EventRecord) => (['dead', 'injured', 'arrested'] as const).some((k) => !!h.size[k] && r.size[k]?.value === h.size[k]!.value);
    // ("Two killed as police fire on villagers" over "Police opened fire on villagers ..., killing two men", not the tear gas "officers
    // fired" later: a heading's count first with an actor too)
    const body = h.actor ? cands.find(counted) ?? cands.find((r) => lemma(r) === lemma(h)) ?? cands[0] : cands.find(counted) ?? cands.find((r) => lemma(r) === lemma(h)) ?? cands.find((r) => r.mode === h.mode && r.event_text !== h.event_text) ?? far ?? cands[0];
    if (!body) continue;
    // (the story's own count stands over the heading's: "...; 158 HELD" over "140 people had been detained")
    absorb(body, h, true);
    body.confidence = Math.max(body.confidence, h.confidence);
    drop.add(h);
  }
  removeRecords(records, drop);
}

// ("in Porto-Novo, the official capital, and in the southern towns of Abomey and Lokossa": a kind of place named before the next)
// (or of one: "in the holy city of Qom and in the northwestern city of Tabriz")
const KIND_OF_PLACES = String.raw`(?:the\s+(?:[\w-]+\s+){0,2}?(?:towns?|city|cities|villages?|districts?|provinces?|regions?|states?)\s+of\s+)?`;
const PLACE_LINK = new RegExp(String.raw`^\s*(?:(?:on|in|at)\s+(?:[\w'’]+\s*){1,3}?)?(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|as well as\s+)(?:in\s+|at\s+)?` + KIND_OF_PLACES +
  String.raw`$|^\s*,\s*(?:the|a|an)\s+[^,;.]{1,40},\s*(?:and|or)\s+(?:in\s+|at\s+)?` + KIND_OF_PLACES + '$', 'i');
/** "Gao on Saturday and Kidal on Friday": the day told right after each place */
const PLACE_DAY = /^\s+(?:on|in)\s+/i;

/**
 * "Protests in Osh, Jalal-Abad and Bishkek", "lost control of the cities of Jalalabad and Osh":
 * one event a place, as ACLED codes them. The copies share the trigger and the sentence; counts
 * told for all places together are divided evenly (the remainder to the first places), as ACLED
 * does with aggregate fatalities.
 */
function splitByPlace(doc: Doc, per: PlaceMention[][], records: EventRecord[]): void {
  const out: EventRecord[] = [];
  for (const r of records) {
    out.push(r);
    const loc = r.event_loc;
    if (loc.basis !== 'sentence' || loc.start == null || !loc.resolution) continue;
    // ("Qatar welcomed the ceasefire in Blue Nile and South Kordofan": a statement is made once,
    // wherever the places it speaks of are)
    // (reducing relations, CAMEO 16, is done to each place: "suspended flights to Doha and Dubai")
    const quad = cameoQuad(r.cameo);
    if (quad === 1 || (quad === 3 && !r.cameo.startsWith('16'))) continue;
    const here = per[r.text_info.sentence_index];
    const k = here.findIndex((p) => p.start === loc.start);
    if (k < 0) continue;
    const level = (p: PlaceMention) => (p.resolved!.resolution === 'country') === (loc.resolution === 'country');
    const chain = [here[k]];
    const source = sourceSetting(doc, r.attribution, r.text_info.sentence_index);
    // ("Moorhead, Minnesota", "In Marsella, in Risaralda,": the province after a comma qualifies the city before it, it is no second place)
    const qualifies = (a: PlaceMention, b: PlaceMention) => b.resolved!.resolution === 'admin1' && a.resolved!.resolution === 'city' && a.resolved!.province === b.resolved!.name && /^\s*,\s*(?:in\s+)?$/.test(doc.text.slice(a.end, b.start));
    // (nor where people came from: "dozens of police officers from Iguala and Cocula")
    const si0 = r.text_info.sentence_index;
    for (let j = k - 1; j >= 0 && level(here[j]) && !holds(source, here[j]) && !qualifies(here[j], chain[0]) && !peopleFrom(doc, si0, here[j]) && PLACE_LINK.test(doc.text.slice(here[j].end, chain[0].start)); j--) chain.unshift(here[j]);
    for (let j = k + 1; j < here.length && level(here[j]) && !holds(source, here[j]) && !qualifies(chain[chain.length - 1], here[j]) && !peopleFrom(doc, si0, here[j]) && PLACE_LINK.test(doc.text.slice(chain[chain.length - 1].end, here[j].start)); j++) chain.push(here[j]);
    if (chain.length < 2) continue;
    // ("no reports of violence in Mangochi or in Zomba, where police said a march ended peacefully": an act told in a "where" clause
    // after the list happened in the last place only)
    const lastPlace = chain[chain.length - 1];
    // (not "the towns of Atwater and Livingston, where": a "where" after places joined under one preposition may be of them all)
    if (r.trigger.start >= lastPlace.end && /^\s*,\s*where\b/i.test(doc.text.slice(lastPlace.end, r.trigger.start)) &&
      /\b(?:and|or)\s+(?:in|at)\s+(?:the\s+)?$/i.test(doc.text.slice(chain[chain.length - 2].end, lastPlace.start))) {
      if (lastPlace !== here[k]) r.event_loc = fromMention(lastPlace, 'sentence');
      continue;
    }
    // ("blocked the road between Pasaje and Machala": the stretch between two towns is one place, not an act in each)
    if (/\bbetween\s+(?:the\s+)?(?:towns?\s+of\s+|cities\s+of\s+)?$/i.test(doc.text.slice(Math.max(0, chain[0].start - 30), chain[0].start))) continue;
    // ("KHALANGA, Salyan, November 18 -": the places of a dateline are where the report was filed, one place)
    if (chain[0].start < datelineEnd(doc, doc.sentences[r.text_info.sentence_index])) continue;
    // the places must belong to this event's clause: no other event told between them and its trigger
    const lo = Math.min(r.trigger.end, chain[0].start);
    const hi = Math.max(r.trigger.start, chain[0].start);
    // (another event merged into a record told elsewhere counts too: its mention is here)
    const si = r.text_info.sentence_index;
    const inside = (x: { start: number; end: number }) => x.start >= lo && x.end <= hi;
    const tellings = (o: EventRecord) => [...(o.text_info.sentence_index === si ? [o.trigger] : []), ...(o.mentions ?? []).filter((m) => m.sentence_index === si)];
    if (records.some((o) => o !== r && tellings(o).some(inside))) continue;
    // places after another act and before this one are that act's object ("imposed a curfew on
    // Riyom, Barkin Ladi and Jos South, and ordered ..."), unless they open the sentence
    const chainEnd = chain[chain.length - 1].end;
    if (r.trigger.start >= chainEnd && records.some((o) => o !== r && tellings(o).some((x) => x.end <= chain[0].start))) continue;
    const ids = new Set<number | string>();
    const places = chain.filter((p) => {
      const id = spotOf(p.resolved) ?? p.resolved!.name;
      if (ids.has(id)) return false;
      ids.add(id);
      return true;
    });
    if (places.length < 2) continue;
    const n = places.length;
    const share = (q: Quantity | null, i: number): Quantity | null => {
      if (!q) return null;
      const value = Math.floor(q.value / n) + (i < q.value % n ? 1 : 0);
      return { ...q, value, approximate: q.approximate || q.value % n !== 0 };
    };
    const base = structuredClone(r);
    // (each place's own day: "had taken control of Gao on Saturday and Kidal on Friday")
    const days = chain.some((p, i) => i < chain.length - 1 && PLACE_DAY.test(doc.text.slice(p.end, chain[i + 1].start))) ?
      findTimes(doc, doc.sentences[si], doc.article.published) : [];
    places.forEach((p, i) => {
      const c = i === 0 ? r : structuredClone(base);
      c.event_loc = fromMention(p, 'sentence');
      const day = days.find((t) => t.start > p.end && PLACE_DAY.test(doc.text.slice(p.end, t.start)) && t.start - p.end <= 6);
      if (day) textDate(c, day.date, day.precision, day.text, day.start, day.end);
      if (i > 0) c.id = eventId(doc.article.id, c.trigger.start, c.trigger.end, `${c.event}@${p.start}`);
      c.size = { dead: share(base.size.dead, i), injured: share(base.size.injured, i), arrested: share(base.size.arrested, i), crowd: share(base.size.crowd, i) };
      if (i > 0) out.push(c);
    });
  }
  records.length = 0;
  records.push(...out);
}

/** Where a sentence's clauses part: "X killed 27 civilians, local officials said, while the army said ..." */
// (", and fires were started at the exchange, whose trapped staff had to be lifted off the roof by helicopter": a clause
// joined after a comma, and a relative one about another thing, are parts of their own)
const CLAUSE_BREAK = /,\s+(?:while|whereas|but|and|whose|when)\s|;\s/g;
/** The part of the sentence between the clause breaks around offset `at`. */
function clauseOf(sentence: string, at: number): string {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (m.index! + m[0].length <= at) from = m.index! + m[0].length;
    else if (m.index! >= at) {
      to = m.index!;
      break;
    }
  }
  return sentence.slice(from, to);
}

/** Is the place one of a list of places people came from ("from Hennebont, Lanester, Ploemeur and smaller communes such as Caudan")? */
function cameFromList(doc: Doc, p: PlaceMention): boolean {
  const tk = doc.tokens;
  let k = tokenAtOrAfter(doc, p.start) - 1;
  const sent = tk[k + 1]?.sent;
  for (let n = 0; k >= 0 && n < 25 && tk[k].sent === sent; k--, n++) {
    const t = tk[k];
    if (t.lower === 'from') return true;
    if (!(t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'CCONJ' || t.text === ',' || t.text === '-' || /^(?:such|as|including)$/.test(t.lower))) return false;
  }
  return false;
}

/** an aircraft named by itself, no strike: "the jet", "helicopter gunships" */
const BARE_CRAFT = /^(?:jets?|warplanes?|war\s+planes?|drones?|helicopters?(?:\s+gunships?)?|gunships?|bombers?|aircraft)$/i;

/** what is heard of a fight: no weapon of its own */
/**
 * Sentences that set no scene for the acts around them: they tell no act, only background ("Abu Bakr has been locked in a long
 * dispute with the government over land at Mucurapo"), carry no dateline, and do not open on a place of their own ("In Oshakati,
 * the main town of Ovamboland, the mood was tense" sets one). Read once per article.
 */
function scenelessSentences(doc: Doc, per: PlaceMention[][], eventful: Set<number>): boolean[] {
  const out: boolean[] = [];
  for (let k = 0; k < doc.sentences.length; k++) {
    const s = doc.sentences[k];
    // (nor on the state of a town: "Bogotá was largely calm on Monday")
    out.push(!eventful.has(k) && datelineEnd(doc, s) < 0 && !per[k].some((q) => SCENE_OPENER.test(doc.text.slice(s.start, q.start)) || townStateOpens(doc, q, k)));
  }
  return out;
}

/** after the act, its doer named by "by" and a relative clause on it: "carried out by the X column, a group of dissidents who dispute control of" */
const BY_WHO = /^[^.;:,]{0,40}?\bby\s+[^.;:]{0,120}?\bwho\b[^.;:]*$/i;
/**
 * Is the place at `start` where the statement r's speaker is, named in the speaker's phrase ("A party spokesman in Accra denied ..."),
 * or where a government's statement came from ("A government communique from Buenos Aires blamed ...")? No town "the town" means.
 */
function speakerAt(r: EventRecord, start: number | null): boolean {
  return isStatement(r.event) && !!r.actor && start !== null &&
    ((start >= r.actor.start && start < r.actor.end) || (r.actor.sector === 'GOV' && r.event_loc.start === start));
}
/** Is the offset inside a relative clause opened after a comma in sentence k and not closed before it (", who walked at the front of
 * the march in", ", which led thousands into the capital from the provinces of Cotopaxi, Chimborazo and")? */
function insideRelative(doc: Doc, k: number, at: number): boolean {
  const s = doc.sentences[k];
  let open = -1;
  for (let i = s.first + 1; i < s.last && doc.tokens[i].start < at; i++) {
    const t = doc.tokens[i];
    if (t.text === ';') open = -1;
    else if (t.text === ',' && /^(?:who|which|whose)$/i.test(doc.tokens[i + 1]?.text ?? '')) open = i;
    // (closed by a comma before the main clause's verb)
    else if (open >= 0 && t.text === ',' && ['VERB', 'AUX'].includes(doc.tokens[i + 1]?.pos ?? '')) open = -1;
  }
  return open >= 0;
}
/** "this village", "this town": the dateline's own place */
const THIS_TOWN = /\bthis\s+(?:[a-z-]+\s+)?(?:village|town|city|hamlet|township)\b/i;
/** words of shooting in a clash's own name: "an exchange of gunfire", "a firefight", "a shoot-out" */
const GUNFIRE_WORDS = /\b(?:gunfire|fire|firefight|shoot-?out|gunfight|gun battle|shots|shooting)\b/i;
/** the words before a weapon two sides fought with: "fought with rocket-propelled", "clashed with heavy machine guns and" */
const FOUGHT_WITH = /\b(?:fought|fighting|fight|fights|clashed|clashing|clash|battled|battling)\s+(?:each other\s+|one another\s+)?with\s+(?:[\w'’-]+\s+){0,6}$/i;
const SOUNDS_OF_FIGHTING = /^(?:explosions?|blasts?|detonations?)$/i;
/** ACLED's most telling sub-types first: the weapon decides what kind of violence it was. */
const WEAPON_ORDER = ['Suicide bomb', 'Chemical weapon', 'Air/drone strike', 'Shelling/artillery/missile attack', 'Grenade', 'Remote explosive/landmine/IED'];

/**
 * "A suicide bomber blew himself up at a checkpoint, killing 12": one act of violence told
 * with two verbs. Generic violence (attack, kill) in a sentence that names the weapon takes
 * the weapon's ACLED sub-type.
 */
function refineWeapons(doc: Doc, records: EventRecord[], backgroundIds: Set<string>): void {
  const weapons: Array<{ r: EventRecord; rank: number }> = [];
  for (const r of records) {
    const k = r.acled ? WEAPON_ORDER.indexOf(r.acled.sub_event_type) : -1;
    // (not weapons told as the background of the act: "widening an offensive that had previously involved mainly aerial
    // bombings and shelling" says nothing of how the village was taken)
    if (k >= 0 && r.reality === 'asserted' && !backgroundIds.has(r.id)) weapons.push({ r, rank: k });
  }
  if (!weapons.length) return;
  const drop = new Set<EventRecord>();
  for (const r of records) {
    if (r.event !== 'ASSAULT' || !r.acled || r.reality !== 'asserted' || r.cameo.startsWith('19')) continue;
    const sub = r.acled.sub_event_type;
    const generic = sub === 'Attack' || sub === 'Armed clash';
    const si = r.text_info.sentence_index;
    let best: { r: EventRecord; rank: number } | null = null;
    for (const w of weapons) {
      if (w.r === r || w.r.text_info.sentence_index !== si) continue;
      if (!best || w.rank < best.rank) best = w;
    }
    if (!best) {
      // a generic "attack" or "killed" told a sentence or two from where the weapon is named
      // is the same kind of violence (never merged: it may be another incident)
      if (sub !== 'Attack' || r.mode) continue;
      let near: { r: EventRecord; rank: number } | null = null;
      for (const w of weapons) {
        const d = Math.abs(w.r.text_info.sentence_index - si);
        if (w.r === r || d === 0 || d > 2) continue;
        if (toldOnOtherDays(r, w.r)) continue;
        // (an aircraft named in another sentence with no act told of it is no weapon of this act: "soldiers opened fire on
        // supporters outside the airport ... The jet carrying Zelaya circled the capital twice")
        if (BARE_CRAFT.test(w.r.trigger.text) && !w.r.recipient && !w.r.size.dead && !w.r.size.injured) continue;
        // (nor a single blast that hurt no one, in another paragraph: "an explosion at a power unit had knocked television off the
        // air. [new paragraph] more than 60 people had been killed"; a bombardment of a town may be what killed there: "Heavy
        // artillery and mortar fire shook the capital ... [new paragraph] wounded civilians")
        if (w.r.mode === 'explosives' && !w.r.recipient && !w.r.size.dead && !w.r.size.injured && !sameParagraph(doc, w.r.text_info.sentence_index, si)) continue;
        if (spotOf(r.event_loc) != null && spotOf(w.r.event_loc) != null && spotOf(r.event_loc) !== spotOf(w.r.event_loc)) continue;
        // (nor another doer's weapon: the army's air strikes say nothing of how gunmen stormed two villages)
        if (r.actor && w.r.actor && (r.actor.code !== w.r.actor.code || r.actor.sector !== w.r.actor.sector)) continue;
        if (!near || w.rank < near.rank) near = w;
      }
      if (near) {
        r.acled = { ...near.r.acled! };
        r.mode = near.r.mode;
      }
      continue;
    }
    const mine = WEAPON_ORDER.indexOf(sub);
    if (!(generic || mine > best.rank)) continue;
    const b = best.r;

    // the outcome told with its own verb ("were killed", "injuring 16") is the same act: merge
    // (a weapon named with no doer goes with the act told nearest it: "militants killed 27 civilians ..., while the
    // army said it had killed dozens of the assailants in air strikes" — the air strikes are the army's)
    const gap = (x: EventRecord) => Math.abs(x.trigger.start - b.trigger.start);
    const nearer = !b.actor && records.some((x) => x !== r && x !== b && x.event === 'ASSAULT' && x.reality === 'asserted' && x.text_info.sentence_index === si && gap(x) < gap(r));
    if (nearer) continue;
    // (another actor's weapon says nothing of this act: "militants killed 27 civilians ..., while the army said
    // it had killed dozens of the assailants in air strikes")
    const sameAct = !r.actor || !b.actor || (r.actor.code === b.actor.code && r.actor.sector === b.actor.sector);
    if (!sameAct) continue;
    absorb(b, r);
    b.confidence = Math.max(b.confidence, r.confidence);
    drop.add(r);
  }
  removeRecords(records, drop);
}
/** ACLED: a protest met by arrests or force in the same sentence is a protest with intervention. */
/** the crowd told of before, named again: "dispersed them", "arrested the protesters" */
const SAME_CROWD = /^(?:them|they|the\s+(?:crowd|protesters|protestors|demonstrators|marchers|students|strikers|rally|march|protest|demonstration))$/i;

/** the crowd named again, with or without its article ("them", "protesters", "the crowd") */
function namesCrowd(text: string): boolean {
  return SAME_CROWD.test(text) || SAME_CROWD.test(`the ${text.replace(/^the\s+/i, '')}`);
}

/** a gathering named as what force was used on */
const GATHERING = /\b(?:march(?:es)?|rall(?:y|ies)|demonstrations?|protests?|crowds?|processions?|sit-ins?|vigils?|gatherings?)\b/i;

function refineProtests(doc: Doc, records: EventRecord[]): void {
  const bySentence = new Map<number, EventRecord[]>();
  for (const r of records) {
    const l = bySentence.get(r.text_info.sentence_index);
    if (l) l.push(r);
    else bySentence.set(r.text_info.sentence_index, [r]);
  }
  // (not force told of another day: "fired tear gas Monday night to break up crowds, the third night of unrest since an officer
  // shot and killed an 18-year-old on Saturday")
  const stateForce = (r: EventRecord, protest: EventRecord) =>
    r !== protest &&
    r.reality === 'asserted' && !toldOnOtherDays(r, protest) &&
    // (nor force with a time of its own far from the protest's, however the protest is dated: "gathered ... to mark the anniversary
    // of August 9 last year, when hundreds of men were lifted in dawn raids")
    !(r.date_basis === 'text' && !!r.date && !!protest.date && Math.abs(Date.parse(r.date) - Date.parse(protest.date)) > 7 * 86_400_000) &&
    ((r.event === 'COERCE' && (r.mode === 'arrest' || r.cameo === '175')) ||
      (r.event === 'ASSAULT' && (r.mode === 'crowd-control' || (!r.cameo.startsWith('19') && ['COP', 'MIL', 'GOV', 'SPY'].includes(r.actor?.sector ?? '')))) ||
      // "police opened fire on villagers protesting": aimed at the protesters themselves
      (r.event === 'ASSAULT' && aimedAt(r, protest) && ['COP', 'MIL', 'GOV', 'SPY'].includes(r.actor?.sector ?? '')));
  for (const [k, list] of bySentence) {
    const protest = list.find((r) => r.event === 'PROTEST' && r.mode !== 'riot' && r.acled?.sub_event_type === 'Peaceful protest');
    if (!protest) continue;
    // the state stepping in: arrests, dispersal, or state forces using violence (not a battle elsewhere)
    // (or in the next sentence, on the same crowd: "Students protested ... Police dispersed them with tear gas.")
    const next = bySentence.get(k + 1) ?? [];
    const prev = bySentence.get(k - 1) ?? [];
    // ("... to disperse the crowd", "fired at hundreds of protesters": the crowd named again, with or without its article;
    // "The rally was peaceful until riot police fired tear gas": or the protest itself told again in that sentence)
    const sameCrowd = (r: EventRecord) => (!!r.object && SAME_CROWD.test(r.object.text)) || (!!r.recipient && namesCrowd(r.recipient.entity_text));
    const retoldNext = (protest.mentions ?? []).some((m) => m.sentence_index === k + 1);
    const force = list.find((r) => stateForce(r, protest)) ??
      (next.some((r) => r.event === 'PROTEST') ? undefined : next.find((r) => stateForce(r, protest) && (retoldNext || sameCrowd(r)))) ??
      // (or told first: "Police opened fire on thousands of supporters ... The marchers had gathered to ...")
      (protest.actor && namesCrowd(protest.actor.entity_text) && !prev.some((r) => r.event === 'PROTEST') ? prev.find((r) => r.reality === 'asserted' && r.event !== 'PROTEST' && /^(?:Protest with|Excessive)/.test(r.acled?.sub_event_type ?? '')) : undefined);
    if (!force) continue;
    // ("a general strike shut down the city, and two workers were killed when police broke up a march of strikers":
    // force used on a gathering of its own leaves the strike itself peaceful)
    if (protest.mode === 'strike' && GATHERING.test(force.object?.text ?? '')) continue;
    // ("marched in Yangon and Mandalay, and police fired ... in Naypyitaw": force used elsewhere)
    // (the force's own place told after it, not among the protest's: "rallies in Tampa and St. Petersburg took a turn when police ...")
    // (or told after the protest, in a clause of its own: "residents gathered outside khokimiyat buildings, and in Andijan, where ...
    // thirty people burned tyres before being dispersed by police")
    if (placedApart(force.event_loc, protest.event_loc) &&
      ((force.event_loc.start ?? 0) > force.trigger.start || (force.text_info.sentence_index === protest.text_info.sentence_index && (force.event_loc.start ?? 0) > protest.trigger.end &&
        /,\s+(?:and|while|but)\s|;|,\s+where\b/.test(doc.text.slice(protest.trigger.end, force.event_loc.start ?? 0))))) continue;
    // tear gas and water cannon disperse; live fire, deaths and injuries are excessive force
    const nonLethal = /\b(tear ?gas|teargas|water cannons?|rubber bullets|pepper|stun grenades|batons?)\b/i.test(force.text_info.sentence);
    const lethal = force.event === 'ASSAULT' && ((force.mode === 'firearms' && !nonLethal) || (force.size.dead?.value ?? 0) > 0 || (force.size.injured?.value ?? 0) > 0);
    protest.acled = acledOf(lethal ? 'FORCE_AGAINST_PROTEST' : 'PROTEST_WITH_INTER');
    // "police opened fire on villagers protesting": force aimed at the protesters themselves is,
    // for ACLED, the same event as their protest
    if (force.event === 'ASSAULT' && aimedAt(force, protest)) force.acled = protest.acled;
  }
}

/** "police opened fire on villagers protesting", "soldiers opened fire on a march of Christians": force aimed at the protest or its protesters */
function aimedAt(force: EventRecord, protest: EventRecord): boolean {
  if (force.recipient && protest.actor && force.recipient.start === protest.actor.start) return true;
  return !!force.object && force.text_info.sentence_index === protest.text_info.sentence_index &&
    force.object.start <= protest.trigger.start && protest.trigger.end <= force.object.end;
}
