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
import type { Doc, PlaceMention, Span, Token } from '../../types.js';
import { countryByIso2 } from '../places/countries.js';
import { lexicon, roleOn, fold } from './lexicon.js';
import type { GazEntry, Lexicon, OrgEntry, SectorWord } from './lexicon.js';

export { loadActorFile } from './lexicon.js';

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
  /** token index of the head word */
  head: number;
  /** token range [first, last) */
  first: number;
  last: number;
  /** for pronouns/definite descriptions/appositions resolved by coreference: the antecedent */
  ref?: ActorMention;
}

interface Unit {
  first: number;
  last: number;
  e: GazEntry | null;
}

type CodeFrom = 'phrase' | 'role' | 'place' | 'main' | 'ref' | null;

/** What the recogniser knows about a mention beyond what it returns. */
interface Info {
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
  /** a generic singular head with nothing to pin it down ("the group" with no antecedent) */
  bare: boolean;
}

interface Ctx {
  doc: Doc;
  tk: Token[];
  lx: Lexicon;
  folded: string[];
  date: string | null;
  places: Map<number, PlaceMention>;
  main: string | null;
  upper: boolean;
  prior: Info[];
  surnames: Map<string, Info>;
}

const PRONOUNS: Record<string, 'person' | 'plural' | 'it'> = {
  he: 'person',
  him: 'person',
  she: 'person',
  they: 'plural',
  them: 'plural',
  it: 'it',
};

const ATTACH = new Set(['of', 'from', 'in', 'for']);
/** prepositions after which a capital is a place, not its government */
const LOCATIVE = new Set(['in', 'at', 'to', 'from', 'near', 'outside', 'inside', 'into', 'of', 'across', 'around', 'toward', 'towards', 'through', 'between', 'within', 'via', 'throughout', 'over', 'on', 'for', 'beyond', 'reached', 'visit', 'visited']);

function foldTok(t: Token): string {
  const l = t.lower;
  for (let i = 0; i < l.length; i++) if (l.charCodeAt(i) > 127) return fold(t.text);
  return l;
}

/** Longest dictionary match starting at token i (within the sentence). */
function matchAt(c: Ctx, i: number, end: number): Unit | null {
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
          best = { first: i, last: j + 1, e };
          break;
        }
      }
    }
    if (!lx.prefixes.has(key)) break;
  }
  return best;
}

function accept(c: Ctx, e: GazEntry, i: number, j: number): boolean {
  const t = c.tk[i];
  if (e.type === 'sector') return true;
  if ((e.type === 'org' && e.exact !== null) || (e.type === 'country' && e.exact)) {
    return c.doc.text.slice(t.start, c.tk[j - 1].end) === e.exact;
  }
  if (t.cap) return true;
  // lower-case names: "al-Qaeda", "bin Laden" (the dictionary spelling starts lower-case, or
  // with a name particle)
  return (e.type === 'org' && e.org.name[0] === e.org.name[0].toLowerCase()) || c.lx.particles.has(t.lower);
}

function cameoOf(code: string | null, sector: string | null, org: OrgEntry | null): string | null {
  if (org && org.cameo && (org.code === code || code === null)) {
    if (!sector || sector === org.sector || sector === 'IGO' || sector === 'NGO' || org.cameo.endsWith(sector)) return org.cameo;
    return org.cameo + sector;
  }
  if (code && sector && sector !== 'IGO' && sector !== 'NGO') return code + sector;
  if (code) return (sector === 'IGO' || sector === 'NGO') && code.length === 3 && !isCountry3(code) ? sector + code : code;
  return sector;
}

const iso3Cache = new Map<string, boolean>();
function isCountry3(code: string): boolean {
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

function sectorWord(c: Ctx, u: Unit): SectorWord | null {
  if (u.e) return u.e.type === 'sector' ? u.e.word : null;
  if (u.last - u.first !== 1) return null;
  const t = c.tk[u.first];
  if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'PRON') return null;
  return c.lx.words.get(t.lower) ?? c.lx.words.get(t.lemma) ?? null;
}

function isPoss(t: Token, next?: Token): boolean {
  if (t.lower === "'s" || t.lower === '’s') return true;
  if (t.lower !== "'" && t.lower !== '’') return false;
  // "Israel ’ s air force" (text tokenised upstream) or a plural possessive "rebels' leader"
  return t.pos === 'PART' || (!!next && next.lower === 's' && next.sent === t.sent);
}

