/**
 * Actor knowledge, loaded once from data/actors/: sector words, titles and function-word lists
 * (sectors.json), named organisations and armed groups (organisations.json), exact-case country
 * acronyms (country-aliases.json), a small bundled dictionary of people (actors.jsonl), plus
 * countries, demonyms and capitals from ../places/countries.ts and any user dictionary added
 * with loadActorFile(). Everything is compiled into Maps keyed by
 * folded lower-case text so that the recogniser does only Map lookups per token.
 *
 * User / bundled actor dictionary format: JSON Lines, one actor a line; blank lines and lines
 * starting with '#' are ignored.
 *   {"name": "Askar Akayev", "aliases": ["Akayev"], "country": "KGZ", "sector": "GOV",
 *    "from": "1990-10-27", "to": "2005-04-11", "kind": "person"}
 * name: required; aliases: optional list; country: ISO-3166 alpha-3 (alpha-2 accepted) or a
 * 3-letter IGO/NGO code (UNO, EUR, NAT, OSC ...), optional; sector: PLOVER/CAMEO sector code
 * (GOV, MIL, OPP ...), optional; from/to: YYYY, YYYY-MM or YYYY-MM-DD bounds of the role,
 * optional (several lines for the same name give several roles; the one valid on the article's
 * date is used); kind: "person" (default) or "org"; cameo: optional full CAMEO code.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { countryKeys, countryByIso2, countryByIso3, isCapitalName, foldName } from '../places/countries.js';
import type { CountryInfo } from '../places/countries.js';

const DATA = new URL('../../../data/actors/', import.meta.url);

export interface SectorWord {
  sector: string | null;
  /** generic head: takes its sector from modifiers or an attached "of X" */
  weak: boolean;
  /** names a person ("president", "minister") */
  title: boolean;
  /** the word is plural (or a collective plural like "police") */
  plural: boolean;
  /** a collective noun that is "it" ("the government", "the coalition") */
  collective: boolean;
  /** a named-group noun that a definite description "the group" can point back to */
  groupish: boolean;
  /** canonical singular form */
  base: string;
}

export interface OrgEntry {
  name: string;
  code: string | null;
  cameo: string | null;
  sector: string | null;
}

export interface PersonRole {
  name: string;
  country: string | null;
  sector: string | null;
  cameo: string | null;
  kind: 'person' | 'org';
  from: string | null;
  to: string | null;
}

export type GazEntry =
  | { type: 'country'; country: CountryInfo; demonym: boolean; plural: boolean; exact?: string }
  | { type: 'capital'; country: CountryInfo; alsoCountryName?: boolean }
  | { type: 'org'; org: OrgEntry; exact: string | null; context?: RegExp }
  | { type: 'person'; roles: PersonRole[] }
  | { type: 'sector'; word: SectorWord };

