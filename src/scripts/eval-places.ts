/**
 * Measures `tulip places` against Tulip's own place gold (data/places-gold/*.jsonl): news-like
 * sentences written for the project, each place mention with its span and its GeoNames id (or
 * admin1/admin2 code, or country code). Prints, separately for the dev and the test half:
 * recognition recall and precision (a prediction matches a gold mention when the spans
 * overlap; demonyms are not place mentions), exact-place accuracy, country accuracy and the
 * share within 161 km (100 miles) of the gold point, over the recognised gold mentions; then the
 * same texts upper-cased (wire copy), and holdout.jsonl, written after the recogniser was built.
 *
 *   node dist/scripts/eval-places.js [--errors dev|test|all]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { analyse } from '../text/analyse.js';
import { distanceKm, recognisePlaces, type ScoredPlaceMention } from '../recognise/places/index.js';
import { gazetteer } from '../recognise/places/gazetteer.js';
import { countryByIso2 } from '../recognise/places/countries.js';

const GOLD_DIR = fileURLToPath(new URL('../../data/places-gold/', import.meta.url));

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
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl')).sort()) {
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
    if (showErr) for (const m of pred) if (!used.has(m)) errors.push(`EXTRA  ${it.id} "${m.text}" → ${m.resolved?.name}, ${m.resolved?.country_code} (${m.kind})`);
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
  return tallies;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--errors');
  const which = i > 0 ? ((process.argv[i + 1] as 'dev' | 'test' | 'all' | 'dev-UPPER') ?? 'dev') : null;
  await evalPlaces({ errors: which });
}
