/**
 * The event store: SQLite through better-sqlite3, WAL mode.
 *
 * Layout (see migrations.ts): `articles` holds each article once; `events` holds one small row
 * per event with the columns the filters use (date, type, country, lat/lon, confidence, actors,
 * deaths); `event_json` holds the full record apart from it so scans over `events` stay small;
 * `events_fts` (FTS5 over sentence, title and actor names), `actors_fts` (FTS5 trigram over
 * actor strings, for substring search) and `events_geo` (R*Tree) index what B-trees cannot.
 *
 * Stats come from running counts kept by ingest (per day and type; per month, type and country;
 * per country, day and type) when the filter is only type, country and dates, and otherwise
 * from the stats columns (facts.ts): a compact copy of each event's date, type, country,
 * deaths, confidence and position, kept on disk and in memory, counted in one pass over the
 * rowids the text/actor/article indexes give. Both are exact.
 *
 * Paging is keyset on (date desc, id asc), never OFFSET. Text, actor and bbox filters first ask
 * their index how many rows match: a few → those rows are fetched by rowid and sorted; many → the
 * date index is walked and each row is checked, which finds a page after a few hundred rows.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Article, EventRecord } from '../types.js';
import type { EventFilter, IngestItem, Page, Stats } from './types.js';
import { migrate, SCHEMA_VERSION } from './migrations.js';
import { Facts, type FactFilter, type FactRow } from './facts.js';

export type { EventFilter, IngestItem, Page, Stats } from './types.js';
export { ACLED_TYPES } from './types.js';
export { SCHEMA_VERSION } from './migrations.js';

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
 * When the stats columns are already in memory and current they answer the unfiltered stats
 * (one pass over typed arrays beats summing every running count; narrower type, country and
 * date filters read few running counts and stay with them); tests turn this off to check the
 * running counts themselves.
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

function encodeCursor(d: string, id: string): string {
  return Buffer.from(JSON.stringify([d, id]), 'utf8').toString('base64url');
}

function decodeCursor(c: string): [string, string] {
  try {
    const v = JSON.parse(Buffer.from(c, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') return [v[0], v[1]];
  } catch {
    /* fall through */
  }
  throw new StoreError('invalid cursor');
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
    const readBack = this.stmt('SELECT rowid, d, event, country_code, dead, confidence, lat, lon FROM events WHERE rowid = ?').raw();

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
  private where(f: EventFilter, mode: 'page' | 'count'): Where {
    const c: string[] = [];
    const p: Param[] = [];
    const post: Bitmap[] = [];
    const sparse = mode === 'page' ? SPARSE_LIMITS.page : SPARSE_LIMITS.count;
    if (f.type && f.type.length) {
      // several types: walk the date order and check the type (an IN over the type index would
      // have to sort every match); one type: its own index is already in date order
      const col = mode === 'page' && f.type.length > 1 ? '+e.event' : 'e.event';
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
      if (f.acledType === 'none') c.push('e.acled_type IS NULL');
      else {
        c.push('e.acled_type = ?');
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

  /** One page of events, newest first; `next` is the cursor of the following page or null. */
  query(f: EventFilter): Page {
    const asked = typeof f.limit === 'number' && Number.isFinite(f.limit) ? Math.floor(f.limit) : DEFAULT_LIMIT;
    const limit = Math.max(1, Math.min(MAX_LIMIT, asked));
    return this.page(this.where(f, 'page'), f.cursor ?? null, limit);
  }

  private page(w: Where, cursor: string | null, limit: number): Page {
    let sql = w.sql;
    const params = [...w.params];
    if (cursor) {
      const [d, id] = decodeCursor(cursor);
      sql += ' AND e.d <= ? AND (e.d < ? OR e.id > ?)';
      params.push(d, d, id);
    }
    // keys first, records after: sorting never drags the JSON along
    let rows: Array<{ r: number; d: string; id: string }>;
    if (w.post.length === 0) {
      rows = this.stmt(
        `SELECT e.rowid AS r, e.d AS d, e.id AS id FROM events e WHERE ${sql} ORDER BY e.d DESC, e.id ASC LIMIT ${limit + 1}`,
      ).all(...params) as typeof rows;
    } else {
      rows = [];
      const it = this.stmt(`SELECT e.rowid AS r, e.d AS d, e.id AS id FROM events e WHERE ${sql} ORDER BY e.d DESC, e.id ASC`).iterate(
        ...params,
      ) as IterableIterator<{ r: number; d: string; id: string }>;
      for (const row of it) {
        if (!inAll(w.post, row.r)) continue;
        rows.push(row);
        if (rows.length > limit) break;
      }
    }
    const more = rows.length > limit;
    if (more) rows.pop();
    const last = rows[rows.length - 1];
    const json = this.stmt('SELECT json FROM event_json WHERE rowid = ?').pluck();
    return {
      events: rows.map((r) => JSON.parse(json.get(r.r) as string) as EventRecord),
      next: more && last ? encodeCursor(last.d, last.id) : null,
    };
  }

  /**
   * Every matching event (ignores `limit`), newest first, read a page at a time so that an
   * export of millions of events holds only one page.
   */
  *iterate(f: EventFilter): IterableIterator<EventRecord> {
    const w = this.where(f, 'page');
    let cursor = f.cursor ?? null;
    for (;;) {
      const page = this.page(w, cursor, 1000);
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
  stats(f: EventFilter): Stats {
    // one read transaction: the index lookups, the stats columns and their version all come
    // from the same snapshot even while another connection writes
    if (this.db.inTransaction) return this.statsNow(f);
    this.statsTx ??= this.db.transaction((g: EventFilter) => this.statsNow(g));
    return this.statsTx(f);
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

  private statsTx: ((f: EventFilter) => Stats) | null = null;

  private statsNow(f: EventFilter): Stats {
    const s = this.statsOfFilter(f);
    s.byAcledType = this.acledCounts(f);
    return s;
  }

  private statsOfFilter(f: EventFilter): Stats {
    const q = f.q !== undefined && f.q.trim() !== '';
    const actor = f.actor !== undefined && f.actor.trim() !== '';
    const plain = !q && !actor && !f.bbox && f.minConfidence === undefined && !f.articleId && !f.acledType;
    const unfiltered = plain && !f.country && !(f.type && f.type.length) && !f.from && !f.to;
    if (unfiltered && STATS_PATHS.preferColumns && this.facts && this.factsVersion === this.dataVersion()) return this.statsFromFacts(f);
    if (plain && !f.country) return this.statsFromCounts(f);
    if (plain && this.countryCounts()) return this.statsOfCountry(f);
    return this.statsFromFacts(f);
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
    return { total, byType, byCountry: total > 0 ? { [cc]: total } : {}, byDay, byDayType, byAcledType: {}, dead };
  }

  /** any filter: candidates from the indexes, counted over the in-memory columns */
  private statsFromFacts(f: EventFilter): Stats {
    const facts = this.currentFacts();
    const sets: Bitmap[] = [];
    let none = false;
    if (f.q !== undefined && f.q.trim() !== '') {
      const m = ftsQuery(f.q);
      if (!m) none = true;
      else sets.push(this.ftsBitmap(m));
    }
    if (!none && f.actor !== undefined && f.actor.trim() !== '') {
      const needle = f.actor.trim().toLowerCase();
      sets.push(
        needle.length >= 3
          ? this.bitmapOf('SELECT json_group_array(rowid) FROM actors_fts WHERE actors_fts MATCH ?', `"${needle.replace(/"/g, '""')}"`)
          : this.bitmapOf('SELECT json_group_array(rowid) FROM events WHERE instr(actors, ?) > 0', needle),
      );
    }
    if (!none && f.articleId) sets.push(this.bitmapOf('SELECT json_group_array(rowid) FROM events WHERE article_id = ?', f.articleId));
    if (!none && f.acledType) {
      sets.push(
        f.acledType === 'none'
          ? this.bitmapOf('SELECT json_group_array(rowid) FROM events WHERE acled_type IS NULL AND ? = 1', 1)
          : this.bitmapOf('SELECT json_group_array(rowid) FROM events WHERE acled_type = ?', f.acledType),
      );
    }
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
      },
      candidates,
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
    return { total, byType, byCountry, byDay, byDayType, byAcledType: {}, dead };
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
