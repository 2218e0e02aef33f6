/**
 * Resolution of recognised place names at document level: each candidate's prior (population,
 * capital/seat, main or alternate name) plus the article's countries, the nearness of its other
 * places and explicit qualifiers ("Paris, Texas"); then the output record of the chosen place.
 */
import type { ResolvedPlace } from '../../types.js';
import { countryByIso2, type CountryInfo } from './countries.js';
import { gazetteer, type GPlace, type Gazetteer } from './gazetteer.js';
import { fold, foldToken } from './fold.js';

export interface CountryKey {
  info: CountryInfo;
  demonym: boolean;
  /** a former name the country bore until this year, that a place elsewhere bears now ("Gold Coast", Ghana until 1957) */
  until?: number;
}

/** great-circle distance in km */
export function distanceKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const r = Math.PI / 180;
  const dLat = (bLat - aLat) * r;
  const dLon = (bLon - aLon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * r) * Math.cos(bLat * r) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * What tells one town from another: its GeoNames id, or for a town the gazetteer took from an
 * extract without ids, its position. Null for a division or a country (they are told apart by their codes).
 */
export function spotOf(p: { geonameid: number | null; lat: number | null; lon: number | null; resolution: string | null } | null | undefined): number | string | null {
  if (!p || p.resolution !== 'city') return null;
  if (p.geonameid != null) return p.geonameid;
  return p.lat != null && p.lon != null ? `${p.lat},${p.lon}` : null;
}

export interface Option {
  place: GPlace | null;
  country: CountryInfo | null;
  main: boolean;
  prior: number;
  cc: string;
  lat: number;
  lon: number;
}

export interface Match {
  first: number;
  last: number; // inclusive
  /** character end when the mention is only the head of its token ("Tripoli" of "Tripoli-based") */
  endChar: number | null;
  key: string;
  options: Option[];
  countryKey: CountryKey | null;
  /** a locative or naming cue says a place is meant */
  cue: boolean;
  /** "X province", "the region of X": an administrative division is meant */
  adminCue: boolean;
  /** an item of a list closed by a plural division's word ("in Perry, Knott and Leslie counties") */
  listed?: boolean;
  /** "the city of X", "the town of X": a settlement is meant */
  cityCue: boolean;
  /** "the town of X", "the village of X", "the hamlet of X": a small place, no city of a million */
  smallCue?: 'town' | 'village';
  /** accepted only if resolution finds it near the article's other places */
  tentative: boolean;
  demonym: boolean;
  /** named right after a locative preposition ("in New York", "from Oaxaca") */
  prep?: boolean;
  /** a wire dateline's place ("HONG KONG (AP) —"): where the report is from */
  dateline?: boolean;
  /** the token after ", " names its admin1 or country ("Paris, Texas") */
  qualifier: { cc: string; admin1: string | null } | null;
  chosen: Option | null;
  score: number;
  margin: number;
}

/** The population the gazetteer gives a resolved town (null when its name or id is not found there). */
export function populationOf(r: ResolvedPlace): number | null {
  if (r.geonameid == null) return null;
  const c = gazetteer().lookup(fold(r.name))?.candidates.find((x) => x.place.geonameid === r.geonameid);
  return c ? c.place.population : null;
}

export function placePrior(p: GPlace, main: boolean, short = false): number {
  // (a seat of a second-level division GeoNames gives no population is no hamlet: its population is unknown, taken as a small
  // town's; "Al Mansurah", a district seat of Aden)
  let s = Math.log10((p.population === 0 && p.fcode === 'PPLA2' ? 5000 : p.population) + 10);
  switch (p.fcode) {
    case 'PPLC': s += 2; break;
    // (a seat of government is the capital news means: La Paz, The Hague, Putrajaya; GeoNames also marks a few unpeopled
    // sites so, which stay as they are)
    case 'PPLG': if (p.population > 0) s += 2; break;
    case 'PPLA': s += 1; break;
    case 'PPLA2': s += 0.3; break;
    case 'ADM1': s += 0.5; break;
    case 'ADM2': s -= 0.5; break;
    case 'PPLX': s -= 1; break;
  }
  // matched through an alternate name: an exonym of a big city ("Geneva" for Genève) is normal,
  // a foreign name of a village mostly noise
  if (!main) s -= p.population >= 100_000 ? 1 : 2;
  // (the short form of a town's name, "Newark" of Newark on Trent, "Burton" of Burton upon Trent: it wins over a bigger namesake
  // with the story's country or its towns nearby)
  else if (short) s -= 1;
  return s;
}

