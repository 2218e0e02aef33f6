/**
 * The gazetteer index built by src/scripts/build-gazetteer.ts (data/build/gazetteer.bin),
 * loaded once as one buffer: name keys are binary-searched in place (the build sorts them)
 * and memoised, place records are parsed only when a key that names them is met in a text.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const GAZETTEER_FILE = fileURLToPath(new URL('../../../data/build/gazetteer.bin', import.meta.url));

export interface GPlace {
  index: number;
  /** GeoNames id; null for admin divisions (built from admin codes) */
  geonameid: number | null;
  name: string;
  lat: number;
  lon: number;
  cc: string;
  admin1: string;
  /** GeoNames feature code (PPL, PPLA, PPLC, ...) or ADM1/ADM2 */
  fcode: string;
  population: number;
}

export interface Candidate {
  place: GPlace;
  /** matched through the place's main name (not an alternate/foreign name) */
  main: boolean;
  /** matched through the short form of its main name ("Newark" of Newark on Trent): main, of lower priority */
  short?: boolean;
}

export interface KeyEntry {
  /** the key is also a common English word */
  common: boolean;
  /** a name that needs a locative cue (given names, surnames, words) */
  weak: boolean;
  candidates: Candidate[];
}

export class Gazetteer {
  private readonly buf: Buffer;
  /** byte offset of each P line's first field */
  private readonly placeAt: Int32Array;
  /** offset of each K line's key, in key order */
  private readonly keyAt: Int32Array;
  private readonly places: Array<GPlace | undefined>;
  private readonly cache = new Map<string, KeyEntry | null>();
  private readonly prefixCache = new Map<string, boolean>();
  private readonly admin1 = new Map<string, number>();
  /** common English words (lower case), from wink's lexicon: not names */
  readonly words: Set<string>;

  constructor(file: Buffer) {
    if (file.toString('latin1', 0, 4) !== 'TGZ2') throw new Error('gazetteer index: unknown format (run npm run build)');
    const np = file.readUInt32LE(4);
    const na = file.readUInt32LE(8);
    const nk = file.readUInt32LE(12);
    const wordsAt = file.readUInt32LE(16);
    const tablesEnd = 20 + 4 * (np + na + nk);
    // offsets are into the text part; the copy aligns the Int32 tables
    const tables = new Int32Array(np + na + nk);
    new Uint8Array(tables.buffer).set(file.subarray(20, tablesEnd));
    this.buf = file.subarray(tablesEnd);
    let we = this.buf.indexOf(10, wordsAt);
    if (we < 0) we = this.buf.length;
    this.words = new Set(this.buf.toString('latin1', wordsAt, we).split(' '));
    this.placeAt = tables.subarray(0, np);
    this.keyAt = tables.subarray(np + na);
    for (const at of tables.subarray(np, np + na)) {
      const f = this.buf.toString('latin1', at, this.buf.indexOf(10, at)).split('\t');
      this.admin1.set(f[0], Number(f[1]));
    }
    this.places = new Array(np);
  }

  get size(): { places: number; keys: number } {
    return { places: this.placeAt.length, keys: this.keyAt.length };
  }

  /** compare key bytes with the key stored at byte offset `at` (terminated by a tab) */
  private cmp(key: Uint8Array, at: number): number {
    const t = this.buf;
    for (let i = 0; ; i++) {
      const b = t[at + i];
      if (i === key.length) return b === 9 ? 0 : -1;
      if (b === 9) return 1;
      const a = key[i];
      if (a !== b) return a - b;
    }
  }

  /** index of the first stored key >= key */
  private lowerBound(key: Uint8Array): number {
    let lo = 0;
    let hi = this.keyAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cmp(key, this.keyAt[mid]) > 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Is `key` a word-boundary prefix of some longer key ("new york" of "new york city")? */
  isPrefix(key: string): boolean {
    const c = this.prefixCache.get(key);
    if (c !== undefined) return c;
    const probe = Buffer.from(key + ' ', 'utf8');
    const i = this.lowerBound(probe);
    const r = i < this.keyAt.length && this.buf.compare(probe, 0, probe.length, this.keyAt[i], this.keyAt[i] + probe.length) === 0;
    if (this.prefixCache.size > 200_000) this.prefixCache.clear();
    this.prefixCache.set(key, r);
    return r;
  }

  has(key: string): boolean {
    return this.lookup(key) !== null;
  }

  place(index: number): GPlace {
    let p = this.places[index];
    if (p) return p;
    const at = this.placeAt[index];
    const f = this.buf.toString('utf8', at, this.buf.indexOf(10, at)).split('\t');
    const id = Number(f[0]);
    p = {
      index,
      geonameid: id > 0 ? id : null,
      name: f[1],
      lat: Number(f[2]),
      lon: Number(f[3]),
      cc: f[4],
      admin1: f[5],
      fcode: f[6],
      population: Number(f[7]) || 0,
    };
    this.places[index] = p;
    return p;
  }

  lookup(key: string): KeyEntry | null {
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    let e: KeyEntry | null = null;
    const kb = Buffer.from(key, 'utf8');
    const i = this.lowerBound(kb);
    if (i < this.keyAt.length && this.cmp(kb, this.keyAt[i]) === 0) {
      const at = this.keyAt[i];
      let end = this.buf.indexOf(10, at);
      if (end < 0) end = this.buf.length;
      const f = this.buf.toString('utf8', at, end).split('\t');
      const flags = f[1];
      const candidates: Candidate[] = [];
      for (const c of f[2] ? f[2].split(',') : []) {
        const alt = c.charCodeAt(0) === 126; /* ~ */
        const short = c.charCodeAt(0) === 94; /* ^ */
        const place = this.place(Number(alt || short ? c.slice(1) : c));
        candidates.push(short ? { place, main: true, short } : { place, main: !alt });
      }
      e = { common: flags.includes('c'), weak: flags.includes('w'), candidates };
    }
    if (this.cache.size > 200_000) this.cache.clear();
    this.cache.set(key, e);
    return e;
  }

  /** The first-level division (ADM1 place) of a country code and admin1 code, if known. */
  admin1Of(cc: string, a1: string): GPlace | null {
    const i = this.admin1.get(`${cc}.${a1}`);
    return i === undefined ? null : this.place(i);
  }
}

let loaded: Gazetteer | null = null;
let loadMs = 0;

/** The gazetteer, loaded on first use (throws with a hint when the index was not built). */
export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  const t0 = performance.now();
  if (!existsSync(GAZETTEER_FILE)) {
    throw new Error(`gazetteer index missing: ${GAZETTEER_FILE} (run npm run build)`);
  }
  loaded = new Gazetteer(readFileSync(GAZETTEER_FILE));
  loadMs = performance.now() - t0;
  return loaded;
}

/** Size and cold-start cost of the gazetteer index, for `npm run bench`. */
export function gazetteerStats(): { file: string; bytes: number; loadMs: number; places: number; keys: number; heapMB: number } {
  const before = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const fresh = !loaded;
  const g = gazetteer();
  const after = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  return {
    file: GAZETTEER_FILE,
    bytes: statSync(GAZETTEER_FILE).size,
    loadMs: Math.round(loadMs * 10) / 10,
    ...g.size,
    heapMB: fresh ? Math.round((after - before) / 1e5) / 10 : NaN,
  };
}

/** Milliseconds the first gazetteer() call took (0 before it). */
export function gazetteerLoadMs(): number {
  return loadMs;
}
