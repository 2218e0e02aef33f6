/**
 * The event store: SQLite through better-sqlite3, WAL mode.
 *
 * Layout (see migrations.ts): `articles` holds each article once; `events` holds one small row
 * per event with the columns the filters use (date, type, country, lat/lon, confidence, actors,
 * deaths); `event_json` holds the full record apart from it so scans over `events` stay small;
 * `events_fts` (FTS5 over sentence, title and actor names), `actors_fts` (FTS5 trigram over
 * actor strings, for substring search) and `events_geo` (R*Tree) index what B-trees cannot.
 *
 * Stats come from the stats columns (facts.ts): a compact copy of each event's date, type,
 * country, deaths, confidence, position, ACLED type and actor string, kept on disk and in
 * memory, counted in one pass (over the rowids the text and article indexes give, when there is
 * such a filter). A filter of a country over a year or less (with types) reads the running
 * counts kept by ingest per country, day and type instead; the running counts per day and type and per month,
 * type and country answer the rest when the columns are turned off. All are exact. The
 * timeline (byDay, byDayType) comes per day, week, month or year (buckets.ts).
 *
 * Paging is keyset on the sort's columns and the id (default: date desc, id asc), never OFFSET;
 * every sort is an index order (read forwards or backwards). Text, actor and bbox filters first ask
 * their index how many rows match: a few → those rows are fetched by rowid and sorted; many → the
 * date index is walked and each row is checked, which finds a page after a few hundred rows.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Article, EventRecord } from '../types.js';
import { SORTS, type EventFilter, type IngestItem, type Page, type Sort, type Stats } from './types.js';
import { migrate, SCHEMA_VERSION } from './migrations.js';
import { Facts, FACT_COLUMNS, type FactFilter, type FactRow } from './facts.js';
import { rebucket, type BucketChoice } from './buckets.js';

export type { EventFilter, IngestItem, Page, Sort, Stats } from './types.js';
export { ACLED_TYPES, SORTS } from './types.js';
export { SCHEMA_VERSION } from './migrations.js';
export { BUCKETS, AUTO_MAX_BUCKETS, type Bucket, type BucketChoice } from './buckets.js';

/** Thrown for bad filter values (e.g. a cursor that was not made by this store). */
export class StoreError extends Error {}

/**
 * Above `page` index hits, a text/actor/bbox filter is checked row by row along the date order
 * instead of fetching its rows by rowid; `count` is the same for a filter's count in SQL (stats
 * no longer use it: they count over the stats columns, see facts.ts). Tests lower them to
 * exercise both paths.
 */
export const SPARSE_LIMITS = { page: 5_000, count: 100_000 };
/**
 * The stats columns answer every filter but a country's over a year or less (one pass over
 * typed arrays, ACLED types included, beats summing running counts and then counting ACLED
 * types in SQL; a country's running counts over a year are few rows); tests turn this off to
 * check the running counts themselves.
 */
export const STATS_PATHS = { preferColumns: true };
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 10_000;

type Param = string | number;

/** a set of rowids: bit r set when rowid r is in it */
type Bitmap = Uint8Array;

function inAll(sets: Bitmap[], r: number): boolean {
  for (const b of sets) if (r >= b.length || b[r] === 0) return false;
  return true;
}

interface Where {
  sql: string;
  params: Param[];
  /** rowid sets a row must be in (checked in JS while walking the page order) */
  post: Bitmap[];
}

/** actor and recipient text, names and codes, lower-cased, without parts another part contains */
function actorString(e: EventRecord): string {
  const parts: string[] = [];
  for (const a of [e.actor, e.recipient]) {
    if (!a) continue;
    for (const x of [a.entity_name, a.entity_text, a.cameo_code, a.code]) if (typeof x === 'string' && x) parts.push(x.toLowerCase());
  }
  const kept: string[] = [];
  for (const x of parts) if (!kept.some((k) => k.includes(x))) kept.push(x);
  return kept.join(' | ');
}

/** a list order: its columns (the last is the unique id) and whether each descends */
interface Order {
  cols: Array<{ col: 'd' | 'id' | 'event' | 'dead'; desc: boolean }>;
}

const ORDERS: Record<Sort, Order> = {
  '-date': { cols: [{ col: 'd', desc: true }, { col: 'id', desc: false }] },
  date: { cols: [{ col: 'd', desc: false }, { col: 'id', desc: true }] },
  type: { cols: [{ col: 'event', desc: false }, { col: 'd', desc: true }, { col: 'id', desc: false }] },
  '-fatalities': { cols: [{ col: 'dead', desc: true }, { col: 'd', desc: true }, { col: 'id', desc: false }] },
  fatalities: { cols: [{ col: 'dead', desc: false }, { col: 'd', desc: false }, { col: 'id', desc: true }] },
};

function sortOf(f: EventFilter): Sort {
  const s = f.sort ?? '-date';
  if (!(SORTS as readonly string[]).includes(s)) throw new StoreError(`invalid sort "${String(s)}"; expected one of ${SORTS.join(', ')}`);
  return s;
}

/**
 * A cursor holds the sort and the last row's sort key: [d, id] for '-date' (the format from
 * before sorting existed), [sort, ...key] for the others.
 */