export function isAdmin(p: GPlace | null): boolean {
  return !!p && (p.fcode === 'ADM1' || p.fcode === 'ADM2');
}

export function confidence(m: Match, o: Option, main: string | null): number {
  let c = 0.55 + 0.1 * Math.min(m.margin, 3);
  if (m.cue) c += 0.1;
  if (m.tentative) c -= 0.15;
  // a small place abroad from everything else the article names: likely a namesake we lack
  if (main && o.cc !== main && o.place && o.place.population < 100_000) c -= 0.25;
  return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100;
}

export function toResolved(g: Gazetteer, o: Option): ResolvedPlace {
  if (o.country) {
    const c = o.country;
    return { name: c.name, geonameid: null, lat: c.lat, lon: c.lon, province: null, country: c.name, country_code: c.iso2, resolution: 'country' };
  }
  const p = o.place!;
  const country = countryByIso2(p.cc);
  const a1 = p.fcode === 'ADM1' ? p : g.admin1Of(p.cc, p.admin1);
  return {
    name: p.name,
    geonameid: p.geonameid,
    lat: p.lat,
    lon: p.lon,
    province: a1?.name ?? null,
    country: country?.name ?? null,
    country_code: p.cc || null,
    resolution: isAdmin(p) ? 'admin1' : 'city',
  };
}

// ---------------------------------------------------------------------------------------
// resolution

export function weightOf(m: Match): number {
  if (m.demonym) return 0.25;
  if (m.dateline) return 3;
  if (m.chosen?.country) return 2;
  return 1;
}

interface Anchor {
  key: string;
  lat: number;
  lon: number;
  /** the mention it stands for, whose choice moves it as the round goes */
  src: Match;
  /** that mention is no longer a point (a country now, or nothing) */
  off?: boolean;
}

/** the article's confidently placed names, one point per distinct name, at most 256 (long texts stay linear) */
function anchorsOf(matches: Match[]): Anchor[] {
  const seen = new Map<string, Anchor>();
  for (const m of matches) {
    if (seen.size >= 256) break;
    if (!m.chosen || m.chosen.country || m.tentative || seen.has(m.key)) continue;
    seen.set(m.key, { key: m.key, lat: m.chosen.lat, lon: m.chosen.lon, src: m });
  }
  return [...seen.values()];
}