/** A lone "s" left over from a split possessive. */
function isPossS(c: Ctx, k: number): boolean {
  const t = c.tk[k];
  return t.lower === 's' && k > 0 && (c.tk[k - 1].lower === '’' || c.tk[k - 1].lower === "'");
}

function nominal(c: Ctx, u: Unit): boolean {
  if (u.e) return true;
  const t = c.tk[u.first];
  if (c.lx.skip.has(t.lower) || c.lx.temporal.has(t.lower)) return false;
  if (c.lx.particles.has(t.lower) && !t.cap) {
    const p = c.tk[u.first - 1];
    const n = c.tk[u.first + 1];
    return !!p && !!n && p.cap && p.sent === t.sent && n.sent === t.sent && (n.cap || n.text === '-');
  }
  if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ') return true;
  if (t.pos === 'VERB' || t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'AUX' || t.pos === 'CCONJ') {
    // wink sometimes tags a capitalised name or a sector word as a verb ("Lt. Gen. Prosper Avril")
    if (t.pos !== 'VERB' || !t.cap || c.upper) return false;
    if (c.lx.words.has(t.lower)) return true;
    const next = c.tk[u.first + 1];
    return u.first > 0 && c.tk[u.first - 1].sent === t.sent && !!next && next.sent === t.sent && next.cap && next.pos === 'PROPN';
  }
  return false;
}

/** Is token k a hyphen joining two words ("pro-Khalistani" split by the tokenizer)? */
function joiningHyphen(c: Ctx, k: number, end: number): boolean {
  const t = c.tk[k];
  return (t.text === '-' || t.text === '‐') && k + 1 < end && k > 0 && c.tk[k - 1].end === t.start && c.tk[k + 1].start === t.end;
}

function place(c: Ctx, u: Unit): string | null {
  for (let i = u.first; i < u.last; i++) {
    const p = c.places.get(c.tk[i].start);
    if (p && p.resolved?.country_code) return countryByIso2(p.resolved.country_code)?.iso3 ?? null;
  }
  return null;
}

function isPlace(c: Ctx, u: Unit): boolean {
  for (let i = u.first; i < u.last; i++) if (c.places.has(c.tk[i].start)) return true;
  return false;
}

function unitCode(c: Ctx, u: Unit): { code: string | null; org: OrgEntry | null; from: CodeFrom } {
  const e = u.e;
  if (e) {
    if (e.type === 'country' || e.type === 'capital') return { code: e.country.iso3, org: null, from: 'phrase' };
    if (e.type === 'org') return { code: e.org.code, org: e.org, from: 'phrase' };
    if (e.type === 'person') return { code: roleOn(e.roles, c.date).country, org: null, from: 'role' };
  }
  const p = place(c, u);
  return { code: p, org: null, from: p ? 'place' : null };
}

function textOf(c: Ctx, first: number, last: number): string {
  return c.doc.text.slice(c.tk[first].start, c.tk[last - 1].end);
}

function mention(
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
  };
}

