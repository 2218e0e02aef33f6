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
  /** ACLED event type (e.g. 'Protests'), or 'none' for events without ACLED coding */
  acledType?: string;
  articleId?: string;
  /** default 100 */
  limit?: number;
  /** opaque keyset cursor (order: date desc, id) */
  cursor?: string | null;
}

/** the six ACLED event types */
export const ACLED_TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
] as const;

export interface Page {
  events: EventRecord[];
  next: string | null;
}

export interface Stats {
  total: number;
  byType: Record<string, number>;
  byCountry: Record<string, number>;
  byDay: Array<{ date: string; count: number }>;
  /** per day and PLOVER type (dated events only), by date then type */
  byDayType: Array<{ date: string; type: string; count: number }>;
  /** per ACLED event type; 'none' for events without ACLED coding */
  byAcledType: Record<string, number>;
  dead: number;
}

export interface IngestItem {
  article: Article;
  events: EventRecord[];
}
