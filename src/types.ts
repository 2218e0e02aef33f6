/**
 * Tulip's shared types: the analysed document that flows through the pipeline and the
 * event record that comes out of it. Every span is {start, end} into the article text,
 * end exclusive, in UTF-16 code units (JavaScript string indexes).
 */

export interface Span {
  start: number;
  end: number;
}

/** One token of the article, as wink-nlp saw it, with offsets into the article text. */
export interface Token extends Span {
  text: string;
  /** lower-cased text */
  lower: string;
  /** wink-nlp lemma (lower-cased) */
  lemma: string;
  /** Universal POS tag from wink-nlp (NOUN, VERB, PROPN, ADP, ...) */
  pos: string;
  /** true when the token begins with an upper-case letter */
  cap: boolean;
  /** sentence index this token belongs to */
  sent: number;
}

export interface Sentence extends Span {
  index: number;
  /** first token index (inclusive) */
  first: number;
  /** last token index (exclusive) */
  last: number;
}

export interface ArticleMeta {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  /** YYYY-MM-DD or null */
  published: string | null;
}

export interface Article extends ArticleMeta {
  text: string;
}

/** A place mention found in the text and, where possible, resolved against the gazetteer. */
export interface PlaceMention extends Span {
  text: string;
  /** what the mention names */
  kind: 'city' | 'admin1' | 'country' | 'demonym' | 'region';
  resolved: ResolvedPlace | null;
}

export interface ResolvedPlace {
  name: string;
  geonameid: number | null;
  lat: number | null;
  lon: number | null;
  /** admin1 name */
  province: string | null;
  /** country name */
  country: string | null;
  /** ISO-3166 alpha-2 */
  country_code: string | null;
  resolution: 'city' | 'admin1' | 'country';
}

export interface Country {
  name: string;
  iso2: string;
  iso3: string;
}

/** The analysed article; stages add to it, none re-tokenises. */
export interface Doc {
  article: Article;
  /** the text as analysed: the article's characters, except that lines written in capitals are given ordinary case
   * ("ARMED REBELS REJECTED" -> "Armed rebels rejected"); the same length, so every offset holds for article.text too */
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  places?: PlaceMention[];
  /** the country the article is mostly about (alpha-2), when one dominates */
  mainCountry?: string | null;
}

export interface TextSpan extends Span {
  text: string;
}

export interface Quantity extends Span {
  value: number;
  text: string;
  /** true for vague numbers ("dozens", "several") coded by ACLED's conventions */
  approximate: boolean;
  /** the figure broken down by who they were, as the text tells it ("four ... among the protesters and four among law
   * enforcement officers"; "57 people, including several policemen"): each part with its span and the group's */
  parts?: QuantityPart[];
}

export interface QuantityPart extends Span {
  value: number;
  text: string;
  approximate: boolean;
  /** the people the part counts ("protesters", "law enforcement officers"), when named */
  who: TextSpan | null;
  /** their PLOVER sector and country, where the actor coder knows them */
  sector: string | null;
  code: string | null;
}

export interface EventActor extends Span {
  entity_text: string;
  entity_name: string;
  /** ISO-3166 alpha-3 country code or IGO code (UNO, EUR, NAT, OSC ...) */
  code: string | null;
  /** PLOVER/CAMEO sector (GOV, MIL, COP, OPP, PRO, REB, CVL, JUD, MED, ...) */
  sector: string | null;
  /** CAMEO-style composite actor code, e.g. KGZCOP */
  cameo_code: string | null;
}

export interface EventLocation {
  extracted_place: string | null;
  resolved_place: string | null;
  geonameid: number | null;
  lat: number | null;
  lon: number | null;
  province: string | null;
  country: string | null;
  country_code: string | null;
  resolution: 'city' | 'admin1' | 'country' | null;
  start: number | null;
  end: number | null;
  /** how the location was chosen: "sentence", "article", "actor" */
  basis: string | null;
}

export type Reality = 'asserted' | 'negated' | 'hypothetical' | 'future' | 'question' | 'historical';

export interface EventRecord {
  id: string;
  event: string;
  mode: string | null;
  context: string[];
  quad_code: number;
  /** PLOVER base intensity of the event type (from -9 ASSAULT to 10 AID) */
  event_scale: number | null;
  cameo: string;
  acled: { event_type: string; sub_event_type: string } | null;
  actor: EventActor | null;
  recipient: EventActor | null;
  date: string | null;
  date_precision: 'day' | 'week' | 'month' | 'year' | null;
  date_text: string | null;
  date_start: number | null;
  date_end: number | null;
  date_basis: 'text' | 'publication' | null;
  event_loc: EventLocation;
  size: {
    dead: Quantity | null;
    injured: Quantity | null;
    arrested: Quantity | null;
    crowd: Quantity | null;
  };
  attribution: TextSpan | null;
  /** the phrase naming what the act was done to ("the Intelligence and Interior Ministry buildings"); the recipient is the actor in or behind it */
  object?: TextSpan | null;
  /** the phrase naming who acted ("Russian and Syrian regime warplanes"); the actor is the name in it */
  subject?: TextSpan | null;
  event_text: string;
  trigger: TextSpan;
  /** the other tellings of this same event in the article, merged into it */
  mentions?: Array<TextSpan & { sentence_index: number }>;
  reality: Reality;
  text_info: { sentence_index: number; start: number; end: number; sentence: string };
  article: ArticleMeta;
  confidence: number;
}

/** The sectors of those who bear arms: the state's forces and armed groups (one list for the coreference of "his men" and the document resolver). */
export const ARMED_FORCE_SECTORS: ReadonlySet<string> = new Set(['COP', 'MIL', 'REB', 'UAF', 'IMG', 'SPY']);

/** The sectors of armed men outside the state: rebels, unidentified gunmen, militant groups, insurgents (one list for the event coder
 * and the ACLED mapping). */
export const NON_STATE_ARMED_SECTORS: ReadonlySet<string> = new Set(['REB', 'UAF', 'IMG', 'INS']);

/** The PLOVER sectors of the state: its government, forces, courts and legislature (one list for the actor coder and the ACLED export). */
export const STATE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY', 'PRE', 'PRM']);