export interface Lexicon {
  /** single words (lower-case, plurals derived) → sector word */
  words: Map<string, SectorWord>;
  /** modifier words → sector (dominant ones override any head) */
  dominant: Map<string, string>;
  modifiers: Map<string, string>;
  titles: Set<string>;
  /** person nouns a name in apposition may follow, besides the titles ("his counterpart, Michel Aoun") */
  appositionRoles: Set<string>;
  neutralTitles: Set<string>;
  facilities: Set<string>;
  skip: Set<string>;
  notNames: Set<string>;
  /** words that end a noun phrase: "today", "Monday", "week" */
  temporal: Set<string>;
  /** lower-case words inside names: "al", "bin", "van" */
  particles: Set<string>;
  /** weapons and vehicles: actors only as the subject of a verb ("a car bomb killed 12") */
  instruments: Set<string>;
  /** weapons anyone may fire or plant: named alone, they take no country from the article */
  projectiles: Set<string>;
  /** verbs whose object capital city is its government: "warned Moscow", "urged Beijing" */
  addressees: Set<string>;
  /** vague counts that stand for a crowd as a subject: "thousands", "tens of thousands" (longest first) */
  crowdCounts: string[][];
  /** the first words of those counts, to pass over every other token at once */
  crowdCountFirsts: Set<string>;
  /** people named by where they live: "villagers of X" makes X a place */
  residents: Set<string>;
  /** nouns naming a place by a name after "of" ("the wells of Hassi Beida", "the village of Krang Chek") */
  placeHeads: Set<string>;
  /** bodies whose name before a title makes it their officer: "union president" (LAB) */
  officerOf: Map<string, string>;
  /** heads whose modifier names a portfolio, not the holder's sector ("police minister" is government) */
  portfolioHeads: Set<string>;
  /** offices of government that outrank a rank after them ("Interior Minister Colonel X") */
  officeTitles: Set<string>;
  /** "armed peasants": modifiers that make civilian heads an armed group (UAF) */
  arming: { modifiers: Set<string>; civilian: Set<string>; concealing: Set<string> };
  /** "ethnic Albanians": a people, not a country's citizens */
  ethnic: Set<string>;
  /** endings of common nouns: a lone capitalised "Demonstrations" is not a name */
  commonSuffixes: string[];
  /** not-names that are also surnames after a given name ("Theresa May") */
  surnameOk: Set<string>;
  /** singular heads that are actors only with a modifier, an "of X" or an antecedent */
  needsModifier: Set<string>;
  /** heads of a body of armed men or officials told as one ("the battalion", "the detachment"): no one person, though singular */
  units: Set<string>;
  /** adjectives that say how, not whose: "lethal force" is no actor */
  manner: Set<string>;
  /** heads naming other states by what they are ("world powers"): never the article's country */
  foreignHeads: Set<string>;
  /** those who act for a person named after their "of" or "for" and are of that person's country: "a special envoy of Indian Prime
   * Minister Manmohan Singh" */
  agentsOf: Set<string>;
  /** heads of bodies named again as "the council", "the commission" (sectors.json institution_heads) */
  institutionHeads: Set<string>;
  /** nouns after which a country's adjective names its language ("a young English instructor"; data/gazetteer/context.json) */
  languageNouns: Set<string>;
  regional: Set<string>;
  /** multi-token names and phrases: folded key → entries (user entries first) */
  gaz: Map<string, GazEntry[]>;
  /** folded prefixes of gazetteer keys at word boundaries */
  prefixes: Set<string>;
  /** longest key in characters */
  maxKey: number;
  /** person surname/alias → roles, for single-token names */
  /** past forms wink-nlp tags as nouns ("Police shot dead ...": "shot" ends the phrase) */
  pastForms: Set<string>;
  /** demonyms that name another people in articles about some countries ("Indian" in Mexico) */
  demonymElsewhere: Map<string, Set<string>>;
}

interface SectorsFile {
  heads: Record<string, string>;
  weak: string[];
  titles: string[];
  apposition_roles: string[];
  neutral_titles: string[];
  dominant: Record<string, string>;
  modifiers: Record<string, string>;
  facilities: string[];
  skip: string[];
  not_names: string[];
  plural_nouns: string[];
  temporal: string[];
  name_particles: string[];
  not_names_surname_ok: string[];
  instruments: string[];
  projectiles: string[];
  addressee_verbs?: string[];
  crowd_counts?: string[];
  residents?: string[];
  place_heads?: string[];
  officer_of?: Record<string, string>;
  arming?: { modifiers: string[]; civilian_sectors: string[]; concealing?: string[] };
  ethnic_modifiers: string[];
  common_noun_suffixes: string[];
  needs_modifier: string[];
  units?: string[];
  manner_modifiers: string[];
  foreign_heads?: string[];
  agents_of?: string[];
  institution_heads?: string[];
  regional_modifiers?: string[];
  head_prefixes?: string[];
  portfolio_heads?: string[];
  office_titles?: string[];
  collective: string[];
  groupish: string[];
}

