/**
 * An in-memory column copy of what stats need from `events` (date, type, country, deaths,
 * confidence, position, ACLED type, actor string), indexed by rowid. Stats for filters that no summary table answers
 * (text, bbox, confidence, article, ACLED type) pick their candidate rowids from the indexes
 * (text, article) and then count here in one pass over typed arrays, instead of reading hundreds
 * of thousands of rows back through SQLite. Actor strings are interned: an actor filter tests
 * each distinct string once, then the pass checks a per-string mask. The Store keeps it exact: its own ingests are applied row by row
 * as part of their transaction, and a change by another connection (PRAGMA data_version) reloads it.
 *
 * So that loading takes a blink rather than a scan of every event, the columns are also kept on
 * disk (this layout since schema version 7), in `stats_chunks` (one blob per CHUNK rowids,
 * platform byte order) and `stats_dict` (the strings behind the day, type, country, ACLED type
 * and actor codes); each ingest rewrites the chunks it touched. Databases without them (older,
 * opened read-only) are scanned instead.
 */
import type Database from 'better-sqlite3';
import type { Stats } from './types.js';
import { bucketStart, chooseBucket, type BucketChoice } from './buckets.js';

/** rowids per stored chunk (for new tables: a table keeps the size it was written with) */
export const CHUNK = 1024;
/** bytes per row in a chunk: dead, conf, lat, lon (f64), day, actor (u32), type, cc, acled (u16), live (u8) */
const ROW_BYTES = 8 * 4 + 4 + 4 + 2 + 2 + 2 + 1;
/** the schema version that wrote stats_chunks in this layout (older chunks are not read) */
export const CHUNKS_LAYOUT_VERSION = 7;

const saveStatements = new WeakMap<Database.Database, { dict: Database.Statement; put: Database.Statement }>();

/** interning of the few distinct strings of one column */
class Dict {
  readonly values: string[] = [];
  /** how many of `values` are already in stats_dict */
  saved = 0;
  private readonly index = new Map<string, number>();
  code(v: string): number {
    let c = this.index.get(v);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(v);
      this.index.set(v, c);
    }
    return c;
  }
  /** per code: does the value pass `pred` */
  mask(pred: (v: string) => boolean): Uint8Array {
    const m = new Uint8Array(this.values.length);
    for (let i = 0; i < m.length; i++) m[i] = pred(this.values[i]) ? 1 : 0;
    return m;
  }
}

/** a row as stored in `events` (SQLite values: numbers, strings or null) */
export type FactRow = [
  rowid: number,
  d: string,
  event: string,
  cc: string | null,
  dead: unknown,
  confidence: unknown,
  lat: unknown,
  lon: unknown,
  acled: string | null,
  actors: string,
];

/** the columns of `events` a FactRow is made of, in order */
export const FACT_COLUMNS = 'rowid, d, event, country_code, dead, confidence, lat, lon, acled_type, actors';

/** what a row must satisfy; null = no condition */
export interface FactFilter {
  types: Set<string> | null;
  country: string | null;
  from: string | null;
  to: string | null;
  minConfidence: number | null;
  /** [minLon, minLat, maxLon, maxLat]; minLon > maxLon crosses the antimeridian */
  bbox: [number, number, number, number] | null;
  /** an ACLED event type, or 'none' for events without one */
  acled?: string | null;
  /** a substring of the (lower-cased) actor string */
  actor?: string | null;
}

export class Facts {
  private live = new Uint8Array(0);
  private day = new Uint32Array(0);
  private type = new Uint16Array(0);
  /** country code + 1; 0 when the event has none */
  private cc = new Uint16Array(0);
  private dead = new Float64Array(0);
  /** NaN for NULL; +Infinity for a text value (SQLite orders text above every number) */
  private conf = new Float64Array(0);
  private lat = new Float64Array(0);
  private lon = new Float64Array(0);
  /** ACLED type code + 1; 0 when the event has none */
  private acled = new Uint16Array(0);
  private actor = new Uint32Array(0);
  private readonly days = new Dict();
  private readonly types = new Dict();
  private readonly countries = new Dict();
  private readonly acleds = new Dict();
  private readonly actors = new Dict();
  /** highest rowid held + 1 */
  private end = 0;
  /** rowids per stored chunk */
  private chunk = CHUNK;