export function resolve(matches: Match[]): void {
  // pass 1: prior plus the countries the article names outright
  const named = new Map<string, number>();
  for (const m of matches) {
    if (m.countryKey) named.set(m.countryKey.info.iso2, (named.get(m.countryKey.info.iso2) ?? 0) + (m.demonym ? 0.5 : 2));
    else if (m.options.length && new Set(m.options.map((o) => o.cc)).size === 1 && !m.tentative) {
      named.set(m.options[0].cc, (named.get(m.options[0].cc) ?? 0) + 1);
    }
  }
  // the same name in the same setting gets the same answer: long articles repeat names
  const setting = (m: Match) =>
    `${m.key}|${m.qualifier?.cc ?? ''}.${m.qualifier?.admin1 ?? ''}|${m.adminCue ? 1 : 0}${m.cityCue ? 1 : 0}${m.smallCue ? 1 : 0}${m.tentative ? 1 : 0}${m.prep || m.dateline ? 1 : 0}|${m.chosen?.cc ?? ''}`;
  // (a name's own mentions are no evidence for its reading: "Gaya" told five times had voted India five times over the one "Dosso"
  // that places the story in Niger)
  let keyVotes = new Map<string, Map<string, number>>();
  // (and of the divisions it lies in: "Adelaide" told twice is no vote for South Australia)
  let keyStates = new Map<string, Map<string, number>>();
  const round = (weights: Map<string, number>, self: boolean, anchors: Anchor[], states?: Map<string, number>) => {
    const memo = new Map<string, Pick<Match, 'chosen' | 'score' | 'margin'>>();
    // (each name's point moves as soon as its mention is judged again, so that the names judged after it see where it now is:
    // judged all against the last round's points, two names with namesakes near each other abroad swap together and swap back,
    // "Newark" to England as "Nottingham" goes to Newark's neighbour in the United States)
    const bySrc = new Map<Match, Anchor>();
    for (const a of anchors) bySrc.set(a.src, a);
    for (const m of matches) {
      const k = setting(m);
      const hit = memo.get(k);
      if (hit) {
        m.chosen = hit.chosen;
        m.score = hit.score;
        m.margin = hit.margin;
      } else {
        choose(m, weights, self ? m : null, anchors, states, keyVotes.get(m.key), keyStates.get(m.key));
        memo.set(k, { chosen: m.chosen, score: m.score, margin: m.margin });
      }
      const a = bySrc.get(m);
      if (a) {
        a.off = !m.chosen || !!m.chosen.country;
        if (m.chosen) {
          a.lat = m.chosen.lat;
          a.lon = m.chosen.lon;
        }
      }
    }
  };
  round(named, false, []);
  // pass 2: the article's resolved places, each mention judged against the others
  for (let r = 0; r < 2; r++) {
    const w = new Map<string, number>();
    keyVotes = new Map();
    keyStates = new Map();
    for (const m of matches) {
      if (!m.chosen || m.tentative) continue;
      w.set(m.chosen.cc, (w.get(m.chosen.cc) ?? 0) + weightOf(m));
      let kv = keyVotes.get(m.key);
      if (!kv) keyVotes.set(m.key, (kv = new Map()));
      kv.set(m.chosen.cc, (kv.get(m.chosen.cc) ?? 0) + weightOf(m));
      const p = m.chosen.place;
      if (p?.admin1) {
        let ks = keyStates.get(m.key);
        if (!ks) keyStates.set(m.key, (ks = new Map()));
        const sk = `${p.cc}.${p.admin1}`;
        ks.set(sk, (ks.get(sk) ?? 0) + weightOf(m));
      }
    }
    round(w, true, anchorsOf(matches), statesOf(matches));
  }
  // tentative mentions stay only when they land beside the article's confident places
  const confident: Option[] = [];
  const seenKeys = new Set<string>();
  for (const m of matches) {
    if (!m.chosen || m.tentative || seenKeys.has(m.key) || confident.length >= 256) continue;
    seenKeys.add(m.key);
    confident.push(m.chosen);
  }
  for (const m of matches) {
    if (!m.tentative || !m.chosen) continue;
    const o = m.chosen;
    const ok = confident.some((co) => {
      if (co.cc !== o.cc) return false;
      if (co.place && o.place && co.place.admin1 === o.place.admin1 && co.place.fcode !== 'ADM2') return true;
      if (co.country) return false;
      return distanceKm(co.lat, co.lon, o.lat, o.lon) < 250;
    });
    if (!ok) m.chosen = null;
  }
}

/** the first-level divisions the article's confidently placed names lie in ("US.KY"), each with its votes as weightOf counts them */
function statesOf(matches: Match[]): Map<string, number> {
  const w = new Map<string, number>();
  for (const m of matches) {
    const p = m.chosen?.place;
    if (!p || m.tentative || !p.admin1) continue;
    const k = `${p.cc}.${p.admin1}`;
    w.set(k, (w.get(k) ?? 0) + weightOf(m));
  }
  return w;
}