function info(c: Ctx, m: ActorMention, extra: Partial<Info>): Info {
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

function modsHaveSector(c: Ctx, mods: Unit[]): boolean {
  for (const u of mods) {
    if (u.e) {
      if (u.e.type === 'sector') return true;
      continue;
    }
    const l = c.tk[u.first].lower;
    if (c.lx.dominant.has(l) || c.lx.modifiers.get(l) || c.lx.words.get(l)?.sector) return true;
  }
  return false;
}

/** Sector of a head given its left modifiers (units before it, nearest last). */
function sectorFrom(c: Ctx, mods: Unit[], sw: SectorWord | null): { sector: string | null; weak: boolean } {
  let dominant: string | null = null;
  let modifier: string | null = null;
  for (let k = mods.length - 1; k >= 0; k--) {
    const u = mods[k];
    if (u.e) {
      if (u.e.type === 'sector' && !modifier) modifier = u.e.word.sector;
      continue;
    }
    const t = c.tk[u.first];
    const d = c.lx.dominant.get(t.lower);
    if (d && !dominant) dominant = d;
    if (!modifier) modifier = c.lx.modifiers.get(t.lower) || c.lx.words.get(t.lower)?.sector || null;
  }
  if (dominant) return { sector: dominant, weak: false };
  if (!sw) return { sector: modifier, weak: !modifier };
  if (sw.weak && modifier) return { sector: modifier, weak: false };
  return { sector: sw.sector, weak: sw.weak };
}

/**
 * Read one possessive-free segment of nominal units as an actor, or return null.
 * `poss` are the possessor units before it ("Kyrgyzstan" in "Kyrgyzstan's police").
 */
function readSegment(c: Ctx, us: Unit[], poss: Unit[], runEnd: number): Info | null {
  let h = us.length - 1;
  while (h > 0 && !us[h].e && us[h].last - us[h].first === 1 && c.lx.facilities.has(c.tk[us[h].first].lower)) {
    if (sectorWord(c, us[h - 1]) || us[h - 1].e) h--;
    else return null;
  }
  const hu = us[h];
  const first = poss.length ? poss[0].first : us[0].first;
  const last = hu.last;
  const mods = us.slice(0, h);
  const headTok = hu.last - 1;
  const e = hu.e;
  // code from the phrase: nearest modifier first, then possessors
  const codeOf = (): { code: string | null; org: OrgEntry | null; from: CodeFrom } => {
    for (const group of [mods, poss]) {
      for (let k = group.length - 1; k >= 0; k--) {
        const r = unitCode(c, group[k]);
        if (r.code || r.org) return r;
      }
    }
    return { code: null, org: null, from: null };
  };

  if (e && e.type !== 'sector') {
    if (e.type === 'person') {
      const role = roleOn(e.roles, c.date);
      let title: string | null = null;
      for (const u of mods) if (!u.e && c.lx.titles.has(c.tk[u.first].lower)) title = c.tk[u.first].lower;
      const sf = sectorFrom(c, mods, null);
      const sector = role.sector ?? sf.sector;
      const pc = codeOf();
      const code = role.country ?? pc.code;
      const m = mention(c, first, last, headTok, role.kind === 'org' ? 'org' : 'person', role.name, code, sector, null);
      if (role.cameo) m.cameo_code = role.cameo;
      return info(c, m, { codeFrom: role.country ? 'role' : pc.from, title, named: true });
    }
    if (e.type === 'org') {
      const pc = codeOf();
      const code = e.org.code ?? pc.code;
      const m = mention(c, first, last, headTok, 'org', e.org.name, code, e.org.sector, e.org);
      return info(c, m, { codeFrom: e.org.code ? 'phrase' : pc.from, org: e.org, collective: true, groupish: true });
    }
    if (e.type === 'country') {
      const cc = e.country;
      if (e.plural) {
        // "ethnic Albanians" live wherever the article is: the country comes from context
        const ethnic = mods.some((u) => !u.e && c.lx.ethnic.has(c.tk[u.first].lower));
        const m = mention(c, first, last, headTok, 'group', textOf(c, us[0].first, last), ethnic ? null : cc.iso3, ethnic ? 'CVL' : null, null);
        return info(c, m, { codeFrom: ethnic ? null : 'phrase', plural: true });
      }
      const m = mention(c, first, last, headTok, 'country', cc.name, cc.iso3, null, null);
      return info(c, m, { codeFrom: 'phrase', collective: true, bareDemonym: e.demonym });
    }
    if (e.type === 'capital') {
      // metonymy: a bare capital as the subject of a verb ("Moscow said", "Beirut rejected")
      if (us.length !== 1 || poss.length) return null;
      const before = c.tk[hu.first - 1];
      if (before && before.sent === c.tk[hu.first].sent && (LOCATIVE.has(before.lower) || before.pos === 'DET')) return null;
      if (!verbFollows(c, runEnd, c.tk[hu.first].sent)) return null;
      const m = mention(c, first, last, headTok, 'country', textOf(c, hu.first, hu.last), e.country.iso3, 'GOV', null);
      return info(c, m, { codeFrom: 'phrase', collective: true });
    }
  }

  const sw = sectorWord(c, hu);
  if (sw) {
    const nt = c.tk[runEnd];
    // "rebel-held enclave", "US-backed forces" (split hyphen): a modifier, not an actor
    if (nt && nt.text === '-' && c.tk[runEnd + 1] && /ed$/.test(c.tk[runEnd + 1].lower) && c.tk[runEnd + 1].sent === nt.sent) return null;
    if (c.lx.instruments.has(sw.base)) {
      // weapons act only as subjects: "a car bomb killed", "Israeli tanks shelled"
      if (!verbFollows(c, runEnd, c.tk[headTok].sent)) return null;
    }
    // "Kyrgyz police", "opposition supporters", "President" (a title with no name after it)
    const sf = sectorFrom(c, mods, sw);
    const pc = codeOf();
    let sector = sf.sector;
    let org = pc.org;
    // "Red Cross officials", "OSCE monitors": a generic head takes the organisation's sector
    if (sf.weak && org && (!sector || !modsHaveSector(c, mods))) sector = org.sector;
    if (org && org.code !== pc.code) org = null;
    const capRun = us.length > 1 && !c.upper && us.every((u) => u.e || c.tk[u.first].cap);
    const kind: ActorMention['kind'] = sw.title && !sw.plural ? 'person' : capRun && sw.collective ? 'org' : 'group';
    const name = textOf(c, us[0].first, last).replace(/\s+/g, ' ');
    const m = mention(c, first, last, headTok, kind, name, pc.code, sector, org);
    return info(c, m, {
      codeFrom: pc.from,
      title: sw.title ? sw.base : null,
      plural: sw.plural,
      collective: sw.collective,
      groupish: sw.groupish,
      weak: sf.weak,
      org,
      bare: us.length === 1 && !poss.length && !sw.plural && c.lx.needsModifier.has(sw.base),
    });
  }

  // a capitalised name, perhaps after a title: "President Askar Akayev", "Akram Khuzam", "Khuzam"
  const ht = c.tk[hu.first];
  if (e || !ht.cap) return null;
  const nameWord = (u: Unit): boolean => {
    if (u.e) return false;
    const t = c.tk[u.first];
    return (t.cap || c.lx.particles.has(t.lower)) && !sectorWord(c, u) && !c.lx.titles.has(t.lower);
  };
  let k = h - 1;
  while (k >= 0 && nameWord(us[k])) k--;
  const nameUnits = us.slice(k + 1, h + 1);
  for (let n = 0; n < nameUnits.length; n++) {
    const t = c.tk[nameUnits[n].first];
    // "May" is a month alone but a surname in "Theresa May"
    if (c.lx.notNames.has(t.lower) && !(n > 0 && c.lx.surnameOk.has(t.lower) && c.tk[nameUnits[n - 1].first].cap)) return null;
    if (nameUnits[n].e || t.pos === 'ADJ' || /\d/.test(t.text)) return null;
  }
  if (nameUnits.some((u) => isPlace(c, u))) return null;
  const nameFirst = nameUnits[0].first;
  const name = textOf(c, nameFirst, last).replace(/\s+/g, ' ');
  const titleMods = us.slice(0, k + 1);
  let title: string | null = null;
  let titleSw: SectorWord | null = null;
  if (k >= 0) {
    const tu = us[k];
    titleSw = sectorWord(c, tu);
    const tl = tu.e?.type === 'sector' ? tu.e.word.base : c.tk[tu.first].lower;
    if (titleSw?.title || c.lx.titles.has(tl)) title = titleSw?.base ?? tl;
  }
  const known = c.surnames.get(c.folded[headTok]);
  if (!title && nameUnits.length === 1) {
    // a lone capitalised word: a person already named in the article, or the subject of a verb
    if (known) {
      const m = mention(c, first, last, headTok, 'person', known.m.name, known.m.code, known.m.sector, null);
      return info(c, m, { codeFrom: known.codeFrom, title: known.title, named: true });
    }
    if (c.upper || k >= 0 || !verbFollows(c, runEnd, ht.sent)) return null;
    if (ht.pos !== 'PROPN') return null;
    if (c.doc.sentences[ht.sent]?.first === hu.first && c.lx.commonSuffixes.some((x) => ht.lower.endsWith(x))) return null;
  }
  if (c.upper && !title) return null;
  let sector: string | null = null;
  let weak = true;
  if (titleSw || titleMods.length) {
    const sf = sectorFrom(c, titleMods.slice(0, -1), titleSw);
    sector = sf.sector;
    weak = sf.weak;
  }
  if (title && c.lx.neutralTitles.has(title)) {
    sector = null;
    weak = true;
  }
  const pc = codeOf();
  let code = pc.code;
  let from = pc.from;
  if (!code && known) {
    code = known.m.code;
    from = known.codeFrom;
  }
  if (!sector && known) sector = known.m.sector;
  const m = mention(c, first, last, headTok, 'person', name, code, sector, pc.org && pc.org.code === code ? pc.org : null);
  return info(c, m, { codeFrom: from, title, named: true, weak });
}

/** Is token i (after adverbs and "on Monday") a verb of sentence sent: "Moscow on Monday said"? */
function verbFollows(c: Ctx, i: number, sent: number): boolean {
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
  return !!v && v.sent === sent && (v.pos === 'VERB' || v.pos === 'AUX');
}

/** Collect the run of nominal units starting at unit index a; returns the end index (exclusive). */
function runEnd(c: Ctx, units: Unit[], a: number, sentLast: number): number {
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
      if (nominal(c, units[b + 1]) && (isPoss(t) || joiningHyphen(c, u.first, sentLast))) {
        b++;
        continue;
      }
    }
    break;
  }
  return b;
}