interface OrgFileEntry {
  name: string;
  aliases?: string[];
  /** names other bodies share, matched only in an article that names one of `context` */
  context_aliases?: string[];
  context?: string[];
  exact?: string[];
  code: string | null;
  cameo: string | null;
  sector: string | null;
}

let lex: Lexicon | null = null;
const userRoles: Array<{ keys: string[]; role: PersonRole }> = [];

/** The index of a name's paternal surname: the word before the last, past the particles joining the surnames ("Carlos Salinas de
 * Gortari" → "Salinas", "Gabriel Garcia Marquez" → "Garcia"); never the first word. */
export function paternalAt(words: string[], particles: Set<string>): number {
  let k = words.length - 2;
  while (k > 1 && particles.has(fold(words[k]))) k--;
  return k;
}
/** Fold a key the way article text is folded: lower case, accents off, one kind of apostrophe. */
export function fold(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(s)) return foldName(s).replace(/\s+/g, ' ');
  return s.toLowerCase().trim().replace(/\s+/g, ' ');
}

/** Plural forms of an English noun (over-generating is harmless: keys are only looked up). */
function plurals(w: string): string[] {
  const out = [w + 's'];
  if (/(s|x|z|ch|sh)$/.test(w)) out.push(w + 'es');
  if (/[^aeiou]y$/.test(w)) out.push(w.slice(0, -1) + 'ies');
  if (/man$/.test(w)) out.push(w.slice(0, -3) + 'men');
  if (w === 'child') out.push('children');
  if (w === 'person') out.push('people');
  if (w === 'passer-by') out.push('passers-by');
  if (w === 'thief') out.push('thieves');
  // ("wife", "wolf", "self": "wives")
  if (/[^f]fe?$/.test(w)) out.push(w.replace(/fe?$/, 'ves'));
  if (w === 'chief') out.push('chiefs');
  return out;
}

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(fileURLToPath(new URL(name, DATA)), 'utf8')) as T;
}

function addGaz(l: Lexicon, key: string, e: GazEntry, front = false): void {
  const k = fold(key);
  if (!k) return;
  const list = l.gaz.get(k);
  if (list) {
    if (front) list.unshift(e);
    else list.push(e);
  } else l.gaz.set(k, [e]);
  if (k.length > l.maxKey) l.maxKey = k.length;
  for (let i = 1; i < k.length; i++) {
    const c = k.charCodeAt(i);
    // word boundary: space - ' . ( ) /
    if (c === 32 || c === 45 || c === 39 || c === 46 || c === 40 || c === 41 || c === 47) {
      l.prefixes.add(k.slice(0, i));
      l.prefixes.add(k.slice(0, i + 1));
    }
  }
}

