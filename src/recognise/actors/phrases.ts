/** Noun phrases as actors: head-last reading of a run of units (sector, country, organisation,
 * person name), "of/from/in X" completion, counts, bracketed acronyms and coordination. */
import type { ActorMention, CodeFrom, Ctx, Info, Unit } from './context.js';
import { STATE_SECTORS, type Token } from '../../types.js';
import { cameoOf, info, mention, textOf } from './context.js';
import { definite } from './coref.js';
import { roleOn } from './lexicon.js';
import type { OrgEntry, SectorWord } from './lexicon.js';
import { americasRegion, capitalCountry, exiledBetween, inCapitals, isPlace, isPoss, isPossS, joiningHyphen, nominal, place, runEnd, sectorWord, unitCode, verbFollows } from './units.js';
import { lookupCountry } from '../places/countries.js';
import { gazetteer } from '../places/gazetteer.js';
import { MONTH_SHORT, MONTH_WORDS } from '../times/index.js';

const NATIVE = new Set(['indigenous', 'native', 'tribal', 'amazonian', 'andean']);

export const ATTACH = new Set(['of', 'from', 'in', 'for']);
/** the unit of a group's size in a compound before its noun: "a three-man delegation", "a 12-member council" */
const SIZE_UNITS = new Set(['man', 'men', 'member', 'person', 'people', 'woman', 'strong']);
/** heads that name a territory when a place follows "of": "the state of Chiapas", "the province of Idlib" */
const TERRITORY_PREPS = new Set(['in', 'across', 'throughout', 'into', 'from', 'near', 'of', 'at', 'around', 'to']);
const TERRITORIAL = new Set(['state', 'province', 'region', 'district', 'county', 'prefecture', 'governorate', 'municipality']);