  /** from the stored chunks when the database has them in this layout, else by reading every event */
  static load(db: Database.Database): Facts {
    const stored = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'stats_chunks'").get();
    const version = stored ? ((db.prepare('SELECT max(version) FROM schema_migrations').pluck().get() as number | null) ?? 0) : 0;
    return stored && version >= CHUNKS_LAYOUT_VERSION ? Facts.fromChunks(db) : Facts.scan(db);
  }

  static fromChunks(db: Database.Database): Facts {
    const f = new Facts();
    const dicts: Record<string, Dict> = { d: f.days, t: f.types, c: f.countries, l: f.acleds, a: f.actors };
    for (const [kind, code, value] of db.prepare('SELECT kind, code, value FROM stats_dict ORDER BY kind, code').raw().all() as Array<
      [string, number, string]
    >) {
      const dict = dicts[kind];
      if (!dict || dict.code(value) !== code) throw new Error(`stats_dict is inconsistent at ${kind}/${code}`);
      dict.saved = dict.values.length;
    }
    const first = db.prepare('SELECT max(chunk), length(data) FROM stats_chunks').raw().get() as [number | null, number | null];
    if (first[0] !== null && first[1] !== null) {
      f.chunk = first[1] / ROW_BYTES;
      if (!Number.isInteger(f.chunk) || f.chunk < 1) throw new Error('stats_chunks: chunks of a wrong size');
    }
    const size = f.chunk;
    f.grow(((first[0] ?? -1) + 1) * size);
    for (const [chunk, data] of db.prepare('SELECT chunk, data FROM stats_chunks').raw().iterate() as IterableIterator<[number, Buffer]>) {
      if (data.length !== size * ROW_BYTES) throw new Error(`stats_chunks: chunk ${chunk} has a wrong size`);
      let off = 0;
      for (const a of f.columns()) {
        const w = a.BYTES_PER_ELEMENT * size;
        new Uint8Array(a.buffer, a.byteOffset + chunk * w, w).set(data.subarray(off, off + w));
        off += w;
      }
    }
    let end = f.live.length;
    while (end > 0 && f.live[end - 1] === 0) end--;
    f.end = end;
    return f;
  }

  /** writes the dictionaries' new strings and the given chunks (all when omitted) */
  save(db: Database.Database, chunks?: Iterable<number>): void {
    let st = saveStatements.get(db);
    if (!st) {
      st = {
        dict: db.prepare('INSERT INTO stats_dict (kind, code, value) VALUES (?, ?, ?)'),
        put: db.prepare('INSERT OR REPLACE INTO stats_chunks (chunk, data) VALUES (?, ?)'),
      };
      saveStatements.set(db, st);
    }
    const insDict = st.dict;
    for (const [kind, dict] of [['d', this.days], ['t', this.types], ['c', this.countries], ['l', this.acleds], ['a', this.actors]] as const) {
      for (let i = dict.saved; i < dict.values.length; i++) insDict.run(kind, i, dict.values[i]);
      dict.saved = dict.values.length;
    }
    const put = st.put;
    const size = this.chunk;
    const list = chunks ?? Array.from({ length: Math.ceil(this.end / size) }, (_, i) => i);
    const cols = this.columns();
    for (const chunk of list) {
      const data = Buffer.alloc(size * ROW_BYTES);
      let off = 0;
      for (const a of cols) {
        const w = a.BYTES_PER_ELEMENT * size;
        data.set(new Uint8Array(a.buffer, a.byteOffset + chunk * w, w), off);
        off += w;
      }
      put.run(chunk, data);
    }
  }

  /** the columns in their stored order */
  private columns(): Array<Uint8Array | Uint16Array | Uint32Array | Float64Array> {
    return [this.dead, this.conf, this.lat, this.lon, this.day, this.actor, this.type, this.cc, this.acled, this.live];
  }