function build(): Lexicon {
  const sf = readJson<SectorsFile>('sectors.json');
  const l: Lexicon = {
    words: new Map(),
    dominant: new Map(Object.entries(sf.dominant)),
    modifiers: new Map(Object.entries(sf.modifiers)),
    titles: new Set(sf.titles),
    appositionRoles: new Set(sf.apposition_roles),
    neutralTitles: new Set(sf.neutral_titles),
    facilities: new Set(),
    skip: new Set(sf.skip),
    notNames: new Set(sf.not_names),
    temporal: new Set(sf.temporal),
    particles: new Set(sf.name_particles),
    surnameOk: new Set(sf.not_names_surname_ok),
    instruments: new Set(sf.instruments),
    projectiles: new Set(sf.projectiles),
    addressees: new Set(sf.addressee_verbs ?? []),
    officerOf: new Map(Object.entries(sf.officer_of ?? {})),
    portfolioHeads: new Set(sf.portfolio_heads ?? []),
    officeTitles: new Set(sf.office_titles ?? []),
    crowdCounts: (sf.crowd_counts ?? []).map((x) => x.split(' ')).sort((a, b) => b.length - a.length),
    crowdCountFirsts: new Set((sf.crowd_counts ?? []).map((x) => x.split(' ')[0])),
    residents: new Set(sf.residents ?? []),
    placeHeads: new Set(sf.place_heads ?? []),
    arming: { modifiers: new Set(sf.arming?.modifiers ?? []), civilian: new Set(sf.arming?.civilian_sectors ?? []), concealing: new Set(sf.arming?.concealing ?? []) },
    ethnic: new Set(sf.ethnic_modifiers),
    commonSuffixes: sf.common_noun_suffixes,
    needsModifier: new Set(sf.needs_modifier),
    units: new Set(sf.units ?? []),
    manner: new Set(sf.manner_modifiers),
    foreignHeads: new Set(sf.foreign_heads ?? []),
    agentsOf: new Set(sf.agents_of ?? []),
    institutionHeads: new Set(sf.institution_heads ?? []),
    languageNouns: new Set(readJson<{ language_nouns?: string[] }>('../gazetteer/context.json').language_nouns ?? []),
    regional: new Set(sf.regional_modifiers ?? []),
    gaz: new Map(),
    prefixes: new Set(),
    maxKey: 0,
    pastForms: new Set(Object.entries(readJson<Record<string, string>>('../lexicon/irregular.json')).filter(([k, v]) => !k.startsWith('_') && v !== '-' && v !== k).map(([k]) => k).concat(['burst'])),
    demonymElsewhere: new Map(
      Object.entries(readJson<{ _demonym_elsewhere?: Record<string, string[] | string> }>('../countries-extra.json')._demonym_elsewhere ?? {})
        .filter(([k, v]) => !k.startsWith('_') && Array.isArray(v))
        .map(([k, v]) => [k, new Set(v as string[])]),
    ),
  };
  const weak = new Set(sf.weak);
  const pluralNouns = new Set(sf.plural_nouns);
  const collective = new Set(sf.collective);
  const groupish = new Set(sf.groupish);
  for (const f of sf.facilities) {
    l.facilities.add(f);
    for (const p of plurals(f)) l.facilities.add(p);
  }
  const heads: Record<string, string> = { ...sf.heads };
  for (const t of sf.titles) if (!(t in heads) && !l.neutralTitles.has(t)) heads[t] = '';
  /** keys read through a head prefix ("ex-" + "servicemen"), which a word of their own replaces */
  const prefixed = new Set<string>();
  for (const [word, sector] of Object.entries(heads)) {
    const mk = (plural: boolean): SectorWord => ({
      sector: sector || null,
      weak: weak.has(word),
      title: l.titles.has(word),
      plural: plural || pluralNouns.has(word),
      collective: collective.has(word) || collective.has(word.slice(word.lastIndexOf(' ') + 1)),
      groupish: groupish.has(word),
      base: word,
    });
    const multi = word.includes(' ');
    const sing = mk(false);
    const forms: Array<[string, SectorWord]> = [[word, sing]];
    // (a plural noun may take -s too: "youth"/"youths"; capitals carry no lemma, so both forms are keys)
    for (const p of plurals(word)) forms.push([p, mk(true)]);
    for (const [form, sw] of forms) {
      if (multi || form.includes('-')) addGaz(l, form, { type: 'sector', word: sw });
      if (multi) continue;
      // (a word of its own overrides one read through a prefix: "ex-servicemen" are veterans, not servicemen)
      if (!l.words.has(form) || form === word || prefixed.has(form)) {
        l.words.set(form, sw);
        prefixed.delete(form);
      }
      // ("counter-protesters", "co-founder": a prefixed head, one token, is the head)
      for (const pre of sf.head_prefixes ?? []) {
        if (l.words.has(pre + '-' + form)) continue;
        l.words.set(pre + '-' + form, sw);
        prefixed.add(pre + '-' + form);
      }
    }
  }
  // organisations
  const orgs = readJson<{ entries: OrgFileEntry[] }>('organisations.json');
  for (const o of orgs.entries) {
    const org: OrgEntry = { name: o.name, code: o.code, cameo: o.cameo, sector: o.sector };
    // (British and American spellings of a body's name are one name: "the International Labour Organisation" is the ILO)
    for (const a of [o.name, ...(o.aliases ?? [])]) {
      addGaz(l, a, { type: 'org', org, exact: null });
      const other = otherSpelling(a);
      if (other !== a && !(o.aliases ?? []).includes(other)) addGaz(l, other, { type: 'org', org, exact: null });
    }
    for (const a of o.exact ?? []) addGaz(l, a, { type: 'org', org, exact: a });
    // (the words of the context are the data's own, escaped: no pattern is built from article text)
    const context = o.context?.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${o.context.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'u') : undefined;
    for (const a of o.context_aliases ?? []) addGaz(l, a, { type: 'org', org, exact: null, context }, true);
  }
  // countries, demonyms, capitals
  const demonymKeys = new Set<string>();
  for (const c of countryKeys().values()) {
    for (const d of c.demonyms) {
      demonymKeys.add(fold(d));
    }
  }
  for (const [key, c] of countryKeys()) {
    if (isCapitalName(key)) {
      // ("Washington" is also a name the country goes by: a mention even when no verb follows)
      addGaz(l, key, { type: 'capital', country: c, alsoCountryName: fold(key) !== fold(c.capital ?? '') });
      continue;
    }
    const dem = demonymKeys.has(key) || (key.endsWith('s') && demonymKeys.has(key.slice(0, -1)));
    const plural = dem && key.endsWith('s') && demonymKeys.has(key.slice(0, -1));
    addGaz(l, key, { type: 'country', country: c, demonym: dem, plural });
  }
  for (const c of countryKeys().values()) {
    if (c.capital && !l.gaz.has(fold(c.capital))) addGaz(l, c.capital, { type: 'capital', country: c });
  }
  const aliases = readJson<Record<string, string>>('country-aliases.json');
  for (const [alias, iso3] of Object.entries(aliases)) {
    const c = alias.startsWith('_') ? null : countryByIso3(iso3);
    if (c) addGaz(l, alias, { type: 'country', country: c, demonym: false, plural: false, exact: alias });
  }
  // bundled people
  const bundled = readFileSync(fileURLToPath(new URL('actors.jsonl', DATA)), 'utf8');
  const parsed = parseActorLines(bundled, 'actors.jsonl');
  for (const { keys, role } of [...userRoles, ...parsed.roles]) addPerson(l, keys, role);
  return l;
}