/** prepositions after which a capital is a place, not its government */
/** words naming a part of a city before its name: "downtown Seoul", "central Kabul" */
const CITY_PARTS = new Set(['downtown', 'central', 'northern', 'southern', 'eastern', 'western', 'north', 'south', 'east', 'west', 'greater', 'old', 'suburban', 'uptown', 'midtown', 'inner', 'outer', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);
export const LOCATIVE = new Set(['in', 'at', 'to', 'from', 'near', 'outside', 'inside', 'into', 'of', 'across', 'around', 'toward', 'towards', 'through', 'between', 'within', 'via', 'throughout', 'over', 'on', 'for', 'beyond', 'reached', 'visit', 'visited']);

/**
 * A capital city that stands for its government: the subject of a verb ("Moscow said"), also with
 * a partner ("Beijing and Tehran condemned", "Washington along with its allies demanded"), or
 * the object of a verb addressed to someone ("warned Moscow", "urged Beijing to").
 */
function capitalActs(c: Ctx, first: number, end: number, sent: number): boolean {
  if (verbFollows(c, end, sent)) return true;
  const t = c.tk[end];
  if (t && t.sent === sent) {
    // "Beijing and Tehran condemned": a name and then the verb
    if (t.lower === 'and' && c.tk[end + 1]?.cap && c.tk[end + 1].sent === sent) {
      let k = end + 1;
      while (k < end + 4 && c.tk[k]?.cap && c.tk[k].sent === sent) k++;
      if (verbFollows(c, k, sent)) return true;
    }
    // "Washington along with its allies demanded", "Moscow, together with Beijing, vetoed"
    const wi = t.text === ',' ? end + 1 : end;
    const w = c.tk[wi];
    if (w && (w.lower === 'along' || w.lower === 'together') && c.tk[wi + 1]?.lower === 'with') {
      for (let k = wi + 2, n = 0; n < 8 && c.tk[k] && c.tk[k].sent === sent; k++, n++) {
        if (c.tk[k].pos === 'VERB' || c.tk[k].pos === 'AUX') return !/ing$/.test(c.tk[k].lower);
      }
    }
  }
  // "warned Moscow", "urged Beijing to": the object of a verb addressed to someone
  // (and the second of two so addressed: "asked Canberra and Wellington for help")
  let p = first - 1;
  if (c.tk[p]?.lower === 'and') {
    p--;
    while (p > 0 && first - p <= 5 && c.tk[p].cap && c.tk[p].sent === sent) p--;
  }
  const prev = c.tk[p];
  return !!prev && prev.sent === sent && prev.pos === 'VERB' && (c.lx.addressees.has(prev.lemma) || c.lx.addressees.has(prev.lower));
}

function knownWord(c: Ctx, w: string): boolean {
  const l = c.lx;
  return l.words.has(w) || l.modifiers.has(w) || l.dominant.has(w) || l.titles.has(w) || l.ethnic.has(w);
}

export function modsHaveSector(c: Ctx, mods: Unit[]): boolean {
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

const NON_STATE_ARMED = new Set(['REB', 'UAF', 'IMG', 'CRM']);
const ARMED_HEADS = new Set(['MIL', 'COP', 'REB', 'UAF', 'SPY']);
function sentenceInitial(c: Ctx, i: number): boolean {
  return i === 0 || c.tk[i - 1].sent !== c.tk[i].sent || /^["“'‘(]$/.test(c.tk[i - 1].text);
}

const PORTFOLIOS = new Set(['defence', 'defense', 'home', 'interior', 'foreign', 'health', 'education', 'finance', 'treasury', 'energy', 'transport', 'trade', 'commerce', 'labour', 'labor', 'justice', 'agriculture', 'environment', 'culture', 'industry', 'security', 'information', 'communications']);
/** words of an armed cause in a name of forces ("Forces for the Liberation of ...") */
const ARMED_CAUSES = new Set(['liberation', 'resistance', 'revolutionary', 'armed', 'army', 'militia', 'combatants', 'jihad']);
const MOVEMENT_HEADS = new Set(['movement', 'alliance', 'coalition', 'force', 'forces']);
const PARTY_HEADS = new Set(['party', 'league']);
/** bodies named "X of Y" whose Y says who they are: "Council of Churches", "Federation of Trade Unions", "Union of Journalists" */
const BODY_HEADS = new Set(['council', 'association', 'federation', 'confederation', 'union', 'congress', 'society', 'assembly', 'chamber', 'syndicate', 'order']);
/** sectors of the people a movement or a union may be named for (workers, peasants, students, journalists, refugees) */
const NAMED_FOR_SECTORS = new Set(['LAB', 'AGR', 'EDU', 'MED', 'REF']);
const ELITE_HEADS = new Set(['leader', 'elder', 'chief', 'chieftain', 'notable']);

/** sectors of the European Union's own people named "European" ("European ministers", "European monitors") */
const EU_PEOPLE_SECTORS = new Set(['GOV', 'IGO', 'LEG', 'JUD', 'MIL']);
const EU_HEADS = new Set(['minister', 'leader', 'official', 'diplomat', 'envoy', 'monitor', 'observer', 'delegation', 'mission', 'partner', 'power', 'nation', 'country', 'state', 'capital', 'government', 'negotiator', 'commissioner', 'ambassador', 'lawmaker', 'parliamentarian', 'mediator', 'presidency', 'bloc', 'member']);
/** "Interior Minister Colonel Ely Ould Cheikhna", "Defence Minister General X": an office of the government before a rank of the
 * armed forces or the police is what the officer acts as. */
function officeOverRank(c: Ctx, rank: SectorWord | null, before: Unit[]): boolean {
  return !!rank && (rank.sector === 'MIL' || rank.sector === 'COP') &&
    before.some((u) => c.lx.officeTitles.has((u.e?.type === 'sector' ? u.e.word.base : c.tk[u.last - 1].lower).split(' ').pop()!));
}

/** Sector of a head given its left modifiers (units before it, nearest last). */
export function sectorFrom(c: Ctx, mods: Unit[], sw: SectorWord | null): { sector: string | null; weak: boolean } {
  let dominant: string | null = null;
  let dominantWord = '';
  let modifier: string | null = null;
  let orgSector: string | null = null;
  for (let k = mods.length - 1; k >= 0; k--) {
    const u = mods[k];
    if (u.e) {
      if (u.e.type === 'sector' && !modifier) modifier = u.e.word.sector;
      if (u.e.type === 'org' && !modifier && !orgSector) orgSector = u.e.org.sector;
      continue;
    }
    const t = c.tk[u.first];
    // ("... the Tigray People's Liberation Front (TPLF) ... TPLF forces": initials the article has defined name that body)
    const known = t.cap ? c.surnames.get(c.folded[u.first]) : undefined;
    if (known && (known.m.kind === 'org' || known.m.kind === 'group') && known.m.sector && !orgSector) orgSector = known.m.sector;
    // ("the more militant Democratic Confederation of Labour": a word of armed struggle in lower case before a body's capitalised name
    // tells how the body stands, not that it bears arms)
    const nextCap = k + 1 < mods.length && !mods[k + 1].e && c.tk[mods[k + 1].first].cap;
    const stance = !t.cap && !c.upper && nextCap && (c.lx.modifiers.get(t.lower) === 'REB' || c.lx.dominant.get(t.lower) === 'REB') && !!sw && !!sw.sector && !ARMED_HEADS.has(sw.sector);
    const d = stance ? undefined : c.lx.dominant.get(t.lower);
    // ("military police spokesman", "rebel police": what kind of police says more than "police")
    if (d && (!dominant || dominantWord === 'police') && !(t.lower === 'police' && sw && c.lx.portfolioHeads.has(sw.base))) {
      dominant = d;
      dominantWord = t.lower;
    }
    // ("Bosnian Serb forces", "Hutu militias": a people named before an armed head says who they are, not their sector)
    // (a word of a capitalised name inside the phrase names no sector: "Air force Hawker Hunter jets" are no street vendors' jets)
    const capName = (j: number) => j >= 0 && j < mods.length && !mods[j].e && c.tk[mods[j].first].cap;
    const nameWord = !c.upper && t.cap && c.doc.sentences[t.sent]?.first !== u.first && (capName(k - 1) || capName(k + 1));
    // (but the people a body of a movement's or a union's kind is named for say whose it is: "the Landless Rural Workers' Movement",
    // "the Peasants' Union")
    const namedFor = nameWord && !!sw && (sw.groupish || MOVEMENT_HEADS.has(sw.base) || BODY_HEADS.has(sw.base)) && NAMED_FOR_SECTORS.has(c.lx.words.get(t.lower)?.sector ?? '');
    if (!modifier && (!nameWord || namedFor) && !stance) {
      const people = c.lx.words.get(t.lower)?.sector;
      // (a modifier listed with no sector gives none: "local authorities" are no locals)
      modifier = c.lx.modifiers.has(t.lower) ? c.lx.modifiers.get(t.lower) || null : (people === 'CVL' && sw && ARMED_HEADS.has(sw.sector ?? '') ? null : people) || null;
    }
  }
  // "union president John Smith", "chamber president Haji Ghulam Hussain": the body right before a title
  // makes it that body's officer (an unknown kind of body: no sector)
  if (sw?.title && !dominant && mods.length) {
    const u = mods[mods.length - 1];
    const body = u.e ? undefined : c.lx.officerOf.get(c.tk[u.first].lower);
    // (a body of no known kind, capitalised, ends a name whose own words say more: "Future Movement MP for Tripoli")
    // (capitalised only as its sentence's first word is no name: "Alliance leaders said the offer fell short")
    const named = c.tk[u.first].cap && !c.upper && c.doc.sentences[c.tk[u.first].sent]?.first !== u.first;
    if (body !== undefined && !(body === '' && named)) return { sector: body || null, weak: !body };
  }
  let r: { sector: string | null; weak: boolean };
  // "MDC secretary-general", "BJP officials": an organisation we do not know, named by its
  // initials, gives its officers no government sector (in mixed-case text only)
  // (one the article named in full before its initials is known: "the Tigray People's Liberation Front (TPLF) ... TPLF leaders")
  if (sw?.title && !dominant && !modifier && !orgSector && !c.upper && mods.some((u) => !u.e && u.last - u.first === 1 && /^[A-Z][A-Z-]{1,7}$/.test(c.tk[u.first].text) && !lookupCountry(c.tk[u.first].text))) return { sector: null, weak: true };
  // "Yoruba leaders", "Pashtun elders": a people we do not know as a state, named before its leaders, are its elites
  if (!dominant && !modifier && sw && ELITE_HEADS.has(sw.base) && !c.upper &&
    mods.some((u) => !u.e && u.last - u.first === 1 && /^\p{Lu}\p{Ll}+$/u.test(c.tk[u.first].text) && !lookupCountry(c.tk[u.first].text) && !c.lx.words.has(c.tk[u.first].lower) && !c.lx.titles.has(c.tk[u.first].lower))) return { sector: 'ELI', weak: false };
  if (dominant) r = { sector: dominant, weak: false };
  // ("ICE workers", "Customs employees": a state body's workers named by it act as workers, as labour)
  else if (!modifier && (orgSector === 'GOV' || orgSector === 'COP') && sw?.weak && /^(?:workers?|employees?)$/.test(sw.base)) r = { sector: 'LAB', weak: false };
  // "Hamas leader", "Taliban commander": an armed group's or a party's officer is of its sector
  // (an IGO's head keeps the title's sector, as PLOVER codes "Arab League Secretary-General" IGO/GOV)
  // ("TPLF forces", "Hamas fighters": a non-state armed group's forces are of its sector, not the state's military)
  else if (orgSector && orgSector !== 'IGO' && orgSector !== 'NGO' && (!sw || sw.weak || sw.title || (NON_STATE_ARMED.has(orgSector) && ARMED_HEADS.has(sw.sector ?? '')))) r = { sector: orgSector, weak: false };
  else if (!sw) r = { sector: modifier, weak: !modifier };
  // ("Interior and Police Minister X", "the labour minister": a portfolio named before a minister is no sector of his)
  // ("Gulf Arab states", "Arab nations": states named by their people are states)
  else if (sw.weak && modifier === 'CVL' && /^(?:state|states|nation|nations|country|countries|government|governments)$/.test(sw.base)) r = { sector: 'GOV', weak: false };
  // ("THE MONGOLIAN PEOPLE'S REVOLUTIONARY PARTY", "a revolutionary party": a party of any cause is a party)
  else if (sw.weak && modifier === 'REB' && (sw.base === 'party' || sw.base === 'parties')) r = { sector: 'PTY', weak: false };
  // ("unpaid provincial employees", "state workers", "council workers": the state's employees act as workers, as labour)
  else if (sw.weak && modifier === 'GOV' && /^(?:workers?|employees?)$/.test(sw.base)) r = { sector: 'LAB', weak: false };
  // ("several hundred junta supporters occupied the runway": people who back a junta or the army are civilians, not soldiers)
  else if (sw.weak && (modifier === 'MIL' || modifier === 'COP') && /^(?:supporters?|followers?|sympathi[sz]ers?)$/.test(sw.base)) r = { sector: 'CVL', weak: false };
  // ("the provincial commander", "the provincial command": a level of the state does not make a command of forces, or its commander, civil)
  else if (sw.weak && modifier === 'GOV' && (sw.sector === 'MIL' || sw.sector === 'COP') && /^command(?:er)?s?$/.test(sw.base)) r = { sector: sw.sector, weak: false };
  else if (sw.weak && modifier && !c.lx.portfolioHeads.has(sw.base)) r = { sector: modifier, weak: false };
  else r = { sector: sw.sector, weak: sw.weak };
  // "armed peasants", "masked men": civilians carrying arms are an armed group ("armed police" stay police)
  // (an armed opposition is a rebellion: "armed dissident groups", "the armed opposition")
  if (r.sector === 'OPP' && mods.some((u) => !u.e && c.tk[u.first].lower === 'armed')) r = { sector: 'REB', weak: false };
  // ("plain-clothes men": a modifier written with a hyphen is one word here; people no uniform names are no civilians)
  else if (r.sector && c.lx.arming.civilian.has(r.sector) && mods.length &&
    // (a face hidden arms no protester: "masked demonstrators smashed their way into the palace" are still demonstrators)
    c.doc.text.slice(c.tk[mods[0].first].start, c.tk[mods[mods.length - 1].last - 1].end).toLowerCase().split(/\s+/).some((w) => c.lx.arming.modifiers.has(w) && !(r.sector === 'PRO' && c.lx.arming.concealing.has(w)))) r = { sector: 'UAF', weak: false };
  // ("Deputy Thomas Claypoole", "six deputies" of a story with a sheriff: a sheriff's deputies are police, not members of a
  // parliament)
  if (r.sector === 'LEG' && sw && (sw.base === 'deputy' || sw.base === 'deputies') && !mods.length && sheriffStory(c)) r = { sector: 'COP', weak: false };
  return r;
}

/** Does the article tell of a sheriff (a county's police)? Read once per document. */
const SHERIFF = new WeakMap<object, boolean>();
function sheriffStory(c: Ctx): boolean {
  let v = SHERIFF.get(c.doc);
  if (v === undefined) SHERIFF.set(c.doc, (v = /\bsheriff/i.test(c.doc.text)));
  return v;
}

/**
 * Read one possessive-free segment of nominal units as an actor, or return null.
 * `poss` are the possessor units before it ("Kyrgyzstan" in "Kyrgyzstan's police").
 */
export function readSegment(c: Ctx, us: Unit[], poss: Unit[], runEnd: number): Info | null {
  let h = us.length - 1;
  // ("took 20 soldiers hostage", "held eight police officers captive": the state they were taken in, after who they are)
  if (h > 0 && /^(?:hostages?|captives?)$/.test(c.tk[us[h].first].lower) && us[h].last - us[h].first === 1 && (sectorWord(c, us[h - 1]) || !!us[h - 1].e)) {
    us = us.slice(0, h);
    h--;
  }
  while (h > 0 && !us[h].e && us[h].last - us[h].first === 1 && c.lx.facilities.has(c.tk[us[h].first].lower)) {
    // ("her official residence": an official building, no official in it)
    if (!us[h - 1].e && c.tk[us[h - 1].first].lower === 'official') return null;
    if (sectorWord(c, us[h - 1]) || us[h - 1].e) h--;
    else {
      // ("The United Nations human rights office called on": the body named a few words before the office, past what the
      // office deals with)
      let j = h - 1;
      while (j > 0 && h - j < 4 && !us[j].e && !sectorWord(c, us[j])) j--;
      if (j < h - 1 && us[j].e && us[j].e!.type === 'org') h = j;
      else return null;
    }
  }
  const hu = us[h];
  const first = poss.length ? poss[0].first : us[0].first;
  const last = hu.last;
  const mods = us.slice(0, h);
  const headTok = hu.last - 1;
  const e = hu.e;
  // code from the phrase: nearest modifier first, then possessors
  const codeOf = (): { code: string | null; org: OrgEntry | null; from: CodeFrom } => {
    // ("a young English instructor": a language, no country)
    const language = c.lx.languageNouns.has(c.tk[hu.last - 1]?.lower ?? '');
    for (const group of [mods, poss]) {
      for (let k = group.length - 1; k >= 0; k--) {
        const ge = group[k].e;
        if (language && group === mods && ge?.type === 'country' && ge.demonym) continue;
        const r = unitCode(c, group[k]);
        // ("Bosnian Serb forces", "Croatian Serbs": a people named after the state they live in are of that state)
        const before = k > 0 ? group[k - 1] : null;
        const ek = group[k].e;
        if (r.code && ek?.type === 'country' && ek.demonym && before?.e?.type === 'country' && before.last === group[k].first) {
          const b = unitCode(c, before);
          // ("the Greek Cypriot mayor", "Turkish Cypriot leaders" in a story of Cyprus: the people named after the state the story is
          // in, whichever of the two names it)
          if (b.code && !(c.main && r.code === c.main && b.code !== c.main)) return b;
        }
        // ("a European police officer", "European import firms" in Accra in 1948: the continent's people, not the European Union,
        // whose word it is only for its institutions' people, and only since the Community began)
        if (r.org?.cameo === 'IGOEUREEC' && group === mods && group[k].last - group[k].first === 1 && c.tk[group[k].first].lower === 'european') {
          const hw = c.tk[headTok]?.lower ?? '';
          const hs = e?.type === 'sector' ? e.word.sector : c.lx.words.get(hw)?.sector ?? null;
          const own = (hs !== null && EU_PEOPLE_SECTORS.has(hs)) || EU_HEADS.has(hw.replace(/s$/, ''));
          if ((c.date !== null && c.date < '1958') || !own) return { code: 'EUR', org: null, from: r.from };
        }
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
      // ("Theresa Albanese, 51, of Elm Street ... Albanese denied": a surname the article gave someone else is still theirs)
      // (after a mere honorific too: "President Ferdinand E. Marcos ... Mr. Marcos said" in 1970 is no Marcos of a later day)
      const given = hu.last - hu.first === 1 && (!title || HONORIFICS.test(title)) ? c.surnames.get(c.folded[hu.first]) : undefined;
      if (given && given.m.kind === 'person' && given.named && !e.roles.some((r) => r.name === given.m.name)) {
        const m = mention(c, first, last, headTok, 'person', given.m.name, given.m.code, given.m.sector, null);
        return info(c, m, { codeFrom: given.codeFrom, title: given.title, named: true });
      }
      // ("the protest leader Nikol Pashinyan" a fortnight before he took office: a title right before the name is read with the words
      // before it, as for a name in no list, not as a word of its own)
      const titleSw = mods.length ? sectorWord(c, mods[mods.length - 1]) : null;
      const sf = titleSw?.title ? sectorFrom(c, mods.slice(0, -1), titleSw) : sectorFrom(c, mods, null);
      const sector = role.sector ?? (titleSw?.title && officeOverRank(c, titleSw, mods.slice(0, -1)) ? 'GOV' : sf.sector);
      const pc = codeOf();
      const code = role.country ?? pc.code;
      // ("an offer Kostunica turned down": a word no title, set before a name, belongs to another phrase)
      const plain = !title && plainBeforeName(c, mods, last);
      const m = mention(c, plain ? hu.first : first, last, headTok, role.kind === 'org' ? 'org' : 'person', role.name, code, sector, null);
      if (role.cameo) m.cameo_code = role.cameo;
      return info(c, m, { codeFrom: role.country ? 'role' : pc.from, title, named: true });
    }
    if (e.type === 'org') {
      // ("several hundred British, European and other foreign nationals": the continent's adjective in a list of peoples before their
      // noun is no union)
      const nx = c.tk[hu.last];
      if (us.length === 1 && c.tk[hu.first].lower === 'european' && hu.last - hu.first === 1 && (nx?.lower === 'and' || nx?.lower === 'or' || nx?.text === ',') &&
        (c.tk[hu.first - 1]?.text === ',' || c.tk[hu.first - 1]?.lower === 'and')) return null;
      // (nor the continent glued to a participle: "European-based nuclear missiles")
      if (us.length === 1 && c.tk[hu.first].lower === 'european' && nx?.text === '-' && nx.start === c.tk[hu.last - 1].end && /ed$/.test(c.tk[hu.last + 1]?.lower ?? '')) return null;
      const pc = codeOf();
      const code = e.org.code ?? pc.code;
      const m = mention(c, first, last, headTok, 'org', e.org.name, code, e.org.sector, e.org);
      return info(c, m, { codeFrom: e.org.code ? 'phrase' : pc.from, org: e.org, collective: true, groupish: true });
    }
    if (e.type === 'country') {
      const cc = e.country;
      // "an Afghan", "another ethnic Chechen": a demonym after a determiner and standing alone is a person
      const one = !e.plural && e.demonym && us[us.length - 1] === hu && (c.tk[first].pos === 'DET' || c.tk[first].pos === 'NUM' || c.tk[first - 1]?.pos === 'DET') &&
        !(c.tk[hu.last] && (c.tk[hu.last].pos === 'NOUN' || c.tk[hu.last].pos === 'PROPN'));
      if (e.plural || one) {
        // "ethnic Albanians" live wherever the article is: the country comes from context
        // ("Aymara Indians", "indigenous Indians": the native peoples of the Americas, not India's people)
        const native = /^indians?$/i.test(c.tk[hu.first].text) && mods.some((u) => !u.e && ((c.tk[u.first].cap && !c.lx.titles.has(c.tk[u.first].lower)) || NATIVE.has(c.tk[u.first].lower)));
        const ethnic = native || mods.some((u) => !u.e && c.lx.ethnic.has(c.tk[u.first].lower));
        const m = mention(c, first, last, headTok, 'group', textOf(c, us[0].first, last), ethnic ? null : cc.iso3, ethnic ? 'CVL' : null, null);
        return info(c, m, { codeFrom: ethnic ? null : 'phrase', plural: !!e.plural });
      }
      const m = mention(c, first, last, headTok, 'country', cc.name, cc.iso3, null, null);
      return info(c, m, { codeFrom: 'phrase', collective: true, bareDemonym: e.demonym });
    }
    if (e.type === 'capital') {
      // metonymy: a bare capital as the subject of a verb ("Moscow said", "Beirut rejected")
      if (us.length !== 1 || poss.length) return null;
      const before = c.tk[hu.first - 1];
      if (before && before.sent === c.tk[hu.first].sent && (LOCATIVE.has(before.lower) || before.pos === 'DET')) return null;
      // ("marched through downtown Seoul", "in central Kabul": a part of the city after a preposition)
      const before2 = c.tk[hu.first - 2];
      if (before && CITY_PARTS.has(before.lower) && before2 && before2.sent === before.sent && LOCATIVE.has(before2.lower)) return null;
      const metonymy = capitalActs(c, hu.first, runEnd, c.tk[hu.first].sent);
      if (!metonymy && !e.alsoCountryName) return null;
      const m = mention(c, first, last, headTok, 'country', textOf(c, hu.first, hu.last), e.country.iso3, metonymy ? 'GOV' : null, null);
      return info(c, m, { codeFrom: 'phrase', collective: true });
    }
  }

  // "Chief Minister Mehbooba Mufti": a title word after a given name, after a title, is a family name
  const swRaw = sectorWord(c, hu);
  const prevU = h > 0 ? us[h - 1] : null;
  const familyName = !!swRaw && !swRaw.plural && !c.upper && c.tk[hu.first].cap && !!prevU && !prevU.e && c.tk[prevU.first].cap && c.tk[prevU.first].pos === 'PROPN' &&
    !sectorWord(c, prevU) && !c.lx.titles.has(c.tk[prevU.first].lower) && h >= 2 && (!!sectorWord(c, us[h - 2])?.title || c.lx.titles.has(c.tk[us[h - 2].first].lower));
  const sw = familyName ? null : swRaw;
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
    // ("the sheriff's deputies", "the union's president": a body owning a title makes it that body's officer)
    // ("the opposition's leaders", "the rebels' spokesman": a generic head or a title owned by a group of a sector is of that sector)
    // (not a common noun's possessive inside a body's capitalised name: "the People's Council", "the People's Assembly")
    const inName = poss.length > 0 && !c.upper && !poss[poss.length - 1].e && c.tk[poss[poss.length - 1].first].cap && c.tk[headTok].cap && c.tk[poss[poss.length - 1].first].sent === c.tk[headTok].sent &&
      c.doc.sentences[c.tk[headTok].sent]?.first !== poss[poss.length - 1].first;
    // (but a movement's or a union's name says whose it is when it names a class of people: "the Landless Rural Workers' Movement")
    const classNamed = inName && (sw.groupish || MOVEMENT_HEADS.has(sw.base) || BODY_HEADS.has(sw.base)) && NAMED_FOR_SECTORS.has(sectorWord(c, poss[poss.length - 1])?.sector ?? '');
    if ((sw.title || sf.weak) && !mods.length && poss.length && (!inName || classNamed)) {
      const p = poss[poss.length - 1];
      const body = p.e || !sw.title ? undefined : c.lx.officerOf.get(c.tk[p.first].lower);
      // (an international body's officers keep their title's sector, as PLOVER codes "the UN's envoy" IGO/GOV)
      const ps = sectorWord(c, p)?.sector ?? (p.e?.type === 'org' && p.e.org.sector !== 'IGO' && p.e.org.sector !== 'NGO' ? p.e.org.sector : null);
      if (body !== undefined) sector = body || null;
      // ("THE REPUBLICAN PEOPLE'S PARTY" in capitals, "the workers' party": a party of a people or a class is a party)
      else if (ps && !(sw.base === 'party' || sw.base === 'parties')) sector = ps;
    }
    // ("the police's rapid response unit", "the Liberia National Police's Emergency Response Unit": a unit a force owns is of that
    // force, whatever its own words, when they name no sector)
    if (poss.length && c.lx.units.has(sw.base) && !modsHaveSector(c, mods)) {
      const ps = sectorWord(c, poss[poss.length - 1])?.sector;
      if (ps === 'COP' || ps === 'MIL') sector = ps;
    }
    let org = pc.org;
    // "Red Cross officials", "OSCE monitors": a generic head takes the organisation's sector
    if (sf.weak && org && (!sector || !modsHaveSector(c, mods))) sector = org.sector;
    if (org && org.code !== pc.code) org = null;
    const capRun = us.length > 1 && !c.upper && us.every((u) => u.e || c.tk[u.first].cap);
    // "the Labour Party", "the Congress party", "Bharatiya Janata Party", "Awami League": a party's
    // own name is a party (opposition or ruling when the text says so), not its name's words' sector
    let partyName = false;
    // ("the Movement for Democratic Change": a capitalised movement or alliance named by what it is for)
    const ht0 = c.tk[hu.first];
    const namedFor = MOVEMENT_HEADS.has(sw.base) && ht0.cap && !sentenceInitial(c, hu.first) && (c.tk[hu.last]?.lower === 'for' || c.tk[hu.last]?.lower === 'of') &&
      // ("the Movement for the Defence of Democracy")
      (!!c.tk[hu.last + 1]?.cap || (c.tk[hu.last + 1]?.lower === 'the' && !!c.tk[hu.last + 2]?.cap && c.tk[hu.last + 2].sent === ht0.sent));
    if ((PARTY_HEADS.has(sw.base) || namedFor) && !c.upper && !org && (namedFor || mods.some((u) => !u.e && c.tk[u.first].cap && !c.lx.dominant.has(c.tk[u.first].lower)))) {
      partyName = true;
      const dom = mods.map((u) => (u.e ? undefined : c.lx.dominant.get(c.tk[u.first].lower))).find((d) => !!d);
      const before = c.tk[first - 1];
      const rulingWord = (t: Token | undefined) => !!t && (t.lower === 'ruling' || t.lower === 'governing');
      const ruling = (!!before && before.sent === c.tk[first].sent && rulingWord(before)) || mods.some((u) => !u.e && rulingWord(c.tk[u.first]));
      // ("the Democratic Forces for the Liberation of Rwanda": forces named for an armed cause are rebels; "the Forces for
      // Declaration of Freedom and Change" are of no sector the name tells)
      const armedCause = (sw.base === 'force' || sw.base === 'forces') && c.tk.slice(hu.last, hu.last + 8).some((t) => t.sent === ht0.sent && ARMED_CAUSES.has(t.lower));
      // (a ruling party is the government, whatever its name's words: "the ruling Ethiopian People's Revolutionary Democratic Front")
      sector = ruling ? 'GOV' : dom ?? (namedFor ? (armedCause ? 'REB' : null) : 'PTY');
    }
    // ("near Concepción in Peru's central Junín department": a department named by its place is the land, not an office)
    if (sw.base === 'department' && !c.tk[headTok].cap && mods.some((u) => isPlace(c, u))) return null;
    const kind: ActorMention['kind'] = partyName ? 'org' : sw.title && !sw.plural ? 'person' : capRun && sw.collective ? 'org' : 'group';
    const name = textOf(c, us[0].first, last).replace(/\s+/g, ' ');
    // ("a group calling itself Save Station 2", "a movement known as the Popular Resistance": the name it goes by)
    const selfNamed = sw.groupish && !sw.plural ? nameGivenAfter(c, last) : null;
    const m = mention(c, first, last, headTok, kind, selfNamed ?? name, pc.code, sector, org);
    return info(c, m, {
      codeFrom: pc.from,
      title: sw.title ? sw.base : null,
      plural: sw.plural,
      collective: sw.collective,
      groupish: sw.groupish,
      weak: partyName ? false : sf.weak,
      named: partyName || (kind === 'org' && capRun) || undefined,
      org,
      // ("the use of lethal force": a manner of acting is no modifier that names whose force)
      // (but "the state" that is a verb's subject acts: "the state would not allow a small group to hold the capital hostage")
      bare: !selfNamed && !partyName && !poss.length && !sw.plural && c.lx.needsModifier.has(sw.base) && mods.every((u) => !u.e && c.lx.manner.has(c.tk[u.first].lower)) &&
        !(sw.base === 'state' && !mods.length && c.tk[first - 1]?.lower === 'the' && c.tk[first - 2]?.pos !== 'ADP' && (c.tk[last]?.pos === 'AUX' || (c.tk[last]?.pos === 'VERB' && c.tk[last].lower !== c.tk[last].lemma))),
    });
  }

  // a capitalised name, perhaps after a title: "President Askar Akayev", "Akram Khuzam", "Khuzam"
  const ht = c.tk[hu.first];
  if (e || !ht.cap) return null;
  const nameWord = (u: Unit): boolean => {
    if (u.e) return false;
    const t = c.tk[u.first];
    if (familyName && u === hu) return true;
    return (t.cap || c.lx.particles.has(t.lower)) && !sectorWord(c, u) && !c.lx.titles.has(t.lower);
  };
  let k = h - 1;
  while (k >= 0 && nameWord(us[k])) k--;
  // "Opposition leader Marine Le Pen", "Marine Le Pen said": a capitalised singular sector word that is no
  // title, opening a name of two words or more after a title (or alone), is a given name
  if (k >= 0 && h - k >= 2 && !c.upper && !us[k].e && c.tk[us[k].first].cap && !c.lx.titles.has(c.tk[us[k].first].lower)) {
    const sw0 = sectorWord(c, us[k]);
    const before = k > 0 ? sectorWord(c, us[k - 1]) : null;
    // (the title may be a phrase of the dictionary: "opposition leader")
    const titleBefore = k > 0 && (!!before?.title || c.lx.titles.has(c.tk[us[k - 1].last - 1].lower) || (!!before && c.lx.titles.has(before.base.split(' ').pop()!)));
    if (sw0 && !sw0.title && !sw0.plural && (k === 0 || titleBefore)) k--;
  }
  const nameUnits = us.slice(k + 1, h + 1);
  const afterTitle = k >= 0 && !us[k].e && c.lx.titles.has(c.tk[us[k].first].lower);
  for (let n = 0; n < nameUnits.length; n++) {
    const t = c.tk[nameUnits[n].first];
    // "May" is a month alone but a surname in "Theresa May"; "Park" a word alone but a family name in "President Park Geun-hye"
    if (c.lx.notNames.has(t.lower) && !(n > 0 && c.lx.surnameOk.has(t.lower) && c.tk[nameUnits[n - 1].first].cap) && !(n === 0 && afterTitle && nameUnits.length >= 2) && !(nameUnits.length === 1 && c.surnames.has(c.folded[nameUnits[n].first]))) return null;
    // (a digit only in initials the article defined: "the Movement for the Defence of Democracy (M2D) ... The M2D said")
    if (nameUnits[n].e || t.pos === 'ADJ' || (/\d/.test(t.text) && !(nameUnits.length === 1 && c.surnames.get(c.folded[nameUnits[n].first])?.m.kind === 'org'))) return null;
  }
  // a place word inside a name is part of the name after a title and a given name ("President
  // Carlos Salinas de Gortari"); otherwise the phrase is a place
  const titled = k >= 0 && (!!sectorWord(c, us[k])?.title || c.lx.titles.has(c.tk[us[k].first].lower));
  // ("Burhan Wani, a popular commander of ...": an apposition naming a role says a person is meant, whatever towns share the name)
  const z = c.tk[last];
  const apposed = nameUnits.length >= 2 && !!z && z.text === ',' && /^(?:a|an|the)$/i.test(c.tk[last + 1]?.text ?? '') &&
    // (not a title that owns what follows: "in Monroe Township, the sheriff's office said")
    [1, 2, 3, 4].some((d) => { const w = c.tk[last + 1 + d]; const nx = c.tk[last + 2 + d]?.text; return !!w && w.sent === z.sent && nx !== "'s" && nx !== '’s' && (c.lx.titles.has(w.lower) || !!c.lx.words.get(w.lower)?.title); });
  if (nameUnits.some((u) => isPlace(c, u)) && !apposed && !(titled && nameUnits.length >= 2 && !isPlace(c, nameUnits[0]))) return null;
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
  // (a name of more words is that person only when it is part of the name told before, or holds it: "Carrie Lam" is not the
  // lawmaker Lam Cheuk-ting, whose family name opens his)
  const known0 = c.surnames.get(c.folded[headTok]);
  const known = known0 && (nameUnits.length === 1 || sameName(known0.m.name, name)) ? known0 : undefined;
  // ("the rebel group Jaish Muhammad", "the Islamist group Akramiya": a name right after a word for a body is the body's)
  // (the word may end a phrase of the dictionary: "the opposition party Nur Otan")
  // (not in a line in capitals, whose case says nothing of names: "AN ALLEGED SERIES OF GANG RAPES")
  if (titleSw && !c.upper && !inCapitals(c, hu.first, hu.last) && !titleSw.plural && !titleSw.title && (titleSw.groupish || !!c.lx.words.get(titleSw.base.split(' ').pop()!)?.groupish)) {
    const sf = sectorFrom(c, titleMods.slice(0, -1), titleSw);
    const pc = codeOf();
    const g = mention(c, first, last, headTok, 'org', name, pc.code, sf.sector, null);
    return info(c, g, { codeFrom: pc.from, title: null, named: true, weak: sf.weak, collective: true, groupish: true });
  }
  if (!title && nameUnits.length === 1) {
    // a lone capitalised word: a person already named in the article, or the subject of a verb
    if (known) {
      const m = mention(c, first, last, headTok, known.m.kind === 'org' || known.m.kind === 'group' ? 'org' : 'person', known.m.name, known.m.code, known.m.sector, null);
      return info(c, m, { codeFrom: known.codeFrom, title: known.title, named: true });
    }
    if (c.upper || k >= 0 || !(verbFollows(c, runEnd, ht.sent) || verbPastApposition(c, first, runEnd, ht.sent))) return null;
    if (ht.pos !== 'PROPN') return null;
    // ("two days of Mindanao fighting": a word after a preposition is no subject of the verb after it)
    const pre = c.tk[first - 1];
    if (pre && pre.sent === ht.sent && pre.pos === 'ADP') return null;
    // ("a Bill providing reservation to Jats": a lone capitalised word after "a" or "an" is a thing, no one's name)
    if (pre && pre.sent === ht.sent && (pre.lower === 'a' || pre.lower === 'an')) return null;
    if (c.doc.sentences[ht.sent]?.first === hu.first && c.lx.commonSuffixes.some((x) => ht.lower.endsWith(x))) return null;
    // ("KOUSSERI, Cameroon, Feb. 3 - Heavy fighting raged": a common word opening the story after its dateline, not a name)
    const dash = c.tk[hu.first - 1];
    if (dash && /^[-—–]$/.test(dash.text) && c.doc.text[dash.start - 1] === ' ' && gazetteer().words.has(ht.lower)) return null;
    // ("Heavy shelling was reported near Byumba", "Fresh fighting broke out": a common word opening the sentence before a noun of
    // its own phrase, not a name)
    const nx = c.tk[hu.first + 1];
    if (c.doc.sentences[ht.sent]?.first === hu.first && us.length === 1 && gazetteer().words.has(ht.lower) && nx && nx.sent === ht.sent && !nx.cap &&
      (nx.pos === 'NOUN' || nx.lower.endsWith('ing'))) return null;
    // ("Sirens sounded in Tel Aviv": a common plural noun opening the sentence, not a name)
    if (c.doc.sentences[ht.sent]?.first === hu.first && us.length === 1 && /[^s]s$/.test(ht.lower) && gazetteer().words.has(ht.lower.slice(0, -1))) return null;
  }
  if (c.upper && !title) return null;
  let sector: string | null = null;
  let weak = true;
  if (titleSw || titleMods.length) {
    const sf = sectorFrom(c, titleMods.slice(0, -1), titleSw);
    sector = officeOverRank(c, titleSw, titleMods.slice(0, -1)) ? 'GOV' : sf.sector;
    weak = sf.weak;
  }
  // ("Defence Secretary", "Home Secretary": a portfolio makes a neutral title a minister's)
  const portfolio = k >= 1 && !us[k - 1].e && PORTFOLIOS.has(c.tk[us[k - 1].first].lower);
  // (not after an office of its own: "Governor-General Sir Nathaniel Waena")
  const officeBefore = titleMods.slice(0, -1).some((u) => {
    const sw = sectorWord(c, u);
    return !!sw?.sector && !c.lx.neutralTitles.has(sw.base);
  });
  if (title && c.lx.neutralTitles.has(title) && !portfolio && !officeBefore) {
    sector = null;
    weak = true;
  } else if (title && portfolio) sector = 'GOV';
  // ("coca growers' leader Evo Morales", "the union's president Gary Wenzel": a title owned by a group of a sector, before a name,
  // is of that sector, as it is with no name after it)
  if (title && titleMods.length === 1 && poss.length) {
    const p = poss[poss.length - 1];
    const ps = sectorWord(c, p)?.sector ?? (p.e?.type === 'org' && p.e.org.sector !== 'IGO' && p.e.org.sector !== 'NGO' ? p.e.org.sector : null);
    if (ps) sector = ps;
  }
  // ("former ambassador to Turkey Nurmukhammed Khanamov": the land an envoy was posted to, named before the envoy's name, is the
  // title's, not the person's country)
  const postedTo = !title && us[0] !== hu && us[0].e?.type === 'country' && !us[0].e.demonym && c.tk[us[0].first - 1]?.lower === 'to' &&
    c.tk.slice(Math.max(0, us[0].first - 4), us[0].first - 1).some((t) => POSTED.has(t.lower));
  const pc = postedTo ? { code: null, org: null, from: null } : codeOf();
  let code = pc.code;
  let from = pc.from;
  if (postedTo) {
    const m = mention(c, nameFirst, last, headTok, 'person', name, null, sector, null);
    return info(c, m, { codeFrom: null, title, named: true, weak });
  }
  if (!code && known) {
    code = known.m.code;
    from = known.codeFrom;
  }
  // ("Seleka spokesman Eric Massi" after "Seleka rebels": the officer of a body the article has named is of that body's country)
  for (let j = titleMods.length - 1; j >= 0 && !code; j--) {
    const u = titleMods[j];
    const body = u.e || !c.tk[u.first].cap ? undefined : c.surnames.get(c.folded[u.first]);
    if (body && (body.m.kind === 'org' || body.m.kind === 'group') && body.m.code) {
      code = body.m.code;
      from = 'ref';
    }
  }
  if (!sector && known) sector = known.m.sector;
  // ("the UGTT said": initials alone, with no title, name a body, not a person)
  const initials = !title && !c.upper && nameUnits.length === 1 && /^[A-Z][A-Z&]{1,6}$/.test(c.tk[headTok].text);
  // ("an offer Kostunica turned down", "a plan Obama rejected": a word no title, set before a name, belongs to another phrase)
  const plainBefore = !title && !titleSw && plainBeforeName(c, titleMods, last);
  // ("Mohawks responded by blocking the bridge" in a story of "Mohawk spokesmen": a lone capitalised plural whose singular the
  // article writes as a name too is a people, a group of many)
  const people = !title && nameUnits.length === 1 && !initials && /\p{Ll}s$/u.test(c.tk[headTok].text) && !/(?:ss|us|is)$/.test(c.tk[headTok].lower) &&
    namedAlone(c.doc.text, c.tk[headTok].text.slice(0, -1));
  // ("the opposition Peronists", "Chavistas", "Kemalists": a lone capitalised plural of a follower of someone or some creed is a
  // political movement's people, a party's)
  const followers = !title && nameUnits.length === 1 && !initials && /\p{Ll}(?:ists|istas)$/u.test(c.tk[headTok].text);
  if (followers) {
    const g = mention(c, first, last, headTok, 'group', name, code, sector ?? 'PTY', null);
    return info(c, g, { codeFrom: from, title: null, named: true, weak, plural: true, groupish: true });
  }
  if (people) {
    const g = mention(c, first, last, headTok, 'group', name, code, sector, null);
    return info(c, g, { codeFrom: from, title: null, named: true, weak, plural: true, groupish: true });
  }
  const m = mention(c, plainBefore ? nameFirst : first, last, headTok, initials ? 'org' : 'person', name, code, sector, pc.org && pc.org.code === code ? pc.org : null);
  return info(c, m, { codeFrom: from, title, named: true, weak, ...(initials ? { collective: true, groupish: true } : {}) });
}

/** Does the text hold the word as a word of its own ("Mohawk" in "Mohawk spokesmen", not in "Mohawks")? (plain search, no pattern
 * built from the text) */
/**
 * "Bakhtiar, a longtime critic of the Shah who was expelled from the National Front, has promised": an apposition opened by an
 * article after the name and closed by a comma, then the verb (the name's subject as plainly as "Bakhtiar has promised").
 */
function verbPastApposition(c: Ctx, first: number, i: number, sent: number): boolean {
  // (the name opening its clause: not the end of a title left in lower case, "Vice president mohamed Elbaradei, the laureate")
  const pre = c.tk[first - 1];
  if (pre && pre.sent === sent && pre.pos !== 'PUNCT' && pre.pos !== 'CCONJ' && pre.pos !== 'SCONJ') return false;
  const comma = c.tk[i];
  if (!comma || comma.sent !== sent || comma.text !== ',' || !/^(?:a|an|the)$/.test(c.tk[i + 1]?.lower ?? '')) return false;
  for (let k = i + 2; k < i + 30; k++) {
    const t = c.tk[k];
    if (!t || t.sent !== sent || t.text === ';' || t.lower === 'and' || (t.pos === 'VERB' && k === i + 2)) return false;
    if (t.text === ',') return verbFollows(c, k + 1, sent);
  }
  return false;
}

/** Is one name part of the other ("Evo Morales" and "Juan Evo Morales Ayma"), word for word? */
function sameName(a: string, b: string): boolean {
  const x = ` ${a.toLowerCase()} `;
  const y = ` ${b.toLowerCase()} `;
  return x.includes(y) || y.includes(x);
}

function namedAlone(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const a = text[i - 1];
    const z = text[i + word.length];
    if ((a === undefined || !/[\p{L}\d]/u.test(a)) && (z === undefined || !/[\p{L}\d]/u.test(z))) return true;
  }
  return false;
}

/** "an offer Kostunica turned down": one plain word, no title, between a determiner and a name whose verb follows (a reduced relative) */
function plainBeforeName(c: Ctx, mods: Unit[], last: number): boolean {
  if (mods.length !== 1 || mods[0].e) return false;
  const t = c.tk[mods[0].first];
  const det = c.tk[mods[0].first - 1];
  const v = c.tk[last];
  return !t.cap && t.pos === 'NOUN' && !knownWord(c, t.lower) && !!det && det.pos === 'DET' && !!v && v.sent === t.sent && v.pos === 'VERB';
}

/** Build the mention for units [a, b): split at possessives, read the last segment. */
export function readRun(c: Ctx, units: Unit[], a: number, b: number, out: Info[]): Info | null {
  const segs: Unit[][] = [[]];
  for (let k = a; k < b; k++) {
    const u = units[k];
    if (!u.e && isPoss(c.tk[u.first], c.tk[u.first + 1], c.tk[u.first - 1])) segs.push([]);
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
  // a lower-case word the run opens on that belongs before it: the end of a compound the run did not
  // take whole ("a 24-year-old street vendor": "old"), or the verb after a form of "be" ("warplanes are
  // striking militant positions"); the phrase starts after it
  const falseOpening = (k: number): boolean => {
    const t = c.tk[k];
    const p = c.tk[k - 1];
    // (a count's noun of a sector stays: "the seven-party alliance" is one of parties)
    // (not a size: "a three-man delegation", "a five-member team" are no civilians)
    const countedBody = c.tk[k - 2]?.pos === 'NUM' && !!c.lx.words.get(t.lower)?.sector && !SIZE_UNITS.has(t.lower);
    return !t.cap && ((p.text === '-' && p.end === t.start && !countedBody) || (p.pos === 'AUX' && t.lower.endsWith('ing')));
  };
  while (last.length > 1 && !last[0].e && last[0].first > 0 && falseOpening(last[0].first)) last.shift();
  // in upper-case text verbs come tagged as names ("DEMAND PRESIDENT ASKAR AKAYEV"): a phrase
  // starts at its first known word
  if (c.upper) {
    const s0 = segs[0];
    while (s0.length > 1 && !s0[0].e && !knownWord(c, c.tk[s0[0].first].lower)) s0.shift();
  }
  const poss = segs.slice(0, -1).flat();
  const runEndTok = last.length ? last[last.length - 1].last : units[b - 1].last;
  if (last.length) {
    const r = readSegment(c, last, poss, runEndTok);
    if (r) {
      // ("President Bingu wa Mutharika's government" ... "Mutharika accused": a titled person who owns the body is named for the
      // later mentions of the name alone)
      if (segs.length === 2 && segs[0].length >= 2) {
        const p = readSegment(c, segs[0], [], segs[0][segs[0].length - 1].last);
        if (p && p.m.kind === 'person' && p.named && p.title) {
          const key = c.folded[p.m.last - 1];
          if (key && !c.surnames.has(key)) c.surnames.set(key, p);
        }
      }
      return r;
    }
  }
  // the head is not an actor ("Akayev's resignation"): possessors may still be actors
  for (let s = 0; s < segs.length - 1; s++) {
    if (!segs[s].length) continue;
    const r = readSegment(c, segs[s], [], segs[s][segs[s].length - 1].last);
    if (r && !r.bareDemonym) out.push(r);
  }
  return null;
}

/** "Monitors from the OSCE", "a coalition of opposition parties", "rebels in the Ivory Coast". */
/**
 * A group of several states or of foreigners ("East African leaders", "Western diplomats", "foreign journalists",
 * "world powers"): it takes no country from the article or from the place it is in.
 */
export function foreignGroup(c: Ctx, x: Info): boolean {
  if (x.m.kind !== 'group') return false;
  const head = c.tk[x.m.head];
  if (!head) return false;
  if (c.lx.foreignHeads.has(head.lower)) return true;
  if (head.lemma === head.lower || !head.lower.endsWith('s')) return false;
  for (let k = x.m.first; k < x.m.head; k++) {
    const w = c.tk[k].lower;
    if (c.lx.regional.has(w) && !(w === 'arab' && x.m.sector === 'CVL')) return true;
    // ("South American leaders", "Central American presidents": a region of the Americas)
    if (americasRegion(c, k + 1)) return true;
  }
  return false;
}

export function attach(c: Ctx, units: Unit[], b: number, sentLast: number, x: Info): number {
  if (b >= units.length) return b;
  const prep = units[b];
  const pt = c.tk[prep.first];
  if (prep.e || !ATTACH.has(pt.lower)) return b;
  // "National League for Democracy", "Movement for Democratic Change", "Party of Regions": a party's name goes on
  if (x.m.kind === 'org' && (PARTY_HEADS.has(c.tk[x.m.head]?.lemma ?? '') || MOVEMENT_HEADS.has(c.tk[x.m.head]?.lemma ?? '')) && (pt.lower === 'for' || pt.lower === 'of') && !c.upper) {
    // ("the Movement for the Defence of Democracy": and on through a second "of")
    let from = b;
    for (let round = 0; round < 2; round++) {
      let k = from + 1;
      while (k < units.length && !units[k].e && c.tk[units[k].first].lower === 'the') k++;
      let e = k;
      // ("the Forces for Declaration of Freedom and Change": an "and" between capitalised words of the name)
      while (e < units.length && !units[e].e && ((c.tk[units[e].first].cap && c.tk[units[e].first].pos !== 'VERB') ||
        (e > k && c.tk[units[e].first].lower === 'and' && e + 1 < units.length && !units[e + 1].e && c.tk[units[e + 1].first].cap && c.tk[units[e + 1].first].pos !== 'VERB'))) e++;
      // ("the Movement for the Liberation of Azawad", "... of Zambia": a land named last, after "of")
      const land = e < units.length ? units[e].e : null;
      if (round > 0 && e === k && land && (land.type === 'capital' || (land.type === 'country' && !land.demonym))) e++;
      if (!(e > k && e - k <= 4)) break;
      const lastTok = units[e - 1].last;
      stretchTo(c, x, lastTok);
      x.m.name = x.m.name + ' ' + textOf(c, units[from].first, lastTok).replace(/\s+/g, ' ');
      from = e;
      const nx = units[e];
      // ("the Alliance for Democracy in Mali (ADEMA)": a land after "in", when the body's initials follow, is part of the name)
      if (nx && !nx.e && c.tk[nx.first].lower === 'in' && units[e + 1]?.e && (units[e + 1].e!.type === 'country' || units[e + 1].e!.type === 'capital') &&
        c.tk[units[e + 1].last]?.text === '(' && /^[\p{Lu}-]{2,10}$/u.test(c.tk[units[e + 1].last + 1]?.text ?? '') && c.tk[units[e + 1].last + 2]?.text === ')') {
        stretchTo(c, x, units[e + 1].last);
        x.m.name = x.m.name + ' in ' + textOf(c, units[e + 1].first, units[e + 1].last).replace(/\s+/g, ' ');
        from = e + 2;
        break;
      }
      if (!nx || nx.e || (c.tk[nx.first].lower !== 'of' && c.tk[nx.first].lower !== 'for') || c.tk[nx.first].sent !== c.tk[x.m.head].sent) break;
    }
    if (from > b) return from;
  }
  // "South African Council of Churches", "Federation of Trade Unions": a body's name goes on, and who it gathers is its sector
  if (x.m.kind === 'org' && !x.org && BODY_HEADS.has(c.tk[x.m.head]?.lemma ?? '') && c.tk[x.m.head].cap && pt.lower === 'of' && !c.upper) {
    let e = b + 1;
    let sector: string | null = null;
    while (e < units.length && e - b <= 4 && (units[e].e || (c.tk[units[e].first].cap && c.tk[units[e].first].pos !== 'VERB'))) {
      const u = units[e];
      const w = u.e?.type === 'sector' ? u.e.word.sector : c.lx.words.get(c.tk[u.last - 1].lower)?.sector ?? null;
      if (w) sector = w;
      e++;
    }
    if (e > b + 1 && sector) {
      stretchTo(c, x, units[e - 1].last);
      x.m.name = x.m.text.replace(/\s+/g, ' ');
      x.m.sector = sector;
      x.m.cameo_code = cameoOf(x.m.code, x.m.sector, x.org);
      return e;
    }
  }
  // ("seeking justice for the victims": a head that needs a modifier takes none from a "for" phrase)
  if (pt.lower === 'for' && ((!x.weak && !x.title) || x.bare)) return b;
  const needSector = x.weak || !x.m.sector;
  const needCode = !x.m.code;
  if (!needSector && !needCode) return b;
  // ("Undule Mwakasungula of the Human Rights Consultative Committee", "Jane Doe of Amnesty International": a named person of a body
  // with a sector is of that sector)
  if (x.named && x.m.kind === 'person' && !x.m.sector && pt.lower === 'of' && !c.upper) {
    let a0 = b + 1;
    if (a0 < units.length && !units[a0].e && c.tk[units[a0].first].lower === 'the') a0++;
    const e0 = a0 < units.length && nominal(c, units[a0]) ? runEnd(c, units, a0, sentLast) : a0;
    if (e0 > a0) {
      const saved0 = c.prior.length;
      const body = readRun(c, units, a0, e0, []);
      c.prior.length = saved0;
      if (body && (body.m.kind === 'org' || body.m.kind === 'group') && body.m.sector && !body.plural) {
        x.m.sector = body.m.sector;
        if (!x.m.code && body.m.code) {
          x.m.code = body.m.code;
          x.codeFrom = body.codeFrom;
        }
        x.m.cameo_code = cameoOf(x.m.code, x.m.sector, body.org);
      }
    }
    return b;
  }
  if (x.m.kind === 'country' || x.m.kind === 'org' || (x.named && x.m.kind === 'person')) return b;
  let a = b + 1;
  // ("scores of leaders of his Nyasaland African Congress": past an owner's pronoun too)
  // ("a delegation of four union men": past a count too)
  while (a < units.length && !units[a].e && (c.tk[units[a].first].pos === 'DET' || c.tk[units[a].first].lower === 'the' || /^(?:his|her|their|its|our)$/.test(c.tk[units[a].first].lower) ||
    (c.tk[units[a].first].pos === 'NUM' && units[a].last - units[a].first === 1 && a + 1 < units.length && nominal(c, units[a + 1])) ||
    // ("supporters of detained opposition leader X": a participle describing the named one)
    (a === b + 1 && a + 1 < units.length && nominal(c, units[a + 1]) && c.tk[units[a].first].lower.endsWith('ed') && !c.tk[units[a].first].cap && units[a].last - units[a].first <= 1))) a++;
  if (a >= units.length || !nominal(c, units[a])) return b;
  // "accused police of torturing detainees": a gerund after "of" is the charge, not the actor's group
  if (a === b + 1 && !units[a].e && !c.tk[units[a].first].cap && c.tk[units[a].first].lower.endsWith('ing') && c.tk[units[a].first].pos !== 'PROPN') return b;
  const e2 = runEnd(c, units, a, sentLast);
  if (e2 === a) return b;
  // (past an owner's pronoun, only a name that ends there: not "other leaders of her National League for Democracy (NLD)", whose
  // name goes on past the run and is read on its own)
  const owned = /^(?:his|her|their|its|our)$/.test(c.tk[units[b + 1]?.first ?? -1]?.lower ?? '');
  const after = c.tk[units[e2 - 1].last];
  if (owned && after && after.sent === c.tk[units[a].first].sent && /^(?:for|of|\()$/.test(after.lower)) return b;
  const objUnits = units.slice(a, e2);
  const extra: Info[] = [];
  const saved = c.prior.length;
  const obj = readRun(c, units, a, e2, extra);
  c.prior.length = saved;
  let code: string | null = null;
  let from: CodeFrom = null;
  let sector: string | null = null;
  let org: OrgEntry | null = null;
  // "the southern state of Chiapas", "the province of Idlib": a territory named, not its government acting
  // (as the subject of a verb it is that territory's government: "the state of Texas sued")
  if (pt.lower === 'of' && TERRITORIAL.has(c.tk[x.m.head]?.lower ?? '') && objUnits.some((u) => isPlace(c, u))) {
    let k = x.m.first - 1;
    while (k > 0 && (c.tk[k].pos === 'DET' || c.tk[k].pos === 'ADJ')) k--;
    if (k >= 0 && c.tk[k].sent === c.tk[x.m.first].sent && TERRITORY_PREPS.has(c.tk[k].lower)) {
      x.bare = true;
      return b;
    }
  }
  if (obj) {
    if (pt.lower === 'in' && obj.m.kind !== 'country') return b;
    // "the bishop of San Cristobal", "the mayor of Ocotal": after a title, a name unknown as a
    // person or a country is the title's see or town, part of the title's phrase, not a second person
    if (obj.m.kind === 'person' && obj.named) {
      // ("supporters of opposition leader Ousmane Sonko": a leader's followers outside the state are of his sector;
      // the leader keeps his own mention)
      if (x.weak && pt.lower === 'of' && x.m.kind === 'group' && FOLLOWERS.has((c.tk[x.m.head]?.lower ?? '').replace(/s$/, '')) && obj.m.sector && !STATE_SECTORS.has(obj.m.sector)) {
        x.m.sector = obj.m.sector;
        if (!x.m.code && obj.m.code) {
          x.m.code = obj.m.code;
          x.codeFrom = obj.codeFrom;
        }
        x.m.cameo_code = cameoOf(x.m.code, x.m.sector, x.org);
        x.weak = false;
        return b;
      }
      // ("Karan Singh, a special envoy of Indian Prime Minister Manmohan Singh": one who acts for a person is of that person's state)
      if ((pt.lower === 'of' || pt.lower === 'for') && !x.plural && c.lx.agentsOf.has(c.tk[x.m.head]?.lemma ?? '') && obj.m.code && obj.codeFrom !== 'main' && obj.m.sector && STATE_SECTORS.has(obj.m.sector)) {
        x.m.code = obj.m.code;
        x.codeFrom = obj.codeFrom;
        x.m.sector = obj.m.sector;
        x.m.cameo_code = cameoOf(x.m.code, x.m.sector, x.org);
        return b;
      }
      if (!(x.title && !x.plural && pt.lower === 'of' && !obj.m.code && !obj.org && !obj.title)) return b;
      obj.m.sector = null;
    }
    definite(c, obj);
    code = obj.m.code;
    from = obj.codeFrom;
    sector = obj.m.sector;
    org = obj.org;
    if (obj.bareDemonym) return b;
  } else {
    // ("Exiled opposition leaders in London", "figures living in exile in Paris": where exiles live is not their country)
    if (exiledBetween(c, x.m.first, units[a].first)) return b;
    const cap = objUnits.length === 1 && objUnits[0].e?.type === 'capital' ? capitalCountry(c, objUnits[0], objUnits[0].e.country.iso3) : null;
    let p: string | null | undefined = cap;
    if (p === null) {
      p = undefined;
      for (const u of objUnits) {
        const v = place(c, u);
        if (v) {
          p = v;
          break;
        }
      }
    }
    if (p) {
      code = p;
      from = 'place';
    } else if (pt.lower === 'in' && x.codeFrom === null && objUnits.every((u) => !u.e && c.tk[u.first].cap && c.tk[u.first].pos === 'PROPN') && !c.upper) {
      // "a court in Istanbul": a named place completes the phrase though its country is unknown here
      sector = null;
    } else return b;
  }
  // ("a spokesman for the Alliance for Democracy in Mali": one who speaks for a named body whose sector is not known here is not
  // the government's; the body's sector may be learnt later)
  // (and "leader of the Nagriamel movement": a body named by a word of its own before its head)
  const namedBody = !!obj && obj.m.kind === 'group' && !obj.m.sector && !c.upper && obj.m.head > obj.m.first && c.tk[obj.m.head - 1].cap && c.tk[obj.m.head - 1].pos === 'PROPN';
  if (x.weak && !sector && obj && (obj.m.kind === 'org' || namedBody) && !obj.org && (pt.lower === 'for' || pt.lower === 'of') && x.m.sector && STATE_SECTORS.has(x.m.sector)) {
    x.m.sector = null;
    x.m.cameo_code = cameoOf(x.m.code, null, null);
    x.weak = false;
    x.spokenFor = obj.m.start;
  }
  // ("Aitzaz Ahsan, the president of the Supreme Court Bar Association": the officer of a named body of no state kind, an association
  // or a society, is of the body's trade when its name tells one, "Bar", and of none of the state's)
  if (x.title && !x.weak && pt.lower === 'of' && obj && !obj.org && obj.m.kind !== 'person' && !c.upper && x.m.sector && STATE_SECTORS.has(x.m.sector) &&
    c.tk[obj.m.head]?.cap && c.lx.officerOf.get(c.tk[obj.m.head].lower) === '') {
    let trade: string | null = null;
    for (let k = obj.m.first; k < obj.m.head && !trade; k++) trade = c.lx.officerOf.get(c.tk[k].lower) || null;
    x.m.sector = trade;
    x.m.cameo_code = cameoOf(x.m.code, x.m.sector, null);
    sector = trade;
  }
  const see = !!obj && obj.m.kind === 'person' && obj.named;
  if (!code && !sector && !see && !(obj === null && pt.lower === 'in')) return b;
  if (needCode && code && !(from === 'place' && foreignGroup(c, x))) {
    x.m.code = code;
    x.codeFrom = from;
  }
  if (x.weak && sector && pt.lower !== 'in') {
    // ("supporters of the ruling Bangladesh Nationalist Party": a ruling party's followers are its members, not the government)
    x.m.sector = sector === 'GOV' && FOLLOWERS.has((c.tk[x.m.head]?.lower ?? '').replace(/s$/, '')) && !!obj && PARTY_WORDS.test(obj.m.text) ? 'PTY' : sector;
    x.weak = false;
  }
  // ("Gary Wenzel, president of the union", "the chairman of the chamber of commerce": an officer of a body outside the state is of its sector)
  else if (x.title && pt.lower === 'of' && sector && sector !== 'CVL' && !STATE_SECTORS.has(sector)) x.m.sector = sector;
  if (org && x.m.code === org.code) x.org = org;
  const lastTok = units[e2 - 1].last;
  // "Organisation for Security and Cooperation in Europe (OSCE)": swallow a bracketed acronym
  let end = lastTok;
  if (c.tk[end]?.text === '(' && c.tk[end + 2]?.text === ')' && c.tk[end + 1].cap && !agencyMark(c, end)) {
    defineInitials(c, x, end + 1);
    end += 3;
  }
  // ("an alliance of opposition parties and civic groups": a body gathers every group listed after its "of")
  let e3 = e2;
  if (pt.lower === 'of' && GATHERING_HEADS.has(c.tk[x.m.head]?.lemma ?? '') && c.tk[end]?.lower === 'and' && c.tk[end].sent === c.tk[end - 1].sent) {
    let u = e2;
    while (u < units.length && units[u].first < end) u++;
    if (u < units.length && !units[u].e && c.tk[units[u].first].lower === 'and' && u + 1 < units.length && nominal(c, units[u + 1])) {
      const e4 = runEnd(c, units, u + 1, sentLast);
      const saved2 = c.prior.length;
      const other = e4 > u + 1 ? readRun(c, units, u + 1, e4, []) : null;
      c.prior.length = saved2;
      if (other && other.m.kind === 'group' && other.plural) {
        end = units[e4 - 1].last;
        e3 = e4;
      }
    }
  }
  x.bare = false;
  stretchTo(c, x, end);
  if (x.m.kind === 'group') x.m.name = x.m.text.replace(/\s+/g, ' ');
  x.m.cameo_code = cameoOf(x.m.code, x.m.sector, x.org);
  let next = e3;
  while (next < units.length && units[next].first < end) next++;
  return next;
}

/** bodies that gather groups: "an alliance of opposition parties and civic groups" */
const GATHERING_HEADS = new Set(['alliance', 'coalition', 'front', 'grouping', 'umbrella', 'bloc', 'platform', 'federation', 'confederation']);
/** titles of courtesy, which say nothing of office */
const HONORIFICS = /^(?:mr|mrs|ms|miss|dr|mme|sir)\.?$/;
const FOLLOWERS = new Set(['supporter', 'loyalist', 'follower', 'member', 'activist', 'cadre', 'worker', 'youth', 'militant']);
const PARTY_WORDS = /\b(?:party|league|congress|front|movement|alliance)\b/i;
const VAGUE_COUNT = new Set(['several', 'few', 'some', 'many']);
/** a month's name, whole, or short with or without its full stop, before a day: "Feb 7", "March 3", "Sept. 12" */
const monthWord = (w: string) => MONTH_WORDS.has(w) || (w.endsWith('.') && MONTH_SHORT.has(w.slice(0, -1)));

/** "four protesters", "280 child soldiers": the count belongs to a group's span. */
export function counted(c: Ctx, x: Info): void {
  if (x.m.kind !== 'group') return;
  let f = x.m.first;
  // (and "Twenty-one", split by the tokeniser into "Twenty", "-", "one")
  // (and the "and" of a number in words: "One hundred and fifty-seven people")
  // (not the day of a date before it: "From Feb 7 troops with armoured vehicles occupied the streets")
  const dayOfDate = (k: number) => /^\d{1,2}(?:st|nd|rd|th)?$/.test(c.tk[k].text) && k > 0 && c.tk[k - 1].sent === c.tk[k].sent && monthWord(c.tk[k - 1].lower);
  while (f > 0 && c.tk[f - 1].sent === c.tk[f].sent && x.m.first - f < 7 &&
    ((c.tk[f - 1].pos === 'NUM' && !dayOfDate(f - 1)) || c.tk[f - 1].lower === 'dozen' || (c.tk[f - 1].text === '-' && f > 1 && c.tk[f - 2].pos === 'NUM' && c.tk[f - 2].end === c.tk[f - 1].start && c.tk[f - 1].end === c.tk[f].start) ||
      (c.tk[f - 1].lower === 'and' && f > 1 && /^(?:hundred|thousand|million)$/i.test(c.tk[f - 2].text) && c.tk[f].pos === 'NUM'))) f--;
  if (f === x.m.first) return;
  // ("several thousand people", "a few hundred miners": a vague word before the count is part of it)
  if (f > 0 && VAGUE_COUNT.has(c.tk[f - 1].lower) && c.tk[f - 1].sent === c.tk[f].sent) {
    f--;
    if (c.tk[f].lower === 'few' && c.tk[f - 1]?.lower === 'a' && c.tk[f - 1].sent === c.tk[f].sent) f--;
  }
  x.m.first = f;
  x.m.start = c.tk[f].start;
  x.m.text = c.doc.text.slice(x.m.start, x.m.end);
}

/** "PORT-AU-PRINCE, Haiti (AP) - Haitian police ...": a news agency's mark in a dateline, its brackets (token k) followed by a
 * dash, is no initials of the name before it */
function agencyMark(c: Ctx, k: number): boolean {
  const d = c.tk[k + 3];
  return !!d && d.sent === c.tk[k].sent && /^(?:-+|–|—|_)$/.test(d.text);
}

/** "The Foreign Office (FO)": a bracketed acronym belongs to the mention. */
export function acronym(c: Ctx, x: Info): void {
  const l = x.m.last;
  const t = c.tk[l];
  if (!t || t.text !== '(' || c.tk[l + 2]?.text !== ')' || c.tk[l + 2].sent !== t.sent || x.m.kind === 'pronoun') return;
  const a = c.tk[l + 1];
  if (!a.cap || a.text !== a.text.toUpperCase() || a.text.length < 2 || agencyMark(c, l)) return;
  stretchTo(c, x, l + 3);
  defineInitials(c, x, l + 1);
}

/** The mention now ends at token `last` (exclusive): its span and text follow. */
/** envoys named with the land they are posted to ("ambassador to Turkey") */
const POSTED = new Set(['ambassador', 'envoy', 'consul', 'emissary', 'representative', 'delegate', 'attache', 'commissioner']);
/** The name a body goes by, told right after its noun: "calling itself Save Station 2", "known as the Popular Resistance". */
function nameGivenAfter(c: Ctx, k: number): string | null {
  const w = c.tk[k]?.lower;
  if (w === 'calling' && /^(?:itself|themselves)$/.test(c.tk[k + 1]?.lower ?? '')) k += 2;
  else if (w === 'known' && c.tk[k + 1]?.lower === 'as') k += 2;
  else if (w === 'called' || w === 'named') k += 1;
  else return null;
  if (c.tk[k]?.lower === 'the') k++;
  const from = k;
  while (k < c.tk.length && k - from < 6 && c.tk[k].sent === c.tk[from]?.sent && (c.tk[k].cap || (/^\d+$/.test(c.tk[k].text) && k > from))) k++;
  return k > from ? textOf(c, from, k).replace(/\s+/g, ' ') : null;
}

function stretchTo(c: Ctx, x: Info, last: number): void {
  x.m.last = last;
  x.m.end = c.tk[last - 1].end;
  x.m.text = c.doc.text.slice(x.m.start, x.m.end);
}

/** The initials in brackets after a body's name (token k) name it from now on: "the NLD urged ...", "THE AEU DEMANDED". */
function defineInitials(c: Ctx, x: Info, k: number): void {
  const a = c.tk[k];
  if (!a.cap || a.text !== a.text.toUpperCase() || a.text.length < 2) return;
  const key = c.folded[k];
  if ((x.m.kind === 'org' || x.m.kind === 'group') && !c.surnames.has(key)) c.surnames.set(key, x);
}

/** heads of a ministry's name that portfolios named before "and" share */
const MINISTRY_HEADS = new Set(['ministry', 'ministries', 'department', 'departments']);
/**
 * "stormed the Intelligence and Interior Ministry buildings": a portfolio named alone before "and" shares the ministry's
 * head; the two are told as one body, whose span covers both (the one before is dropped from the list).
 */
export function coordinatePortfolios(c: Ctx, list: Info[], x: Info): void {
  if (x.m.kind !== 'group' && x.m.kind !== 'org') return;
  if (!MINISTRY_HEADS.has(c.tk[x.m.head]?.lower ?? '') || x.m.first < 2 || c.tk[x.m.first - 1].lower !== 'and') return;
  const i = list.length - 1;
  const p = list[i];
  if (!p || p.m.last !== x.m.first - 1 || p.m.last - p.m.first !== 1 || !c.tk[p.m.first].cap || p.m.kind === 'country' || p.m.kind === 'person') return;
  x.m.first = p.m.first;
  x.m.start = p.m.start;
  x.m.text = c.doc.text.slice(x.m.start, x.m.end);
  x.m.name = x.m.text.replace(/\s+/g, ' ');
  list.splice(i, 1);
  const k = c.prior.lastIndexOf(p);
  if (k >= 0) c.prior.splice(k, 1);
}

/** "Hungarian and Romanian officials": the bare demonym before "and" shares the head. */
export function coordinate(c: Ctx, list: Info[], x: Info): void {
  if ((x.m.kind !== 'group' && x.m.kind !== 'person') || x.codeFrom !== 'phrase' || x.m.head === x.m.first) return;
  let firstTok = x.m.first;
  for (let i = list.length - 1; i >= 0; i--) {
    const p = list[i];
    const sep = c.tk[firstTok - 1];
    if (!sep || (sep.lower !== 'and' && sep.lower !== ',' && sep.lower !== 'or') || p.m.last !== firstTok - 1) return;
    // (a country's name shares the head only with another country's: "US and Afghan forces"; not "Colombia and FARC rebels",
    // "Israel and Hamas fighters", where the country is a party of its own)
    if (!(p.bareDemonym || (p.m.kind === 'country' && p.m.last - p.m.first <= 2 && !!lookupCountry(c.tk[x.m.first].text)))) return;
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