  /** by reading every event */
  static scan(db: Database.Database): Facts {
    const f = new Facts();
    const max = (db.prepare('SELECT max(rowid) FROM events').pluck().get() as number | null) ?? 0;
    f.grow(max + 1);
    const it = db
      .prepare(`SELECT ${FACT_COLUMNS} FROM events`)
      .raw()
      .iterate() as IterableIterator<FactRow>;
    for (const row of it) f.set(row);
    return f;
  }

  private grow(n: number): void {
    if (n <= this.live.length) return;
    const size = Math.ceil(Math.max(n, Math.ceil(this.live.length * 1.5), this.chunk) / this.chunk) * this.chunk;
    const g = <T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a as never);
      return b;
    };
    this.live = g(this.live, (k) => new Uint8Array(k));
    this.day = g(this.day, (k) => new Uint32Array(k));
    this.type = g(this.type, (k) => new Uint16Array(k));
    this.cc = g(this.cc, (k) => new Uint16Array(k));
    this.dead = g(this.dead, (k) => new Float64Array(k));
    this.conf = g(this.conf, (k) => new Float64Array(k));
    this.lat = g(this.lat, (k) => new Float64Array(k));
    this.lon = g(this.lon, (k) => new Float64Array(k));
    this.acled = g(this.acled, (k) => new Uint16Array(k));
    this.actor = g(this.actor, (k) => new Uint32Array(k));
  }

  /** sets a row's values (as SQLite returns them); returns its chunk */
  set(row: FactRow): number {
    const [r, d, event, cc, dead, conf, lat, lon, acled, actors] = row;
    this.grow(r + 1);
    if (this.types.values.length >= 0xffff && !this.types.values.includes(event)) throw new Error('too many event types for the stats cache');
    if (this.countries.values.length >= 0xfffe && cc !== null && !this.countries.values.includes(cc)) throw new Error('too many countries for the stats cache');
    if (this.acleds.values.length >= 0xfffe && acled !== null && !this.acleds.values.includes(acled)) throw new Error('too many ACLED types for the stats cache');
    this.live[r] = 1;
    this.day[r] = this.days.code(d);
    this.type[r] = this.types.code(event);
    this.cc[r] = cc === null ? 0 : this.countries.code(cc) + 1;
    this.dead[r] = typeof dead === 'number' ? dead : 0;
    this.conf[r] = typeof conf === 'number' ? conf : typeof conf === 'string' ? Infinity : NaN;
    this.lat[r] = typeof lat === 'number' ? lat : NaN;
    this.lon[r] = typeof lon === 'number' ? lon : NaN;
    this.acled[r] = acled === null ? 0 : this.acleds.code(acled) + 1;
    this.actor[r] = this.actors.code(actors ?? '');
    if (r + 1 > this.end) this.end = r + 1;
    return Math.floor(r / this.chunk);
  }

  /** returns the row's chunk */
  delete(rowid: number): number {
    this.grow(rowid + 1);
    {
      this.live[rowid] = 0;
      this.day[rowid] = this.type[rowid] = this.cc[rowid] = this.acled[rowid] = this.actor[rowid] = 0;
      this.dead[rowid] = this.conf[rowid] = this.lat[rowid] = this.lon[rowid] = 0;
    }
    return Math.floor(rowid / this.chunk);
  }

  /**
   * Counts of the rows that pass `f`, among `candidates` (a rowid bitmap) or, when null, all,
   * with the timeline in `bucket`s. Same semantics as the SQL filters: text comparison of
   * dates, '' never passes `to`.
   */
  stats(f: FactFilter, candidates: Uint8Array | null, bucket: BucketChoice = 'day'): Stats {
    const dayOk = this.days.mask((d) => (f.from === null || d >= f.from) && (f.to === null || (d <= f.to && d !== '')));
    const typeOk = this.types.mask((t) => f.types === null || f.types.has(t));
    const ccOk = new Uint8Array(this.countries.values.length + 1);
    ccOk[0] = f.country === null ? 1 : 0;
    for (let i = 0; i < this.countries.values.length; i++) ccOk[i + 1] = f.country === null || this.countries.values[i] === f.country ? 1 : 0;
    const acledWanted = f.acled ?? null;
    const acledOk = new Uint8Array(this.acleds.values.length + 1);
    acledOk[0] = acledWanted === null || acledWanted === 'none' ? 1 : 0;
    for (let i = 0; i < this.acleds.values.length; i++) acledOk[i + 1] = acledWanted === null || this.acleds.values[i] === acledWanted ? 1 : 0;
    const needle = f.actor ?? null;
    const actorOk = needle === null ? null : this.actors.mask((a) => a.includes(needle));
    const nDay = new Float64Array(this.days.values.length);
    const nType = new Float64Array(this.types.values.length);
    const nCc = new Float64Array(this.countries.values.length + 1);
    const nAcled = new Float64Array(this.acleds.values.length + 1);
    const nT = this.types.values.length;
    const nDayType = new Float64Array(this.days.values.length * nT);
    let total = 0;
    let dead = 0;
    const minConf = f.minConfidence;
    const box = f.bbox;
    const end = candidates ? Math.min(this.end, candidates.length) : this.end;
    const { live, day, type, cc, conf, lat, lon, acled, actor } = this;
    const deadArr = this.dead;
    for (let r = 0; r < end; r++) {
      if (live[r] === 0 || (candidates !== null && candidates[r] === 0)) continue;
      const dy = day[r];
      const t = type[r];
      const c = cc[r];
      const a = acled[r];
      if (dayOk[dy] === 0 || typeOk[t] === 0 || ccOk[c] === 0 || acledOk[a] === 0) continue;
      if (actorOk !== null && actorOk[actor[r]] === 0) continue;
      if (minConf !== null && !(conf[r] >= minConf)) continue;
      if (box !== null) {
        const x = lon[r];
        const y = lat[r];
        if (!(y >= box[1] && y <= box[3])) continue;
        if (box[0] <= box[2] ? !(x >= box[0] && x <= box[2]) : !(x >= box[0] || x <= box[2])) continue;
      }
      total++;
      dead += deadArr[r];
      nDay[dy]++;
      nType[t]++;
      nCc[c]++;
      nAcled[a]++;
      nDayType[dy * nT + t]++;
    }
    const byType: Record<string, number> = {};
    for (const i of order(this.types.values)) if (nType[i] > 0) byType[this.types.values[i]] = nType[i];
    const byCountry: Record<string, number> = {};
    for (const i of order(this.countries.values)) if (nCc[i + 1] > 0) byCountry[this.countries.values[i]] = nCc[i + 1];
    const acledNames = ['none', ...this.acleds.values];
    const byAcledType: Record<string, number> = {};
    for (const i of order(acledNames)) if (nAcled[i] > 0) byAcledType[acledNames[i]] = (byAcledType[acledNames[i]] ?? 0) + nAcled[i];
    // the timeline: dated days with events, in order, grouped into buckets
    const dayOrder = order(this.days.values).filter((i) => nDay[i] > 0 && this.days.values[i] !== '');
    const unit =
      bucket === 'auto'
        ? chooseBucket(dayOrder.length ? this.days.values[dayOrder[0]] : null, dayOrder.length ? this.days.values[dayOrder[dayOrder.length - 1]] : null)
        : bucket;
    const typeOrder = order(this.types.values);
    const byDay: Stats['byDay'] = [];
    const byDayType: Stats['byDayType'] = [];
    const perType = new Float64Array(nT);
    let key: string | null = null;
    let count = 0;
    const flush = () => {
      if (key === null) return;
      byDay.push({ date: key, count });
      for (const t of typeOrder) if (perType[t] > 0) byDayType.push({ date: key, type: this.types.values[t], count: perType[t] });
      perType.fill(0);
      count = 0;
    };
    for (const i of dayOrder) {
      const k = bucketStart(this.days.values[i], unit);
      if (k !== key) {
        flush();
        key = k;
      }
      count += nDay[i];
      for (let t = 0; t < nT; t++) perType[t] += nDayType[i * nT + t];
    }
    flush();
    return { total, byType, byCountry, bucket: unit, byDay, byDayType, byAcledType, dead };
  }
}

/** indexes of `values` in ascending string order */
function order(values: string[]): number[] {
  return values.map((_, i) => i).sort((a, b) => (values[a] < values[b] ? -1 : values[a] > values[b] ? 1 : 0));
}