function encodeCursor(sort: Sort, key: Param[]): string {
  return Buffer.from(JSON.stringify(sort === '-date' ? key : [sort, ...key]), 'utf8').toString('base64url');
}

function decodeCursor(c: string, sort: Sort): Param[] {
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(c, 'base64url').toString('utf8'));
  } catch {
    throw new StoreError('invalid cursor');
  }
  if (!Array.isArray(v)) throw new StoreError('invalid cursor');
  const made: unknown = v.length === 2 ? '-date' : v[0];
  const key: unknown[] = v.length === 2 ? v : v.slice(1);
  if (typeof made !== 'string' || !(SORTS as readonly string[]).includes(made)) throw new StoreError('invalid cursor');
  if (made !== sort) throw new StoreError(`cursor was made for sort=${made}, not sort=${sort}`);
  const cols = ORDERS[sort].cols;
  if (key.length !== cols.length) throw new StoreError('invalid cursor');
  cols.forEach((c, i) => {
    const ok = c.col === 'dead' ? typeof key[i] === 'number' && Number.isFinite(key[i]) : typeof key[i] === 'string';
    if (!ok) throw new StoreError('invalid cursor');
  });
  return key as Param[];
}

/**
 * The rows after `key` in `order`, as pieces that follow each other in that order: for columns
 * a, b, c they are (a = ka AND b = kb AND c ≶ kc), then (a = ka AND b ≶ kb), then (a ≶ ka).
 * Each is one seek into an index (equalities, then one range), where a single OR of them
 * would walk from the start of the range, e.g. through every event without fatalities.
 */
function after(order: Order, key: Param[]): Array<{ sql: string; params: Param[] }> {
  const pieces: Array<{ sql: string; params: Param[] }> = [];
  for (let i = order.cols.length - 1; i >= 0; i--) {
    const c = order.cols.slice(0, i).map((x) => `e.${x.col} = ?`);
    c.push(`e.${order.cols[i].col} ${order.cols[i].desc ? '<' : '>'} ?`);
    pieces.push({ sql: c.join(' AND '), params: key.slice(0, i + 1) });
  }
  return pieces;
}

/** FTS5 query from free words: each word quoted (so no FTS syntax reaches the engine), all required. */
export function ftsQuery(q: string): string | null {
  const words = q.match(/[\p{L}\p{N}_]+/gu);
  if (!words || words.length === 0) return null;
  return words.slice(0, 32).map((w) => `"${w}"`).join(' ');
}

export class Store {
  readonly db: Database.Database;
  readonly path: string;
  private readonly readonly: boolean;
  private stmts = new Map<string, Database.Statement>();

  private constructor(db: Database.Database, path: string, readonly: boolean) {
    this.db = db;
    this.path = path;
    this.readonly = readonly;
  }

  /** Opens (creating folders, schema and migrations unless readonly) the database at `path`. */
  static open(path: string, opts: { readonly?: boolean } = {}): Store {
    const full = path === ':memory:' ? path : resolve(path);
    const ro = !!opts.readonly;
    if (!ro && full !== ':memory:') mkdirSync(dirname(full), { recursive: true });
    const db = new Database(full, ro ? { readonly: true, fileMustExist: true } : {});
    try {
      if (!ro) {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
      }
      db.pragma('cache_size = -524288');
      db.pragma('temp_store = MEMORY');
      db.pragma('mmap_size = 268435456');
      if (ro) {
        const has = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'").get();
        if (!has) throw new StoreError(`${path} is not a Tulip database`);
        const v = (db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
        if (v > SCHEMA_VERSION) throw new StoreError(`${path} has schema version ${v}, newer than this Tulip (${SCHEMA_VERSION})`);
      } else {
        migrate(db);
      }
    } catch (err) {
      db.close();
      throw err;
    }
    return new Store(db, full, ro);
  }

  private stmt(sql: string): Database.Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }

