/**
 * Countries by name, official name, alternative spelling, demonym and capital, from the
 * world-countries package (ISO-3166 codes, centroids) plus data/countries-extra.json.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Country } from '../../types.js';

const require = createRequire(import.meta.url);

export interface CountryInfo extends Country {
  lat: number | null;
  lon: number | null;
  capital: string | null;
  /** demonyms (English, both genders) */
  demonyms: string[];
}

interface WCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings?: string[];
  capital?: string[];
  latlng?: number[];
  demonyms?: { eng?: { m?: string; f?: string } };
  area?: number;
}

let byName: Map<string, CountryInfo> | null = null;
let by2: Map<string, CountryInfo> | null = null;
let by3: Map<string, CountryInfo> | null = null;
/** keys that are a city/capital rather than the country itself (used metonymically) */
let capitalKeys: Set<string> | null = null;
/** keys that are demonyms or adjectives ("Kyrgyz", "Ukrainians") rather than names */
let demonymKeys: Set<string> | null = null;
let untilKeys: Map<string, number> | null = null;

const LATIN = /^[\p{Script=Latin}\p{N} .'’()-]+$/u;
/** other names that are English words or surnames: "Hong Kong Island" is no Iceland ("Ísland"), "Thomas Mann" no Isle of Man */
const ALT_COMMON_WORDS = new Set(['island', 'mann']);

function norm(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’`]/g, "'")
    .toLowerCase()
    .trim();
}

function load(): void {
  if (byName) return;
  const list = require('world-countries') as WCountry[];
  byName = new Map();
  by2 = new Map();
  by3 = new Map();
  capitalKeys = new Set();
  demonymKeys = new Set();
  const add = (key: string, c: CountryInfo, weak = false) => {
    const k = norm(key);
    if (k.length < 2) return;
    if (weak && byName!.has(k)) return;
    if (!byName!.has(k)) byName!.set(k, c);
  };
  for (const w of list) {
    const dm = w.demonyms?.eng;
    const demonyms = [dm?.m, dm?.f].filter((x): x is string => !!x);
    const c: CountryInfo = {
      name: w.name.common,
      iso2: w.cca2,
      // (world-countries gives Kosovo, which has no ISO code, "UNK", which reads as the sector "unknown": XKX is the code the EU and the IMF use)
      iso3: w.cca2 === 'XK' ? 'XKX' : w.cca3,
      lat: w.latlng?.[0] ?? null,
      lon: w.latlng?.[1] ?? null,
      capital: w.capital?.[0] ?? null,
      demonyms,
    };
    by2.set(c.iso2, c);
    by3.set(c.iso3, c);
    add(w.name.common, c);
    add(w.name.official, c);
  }
  // second pass: weaker keys never override a country's own name; a demonym two countries share goes to the
  // larger ("Dominican" is the Dominican Republic's before Dominica's, "Congolese" DR Congo's), so go largest first
  for (const w of [...list].sort((a, b) => (b.area ?? 0) - (a.area ?? 0))) {
    const c = by2.get(w.cca2)!;
    for (const a of w.altSpellings ?? []) if (a.length > 3 && LATIN.test(a) && !ALT_COMMON_WORDS.has(norm(a))) add(a, c, true);
    for (const d of c.demonyms) {
      add(d, c, true);
      // (the plural of any demonym that takes one: "Kenyans", "Iraqis", "Cypriots"; not "Chinese", "British", "Swiss", "Dutch")
      if (!/(?:ese|sh|ch|s|x|z)$/.test(d)) add(d + 's', c, true);
      if (byName.get(norm(d)) === c) demonymKeys.add(norm(d));
      if (byName.get(norm(d) + 's') === c) demonymKeys.add(norm(d) + 's');
    }
  }
  const extraPath = fileURLToPath(new URL('../../../data/countries-extra.json', import.meta.url));
  const extra = JSON.parse(readFileSync(extraPath, 'utf8')) as Record<string, unknown>;
  for (const [cc, names] of Object.entries(extra)) {
    if (cc.startsWith('_') || !Array.isArray(names)) continue;
    const c = by2.get(cc);
    if (!c) continue;
    for (const n of names) {
      byName.set(norm(n), c);
      if (c.capital && norm(n) === norm(c.capital)) capitalKeys.add(norm(n));
    }
  }
  // (a former name a place elsewhere bears now is the country's only in stories of its time: "Gold Coast", Ghana until 1957)
  untilKeys = new Map();
  const until = (extra._until ?? {}) as Record<string, [string, number] | string>;
  for (const [n, v] of Object.entries(until)) {
    if (n.startsWith('_') || !Array.isArray(v)) continue;
    const c = by2.get(v[0]);
    if (!c) continue;
    byName.set(norm(n), c);
    untilKeys.set(norm(n), v[1]);
  }
  const dem = (extra._demonyms ?? {}) as Record<string, string[]>;
  for (const [cc, names] of Object.entries(dem)) {
    const c = by2.get(cc);
    if (!c || !Array.isArray(names)) continue;
    for (const n of names) {
      byName.set(norm(n), c);
      demonymKeys.add(norm(n));
      if (/[aeinr]$/.test(n)) {
        byName.set(norm(n) + 's', c);
        demonymKeys.add(norm(n) + 's');
      }
      if (!c.demonyms.includes(n)) c.demonyms.push(n);
    }
  }
  for (const c of by2.values()) {
    if (!c.capital) continue;
    capitalKeys.add(norm(c.capital));
    // "Washington D.C." is "Washington" in the news
    const short = c.capital.replace(/,?\s+D\.?\s?C\.?$/i, '');
    if (short !== c.capital) capitalKeys.add(norm(short));
  }
}

/** A country from its name, official name, alternative spelling or demonym ("Kyrgyz" → KG). */
export function lookupCountry(s: string): CountryInfo | null {
  load();
  return byName!.get(norm(s)) ?? null;
}

export function countryByIso2(cc: string): CountryInfo | null {
  load();
  return by2!.get(cc.toUpperCase()) ?? null;
}

export function countryByIso3(cc: string): CountryInfo | null {
  load();
  return by3!.get(cc.toUpperCase()) ?? null;
}

/** Is this name a capital city (so "Moscow said" may stand for the government)? */
export function isCapitalName(s: string): boolean {
  load();
  return capitalKeys!.has(norm(s));
}

/** Is this a demonym or national adjective ("Kyrgyz", "Ukrainians", "French")? */
export function isDemonym(s: string): boolean {
  load();
  return demonymKeys!.has(norm(s));
}

/** Every key known, for building token indexes (lower-cased, accents folded). */
/** The last year a former country name that a place elsewhere bears now named the country ("Gold Coast": 1957), or null. */
export function countryNameUntil(s: string): number | null {
  load();
  return untilKeys!.get(norm(s)) ?? null;
}

export function countryKeys(): Map<string, CountryInfo> {
  load();
  return byName!;
}

export { norm as foldName };