/** Build the mention for units [a, b): split at possessives, read the last segment. */
function readRun(c: Ctx, units: Unit[], a: number, b: number, out: Info[]): Info | null {
  const segs: Unit[][] = [[]];
  for (let k = a; k < b; k++) {
    const u = units[k];
    if (!u.e && isPoss(c.tk[u.first], c.tk[u.first + 1])) segs.push([]);
    else if (!u.e && isPossS(c, u.first)) continue;
    else if (!u.e && joiningHyphen(c, u.first, c.tk.length)) {
      // glue "pro - Khalistani" into the following unit
      continue;
    } else segs[segs.length - 1].push(u);
  }
  const last = segs[segs.length - 1];
  // English noun phrases end in their head: a trailing plain adjective is a mis-tagged verb
  // or a predicate ("gunmen beheaded three men")
  while (last.length > 1) {
    const u = last[last.length - 1];
    const t = c.tk[u.first];
    if (u.e || t.pos !== 'ADJ' || t.cap || sectorWord(c, u)) break;
    last.pop();
  }
  const poss = segs.slice(0, -1).flat();
  const runEndTok = last.length ? last[last.length - 1].last : units[b - 1].last;
  if (last.length) {
    const r = readSegment(c, last, poss, runEndTok);
    if (r) return r;
  }
  // the head is not an actor ("Akayev's resignation"): possessors may still be actors
  for (let s = 0; s < segs.length - 1; s++) {
    if (!segs[s].length) continue;
    const r = readSegment(c, segs[s], [], segs[s][segs[s].length - 1].last);
    if (r && !r.bareDemonym) out.push(r);
  }
  return null;
}