/** The share of the votes for the divisions of an option's country that its own first-level division has (leaving out the mention's own). */
function stateShare(o: Option, states: Map<string, number>, self: Match | null, nameStates?: Map<string, number>): number {
  if (!o.place?.admin1) return 0;
  const k = `${o.cc}.${o.place.admin1}`;
  // (leaving out the votes of every mention of the name when given, else the mention's own)
  if (nameStates) {
    let total = 0;
    for (const [a, v] of states) if (a.startsWith(o.cc + '.')) total += v - (nameStates.get(a) ?? 0);
    const mine = (states.get(k) ?? 0) - (nameStates.get(k) ?? 0);
    return total > 0 ? mine / total : 0;
  }
  const sp = self?.chosen?.place;
  // (statesOf counts no tentative mention)
  const own = sp && !self!.tentative && sp.cc === o.cc && sp.admin1 ? { k: `${sp.cc}.${sp.admin1}`, v: weightOf(self!) } : null;
  let total = 0;
  for (const [a, v] of states) if (a.startsWith(o.cc + '.')) total += v;
  if (own) total -= own.v;
  const mine = (states.get(k) ?? 0) - (own?.k === k ? own.v : 0);
  return total > 0 ? mine / total : 0;
}

/** How near an option lies to the article's other places: 2.5 within 150 km of one, 1.5 within 400 km, else 0. */
function nearness(m: Match, o: Option, anchors: Anchor[]): number {
  let near = 0;
  for (const a of anchors) {
    if (a.key === m.key || a.off) continue;
    const d = distanceKm(o.lat, o.lon, a.lat, a.lon);
    if (d < 150) return 2.5;
    if (d < 400) near = 1.5;
  }
  return near;
}

