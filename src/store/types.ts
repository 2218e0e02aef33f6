import type { Article, EventRecord } from '../types.js';

/** Filters shared by the CLI, the HTTP API and the exports. All are optional and combine with AND. */
export interface EventFilter {
  /** PLOVER event types */
  type?: string[];
  /** ISO-3166 alpha-2 of event_loc.country_code */
  country?: string;
  /** YYYY-MM-DD inclusive, on the event date */
  from?: string;
  to?: string;
  /** substring of actor/recipient entity_text/entity_name/code (case-insensitive) */
  actor?: string;
  /** full-text words (FTS5 over the sentence and the article title) */
  q?: string;
  /** minLon, minLat, maxLon, maxLat */
  bbox?: [number, number, number, number];
  minConfidence?: number;
  articleId?: string;
  /** default 100 */
  limit?: number;
  /** opaque keyset cursor (order: date desc, id) */
  cursor?: string | null;
}

export interface Page {
  events: EventRecord[];
  next: string | null;
}

export interface Stats {
  total: number;
  byType: Record<string, number>;
  byCountry: Record<string, number>;
  byDay: Array<{ date: string; count: number }>;
  dead: number;
}

export interface IngestItem {
  article: Article;
  events: EventRecord[];
}