function root(m: ActorMention): ActorMention {
  let r = m;
  for (let i = 0; i < 8 && r.ref; i++) r = r.ref;
  return r;
}

function findBack(c: Ctx, before: number, maxSents: number, ok: (x: Info) => boolean): Info | null {
  const sent = c.tk[before]?.sent ?? 0;
  for (let i = c.prior.length - 1; i >= 0; i--) {
    const x = c.prior[i];
    if (x.m.end > c.tk[before].start) continue;
    if (sent - x.sent > maxSents) break;
    if (ok(x)) return x;
  }
  return null;
}

function adopt(x: Info, ant: Info, cameoOrg: OrgEntry | null = ant.org): void {
  const r = root(ant.m);
  x.m.ref = r;
  x.m.name = r.name;
  if (!x.m.code || x.codeFrom === 'main' || x.codeFrom === null) {
    x.m.code = r.code;
    x.codeFrom = 'ref';
  }
  if (!x.m.sector || x.weak) x.m.sector = r.sector;
  x.m.cameo_code = r.code === x.m.code && r.sector === x.m.sector ? r.cameo_code : cameoOf(x.m.code, x.m.sector, cameoOrg);
}

/** "the president", "the group": point back to the nearest compatible mention. */
function definite(c: Ctx, x: Info): void {
  if (x.named || x.m.kind === 'country' || x.org) return;
  const before = c.tk[x.m.first - 1];
  if (!before || before.lower !== 'the') return;
  // "the president of Kyrgyzstan" may only point to a Kyrgyz antecedent
  const code = x.codeFrom !== null && x.codeFrom !== 'main' ? x.m.code : null;
  if (x.title) {
    const t = x.title;
    const ant = findBack(
      c,
      x.m.first,
      6,
      (p) => p.m.kind === 'person' && p.named && (!code || p.m.code === code) && (p.title === t || (!p.title && p.m.sector === x.m.sector && x.m.sector !== null)),
    );
    if (ant) adopt(x, ant, null);
    return;
  }
  if (x.groupish) {
    const head = c.tk[x.m.head].lemma;
    const ant = findBack(
      c,
      x.m.first,
      6,
      (p) => p !== x && (!code || p.m.code === code) && (c.tk[p.m.head]?.lemma === head || (p.m.kind === 'org' && !p.plural)) && p.m.kind !== 'pronoun',
    );
    if (ant) adopt(x, ant);
  }
}