export function choose(m: Match, weights: Map<string, number>, self: Match | null, anchors: Anchor[], states?: Map<string, number>, nameVotes?: Map<string, number>, nameStates?: Map<string, number>): void {
  let total = 0;
  for (const v of weights.values()) total += v;
  // (the votes to leave out: those of every mention of the name when given, else the mention's own)
  let own = self?.chosen && !nameVotes ? weightOf(self) : 0;
  if (self && nameVotes) for (const v of nameVotes.values()) own += v;
  const ownIn = (cc: string): number => (!self ? 0 : nameVotes ? nameVotes.get(cc) ?? 0 : self.chosen && self.chosen.cc === cc ? own : 0);
  const bare = !m.adminCue;
  let best: Option | null = null;
  let bestScore = -Infinity;
  let second = -Infinity;
  // options far below the best prior cannot win on context; skip their distance work
  let maxPrior = -Infinity;
  for (const o of m.options) if (o.prior > maxPrior) maxPrior = o.prior;
  // (the countries with a town of this name beside the story's places, worked out once, when an alternate name needs it)
  let nearTowns: Set<string> | null = null;
  // (the first-level divisions a county of this name lies in)
  const counties = new Set<string>();
  if (states) for (const o of m.options) if (o.place?.fcode === 'ADM2') counties.add(`${o.cc}.${o.place.admin1}`);
  for (const o of m.options) {
    if (o.prior < maxPrior - 7 && !(m.qualifier && o.cc === m.qualifier.cc)) continue;
    let s = o.prior;
    // the article's countries (leaving out this mention's own vote)
    const wc = (weights.get(o.cc) ?? 0) - ownIn(o.cc);
    const t = total - own;
    if (t > 0 && wc > 0) {
      // a dominant country pulls (at most as much as a 100-fold population); one country
      // among several only breaks near-ties
      const share = wc / t;
      s += share >= 0.5 ? 0.5 + 1.5 * share : share;
    }
    // nearness to the article's other places
    if (self && !o.country) {
      s += nearness(m, o, anchors);
      // (a name a city of the same country goes by only as an alternate gives way to a town that bears it beside the
      // story's places: "Franklin" near Meadville is Franklin, Pennsylvania, not Columbus, Ohio, once Franklinton)
      if (!o.main) {
        nearTowns ??= new Set(m.options.filter((x) => x.main && x.place && !isAdmin(x.place) && nearness(m, x, anchors) >= 2.5).map((x) => x.cc));
        if (nearTowns.has(o.cc)) s -= 2;
      }
    }
    // (a county of the first-level division most of the story's places of its country lie in: "the Perry County sheriff" of a story
    // told in Hazard, Ky., is Kentucky's, not Indiana's, nearer though Indiana's lies to Kentucky's centre; counties share their
    // names across states as towns seldom do) (and so every reading in that division, which keeps their order: "Moore, Oklahoma"
    // is the state, not its Oklahoma County; "Jenin" the town, not its governorate)
    // (not a division only this very name votes for: "Adelaide" named twice in a story of the Eastern Cape is no vote for South
    // Australia, where a county of the name lies too)
    // (and only in a story set in that country: two namesakes abroad lend each other no division, "San Diego" of a Costa Rican
    // story no Californian county for "the Los Ángeles basilica" told beside it)
    if (states && o.place && counties.has(`${o.cc}.${o.place.admin1}`) && total > 0 && (weights.get(o.cc) ?? 0) / total >= 0.5) {
      const share = stateShare(o, states, self, nameStates);
      if (share >= 0.5) s += 2 * share;
    }
    // (and a village no city of a hundred thousand)
    if (m.smallCue && o.place && o.place.population >= (m.smallCue === 'village' ? 100_000 : 1_000_000)) s -= 4;
    if (m.qualifier) {
      if (o.cc === m.qualifier.cc && (!m.qualifier.admin1 || o.place?.admin1 === m.qualifier.admin1)) s += 8;
      else s -= 2;
    }
    // administrative divisions: meant with "province"/"region", otherwise the town of that name
    if (o.place && isAdmin(o.place)) {
      if (m.adminCue) s += 4;
      else {
        // (a county of the story's own country, which no town of that country is named after, is named bare as often as a town:
        // "miners from Kent", "in Nottinghamshire")
        if (o.place.fcode === 'ADM2') s -= t > 0 && wc / t >= 0.5 && !m.options.some((x) => x.cc === o.cc && x.place && !isAdmin(x.place)) ? 1 : 3;
        // (not "Oklahoma City" for "Oklahoma": a longer name that merely contains it)
        const town = m.options.find(
          (x) => x.place && (x.main || (foldToken(x.place.name) !== m.key + ' city' && foldToken(x.place.name).slice(0, 2) === m.key.slice(0, 2))) && !isAdmin(x.place) && x.cc === o.cc && x.place.admin1 === o.place!.admin1 && x.place.population >= 0.1 * o.place!.population,
        );
        // ("in New York", "NEW YORK (AP) —": a city of millions that goes by the division's name and "City", the division's
        // metropolis, is the place a preposition or a dateline names; "in Oklahoma" is the state, Oklahoma City no metropolis)
        const metro = (m.prep || m.dateline) && !town && m.options.some(
          (x) => x.place && !isAdmin(x.place) && x.cc === o.cc && x.place.admin1 === o.place!.admin1 && foldToken(x.place.name) === m.key + ' city' &&
            (x.place.population >= 1_000_000 || x.place.fcode === 'PPLC'),
        );
        if (town || metro) s -= 3;
        if (m.cityCue) s -= 3;
        // (a wire dateline names the city it was filed from: "OAXACA, Mexico, Oct. 30 —" is the city, not the state)
        else if (m.dateline && !metro && m.options.some((x) => x.main && x.place && !isAdmin(x.place) && x.cc === o.cc && x.place.admin1 === o.place!.admin1)) s -= 3;
      }
    } else if (o.place && m.adminCue && bare === false) s -= 2;
    if (s > bestScore) {
      second = bestScore;
      bestScore = s;
      best = o;
    } else if (s > second) second = s;
  }
  m.chosen = best;
  m.score = bestScore;
  m.margin = second === -Infinity ? 3 : bestScore - second;
}

export function mainCountryOf(matches: Match[]): string | null {
  const w = new Map<string, number>();
  let total = 0;
  // (a country named again and again is often the story's other party: "HAVANA - ... boats from Florida ... the United States
  // ... U.S. dollars": after its first naming, a country's name counts as a town of it does)
  const named = new Set<string>();
  for (const m of matches) {
    if (!m.chosen) continue;
    const again = !!m.chosen.country && !m.demonym && !m.dateline && named.has(m.chosen.cc);
    if (m.chosen.country && !m.demonym) named.add(m.chosen.cc);
    const v = again ? 1 : weightOf(m);
    w.set(m.chosen.cc, (w.get(m.chosen.cc) ?? 0) + v);
    total += v;
  }
  let best: string | null = null;
  let bv = 0;
  for (const [cc, v] of w) if (v > bv) { bv = v; best = cc; }
  return best && bv / total >= 0.35 ? best : null;
}
