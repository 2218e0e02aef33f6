/**
 * Schema migrations, applied in order inside one transaction each; `schema_migrations` records
 * which have run. Add a migration by appending to MIGRATIONS, never by editing an old one.
 */
import type Database from 'better-sqlite3';
import { Facts } from './facts.js';

/** `sql` runs first, then `run` when there is one (for what SQL cannot compute) */
const MIGRATIONS: Array<{ version: number; name: string; sql: string; run?: (db: Database.Database) => void }> = [
  {
    version: 1,
    name: 'articles, events, full-text and spatial indexes',
    sql: `
      CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT, source TEXT, url TEXT, published TEXT,
        text TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      );
      -- one small row per event: only what filters, sorting and counts need
      CREATE TABLE events (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        article_id TEXT NOT NULL,
        d TEXT NOT NULL,            -- event date YYYY-MM-DD, '' when unknown
        event TEXT NOT NULL,        -- PLOVER type
        country_code TEXT,
        lat REAL, lon REAL,
        confidence REAL,
        dead INTEGER NOT NULL DEFAULT 0,
        quad_code INTEGER,
        acled_type TEXT,
        actors TEXT NOT NULL        -- lower-cased actor/recipient text, name, codes
      );
      -- (d DESC, id) is the page order; the trailing columns make counts index-only
      CREATE INDEX events_by_date ON events (d DESC, id ASC, event, country_code, dead);
      CREATE INDEX events_by_type ON events (event, d DESC, id ASC);
      CREATE INDEX events_by_country ON events (country_code, d DESC, id ASC, event, dead);
      CREATE INDEX events_by_article ON events (article_id);
      -- the full record, apart so that scans of events stay small
      CREATE TABLE event_json (rowid INTEGER PRIMARY KEY, json TEXT NOT NULL);
      CREATE VIRTUAL TABLE events_fts USING fts5 (sentence, title, content='', contentless_delete=1);
      CREATE VIRTUAL TABLE actors_fts USING fts5 (actors, content='', contentless_delete=1, tokenize='trigram');
      -- running counts kept by ingest, so that timelines and legends over millions of events
      -- never scan them: per day and type, and per month, type and country
      CREATE TABLE count_day_type (d TEXT NOT NULL, event TEXT NOT NULL, n INTEGER NOT NULL, dead INTEGER NOT NULL, PRIMARY KEY (d, event)) WITHOUT ROWID;
      CREATE TABLE count_month_type_country (m TEXT NOT NULL, event TEXT NOT NULL, country_code TEXT NOT NULL, n INTEGER NOT NULL, dead INTEGER NOT NULL, PRIMARY KEY (m, event, country_code)) WITHOUT ROWID;
      CREATE VIRTUAL TABLE events_geo USING rtree (id, minLon, maxLon, minLat, maxLat);
    `,
  },
  {
    version: 2,
    name: 'running counts per country, day and type',
    sql: `
      -- stats filtered by country (with or without type and dates) read only this country's rows
      CREATE TABLE count_country_day_type (country_code TEXT NOT NULL, d TEXT NOT NULL, event TEXT NOT NULL, n INTEGER NOT NULL, dead INTEGER NOT NULL, PRIMARY KEY (country_code, d, event)) WITHOUT ROWID;
      INSERT INTO count_country_day_type (country_code, d, event, n, dead)
        SELECT country_code, d, event, count(*), sum(dead) FROM events WHERE country_code IS NOT NULL GROUP BY country_code, d, event;
    `,
  },
  {
    version: 3,
    name: 'stats columns on disk',
    sql: `
      -- the in-memory stats columns (facts.ts), CHUNK rowids per row, so that they load quickly
      CREATE TABLE stats_chunks (chunk INTEGER PRIMARY KEY, data BLOB NOT NULL);
      CREATE TABLE stats_dict (kind TEXT NOT NULL, code INTEGER NOT NULL, value TEXT NOT NULL, PRIMARY KEY (kind, code)) WITHOUT ROWID;
    `,
    run: (db) => Facts.scan(db).save(db),
  },
  {
    version: 4,
    name: 'ACLED event type index',
    // acled_type has been written by every ingest since version 1; fill any row that lacks it
    // from its stored record, then index it
    sql: `
      UPDATE events SET acled_type = (SELECT json_extract(j.json, '$.acled.event_type') FROM event_json j WHERE j.rowid = events.rowid)
        WHERE acled_type IS NULL;
      CREATE INDEX IF NOT EXISTS events_by_acled ON events (acled_type, d DESC, id ASC);
    `,
  },
  {
    version: 5,
    name: 'counts by ACLED type index-only',
    // byAcledType for type, country and date filters walks this index alone
    sql: `CREATE INDEX IF NOT EXISTS events_acled_counts ON events (acled_type, event, country_code, d);`,
  },
  {
    version: 6,
    name: 'list orders by fatalities, and by type within an ACLED type',
    // sort=-fatalities walks events_by_dead forwards and sort=fatalities backwards; its trailing
    // columns let type, country and ACLED type filters be checked without reading the row.
    // sort=type with an ACLED type filter walks events_by_acled_type (the types of one ACLED
    // type are few and would come late in a walk of events_by_type)
    sql: `
      CREATE INDEX IF NOT EXISTS events_by_dead ON events (dead DESC, d DESC, id ASC, event, country_code, acled_type);
      CREATE INDEX IF NOT EXISTS events_by_acled_type ON events (acled_type, event, d DESC, id ASC);
    `,
    // a database analysed before gets statistics for the new indexes too (sampled: quick), else
    // the planner would take them for the most selective
    run: (db) => {
      if (!db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").get()) return;
      const limit = db.pragma('analysis_limit', { simple: true }) as number;
      db.pragma('analysis_limit = 1000');
      db.exec('ANALYZE events_by_dead; ANALYZE events_by_acled_type;');
      db.pragma(`analysis_limit = ${Number(limit) || 0}`);
    },
  },
  {
    version: 7,
    name: 'stats columns with ACLED type and actor string',
    // the chunk layout changed (facts.ts CHUNKS_LAYOUT_VERSION): written again from the events
    sql: `DELETE FROM stats_chunks; DELETE FROM stats_dict;`,
    run: (db) => Facts.scan(db).save(db),
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const done = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  const newest = Math.max(0, ...done);
  if (newest > SCHEMA_VERSION) throw new Error(`database schema version ${newest} is newer than this Tulip (${SCHEMA_VERSION})`);
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      m.run?.(db);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    })();
  }
}