/** Share what an apposition knows: "Ishengul Boldzhurova, one of the leaders of the coalition". */
function apposition(c: Ctx, list: Info[]): void {
  for (let i = 0; i + 1 < list.length; i++) {
    const a = list[i];
    const b = list[i + 1];
    // "A, one of the B" / "A in Moscow, B": one comma, a few function words or a place between
    let commas = 0;
    let ok = b.m.first - a.m.last <= 6;
    for (let k = a.m.last; ok && k < b.m.first; k++) {
      const t = c.tk[k];
      if (t.text === ',') commas++;
      else if (!(t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'ADP' || t.pos === 'PROPN' || t.pos === 'ADJ' || c.lx.skip.has(t.lower))) ok = false;
    }
    if (!ok || commas !== 1 || c.tk[a.m.last].text !== ',' && c.tk[b.m.first - 1].text !== ',') continue;
    const nameInfo = a.named ? a : b.named ? b : null;
    const desc = nameInfo === a ? b : a;
    if (!nameInfo || desc.named || desc.m.kind === 'pronoun' || desc.m.kind === 'country') continue;
    if (desc.m.kind === 'org' && desc.org) continue;
    if (!nameInfo.m.sector || nameInfo.weak) nameInfo.m.sector = desc.m.sector;
    if (desc.m.code && desc.codeFrom !== 'main' && (nameInfo.codeFrom === 'main' || !nameInfo.m.code)) {
      nameInfo.m.code = desc.m.code;
      nameInfo.codeFrom = desc.codeFrom;
    }
    nameInfo.m.cameo_code = cameoOf(nameInfo.m.code, nameInfo.m.sector, desc.org);
    desc.m.ref = root(nameInfo.m);
    desc.m.name = nameInfo.m.name;
  }
}

