/** Shared shapes of the actor recogniser: the mention it returns, the per-document context and
 * what it knows about each mention beyond what it returns. */
import type { Doc, PlaceMention, Span, Token } from '../../types.js';
import { lexicon } from './lexicon.js';
import type { GazEntry, Lexicon, OrgEntry } from './lexicon.js';

export interface ActorMention extends Span {
  /** exact article text of the span (no leading determiners, no trailing punctuation) */
  text: string;
  /** normalised name ("Askar Akayev", "Kyrgyz opposition", "police") */
  name: string;
  /** ISO-3166 alpha-3 country or IGO/NGO code (UNO, EUR, NAT, OSC ...) */
  code: string | null;
  /** PLOVER/CAMEO sector: GOV, MIL, COP, OPP, PRO, REB, CVL, JUD, MED, IGO, NGO ... */
  sector: string | null;
  /** composite CAMEO-style code, e.g. KGZCOP, IGOEUROSC */
  cameo_code: string | null;
  kind: 'person' | 'group' | 'org' | 'country' | 'pronoun';
  /** token index of the head word; for a nationality sharing a coordinated head ("Hungarian" in
   *  "Hungarian and Romanian officials") it is the shared head, outside [first, last) */
  head: number;
  /** token range [first, last) */
  first: number;
  last: number;
  /** for pronouns/definite descriptions/appositions resolved by coreference: the antecedent */
  ref?: ActorMention;
  /** one person: a named or titled person, or a singular head that is no group ("a man", "the activist"); not "the crowd" */
  one?: boolean;
  /** the country code is only the article's main country (nothing in the phrase or its role said it) */
  codeFromArticle?: boolean;
}

export interface Unit {
  first: number;
  last: number;
  e: GazEntry | null;
  /** nominal()'s answer once asked: 0 not yet, 1 yes, 2 no (a unit is only read within its own
   * sentence, where c.upper stays the same; set to 0 where units are made, to keep one shape) */
  nom?: 0 | 1 | 2;
}

export type CodeFrom = 'phrase' | 'role' | 'place' | 'main' | 'ref' | null;

/** What the recogniser knows about a mention beyond what it returns. */
export interface Info {
  m: ActorMention;
  codeFrom: CodeFrom;
  title: string | null;
  plural: boolean;
  collective: boolean;
  groupish: boolean;
  /** the head is generic: its sector may still be improved by an "of X" or an apposition */
  weak: boolean;
  /** a person recognised from a capitalised name */
  named: boolean;
  org: OrgEntry | null;
  sent: number;
  /** singular demonym standing alone ("Hungarian" in "Hungarian and Romanian officials") */
  bareDemonym: boolean;
  /** an unknown name that is where people come from ("villagers of Bhagwanpur Khurd"): no actor */
  origin?: boolean;
  /** a generic singular head with nothing to pin it down ("the group" with no antecedent) */
  bare: boolean;
  /** where the named body this one speaks for starts ("a spokesman for the Alliance for Democracy in Mali"): its sector, once known */
  spokenFor?: number;
}

export interface Ctx {
  doc: Doc;
  tk: Token[];
  lx: Lexicon;
  folded: string[];
  date: string | null;
  places: Map<number, PlaceMention>;
  main: string | null;
  upper: boolean;
  /** the sentence is set all in lower case ("the crpf jawans opened fire"): a name's capital says nothing */
  lower: boolean;
  prior: Info[];
  surnames: Map<string, Info>;
  /** initials the article itself spells out, to where the name they stand for starts and ends ("RSF" after "the paramilitary
   *  Rapid Support Forces"): a dictionary body of the same initials is not meant */
  localInitials: Map<string, { first: number; last: number }>;
}

export function cameoOf(code: string | null, sector: string | null, org: OrgEntry | null): string | null {
  if (org && org.cameo && (org.code === code || code === null)) {
    if (!sector || sector === org.sector || sector === 'IGO' || sector === 'NGO' || org.cameo.endsWith(sector)) return org.cameo;
    return org.cameo + sector;
  }
  if (code && sector && sector !== 'IGO' && sector !== 'NGO') return code + sector;
  if (code) return (sector === 'IGO' || sector === 'NGO') && code.length === 3 && !isCountry3(code) ? sector + code : code;
  return sector;
}

export const iso3Cache = new Map<string, boolean>();

export function isCountry3(code: string): boolean {
  let v = iso3Cache.get(code);
  if (v === undefined) {
    v = false;
    for (const e of lexicon().gaz.values()) {
      for (const x of e) if (x.type === 'country' && x.country.iso3 === code) v = true;
      if (v) break;
    }
    iso3Cache.set(code, v);
  }
  return v;
}

export function textOf(c: Ctx, first: number, last: number): string {
  return c.doc.text.slice(c.tk[first].start, c.tk[last - 1].end);
}

export function mention(
  c: Ctx,
  first: number,
  last: number,
  head: number,
  kind: ActorMention['kind'],
  name: string,
  code: string | null,
  sector: string | null,
  org: OrgEntry | null,
): ActorMention {
  return {
    start: c.tk[first].start,
    end: c.tk[last - 1].end,
    text: textOf(c, first, last),
    name,
    code,
    sector,
    cameo_code: cameoOf(code, sector, org),
    kind,
    head,
    first,
    last,
    // (set later by coreference and coding; present from the start so that every mention has one shape)
    ref: undefined,
    one: undefined,
    codeFromArticle: undefined,
  };
}

export function info(c: Ctx, m: ActorMention, extra: Partial<Info>): Info {
  return {
    m,
    codeFrom: null,
    title: null,
    plural: false,
    collective: false,
    groupish: false,
    weak: false,
    named: false,
    org: null,
    sent: c.tk[m.first].sent,
    bareDemonym: false,
    bare: false,
    ...extra,
  };
}

export function root(m: ActorMention): ActorMention {
  let r = m;
  for (let i = 0; i < 8 && r.ref; i++) r = r.ref;
  return r;
}