function addPerson(l: Lexicon, keys: string[], role: PersonRole, front = false): void {
  for (const k of keys) {
    const f = fold(k);
    const list = l.gaz.get(f);
    const existing = list?.find((e): e is Extract<GazEntry, { type: 'person' }> => e.type === 'person');
    if (existing) {
      if (front) existing.roles.unshift(role);
      else existing.roles.push(role);
    }
    else if (role.kind === 'org') {
      addGaz(l, k, { type: 'org', org: { name: role.name, code: role.country, cameo: role.cameo, sector: role.sector }, exact: null }, true);
    } else addGaz(l, k, { type: 'person', roles: [role] }, true);
  }
}

/** A name with its -isation words spelt -ization, or the other way round ("Organisation", "Organization"); no other word. */
function otherSpelling(name: string): string {
  return name.replace(/(\p{L}{2})i([sz])ation(s?)\b/gu, (m, a: string, sz: string, pl: string) => `${a}i${sz === 's' ? 'z' : 's'}ation${pl}`);
}

export function lexicon(): Lexicon {
  if (!lex) lex = build();
  return lex;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const CODE = /^[A-Z]{3}$/;
const SECTOR = /^[A-Z]{3}[A-Za-z]{0,6}$/;

/** Parse actor dictionary lines; bad lines become "path:line: reason". */
export function parseActorLines(
  text: string,
  path: string,
): { roles: Array<{ keys: string[]; role: PersonRole }>; errors: string[] } {
  const roles: Array<{ keys: string[]; role: PersonRole }> = [];
  const errors: string[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line || line.startsWith('#')) continue;
    const where = `${path}:${i + 1}: `;
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch (e) {
      errors.push(where + 'not valid JSON (' + (e as Error).message + ')');
      continue;
    }
    if (!o || typeof o !== 'object' || Array.isArray(o)) {
      errors.push(where + 'expected a JSON object');
      continue;
    }
    const r = o as Record<string, unknown>;
    if (typeof r.name !== 'string' || !r.name.trim()) {
      errors.push(where + 'missing "name"');
      continue;
    }
    if (r.aliases !== undefined && (!Array.isArray(r.aliases) || r.aliases.some((a) => typeof a !== 'string'))) {
      errors.push(where + '"aliases" must be a list of strings');
      continue;
    }
    let country: string | null = null;
    if (r.country !== undefined && r.country !== null) {
      if (typeof r.country !== 'string') {
        errors.push(where + '"country" must be a string');
        continue;
      }
      const c = r.country.trim().toUpperCase();
      if (c.length === 2) {
        const ci = countryByIso2(c);
        if (!ci) {
          errors.push(where + `unknown country "${r.country}"`);
          continue;
        }
        country = ci.iso3;
      } else if (CODE.test(c)) country = c;
      else {
        errors.push(where + `"country" must be an ISO-3166 alpha-3 or IGO code, got "${r.country}"`);
        continue;
      }
    }
    let sector: string | null = null;
    if (r.sector !== undefined && r.sector !== null) {
      if (typeof r.sector !== 'string' || !SECTOR.test(r.sector)) {
        errors.push(where + `"sector" must be a sector code like GOV, got ${JSON.stringify(r.sector)}`);
        continue;
      }
      sector = r.sector;
    }
    let bad = '';
    for (const f of ['from', 'to'] as const) {
      const v = r[f];
      if (v !== undefined && v !== null && (typeof v !== 'string' || !DATE.test(v))) bad = `"${f}" must be YYYY, YYYY-MM or YYYY-MM-DD`;
    }
    if (r.kind !== undefined && r.kind !== 'person' && r.kind !== 'org') bad = '"kind" must be "person" or "org"';
    if (r.cameo !== undefined && r.cameo !== null && typeof r.cameo !== 'string') bad = '"cameo" must be a string';
    if (bad) {
      errors.push(where + bad);
      continue;
    }
    const name = r.name.trim();
    roles.push({
      keys: [name, ...((r.aliases as string[] | undefined) ?? [])],
      role: {
        name,
        country,
        sector,
        cameo: (r.cameo as string | undefined) ?? null,
        kind: (r.kind as 'person' | 'org' | undefined) ?? 'person',
        from: (r.from as string | undefined) ?? null,
        to: (r.to as string | undefined) ?? null,
      },
    });
  }
  return { roles, errors };
}

/** Merge a user actor dictionary (JSON Lines, see top of file). Never throws. */
export function loadActorFile(path: string): { entries: number; errors: string[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { entries: 0, errors: [`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`] };
  }
  const { roles, errors } = parseActorLines(text, path);
  userRoles.unshift(...roles);
  if (lex) for (const { keys, role } of roles) addPerson(lex, keys, role, true);
  return { entries: roles.length, errors };
}

/** Pick the role valid on date (YYYY-MM-DD) or, lacking one, the first listed. */
export function roleOn(roles: PersonRole[], date: string | null): PersonRole {
  if (!date) return roles[0];
  for (const r of roles) {
    if ((!r.from || r.from <= date) && (!r.to || date <= r.to + '\uffff')) return r;
  }
  // (Khomeini in September 1978 was not yet the government: outside every dated role the person
  // keeps the country, but no role; the sector comes from the text, if it says)
  const r = roles[0];
  return r.from || r.to ? { ...r, sector: null, cameo: null } : r;
}

export function countryCode3(iso2: string | null | undefined): string | null {
  if (!iso2) return null;
  return countryByIso2(iso2)?.iso3 ?? null;
}

export { countryByIso3 };