/** Count country mentions to find the article's main country when the places stage gave none. */
function mainCountry(c: Ctx, perSent: Unit[][]): string | null {
  const fromDoc = c.doc.mainCountry ? countryByIso2(c.doc.mainCountry)?.iso3 ?? null : null;
  if (fromDoc) return fromDoc;
  const n = new Map<string, number>();
  let best: string | null = null;
  let bestN = 0;
  for (const us of perSent) {
    for (const u of us) {
      if (!u.e || (u.e.type !== 'country' && u.e.type !== 'capital')) continue;
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

function isUpperSentence(tk: Token[], first: number, last: number): boolean {
  let letters = 0;
  let upper = 0;
  for (let i = first; i < last; i++) {
    const t = tk[i];
    if (t.text.length < 2 || !t.cap) {
      if (t.text !== t.text.toUpperCase()) letters++;
      continue;
    }
    letters++;
    if (t.text === t.text.toUpperCase()) upper++;
  }
  return letters > 3 && upper / letters > 0.6;
}

/** Every actor mention in the document, sorted by start. */
export function recogniseActors(doc: Doc): ActorMention[] {
  const lx = lexicon();
  const tk = doc.tokens;
  const places = new Map<number, PlaceMention>();
  if (doc.places) for (const p of doc.places) if (p.kind !== 'country' && p.kind !== 'demonym') places.set(p.start, p);
  const c: Ctx = {
    doc,
    tk,
    lx,
    folded: tk.map(foldTok),
    date: doc.article.published,
    places,
    main: null,
    upper: false,
    prior: [],
    surnames: new Map(),
  };
  // pass 1: dictionary units per sentence
  const perSent: Unit[][] = [];
  for (const s of doc.sentences) {
    const us: Unit[] = [];
    for (let i = s.first; i < s.last; ) {
      const u = matchAt(c, i, s.last) ?? { first: i, last: i + 1, e: null };
      us.push(u);
      i = u.last;
    }
    perSent.push(us);
  }
  c.main = mainCountry(c, perSent);
  const all: Info[] = [];
  // pass 2: phrases, appositions, coreference
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    const units = perSent[si];
    c.upper = isUpperSentence(tk, s.first, s.last);
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
      if (!nominal(c, u)) {
        a++;
        continue;
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
        if (finish(c, x)) {
          list.push(x);
          c.prior.push(x);
        }
      }
      a = next;
    }
    apposition(c, list);
    for (const x of list) if (!x.bareDemonym) all.push(x);
  }
  const out = all.map((x) => x.m);
  out.sort((p, q) => p.start - q.start || q.end - p.end);
  return out;
}

/** Coreference, the article's country as a last resort; false when the mention is dropped. */
function finish(c: Ctx, x: Info): boolean {
  definite(c, x);
  if (x.bare && !x.m.ref) return false;
  if (!x.m.code && x.m.sector !== 'IGO' && x.m.sector !== 'NGO' && c.main) {
    x.m.code = c.main;
    x.codeFrom = 'main';
    x.m.cameo_code = cameoOf(x.m.code, x.m.sector, x.org);
  }
  if (x.named && x.m.kind === 'person') {
    const words = x.m.name.split(' ');
    if (words.length > 1) c.surnames.set(fold(words[words.length - 1]), x);
  }
  return true;
}

/** "Monitors from the OSCE", "a coalition of opposition parties", "rebels in the Ivory Coast". */
function attach(c: Ctx, units: Unit[], b: number, sentLast: number, x: Info): number {
  if (b >= units.length) return b;
  const prep = units[b];
  const pt = c.tk[prep.first];
  if (prep.e || !ATTACH.has(pt.lower)) return b;
  if (pt.lower === 'for' && !x.weak && !x.title) return b;
  const needSector = x.weak || !x.m.sector;
  const needCode = !x.m.code;
  if (!needSector && !needCode) return b;
  if (x.m.kind === 'country' || x.m.kind === 'org' || (x.named && x.m.kind === 'person')) return b;
  let a = b + 1;
  while (a < units.length && !units[a].e && (c.tk[units[a].first].pos === 'DET' || c.tk[units[a].first].lower === 'the')) a++;
  if (a >= units.length || !nominal(c, units[a])) return b;
  const e2 = runEnd(c, units, a, sentLast);
  if (e2 === a) return b;
  const objUnits = units.slice(a, e2);
  const extra: Info[] = [];
  const saved = c.prior.length;
  const obj = readRun(c, units, a, e2, extra);
  c.prior.length = saved;
  let code: string | null = null;
  let from: CodeFrom = null;
  let sector: string | null = null;
  let org: OrgEntry | null = null;
  if (obj) {
    if (pt.lower === 'in' && obj.m.kind !== 'country') return b;
    if (obj.m.kind === 'person' && obj.named) return b; // "leader of X" stays a separate person? keep simple
    definite(c, obj);
    code = obj.m.code;
    from = obj.codeFrom;
    sector = obj.m.sector;
    org = obj.org;
    if (obj.bareDemonym) return b;
  } else {
    const cap = objUnits.length === 1 && objUnits[0].e?.type === 'capital' ? objUnits[0].e.country.iso3 : null;
    const p = cap ?? objUnits.map((u) => place(c, u)).find((v) => v);
    if (p) {
      code = p;
      from = 'place';
    } else if (pt.lower === 'in' && x.codeFrom === null && objUnits.every((u) => !u.e && c.tk[u.first].cap && c.tk[u.first].pos === 'PROPN') && !c.upper) {
      // "a court in Istanbul": a named place completes the phrase though its country is unknown here
      sector = null;
    } else return b;
  }
  if (!code && !sector && !(obj === null && pt.lower === 'in')) return b;
  if (needCode && code) {
    x.m.code = code;
    x.codeFrom = from;
  }
  if (x.weak && sector && pt.lower !== 'in') {
    x.m.sector = sector;
    x.weak = false;
  }
  if (org && x.m.code === org.code) x.org = org;
  const lastTok = units[e2 - 1].last;
  // "Organisation for Security and Cooperation in Europe (OSCE)": swallow a bracketed acronym
  let end = lastTok;
  if (c.tk[end]?.text === '(' && c.tk[end + 2]?.text === ')' && c.tk[end + 1].cap) end += 3;
  x.bare = false;
  x.m.end = c.tk[end - 1].end;
  x.m.last = end;
  x.m.text = c.doc.text.slice(x.m.start, x.m.end);
  if (x.m.kind === 'group') x.m.name = x.m.text.replace(/\s+/g, ' ');
  x.m.cameo_code = cameoOf(x.m.code, x.m.sector, x.org);
  let next = e2;
  while (next < units.length && units[next].first < end) next++;
  return next;
}

/** "four protesters", "280 child soldiers": the count belongs to a group's span. */
function counted(c: Ctx, x: Info): void {
  if (x.m.kind !== 'group') return;
  let f = x.m.first;
  while (f > 0 && c.tk[f - 1].pos === 'NUM' && c.tk[f - 1].sent === c.tk[f].sent && x.m.first - f < 3) f--;
  if (f === x.m.first) return;
  x.m.first = f;
  x.m.start = c.tk[f].start;
  x.m.text = c.doc.text.slice(x.m.start, x.m.end);
}

/** "The Foreign Office (FO)": a bracketed acronym belongs to the mention. */
function acronym(c: Ctx, x: Info): void {
  const l = x.m.last;
  const t = c.tk[l];
  if (!t || t.text !== '(' || c.tk[l + 2]?.text !== ')' || c.tk[l + 2].sent !== t.sent || x.m.kind === 'pronoun') return;
  const a = c.tk[l + 1];
  if (!a.cap || a.text !== a.text.toUpperCase() || a.text.length < 2) return;
  x.m.last = l + 3;
  x.m.end = c.tk[l + 2].end;
  x.m.text = c.doc.text.slice(x.m.start, x.m.end);
}

/** "Hungarian and Romanian officials": the bare demonym before "and" shares the head. */
function coordinate(c: Ctx, list: Info[], x: Info): void {
  if ((x.m.kind !== 'group' && x.m.kind !== 'person') || x.codeFrom !== 'phrase' || x.m.head === x.m.first) return;
  let firstTok = x.m.first;
  for (let i = list.length - 1; i >= 0; i--) {
    const p = list[i];
    const sep = c.tk[firstTok - 1];
    if (!sep || (sep.lower !== 'and' && sep.lower !== ',' && sep.lower !== 'or') || p.m.last !== firstTok - 1) return;
    if (!(p.bareDemonym || (p.m.kind === 'country' && p.m.last - p.m.first <= 2))) return;
    p.bareDemonym = false;
    p.m.kind = 'group';
    p.m.sector = x.m.sector;
    p.m.head = x.m.head;
    p.m.name = p.m.text + ' ' + c.tk[x.m.head].text;
    p.m.cameo_code = cameoOf(p.m.code, p.m.sector, null);
    p.plural = x.plural;
    firstTok = p.m.first;
  }
}

function pronoun(c: Ctx, i: number): Info | null {
  const t = c.tk[i];
  const want = PRONOUNS[t.lower];
  let ant: Info | null = null;
  if (want === 'person') {
    ant = findBack(c, i, 3, (p) => root(p.m).kind === 'person');
  } else if (want === 'plural') {
    ant = findBack(c, i, 2, (p) => p.plural && p.m.kind !== 'pronoun');
  } else {
    const next = c.tk[i + 1];
    if (!next || next.sent !== t.sent || (next.pos !== 'VERB' && next.pos !== 'AUX')) return null;
    ant = findBack(c, i, 1, (p) => (p.collective || p.m.kind === 'org' || p.m.kind === 'country') && !p.plural && p.m.kind !== 'pronoun');
  }
  if (!ant) return null;
  const r = root(ant.m);
  const m: ActorMention = {
    start: t.start,
    end: t.end,
    text: t.text,
    name: r.name,
    code: r.code,
    sector: r.sector,
    cameo_code: r.cameo_code,
    kind: 'pronoun',
    head: i,
    first: i,
    last: i + 1,
    ref: r,
  };
  return info(c, m, { codeFrom: 'ref', plural: want === 'plural', title: ant.title, org: ant.org, collective: ant.collective });
}