  /**
   * Stores a batch in one transaction. Re-ingesting an article id replaces the article and all
   * its events. If anything in the batch fails, the whole batch is rolled back and the error
   * rethrown; what was stored before stays as it was.
   */
  ingest(batch: IngestItem[]): { articles: number; events: number; replaced: number } {
    if (this.readonly) throw new StoreError('store opened read-only');
    const findArticle = this.stmt('SELECT rowid FROM articles WHERE id = ?');
    const insArticle = this.stmt(
      'INSERT INTO articles (id, title, source, url, published, text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const findEvent = this.stmt('SELECT rowid FROM events WHERE id = ?');
    const insEvent = this.stmt(
      `INSERT INTO events (id, article_id, d, event, country_code, lat, lon, confidence, dead, quad_code, acled_type, actors)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    );
    const insJson = this.stmt('INSERT INTO event_json (rowid, json) VALUES (?, ?)');
    const insFts = this.stmt('INSERT INTO events_fts (rowid, sentence, title) VALUES (?, ?, ?)');
    const insActors = this.stmt('INSERT INTO actors_fts (rowid, actors) VALUES (?, ?)');
    const insGeo = this.stmt('INSERT INTO events_geo (id, minLon, maxLon, minLat, maxLat) VALUES (?, ?, ?, ?, ?)');
    const eventsOf = this.stmt('SELECT rowid FROM events WHERE article_id = ?').pluck();
    const delArticle = this.stmt('DELETE FROM articles WHERE id = ?');
    const cntDay = this.stmt(
      'INSERT INTO count_day_type (d, event, n, dead) VALUES (?, ?, ?, ?) ON CONFLICT (d, event) DO UPDATE SET n = n + excluded.n, dead = dead + excluded.dead',
    );
    const cntMonth = this.stmt(
      `INSERT INTO count_month_type_country (m, event, country_code, n, dead) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (m, event, country_code) DO UPDATE SET n = n + excluded.n, dead = dead + excluded.dead`,
    );
    const cntCountry = this.stmt(
      `INSERT INTO count_country_day_type (country_code, d, event, n, dead) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (country_code, d, event) DO UPDATE SET n = n + excluded.n, dead = dead + excluded.dead`,
    );
    // rows inserted or deleted, for the stats columns: their final state is read back at the end
    // of the transaction and written to them (in memory and on disk) inside it
    const log: number[] = [];
    const readBack = this.stmt(`SELECT ${FACT_COLUMNS} FROM events WHERE rowid = ?`).raw();

    const run = this.db.transaction((items: IngestItem[]) => {
      let articles = 0;
      let events = 0;
      let replaced = 0;
      const now = new Date().toISOString();
      // running counts are summed here and written once per key at the end of the batch
      const perDay = new Map<string, [string, string, number, number]>();
      const perMonth = new Map<string, [string, string, string, number, number]>();
      const perCountry = new Map<string, [string, string, string, number, number]>();
      log.length = 0;
      // the transaction is IMMEDIATE: no other connection can commit between this check and ours
      const facts = this.currentFacts();
      this.pending = { perDay, perMonth, perCountry, log };
      for (const { article, events: evs } of items) {
        if (!article || typeof article.id !== 'string' || article.id === '') throw new StoreError('article without id');
        if (typeof article.text !== 'string') throw new StoreError(`article ${article.id}: text missing`);
        if (findArticle.get(article.id)) {
          for (const rowid of eventsOf.all(article.id) as number[]) this.deleteEventRow(rowid);
          delArticle.run(article.id);
          replaced++;
        }
        insArticle.run(article.id, article.title ?? null, article.source ?? null, article.url ?? null, article.published ?? null, article.text, now);
        articles++;
        for (const e of evs) {
          if (!e || typeof e.id !== 'string' || e.id === '') throw new StoreError(`article ${article.id}: event without id`);
          const loc = e.event_loc ?? ({} as EventRecord['event_loc']);
          const lat = typeof loc.lat === 'number' ? loc.lat : null;
          const lon = typeof loc.lon === 'number' ? loc.lon : null;
          const actors = actorString(e);
          const d = e.date ?? '';
          const dead = e.size?.dead?.value ?? 0;
          const row = [
            e.id,
            article.id,
            d,
            e.event,
            loc.country_code ?? null,
            lat,
            lon,
            e.confidence ?? null,
            dead,
            e.quad_code ?? null,
            e.acled?.event_type ?? null,
            actors,
          ] as const;
          let info = insEvent.run(...row);
          if (info.changes === 0) {
            // the same event id under another article: the newer record replaces it
            const old = findEvent.get(e.id) as { rowid: number };
            this.deleteEventRow(old.rowid);
            info = insEvent.run(...row);
          }
          const rowid = Number(info.lastInsertRowid);
          insJson.run(rowid, JSON.stringify(e));
          insFts.run(rowid, e.text_info?.sentence ?? e.event_text ?? '', article.title ?? e.article?.title ?? '');
          insActors.run(rowid, actors);
          if (lat !== null && lon !== null) insGeo.run(rowid, lon, lon, lat, lat);
          log.push(rowid);
          this.countDelta(d, e.event, loc.country_code ?? null, 1, dead);
          events++;
        }
      }
      this.pending = null;
      const dropDay = this.stmt('DELETE FROM count_day_type WHERE d = ? AND event = ? AND n <= 0');
      const dropMonth = this.stmt('DELETE FROM count_month_type_country WHERE m = ? AND event = ? AND country_code = ? AND n <= 0');
      for (const v of perDay.values()) {
        if (v[2] === 0 && v[3] === 0) continue;
        cntDay.run(...v);
        if (v[2] < 0) dropDay.run(v[0], v[1]);
      }
      for (const v of perMonth.values()) {
        if (v[3] === 0 && v[4] === 0) continue;
        cntMonth.run(...v);
        if (v[3] < 0) dropMonth.run(v[0], v[1], v[2]);
      }
      const dropCountry = this.stmt('DELETE FROM count_country_day_type WHERE country_code = ? AND d = ? AND event = ? AND n <= 0');
      for (const v of perCountry.values()) {
        if (v[3] === 0 && v[4] === 0) continue;
        cntCountry.run(...v);
        if (v[3] < 0) dropCountry.run(v[0], v[1], v[2]);
      }
      const dirty = new Set<number>();
      for (const r of new Set(log)) {
        const row = readBack.get(r) as FactRow | undefined;
        dirty.add(row ? facts.set(row) : facts.delete(r));
      }
      facts.save(this.db, dirty);
      return { articles, events, replaced };
    });
    let result: { articles: number; events: number; replaced: number };
    try {
      result = run.immediate(batch);
    } catch (err) {
      // the columns in memory may hold part of what was rolled back
      this.facts = null;
      throw err;
    } finally {
      this.pending = null;
      log.length = 0;
    }
    return result;
  }

  /** running counts not yet written, during an ingest */
  private pending: {
    perDay: Map<string, [string, string, number, number]>;
    perMonth: Map<string, [string, string, string, number, number]>;
    perCountry: Map<string, [string, string, string, number, number]>;
    log: number[];
  } | null = null;

  /** in-memory stats columns (see facts.ts), loaded on first use; null until then or when stale */
  private facts: Facts | null = null;
  /** PRAGMA data_version when `facts` was loaded: it changes when another connection commits */
  private factsVersion = -1;
  private hasCountryCounts: boolean | null = null;

  private dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  private currentFacts(): Facts {
    const v = this.dataVersion();
    if (!this.facts || v !== this.factsVersion) {
      this.facts = null;
      this.facts = Facts.load(this.db);
      this.factsVersion = v;
    }
    return this.facts;
  }

  private countDelta(d: string, event: string, cc: string | null, n: number, dead: number): void {
    const p = this.pending;
    if (!p) throw new Error('countDelta outside ingest');
    const dk = d + '\u0000' + event;
    const dv = p.perDay.get(dk);
    if (dv) (dv[2] += n), (dv[3] += dead);
    else p.perDay.set(dk, [d, event, n, dead]);
    const m = d.slice(0, 7);
    const mk = m + '\u0000' + event + '\u0000' + (cc ?? '');
    const mv = p.perMonth.get(mk);
    if (mv) (mv[3] += n), (mv[4] += dead);
    else p.perMonth.set(mk, [m, event, cc ?? '', n, dead]);
    if (cc !== null) {
      const ck = cc + '\u0000' + d + '\u0000' + event;
      const cv = p.perCountry.get(ck);
      if (cv) (cv[3] += n), (cv[4] += dead);
      else p.perCountry.set(ck, [cc, d, event, n, dead]);
    }
  }

  /**
   * All rowids matching an FTS query, as a bitmap. SQLite packs them into one JSON array, which
   * is several times faster than returning hundreds of thousands of rows one by one.
   */
  private ftsBitmap(match: string): Bitmap {
    const ids = JSON.parse(
      (this.stmt('SELECT json_group_array(rowid) FROM events_fts WHERE events_fts MATCH ?').pluck().get(match) as string) ?? '[]',
    ) as number[];
    let max = 0;
    for (const r of ids) if (r > max) max = r;
    const b = new Uint8Array(max + 1);
    for (const r of ids) b[r] = 1;
    return b;
  }

  private deleteEventRow(rowid: number): void {
    const old = this.stmt('SELECT d, event, country_code AS cc, dead FROM events WHERE rowid = ?').get(rowid) as
      | { d: string; event: string; cc: string | null; dead: number }
      | undefined;
    if (!old) return;
    this.countDelta(old.d, old.event, old.cc, -1, -old.dead);
    this.pending!.log.push(rowid);
    this.stmt('DELETE FROM events WHERE rowid = ?').run(rowid);
    this.stmt('DELETE FROM event_json WHERE rowid = ?').run(rowid);
    this.stmt('DELETE FROM events_fts WHERE rowid = ?').run(rowid);
    this.stmt('DELETE FROM actors_fts WHERE rowid = ?').run(rowid);
    this.stmt('DELETE FROM events_geo WHERE id = ?').run(rowid);
  }

  /**
   * Turns a filter into a WHERE clause over `events e`. Index-backed filters (text, actor,
   * bbox) become an explicit rowid list when they match few rows; when they match many, a
   * page walks the date order checking each row (cheap, a page is found quickly), and counts
   * let SQLite join the index.
   */
  private where(f: EventFilter, mode: 'page' | 'count', sort: Sort = '-date'): Where {
    const c: string[] = [];
    const p: Param[] = [];
    const post: Bitmap[] = [];
    const sparse = mode === 'page' ? SPARSE_LIMITS.page : SPARSE_LIMITS.count;
    if (f.type && f.type.length) {
      // several types: walk the page order and check the type (an IN over the type index would
      // have to sort every match, unless the page order is the type index's); one type: its own
      // index is already in date order. Sorted by fatalities, the type is checked along
      // events_by_dead, which holds it
      const byDead = sort === 'fatalities' || sort === '-fatalities';
      const col = mode === 'page' && ((f.type.length > 1 && sort !== 'type') || byDead) ? '+e.event' : 'e.event';
      c.push(`${col} IN (${f.type.map(() => '?').join(',')})`);
      p.push(...f.type.map((t) => t.toUpperCase()));
    }
    if (f.country) {
      c.push('e.country_code = ?');
      p.push(f.country.toUpperCase());
    }
    if (f.from) {
      c.push('e.d >= ?');
      p.push(f.from);
    }
    if (f.to) {
      c.push("e.d <= ? AND e.d <> ''");
      p.push(f.to);
    }
    if (typeof f.minConfidence === 'number' && Number.isFinite(f.minConfidence)) {
      c.push('e.confidence >= ?');
      p.push(f.minConfidence);
    }
    if (f.articleId) {
      c.push('e.article_id = ?');
      p.push(f.articleId);
    }
    if (f.acledType) {
      // sorted by fatalities: checked along events_by_dead, which holds it
      const col = mode === 'page' && (sort === 'fatalities' || sort === '-fatalities') ? '+e.acled_type' : 'e.acled_type';
      if (f.acledType === 'none') c.push(`${col} IS NULL`);
      else {
        c.push(`${col} = ?`);
        p.push(f.acledType);
      }
    }
    const sets: number[][] = [];
    if (f.q !== undefined && f.q.trim() !== '') {
      const m = ftsQuery(f.q);
      if (!m) {
        c.push('0');
      } else {
        const ids = this.stmt(`SELECT rowid FROM events_fts WHERE events_fts MATCH ? LIMIT ${sparse + 1}`).pluck().all(m) as number[];
        if (ids.length <= sparse) sets.push(ids);
        else if (mode === 'page') {
          post.push(this.ftsBitmap(m));
        } else {
          c.push('e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)');
          p.push(m);
        }
      }
    }
    if (f.actor !== undefined && f.actor.trim() !== '') {
      const needle = f.actor.trim().toLowerCase();
      let dense = true;
      if (needle.length >= 3) {
        const ids = this.stmt(`SELECT rowid FROM actors_fts WHERE actors_fts MATCH ? LIMIT ${sparse + 1}`)
          .pluck()
          .all(`"${needle.replace(/"/g, '""')}"`) as number[];
        if (ids.length <= sparse) {
          sets.push(ids);
          dense = false;
        }
      }
      if (dense) {
        c.push('instr(e.actors, ?) > 0');
        p.push(needle);
      }
    }
    if (f.bbox) {
      const [minLon, minLat, maxLon, maxLat] = f.bbox;
      if (![minLon, minLat, maxLon, maxLat].every((x) => typeof x === 'number' && Number.isFinite(x))) throw new StoreError('bbox must be four numbers');
      if (minLon <= maxLon) {
        const ids = this.stmt(
          `SELECT id FROM events_geo WHERE minLon >= ? AND maxLon <= ? AND minLat >= ? AND maxLat <= ? LIMIT ${sparse + 1}`,
        )
          .pluck()
          .all(minLon, maxLon, minLat, maxLat) as number[];
        if (ids.length <= sparse) sets.push(ids);
        else {
          c.push('e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?');
          p.push(minLon, maxLon, minLat, maxLat);
        }
      } else {
        // crosses the antimeridian
        c.push('(e.lon >= ? OR e.lon <= ?) AND e.lat BETWEEN ? AND ?');
        p.push(minLon, maxLon, minLat, maxLat);
      }
    }
    if (sets.length) {
      sets.sort((x, y) => x.length - y.length);
      let ids = sets[0];
      for (const other of sets.slice(1)) {
        const keep = new Set(other);
        ids = ids.filter((x) => keep.has(x));
      }
      c.push('e.rowid IN (SELECT value FROM json_each(?))');
      p.push(JSON.stringify(ids));
    }
    return { sql: c.length ? c.join(' AND ') : '1', params: p, post };
  }

  /**
   * One page of events in the filter's sort (newest first by default); `next` is the cursor of
   * the following page or null.
   */
  query(f: EventFilter): Page {
    const asked = typeof f.limit === 'number' && Number.isFinite(f.limit) ? Math.floor(f.limit) : DEFAULT_LIMIT;
    const limit = Math.max(1, Math.min(MAX_LIMIT, asked));
    const sort = sortOf(f);
    return this.page(this.where(f, 'page', sort), sort, f.cursor ?? null, limit);
  }

  private page(w: Where, sort: Sort, cursor: string | null, limit: number): Page {
    const order = ORDERS[sort];
    const pieces = cursor ? after(order, decodeCursor(cursor, sort)) : [{ sql: '1', params: [] }];
    const keys = order.cols.map((c) => `e.${c.col}`).join(', ');
    const orderBy = order.cols.map((c) => `e.${c.col} ${c.desc ? 'DESC' : 'ASC'}`).join(', ');
    // keys first, records after: sorting never drags the JSON along
    const rows: Param[][] = [];
    for (const piece of pieces) {
      if (rows.length > limit) break;
      const sql = `${w.sql} AND ${piece.sql}`;
      if (w.post.length === 0) {
        // the same LIMIT in every piece (a literal helps the planner; one statement per page size)
        const got = this.stmt(`SELECT e.rowid, ${keys} FROM events e WHERE ${sql} ORDER BY ${orderBy} LIMIT ${limit + 1}`)
          .raw()
          .all(...w.params, ...piece.params) as Param[][];
        for (const r of got) if (rows.length <= limit) rows.push(r);
      } else {
        const it = this.stmt(`SELECT e.rowid, ${keys} FROM events e WHERE ${sql} ORDER BY ${orderBy}`)
          .raw()
          .iterate(...w.params, ...piece.params) as IterableIterator<Param[]>;
        for (const row of it) {
          if (!inAll(w.post, row[0] as number)) continue;
          rows.push(row);
          if (rows.length > limit) break;
        }
      }
    }
    const more = rows.length > limit;
    if (more) rows.pop();
    const last = rows[rows.length - 1];
    const json = this.stmt('SELECT json FROM event_json WHERE rowid = ?').pluck();
    return {
      events: rows.map((r) => JSON.parse(json.get(r[0]) as string) as EventRecord),
      next: more && last ? encodeCursor(sort, last.slice(1)) : null,
    };
  }

  /**
   * Every matching event (ignores `limit`) in the filter's sort, read a page at a time so that
   * an export of millions of events holds only one page.
   */
  *iterate(f: EventFilter): IterableIterator<EventRecord> {
    const sort = sortOf(f);
    const w = this.where(f, 'page', sort);
    let cursor = f.cursor ?? null;
    for (;;) {
      const page = this.page(w, sort, cursor, 1000);
      yield* page.events;
      if (!page.next) return;
      cursor = page.next;
    }
  }

  getEvent(id: string): EventRecord | null {
    const row = this.stmt('SELECT j.json AS json FROM events e JOIN event_json j ON j.rowid = e.rowid WHERE e.id = ?').get(id) as
      | { json: string }
      | undefined;
    return row ? (JSON.parse(row.json) as EventRecord) : null;
  }

  getArticle(id: string): (Article & { events: EventRecord[] }) | null {
    const a = this.stmt('SELECT id, title, source, url, published, text FROM articles WHERE id = ?').get(id) as Article | undefined;
    if (!a) return null;
    const rows = this.stmt(
      'SELECT j.json AS json FROM events e JOIN event_json j ON j.rowid = e.rowid WHERE e.article_id = ? ORDER BY e.rowid',
    )
      .pluck()
      .all(id) as string[];
    return { ...a, events: rows.map((r) => JSON.parse(r) as EventRecord) };
  }

  /**
   * Counts for the current filter (limit and cursor are ignored), always exact. Filters on type
   * and dates alone are answered from the running counts (SQLite sums them), with a country from
   * the per-country running counts; any other filter takes its candidate rowids from the text,
   * actor and article indexes and counts them over the in-memory stats columns (facts.ts).
   */
  stats(f: EventFilter, opts: { bucket?: BucketChoice } = {}): Stats {
    const bucket = opts.bucket ?? 'day';
    // one read transaction: the index lookups, the stats columns and their version all come
    // from the same snapshot even while another connection writes
    if (this.db.inTransaction) return this.statsNow(f, bucket);
    this.statsTx ??= this.db.transaction((g: EventFilter, b: BucketChoice) => this.statsNow(g, b));
    return this.statsTx(f, bucket);
  }

  /** counts per ACLED event type ('none' without one) for the filter, by SQL over `events` */
  private acledCounts(f: EventFilter): Record<string, number> {
    const w = this.where(f, 'count');
    // grouped by the bare column: a walk of an index in its order, no temporary B-tree; when the
    // filter is only type, country and dates, of the index that holds those columns too
    const q = f.q !== undefined && f.q.trim() !== '';
    const actor = f.actor !== undefined && f.actor.trim() !== '';
    const covered = !q && !actor && !f.bbox && f.minConfidence === undefined && !f.articleId && this.hasIndex('events_acled_counts');
    const rows = this.stmt(`SELECT e.acled_type, count(*) FROM events e${covered ? ' INDEXED BY events_acled_counts' : ''} WHERE ${w.sql} GROUP BY e.acled_type`)
      .raw()
      .all(...w.params) as Array<[string | null, number]>;
    const out: Record<string, number> = {};
    for (const [k, n] of rows.map(([k, n]) => [k ?? 'none', n] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
      if (n > 0) out[k] = n;
    }
    return out;
  }

  private statsTx: ((f: EventFilter, b: BucketChoice) => Stats) | null = null;

  private statsNow(f: EventFilter, bucket: BucketChoice): Stats {
    const q = f.q !== undefined && f.q.trim() !== '';
    const actor = f.actor !== undefined && f.actor.trim() !== '';
    const plain = !q && !actor && !f.bbox && f.minConfidence === undefined && !f.articleId && !f.acledType;
    // the columns count everything, ACLED types included, in one pass over every row (~20 ms
    // per million); a country's running counts over a year or less are a few thousand rows at
    // most, whatever the store's size, and its ACLED types a short walk of an index
    const year = !!f.from && !!f.to && Date.parse(f.to) - Date.parse(f.from) <= 366 * 86_400_000;
    if (!plain || (STATS_PATHS.preferColumns && !(f.country && year))) return this.statsFromFacts(f, bucket);
    const s = !f.country ? this.statsFromCounts(f) : this.countryCounts() ? this.statsOfCountry(f) : null;
    if (!s) return this.statsFromFacts(f, bucket);
    Object.assign(s, rebucket(s.byDay, s.byDayType, bucket));
    s.byAcledType = this.acledCounts(f);
    return s;
  }

  private indexes = new Map<string, boolean>();

  /** whether the database has this index (read-only databases of older versions may not) */
  private hasIndex(name: string): boolean {
    let v = this.indexes.get(name);
    if (v === undefined) {
      v = !!this.stmt("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?").get(name);
      this.indexes.set(name, v);
    }
    return v;
  }

  private countryCounts(): boolean {
    if (this.hasCountryCounts !== true) {
      this.hasCountryCounts = !!this.stmt("SELECT 1 FROM sqlite_master WHERE name = 'count_country_day_type'").get();
    }
    return this.hasCountryCounts;
  }

  /** type, country and dates from the per-country running counts */
  private statsOfCountry(f: EventFilter): Stats {
    const cc = f.country!.toUpperCase();
    const c: string[] = ['country_code = ?'];
    const p: Param[] = [cc];
    if (f.from) (c.push('d >= ?'), p.push(f.from));
    if (f.to) (c.push("d <= ? AND d <> ''"), p.push(f.to));
    if (f.type && f.type.length) {
      c.push(`event IN (${f.type.map(() => '?').join(',')})`);
      p.push(...f.type.map((t) => t.toUpperCase()));
    }
    const byType: Record<string, number> = {};
    const byDay: Array<{ date: string; count: number }> = [];
    const byDayType: Stats['byDayType'] = [];
    let total = 0;
    let dead = 0;
    let lastDay: string | null = null;
    const types = new Map<string, number>();
    // ordered by the key (country, d, event): days come in order
    for (const [d, k, n, dd] of this.stmt(`SELECT d, event, n, dead FROM count_country_day_type WHERE ${c.join(' AND ')} ORDER BY d, event`)
      .raw()
      .iterate(...p) as IterableIterator<[string, string, number, number]>) {
      if (n <= 0) continue;
      total += n;
      dead += dd;
      types.set(k, (types.get(k) ?? 0) + n);
      if (d === '') continue;
      byDayType.push({ date: d, type: k, count: n });
      if (d === lastDay) byDay[byDay.length - 1].count += n;
      else {
        byDay.push({ date: d, count: n });
        lastDay = d;
      }
    }
    for (const k of [...types.keys()].sort()) byType[k] = types.get(k)!;
    return { total, byType, byCountry: total > 0 ? { [cc]: total } : {}, bucket: 'day', byDay, byDayType, byAcledType: {}, dead };
  }

  /** any filter: candidates from the text and article indexes, counted over the in-memory columns */
  private statsFromFacts(f: EventFilter, bucket: BucketChoice): Stats {
    const facts = this.currentFacts();
    const sets: Bitmap[] = [];
    let none = false;
    if (f.q !== undefined && f.q.trim() !== '') {
      const m = ftsQuery(f.q);
      if (!m) none = true;
      else sets.push(this.ftsBitmap(m));
    }
    if (!none && f.articleId) sets.push(this.bitmapOf('SELECT json_group_array(rowid) FROM events WHERE article_id = ?', f.articleId));
    let candidates: Bitmap | null = null;
    if (none) candidates = new Uint8Array(0);
    else if (sets.length) {
      sets.sort((a, b) => a.length - b.length);
      let acc: Bitmap = sets[0];
      for (const other of sets.slice(1)) {
        const out = new Uint8Array(acc.length);
        for (let r = 0; r < out.length; r++) out[r] = acc[r] & (r < other.length ? other[r] : 0);
        acc = out;
      }
      candidates = acc;
    }
    let bbox: FactFilter['bbox'] = null;
    if (f.bbox) {
      if (!f.bbox.every((x) => typeof x === 'number' && Number.isFinite(x))) throw new StoreError('bbox must be four numbers');
      bbox = [f.bbox[0], f.bbox[1], f.bbox[2], f.bbox[3]];
    }
    return facts.stats(
      {
        types: f.type && f.type.length ? new Set(f.type.map((t) => t.toUpperCase())) : null,
        country: f.country ? f.country.toUpperCase() : null,
        from: f.from ? f.from : null,
        to: f.to ? f.to : null,
        minConfidence: typeof f.minConfidence === 'number' && Number.isFinite(f.minConfidence) ? f.minConfidence : null,
        bbox,
        acled: f.acledType ? f.acledType : null,
        // the columns hold the lower-cased actor string: a substring test there is the list's
        // actor filter (FTS trigram match or instr over the same string)
        actor: f.actor !== undefined && f.actor.trim() !== '' ? f.actor.trim().toLowerCase() : null,
      },
      candidates,
      bucket,
    );
  }

  /** rowids from a query returning one JSON array of them, as a bitmap */
  private bitmapOf(sql: string, param: Param): Bitmap {
    const ids = JSON.parse((this.stmt(sql).pluck().get(param) as string | null) ?? '[]') as number[];
    let max = 0;
    for (const r of ids) if (r > max) max = r;
    const b = new Uint8Array(max + 1);
    for (const r of ids) b[r] = 1;
    return b;
  }

  /** type and dates from the running counts per day and type, and per month, type and country */
  private statsFromCounts(f: EventFilter): Stats {
    const byType: Record<string, number> = {};
    const byCountry: Record<string, number> = {};
    let byDay: Array<{ date: string; count: number }> = [];
    let total = 0;
    let dead = 0;
    const types = f.type && f.type.length ? f.type.map((t) => t.toUpperCase()) : null;
    const typeSql = types ? ` AND event IN (${types.map(() => '?').join(',')})` : '';
    const tp: Param[] = types ?? [];
    // per day and type
    const dc: string[] = ['1'];
    const dp: Param[] = [];
    if (f.from) (dc.push('d >= ?'), dp.push(f.from));
    if (f.to) (dc.push("d <= ? AND d <> ''"), dp.push(f.to));
    const dw = dc.join(' AND ') + typeSql;
    for (const [k, n, dd] of this.stmt(`SELECT event, sum(n), sum(dead) FROM count_day_type WHERE ${dw} GROUP BY event`)
      .raw()
      .all(...dp, ...tp) as Array<[string, number, number]>) {
      if (n <= 0) continue;
      byType[k] = n;
      total += n;
      dead += dd;
    }
    byDay = (
      this.stmt(`SELECT d, sum(n) FROM count_day_type WHERE ${dw} AND d <> '' GROUP BY d ORDER BY d`).raw().all(...dp, ...tp) as Array<
        [string, number]
      >
    )
      .filter((r) => r[1] > 0)
      .map(([date, count]) => ({ date, count }));
    const byDayType = (
      this.stmt(`SELECT d, event, sum(n) FROM count_day_type WHERE ${dw} AND d <> '' GROUP BY d, event ORDER BY d, event`)
        .raw()
        .all(...dp, ...tp) as Array<[string, string, number]>
    )
      .filter((r) => r[2] > 0)
      .map(([date, type, count]) => ({ date, type, count }));
    // per country: whole months from the monthly counts, the partial months at the edges from the events
    const month = (d: string) => d.slice(0, 7);
    const shift = (m: string, by: 1 | -1) => {
      const [y, mo] = m.split('-').map(Number);
      const k = y * 12 + (mo - 1) + by;
      return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
    };
    const lastDay = (m: string) => String(new Date(Date.UTC(+m.slice(0, 4), +m.slice(5, 7), 0)).getUTCDate()).padStart(2, '0');
    let fullFrom: string | null = null; // first whole month
    let fullTo: string | null = null; // last whole month (inclusive)
    const edges: Array<[string, string]> = [];
    if (f.from && f.to && month(f.from) === month(f.to)) {
      edges.push([f.from, f.to]);
      fullFrom = '9999-99';
    } else {
      if (f.from) {
        const m = month(f.from);
        if (f.from.slice(8) === '01') fullFrom = m;
        else {
          edges.push([f.from, `${m}-${lastDay(m)}`]);
          fullFrom = shift(m, 1);
        }
      }
      if (f.to) {
        const m = month(f.to);
        if (f.to.slice(8) === lastDay(m)) fullTo = m;
        else {
          edges.push([`${m}-01`, f.to]);
          fullTo = shift(m, -1);
        }
      }
    }
    const mc: string[] = ['1'];
    const mp: Param[] = [];
    if (fullFrom) (mc.push('m >= ?'), mp.push(fullFrom));
    if (fullTo) (mc.push('m <= ?'), mp.push(fullTo));
    if (f.from || f.to) mc.push("m <> ''");
    const addCountries = (rows: Array<[string, number]>) => {
      for (const [cc, n] of rows) if (cc && n > 0) byCountry[cc] = (byCountry[cc] ?? 0) + n;
    };
    addCountries(
      this.stmt(`SELECT country_code, sum(n) FROM count_month_type_country WHERE ${mc.join(' AND ')}${typeSql} GROUP BY country_code`)
        .raw()
        .all(...mp, ...tp) as Array<[string, number]>,
    );
    for (const [a, b] of edges) {
      if (a > b) continue;
      addCountries(
        this.stmt(
          `SELECT country_code, count(*) FROM events e WHERE d >= ? AND d <= ? AND d <> '' AND country_code IS NOT NULL${typeSql} GROUP BY country_code`,
        )
          .raw()
          .all(a, b, ...tp) as Array<[string, number]>,
      );
    }
    return { total, byType, byCountry, bucket: 'day', byDay, byDayType, byAcledType: {}, dead };
  }

  /** Loads the stats columns now rather than on the first stats request (a server at start). */
  warm(): void {
    this.db.transaction(() => this.currentFacts())();
  }

  counts(): { articles: number; events: number } {
    const a = this.stmt('SELECT count(*) FROM articles').pluck().get() as number;
    const e = this.stmt('SELECT count(*) FROM events').pluck().get() as number;
    return { articles: a, events: e };
  }

  /** Refreshes the query planner's statistics (after a large ingest). */
  optimize(): void {
    if (!this.readonly) this.db.pragma('optimize');
  }

  close(): void {
    this.stmts.clear();
    if (this.db.open) this.db.close();
  }
}
